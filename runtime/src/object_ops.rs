//! Operators on values whose type is known only at run time (boxed `object` values): the
//! operand types come from descriptors, and numbers of different types meet as CPython's do
//! (`1 + 2.5`, `True + 1`, `1 == 1.0`).
//!
//! Results are described, not allocated ([`Made`]); the ABI layer boxes them.

#![forbid(unsafe_code)]

use std::cmp::Ordering;

use crate::desc::{self, class_name, int_ref, value, Heap, Kind};
use crate::errors::{PyErr, PyResult};
use crate::int::{self, Int, IntRef};
use crate::{float, str_format};

/// The operator codes of `rt_obj_binop` (ABI.md), in the order of the annotator's `BinOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl Op {
    pub fn from_code(code: u32) -> Option<Op> {
        use Op::*;
        [Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor].get(code as usize).copied()
    }

    fn symbol(self) -> &'static str {
        match self {
            Op::Add => "+",
            Op::Sub => "-",
            Op::Mul => "*",
            Op::TrueDiv => "/",
            Op::FloorDiv => "//",
            Op::Mod => "%",
            Op::Pow => "** or pow()",
            Op::LShift => "<<",
            Op::RShift => ">>",
            Op::And => "&",
            Op::Or => "|",
            Op::Xor => "^",
        }
    }
}

/// A computed value, for the caller to store or box.
pub enum Made<T> {
    Int(Int),
    Float(f64),
    Bool(bool),
    Str(String),
    /// One of the operands (`+x` of an int is `x`).
    Same(u64, T),
}

/// A number operand: bools and ints are exact, floats are f64.
enum Num<'a> {
    Int(IntRef<'a>),
    Float(f64),
}

fn number<H: Heap>(h: &H, w: u64, t: H::Ty) -> Option<Num<'_>> {
    match h.kind(t) {
        Kind::Int => Some(Num::Int(int_ref(h, w))),
        Kind::Bool => Some(Num::Int(IntRef::Small(i64::from(w != 0)))),
        Kind::Float => Some(Num::Float(f64::from_bits(w))),
        _ => None,
    }
}

fn to_f64(n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => int::to_float(*i),
        Num::Float(f) => Ok(*f),
    }
}

/// `a op b`.
pub fn binop<H: Heap>(h: &H, op: Op, a: u64, ta: H::Ty, b: u64, tb: H::Ty) -> PyResult<Made<H::Ty>> {
    let ((a, ta), (b, tb)) = (value(h, a, ta), value(h, b, tb));
    if let (Some(x), Some(y)) = (number(h, a, ta), number(h, b, tb)) {
        // Two bools under `&`, `|`, `^` stay bools.
        if h.kind(ta) == Kind::Bool && h.kind(tb) == Kind::Bool && matches!(op, Op::And | Op::Or | Op::Xor) {
            let (p, q) = (a != 0, b != 0);
            return Ok(Made::Bool(match op {
                Op::And => p & q,
                Op::Or => p | q,
                _ => p ^ q,
            }));
        }
        return match (x, y) {
            (Num::Int(x), Num::Int(y)) => int_op(op, x, y),
            (x, y) => match float_op(op, to_f64(&x)?, to_f64(&y)?)? {
                Some(f) => Ok(Made::Float(f)),
                None => unsupported(h, op, a, ta, b, tb),
            },
        };
    }
    match (op, h.kind(ta), h.kind(tb)) {
        (Op::Add, Kind::Str, Kind::Str) => Ok(Made::Str(format!("{}{}", h.str(a), h.str(b)))),
        (Op::Add, Kind::Str, _) => Err(PyErr::type_error(format!("can only concatenate str (not \"{}\") to str", class_name(h, b, tb)))),
        (Op::Mul, Kind::Str, Kind::Int | Kind::Bool) => repeat(h, a, int_ref_of(h, b, tb)),
        (Op::Mul, Kind::Int | Kind::Bool, Kind::Str) => repeat(h, b, int_ref_of(h, a, ta)),
        (Op::Mul, Kind::Str, _) => Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", class_name(h, b, tb)))),
        (Op::Mul, _, Kind::Str) => Err(PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", class_name(h, a, ta)))),
        (Op::Mod, Kind::Str, _) => Ok(Made::Str(str_format::percent(h, h.str(a), b, tb)?)),
        (_, Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray, _) | (_, _, Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray)
            if matches!(op, Op::Add | Op::Mul) =>
        {
            Err(PyErr::type_error(format!("mesapyc does not yet support '{}' on boxed {} and {} values", op.symbol(), class_name(h, a, ta), class_name(h, b, tb))))
        }
        _ => unsupported(h, op, a, ta, b, tb),
    }
}

fn int_ref_of<H: Heap>(h: &H, w: u64, t: H::Ty) -> IntRef<'_> {
    match h.kind(t) {
        Kind::Bool => IntRef::Small(i64::from(w != 0)),
        _ => int_ref(h, w),
    }
}

