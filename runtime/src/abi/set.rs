//! `rt_set_*`: set objects over [`set_ops::SetTable`], CPython's set table.
//!
//! A set object shares the dict's prefix (`len` at +8, then the descriptor), so `len(s)` and the
//! `rt_dict_*` functions that ABI.md lists for sets too (`rt_dict_next`, `rt_dict_key_at`,
//! `rt_dict_keys`, `rt_dict_contains`, `rt_dict_clear`, `rt_dict_copy`) work on it; they check the
//! object's kind and come here. An iteration position is a slot index.
//!
//! When both arguments are the same object, the operation is CPython's special case for it
//! (`s |= s` does nothing, `s -= s` and `s ^= s` clear, `s &= s` and `s & s` copy), so a table is
//! never borrowed mutably and shared at once. A table is otherwise borrowed mutably only while its
//! own keys are hashed and compared, which never reads the set itself: a set is unhashable, and a
//! frozenset (which can be an element) is only changed while it is being made.
//!
//! A frozenset is a set object with a frozenset descriptor; results of the set algebra take the
//! left operand's descriptor, so `frozenset | set` is a frozenset, as in CPython.

use super::generic::RawHeap;
use super::layout::{List, Set, TypeDesc};
use super::{check, desc_arg, fail, fatal, list_items};
use crate::desc::Heap;
use crate::dict_ops;
use crate::errors::{ExcKind, PyErr, PyResult};
use crate::gc::note_alloc;
use crate::gc::object::{self, KEYS_REF};
use crate::set_ops::{self, SetTable};

/// The item type of a set object, with the heap to read items through, and its table.
///
/// # Safety
/// `s` must point to a live set object that nothing mutates while the table is borrowed.
unsafe fn keyed<'a>(s: *const Set) -> (RawHeap, &'static TypeDesc, &'a SetTable) {
    // SAFETY: per the caller; the object's descriptor is the constant it was created with, and
    // its items are words of that descriptor's item type.
    unsafe {
        let (h, t) = (RawHeap::new(), desc_arg((*s).desc));
        let item = h.arg(t, 0);
        (h, item, &(*s).table)
    }
}

/// The table of a set object.
///
/// # Safety
/// As for [`keyed`].
unsafe fn table<'a>(s: *const Set) -> &'a SetTable {
    // SAFETY: per the caller.
    unsafe { &(*s).table }
}

