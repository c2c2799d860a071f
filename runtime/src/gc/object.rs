//! The runtime's private object layouts (str, big int) beside the fixed ones, and allocation of
//! each kind of object.

use std::mem::{size_of, ManuallyDrop};

use num_bigint::BigInt;

use super::{alloc_object, note_alloc};
use crate::abi::layout::{Header, List, Tuple};

pub const KIND_STR: u8 = 1;
pub const KIND_LIST: u8 = 2;
pub const KIND_TUPLE: u8 = 3;
pub const KIND_BIG: u8 = 4;

/// `str`: UTF-8 bytes inline after the header, with the code-point count so `len()` is O(1) and,
/// for ASCII strings (`header.flags == 1`), indexing too.
#[repr(C)]
pub struct Str {
    pub header: Header,
    pub byte_len: u64,
    pub char_len: u64,
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
            KIND_STR => size_of::<Str>() + (*h.cast::<Str>()).byte_len as usize,
            KIND_LIST => size_of::<List>(),
            KIND_TUPLE => size_of::<Tuple>() + 8 * (*h).aux as usize,
            _ => size_of::<BigObj>(),
        }
    }
}

/// Releases what the object at `h` owns outside its own allocation (a list's item buffer, a big
/// int's digits).
///
/// # Safety
/// `h` must point to a live object allocated by this module; it must not be used afterwards.
pub unsafe fn drop_contents(h: *mut Header) {
    // SAFETY: per the caller; a list's buffer came from a `Vec<u64>` with capacity `cap` (see
    // `new_list`), and a big int's value was written by `new_big`.
    unsafe {
        match (*h).kind {
            KIND_LIST => {
                let l = h.cast::<List>();
                drop(Vec::from_raw_parts((*l).items, 0, (*l).cap as usize));
            }
            KIND_BIG => std::ptr::drop_in_place(&raw mut (*h.cast::<BigObj>()).value),
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
