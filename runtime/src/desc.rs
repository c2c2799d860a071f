//! Operations whose behaviour depends on a value's static type: `str`, `repr`, `format`, `==` and
//! ordering, for any type a [`Heap`] can describe (nested lists and tuples included).
//!
//! Values are machine words as ABI.md lays them out; the [`Heap`] trait is how this safe code reads
//! the objects they refer to. The ABI layer implements it over raw memory, the tests over vectors.

#![forbid(unsafe_code)]

use std::cmp::Ordering;

use num_bigint::BigInt;

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
        }
    }
}

/// Read access to objects and type descriptors.
pub trait Heap {
    /// A type descriptor handle.
    type Ty: Copy;
    fn kind(&self, t: Self::Ty) -> Kind;
    /// Type argument `i`: a list's item type (`i == 0`) or a tuple's field type.
    fn arg(&self, t: Self::Ty, i: usize) -> Self::Ty;
    /// The text of a str word.
    fn str(&self, w: u64) -> &str;
    /// The value of a big-int word (one without the small-int tag).
    fn big(&self, w: u64) -> &BigInt;
    /// The items of a list word or the fields of a tuple word.
    fn items(&self, w: u64) -> &[u64];
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
        _ => out.push_str(&scalar_str(h, w, t)?),
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
    match h.kind(t) {
        Kind::Str => Ok(h.str(w).to_string()),
        Kind::List | Kind::Tuple => repr(h, w, t),
        _ => scalar_str(h, w, t),
    }
}

/// `format(x, spec)`.
pub fn format<H: Heap>(h: &H, w: u64, t: H::Ty, spec: &str) -> PyResult<String> {
    match h.kind(t) {
        Kind::Int => format_spec::format_int(int_ref(h, w), spec, "int"),
        Kind::Float => format_spec::format_float(f64::from_bits(w), spec),
        Kind::Bool => format_spec::format_bool(w != 0, spec),
        Kind::Str => format_spec::format_str(h.str(w), spec),
        k @ (Kind::None | Kind::List | Kind::Tuple) => {
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
    }
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
        Kind::None => {
            return Err(PyErr::type_error(format!(
                "'{op}' not supported between instances of 'NoneType' and 'NoneType'"
            )))
        }
        Kind::List => {
            let item = h.arg(t, 0);
            return seq_cmp(h, h.items(a), h.items(b), |_| item, op);
        }
        Kind::Tuple => return seq_cmp(h, h.items(a), h.items(b), |i| h.arg(t, i), op),
    };
    Ok(ord as i32)
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
    }

    impl MockHeap {
        pub fn new() -> MockHeap {
            MockHeap { objects: Vec::new(), types: Vec::new() }
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
}