fn repeat<H: Heap, T>(h: &H, s: u64, n: IntRef) -> PyResult<Made<T>> {
    let n = match n {
        IntRef::Small(n) => n.max(0) as usize,
        IntRef::Big(_) => return Err(PyErr::overflow("cannot fit 'int' into an index-sized integer")),
    };
    let text = h.str(s);
    text.len().checked_mul(n).ok_or_else(PyErr::memory)?;
    Ok(Made::Str(text.repeat(n)))
}

fn unsupported<H: Heap, T>(h: &H, op: Op, a: u64, ta: H::Ty, b: u64, tb: H::Ty) -> PyResult<T> {
    Err(PyErr::type_error(format!("unsupported operand type(s) for {}: '{}' and '{}'", op.symbol(), class_name(h, a, ta), class_name(h, b, tb))))
}

fn int_op<T>(op: Op, x: IntRef, y: IntRef) -> PyResult<Made<T>> {
    Ok(match op {
        Op::Add => Made::Int(int::add(x, y)),
        Op::Sub => Made::Int(int::sub(x, y)),
        Op::Mul => Made::Int(int::mul(x, y)),
        Op::TrueDiv => Made::Float(int::truediv(x, y)?),
        Op::FloorDiv => Made::Int(int::floordiv(x, y)?),
        Op::Mod => Made::Int(int::modulo(x, y)?),
        Op::Pow => Made::Int(int::pow(x, y)?),
        Op::LShift => Made::Int(int::lshift(x, y)?),
        Op::RShift => Made::Int(int::rshift(x, y)?),
        Op::And => Made::Int(int::and(x, y)),
        Op::Or => Made::Int(int::or(x, y)),
        Op::Xor => Made::Int(int::xor(x, y)),
    })
}

/// A float operation, or `None` for the operators floats do not have (`<<`, `&`, ...).
fn float_op(op: Op, x: f64, y: f64) -> PyResult<Option<f64>> {
    Ok(Some(match op {
        Op::Add => x + y,
        Op::Sub => x - y,
        Op::Mul => x * y,
        Op::TrueDiv if y == 0.0 => return Err(PyErr::zero_div("float division by zero")),
        Op::TrueDiv => x / y,
        Op::FloorDiv => float::floordiv(x, y)?,
        Op::Mod => float::modulo(x, y)?,
        Op::Pow => float::pow(x, y)?,
        _ => return Ok(None),
    }))
}

/// `-x`, `+x`, `~x`, `abs(x)` (`op` 0, 1, 2, 3).
pub fn unary<H: Heap>(h: &H, op: u32, w: u64, t: H::Ty) -> PyResult<Made<H::Ty>> {
    let (w, t) = value(h, w, t);
    let symbol = ["-", "+", "~"].get(op as usize).copied().unwrap_or("-");
    match (op, number(h, w, t)) {
        (3, Some(Num::Int(i))) => Ok(Made::Int(int::abs(i))),
        (3, Some(Num::Float(f))) => Ok(Made::Float(f.abs())),
        (3, _) => Err(PyErr::type_error(format!("bad operand type for abs(): '{}'", class_name(h, w, t)))),
        (0, Some(Num::Int(i))) => Ok(Made::Int(int::neg(i))),
        (0, Some(Num::Float(f))) => Ok(Made::Float(-f)),
        (1, Some(Num::Int(i))) => Ok(Made::Int(int::add(i, IntRef::Small(0)))),
        (1, Some(Num::Float(_))) => Ok(Made::Same(w, t)),
        (2, Some(Num::Int(i))) => Ok(Made::Int(int::invert(i))),
        _ => Err(PyErr::type_error(format!("bad operand type for unary {symbol}: '{}'", class_name(h, w, t)))),
    }
}

