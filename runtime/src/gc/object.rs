//! The runtime's private object layouts (str, big int) beside the fixed ones, and allocation of
//! each kind of object.

use std::mem::{size_of, ManuallyDrop};

use num_bigint::BigInt;

use super::{alloc_object, note_alloc};
use crate::abi::layout::{Bytes, Dict, Header, List, Set, Tuple, TypeDesc};
use crate::dict_ops::Table;
use crate::set_ops::SetTable;

pub const KIND_STR: u8 = 1;
pub const KIND_LIST: u8 = 2;
pub const KIND_TUPLE: u8 = 3;
pub const KIND_BIG: u8 = 4;
pub const KIND_STRBUF: u8 = 5;
pub const KIND_DICT: u8 = 6;
pub const KIND_SET: u8 = 7;
pub const KIND_BYTES: u8 = 8;

/// A dict's or set's `header.flags` bit: its keys are references. It is also the ref-mask bit of
/// the key field of a `(key, value)` tuple.
pub const KEYS_REF: u8 = 1;
/// A dict's `header.flags` bit: its values are references; the ref-mask bit of the value field.
pub const VALUES_REF: u8 = 2;

/// `str`: UTF-8 bytes inline after the header, with the code-point count so `len()` is O(1) and,
/// for ASCII strings (`header.flags == 1`), indexing too.
///
/// A str made by `s += t` instead has no inline bytes: `buf` points to a growable [`StrBuf`] whose
/// first `byte_len` bytes are its text. Appending to the str that ends where the buffer's used part
/// ends writes in place, so a loop of `s += piece` costs amortised O(len(piece)), as in CPython.
#[repr(C)]
pub struct Str {
    pub header: Header,
    pub byte_len: u64,
    pub char_len: u64,
    pub buf: *mut StrBuf,
    /// The str's hash once a dict or set has computed it (0: not yet), as CPython caches it.
    pub hash: u64,
    pub data: [u8; 0],
}

/// The shared, growable byte buffer behind appended strs. Bytes below `used` never change, so
/// every str over the buffer keeps its text.
#[repr(C)]
pub struct StrBuf {
    pub header: Header,
    pub cap: u64,
    pub used: u64,
    pub data: [u8; 0],
}

/// A heap int that does not fit a tagged word.
#[repr(C)]
pub struct BigObj {
    pub header: Header,
    pub value: BigInt,
}

/// The allocation size of the object at `h`, derived from its header and length fields.
///
/// # Safety
/// `h` must point to a live object allocated by this module.
pub unsafe fn object_size(h: *const Header) -> usize {
    // SAFETY: the caller guarantees a live object, whose kind says which layout it has.
    unsafe {
        match (*h).kind {
            KIND_STR if (*h.cast::<Str>()).buf.is_null() => size_of::<Str>() + (*h.cast::<Str>()).byte_len as usize,
            KIND_STR => size_of::<Str>(),
            KIND_STRBUF => size_of::<StrBuf>() + (*h.cast::<StrBuf>()).cap as usize,
            KIND_LIST => size_of::<List>(),
            KIND_TUPLE => size_of::<Tuple>() + 8 * (*h).aux as usize,
            KIND_DICT => size_of::<Dict>(),
            KIND_SET => size_of::<Set>(),
            KIND_BYTES => size_of::<Bytes>(),
            _ => size_of::<BigObj>(),
        }
    }
}

