//! Operators, subscripts and unpacking: the result type of each combination of operand types,
//! or CPython's `TypeError` where it raises one.
#![forbid(unsafe_code)]

use super::{Annotator, ExcKind, Outcome, Raise, VariantId};
use crate::diagnostic::Code;
use crate::ir::*;
use crate::source::Span;
use crate::types::{Mutability, Type, ViewKind};

fn type_error(msg: String) -> Outcome {
    Outcome::Raises(Raise::new(ExcKind::TypeError, msg))
}

fn unsupported_operands(op: BinOp, a: &Type, b: &Type) -> Outcome {
    type_error(format!("unsupported operand type(s) for {}: '{}' and '{}'", op.symbol(), a.py_name(), b.py_name()))
}

/// The numeric result type of `a op b` when both are numbers: int unless a float is involved.
fn numeric(a: &Type, b: &Type) -> Type {
    if *a == Type::Float || *b == Type::Float {
        Type::Float
    } else {
        Type::Int
    }
}

pub(super) fn binary(an: &mut Annotator, _vid: VariantId, inst: &Inst, op: BinOp, a: &Type, b: &Type) -> Outcome {
    use Type::*;
    if *a == Bottom || *b == Bottom {
        return Outcome::Type(Bottom);
    }
    let seq_concat = |name: &str, other: &Type| type_error(format!("can only concatenate {name} (not \"{}\") to {name}", other.py_name()));
    match op {
        BinOp::Add => match (a, b) {
            _ if a.is_number() && b.is_number() => Outcome::Type(numeric(a, b)),
            (Str, Str) => Outcome::Type(Str),
            (List(_), List(_)) => merged(an, inst, op, a, b),
            (Tuple(xs), Tuple(ys)) if Type::fields_fit_ref_mask(&[xs.as_slice(), ys].concat()) => Outcome::Type(Tuple(xs.iter().chain(ys).cloned().collect())),
            (Tuple(_) | TupleOf(_), Tuple(_) | TupleOf(_)) => merged(an, inst, op, a, b),
            (Bytes(k), Bytes(_)) => Outcome::Type(Bytes(*k)),
            (Bytes(_), _) => type_error(format!("can't concat {} to {}", b.py_name(), a.py_name())),
            (Str, _) => seq_concat("str", b),
            (List(_), _) => seq_concat("list", b),
            (Tuple(_) | TupleOf(_), _) => seq_concat("tuple", b),
            _ => unsupported_operands(op, a, b),
        },
        BinOp::Mul => match (a, b) {
            _ if a.is_number() && b.is_number() => Outcome::Type(numeric(a, b)),
            (Str | List(_) | Bytes(_), n) | (n, Str | List(_) | Bytes(_)) if n.is_intlike() => {
                Outcome::Type(if matches!(a, Str | List(_) | Bytes(_)) { a.clone() } else { b.clone() })
            }
            // The empty tuple repeated is itself; any other's length is known at run time.
            (Tuple(ts), n) | (n, Tuple(ts)) if n.is_intlike() && ts.is_empty() => Outcome::Type(Tuple(vec![])),
            (t @ (Tuple(_) | TupleOf(_)), n) | (n, t @ (Tuple(_) | TupleOf(_))) if n.is_intlike() => {
                let t = t.clone();
                merged(an, inst, op, &t, &t)
            }
            (Str | List(_) | Tuple(_) | TupleOf(_) | Bytes(_), n) | (n, Str | List(_) | Tuple(_) | TupleOf(_) | Bytes(_)) => {
                type_error(format!("can't multiply sequence by non-int of type '{}'", n.py_name()))
            }
            _ => unsupported_operands(op, a, b),
        },
        BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor | BinOp::Sub if matches!((a, b), (Set(..), Set(..))) => merged(an, inst, op, a, b),
        BinOp::BitOr if matches!((a, b), (Dict(_), Dict(_))) => merged(an, inst, op, a, b),
        BinOp::Sub | BinOp::FloorDiv | BinOp::Pow if a.is_number() && b.is_number() => Outcome::Type(numeric(a, b)),
        BinOp::Mod if a.is_number() && b.is_number() => Outcome::Type(numeric(a, b)),
        // printf-style formatting: any right operand (a tuple is the argument list); the runtime
        // checks the conversions against the arguments' types.
        BinOp::Mod if *a == Str => Outcome::Type(Str),
        BinOp::Mod if matches!(a, Bytes(_)) => Outcome::Reject(
            Code::Unsupported,
            format!("unsupported construct: printf-style formatting of {}", a.py_name()),
            Some("format a str and encode it: `(fmt % args).encode()`".into()),
        ),
        BinOp::Div if a.is_number() && b.is_number() => Outcome::Type(Float),
        BinOp::LShift | BinOp::RShift if a.is_intlike() && b.is_intlike() => Outcome::Type(Int),
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if *a == Bool && *b == Bool => Outcome::Type(Bool),
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if a.is_intlike() && b.is_intlike() => Outcome::Type(Int),
        _ => unsupported_operands(op, a, b),
    }
}