/// `bool(x)`: empty containers, zero numbers and `None` are false; instances are true.
pub fn truth<H: Heap>(h: &H, w: u64, t: H::Ty) -> bool {
    let (w, t) = value(h, w, t);
    match h.kind(t) {
        Kind::None => false,
        Kind::Bool => w != 0,
        Kind::Int => !(int::is_small(w) && int::untag(w) == 0),
        Kind::Float => f64::from_bits(w) != 0.0,
        Kind::Str => !h.str(w).is_empty(),
        Kind::List | Kind::Tuple => !h.items(w).is_empty(),
        Kind::Dict | Kind::DictKeys | Kind::DictValues | Kind::DictItems => !h.dict(w).is_empty(),
        Kind::Set | Kind::FrozenSet => !h.set(w).is_empty(),
        Kind::Bytes | Kind::ByteArray => !h.bytes(w).is_empty(),
        Kind::Instance | Kind::Optional | Kind::Object | Kind::Iterator | Kind::Class | Kind::Function => true,
    }
}

/// `len(x)`.
pub fn len<H: Heap>(h: &H, w: u64, t: H::Ty) -> PyResult<i64> {
    let (w, t) = value(h, w, t);
    Ok(match h.kind(t) {
        Kind::Str => h.str(w).chars().count() as i64,
        Kind::List | Kind::Tuple => h.items(w).len() as i64,
        Kind::Dict | Kind::DictKeys | Kind::DictValues | Kind::DictItems => h.dict(w).len() as i64,
        Kind::Set | Kind::FrozenSet => h.set(w).len() as i64,
        Kind::Bytes | Kind::ByteArray => h.bytes(w).len() as i64,
        _ => return Err(PyErr::type_error(format!("object of type '{}' has no len()", class_name(h, w, t)))),
    })
}

/// The item type of field `i` of a list or tuple type.
fn item_ty<H: Heap>(h: &H, t: H::Ty, i: usize) -> H::Ty {
    match h.kind(t) {
        Kind::Tuple => h.arg(t, i),
        _ => h.arg(t, 0),
    }
}

/// Whether two descriptors describe the same type (so one descriptor can read both values).
fn same_type<H: Heap>(h: &H, x: H::Ty, y: H::Ty) -> bool {
    let k = h.kind(x);
    k == h.kind(y)
        && match k {
            Kind::List | Kind::Set | Kind::FrozenSet | Kind::Optional | Kind::DictKeys | Kind::DictValues | Kind::DictItems => same_type(h, h.arg(x, 0), h.arg(y, 0)),
            Kind::Dict => same_type(h, h.arg(x, 0), h.arg(y, 0)) && same_type(h, h.arg(x, 1), h.arg(y, 1)),
            // Tuples are compared field by field before this is asked.
            Kind::Tuple => false,
            _ => true,
        }
}

/// Numbers of any two numeric types, compared exactly (`2**53 + 1 != 2.0**53`); `None` when a
/// NaN is involved.
fn number_cmp(x: &Num, y: &Num) -> Option<Ordering> {
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => Some(int::cmp(*a, *b)),
        (Num::Int(a), Num::Float(f)) => int::cmp_float(*a, *f),
        (Num::Float(f), Num::Int(b)) => int::cmp_float(*b, *f).map(Ordering::reverse),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(b),
    }
}

