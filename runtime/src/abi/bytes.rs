//! `rt_bytes_*`: `bytes` and `bytearray` objects ([`Bytes`]) over [`bytes_ops`] and [`codecs`].
//!
//! The two types share the object layout and these functions; the static type decides which
//! functions a value reaches (only a bytearray is changed in place), and the few messages that
//! name the type take a `bytearray` flag from the caller.

use std::mem::ManuallyDrop;

use super::generic::RawHeap;
use super::layout::{Bytes, List, TypeDesc};
use super::str::str_obj;
use super::{check, desc_arg, index_arg, index_sized, int_clamped, list_items, opt_arg, fail, raise, str_ref};
use crate::bytes_ops;
use crate::codecs;
use crate::desc::{self, Heap, Kind};
use crate::errors::PyErr;
use crate::gc::note_alloc;
use crate::gc::object::{new_bytes, new_list, Str};
use crate::int;
use crate::str_ops::Class;

/// The contents of a bytes or bytearray object.
///
/// # Safety
/// `b` must point to a live bytes object that nothing changes while the slice is used.
pub(super) unsafe fn bytes_ref<'a>(b: *const Bytes) -> &'a [u8] {
    // SAFETY: per the caller; the buffer holds `len` initialised bytes (a dangling non-null
    // pointer for an empty buffer, which `from_raw_parts` accepts for length 0).
    unsafe { std::slice::from_raw_parts((*b).data, (*b).len as usize) }
}

/// The contents of an optional bytes argument (null for `None`).
///
/// # Safety
/// `b` must be null or point to a live bytes object.
unsafe fn opt_bytes<'a>(b: *const Bytes) -> Option<&'a [u8]> {
    // SAFETY: per the caller.
    (!b.is_null()).then(|| unsafe { bytes_ref(b) })
}

/// Runs `f` on a bytearray's buffer as a `Vec`, then stores the buffer back into the object and
/// counts any growth towards the next collection.
///
/// # Safety
/// `b` must point to a live bytes object; `f` must not read the object itself (its old fields
/// are stale while `f` runs).
unsafe fn with_buffer<R>(b: *mut Bytes, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
    // SAFETY: per the caller; the buffer came from a `Vec<u8>` of this length and capacity
    // (`new_bytes`, or an earlier call of this function), and goes back into the object before
    // anything else can see it.
    unsafe {
        let mut v = ManuallyDrop::new(Vec::from_raw_parts((*b).data, (*b).len as usize, (*b).cap as usize));
        let before = v.capacity();
        let r = f(&mut v);
        note_alloc(v.capacity().saturating_sub(before));
        (*b).len = v.len() as i64;
        (*b).cap = v.capacity() as i64;
        (*b).data = v.as_mut_ptr();
        r
    }
}

/// A literal: made once, then kept in `*slot`, a registered root.
#[no_mangle]
pub unsafe extern "C" fn rt_bytes_const(slot: *mut u64, p: *const u8, len: u64) -> *mut Bytes {
    // SAFETY: per the ABI, `slot` is a global word and `p` points to `len` bytes.
    unsafe {
        if *slot == 0 {
            let data = if len == 0 { Vec::new() } else { std::slice::from_raw_parts(p, len as usize).to_vec() };
            *slot = new_bytes(data) as u64;
            crate::gc::add_root(slot);
        }
        *slot as *mut Bytes
    }
}

/// `bytes(n)` / `bytearray(n)`: `n` zero bytes.
#[no_mangle]
pub unsafe extern "C" fn rt_bytes_zeros(n: i64) -> *mut Bytes {
    // SAFETY: an int word per the ABI.
    let n = unsafe { index_sized(n) };
    let n = usize::try_from(n).unwrap_or_else(|_| fail(PyErr::value("negative count")));
    let mut data = check(crate::reserve::vec(n));
    data.resize(n, 0);
    new_bytes(data)
}

/// `bytes(items)` / `bytearray(items)` from a list of ints (or bools) described by `item`.
#[no_mangle]
pub unsafe extern "C" fn rt_bytes_from_list(l: *const List, item: *const TypeDesc, bytearray: u8) -> *mut Bytes {
    // SAFETY: a list of words of the described item type per the ABI.
    let (h, t, items) = unsafe { (RawHeap::new(), desc_arg(item), list_items(l)) };
    let data = items
        .iter()
        .map(|&w| {
            let (w, t) = desc::value(&h, w, t);
            let v = match h.kind(t) {
                Kind::Bool => i64::from(w != 0),
                // SAFETY: an int word of the list.
                _ => unsafe { int_clamped(w as i64) },
            };
            check(bytes_ops::byte(v, bytearray == 0))
        })
        .collect();
    new_bytes(data)
}

