//! The annotation lattice.
//!
//! ```text
//!                              Object      (any value, boxed: what two other types join to)
//!            Optional(T)   (T or None, for a T whose representation has a spare 0 word)
//!    Int  Float  Bool  Str  Bytes(_)  None  List(c)  Dict(c)  Set(_, c)  View(_, c)  Tuple(T1..Tn)  TupleOf(T)  Instance(C)  Iter(T)  Function(fs)
//!                 \   |   |   /
//!                    Bottom          (nothing known yet: the start of every value)
//! ```
//! [`Containers::union`] is the join. Containers are identified by *definitions* as in RPython:
//! every list (dict, set) created at one site, and every one that flows into the same variable,
//! shares one definition whose item types only grow; joining two container types merges their
//! definitions (union-find), so `xs = []` followed by `xs.append(1)` makes `xs: list[int]`, and
//! `d = {}` followed by `d["a"] = 1` makes `d: dict[str, int]`.
#![forbid(unsafe_code)]

use crate::ir::{CellId, ClassId, FuncId};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ContainerId(pub u32);

/// Which view of a dict `d.keys()`, `d.values()` or `d.items()` made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

impl ViewKind {
    pub fn py_name(self) -> &'static str {
        match self {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }
}

/// Whether a set or a byte string can change: `set` and `bytearray`, or `frozenset` and
/// `bytes`. The two share a representation (and most operations) but not a type: they never
/// join, an operation between them takes the left operand's type, and only the immutable one is
/// hashable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mutability {
    Mutable,
    Immutable,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Bottom,
    Int,
    Float,
    Bool,
    Str,
    /// `bytes` (immutable) or `bytearray` (mutable).
    Bytes(Mutability),
    None,
    List(ContainerId),
    /// A dict: the definition's first slot is the key type, the second the value type.
    Dict(ContainerId),
    /// A `set` (mutable) or `frozenset` (immutable).
    Set(Mutability, ContainerId),
    /// A view of the dict with this definition (the value is the dict itself).
    View(ViewKind, ContainerId),
    Tuple(Vec<Type>),
    /// A tuple whose length is known only at run time (`tuple(xs)`, `t + (x,)` in a loop), all
    /// of whose items have the inner type. It is the same object as a fixed tuple, so a
    /// `Tuple(T, T)` is a `TupleOf(T)` as it is; the two join to `TupleOf` of all their items'
    /// join, as do two fixed tuples of different lengths.
    TupleOf(Box<Type>),
    /// An instance of a user class, with the fixed layout of its fields.
    Instance(ClassId),
    /// A value that is `None` or of the inner type, which is one whose machine word is never 0
    /// ([`Type::nullable`]): `None` is the word 0, anything else is the inner type's word.
    Optional(Box<Type>),
    /// A value of any type, boxed with its type's descriptor: the join of types that share no
    /// representation (`int` and `str`, `float` and `None`, unrelated classes).
    Object,
    /// The iterator `iter(x)` made of a built-in container of the inner type: a tuple object
    /// (the container, the next position, the container's size when the iterator was made).
    Iter(Box<Type>),
    /// A generator object whose items have the inner type (ABI.md "Generators").
    Gen(Box<Type>),
    /// A class of this program (or a subclass of it) as a value: the address of its constant
    /// `ClassInfo` with bit 0 set, so the collector passes over it as it does a small int.
    Class(ClassId),
    /// A function object (a closure) of one of these functions (sorted, at least one): a
    /// tuple-layout object whose field 0 names the function, followed by its cells and
    /// defaults. Two function types join to the union of their sets, so a variable that holds
    /// `add` or `sub` calls whichever it holds.
    Function(Vec<FuncId>),
    /// The cell of a captured variable (only in hidden locals): a one-field object shared by
    /// the variable's owner and the closures that capture it.
    Cell(CellId),
}

impl Type {
    /// Values of these types are references the GC must see (tagged ints may be big ints).
    pub fn is_gc_ref(&self) -> bool {
        self.nullable() || matches!(self, Type::Optional(_) | Type::Object)
    }