/// `a op= b`: `binary`, but CPython names the augmented operator when no method applies.
pub(super) fn inplace_binary(an: &mut Annotator, vid: VariantId, inst: &Inst, op: BinOp, a: &Type, b: &Type) -> Outcome {
    match binary(an, vid, inst, op, a, b) {
        Outcome::Raises(mut r) => {
            let plain = format!("unsupported operand type(s) for {}:", op.symbol());
            if let Some(rest) = r.message.strip_prefix(&plain) {
                r.message = format!("unsupported operand type(s) for {}=:{rest}", op.symbol());
            }
            Outcome::Raises(r)
        }
        o => o,
    }
}

/// `a | b` and friends on two sets (or dicts), `+` on two lists: both share one definition, the
/// result's. A set and a frozenset share it too, and the result has the left operand's type.
/// Two tuples (or one repeated) make a tuple of any length of their items' join.
fn merged(an: &mut Annotator, inst: &Inst, op: BinOp, a: &Type, b: &Type) -> Outcome {
    let t = match (a, b) {
        (Type::Set(k, x), Type::Set(_, y)) => Type::Set(*k, an.containers.merge(*x, *y)),
        (Type::Tuple(_) | Type::TupleOf(_), _) => {
            let item = [a, b].into_iter().flat_map(Type::tuple_items).fold(Type::Bottom, |acc, t| an.containers.union(&acc, t));
            Type::TupleOf(Box::new(item))
        }
        _ => an.containers.union(a, b),
    };
    an.note_widening(inst.span, || format!("the result of `{}`", op.symbol()));
    Outcome::Type(t)
}

pub(super) fn unary(op: UnOp, a: &Type) -> Outcome {
    use Type::*;
    match (op, a) {
        (_, Bottom) => Outcome::Type(Bottom),
        (UnOp::Not, _) => Outcome::Type(Bool),
        (UnOp::Neg | UnOp::Pos, Float) => Outcome::Type(Float),
        (UnOp::Neg | UnOp::Pos | UnOp::Invert, t) if t.is_intlike() => Outcome::Type(Int),
        (UnOp::Neg, t) => type_error(format!("bad operand type for unary -: '{}'", t.py_name())),
        (UnOp::Pos, t) => type_error(format!("bad operand type for unary +: '{}'", t.py_name())),
        (UnOp::Invert, t) => type_error(format!("bad operand type for unary ~: '{}'", t.py_name())),
    }
}

/// True when `<` between the two types is defined (items are checked again at run time).
fn orderable(a: &Type, b: &Type) -> bool {
    use Type::*;
    match (a, b) {
        _ if a.is_number() && b.is_number() => true,
        (Str, Str) | (List(_), List(_)) | (Set(..), Set(..)) | (Bytes(_), Bytes(_)) => true,
        (Tuple(_) | TupleOf(_), Tuple(_) | TupleOf(_)) => true,
        _ => false,
    }
}

