//! `rt_list_*`.

use std::mem::ManuallyDrop;

use super::generic::RawHeap;
use super::layout::{List, TypeDesc};
use super::{check, desc_arg, index_sized, int_clamped, int_word, list_items, opt_arg};
use crate::gc::{note_alloc, object};
use crate::int;
use crate::list_ops;

/// Runs `f` on the list's items as a `Vec`, then stores the (possibly reallocated) buffer back.
///
/// # Safety
/// `l` must point to a live list object; `f` must not touch the same list through a pointer.
unsafe fn with_items<R>(l: *mut List, f: impl FnOnce(&mut Vec<u64>) -> R) -> R {
    // SAFETY: per the caller; the buffer came from a `Vec<u64>` with this length and capacity
    // (`object::new_list`), and ownership returns to the list below before anyone else sees it.
    unsafe {
        let old_cap = (*l).cap as usize;
        let mut v = Vec::from_raw_parts((*l).items, (*l).len as usize, old_cap);
        let r = f(&mut v);
        let mut v = ManuallyDrop::new(v);
        (*l).items = v.as_mut_ptr();
        (*l).len = v.len() as i64;
        (*l).cap = v.capacity() as i64;
        if v.capacity() > old_cap {
            note_alloc((v.capacity() - old_cap) * 8);
        }
        r
    }
}

/// Whether the list's items are references.
///
/// # Safety
/// `l` must point to a live list object.
pub(super) unsafe fn is_ref(l: *const List) -> bool {
    // SAFETY: per the caller.
    unsafe { (*l).header.flags == 1 }
}