    /// Whether `None` can share this type's representation as the word 0: tagged ints and
    /// object pointers are never 0.
    pub fn nullable(&self) -> bool {
        matches!(
            self,
            Type::Int | Type::Str | Type::Bytes(_) | Type::List(_) | Type::Dict(_) | Type::Set(..) | Type::View(..) | Type::Tuple(_) | Type::TupleOf(_) | Type::Instance(_) | Type::Iter(_) | Type::Class(_) | Type::Function(_) | Type::Cell(_) | Type::Gen(_)
        )
    }

    /// The type without its `None` case.
    pub fn non_none(&self) -> &Type {
        match self {
            Type::Optional(t) => t,
            t => t,
        }
    }

    /// The item types of a fixed tuple, or the one item type of a tuple of any length (empty
    /// for any other type).
    pub fn tuple_items(&self) -> &[Type] {
        match self {
            Type::Tuple(ts) => ts,
            Type::TupleOf(t) => std::slice::from_ref(&**t),
            _ => &[],
        }
    }

    /// Whether a tuple object can hold fields of these types: its 64-bit ref mask has one bit
    /// per field up to 62, and bit 63 for every field from 63 on, so those may not mix floats
    /// (raw bits the collector must not follow) with references. A tuple display whose fields
    /// do is a tuple of any length of their join (boxed).
    pub fn fields_fit_ref_mask(fields: &[Type]) -> bool {
        let tail = fields.get(63..).unwrap_or(&[]);
        !(tail.contains(&Type::Float) && tail.iter().any(Type::is_gc_ref))
    }

    pub fn is_intlike(&self) -> bool {
        matches!(self, Type::Int | Type::Bool)
    }

    pub fn is_number(&self) -> bool {
        matches!(self, Type::Int | Type::Bool | Type::Float)
    }

    /// The Python class name, as in CPython's error messages (`Containers::type_name` also
    /// names user classes).
    pub fn py_name(&self) -> &'static str {
        match self {
            Type::Bottom => "<nothing>",
            Type::Int => "int",
            Type::Float => "float",
            Type::Bool => "bool",
            Type::Str => "str",
            Type::Bytes(Mutability::Immutable) => "bytes",
            Type::Bytes(Mutability::Mutable) => "bytearray",
            Type::None => "NoneType",
            Type::List(_) => "list",
            Type::Dict(_) => "dict",
            Type::Set(Mutability::Mutable, _) => "set",
            Type::Set(Mutability::Immutable, _) => "frozenset",
            Type::View(k, _) => k.py_name(),
            Type::Tuple(_) | Type::TupleOf(_) => "tuple",
            Type::Instance(_) => "object",
            Type::Class(_) => "type",
            Type::Gen(_) => "generator",
            Type::Function(_) => "function",
            Type::Cell(_) => "cell",
            Type::Optional(t) => t.py_name(),
            Type::Object => "object",
            Type::Iter(t) => match &**t {
                Type::List(_) => "list_iterator",
                Type::Tuple(_) | Type::TupleOf(_) => "tuple_iterator",
                Type::Str => "str_ascii_iterator",
                Type::Dict(_) | Type::View(ViewKind::Keys, _) => "dict_keyiterator",
                Type::View(ViewKind::Values, _) => "dict_valueiterator",
                Type::View(ViewKind::Items, _) => "dict_itemiterator",
                Type::Set(..) => "set_iterator",
                Type::Bytes(Mutability::Immutable) => "bytes_iterator",
                Type::Bytes(Mutability::Mutable) => "bytearray_iterator",
                _ => "iterator",
            },
        }
    }

    /// Whether CPython can hash values of this type (dict keys, set items).
    pub fn is_hashable(&self) -> bool {
        match self {
            Type::List(_) | Type::Dict(_) | Type::Set(Mutability::Mutable, _) | Type::Bytes(Mutability::Mutable) | Type::View(..) => false,
            Type::Tuple(ts) => ts.iter().all(Type::is_hashable),
            Type::TupleOf(t) => t.is_hashable(),
            Type::Optional(t) => t.is_hashable(),
            _ => true,
        }
    }
}