pub(super) fn compare(an: &mut Annotator, span: Span, op: CmpOp, a: &Type, b: &Type) -> Outcome {
    use Type::*;
    if *a == Bottom || *b == Bottom {
        return Outcome::Type(Bottom);
    }
    match op {
        CmpOp::Eq | CmpOp::Ne | CmpOp::Is | CmpOp::IsNot => Outcome::Type(Bool),
        CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge => {
            if orderable(a, b) {
                Outcome::Type(Bool)
            } else {
                type_error(format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), a.py_name(), b.py_name()))
            }
        }
        CmpOp::In | CmpOp::NotIn => match b {
            Str if *a == Str => Outcome::Type(Bool),
            Str => type_error(format!("'in <string>' requires string as left operand, not {}", a.py_name())),
            Bytes(_) if a.is_intlike() || matches!(a, Bytes(_)) => Outcome::Type(Bool),
            Bytes(_) => type_error(format!("a bytes-like object is required, not '{}'", a.py_name())),
            // A `T | None` element widens the list's items to `T | None` (the same words), so
            // the runtime compares it with the items' descriptor.
            List(c) if matches!(a, Optional(_) | Object) => {
                an.add_item(*c, a, span);
                Outcome::Type(Bool)
            }
            List(_) | Tuple(_) | TupleOf(_) => Outcome::Type(Bool),
            // CPython looks a set up in a set as the frozenset of its elements.
            Set(_, c) if let Set(Mutability::Mutable, x) = a => {
                an.add_item(*c, &Set(Mutability::Immutable, *x), span);
                Outcome::Type(Bool)
            }
            Dict(c) | Set(_, c) | View(ViewKind::Keys, c) if a.is_hashable() => {
                an.add_item(*c, a, span);
                Outcome::Type(Bool)
            }
            Dict(_) | Set(..) => type_error(format!("unhashable type: '{}'", a.py_name())),
            View(ViewKind::Values, c) => {
                an.add_value(*c, a, span);
                Outcome::Type(Bool)
            }
            View(..) => Outcome::Type(Bool),
            _ => type_error(format!("argument of type '{}' is not iterable", b.py_name())),
        },
    }
}

pub(super) fn getitem(an: &mut Annotator, span: Span, func: FuncId, o: &Type, i: &Type, index: Value) -> Outcome {
    use Type::*;
    if *o == Bottom || *i == Bottom {
        return Outcome::Type(Bottom);
    }
    match o {
        List(l) if i.is_intlike() => Outcome::Type(an.containers.item(*l)),
        List(_) => type_error(format!("list indices must be integers or slices, not {}", i.py_name())),
        Dict(c) if i.is_hashable() => {
            an.add_item(*c, i, span);
            Outcome::Type(an.containers.value(*c))
        }
        Dict(_) => type_error(format!("unhashable type: '{}'", i.py_name())),
        Str if i.is_intlike() => Outcome::Type(Str),
        Str => type_error(format!("string indices must be integers, not '{}'", i.py_name())),
        Bytes(_) if i.is_intlike() => Outcome::Type(Int),
        Bytes(Mutability::Immutable) => type_error(format!("byte indices must be integers or slices, not {}", i.py_name())),
        Bytes(Mutability::Mutable) => type_error(format!("bytearray indices must be integers or slices, not {}", i.py_name())),
        Tuple(ts) if i.is_intlike() => {
            if let Some(k) = an.int_const(func, index) {
                let n = ts.len() as i64;
                let k = if k < 0 { k + n } else { k };
                return match ts.get(k as usize) {
                    Some(t) if k >= 0 => Outcome::Type(t.clone()),
                    _ => Outcome::Raises(Raise::new(ExcKind::IndexError, "tuple index out of range")),
                };
            }
            match ts.first() {
                Some(first) if ts.iter().all(|t| t == first) => Outcome::Type(first.clone()),
                Some(_) => Outcome::Reject(
                    Code::MixedTypes,
                    "indexing a tuple of mixed item types with a computed index".into(),
                    Some("index it with a literal, or use a list of one item type".into()),
                ),
                Option::None => Outcome::Raises(Raise::new(ExcKind::IndexError, "tuple index out of range")),
            }
        }
        TupleOf(t) if i.is_intlike() => Outcome::Type((**t).clone()),
        Tuple(_) | TupleOf(_) => type_error(format!("tuple indices must be integers or slices, not {}", i.py_name())),
        _ => type_error(format!("'{}' object is not subscriptable", o.py_name())),
    }
}

