//! Operations whose behaviour depends on a value's static type: `str`, `repr`, `format`, `==` and
//! ordering, for any type a [`Heap`] can describe (nested lists, tuples, dicts and sets included).
//!
//! Values are machine words as ABI.md lays them out; the [`Heap`] trait is how this safe code reads
//! the objects they refer to. The ABI layer implements it over raw memory, the tests over vectors.

#![forbid(unsafe_code)]

use std::cmp::Ordering;

use num_bigint::BigInt;

use crate::dict_ops::{Entry, Table};
use crate::set_ops::{self, SetTable};
use crate::errors::{PyErr, PyResult};
use crate::float_repr;
use crate::format_spec;
use crate::int::{self, IntRef};
use crate::str_ops;

/// A static type's shape (`TypeDesc.kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Int,
    Float,
    Bool,
    None,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    /// A set that cannot change; it has a set's layout, and is hashable.
    FrozenSet,
    Bytes,
    ByteArray,
    /// `d.keys()`, `d.values()`, `d.items()`: the value is the dict itself, the type argument is
    /// the dict's type.
    DictKeys,
    DictValues,
    DictItems,
    /// An instance of a user class: its class (name, `__repr__`) is read from the object.
    Instance,
    /// `T | None`: the word 0 is `None`, any other word a value of the type argument.
    Optional,
    /// A boxed value of any type: the word points to a box holding the value's own type
    /// descriptor and word (ABI.md "Boxed values").
    Object,
    /// `iter(x)` of a built-in container (ABI.md "Iterators"); the type argument is the
    /// container's type.
    Iterator,
    /// A class of the program as a value: its `ClassInfo` address with bit 0 set.
    Class,
    /// A function object (ABI.md "Functions"): its field 0 is its `FuncInfo` address with bit
    /// 0 set.
    Function,
}

impl Kind {
    /// The Python class name, as error messages spell it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Bool => "bool",
            Kind::None => "NoneType",
            Kind::Str => "str",
            Kind::List => "list",
            Kind::Tuple => "tuple",
            Kind::Dict => "dict",
            Kind::Set => "set",
            Kind::FrozenSet => "frozenset",
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
            Kind::DictKeys => "dict_keys",
            Kind::DictValues => "dict_values",
            Kind::DictItems => "dict_items",
            Kind::Instance => "object",
            Kind::Optional => "NoneType",
            Kind::Object => "object",
            Kind::Iterator => "iterator",
            Kind::Class => "type",
            Kind::Function => "function",
        }
    }

    /// Whether a value of this type is a reference word (ABI.md "Values"), which the collector
    /// traces, rather than raw bits.
    pub fn is_ref(self) -> bool {
        !matches!(self, Kind::Float | Kind::Bool | Kind::None)
    }
}

/// Read access to objects and type descriptors.
pub trait Heap {
    /// A type descriptor handle.
    type Ty: Copy;
    fn kind(&self, t: Self::Ty) -> Kind;
    /// The descriptor of `None`, what the word 0 of an optional type is read as.
    fn none(&self) -> Self::Ty;
    /// The word and type a box holds.
    fn unbox(&self, w: u64) -> (u64, Self::Ty);
    /// `repr()` of an instance: its class's `__repr__`, or `<__main__.C object at 0x...>`.
    fn instance_repr(&self, w: u64) -> PyResult<String> {
        Ok(format!("<__main__.object object at {w:#x}>"))
    }
    /// `str()` of an instance: its class's `__str__`, else its `repr()`.
    fn instance_str(&self, w: u64) -> PyResult<String> {
        self.instance_repr(w)
    }
    /// The class name of an instance, for error messages.
    fn instance_class(&self, _w: u64) -> String {
        "object".to_string()
    }
    /// The qualified name of a class value, as its repr shows it (`__main__.C`, `ValueError`).
    fn class_qualname(&self, _w: u64) -> String {
        "object".to_string()
    }
    /// The repr of a function object: `<function make.<locals>.inc at 0x...>`, and CPython's
    /// reprs of the builtins and bound methods that are compiled as functions (ABI.md
    /// "Functions").
    fn function_repr(&self, w: u64) -> PyResult<String> {
        Ok(format!("<function at {w:#x}>"))
    }
    /// For a bound method (ABI.md "Functions"), its `FuncInfo` address and its instance.
    fn bound_method(&self, _w: u64) -> Option<(u64, u64)> {
        None
    }
    /// `hash()` of an instance: its class's `__hash__`, else its identity; `TypeError` for a
    /// class that defines `__eq__` without `__hash__`.
    fn instance_hash(&self, w: u64) -> PyResult<i64> {
        Ok(crate::hash::identity(w))
    }
    /// `a == b` for two distinct instances: the first one's `__eq__`, else `false` (identity).
    fn instance_eq(&self, _a: u64, _b: u64) -> bool {
        false
    }
    /// `a < b` by the first one's `__lt__`; `None` when its class has none for `b`.
    fn instance_lt(&self, _a: u64, _b: u64) -> PyResult<Option<bool>> {
        Ok(None)
    }
    /// Type argument `i`: a list's or set's item type (`i == 0`), a tuple's field type, a dict's
    /// key (0) or value (1) type, or a view's dict type (0).
    fn arg(&self, t: Self::Ty, i: usize) -> Self::Ty;
    /// The text of a str word.
    fn str(&self, w: u64) -> &str;
    /// The hash of a str word; a heap over real objects caches it in the object.
    fn str_hash(&self, w: u64) -> i64 {
        crate::hash::str(self.str(w))
    }
    /// The value of a big-int word (one without the small-int tag).
    fn big(&self, w: u64) -> &BigInt;
    /// The items of a list word or the fields of a tuple word.
    fn items(&self, w: u64) -> &[u64];
    /// The table of a dict word (or of a view's dict).
    fn dict(&self, w: u64) -> &Table;
    /// The table of a set or frozenset word.
    fn set(&self, w: u64) -> &SetTable;
    /// The contents of a bytes or bytearray word.
    fn bytes(&self, w: u64) -> &[u8];
}

