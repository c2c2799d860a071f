//! The C ABI that generated code calls: every `rt_*` symbol of `runtime/ABI.md`.
//!
//! Functions here are thin: they turn raw pointers and tagged words into Rust references and
//! values, call the safe module that does the work, and turn the result back into a word or an
//! object, or an `Err` into the raise path. Every pointer argument must follow ABI.md (a live
//! object of the stated kind, a valid descriptor); that is the safety contract of every
//! `unsafe extern "C"` function in this module and is not repeated on each.

#![deny(unsafe_op_in_unsafe_fn)]
#![allow(clippy::missing_safety_doc)]

mod attrs;
mod bytes;
mod call;
mod dict;
mod entry;
mod exc;
mod files;
mod generic;
mod int;
pub mod layout;
mod list;
pub(crate) mod object;
mod set;
mod str;
mod tuple;

pub use entry::{argv, rt_frame_top, rt_stop_iteration};
pub use exc::{fatal, raise, rt_exc_pending};

use crate::errors::{PyErr, PyResult};
use crate::gc::object::{new_big, BigObj, Str};
use crate::int::{Int, IntRef};
use layout::{List, Tuple, TypeDesc};

/// What an ABI function returns after it raised: generated code sees `rt_exc_pending` set and
/// never reads the value, so it only has to be harmless for the rest of the function's body.
trait Fallback {
    fn fallback() -> Self;
}

macro_rules! fallback_default {
    ($($t:ty),*) => {
        $(impl Fallback for $t {
            fn fallback() -> Self {
                Default::default()
            }
        })*
    };
}
fallback_default!((), u8, u32, i32, u64, i64, usize, f64, bool, char, String, crate::dict_ops::Entry, [&str; 3]);

impl Fallback for &str {
    fn fallback() -> Self {
        ""
    }
}

impl Fallback for &crate::dict_ops::Entry {
    fn fallback() -> Self {
        static NONE: crate::dict_ops::Entry = crate::dict_ops::Entry { hash: 0, key: 0, value: 0 };
        &NONE
    }
}

impl Fallback for Int {
    fn fallback() -> Self {
        Int::Small(0)
    }
}

impl Fallback for crate::dict_ops::Table {
    fn fallback() -> Self {
        crate::dict_ops::Table::new()
    }
}

impl Fallback for crate::set_ops::SetTable {
    fn fallback() -> Self {
        crate::set_ops::SetTable::new()
    }
}

impl<T> Fallback for crate::object_ops::Made<T> {
    fn fallback() -> Self {
        crate::object_ops::Made::Bool(false)
    }
}

impl<T> Fallback for crate::object_items::Item<T> {
    fn fallback() -> Self {
        crate::object_items::Item::One(crate::object_ops::Made::Bool(false))
    }
}

impl<T> Fallback for Vec<T> {
    fn fallback() -> Self {
        Vec::new()
    }
}

impl<T> Fallback for Option<T> {
    fn fallback() -> Self {
        None
    }
}

impl<T> Fallback for *mut T {
    fn fallback() -> Self {
        std::ptr::null_mut()
    }
}

impl<T> Fallback for *const T {
    fn fallback() -> Self {
        std::ptr::null()
    }
}

/// Raises `err` and returns the fallback value.
fn fail<T: Fallback>(err: PyErr) -> T {
    raise(err);
    T::fallback()
}

/// The value of a result, or the fallback after raising its error.
fn check<T: Fallback>(r: PyResult<T>) -> T {
    r.unwrap_or_else(fail)
}

/// A tagged-int argument as an operand.
///
/// # Safety
/// A word without the tag bit must point to a live big-int object.
unsafe fn int_arg<'a>(w: i64) -> IntRef<'a> {
    if crate::int::is_small(w as u64) {
        IntRef::Small(crate::int::untag(w as u64))
    } else {
        // SAFETY: per the caller, an untagged int word is a BigObj pointer.
        IntRef::Big(unsafe { &(*(w as *const BigObj)).value })
    }
}

/// An int result as a tagged word, boxing values that do not fit.
fn int_word(i: Int) -> i64 {
    match i {
        Int::Small(v) => crate::int::tag(v) as i64,
        Int::Big(b) => new_big(b) as i64,
    }
}

