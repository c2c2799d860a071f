//! `rt_dict_*`: dict objects over [`dict_ops::Table`].
//!
//! Iteration, `len` (at +8), `in`, `clear`, `copy` and the list of keys go through the same
//! functions for dicts and sets: those check the object's kind and hand a set (`KIND_SET`) to
//! [`super::set`]. No function takes a descriptor besides the constructors: the key type comes
//! from the descriptor stored in the object.
//!
//! A table is only ever borrowed mutably while its own keys are hashed and compared. That never
//! reads the same object again: dicts are unhashable, so they are never keys.

use super::generic::RawHeap;
use super::layout::{Dict, List, Set, Tuple, TypeDesc};
use super::{check, desc_arg, fail, fatal, list_items, set};
use crate::desc::Heap;
use crate::dict_ops::{self, Entry, Table};
use crate::errors::{ExcKind, PyErr, PyResult};
use crate::gc::note_alloc;
use crate::gc::object::{self, KEYS_REF, KIND_SET, VALUES_REF};

/// The key type of a dict object, with the heap to read keys through, and its table.
///
/// # Safety
/// `d` must point to a live dict object that nothing mutates while the table is borrowed.
unsafe fn keyed<'a>(d: *const Dict) -> (RawHeap, &'static TypeDesc, &'a Table) {
    // SAFETY: per the caller; the object's descriptor is the constant it was created with, and
    // its keys are words of that descriptor's key type.
    unsafe {
        let (h, t) = (RawHeap::new(), desc_arg((*d).desc));
        let key = h.arg(t, 0);
        (h, key, &(*d).table)
    }
}

/// The table of a dict object.
///
/// # Safety
/// As for [`keyed`].
unsafe fn table<'a>(d: *const Dict) -> &'a Table {
    // SAFETY: per the caller.
    unsafe { &(*d).table }
}