#[no_mangle]
pub extern "C" fn rt_list_new(len: u64, is_ref: u8) -> *mut List {
    object::new_list(vec![0; len as usize], is_ref != 0)
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_append(l: *mut List, w: u64) {
    // SAFETY: a list object per the ABI.
    unsafe { with_items(l, |v| v.push(w)) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_pop(l: *mut List, index: i64) -> u64 {
    // SAFETY: a list object and an optional int word per the ABI.
    let index = unsafe { opt_arg(index) };
    // SAFETY: as above.
    check(unsafe { with_items(l, |v| list_ops::pop(v, index)) })
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_insert(l: *mut List, i: i64, w: u64) {
    // SAFETY: a list object and an int word per the ABI.
    let i = unsafe { int_clamped(i) };
    // SAFETY: as above.
    unsafe { with_items(l, |v| list_ops::insert(v, i, w)) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_extend(l: *mut List, other: *const List) {
    // Copy first: `xs.extend(xs)` passes the same list twice.
    // SAFETY: list objects per the ABI.
    let items = unsafe { list_items(other) }.to_vec();
    // SAFETY: as above.
    unsafe { with_items(l, |v| v.extend_from_slice(&items)) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_remove(l: *mut List, w: u64, d: *const TypeDesc) {
    // SAFETY: a list, an item word and the item type per the ABI.
    let (h, t) = unsafe { (RawHeap::new(), desc_arg(d)) };
    // SAFETY: as above; the closure reads other objects through `h`, never this list.
    check(unsafe { with_items(l, |v| list_ops::remove(&h, v, w, t)) })
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_index(l: *const List, w: u64, d: *const TypeDesc) -> i64 {
    // SAFETY: a list, an item word and the item type per the ABI.
    let (h, t, xs) = unsafe { (RawHeap::new(), desc_arg(d), list_items(l)) };
    int::tag(check(list_ops::index(&h, xs, w, t)) as i64) as i64
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_count(l: *const List, w: u64, d: *const TypeDesc) -> i64 {
    // SAFETY: a list, an item word and the item type per the ABI.
    let (h, t, xs) = unsafe { (RawHeap::new(), desc_arg(d), list_items(l)) };
    int::tag(list_ops::count(&h, xs, w, t) as i64) as i64
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_contains(l: *const List, w: u64, d: *const TypeDesc) -> u8 {
    // SAFETY: a list, an item word and the item type per the ABI.
    let (h, t, xs) = unsafe { (RawHeap::new(), desc_arg(d), list_items(l)) };
    u8::from(list_ops::contains(&h, xs, w, t))
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_sort(l: *mut List, d: *const TypeDesc, reverse: u8) {
    // SAFETY: a list and its item type per the ABI.
    let (h, t) = unsafe { (RawHeap::new(), desc_arg(d)) };
    // SAFETY: as above; comparisons read the items' objects, not the list.
    check(unsafe { with_items(l, |v| list_ops::sort(&h, v, t, reverse != 0)) })
}

/// `l.sort(key=..., reverse=...)` with the keys computed by generated code (`keys` a list of
/// the same length, `d` the key type's descriptor).
#[no_mangle]
pub unsafe extern "C" fn rt_list_sort_keyed(l: *mut List, keys: *const List, d: *const TypeDesc, reverse: u8) {
    // SAFETY: lists and the keys' type per the ABI; the key list is another object than `l`
    // (generated code builds it), and comparisons read the keys' objects, not the lists.
    let (h, t, keys) = unsafe { (RawHeap::new(), desc_arg(d), list_items(keys).to_vec()) };
    // SAFETY: as above.
    check(unsafe { with_items(l, |v| list_ops::sort_keyed(&h, v, &keys, t, reverse != 0)) })
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_reverse(l: *mut List) {
    // SAFETY: a list object per the ABI.
    unsafe { with_items(l, |v| v.reverse()) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_concat(a: *const List, b: *const List) -> *mut List {
    // SAFETY: list objects per the ABI.
    let (xs, ys, r) = unsafe { (list_items(a), list_items(b), is_ref(a)) };
    object::new_list([xs, ys].concat(), r)
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_repeat(l: *const List, n: i64) -> *mut List {
    // SAFETY: a list object and an int word per the ABI.
    let (xs, n, r) = unsafe { (list_items(l), index_sized(n), is_ref(l)) };
    object::new_list(check(list_ops::repeat(xs, n)), r)
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_slice(l: *const List, start: i64, stop: i64, step: i64) -> *mut List {
    // SAFETY: a list object and optional int words per the ABI.
    let (xs, a, b, c, r) = unsafe { (list_items(l), opt_arg(start), opt_arg(stop), opt_arg(step), is_ref(l)) };
    object::new_list(check(list_ops::slice(xs, a, b, c)), r)
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_set_slice(l: *mut List, start: i64, stop: i64, step: i64, v: *const List) {
    // SAFETY: two list objects and optional int words per the ABI. The values are copied out
    // first, so `v` may be `l` itself (`xs[:] = xs`).
    let (values, a, b, c) = unsafe { (list_items(v).to_vec(), opt_arg(start), opt_arg(stop), opt_arg(step)) };
    // SAFETY: `l` is a live list and the closure only touches the buffer it is given.
    check(unsafe { with_items(l, |xs| list_ops::assign_slice(xs, a, b, c, values)) })
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_del_slice(l: *mut List, start: i64, stop: i64, step: i64) {
    // SAFETY: optional int words per the ABI.
    let (a, b, c) = unsafe { (opt_arg(start), opt_arg(stop), opt_arg(step)) };
    // SAFETY: `l` is a live list and the closure only touches the buffer it is given.
    check(unsafe { with_items(l, |xs| list_ops::delete_slice(xs, a, b, c)) })
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_sum_int(l: *const List) -> i64 {
    // SAFETY: a list of int words per the ABI.
    let (h, xs) = unsafe { (RawHeap::new(), list_items(l)) };
    int_word(list_ops::sum_int(&h, xs))
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_sum_float(l: *const List) -> f64 {
    // SAFETY: a list object per the ABI.
    list_ops::sum_float(unsafe { list_items(l) })
}

/// The index of the first smallest (`is_max`: largest) item, for `min`/`max` of a list of
/// items or of their keys; for an empty list -1 when the call has a `default`, else CPython's
/// `ValueError`.
#[no_mangle]
pub unsafe extern "C" fn rt_list_best(l: *const List, d: *const TypeDesc, is_max: u8, has_default: u8) -> i64 {
    // SAFETY: a list and its item type per the ABI.
    let (h, t, xs) = unsafe { (RawHeap::new(), desc_arg(d), list_items(l)) };
    match check(list_ops::best_index(&h, xs, t, is_max != 0)) {
        Some(i) => i as i64,
        None if has_default != 0 => -1,
        None => super::fail(crate::errors::PyErr::value(format!("{}() arg is an empty sequence", if is_max != 0 { "max" } else { "min" }))),
    }
}

/// Checks the length of a sequence being unpacked into `expected` targets.
#[no_mangle]
pub extern "C" fn rt_check_unpack(len: u64, expected: u64) {
    if len > expected {
        return super::raise(crate::errors::PyErr::value(format!("too many values to unpack (expected {expected})")));
    }
    if len < expected {
        super::raise(crate::errors::PyErr::value(format!("not enough values to unpack (expected {expected}, got {len})")));
    }
}

/// Checks that a sequence unpacked into a starred target (`a, *b, c = xs`) has at least
/// `min` items, the targets besides the starred one.
#[no_mangle]
pub extern "C" fn rt_check_unpack_starred(len: u64, min: u64) {
    if len < min {
        super::raise(crate::errors::PyErr::value(format!("not enough values to unpack (expected at least {min}, got {len})")));
    }
}