/// The word and type a value of static type `t` is read as: for an optional type, `None` when
/// the word is 0 and the inner type otherwise; for a boxed value, what the box holds.
#[inline]
pub fn value<H: Heap>(h: &H, w: u64, t: H::Ty) -> (u64, H::Ty) {
    match h.kind(t) {
        Kind::Optional if w == 0 => (w, h.none()),
        Kind::Optional => value(h, w, h.arg(t, 0)),
        Kind::Object => {
            let (w, t) = h.unbox(w);
            value(h, w, t)
        }
        _ => (w, t),
    }
}

/// `id(x)`: the value's word, tagged with its kind where words of different kinds may be equal,
/// so that `id(a) == id(b)` exactly when `a is b` (the same kind and word, ABI.md "Values").
/// Objects (big ints included) are at distinct even addresses and small ints are odd words, so
/// both are their word; a float's bits, a bool, `None` and a dict view (its dict's pointer) are
/// placed above 2**64, one range per kind.
pub fn id<H: Heap>(h: &H, w: u64, t: H::Ty) -> i128 {
    let (w, t) = value(h, w, t);
    let range: i128 = match h.kind(t) {
        Kind::Float => 1,
        Kind::Bool => 2,
        Kind::None => 3,
        Kind::DictKeys => 4,
        Kind::DictValues => 5,
        Kind::DictItems => 6,
        _ => 0,
    };
    (range << 64) | i128::from(w)
}

/// The class name of a value, user classes included, for error messages.
pub fn class_name<H: Heap>(h: &H, w: u64, t: H::Ty) -> String {
    let (w, t) = value(h, w, t);
    match h.kind(t) {
        Kind::Instance => h.instance_class(w),
        Kind::Iterator => iterator_name(h, t).to_string(),
        k => k.name().to_string(),
    }
}

/// CPython's class name of an iterator of a container of the type argument of `t`.
fn iterator_name<H: Heap>(h: &H, t: H::Ty) -> &'static str {
    match h.kind(h.arg(t, 0)) {
        Kind::List => "list_iterator",
        Kind::Tuple => "tuple_iterator",
        Kind::Str => "str_ascii_iterator",
        Kind::Dict | Kind::DictKeys => "dict_keyiterator",
        Kind::DictValues => "dict_valueiterator",
        Kind::DictItems => "dict_itemiterator",
        Kind::Set | Kind::FrozenSet => "set_iterator",
        Kind::Bytes => "bytes_iterator",
        Kind::ByteArray => "bytearray_iterator",
        _ => "iterator",
    }
}

/// An int word as an operand.
pub fn int_ref<H: Heap>(h: &H, w: u64) -> IntRef<'_> {
    if int::is_small(w) {
        IntRef::Small(int::untag(w))
    } else {
        IntRef::Big(h.big(w))
    }
}

/// `repr(x)`.
pub fn repr<H: Heap>(h: &H, w: u64, t: H::Ty) -> PyResult<String> {
    let mut out = String::new();
    write_repr(h, w, t, &mut out)?;
    Ok(out)
}