/// Releases what the object at `h` owns outside its own allocation (a list's item buffer, a
/// bytes object's buffer, a big int's digits, a dict's or set's table).
///
/// # Safety
/// `h` must point to a live object allocated by this module; it must not be used afterwards.
pub unsafe fn drop_contents(h: *mut Header) {
    // SAFETY: per the caller; a list's buffer came from a `Vec<u64>` with capacity `cap` (see
    // `new_list`), a bytes object's from a `Vec<u8>` (see `new_bytes`), and a big int's value and a dict's or set's table were written by
    // `new_big`/`new_dict`/`new_set`.
    unsafe {
        match (*h).kind {
            KIND_LIST => {
                let l = h.cast::<List>();
                drop(Vec::from_raw_parts((*l).items, 0, (*l).cap as usize));
            }
            KIND_BYTES => {
                let b = h.cast::<Bytes>();
                drop(Vec::from_raw_parts((*b).data, 0, (*b).cap as usize));
            }
            KIND_BIG => std::ptr::drop_in_place(&raw mut (*h.cast::<BigObj>()).value),
            KIND_DICT => std::ptr::drop_in_place(&raw mut (*h.cast::<Dict>()).table),
            KIND_SET => std::ptr::drop_in_place(&raw mut (*h.cast::<Set>()).table),
            _ => {}
        }
    }
}

/// A new str holding `s`.
pub fn new_str(s: &str) -> *mut Str {
    let p = alloc_object(size_of::<Str>() + s.len(), KIND_STR).cast::<Str>();
    // SAFETY: `alloc_object` returned a zeroed block of the requested size, so the header fields
    // and `s.len()` data bytes are in bounds.
    unsafe {
        (*p).header.flags = u8::from(s.is_ascii());
        (*p).byte_len = s.len() as u64;
        (*p).char_len = s.chars().count() as u64;
        std::ptr::copy_nonoverlapping(s.as_ptr(), (&raw mut (*p).data).cast::<u8>(), s.len());
    }
    p
}

/// The first byte of a str's text.
///
/// # Safety
/// `p` must point to a live str object.
pub unsafe fn str_bytes(p: *const Str) -> *const u8 {
    // SAFETY: per the caller; a str's text is inline unless `buf` is set.
    unsafe {
        if (*p).buf.is_null() {
            (&raw const (*p).data).cast::<u8>()
        } else {
            (&raw const (*(*p).buf).data).cast::<u8>()
        }
    }
}

/// `a + b` for `a += b`: in place in `a`'s buffer when `a` owns its used end and there is room,
/// else in a new buffer with room to grow.
///
/// # Safety
/// `a` must point to a live str object; `b` must not point into `a`'s buffer past `a`'s end.
pub unsafe fn str_append(a: *const Str, b: &str) -> *mut Str {
    // SAFETY: per the caller; buffer bytes below `used` are never written again, and the copy
    // target lies within `cap`.
    unsafe {
        let (a_len, b_len) = ((*a).byte_len as usize, b.len());
        let len = a_len + b_len;
        let mut buf = (*a).buf;
        let owns_end = !buf.is_null() && (*buf).used as usize == a_len && len <= (*buf).cap as usize;
        if !owns_end {
            let cap = (2 * len).max(64);
            let fresh = alloc_object(size_of::<StrBuf>() + cap, KIND_STRBUF).cast::<StrBuf>();
            (*fresh).cap = cap as u64;
            std::ptr::copy_nonoverlapping(str_bytes(a), (&raw mut (*fresh).data).cast::<u8>(), a_len);
            buf = fresh;
        }
        std::ptr::copy_nonoverlapping(b.as_ptr(), (&raw mut (*buf).data).cast::<u8>().add(a_len), b_len);
        (*buf).used = len as u64;
        let p = alloc_object(size_of::<Str>(), KIND_STR).cast::<Str>();
        (*p).buf = buf;
        (*p).byte_len = len as u64;
        (*p).char_len = (*a).char_len + b.chars().count() as u64;
        (*p).header.flags = u8::from((*a).header.flags == 1 && b.is_ascii());
        p
    }
}

/// A new big-int object; callers box only values that do not fit a tagged word.
pub fn new_big(value: BigInt) -> *mut BigObj {
    let bytes = value.bits() as usize / 8;
    let p = alloc_object(size_of::<BigObj>(), KIND_BIG).cast::<BigObj>();
    // SAFETY: the block is big enough for a BigObj; `write` does not drop the zeroed bytes.
    unsafe { std::ptr::write(&raw mut (*p).value, value) };
    note_alloc(bytes);
    p
}