/// Two types that cannot share one representation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict(pub String, pub String);

/// Where a value widened to `Object`, and why: `mesapyc check` prints these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Widening {
    pub span: crate::source::Span,
    /// What widened and the two types that met, e.g. "the variable `x` holds int and str".
    pub reason: String,
}

/// The container definitions, and whether anything grew since the flag was last cleared.
/// A definition has one item type (list, set) or a key and a value type (dict).
#[derive(Clone, Debug, Default)]
pub struct Containers {
    /// The program's class names and MROs, indexed by `ClassId`: for messages and `show`, and
    /// for the join of two instance types (the first class of the left one's MRO that the right
    /// one derives from).
    pub class_names: Vec<String>,
    pub class_mros: Vec<Vec<ClassId>>,
    /// The program's function names, indexed by `FuncId`, for `show`.
    pub function_names: Vec<String>,
    parent: Vec<u32>,
    items: Vec<Type>,
    values: Vec<Type>,
    pub changed: bool,
    /// The pairs of types that joined to `Object` since the annotator last took them (with
    /// [`Containers::take_conflicts`]), so it can report where values widened.
    conflicts: Vec<Conflict>,
    /// Every type a value had when it joined `Object`: what a box may hold, so operations on
    /// boxed values know which classes' methods and fields to dispatch to.
    boxed: Vec<Type>,
}

impl Containers {
    pub fn with_classes(class_names: Vec<String>, class_mros: Vec<Vec<ClassId>>) -> Containers {
        Containers { class_names, class_mros, ..Containers::default() }
    }

    fn ancestors(&self, c: ClassId) -> Vec<ClassId> {
        self.class_mros.get(c.index()).cloned().unwrap_or_else(|| vec![c])
    }

    pub fn new_def(&mut self, item: Type) -> ContainerId {
        let id = self.parent.len() as u32;
        self.parent.push(id);
        self.items.push(item);
        self.values.push(Type::Bottom);
        ContainerId(id)
    }

    pub fn find(&self, id: ContainerId) -> ContainerId {
        let mut i = id.0;
        while self.parent[i as usize] != i {
            i = self.parent[i as usize];
        }
        ContainerId(i)
    }

    /// The item type of a list or set, or the key type of a dict.
    pub fn item(&self, id: ContainerId) -> Type {
        self.items[self.find(id).0 as usize].clone()
    }

    /// The value type of a dict.
    pub fn value(&self, id: ContainerId) -> Type {
        self.values[self.find(id).0 as usize].clone()
    }

    /// What iterating a container yields: a list's or set's items, a dict's keys, a view's
    /// keys, values or `(key, value)` tuples.
    pub fn iter_item(&self, t: &Type) -> Option<Type> {
        match t {
            Type::List(c) | Type::Set(_, c) | Type::Dict(c) | Type::View(ViewKind::Keys, c) => Some(self.item(*c)),
            Type::Bytes(_) => Some(Type::Int),
            Type::View(ViewKind::Values, c) => Some(self.value(*c)),
            Type::View(ViewKind::Items, c) => Some(Type::Tuple(vec![self.item(*c), self.value(*c)])),
            Type::Str => Some(Type::Str),
            Type::TupleOf(t) => Some((**t).clone()),
            Type::Iter(t) => self.iter_item(t),
            _ => None,
        }
    }

    /// Grows the item (or key) type of a definition.
    pub fn add_item(&mut self, id: ContainerId, t: &Type) {
        self.grow(id, t, false)
    }

    /// Grows the value type of a dict definition.
    pub fn add_value(&mut self, id: ContainerId, t: &Type) {
        self.grow(id, t, true)
    }

    fn grow(&mut self, id: ContainerId, t: &Type, value: bool) {
        let root = self.find(id).0 as usize;
        let old = if value { self.values[root].clone() } else { self.items[root].clone() };
        let new = self.union(&old, t);
        let root = self.find(ContainerId(root as u32)).0 as usize;
        let slot = if value { &mut self.values[root] } else { &mut self.items[root] };
        if *slot != new {
            *slot = new;
            self.changed = true;
        }
    }