/// `a == b` for values of two static types.
pub fn eq<H: Heap>(h: &H, a: u64, ta: H::Ty, b: u64, tb: H::Ty) -> bool {
    let ((a, ta), (b, tb)) = (value(h, a, ta), value(h, b, tb));
    // The common case of boxed tokens and keys first.
    if h.kind(ta) == Kind::Str && h.kind(tb) == Kind::Str {
        return a == b || h.str(a) == h.str(b);
    }
    if let (Some(x), Some(y)) = (number(h, a, ta), number(h, b, tb)) {
        return number_cmp(&x, &y) == Some(Ordering::Equal);
    }
    match (h.kind(ta), h.kind(tb)) {
        (Kind::List, Kind::List) | (Kind::Tuple, Kind::Tuple) => {
            let (xs, ys) = (h.items(a), h.items(b));
            xs.len() == ys.len() && xs.iter().zip(ys).enumerate().all(|(i, (&x, &y))| eq(h, x, item_ty(h, ta, i), y, item_ty(h, tb, i)))
        }
        (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => h.bytes(a) == h.bytes(b),
        // A set equals a frozenset with the same elements.
        (Kind::Set | Kind::FrozenSet, Kind::Set | Kind::FrozenSet) if same_type(h, h.arg(ta, 0), h.arg(tb, 0)) => desc::eq(h, a, b, ta),
        (x, y) if x == y && same_type(h, ta, tb) => desc::eq(h, a, b, ta),
        (Kind::Set | Kind::FrozenSet, Kind::Set | Kind::FrozenSet) => h.set(a).len() == h.set(b).len() && set_within(h, a, ta, b, tb),
        (Kind::Dict, Kind::Dict) => {
            let (x, y) = (h.dict(a), h.dict(b));
            let (kx, vx, ky, vy) = (h.arg(ta, 0), h.arg(ta, 1), h.arg(tb, 0), h.arg(tb, 1));
            x.len() == y.len()
                && x.iter().all(|e| match y.find_matching(e.hash, |k| eq(h, e.key, kx, k, ky)) {
                    Some(f) => eq(h, e.value, vx, f.value, vy),
                    None => false,
                })
        }
        _ => false,
    }
}

/// Whether every element of set `a` (of type `ta`) is in set `b` (of type `tb`): elements of
/// the two types compare as values (`{1} <= {1.0, 'a'}`), found by their hashes, which agree.
fn set_within<H: Heap>(h: &H, a: u64, ta: H::Ty, b: u64, tb: H::Ty) -> bool {
    let (x, y) = (h.set(a), h.set(b));
    let (ix, iy) = (h.arg(ta, 0), h.arg(tb, 0));
    x.len() <= y.len() && x.iter().all(|e| y.has_matching(e.hash, |k| eq(h, e.key, ix, k, iy)))
}

/// Three-way `<` comparison of values of two static types; `op` names the operator in errors.
pub fn cmp<H: Heap>(h: &H, a: u64, ta: H::Ty, b: u64, tb: H::Ty, op: &str) -> PyResult<Option<Ordering>> {
    let ((a, ta), (b, tb)) = (value(h, a, ta), value(h, b, tb));
    if let (Some(x), Some(y)) = (number(h, a, ta), number(h, b, tb)) {
        return Ok(number_cmp(&x, &y));
    }
    match (h.kind(ta), h.kind(tb)) {
        (Kind::List, Kind::List) | (Kind::Tuple, Kind::Tuple) => {
            let (xs, ys) = (h.items(a), h.items(b));
            for (i, (&x, &y)) in xs.iter().zip(ys).enumerate() {
                let (tx, ty) = (item_ty(h, ta, i), item_ty(h, tb, i));
                if !eq(h, x, tx, y, ty) {
                    return cmp(h, x, tx, y, ty, op);
                }
            }
            Ok(Some(xs.len().cmp(&ys.len())))
        }
        (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => Ok(Some(h.bytes(a).cmp(h.bytes(b)))),
        // Sets are ordered by inclusion; when neither contains the other, every one of `<`,
        // `<=`, `>`, `>=` is False, as for NaN.
        (Kind::Set | Kind::FrozenSet, Kind::Set | Kind::FrozenSet) => Ok(match (set_within(h, a, ta, b, tb), set_within(h, b, tb, a, ta)) {
            (true, true) => Some(Ordering::Equal),
            (true, false) => Some(Ordering::Less),
            (false, true) => Some(Ordering::Greater),
            (false, false) => None,
        }),
        (x, y) if x == y && same_type(h, ta, tb) => Ok(Some(desc::cmp(h, a, b, ta, op)?.cmp(&0))),
        _ => Err(PyErr::type_error(format!("'{op}' not supported between instances of '{}' and '{}'", class_name(h, a, ta), class_name(h, b, tb)))),
    }
}

/// `a is b`: the same object, or both `None`, or equal words of the same immutable scalar type.
pub fn is<H: Heap>(h: &H, a: u64, ta: H::Ty, b: u64, tb: H::Ty) -> bool {
    let ((a, ta), (b, tb)) = (value(h, a, ta), value(h, b, tb));
    h.kind(ta) == h.kind(tb) && (h.kind(ta) == Kind::None || a == b)
}