/// An int argument as an `i64`, saturating for big ints (for counts, widths and bounds, where any
/// huge value behaves like the extreme).
///
/// # Safety
/// As for [`int_arg`].
/// A repeat count, which CPython converts to an index-sized integer (OverflowError beyond it).
///
/// # Safety
/// `w` must be an int word.
unsafe fn index_sized(w: i64) -> i64 {
    // SAFETY: per the caller.
    match unsafe { int_arg(w) } {
        IntRef::Small(v) => v,
        IntRef::Big(_) => fail(PyErr::overflow("cannot fit 'int' into an index-sized integer")),
    }
}

unsafe fn int_clamped(w: i64) -> i64 {
    // SAFETY: per the caller.
    match unsafe { int_arg(w) } {
        IntRef::Small(v) => v,
        IntRef::Big(b) => {
            if num_traits::Signed::is_negative(b) {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    }
}

/// An `O` argument: 0 for `None`, else a tagged int (saturating).
///
/// # Safety
/// As for [`int_arg`].
unsafe fn opt_arg(w: i64) -> Option<i64> {
    // SAFETY: per the caller.
    (w != 0).then(|| unsafe { int_clamped(w) })
}

/// An index argument (`s[i]`): big ints cannot index anything.
///
/// # Safety
/// As for [`int_arg`].
unsafe fn index_arg(w: i64) -> i64 {
    // SAFETY: per the caller.
    match unsafe { int_arg(w) } {
        IntRef::Small(v) => v,
        IntRef::Big(_) => fail(PyErr::index("cannot fit 'int' into an index-sized integer")),
    }
}

/// The text of a str object, whether it is ASCII, and its length in code points.
///
/// # Safety
/// `p` must point to a live str object.
unsafe fn str_parts<'a>(p: *const Str) -> (&'a str, bool, usize) {
    // SAFETY: a str object's text is `byte_len` bytes of valid UTF-8, inline or in its buffer:
    // every constructor (`new_str`, `str_append`) copies them from `&str`s.
    unsafe {
        let bytes = std::slice::from_raw_parts(crate::gc::object::str_bytes(p), (*p).byte_len as usize);
        (std::str::from_utf8_unchecked(bytes), (*p).header.flags == 1, (*p).char_len as usize)
    }
}

/// The text of a str object.
///
/// # Safety
/// `p` must point to a live str object.
unsafe fn str_ref<'a>(p: *const Str) -> &'a str {
    // SAFETY: per the caller.
    unsafe { str_parts(p).0 }
}

/// The text of an optional str argument (null for `None`).
///
/// # Safety
/// `p` must be null or point to a live str object.
unsafe fn opt_str<'a>(p: *const Str) -> Option<&'a str> {
    // SAFETY: per the caller.
    (!p.is_null()).then(|| unsafe { str_ref(p) })
}

/// The items of a list object.
///
/// # Safety
/// `l` must point to a live list object.
unsafe fn list_items<'a>(l: *const List) -> &'a [u64] {
    // SAFETY: a list's buffer holds `len` initialised words; for an empty list the pointer is a
    // non-null dangling one, which `from_raw_parts` accepts for length 0.
    unsafe { std::slice::from_raw_parts((*l).items, (*l).len as usize) }
}

/// The fields of a tuple object.
///
/// # Safety
/// `t` must point to a live tuple object.
unsafe fn tuple_items<'a>(t: *const Tuple) -> &'a [u64] {
    // SAFETY: a tuple has `header.aux` fields inline after `ref_mask`.
    unsafe { std::slice::from_raw_parts((&raw const (*t).items).cast::<u64>(), (*t).header.aux as usize) }
}

/// A type descriptor argument.
///
/// # Safety
/// `d` must be null or point to a descriptor that lives for the program (a constant).
unsafe fn desc_arg(d: *const TypeDesc) -> &'static TypeDesc {
    if d.is_null() {
        fatal(PyErr::new(crate::errors::ExcKind::RuntimeError, "mesapyc: null type descriptor"));
    }
    // SAFETY: per the caller.
    unsafe { &*d }
}

#[cfg(test)]
mod tests;