    /// Merges two definitions, joining their item and value types.
    pub fn merge(&mut self, x: ContainerId, y: ContainerId) -> ContainerId {
        let (x, y) = (self.find(x), self.find(y));
        if x == y {
            return x;
        }
        let (ix, iy) = (self.items[x.0 as usize].clone(), self.items[y.0 as usize].clone());
        let (vx, vy) = (self.values[x.0 as usize].clone(), self.values[y.0 as usize].clone());
        let item = self.union(&ix, &iy);
        let value = self.union(&vx, &vy);
        let (x, y) = (self.find(x), self.find(y));
        if x != y {
            self.parent[y.0 as usize] = x.0;
        }
        self.items[x.0 as usize] = item;
        self.values[x.0 as usize] = value;
        self.changed = true;
        x
    }

    /// The join of two types. Types that share no representation join to `Object`, and the
    /// pair is noted for [`Containers::take_conflicts`].
    pub fn union(&mut self, a: &Type, b: &Type) -> Type {
        match (a, b) {
            (Type::Bottom, t) | (t, Type::Bottom) => t.clone(),
            (Type::Object, t) | (t, Type::Object) => {
                self.note_boxed(t);
                Type::Object
            }
            (Type::List(x), Type::List(y)) => Type::List(self.merge(*x, *y)),
            (Type::Dict(x), Type::Dict(y)) => Type::Dict(self.merge(*x, *y)),
            (Type::Set(k, x), Type::Set(j, y)) if k == j => Type::Set(*k, self.merge(*x, *y)),
            (Type::View(k, x), Type::View(j, y)) if k == j => Type::View(*k, self.merge(*x, *y)),
            (Type::Tuple(xs), Type::Tuple(ys)) if xs.len() == ys.len() => Type::Tuple(xs.iter().zip(ys).map(|(x, y)| self.union(x, y)).collect()),
            (Type::Tuple(_) | Type::TupleOf(_), Type::Tuple(_) | Type::TupleOf(_)) => {
                let item = [a, b].into_iter().flat_map(Type::tuple_items).fold(Type::Bottom, |acc, t| self.union(&acc, t));
                Type::TupleOf(Box::new(item))
            }
            (Type::Iter(x), Type::Iter(y)) => match self.union(x, y) {
                Type::Object => self.widen(a, b),
                t => Type::Iter(Box::new(t)),
            },
            (Type::Instance(x), Type::Instance(y)) => {
                let ys = self.ancestors(*y);
                match self.ancestors(*x).into_iter().find(|k| ys.contains(k)) {
                    Some(k) => Type::Instance(k),
                    None => self.widen(a, b),
                }
            }
            // A consumer of the joined type asks each generator to box its items if it must.
            (Type::Gen(x), Type::Gen(y)) => Type::Gen(Box::new(self.union(x, y))),
            (Type::Class(x), Type::Class(y)) => {
                let ys = self.ancestors(*y);
                match self.ancestors(*x).into_iter().find(|k| ys.contains(k)) {
                    Some(k) => Type::Class(k),
                    None => self.widen(a, b),
                }
            }
            (Type::Function(x), Type::Function(y)) => {
                let mut fs = x.clone();
                fs.extend(y.iter().filter(|f| !x.contains(f)));
                fs.sort();
                Type::Function(fs)
            }
            (Type::None, t) | (t, Type::None) if t.nullable() => Type::Optional(Box::new(t.clone())),
            (Type::Optional(x), Type::None) | (Type::None, Type::Optional(x)) => Type::Optional(x.clone()),
            (Type::Optional(x), Type::Optional(y)) => self.optional_union(x, y, a, b),
            (Type::Optional(x), y) | (y, Type::Optional(x)) if y.nullable() => self.optional_union(x, y, a, b),
            (x, y) if x == y => x.clone(),
            _ => self.widen(a, b),
        }
    }