fn write_repr<H: Heap>(h: &H, w: u64, t: H::Ty, out: &mut String) -> PyResult<()> {
    let (w, t) = value(h, w, t);
    match h.kind(t) {
        Kind::Str => out.push_str(&str_ops::repr(h.str(w))),
        Kind::List => {
            out.push('[');
            let item = h.arg(t, 0);
            for (i, &x) in h.items(w).iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(h, x, item, out)?;
            }
            out.push(']');
        }
        Kind::Tuple => {
            let fields = h.items(w);
            out.push('(');
            for (i, &x) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(h, x, h.arg(t, i), out)?;
            }
            if fields.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Kind::Dict => {
            out.push('{');
            write_entries(h, w, out, |h, e, out| {
                write_repr(h, e.key, h.arg(t, 0), out)?;
                out.push_str(": ");
                write_repr(h, e.value, h.arg(t, 1), out)
            })?;
            out.push('}');
        }
        k @ (Kind::Set | Kind::FrozenSet) if h.set(w).is_empty() => {
            out.push_str(k.name());
            out.push_str("()");
        }
        k @ (Kind::Set | Kind::FrozenSet) => {
            let frozen = k == Kind::FrozenSet;
            out.push_str(if frozen { "frozenset({" } else { "{" });
            for (i, e) in h.set(w).iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(h, e.key, h.arg(t, 0), out)?;
            }
            out.push_str(if frozen { "})" } else { "}" });
        }
        k @ (Kind::Bytes | Kind::ByteArray) => out.push_str(&crate::bytes_ops::repr(h.bytes(w), k == Kind::ByteArray)),
        k @ (Kind::DictKeys | Kind::DictValues | Kind::DictItems) => {
            let dict = h.arg(t, 0);
            out.push_str(k.name());
            out.push_str("([");
            write_entries(h, w, out, |h, e, out| match k {
                Kind::DictKeys => write_repr(h, e.key, h.arg(dict, 0), out),
                Kind::DictValues => write_repr(h, e.value, h.arg(dict, 1), out),
                _ => {
                    out.push('(');
                    write_repr(h, e.key, h.arg(dict, 0), out)?;
                    out.push_str(", ");
                    write_repr(h, e.value, h.arg(dict, 1), out)?;
                    out.push(')');
                    Ok(())
                }
            })?;
            out.push_str("])");
        }
        Kind::Instance => out.push_str(&h.instance_repr(w)?),
        Kind::Iterator => out.push_str(&format!("<{} object at {w:#x}>", iterator_name(h, t))),
        Kind::Class => out.push_str(&format!("<class '{}'>", h.class_qualname(w))),
        Kind::Function => out.push_str(&h.function_repr(w)?),
        _ => out.push_str(&scalar_str(h, w, t)?),
    }
    Ok(())
}

/// Writes the live entries of the dict `w` with `entry`, separated by commas.
fn write_entries<H: Heap>(
    h: &H,
    w: u64,
    out: &mut String,
    mut entry: impl FnMut(&H, &Entry, &mut String) -> PyResult<()>,
) -> PyResult<()> {
    for (i, e) in h.dict(w).iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        entry(h, e, out)?;
    }
    Ok(())
}

/// `str(x)` of an int, float, bool or None.
fn scalar_str<H: Heap>(h: &H, w: u64, t: H::Ty) -> PyResult<String> {
    Ok(match h.kind(t) {
        Kind::Int => int::to_decimal(int_ref(h, w))?,
        Kind::Float => float_repr::repr(f64::from_bits(w)),
        Kind::Bool => if w != 0 { "True" } else { "False" }.to_string(),
        Kind::None => "None".to_string(),
        _ => return repr(h, w, t),
    })
}

/// `str(x)`.
pub fn str_of<H: Heap>(h: &H, w: u64, t: H::Ty) -> PyResult<String> {
    let (w, t) = value(h, w, t);
    match h.kind(t) {
        Kind::Str => Ok(h.str(w).to_string()),
        Kind::Instance => h.instance_str(w),
        Kind::Int | Kind::Float | Kind::Bool | Kind::None => scalar_str(h, w, t),
        _ => repr(h, w, t),
    }
}

/// `format(x, spec)`.
pub fn format<H: Heap>(h: &H, w: u64, t: H::Ty, spec: &str) -> PyResult<String> {
    let (w, t) = value(h, w, t);
    match h.kind(t) {
        Kind::Int => format_spec::format_int(int_ref(h, w), spec, "int"),
        Kind::Float => format_spec::format_float(f64::from_bits(w), spec),
        Kind::Bool => format_spec::format_bool(w != 0, spec),
        Kind::Str => format_spec::format_str(h.str(w), spec),
        k => {
            if !spec.is_empty() {
                return Err(PyErr::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    k.name()
                )));
            }
            str_of(h, w, t)
        }
    }
}

