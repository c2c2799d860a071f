//! `rt_tuple_*`: making tuples, and the operations on tuples whose length is known only at run
//! time (`tuple[T, ...]`). Every field of such a tuple has the item type, so `is_ref` (whether
//! the items are references) makes the new tuple's `ref_mask` all ones or zero.

use super::generic::RawHeap;
use super::layout::{List, Tuple, TypeDesc};
use super::{check, desc_arg, index_sized, list::is_ref as list_is_ref, list_items, opt_arg, tuple_items};
use crate::gc::object;
use crate::int;
use crate::list_ops;

/// A new tuple holding `items`, whose words are all references when `is_ref`.
fn tuple_of(items: &[u64], is_ref: bool) -> *mut Tuple {
    let n = u32::try_from(items.len()).unwrap_or_else(|_| super::fatal(crate::errors::PyErr::memory()));
    let t = object::new_tuple(n, if is_ref { u64::MAX } else { 0 });
    // SAFETY: the new tuple has exactly `items.len()` zeroed fields; nothing else sees it yet.
    unsafe { std::ptr::copy_nonoverlapping(items.as_ptr(), (&raw mut (*t).items).cast::<u64>(), items.len()) };
    t
}

#[no_mangle]
pub extern "C" fn rt_tuple_new(n: u64, ref_mask: u64) -> *mut Tuple {
    let n = u32::try_from(n).unwrap_or_else(|_| super::fatal(crate::errors::PyErr::memory()));
    object::new_tuple(n, ref_mask)
}

/// `tuple(xs)` of a list.
#[no_mangle]
pub unsafe extern "C" fn rt_tuple_from_list(l: *const List) -> *mut Tuple {
    // SAFETY: a list object per the ABI.
    let (xs, r) = unsafe { (list_items(l), list_is_ref(l)) };
    tuple_of(xs, r)
}

/// `list(t)` of a tuple whose items are references when `is_ref`.
#[no_mangle]
pub unsafe extern "C" fn rt_list_from_tuple(t: *const Tuple, is_ref: u8) -> *mut List {
    // SAFETY: a tuple object per the ABI.
    let xs = unsafe { tuple_items(t) };
    object::new_list(xs.to_vec(), is_ref != 0)
}

#[no_mangle]
pub unsafe extern "C" fn rt_tuple_concat(a: *const Tuple, b: *const Tuple, is_ref: u8) -> *mut Tuple {
    // SAFETY: tuple objects per the ABI.
    let (xs, ys) = unsafe { (tuple_items(a), tuple_items(b)) };
    tuple_of(&[xs, ys].concat(), is_ref != 0)
}

#[no_mangle]
pub unsafe extern "C" fn rt_tuple_repeat(t: *const Tuple, n: i64, is_ref: u8) -> *mut Tuple {
    // SAFETY: a tuple object and an int word per the ABI.
    let (xs, n) = unsafe { (tuple_items(t), index_sized(n)) };
    tuple_of(&check(list_ops::repeat(xs, n)), is_ref != 0)
}

#[no_mangle]
pub unsafe extern "C" fn rt_tuple_slice(t: *const Tuple, start: i64, stop: i64, step: i64, is_ref: u8) -> *mut Tuple {
    // SAFETY: a tuple object and optional int words per the ABI.
    let (xs, a, b, c) = unsafe { (tuple_items(t), opt_arg(start), opt_arg(stop), opt_arg(step)) };
    tuple_of(&check(list_ops::slice(xs, a, b, c)), is_ref != 0)
}

/// The position of the first item equal to `w` (of the items' type `d`), or -1: `w in t` and
/// `t.index(w)`, whose `ValueError` generated code raises.
#[no_mangle]
pub unsafe extern "C" fn rt_tuple_find(t: *const Tuple, w: u64, d: *const TypeDesc) -> i64 {
    // SAFETY: a tuple, an item word and the item type per the ABI.
    let (h, ty, xs) = unsafe { (RawHeap::new(), desc_arg(d), tuple_items(t)) };
    list_ops::position(&h, xs, w, ty).map_or(-1, |i| i as i64)
}

#[no_mangle]
pub unsafe extern "C" fn rt_tuple_count(t: *const Tuple, w: u64, d: *const TypeDesc) -> i64 {
    // SAFETY: a tuple, an item word and the item type per the ABI.
    let (h, ty, xs) = unsafe { (RawHeap::new(), desc_arg(d), tuple_items(t)) };
    int::tag(list_ops::count(&h, xs, w, ty) as i64) as i64
}