pub(super) fn setitem(an: &mut Annotator, span: Span, o: &Type, i: &Type, v: &Type) -> Outcome {
    use Type::*;
    if *o == Bottom || *i == Bottom || *v == Bottom {
        return Outcome::Type(Bottom);
    }
    match o {
        List(l) if i.is_intlike() => {
            an.add_item(*l, v, span);
            Outcome::Type(None)
        }
        List(_) => type_error(format!("list indices must be integers or slices, not {}", i.py_name())),
        Dict(c) if i.is_hashable() => {
            an.add_item(*c, i, span);
            an.add_value(*c, v, span);
            Outcome::Type(None)
        }
        Bytes(Mutability::Mutable) if !i.is_intlike() => type_error(format!("bytearray indices must be integers or slices, not {}", i.py_name())),
        Bytes(Mutability::Mutable) if !v.is_intlike() => type_error(format!("'{}' object cannot be interpreted as an integer", v.py_name())),
        Bytes(Mutability::Mutable) => Outcome::Type(None),
        Dict(_) => type_error(format!("unhashable type: '{}'", i.py_name())),
        _ => type_error(format!("'{}' object does not support item assignment", o.py_name())),
    }
}

pub(super) fn delitem(an: &mut Annotator, span: Span, o: &Type, i: &Type) -> Outcome {
    use Type::*;
    if *o == Bottom || *i == Bottom {
        return Outcome::Type(Bottom);
    }
    match o {
        List(_) if i.is_intlike() => Outcome::Type(None),
        List(_) => type_error(format!("list indices must be integers or slices, not {}", i.py_name())),
        Dict(c) if i.is_hashable() => {
            an.add_item(*c, i, span);
            Outcome::Type(None)
        }
        Dict(_) => type_error(format!("unhashable type: '{}'", i.py_name())),
        Str | Tuple(_) | TupleOf(_) | Bytes(Mutability::Immutable) => type_error(format!("'{}' object doesn't support item deletion", o.py_name())),
        Bytes(Mutability::Mutable) => unsupported_bytearray_change("deleting an item of"),
        _ => type_error(format!("'{}' object does not support item deletion", o.py_name())),
    }
}

/// What iterating a value yields, or CPython's `TypeError` for a value that is not iterable.
pub(super) fn iter_item(an: &mut Annotator, seq: &Type) -> Outcome {
    use Type::*;
    match seq {
        Bottom => Outcome::Type(Bottom),
        Iter(t) => iter_item(an, t),
        Gen(t) => Outcome::Type((**t).clone()),
        Instance(c) if an.program.subclasses(*c).iter().any(|&k| an.program.method(k, "__iter__").is_some()) => Outcome::Reject(
            Code::Unsupported,
            "unsupported construct: this builtin over an instance's `__iter__`".into(),
            Some("make a list of the items first: `sum(list(obj))`, `max(list(obj))`".into()),
        ),
        Instance(c) => type_error(format!("'{}' object is not iterable", an.program.class(*c).name)),
        Tuple(ts) => match ts.first() {
            Some(first) if ts.iter().all(|t| t == first) => Outcome::Type(first.clone()),
            // The items of a tuple of several field types are boxed as the loop takes them.
            Some(_) => {
                for t in ts {
                    an.containers.note_boxed(t);
                }
                Outcome::Type(Object)
            }
            Option::None => Outcome::Type(None),
        },
        t => match an.containers.iter_item(t) {
            Some(item) => Outcome::Type(item),
            Option::None => type_error(format!("'{}' object is not iterable", t.py_name())),
        },
    }
}

