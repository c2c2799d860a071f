//! Subscripts, iteration, unpacking and `in` on values whose type is known only at run time
//! (boxed `object` values): the container's descriptor says how to read it, and keys and
//! needles of another type compare as CPython's `==` does (`d[1.0]` finds the key `1`).
//!
//! Results are described, not allocated ([`Made`]); the ABI layer boxes them.

#![forbid(unsafe_code)]

use crate::desc::{class_name, value, Heap, Kind};
use crate::dict_ops::key_error;
use crate::errors::{PyErr, PyResult};
use crate::object_ops::{self, Made};
use crate::{hash, slice, str_ops};

/// An index operand: an int or a bool (`xs[True]` is `xs[1]`).
fn index<H: Heap>(h: &H, k: u64, tk: H::Ty) -> Option<PyResult<i64>> {
    match h.kind(tk) {
        Kind::Bool => Some(Ok(i64::from(k != 0))),
        Kind::Int => Some(match crate::desc::int_ref(h, k) {
            crate::int::IntRef::Small(i) => Ok(i),
            crate::int::IntRef::Big(_) => Err(PyErr::index("cannot fit 'int' into an index-sized integer")),
        }),
        _ => None,
    }
}

/// The type of item `i` of a list or tuple of type `t`.
fn item_ty<H: Heap>(h: &H, t: H::Ty, i: usize) -> H::Ty {
    if h.kind(t) == Kind::Tuple {
        h.arg(t, i)
    } else {
        h.arg(t, 0)
    }
}

/// `a[k]`.
pub fn getitem<H: Heap>(h: &H, a: u64, ta: H::Ty, k: u64, tk: H::Ty) -> PyResult<Made<H::Ty>> {
    let (a, ta) = value(h, a, ta);
    let (k, tk) = value(h, k, tk);
    let kind = h.kind(ta);
    match kind {
        Kind::List | Kind::Tuple | Kind::Str => {
            let i = match index(h, k, tk) {
                Some(i) => i?,
                None if kind == Kind::Str => return Err(PyErr::type_error(format!("string indices must be integers, not '{}'", class_name(h, k, tk)))),
                None => return Err(PyErr::type_error(format!("{} indices must be integers or slices, not {}", kind.name(), class_name(h, k, tk)))),
            };
            if kind == Kind::Str {
                let s = h.str(a);
                let n = s.chars().count();
                return Ok(Made::Str(str_ops::getitem(s, s.is_ascii(), n, i)?.to_string()));
            }
            let items = h.items(a);
            let at = slice::normalize_index(i, items.len()).ok_or_else(|| PyErr::index(format!("{} index out of range", kind.name())))?;
            Ok(Made::Same(items[at], item_ty(h, ta, at)))
        }
        Kind::Bytes | Kind::ByteArray => {
            let name = kind.name();
            let i = index(h, k, tk).ok_or_else(|| PyErr::type_error(format!("{name} indices must be integers or slices, not {}", class_name(h, k, tk))))??;
            let bytes = h.bytes(a);
            let what = if kind == Kind::Bytes { "index out of range" } else { "bytearray index out of range" };
            let at = slice::normalize_index(i, bytes.len()).ok_or_else(|| PyErr::index(what))?;
            Ok(Made::Int(crate::int::Int::Small(i64::from(bytes[at]))))
        }
        Kind::Dict => match dict_lookup(h, a, ta, k, tk)? {
            Some(v) => Ok(Made::Same(v, h.arg(ta, 1))),
            None => Err(key_error(h, k, tk)),
        },
        _ => Err(PyErr::type_error(format!("'{}' object is not subscriptable", class_name(h, a, ta)))),
    }
}