/// Runs `f` on the table of `s` with the heap and the item type, then stores the element count
/// in `len`, which generated code reads, and counts any growth towards the next collection.
///
/// # Safety
/// `s` must point to a live set object; `f` may read other objects through the heap, but not `s`.
unsafe fn with_table<R>(s: *mut Set, f: impl FnOnce(&mut SetTable, &RawHeap, &'static TypeDesc) -> R) -> R {
    // SAFETY: per the caller; the heap reads only items, never this object (see the module doc).
    unsafe {
        let (h, t) = (RawHeap::new(), desc_arg((*s).desc));
        let item = h.arg(t, 0);
        let table = &mut (*s).table;
        let before = table.heap_bytes();
        let r = f(table, &h, item);
        let (after, len) = (table.heap_bytes(), table.len());
        if after > before {
            note_alloc(after - before);
        }
        (*s).len = len as i64;
        r
    }
}

/// A new set of type `d` owning `table`, flagged when its items are references.
///
/// # Safety
/// `d` must be a set descriptor that lives for the program.
unsafe fn new_of_type(d: *const TypeDesc, table: SetTable) -> *mut Set {
    // SAFETY: per the caller.
    let (h, t) = unsafe { (RawHeap::new(), desc_arg(d)) };
    let flags = if h.kind(h.arg(t, 0)).is_ref() { KEYS_REF } else { 0 };
    object::new_set(d, flags, table)
}

/// A new set of the same type as `s` owning `table`.
///
/// # Safety
/// `s` must point to a live set object.
unsafe fn new_like(s: *const Set, table: SetTable) -> *mut Set {
    // SAFETY: per the caller.
    unsafe { object::new_set((*s).desc, (*s).header.flags, table) }
}

/// A new set of type `d` built by `build` from the items of the list `l`.
///
/// # Safety
/// `d` must be a set descriptor that lives for the program and `l` a live list of its items.
unsafe fn from_list(
    d: *const TypeDesc,
    l: *const List,
    build: fn(&RawHeap, &'static TypeDesc, &[u64]) -> PyResult<SetTable>,
) -> *mut Set {
    // SAFETY: per the caller.
    unsafe {
        let (h, t) = (RawHeap::new(), desc_arg(d));
        new_of_type(d, check(build(&h, h.arg(t, 0), list_items(l))))
    }
}

/// A new set of `a`'s type from the tables of `a` and `b`.
///
/// # Safety
/// `a` and `b` must point to live set objects of the same type.
unsafe fn combine(
    a: *const Set,
    b: *const Set,
    op: fn(&RawHeap, &'static TypeDesc, &SetTable, &SetTable) -> PyResult<SetTable>,
) -> *mut Set {
    // SAFETY: per the caller.
    unsafe {
        let (h, k, ta) = keyed(a);
        new_like(a, check(op(&h, k, ta, table(b))))
    }
}

/// Updates `s` in place from another set `other` with `op`.
///
/// # Safety
/// `s` and `other` must point to distinct live set objects of the same type.
unsafe fn update_from(
    s: *mut Set,
    other: *const Set,
    op: fn(&mut SetTable, &RawHeap, &'static TypeDesc, &SetTable) -> PyResult<()>,
) {
    // SAFETY: per the caller; `other`'s table is not `s`'s.
    check(unsafe { with_table(s, |t, h, k| op(t, h, k, table(other))) });
}

/// Whether the sets `a` and `b` are related by `op`.
///
/// # Safety
/// `a` and `b` must point to live set objects of the same type.
unsafe fn relation(a: *const Set, b: *const Set, op: fn(&RawHeap, &'static TypeDesc, &SetTable, &SetTable) -> bool) -> u8 {
    // SAFETY: per the caller.
    unsafe {
        let (h, k, ta) = keyed(a);
        u8::from(op(&h, k, ta, table(b)))
    }
}

/// `item in s`, for `rt_dict_contains` and `rt_set_contains`.
///
/// # Safety
/// `s` must point to a live set object and `item` be a word of its item type.
pub(super) unsafe fn contains(s: *const Set, item: u64) -> u8 {
    // SAFETY: per the caller.
    let (h, k, t) = unsafe { keyed(s) };
    u8::from(check(t.contains(&h, k, item)))
}

/// `s.clear()`, for `rt_dict_clear` and `rt_set_clear`.
///
/// # Safety
/// `s` must point to a live set object.
pub(super) unsafe fn clear(s: *mut Set) {
    // SAFETY: per the caller.
    unsafe { with_table(s, |t, _, _| t.clear()) }
}

/// `s.copy()`, for `rt_dict_copy` and `rt_set_copy`.
///
/// # Safety
/// `s` must point to a live set object.
pub(super) unsafe fn copy(s: *const Set) -> *mut Set {
    // SAFETY: per the caller.
    unsafe { new_like(s, check(table(s).copy())) }
}

/// One step of `for x in s`, for `rt_dict_next`: the first element's slot at or after `pos`, or
/// -1, after CPython's check that the size is still `size0`.
///
/// # Safety
/// `s` must point to a live set object.
pub(super) unsafe fn next(s: *const Set, pos: i64, size0: i64) -> i64 {
    // SAFETY: per the caller.
    let (len, t) = unsafe { ((*s).len, table(s)) };
    check(dict_ops::check_iteration_size(len, size0, true));
    t.next_active(usize::try_from(pos).unwrap_or(0)).map_or(-1, |i| i as i64)
}

/// The element in slot `pos`, which `rt_dict_next` returned, for `rt_dict_key_at`.
///
/// # Safety
/// `s` must point to a live set object.
pub(super) unsafe fn key_at(s: *const Set, pos: i64) -> u64 {
    // SAFETY: per the caller.
    let e = usize::try_from(pos).ok().and_then(|i| unsafe { table(s) }.at(i)).copied();
    e.unwrap_or_else(|| fatal(PyErr::new(ExcKind::RuntimeError, "mesapyc: no set element at this position")))
        .key
}

/// `list(s)`, for `rt_dict_keys`: the elements in slot order.
///
/// # Safety
/// `s` must point to a live set object.
pub(super) unsafe fn keys(s: *const Set) -> *mut List {
    // SAFETY: per the caller.
    let (t, is_ref) = unsafe { (table(s), (*s).header.flags & KEYS_REF != 0) };
    let mut items = check(crate::reserve::vec(t.len()));
    items.extend(t.iter().map(|e| e.key));
    object::new_list(items, is_ref)
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_new(d: *const TypeDesc) -> *mut Set {
    // SAFETY: a set descriptor per the ABI.
    unsafe { new_of_type(d, SetTable::new()) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_from_list(d: *const TypeDesc, items: *const List) -> *mut Set {
    // SAFETY: a set descriptor and a list of items per the ABI.
    unsafe { from_list(d, items, SetTable::from_items) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_from_constants(d: *const TypeDesc, items: *const List) -> *mut Set {
    // SAFETY: a set descriptor and a list of items per the ABI.
    unsafe { from_list(d, items, SetTable::from_constants) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_add(s: *mut Set, item: u64) {
    // SAFETY: a set object and an item word per the ABI.
    check(unsafe { with_table(s, |t, h, k| t.add(h, k, item)) });
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_contains(s: *const Set, item: u64) -> u8 {
    // SAFETY: a set object and an item word per the ABI.
    unsafe { contains(s, item) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_remove(s: *mut Set, item: u64) {
    // SAFETY: a set object and an item word per the ABI.
    check(unsafe { with_table(s, |t, h, k| t.remove(h, k, item)) });
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_discard(s: *mut Set, item: u64) {
    // SAFETY: a set object and an item word per the ABI.
    check(unsafe { with_table(s, |t, h, k| t.discard(h, k, item)) });
}

/// `s.pop()`: CPython's choice, the first element at or after the slot after the last pop.
#[no_mangle]
pub unsafe extern "C" fn rt_set_pop(s: *mut Set) -> u64 {
    // SAFETY: a set object per the ABI.
    match unsafe { with_table(s, |t, _, _| t.pop()) } {
        Some(item) => item,
        None => fail(PyErr::new(ExcKind::KeyError, "'pop from an empty set'")),
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_clear(s: *mut Set) {
    // SAFETY: a set object per the ABI.
    unsafe { clear(s) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_copy(s: *const Set) -> *mut Set {
    // SAFETY: a set object per the ABI.
    unsafe { copy(s) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_update(s: *mut Set, other: *const Set) {
    if std::ptr::eq(s, other) {
        return;
    }
    // SAFETY: two distinct set objects of the same type per the ABI.
    unsafe { update_from(s, other, SetTable::update) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_intersection_update(s: *mut Set, other: *const Set) {
    // SAFETY: two set objects of the same type per the ABI; the result is computed before `s`
    // is borrowed mutably.
    unsafe {
        let (h, k, mine) = keyed(s);
        let kept = check(set_ops::intersection(&h, k, mine, table(other)));
        with_table(s, |t, _, _| t.replace_contents(kept));
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_difference_update(s: *mut Set, other: *const Set) {
    // SAFETY: a set object, and another of the same type per the ABI when it is not `s`.
    unsafe {
        if std::ptr::eq(s, other) {
            clear(s);
        } else {
            update_from(s, other, SetTable::difference_update);
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_symmetric_difference_update(s: *mut Set, other: *const Set) {
    // SAFETY: a set object, and another of the same type per the ABI when it is not `s`.
    unsafe {
        if std::ptr::eq(s, other) {
            clear(s);
        } else {
            update_from(s, other, SetTable::symmetric_difference_update);
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_union(a: *const Set, b: *const Set) -> *mut Set {
    // SAFETY: two set objects of the same type per the ABI.
    unsafe { combine(a, b, set_ops::union) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_intersection(a: *const Set, b: *const Set) -> *mut Set {
    // SAFETY: two set objects of the same type per the ABI.
    unsafe { combine(a, b, set_ops::intersection) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_difference(a: *const Set, b: *const Set) -> *mut Set {
    // SAFETY: two set objects of the same type per the ABI.
    unsafe { combine(a, b, set_ops::difference) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_symmetric_difference(a: *const Set, b: *const Set) -> *mut Set {
    // SAFETY: two set objects of the same type per the ABI.
    unsafe { combine(a, b, set_ops::symmetric_difference) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_issubset(a: *const Set, b: *const Set) -> u8 {
    // SAFETY: two set objects of the same type per the ABI.
    unsafe { relation(a, b, set_ops::is_subset) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_issuperset(a: *const Set, b: *const Set) -> u8 {
    // SAFETY: two set objects of the same type per the ABI.
    unsafe { relation(b, a, set_ops::is_subset) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_set_isdisjoint(a: *const Set, b: *const Set) -> u8 {
    // SAFETY: two set objects of the same type per the ABI.
    unsafe { relation(a, b, set_ops::is_disjoint) }
}