pub(super) fn slice(o: &Type, bounds: &[Type]) -> Outcome {
    use Type::*;
    if *o == Bottom || bounds.contains(&Bottom) {
        return Outcome::Type(Bottom);
    }
    if let Some(bad) = bad_bound(bounds) {
        return bad;
    }
    match o {
        // A tuple's result is narrowed to the fields selected (`Annotator::tuple_slice`).
        List(_) | Str | Tuple(_) | TupleOf(_) | Bytes(_) => Outcome::Type(o.clone()),
        _ => type_error(format!("'{}' object is not subscriptable", o.py_name())),
    }
}

/// A change to a bytearray other than item assignment, `append` and `extend`.
fn unsupported_bytearray_change(what: &str) -> Outcome {
    Outcome::Reject(
        Code::Unsupported,
        format!("unsupported construct: {what} a bytearray"),
        Some("build a new bytearray from slices with `+`".into()),
    )
}

/// CPython's `TypeError` for a slice bound that is not an int or `None`.
fn bad_bound(bounds: &[Type]) -> Option<Outcome> {
    let bad = bounds.iter().find(|t| !t.non_none().is_intlike() && **t != Type::None)?;
    Some(type_error(format!("slice indices must be integers or None or have an __index__ method (got {})", bad.py_name())))
}

/// `o[a:b:c] = v`: a list takes the items of any iterable (`extended` when a step is given,
/// which only changes CPython's message for a value that is not iterable).
pub(super) fn set_slice(an: &mut Annotator, span: Span, o: &Type, bounds: &[Type], extended: bool, v: &Type) -> Outcome {
    use Type::*;
    if *o == Bottom || *v == Bottom || bounds.contains(&Bottom) {
        return Outcome::Type(Bottom);
    }
    let List(l) = o else {
        return match o {
            Dict(_) => type_error("unhashable type: 'slice'".into()),
            Bytes(Mutability::Mutable) => unsupported_bytearray_change("assigning to a slice of"),
            _ => type_error(format!("'{}' object does not support item assignment", o.py_name())),
        };
    };
    if let Some(bad) = bad_bound(bounds) {
        return bad;
    }
    // An empty tuple has no item type to add.
    if *v == Tuple(vec![]) {
        return Outcome::Type(None);
    }
    match iter_item(an, v) {
        Outcome::Type(item) => {
            an.add_item(*l, &item, span);
            Outcome::Type(None)
        }
        Outcome::Raises(_) if extended => type_error("must assign iterable to extended slice".into()),
        Outcome::Raises(_) => type_error("can only assign an iterable".into()),
        reject => reject,
    }
}

/// `del o[a:b:c]`.
pub(super) fn del_slice(o: &Type, bounds: &[Type]) -> Outcome {
    use Type::*;
    if *o == Bottom || bounds.contains(&Bottom) {
        return Outcome::Type(Bottom);
    }
    match o {
        List(_) => bad_bound(bounds).unwrap_or(Outcome::Type(None)),
        Dict(_) => type_error("unhashable type: 'slice'".into()),
        Bytes(Mutability::Mutable) => unsupported_bytearray_change("deleting a slice of"),
        _ => type_error(format!("'{}' object does not support item deletion", o.py_name())),
    }
}