/// The value dict `d` maps key `k` (of any type) to.
fn dict_lookup<H: Heap>(h: &H, d: u64, td: H::Ty, k: u64, tk: H::Ty) -> PyResult<Option<u64>> {
    let key_t = h.arg(td, 0);
    let table = h.dict(d);
    if is_scalar(h.kind(key_t)) && h.kind(key_t) == h.kind(tk) {
        return Ok(table.get(h, key_t, k)?.map(|e| e.value));
    }
    let want = hash::hash(h, k, tk)?;
    Ok(table.iter().find(|e| e.hash == want && object_ops::eq(h, e.key, key_t, k, tk)).map(|e| e.value))
}

/// Types one descriptor reads the same whatever the value (a dict keyed by them can be probed
/// with a key word of the same kind).
fn is_scalar(k: Kind) -> bool {
    matches!(k, Kind::Int | Kind::Float | Kind::Bool | Kind::Str | Kind::None)
}

/// `x in a`.
pub fn contains<H: Heap>(h: &H, x: u64, tx: H::Ty, a: u64, ta: H::Ty) -> PyResult<bool> {
    let (a, ta) = value(h, a, ta);
    let (x, tx) = value(h, x, tx);
    match h.kind(ta) {
        Kind::List | Kind::Tuple => Ok(h.items(a).iter().enumerate().any(|(i, &w)| object_ops::eq(h, w, item_ty(h, ta, i), x, tx))),
        Kind::Str => match h.kind(tx) {
            Kind::Str => Ok(h.str(a).contains(h.str(x))),
            _ => Err(PyErr::type_error(format!("'in <string>' requires string as left operand, not {}", class_name(h, x, tx)))),
        },
        Kind::Bytes | Kind::ByteArray => {
            let hay = h.bytes(a);
            match (h.kind(tx), index(h, x, tx)) {
                (Kind::Bytes | Kind::ByteArray, _) => {
                    let needle = h.bytes(x);
                    Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle))
                }
                (_, Some(i)) => match u8::try_from(i?) {
                    Ok(b) => Ok(hay.contains(&b)),
                    Err(_) => Err(PyErr::value("byte must be in range(0, 256)")),
                },
                _ => Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", class_name(h, x, tx)))),
            }
        }
        Kind::Dict | Kind::DictKeys => Ok(dict_lookup(h, a, dict_type(h, ta), x, tx)?.is_some()),
        Kind::Set | Kind::FrozenSet => {
            let item_t = h.arg(ta, 0);
            let want = hash::hash(h, x, tx)?;
            Ok(h.set(a).iter().any(|s| s.hash == want && object_ops::eq(h, s.key, item_t, x, tx)))
        }
        Kind::DictValues => Ok(h.dict(a).iter().any(|e| object_ops::eq(h, e.value, h.arg(dict_type(h, ta), 1), x, tx))),
        _ => Err(PyErr::type_error(format!("argument of type '{}' is not iterable", class_name(h, a, ta)))),
    }
}

/// The dict type of a dict or of a view's dict.
fn dict_type<H: Heap>(h: &H, t: H::Ty) -> H::Ty {
    if h.kind(t) == Kind::Dict {
        t
    } else {
        h.arg(t, 0)
    }
}

/// The length an iteration over `a` starts with (for a dict or set, the size it must keep).
pub fn iter_len<H: Heap>(h: &H, a: u64, ta: H::Ty) -> PyResult<i64> {
    let (a, ta) = value(h, a, ta);
    match h.kind(ta) {
        Kind::Str | Kind::List | Kind::Tuple | Kind::Dict | Kind::DictKeys | Kind::DictValues | Kind::DictItems | Kind::Set | Kind::FrozenSet | Kind::Bytes | Kind::ByteArray => {
            object_ops::len(h, a, ta)
        }
        _ => Err(not_iterable(h, a, ta)),
    }
}

fn not_iterable<H: Heap>(h: &H, a: u64, ta: H::Ty) -> PyErr {
    PyErr::type_error(format!("'{}' object is not iterable", class_name(h, a, ta)))
}