/// `a == b`.
pub fn eq<H: Heap>(h: &H, a: u64, b: u64, t: H::Ty) -> bool {
    match h.kind(t) {
        // Normalised ints: equal words, or two big ints with equal values.
        Kind::Int => a == b || (!int::is_small(a) && !int::is_small(b) && h.big(a) == h.big(b)),
        Kind::Float => f64::from_bits(a) == f64::from_bits(b),
        Kind::Bool => a == b,
        Kind::None => true,
        Kind::Str => a == b || h.str(a) == h.str(b),
        Kind::List => {
            let item = h.arg(t, 0);
            let (xs, ys) = (h.items(a), h.items(b));
            a == b || (xs.len() == ys.len() && xs.iter().zip(ys).all(|(&x, &y)| eq(h, x, y, item)))
        }
        Kind::Tuple => {
            let (xs, ys) = (h.items(a), h.items(b));
            xs.len() == ys.len()
                && xs.iter().zip(ys).enumerate().all(|(i, (&x, &y))| eq(h, x, y, h.arg(t, i)))
        }
        Kind::Dict => tables_eq(h, a, b, t, true),
        Kind::Set | Kind::FrozenSet => set_ops::equal(h, h.arg(t, 0), h.set(a), h.set(b)),
        Kind::Bytes | Kind::ByteArray => h.bytes(a) == h.bytes(b),
        // Key and item views compare as sets; `d1.items() == d2.items()` is `d1 == d2`.
        Kind::DictKeys => tables_eq(h, a, b, h.arg(t, 0), false),
        Kind::DictItems => tables_eq(h, a, b, h.arg(t, 0), true),
        // CPython compares values views by identity; the word (the dict) stands for it.
        Kind::DictValues => a == b,
        // Inside containers CPython tests identity before calling `__eq__`, as here.
        Kind::Instance => a == b || h.instance_eq(a, b),
        Kind::Optional => a == b || (a != 0 && b != 0 && eq(h, a, b, h.arg(t, 0))),
        Kind::Object => crate::object_ops::eq(h, a, t, b, t),
        Kind::Iterator | Kind::Class => a == b,
        // Bound methods are equal when they bind the same function to the same instance.
        Kind::Function => a == b || h.bound_method(a).is_some_and(|m| h.bound_method(b) == Some(m)),
    }
}

/// Whether two dicts are equal (`with_values`), or the key sets of two dicts; `t` is the dict
/// type. Order does not matter.
fn tables_eq<H: Heap>(h: &H, a: u64, b: u64, t: H::Ty, with_values: bool) -> bool {
    let (x, y) = (h.dict(a), h.dict(b));
    x.len() == y.len() && x.contained_in(h, h.arg(t, 0), y, with_values.then(|| h.arg(t, 1)))
}

/// Three-way comparison as Python's `<` family sees it: -1, 0 or 1. Floats involving NaN compare
/// as 0 (neither less nor greater). `op` names the operator for the `TypeError` of unorderable
/// types, as CPython reports it.
pub fn cmp<H: Heap>(h: &H, a: u64, b: u64, t: H::Ty, op: &str) -> PyResult<i32> {
    let ord = match h.kind(t) {
        Kind::Int => int::cmp(int_ref(h, a), int_ref(h, b)),
        Kind::Float => f64::from_bits(a).partial_cmp(&f64::from_bits(b)).unwrap_or(Ordering::Equal),
        Kind::Bool => a.cmp(&b),
        Kind::Str => h.str(a).cmp(h.str(b)),
        k @ (Kind::None | Kind::Dict | Kind::DictValues) => return Err(unorderable(k, op)),
        Kind::Bytes | Kind::ByteArray => h.bytes(a).cmp(h.bytes(b)),
        Kind::Set | Kind::FrozenSet => {
            let (x, y, item) = (h.set(a), h.set(b), h.arg(t, 0));
            return inclusion(set_ops::is_subset(h, item, x, y), set_ops::is_subset(h, item, y, x));
        }
        Kind::DictKeys => return inclusion_cmp(h, a, b, h.arg(t, 0), false),
        Kind::DictItems => return inclusion_cmp(h, a, b, h.arg(t, 0), true),
        Kind::List => {
            let item = h.arg(t, 0);
            return seq_cmp(h, h.items(a), h.items(b), |_| item, op);
        }
        Kind::Tuple => return seq_cmp(h, h.items(a), h.items(b), |i| h.arg(t, i), op),
        Kind::Optional if a != 0 && b != 0 => return cmp(h, a, b, h.arg(t, 0), op),
        Kind::Object => crate::object_ops::cmp(h, a, t, b, t, op)?.unwrap_or(Ordering::Equal),
        // Sorting and `min`/`max` ask `<` only, as CPython's do: `b < a` is the reflected test.
        Kind::Instance if let Some(less) = h.instance_lt(a, b)? => match less || h.instance_lt(b, a)? != Some(true) {
            true if less => Ordering::Less,
            true => Ordering::Equal,
            false => Ordering::Greater,
        },
        Kind::Instance | Kind::Optional | Kind::Iterator | Kind::Class | Kind::Function => {
            let (x, y) = (class_name(h, a, t), class_name(h, b, t));
            return Err(PyErr::type_error(format!("'{op}' not supported between instances of '{x}' and '{y}'")));
        }
    };
    Ok(ord as i32)
}