    /// `T | None` joined with `U | None` (or `U`): `(T | U) | None` when `T | U` is not `Object`.
    fn optional_union(&mut self, x: &Type, y: &Type, a: &Type, b: &Type) -> Type {
        match self.union(x, y) {
            Type::Object => self.widen(a, b),
            t => Type::Optional(Box::new(t)),
        }
    }

    fn widen(&mut self, a: &Type, b: &Type) -> Type {
        let c = Conflict(self.show(a), self.show(b));
        if !self.conflicts.contains(&c) {
            self.conflicts.push(c);
        }
        self.note_boxed(a);
        self.note_boxed(b);
        Type::Object
    }

    /// Notes that values of type `t` are boxed (a `T | None` box holds a `T` or `None`).
    pub fn note_boxed(&mut self, t: &Type) {
        match t {
            Type::Object | Type::Bottom => {}
            Type::Optional(inner) => {
                self.note_boxed(inner);
                self.note_boxed(&Type::None);
            }
            t if !self.boxed.contains(t) => {
                self.boxed.push(t.clone());
                self.changed = true;
            }
            _ => {}
        }
    }

    /// The types boxed values may have (see [`Containers::note_boxed`]).
    pub fn boxed(&self) -> &[Type] {
        &self.boxed
    }

    /// The pairs of types that joined to `Object` since the last call.
    pub fn take_conflicts(&mut self) -> Vec<Conflict> {
        std::mem::take(&mut self.conflicts)
    }