/// `bytes(b)`, `bytearray(b)`: a copy.
#[no_mangle]
pub unsafe extern "C" fn rt_bytes_copy(b: *const Bytes) -> *mut Bytes {
    // SAFETY: a bytes object per the ABI.
    new_bytes(unsafe { bytes_ref(b) }.to_vec())
}

/// `b[i]`: an int; CPython's `IndexError` names only a bytearray.
#[no_mangle]
pub unsafe extern "C" fn rt_bytes_getitem(b: *const Bytes, i: i64, bytearray: u8) -> i64 {
    // SAFETY: a bytes object and an int word per the ABI.
    let (data, i) = unsafe { (bytes_ref(b), index_arg(i)) };
    match crate::slice::normalize_index(i, data.len()) {
        Some(i) => int::tag(i64::from(data[i])) as i64,
        None => fail(PyErr::index(if bytearray != 0 { "bytearray index out of range" } else { "index out of range" })),
    }
}

/// `ba[i] = v` on a bytearray.
#[no_mangle]
pub unsafe extern "C" fn rt_bytes_setitem(b: *mut Bytes, i: i64, v: i64) {
    // SAFETY: a bytearray object and int words per the ABI.
    let (len, i, v) = unsafe { ((*b).len as usize, index_arg(i), int_clamped(v)) };
    let Some(i) = crate::slice::normalize_index(i, len) else { return raise(PyErr::index("bytearray index out of range")) };
    let v = check(bytes_ops::byte(v, false));
    // SAFETY: `i < len`, inside the object's buffer.
    unsafe { *(*b).data.add(i) = v };
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_slice(b: *const Bytes, start: i64, stop: i64, step: i64) -> *mut Bytes {
    // SAFETY: a bytes object and optional int words per the ABI.
    let (data, a, z, s) = unsafe { (bytes_ref(b), opt_arg(start), opt_arg(stop), opt_arg(step)) };
    new_bytes(check(crate::list_ops::slice(data, a, z, s)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_concat(a: *const Bytes, b: *const Bytes) -> *mut Bytes {
    // SAFETY: bytes objects per the ABI.
    new_bytes(unsafe { [bytes_ref(a), bytes_ref(b)] }.concat())
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_repeat(b: *const Bytes, n: i64) -> *mut Bytes {
    // SAFETY: a bytes object and an int word per the ABI.
    let (data, n) = unsafe { (bytes_ref(b), index_sized(n)) };
    new_bytes(check(bytes_ops::repeat(data, n)))
}

/// The one-byte bytes of an int, for `i in b` and `b.find(i)`: `ValueError` outside 0..256.
#[no_mangle]
pub unsafe extern "C" fn rt_bytes_of_byte(v: i64) -> *mut Bytes {
    // SAFETY: an int word per the ABI.
    let v = unsafe { int_clamped(v) };
    new_bytes(vec![check(bytes_ops::byte(v, false))])
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_contains(hay: *const Bytes, needle: *const Bytes) -> u8 {
    // SAFETY: bytes objects per the ABI.
    let (hay, needle) = unsafe { (bytes_ref(hay), bytes_ref(needle)) };
    u8::from(bytes_ops::find(hay, needle, None, None, false) >= 0)
}

/// The arguments of the search methods: the receiver, the needle and the optional bounds.
///
/// # Safety
/// As the ABI says for `rt_bytes_find`.
unsafe fn search_args<'a>(b: *const Bytes, sub: *const Bytes, start: i64, end: i64) -> (&'a [u8], &'a [u8], Option<i64>, Option<i64>) {
    // SAFETY: per the caller.
    unsafe { (bytes_ref(b), bytes_ref(sub), opt_arg(start), opt_arg(end)) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_find(b: *const Bytes, sub: *const Bytes, start: i64, end: i64) -> i64 {
    // SAFETY: arguments per the ABI.
    let (b, sub, s, e) = unsafe { search_args(b, sub, start, end) };
    int::tag(bytes_ops::find(b, sub, s, e, false)) as i64
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_rfind(b: *const Bytes, sub: *const Bytes, start: i64, end: i64) -> i64 {
    // SAFETY: arguments per the ABI.
    let (b, sub, s, e) = unsafe { search_args(b, sub, start, end) };
    int::tag(bytes_ops::find(b, sub, s, e, true)) as i64
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_index(b: *const Bytes, sub: *const Bytes, start: i64, end: i64) -> i64 {
    // SAFETY: arguments per the ABI.
    let (b, sub, s, e) = unsafe { search_args(b, sub, start, end) };
    int::tag(check(bytes_ops::index(b, sub, s, e, false))) as i64
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_rindex(b: *const Bytes, sub: *const Bytes, start: i64, end: i64) -> i64 {
    // SAFETY: arguments per the ABI.
    let (b, sub, s, e) = unsafe { search_args(b, sub, start, end) };
    int::tag(check(bytes_ops::index(b, sub, s, e, true))) as i64
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_count(b: *const Bytes, sub: *const Bytes, start: i64, end: i64) -> i64 {
    // SAFETY: arguments per the ABI.
    let (b, sub, s, e) = unsafe { search_args(b, sub, start, end) };
    int::tag(bytes_ops::count(b, sub, s, e)) as i64
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_startswith(b: *const Bytes, sub: *const Bytes, start: i64, end: i64) -> u8 {
    // SAFETY: arguments per the ABI.
    let (b, sub, s, e) = unsafe { search_args(b, sub, start, end) };
    u8::from(bytes_ops::starts_or_ends_with(b, sub, s, e, false))
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_endswith(b: *const Bytes, sub: *const Bytes, start: i64, end: i64) -> u8 {
    // SAFETY: arguments per the ABI.
    let (b, sub, s, e) = unsafe { search_args(b, sub, start, end) };
    u8::from(bytes_ops::starts_or_ends_with(b, sub, s, e, true))
}

/// `ba.append(v)` on a bytearray.
#[no_mangle]
pub unsafe extern "C" fn rt_bytes_append(b: *mut Bytes, v: i64) {
    // SAFETY: an int word per the ABI.
    let v = check(bytes_ops::byte(unsafe { int_clamped(v) }, false));
    // SAFETY: a bytearray object per the ABI; the closure only touches the buffer.
    unsafe { with_buffer(b, |data| data.push(v)) }
}

/// `ba.extend(other)` on a bytearray; `other` may be `ba` itself.
#[no_mangle]
pub unsafe extern "C" fn rt_bytes_extend(b: *mut Bytes, other: *const Bytes) {
    // SAFETY: bytes objects per the ABI; the bytes are copied before the buffer changes.
    let more = unsafe { bytes_ref(other) }.to_vec();
    // SAFETY: a bytearray object per the ABI; the closure only touches the buffer.
    unsafe { with_buffer(b, |data| data.extend_from_slice(&more)) }
}

/// `b.decode(encoding)`; a null encoding is UTF-8.
#[no_mangle]
pub unsafe extern "C" fn rt_bytes_decode(b: *const Bytes, encoding: *const Str) -> *mut Str {
    // SAFETY: a bytes object and an optional str per the ABI.
    let (data, encoding) = unsafe { (bytes_ref(b), super::opt_str(encoding)) };
    str_obj(&check(codecs::decode(data, encoding.unwrap_or("utf-8"))))
}

/// `s.encode(encoding)`; a null encoding is UTF-8.
#[no_mangle]
pub unsafe extern "C" fn rt_str_encode(s: *const Str, encoding: *const Str) -> *mut Bytes {
    // SAFETY: str objects per the ABI.
    let (text, encoding) = unsafe { (str_ref(s), super::opt_str(encoding)) };
    new_bytes(check(codecs::encode(text, encoding.unwrap_or("utf-8"))))
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_hex(b: *const Bytes) -> *mut Str {
    // SAFETY: a bytes object per the ABI.
    str_obj(&bytes_ops::hex(unsafe { bytes_ref(b) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_fromhex(s: *const Str) -> *mut Bytes {
    // SAFETY: a str object per the ABI.
    new_bytes(check(bytes_ops::fromhex(unsafe { str_ref(s) })))
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_upper(b: *const Bytes) -> *mut Bytes {
    // SAFETY: a bytes object per the ABI.
    new_bytes(unsafe { bytes_ref(b) }.to_ascii_uppercase())
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_lower(b: *const Bytes) -> *mut Bytes {
    // SAFETY: a bytes object per the ABI.
    new_bytes(unsafe { bytes_ref(b) }.to_ascii_lowercase())
}

/// `strip`, `lstrip` and `rstrip`.
///
/// # Safety
/// As the ABI says for `rt_bytes_strip`.
unsafe fn strip(b: *const Bytes, chars: *const Bytes, left: bool, right: bool) -> *mut Bytes {
    // SAFETY: per the caller.
    let (data, chars) = unsafe { (bytes_ref(b), opt_bytes(chars)) };
    new_bytes(bytes_ops::strip(data, chars, left, right).to_vec())
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_strip(b: *const Bytes, chars: *const Bytes) -> *mut Bytes {
    // SAFETY: arguments per the ABI.
    unsafe { strip(b, chars, true, true) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_lstrip(b: *const Bytes, chars: *const Bytes) -> *mut Bytes {
    // SAFETY: arguments per the ABI.
    unsafe { strip(b, chars, true, false) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_rstrip(b: *const Bytes, chars: *const Bytes) -> *mut Bytes {
    // SAFETY: arguments per the ABI.
    unsafe { strip(b, chars, false, true) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_split(b: *const Bytes, sep: *const Bytes, maxsplit: i64) -> *mut List {
    // SAFETY: arguments per the ABI.
    let (data, sep, maxsplit) = unsafe { (bytes_ref(b), opt_bytes(sep), int_clamped(maxsplit)) };
    let parts = check(bytes_ops::split(data, sep, maxsplit));
    new_list(parts.into_iter().map(|p| new_bytes(p.to_vec()) as u64).collect(), true)
}

/// `sep.join(items)` for a list of bytes objects.
#[no_mangle]
pub unsafe extern "C" fn rt_bytes_join(sep: *const Bytes, items: *const List) -> *mut Bytes {
    // SAFETY: a bytes object and a list of bytes objects per the ABI.
    let (sep, items) = unsafe { (bytes_ref(sep), list_items(items)) };
    // SAFETY: every item is a live bytes object.
    new_bytes(bytes_ops::join(sep, items.iter().map(|&w| unsafe { bytes_ref(w as *const Bytes) })))
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_replace(b: *const Bytes, old: *const Bytes, new: *const Bytes, count: i64) -> *mut Bytes {
    // SAFETY: arguments per the ABI.
    let (data, old, new, count) = unsafe { (bytes_ref(b), bytes_ref(old), bytes_ref(new), int_clamped(count)) };
    new_bytes(bytes_ops::replace(data, old, new, count))
}

/// The ASCII class tests.
///
/// # Safety
/// `b` must point to a live bytes object.
unsafe fn is_class(b: *const Bytes, class: Class) -> u8 {
    // SAFETY: per the caller.
    u8::from(bytes_ops::is_class(unsafe { bytes_ref(b) }, class))
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_isdigit(b: *const Bytes) -> u8 {
    // SAFETY: a bytes object per the ABI.
    unsafe { is_class(b, Class::Digit) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_isalpha(b: *const Bytes) -> u8 {
    // SAFETY: a bytes object per the ABI.
    unsafe { is_class(b, Class::Alpha) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_isspace(b: *const Bytes) -> u8 {
    // SAFETY: a bytes object per the ABI.
    unsafe { is_class(b, Class::Space) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_isalnum(b: *const Bytes) -> u8 {
    // SAFETY: a bytes object per the ABI.
    unsafe { is_class(b, Class::Alnum) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_isupper(b: *const Bytes) -> u8 {
    // SAFETY: a bytes object per the ABI.
    unsafe { is_class(b, Class::Upper) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_bytes_islower(b: *const Bytes) -> u8 {
    // SAFETY: a bytes object per the ABI.
    unsafe { is_class(b, Class::Lower) }
}

/// `list(b)`: the bytes as ints (also what `sorted`, `set`, `sum`, `min` and `max` iterate).
#[no_mangle]
pub unsafe extern "C" fn rt_bytes_list(b: *const Bytes) -> *mut List {
    // SAFETY: a bytes object per the ABI.
    let data = unsafe { bytes_ref(b) };
    new_list(data.iter().map(|&c| int::tag(i64::from(c))).collect(), true)
}