/// The position of the first item of `a` at or after `pos`, or -1: list and tuple indexes, str
/// char indexes, dict entry and set slot positions (a dict or set whose size is no longer
/// `size` raises CPython's `RuntimeError`).
pub fn iter_next<H: Heap>(h: &H, a: u64, ta: H::Ty, pos: i64, size: i64) -> PyResult<i64> {
    let (a, ta) = value(h, a, ta);
    let pos = pos.max(0) as usize;
    let found = match h.kind(ta) {
        Kind::List | Kind::Tuple => (pos < h.items(a).len()).then_some(pos),
        Kind::Str => (pos < h.str(a).chars().count()).then_some(pos),
        Kind::Dict | Kind::DictKeys | Kind::DictValues | Kind::DictItems => {
            let table = h.dict(a);
            crate::dict_ops::check_iteration_size(table.len() as i64, size, false)?;
            table.next_live(pos)
        }
        Kind::Bytes | Kind::ByteArray => (pos < h.bytes(a).len()).then_some(pos),
        Kind::Set | Kind::FrozenSet => {
            let table = h.set(a);
            crate::dict_ops::check_iteration_size(table.len() as i64, size, true)?;
            table.next_active(pos)
        }
        _ => return Err(not_iterable(h, a, ta)),
    };
    Ok(found.map_or(-1, |p| p as i64))
}

/// The item at a position [`iter_next`] returned. A view of items yields `(key, value)` pairs,
/// which the ABI layer builds: `Pair` gives their words and types.
pub enum Item<T> {
    One(Made<T>),
    Pair((u64, T), (u64, T)),
}

pub fn iter_item<H: Heap>(h: &H, a: u64, ta: H::Ty, at: usize) -> Item<H::Ty> {
    let (a, ta) = value(h, a, ta);
    match h.kind(ta) {
        Kind::Str => Item::One(Made::Str(h.str(a).chars().nth(at).map(String::from).unwrap_or_default())),
        Kind::Set | Kind::FrozenSet => Item::One(Made::Same(h.set(a).at(at).map_or(0, |s| s.key), h.arg(ta, 0))),
        Kind::Bytes | Kind::ByteArray => Item::One(Made::Int(crate::int::Int::Small(i64::from(h.bytes(a).get(at).copied().unwrap_or(0))))),
        Kind::Dict | Kind::DictKeys | Kind::DictValues | Kind::DictItems => {
            let dt = dict_type(h, ta);
            let (k, v) = h.dict(a).at(at).map_or((0, 0), |e| (e.key, e.value));
            match h.kind(ta) {
                Kind::DictValues => Item::One(Made::Same(v, h.arg(dt, 1))),
                Kind::DictItems => Item::Pair((k, h.arg(dt, 0)), (v, h.arg(dt, 1))),
                _ => Item::One(Made::Same(k, h.arg(dt, 0))),
            }
        }
        _ => Item::One(Made::Same(h.items(a).get(at).copied().unwrap_or(0), item_ty(h, ta, at))),
    }
}

/// Item `i` of `a` unpacked into `n` targets: CPython's `ValueError` when `a` has another
/// number of items.
pub fn unpack<H: Heap>(h: &H, a: u64, ta: H::Ty, i: usize, n: usize) -> PyResult<Item<H::Ty>> {
    let len = iter_len(h, a, ta).map_err(|_| {
        let (w, t) = value(h, a, ta);
        PyErr::type_error(format!("cannot unpack non-iterable {} object", class_name(h, w, t)))
    })? as usize;
    if len < n {
        return Err(PyErr::value(format!("not enough values to unpack (expected {n}, got {len})")));
    }
    if len > n {
        return Err(PyErr::value(format!("too many values to unpack (expected {n})")));
    }
    // The i-th position: dicts and sets may have holes before it.
    let mut pos = 0;
    for _ in 0..i {
        pos = iter_next(h, a, ta, pos as i64, len as i64)? as usize + 1;
    }
    let at = iter_next(h, a, ta, pos as i64, len as i64)?;
    Ok(iter_item(h, a, ta, at.max(0) as usize))
}