/// CPython's `TypeError` for `<` and friends between two values of a type without an order.
fn unorderable(k: Kind, op: &str) -> PyErr {
    let name = k.name();
    PyErr::type_error(format!("'{op}' not supported between instances of '{name}' and '{name}'"))
}

/// Key or item views are ordered by inclusion, as sets are (see [`inclusion`]); `t` is the dict
/// type.
fn inclusion_cmp<H: Heap>(h: &H, a: u64, b: u64, t: H::Ty, with_values: bool) -> PyResult<i32> {
    let (x, y) = (h.dict(a), h.dict(b));
    let (key, values) = (h.arg(t, 0), with_values.then(|| h.arg(t, 1)));
    let subset = x.len() <= y.len() && x.contained_in(h, key, y, values);
    let superset = y.len() <= x.len() && y.contained_in(h, key, x, values);
    inclusion(subset, superset)
}

/// Sets (and key or item views) are ordered by inclusion: -1 for a proper subset, 1 for a proper
/// superset, 0 when equal. When neither contains the other every one of `<`, `<=`, `>`, `>=` is
/// False, which no three-way result can say: that is an error naming the methods that do answer.
fn inclusion(subset: bool, superset: bool) -> PyResult<i32> {
    match (subset, superset) {
        (true, true) => Ok(0),
        (true, false) => Ok(-1),
        (false, true) => Ok(1),
        (false, false) => Err(PyErr::type_error(
            "mesapyc cannot order two sets when neither contains the other; use issubset() or issuperset()",
        )),
    }
}