/// The positions `[start:stop:step]` selects from a sequence of length `len`, in order, as
/// CPython's `PySlice_AdjustIndices` clamps them; `None` when the step is zero.
pub(super) fn slice_positions(len: i64, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> Option<Vec<usize>> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Option::None;
    }
    let clamp = |v: i64, lo: i64, hi: i64| if v < 0 { (v + len).max(lo) } else { v.min(hi) };
    let (lo, hi) = if step > 0 { (0, len) } else { (-1, len - 1) };
    let first = start.map_or(if step > 0 { 0 } else { len - 1 }, |v| clamp(v, lo, hi));
    let end = stop.map_or(if step > 0 { len } else { -1 }, |v| clamp(v, lo, hi));
    let mut out = Vec::new();
    let mut i = first;
    while (step > 0 && i < end) || (step < 0 && i > end) {
        out.push(i as usize);
        i += step;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::slice_positions;

    #[test]
    fn slices_clamp_like_cpython() {
        assert_eq!(slice_positions(4, Some(1), None, None), Some(vec![1, 2, 3]));
        assert_eq!(slice_positions(4, None, None, Some(-1)), Some(vec![3, 2, 1, 0]));
        assert_eq!(slice_positions(4, Some(-3), Some(-1), None), Some(vec![1, 2]));
        assert_eq!(slice_positions(4, Some(10), Some(-10), Some(-2)), Some(vec![3, 1]));
        assert_eq!(slice_positions(4, Some(3), Some(1), None), Some(vec![]));
        assert_eq!(slice_positions(0, None, None, Some(-1)), Some(vec![]));
        assert_eq!(slice_positions(4, None, None, Some(0)), None);
    }
}

/// `a, *b, c = v` with `min` targets besides the starred one. Dicts and sets are not indexed,
/// so their items cannot be read by position as the builder reads them.
pub(super) fn check_unpack_starred(an: &Annotator, v: &Type, min: u32) -> Outcome {
    use Type::*;
    match v {
        Bottom => Outcome::Type(Bottom),
        Tuple(ts) if (ts.len() as u32) < min => {
            Outcome::Raises(Raise::new(ExcKind::ValueError, format!("not enough values to unpack (expected at least {min}, got {})", ts.len())))
        }
        Tuple(_) | TupleOf(_) | List(_) | Str => Outcome::Type(None),
        Dict(_) | Set(..) | View(..) | Bytes(_) | Iter(_) | Gen(_) => unpack_unsupported(v),
        Instance(c) if an.program.method(*c, "__iter__").is_some() => unpack_unsupported(v),
        _ => type_error(format!("cannot unpack non-iterable {} object", v.py_name())),
    }
}

pub(super) fn unpack(an: &mut Annotator, v: &Type, i: u32, n: u32) -> Outcome {
    use Type::*;
    match v {
        Bottom => Outcome::Type(Bottom),
        Tuple(ts) if ts.len() as u32 == n => Outcome::Type(ts[i as usize].clone()),
        Tuple(ts) if ts.len() as u32 > n => Outcome::Raises(Raise::new(ExcKind::ValueError, format!("too many values to unpack (expected {n})"))),
        Tuple(ts) => Outcome::Raises(Raise::new(ExcKind::ValueError, format!("not enough values to unpack (expected {n}, got {})", ts.len()))),
        List(l) => Outcome::Type(an.containers.item(*l)),
        TupleOf(t) => Outcome::Type((**t).clone()),
        Str => Outcome::Type(Str),
        Bytes(_) => Outcome::Type(Int),
        Iter(_) | Gen(_) | Dict(_) | Set(..) | View(..) => unpack_unsupported(v),
        Instance(c) if an.program.method(*c, "__iter__").is_some() => unpack_unsupported(v),
        _ => type_error(format!("cannot unpack non-iterable {} object", v.py_name())),
    }
}

/// Unpacking a value the builder's reads by position do not cover: CPython iterates it.
fn unpack_unsupported(v: &Type) -> Outcome {
    Outcome::Reject(Code::Unsupported, format!("unsupported construct: unpacking a {}", v.py_name()), Some("unpack `list(x)` instead".into()))
}