    /// True when `union(a, b)` would succeed (it is not tried, so nothing merges).
    pub fn compatible(&self, a: &Type, b: &Type) -> bool {
        let defs = |x: &ContainerId, y: &ContainerId| {
            self.find(*x) == self.find(*y) || (self.compatible(&self.item(*x), &self.item(*y)) && self.compatible(&self.value(*x), &self.value(*y)))
        };
        match (a, b) {
            (Type::Bottom, _) | (_, Type::Bottom) => true,
            (Type::List(x), Type::List(y)) | (Type::Dict(x), Type::Dict(y)) => defs(x, y),
            (Type::Set(k, x), Type::Set(j, y)) => k == j && defs(x, y),
            (Type::View(k, x), Type::View(j, y)) => k == j && defs(x, y),
            (Type::Tuple(xs), Type::Tuple(ys)) => xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| self.compatible(x, y)),
            (Type::TupleOf(x), t @ (Type::Tuple(_) | Type::TupleOf(_))) | (t @ Type::Tuple(_), Type::TupleOf(x)) => t.tuple_items().iter().all(|y| self.compatible(x, y)),
            (Type::Instance(x), Type::Instance(y)) => x == y,
            (Type::Object, Type::Object) => true,
            // A variant whose parameter is already `T | None` serves `T` and `None` arguments.
            (Type::Optional(_), Type::None) | (Type::None, Type::Optional(_)) => true,
            (Type::Optional(x), Type::Optional(y)) => self.compatible(x, y),
            (Type::Optional(x), y) | (y, Type::Optional(x)) => self.compatible(x, y),
            (x, y) => x == y,
        }
    }

    /// Gives every container that never received an item the item (and value) type `None`.
    /// Run once the fixpoint is reached: those containers are always empty, and operations on
    /// them (`sum`, `max`, a repr) can now be typed instead of waiting for items that never come.
    pub fn settle_empty(&mut self) -> bool {
        let mut any = false;
        for i in 0..self.items.len() {
            if self.parent[i] == i as u32 {
                for slot in [&mut self.items[i], &mut self.values[i]] {
                    if *slot == Type::Bottom {
                        *slot = Type::None;
                        any = true;
                    }
                }
            }
        }
        any
    }

    /// The type with every container id replaced by its definition's representative.
    pub fn canonical(&self, t: &Type) -> Type {
        match t {
            Type::List(l) => Type::List(self.find(*l)),
            Type::Dict(l) => Type::Dict(self.find(*l)),
            Type::Set(k, l) => Type::Set(*k, self.find(*l)),
            Type::View(k, l) => Type::View(*k, self.find(*l)),
            Type::Tuple(ts) => Type::Tuple(ts.iter().map(|t| self.canonical(t)).collect()),
            Type::TupleOf(t) => Type::TupleOf(Box::new(self.canonical(t))),
            Type::Optional(t) => Type::Optional(Box::new(self.canonical(t))),
            t => t.clone(),
        }
    }

    /// Python-style spelling: `list[tuple[int, str]]`, `dict[str, int]`.
    pub fn show(&self, t: &Type) -> String {
        let shown = |t: Type| match t {
            Type::Bottom => "<empty>".to_string(),
            t => self.show(&t),
        };
        match t {
            Type::List(l) | Type::Set(_, l) => format!("{}[{}]", t.py_name(), shown(self.item(*l))),
            Type::Dict(l) | Type::View(_, l) => format!("{}[{}, {}]", t.py_name(), shown(self.item(*l)), shown(self.value(*l))),
            Type::Tuple(ts) if ts.is_empty() => "tuple[()]".to_string(),
            Type::Tuple(ts) => format!("tuple[{}]", ts.iter().map(|t| self.show(t)).collect::<Vec<_>>().join(", ")),
            Type::TupleOf(t) => format!("tuple[{}, ...]", shown((**t).clone())),
            Type::None => "None".to_string(),
            Type::Optional(t) => format!("{} | None", self.show(t)),
            Type::Object => "object".to_string(),
            Type::Iter(t) => format!("iterator[{}]", self.show(t)),
            Type::Class(c) => format!("type[{}]", self.class_names.get(c.index()).cloned().unwrap_or_default()),
            Type::Gen(t) => format!("generator[{}]", self.show(t)),
            Type::Function(fs) => format!("function[{}]", fs.iter().map(|f| self.function_names.get(f.index()).cloned().unwrap_or_else(|| f.to_string())).collect::<Vec<_>>().join(" | ")),
            t => self.type_name(t),
        }
    }

    /// The class name of a type, user classes included.
    pub fn type_name(&self, t: &Type) -> String {
        match t {
            Type::Instance(c) => self.class_names.get(c.index()).cloned().unwrap_or_default(),
            Type::Optional(t) => self.type_name(t),
            t => t.py_name().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn union_is_a_join() {
        let mut l = Containers::default();
        assert_eq!(l.union(&Type::Bottom, &Type::Int), Type::Int);
        assert_eq!(l.union(&Type::Int, &Type::Int), Type::Int);
        assert_eq!(l.union(&Type::Int, &Type::Float), Type::Object);
        assert_eq!(l.union(&Type::Bool, &Type::Int), Type::Object);
        assert_eq!(l.take_conflicts(), vec![Conflict("int".into(), "float".into()), Conflict("bool".into(), "int".into())]);
        assert!(l.take_conflicts().is_empty());
    }

    #[test]
    fn none_joins_into_optional() {
        let mut l = Containers::default();
        let opt = Type::Optional(Box::new(Type::Str));
        assert_eq!(l.union(&Type::None, &Type::Str), opt.clone());
        assert_eq!(l.union(&opt, &Type::None), opt.clone());
        assert_eq!(l.union(&Type::Str, &opt), opt.clone());
        assert_eq!(l.union(&Type::None, &Type::Float), Type::Object);
        assert_eq!(l.union(&opt, &Type::Int), Type::Object);
        assert_eq!(l.show(&opt), "str | None");
    }

    #[test]
    fn lists_merge_their_definitions() {
        let mut l = Containers::default();
        let a = l.new_def(Type::Bottom);
        let b = l.new_def(Type::Int);
        let t = l.union(&Type::List(a), &Type::List(b));
        assert_eq!(l.show(&t), "list[int]");
        assert_eq!(l.find(a), l.find(b));
        l.add_item(a, &Type::Str);
        assert_eq!(l.show(&t), "list[object]");
        assert_eq!(l.take_conflicts(), vec![Conflict("int".into(), "str".into())]);
    }
}