/// Lexicographic order: the first unequal pair decides, else the lengths.
fn seq_cmp<H: Heap>(h: &H, xs: &[u64], ys: &[u64], ty: impl Fn(usize) -> H::Ty, op: &str) -> PyResult<i32> {
    for (i, (&x, &y)) in xs.iter().zip(ys).enumerate() {
        if !eq(h, x, y, ty(i)) {
            return cmp(h, x, y, ty(i), op);
        }
    }
    Ok(xs.len().cmp(&ys.len()) as i32)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Objects in vectors: a reference word is `2 * (index + 1)` into `objects`.
    pub(crate) struct MockHeap {
        pub objects: Vec<Obj>,
        pub types: Vec<(Kind, Vec<usize>)>,
    }

    pub(crate) enum Obj {
        Str(String),
        Big(BigInt),
        Seq(Vec<u64>),
        Dict(Table),
        Set(SetTable),
        Bytes(Vec<u8>),
    }

    impl MockHeap {
        /// A heap whose type 0 is `None` (what `Heap::none` returns).
        pub fn new() -> MockHeap {
            MockHeap { objects: Vec::new(), types: vec![(Kind::None, Vec::new())] }
        }
        pub fn add(&mut self, o: Obj) -> u64 {
            self.objects.push(o);
            2 * self.objects.len() as u64
        }
        pub fn ty(&mut self, k: Kind, args: &[usize]) -> usize {
            self.types.push((k, args.to_vec()));
            self.types.len() - 1
        }
        fn obj(&self, w: u64) -> &Obj {
            &self.objects[(w / 2 - 1) as usize]
        }
    }

    impl Heap for MockHeap {
        type Ty = usize;
        fn kind(&self, t: usize) -> Kind {
            self.types[t].0
        }

        fn none(&self) -> usize {
            0
        }
        /// A box is a two-item sequence: the type index, then the word.
        fn unbox(&self, w: u64) -> (u64, usize) {
            let items = self.items(w);
            (items[1], items[0] as usize)
        }
        fn arg(&self, t: usize, i: usize) -> usize {
            self.types[t].1[i]
        }
        fn str(&self, w: u64) -> &str {
            match self.obj(w) {
                Obj::Str(s) => s,
                _ => panic!("not a str"),
            }
        }
        fn big(&self, w: u64) -> &BigInt {
            match self.obj(w) {
                Obj::Big(b) => b,
                _ => panic!("not a big int"),
            }
        }
        fn items(&self, w: u64) -> &[u64] {
            match self.obj(w) {
                Obj::Seq(v) => v,
                _ => panic!("not a sequence"),
            }
        }
        fn dict(&self, w: u64) -> &Table {
            match self.obj(w) {
                Obj::Dict(d) => d,
                _ => panic!("not a dict"),
            }
        }
        fn set(&self, w: u64) -> &SetTable {
            match self.obj(w) {
                Obj::Set(s) => s,
                _ => panic!("not a set"),
            }
        }
        fn bytes(&self, w: u64) -> &[u8] {
            match self.obj(w) {
                Obj::Bytes(b) => b,
                _ => panic!("not bytes"),
            }
        }
    }

    /// A dict word holding `pairs` in order; `key` is the key type.
    pub(crate) fn add_dict(h: &mut MockHeap, key: usize, pairs: &[(u64, u64)]) -> u64 {
        let mut table = Table::new();
        for &(k, v) in pairs {
            table.insert(h, key, k, v).expect("hashable keys");
        }
        h.add(Obj::Dict(table))
    }

    /// A set word with `items` added in order; `item` is the item type.
    pub(crate) fn add_set(h: &mut MockHeap, item: usize, items: &[u64]) -> u64 {
        let set = SetTable::from_items(h, item, items).expect("hashable items");
        h.add(Obj::Set(set))
    }

    #[test]
    fn reprs_and_strs_match_cpython() {
        let mut h = MockHeap::new();
        let int = h.ty(Kind::Int, &[]);
        let float = h.ty(Kind::Float, &[]);
        let boolean = h.ty(Kind::Bool, &[]);
        let none = h.ty(Kind::None, &[]);
        let s = h.ty(Kind::Str, &[]);
        let list_int = h.ty(Kind::List, &[int]);
        let list_list = h.ty(Kind::List, &[list_int]);
        let tup1 = h.ty(Kind::Tuple, &[s]);
        let tup = h.ty(Kind::Tuple, &[int, float, boolean, none, s]);

        let a = h.add(Obj::Str("a'b".into()));
        let big = h.add(Obj::Big("123456789012345678901234567890".parse().expect("literal")));
        let l1 = h.add(Obj::Seq(vec![int::tag(1), big]));
        let l2 = h.add(Obj::Seq(vec![l1, l1]));
        let t1 = h.add(Obj::Seq(vec![a]));
        let t = h.add(Obj::Seq(vec![int::tag(-3), 0.1f64.to_bits(), 1, 0, a]));
        let empty = h.add(Obj::Seq(vec![]));

        assert_eq!(str_of(&h, 1, boolean).unwrap(), "True");
        assert_eq!(str_of(&h, 0, none).unwrap(), "None");
        assert_eq!(str_of(&h, a, s).unwrap(), "a'b");
        assert_eq!(repr(&h, a, s).unwrap(), "\"a'b\"");
        assert_eq!(repr(&h, l1, list_int).unwrap(), "[1, 123456789012345678901234567890]");
        assert_eq!(str_of(&h, l2, list_list).unwrap(),
            "[[1, 123456789012345678901234567890], [1, 123456789012345678901234567890]]");
        assert_eq!(repr(&h, t1, tup1).unwrap(), "(\"a'b\",)");
        assert_eq!(repr(&h, t, tup).unwrap(), "(-3, 0.1, True, None, \"a'b\")");
        assert_eq!(repr(&h, empty, list_int).unwrap(), "[]");
        assert_eq!(str_of(&h, 1e16f64.to_bits(), float).unwrap(), "1e+16");
        assert_eq!(format(&h, l1, list_int, "").unwrap(), "[1, 123456789012345678901234567890]");
        assert_eq!(format(&h, l1, list_int, "x").unwrap_err().msg,
            "unsupported format string passed to list.__format__");
        assert_eq!(format(&h, 0, none, "x").unwrap_err().msg,
            "unsupported format string passed to NoneType.__format__");
        assert_eq!(format(&h, int::tag(255), int, "#x").unwrap(), "0xff");
    }

    #[test]
    fn equality_and_ordering() {
        let mut h = MockHeap::new();
        let int = h.ty(Kind::Int, &[]);
        let float = h.ty(Kind::Float, &[]);
        let none = h.ty(Kind::None, &[]);
        let s = h.ty(Kind::Str, &[]);
        let list_int = h.ty(Kind::List, &[int]);
        let list_none = h.ty(Kind::List, &[none]);
        let pair = h.ty(Kind::Tuple, &[s, int]);

        let b1 = h.add(Obj::Big("100000000000000000000".parse().expect("literal")));
        let b2 = h.add(Obj::Big("100000000000000000000".parse().expect("literal")));
        assert!(eq(&h, b1, b2, int));
        assert_eq!(cmp(&h, int::tag(5), b1, int, "<").unwrap(), -1);
        let x = h.add(Obj::Str("apple".into()));
        let y = h.add(Obj::Str("apples".into()));
        let z = h.add(Obj::Str("é".into()));
        assert_eq!(cmp(&h, x, y, s, "<").unwrap(), -1);
        assert_eq!(cmp(&h, z, x, s, "<").unwrap(), 1);
        let l1 = h.add(Obj::Seq(vec![int::tag(1), int::tag(2)]));
        let l2 = h.add(Obj::Seq(vec![int::tag(1), int::tag(2), int::tag(0)]));
        let l3 = h.add(Obj::Seq(vec![int::tag(1), int::tag(3)]));
        assert_eq!(cmp(&h, l1, l2, list_int, "<").unwrap(), -1);
        assert_eq!(cmp(&h, l3, l2, list_int, "<").unwrap(), 1);
        assert!(!eq(&h, l1, l2, list_int));
        let p1 = h.add(Obj::Seq(vec![x, int::tag(2)]));
        let p2 = h.add(Obj::Seq(vec![x, int::tag(1)]));
        assert_eq!(cmp(&h, p1, p2, pair, "<").unwrap(), 1);
        assert!(!eq(&h, f64::NAN.to_bits(), f64::NAN.to_bits(), float));
        assert_eq!(cmp(&h, 0, 0, none, ">").unwrap_err().msg,
            "'>' not supported between instances of 'NoneType' and 'NoneType'");
        // Lists of None compare by length without comparing items, as in CPython.
        let n1 = h.add(Obj::Seq(vec![0]));
        let n2 = h.add(Obj::Seq(vec![0, 0]));
        assert_eq!(cmp(&h, n1, n2, list_none, "<").unwrap(), -1);
    }

    #[test]
    fn dicts_sets_and_views_repr_like_cpython() {
        let mut h = MockHeap::new();
        let int = h.ty(Kind::Int, &[]);
        let float = h.ty(Kind::Float, &[]);
        let s = h.ty(Kind::Str, &[]);
        let list_int = h.ty(Kind::List, &[int]);
        let key = h.ty(Kind::Tuple, &[int, s]);
        let unit = h.ty(Kind::Tuple, &[]);
        let inner = h.ty(Kind::Dict, &[int, float]);
        let list_inner = h.ty(Kind::List, &[inner]);
        let outer = h.ty(Kind::Dict, &[key, list_inner]);
        let by_unit = h.ty(Kind::Dict, &[unit, list_int]);
        let str_list = h.ty(Kind::Dict, &[s, list_int]);
        let set_int = h.ty(Kind::Set, &[int]);
        let keys = h.ty(Kind::DictKeys, &[str_list]);
        let values = h.ty(Kind::DictValues, &[str_list]);
        let items = h.ty(Kind::DictItems, &[str_list]);

        // {(1, 'a'): [{2: 3.5}]}, as CPython prints it.
        let a = h.add(Obj::Str("a".into()));
        let k = h.add(Obj::Seq(vec![int::tag(1), a]));
        let d_inner = add_dict(&mut h, int, &[(int::tag(2), 3.5f64.to_bits())]);
        let l = h.add(Obj::Seq(vec![d_inner]));
        let d = add_dict(&mut h, key, &[(k, l)]);
        assert_eq!(repr(&h, d, outer).unwrap(), "{(1, 'a'): [{2: 3.5}]}");
        assert_eq!(str_of(&h, d, outer).unwrap(), "{(1, 'a'): [{2: 3.5}]}");
        assert_eq!(format(&h, d, outer, "").unwrap(), "{(1, 'a'): [{2: 3.5}]}");
        assert_eq!(format(&h, d, outer, "x").unwrap_err().msg, "unsupported format string passed to dict.__format__");

        let empty_tuple = h.add(Obj::Seq(vec![]));
        let empty_list = h.add(Obj::Seq(vec![]));
        let du = add_dict(&mut h, unit, &[(empty_tuple, empty_list)]);
        assert_eq!(repr(&h, du, by_unit).unwrap(), "{(): []}");

        let b = h.add(Obj::Str("b".into()));
        let two = h.add(Obj::Seq(vec![int::tag(2)]));
        let ds = add_dict(&mut h, s, &[(b, two), (a, empty_list)]);
        assert_eq!(repr(&h, ds, str_list).unwrap(), "{'b': [2], 'a': []}");
        assert_eq!(repr(&h, ds, keys).unwrap(), "dict_keys(['b', 'a'])");
        assert_eq!(repr(&h, ds, values).unwrap(), "dict_values([[2], []])");
        assert_eq!(str_of(&h, ds, items).unwrap(), "dict_items([('b', [2]), ('a', [])])");
        assert_eq!(format(&h, ds, values, "<").unwrap_err().msg,
            "unsupported format string passed to dict_values.__format__");
        let none = add_dict(&mut h, s, &[]);
        assert_eq!(repr(&h, none, str_list).unwrap(), "{}");
        assert_eq!(repr(&h, none, keys).unwrap(), "dict_keys([])");

        // In slot order, as CPython prints `{3, 1}`.
        let st = add_set(&mut h, int, &[int::tag(3), int::tag(1)]);
        assert_eq!(repr(&h, st, set_int).unwrap(), "{1, 3}");
        let empty_set = add_set(&mut h, int, &[]);
        assert_eq!(str_of(&h, empty_set, set_int).unwrap(), "set()");
        let frozen = h.ty(Kind::FrozenSet, &[int]);
        assert_eq!(repr(&h, st, frozen).unwrap(), "frozenset({1, 3})");
        assert_eq!(repr(&h, empty_set, frozen).unwrap(), "frozenset()");
        let (bytes, bytearray) = (h.ty(Kind::Bytes, &[]), h.ty(Kind::ByteArray, &[]));
        let b = h.add(Obj::Bytes(b"a'\x00".to_vec()));
        assert_eq!(str_of(&h, b, bytes).unwrap(), "b\"a'\\x00\"");
        assert_eq!(repr(&h, b, bytearray).unwrap(), "bytearray(b\"a\\'\\x00\")");
    }

    #[test]
    fn dicts_and_sets_compare_regardless_of_order() {
        let mut h = MockHeap::new();
        let int = h.ty(Kind::Int, &[]);
        let dict = h.ty(Kind::Dict, &[int, int]);
        let set = h.ty(Kind::Set, &[int]);
        let keys = h.ty(Kind::DictKeys, &[dict]);
        let values = h.ty(Kind::DictValues, &[dict]);
        let items = h.ty(Kind::DictItems, &[dict]);
        let t = int::tag;
        let a = add_dict(&mut h, int, &[(t(1), t(10)), (t(2), t(20))]);
        let b = add_dict(&mut h, int, &[(t(2), t(20)), (t(1), t(10))]);
        let c = add_dict(&mut h, int, &[(t(2), t(20)), (t(1), t(11))]);
        let small = add_dict(&mut h, int, &[(t(2), t(20))]);
        let other = add_dict(&mut h, int, &[(t(3), t(30))]);
        assert!(eq(&h, a, b, dict) && !eq(&h, a, c, dict) && !eq(&h, a, small, dict));
        assert!(eq(&h, a, c, keys) && !eq(&h, a, c, items) && eq(&h, a, b, items));
        assert!(eq(&h, a, a, values) && !eq(&h, a, b, values));
        let (sa, sb) = (add_set(&mut h, int, &[t(1), t(2)]), add_set(&mut h, int, &[t(2), t(1)]));
        let (s_small, s_other) = (add_set(&mut h, int, &[t(2)]), add_set(&mut h, int, &[t(3)]));
        assert!(eq(&h, sa, sb, set) && !eq(&h, sa, s_small, set));
        assert_eq!(cmp(&h, a, b, dict, "<").unwrap_err().msg,
            "'<' not supported between instances of 'dict' and 'dict'");
        assert_eq!(cmp(&h, a, b, values, "<").unwrap_err().msg,
            "'<' not supported between instances of 'dict_values' and 'dict_values'");
        assert_eq!(cmp(&h, s_small, sa, set, "<"), Ok(-1));
        assert_eq!(cmp(&h, sa, s_small, set, "<"), Ok(1));
        assert_eq!(cmp(&h, a, small, keys, "<"), Ok(1));
        assert_eq!(cmp(&h, sa, sb, set, "<"), Ok(0));
        assert_eq!(cmp(&h, small, c, items, "<"), Ok(-1));
        assert!(cmp(&h, sa, s_other, set, "<").is_err());
        assert!(cmp(&h, a, other, keys, "<").is_err());
    }
}