/// A new list owning `items`; `is_ref` when its items are references.
pub fn new_list(items: Vec<u64>, is_ref: bool) -> *mut List {
    let p = alloc_object(size_of::<List>(), KIND_LIST).cast::<List>();
    note_alloc(items.capacity() * 8);
    let mut items = ManuallyDrop::new(items);
    // SAFETY: the block is a zeroed List; the buffer's ownership moves into it (freed in
    // `drop_contents` with the same capacity).
    unsafe {
        (*p).header.flags = u8::from(is_ref);
        (*p).len = items.len() as i64;
        (*p).cap = items.capacity() as i64;
        (*p).items = items.as_mut_ptr();
    }
    p
}

/// A new `bytes` or `bytearray` object owning `data`.
pub fn new_bytes(data: Vec<u8>) -> *mut Bytes {
    let p = alloc_object(size_of::<Bytes>(), KIND_BYTES).cast::<Bytes>();
    note_alloc(data.capacity());
    let mut data = ManuallyDrop::new(data);
    // SAFETY: the block is a zeroed Bytes; the buffer's ownership moves into it (freed in
    // `drop_contents` with the same capacity).
    unsafe {
        (*p).len = data.len() as i64;
        (*p).cap = data.capacity() as i64;
        (*p).data = data.as_mut_ptr();
    }
    p
}

/// A new tuple with `n` zeroed fields.
pub fn new_tuple(n: u32, ref_mask: u64) -> *mut Tuple {
    let p = alloc_object(size_of::<Tuple>() + 8 * n as usize, KIND_TUPLE).cast::<Tuple>();
    // SAFETY: the block is a zeroed Tuple with room for n fields.
    unsafe {
        (*p).header.aux = n;
        (*p).ref_mask = ref_mask;
    }
    p
}

/// A new dict owning `table`; `desc` is its type and `flags` says which of its words are
/// references ([`KEYS_REF`], [`VALUES_REF`]).
pub fn new_dict(desc: *const TypeDesc, flags: u8, table: Table) -> *mut Dict {
    let (bytes, len) = (table.heap_bytes(), table.len());
    let p = alloc_object(size_of::<Dict>(), KIND_DICT).cast::<Dict>();
    // SAFETY: the block is big enough for a Dict, whose prefix is `Counted`; `write` does not drop
    // the zeroed bytes, and the table's ownership moves into the object (dropped in
    // `drop_contents`).
    unsafe {
        init_counted(p.cast::<Counted>(), desc, flags, len, bytes);
        std::ptr::write(&raw mut (*p).table, table);
    }
    p
}

/// A new set owning `table`; `desc` is its type and `flags` is [`KEYS_REF`] when its elements are
/// references.
pub fn new_set(desc: *const TypeDesc, flags: u8, table: SetTable) -> *mut Set {
    let (bytes, len) = (table.heap_bytes(), table.len());
    let p = alloc_object(size_of::<Set>(), KIND_SET).cast::<Set>();
    // SAFETY: as in `new_dict`, for a Set.
    unsafe {
        init_counted(p.cast::<Counted>(), desc, flags, len, bytes);
        std::ptr::write(&raw mut (*p).table, table);
    }
    p
}

/// The prefix dicts and sets share (ABI.md: `len` at +8, then the descriptor).
#[repr(C)]
struct Counted {
    header: Header,
    len: i64,
    desc: *const TypeDesc,
}

/// Fills the shared prefix of a fresh dict or set and counts its table's storage.
///
/// # Safety
/// `p` must be a fresh, zeroed dict or set block.
unsafe fn init_counted(p: *mut Counted, desc: *const TypeDesc, flags: u8, len: usize, table_bytes: usize) {
    note_alloc(table_bytes);
    // SAFETY: per the caller.
    unsafe {
        (*p).header.flags = flags;
        (*p).len = len as i64;
        (*p).desc = desc;
    }
}