/// Runs `f` on the table of `d` with the heap and the key type, then stores the live count in
/// `len`, which generated code reads, and counts any growth towards the next collection.
///
/// # Safety
/// `d` must point to a live dict object; `f` may read other objects through the heap.
unsafe fn with_table<R>(d: *mut Dict, f: impl FnOnce(&mut Table, &RawHeap, &'static TypeDesc) -> R) -> R {
    // SAFETY: per the caller; the heap reads only keys, never this object (see the module doc).
    unsafe {
        let (h, t) = (RawHeap::new(), desc_arg((*d).desc));
        let key = h.arg(t, 0);
        let table = &mut (*d).table;
        let before = table.heap_bytes();
        let r = f(table, &h, key);
        let (after, len) = (table.heap_bytes(), table.len());
        if after > before {
            note_alloc(after - before);
        }
        (*d).len = len as i64;
        r
    }
}

/// A new dict of type `d` owning `table`, flagged with which of its words the collector traces.
///
/// # Safety
/// `d` must be a dict descriptor that lives for the program.
unsafe fn new_of_type(d: *const TypeDesc, table: Table) -> *mut Dict {
    // SAFETY: per the caller.
    let (h, t) = unsafe { (RawHeap::new(), desc_arg(d)) };
    let mut flags = 0;
    if h.kind(h.arg(t, 0)).is_ref() {
        flags |= KEYS_REF;
    }
    if h.kind(h.arg(t, 1)).is_ref() {
        flags |= VALUES_REF;
    }
    object::new_dict(d, flags, table)
}

/// The set object `d` is, when it is one (the `rt_dict_*` functions that also take sets).
///
/// # Safety
/// `d` must point to a live dict or set object.
unsafe fn as_set(d: *const Dict) -> Option<*mut Set> {
    // SAFETY: per the caller; both layouts start with the header.
    (unsafe { (*d).header.kind } == KIND_SET).then(|| d.cast_mut().cast::<Set>())
}

/// A fresh `(key, value)` tuple. Its ref-mask is the dict's flags: their bits are the fields'.
///
/// # Safety
/// `d` must point to a live dict object.
unsafe fn pair(d: *const Dict, e: &Entry) -> *mut Tuple {
    // SAFETY: per the caller; the new tuple has two fields.
    unsafe {
        let t = object::new_tuple(2, u64::from((*d).header.flags & (KEYS_REF | VALUES_REF)));
        let fields = (&raw mut (*t).items).cast::<u64>();
        *fields = e.key;
        *fields.add(1) = e.value;
        t
    }
}

/// The live entry at position `idx`, which `rt_dict_next` just returned.
///
/// # Safety
/// `d` must point to a live dict object.
unsafe fn entry_at(d: *const Dict, idx: i64) -> Entry {
    // SAFETY: per the caller.
    let table = unsafe { table(d) };
    let e = usize::try_from(idx).ok().and_then(|i| table.at(i)).copied();
    e.unwrap_or_else(|| fatal(PyErr::new(ExcKind::RuntimeError, "mesapyc: no dict entry at this position")))
}

/// The live entries, copied, so that the object may be updated from them afterwards
/// (`d.update(d)` passes the same object twice).
///
/// # Safety
/// `d` must point to a live dict object.
pub(super) unsafe fn snapshot(d: *const Dict) -> Vec<Entry> {
    // SAFETY: per the caller.
    check(collect(unsafe { table(d) }, |e| *e))
}

/// One item per live entry, in order, in fallibly reserved storage.
fn collect<T>(table: &Table, item: impl FnMut(&Entry) -> T) -> PyResult<Vec<T>> {
    let mut out = crate::reserve::vec(table.len())?;
    out.extend(table.iter().map(item));
    Ok(out)
}

/// A new list of one word per live entry, flagged `is_ref` when the words are references.
///
/// # Safety
/// `d` must point to a live dict object.
unsafe fn list_of(d: *const Dict, is_ref: bool, item: impl FnMut(&Entry) -> u64) -> *mut List {
    // SAFETY: per the caller.
    object::new_list(check(collect(unsafe { table(d) }, item)), is_ref)
}

/// A new dict of type `d` with the items of `l` as keys, each with `value`.
///
/// # Safety
/// `d` must be a dict descriptor that lives for the program and `l` a live list of keys.
unsafe fn from_list(d: *const TypeDesc, l: *const List, value: u64) -> *mut Dict {
    // SAFETY: per the caller.
    unsafe {
        let keys = list_items(l);
        let x = new_of_type(d, check(Table::with_capacity(keys.len())));
        check(with_table(x, |t, h, k| keys.iter().try_for_each(|&key| t.insert(h, k, key, value))));
        x
    }
}

/// A new dict of type `d` holding `pairs` of key and value words, inserted in order.
///
/// # Safety
/// `d` must be a dict descriptor that lives for the program, and the words of its types.
pub(super) unsafe fn from_pairs(d: *const TypeDesc, pairs: &[(u64, u64)]) -> *mut Dict {
    // SAFETY: per the caller.
    unsafe {
        let x = new_of_type(d, check(Table::with_capacity(pairs.len())));
        check(with_table(x, |t, h, k| pairs.iter().try_for_each(|&(key, value)| t.insert(h, k, key, value))));
        x
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_new(d: *const TypeDesc) -> *mut Dict {
    // SAFETY: a dict descriptor per the ABI.
    unsafe { new_of_type(d, Table::new()) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_setitem(d: *mut Dict, key: u64, value: u64) {
    // SAFETY: a dict object and words of its types per the ABI.
    check(unsafe { with_table(d, |t, h, k| t.insert(h, k, key, value)) });
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_getitem(d: *const Dict, key: u64) -> u64 {
    // SAFETY: a dict object and a key word per the ABI.
    let (h, k, t) = unsafe { keyed(d) };
    check(t.get_existing(&h, k, key)).value
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_get(d: *const Dict, key: u64, default: u64) -> u64 {
    // SAFETY: a dict object and words of its types per the ABI.
    let (h, k, t) = unsafe { keyed(d) };
    check(t.get(&h, k, key)).map_or(default, |e| e.value)
}

/// `d.get(key)` boxed: the value with the dict's value type, or `None`.
#[no_mangle]
pub unsafe extern "C" fn rt_dict_get_boxed(d: *const Dict, key: u64) -> *mut crate::abi::layout::Tuple {
    // SAFETY: a dict object and a key word of its key type per the ABI.
    let (h, k, t) = unsafe { keyed(d) };
    // SAFETY: as above; the descriptor is the dict's constant.
    let value_ty = unsafe { h.arg(desc_arg((*d).desc), 1) };
    match check(t.get(&h, k, key)) {
        Some(e) => super::object::new_box(e.value, value_ty),
        None => super::object::new_box(0, &super::object::NONE_DESC),
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_contains(d: *const Dict, key: u64) -> u8 {
    // SAFETY: a dict or set object and a key word per the ABI.
    if let Some(s) = unsafe { as_set(d) } {
        // SAFETY: as above.
        return unsafe { set::contains(s, key) };
    }
    // SAFETY: as above.
    let (h, k, t) = unsafe { keyed(d) };
    u8::from(check(t.get(&h, k, key)).is_some())
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_delitem(d: *mut Dict, key: u64) {
    // SAFETY: a dict object and a key word per the ABI.
    check(unsafe { with_table(d, |t, h, k| t.remove_existing(h, k, key)) });
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_pop(d: *mut Dict, key: u64) -> u64 {
    // SAFETY: a dict object and a key word per the ABI.
    check(unsafe { with_table(d, |t, h, k| t.remove_existing(h, k, key)) }).value
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_pop_default(d: *mut Dict, key: u64, default: u64) -> u64 {
    // SAFETY: a dict object and words of its types per the ABI.
    check(unsafe { with_table(d, |t, h, k| t.remove(h, k, key)) }).map_or(default, |e| e.value)
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_popitem(d: *mut Dict) -> *mut Tuple {
    // SAFETY: a dict object per the ABI.
    match unsafe { with_table(d, |t, _, _| t.pop_last()) } {
        // SAFETY: as above.
        Some(e) => unsafe { pair(d, &e) },
        None => fail(PyErr::new(ExcKind::KeyError, "'popitem(): dictionary is empty'")),
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_setdefault(d: *mut Dict, key: u64, default: u64) -> u64 {
    // SAFETY: a dict object and words of its types per the ABI.
    check(unsafe { with_table(d, |t, h, k| t.setdefault(h, k, key, default)) })
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_update(d: *mut Dict, other: *const Dict) {
    // SAFETY: two dict objects of the same type per the ABI.
    unsafe {
        let entries = snapshot(other);
        check(with_table(d, |t, h, k| t.extend(h, k, &entries)));
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_clear(d: *mut Dict) {
    // SAFETY: a dict or set object per the ABI.
    unsafe {
        match as_set(d) {
            Some(s) => set::clear(s),
            None => with_table(d, |t, _, _| t.clear()),
        }
    }
}

/// `d.copy()`, or `s.copy()` for a set (whose pointer the result then is).
#[no_mangle]
pub unsafe extern "C" fn rt_dict_copy(d: *const Dict) -> *mut Dict {
    // SAFETY: a dict or set object per the ABI.
    unsafe {
        match as_set(d) {
            Some(s) => set::copy(s).cast::<Dict>(),
            None => object::new_dict((*d).desc, (*d).header.flags, check(table(d).copy())),
        }
    }
}

/// One step of `for k in d`: the first live entry at or after `pos` (for a set, the first slot
/// with an element), or -1 at the end, after CPython's check that the size is still the one
/// iteration started with.
#[no_mangle]
pub unsafe extern "C" fn rt_dict_next(d: *const Dict, pos: i64, size0: i64) -> i64 {
    // SAFETY: a dict or set object per the ABI.
    if let Some(s) = unsafe { as_set(d) } {
        // SAFETY: as above.
        return unsafe { set::next(s, pos, size0) };
    }
    // SAFETY: as above.
    let (len, t) = unsafe { ((*d).len, table(d)) };
    check(dict_ops::check_iteration_size(len, size0, false));
    t.next_live(usize::try_from(pos).unwrap_or(0)).map_or(-1, |i| i as i64)
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_key_at(d: *const Dict, idx: i64) -> u64 {
    // SAFETY: a dict or set object per the ABI.
    unsafe {
        match as_set(d) {
            Some(s) => set::key_at(s, idx),
            None => entry_at(d, idx).key,
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_value_at(d: *const Dict, idx: i64) -> u64 {
    // SAFETY: a dict object per the ABI.
    unsafe { entry_at(d, idx) }.value
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_item_at(d: *const Dict, idx: i64) -> *mut Tuple {
    // SAFETY: a dict object per the ABI.
    unsafe { pair(d, &entry_at(d, idx)) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_keys(d: *const Dict) -> *mut List {
    // SAFETY: a dict or set object per the ABI.
    unsafe {
        match as_set(d) {
            Some(s) => set::keys(s),
            None => list_of(d, (*d).header.flags & KEYS_REF != 0, |e| e.key),
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_values(d: *const Dict) -> *mut List {
    // SAFETY: a dict object per the ABI.
    unsafe { list_of(d, (*d).header.flags & VALUES_REF != 0, |e| e.value) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_items(d: *const Dict) -> *mut List {
    // SAFETY: a dict object per the ABI; making the tuples does not touch the table.
    unsafe { list_of(d, true, |e| pair(d, e) as u64) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_dict_from_keys(d: *const TypeDesc, keys: *const List, value: u64) -> *mut Dict {
    // SAFETY: a dict descriptor, a list of keys and a value word per the ABI.
    unsafe { from_list(d, keys, value) }
}
