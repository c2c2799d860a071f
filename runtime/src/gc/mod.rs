//! Allocation and a precise, non-moving mark-sweep collector.
//!
//! Every object is a separate allocation recorded in a registry. Allocation never collects: once
//! enough bytes were allocated since the last collection it sets `rt_gc_pending`, and generated code
//! calls `rt_gc_collect` at its next safepoint (function entry or loop header). So the runtime's
//! own temporaries never need rooting.
//!
//! Roots are the slots of every frame on the shadow stack (from `rt_frame_top`) and the registered
//! global slots. Marking uses an explicit stack so deeply nested lists cannot overflow the Rust
//! stack. Only list items (when the list's flags say references), tuple fields with their
//! ref-mask bit and the live keys and values of dicts and sets (when their flags say references)
//! are traced; str, bytes and big ints hold no references.

#![deny(unsafe_op_in_unsafe_fn)]

pub mod object;

use std::alloc::Layout;
use std::cell::RefCell;
use std::ptr::NonNull;

use crate::abi::layout::{Dict, Frame, Header, List, Set, Tuple};
use object::{object_size, KEYS_REF, KIND_DICT, KIND_LIST, KIND_SET, KIND_TUPLE, VALUES_REF};

/// Set to 1 when a collection is due; generated code checks it at safepoints.
#[no_mangle]
pub static mut rt_gc_pending: u8 = 0;

const MIN_THRESHOLD: usize = 8 << 20;

/// Blocks up to this size come from per-size-class free lists (16-byte classes), so that the
/// churn of small objects (instances, tuples, short strs) reuses swept blocks instead of going
/// through `malloc`/`free` each time.
const SMALL_BLOCK: usize = 256;
const SIZE_CLASSES: usize = SMALL_BLOCK / 16 + 1;

/// The size of the block an object of `size` bytes gets: small sizes round up to their class.
fn block_size(size: usize) -> usize {
    if size <= SMALL_BLOCK {
        size.div_ceil(16) * 16
    } else {
        size
    }
}

struct Heap {
    objects: Vec<NonNull<Header>>,
    /// Swept small blocks by size class (`block_size / 16`), ready for reuse.
    free: [Vec<NonNull<u8>>; SIZE_CLASSES],
    roots: Vec<*mut u64>,
    allocated_since: usize,
    threshold: usize,
    live_bytes: usize,
    collections: u64,
    /// Collections are held off while this is non-zero (see [`HoldCollections`]).
    holds: u32,
}

thread_local! {
    // The runtime is single-threaded; a thread-local keeps the state safe to reach and gives each
    // unit test its own heap.
    static HEAP: RefCell<Heap> = const {
        RefCell::new(Heap {
            objects: Vec::new(),
            free: [const { Vec::new() }; SIZE_CLASSES],
            roots: Vec::new(),
            allocated_since: 0,
            threshold: MIN_THRESHOLD,
            live_bytes: 0,
            collections: 0,
            holds: 0,
        })
    };
}

/// Counts `bytes` towards the next collection, requesting one when the threshold is passed.
pub fn note_alloc(bytes: usize) {
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        h.allocated_since += bytes;
        if h.allocated_since > h.threshold {
            // SAFETY: a plain byte store to a global; the runtime is single-threaded.
            unsafe { (&raw mut rt_gc_pending).write(1) };
        }
    });
}

/// A zeroed, 8-aligned block of `size` bytes registered as an object of `kind`. One borrow of
/// the heap does the free-list pop, the registration and the accounting: this is the hot path
/// of every program that allocates.
pub fn alloc_object(size: usize, kind: u8) -> *mut Header {
    let block = block_size(size);
    let ptr = HEAP.with(|h| {
        let mut h = h.borrow_mut();
        let reused = if block <= SMALL_BLOCK { h.free[block / 16].pop() } else { None };
        let ptr = match reused {
            Some(p) => {
                // SAFETY: a swept block of exactly `block` bytes (its class, a multiple of 16),
                // no longer referenced; word stores the compiler can unroll, not a `memset` call.
                unsafe {
                    let words = p.as_ptr().cast::<u64>();
                    for i in 0..block / 8 {
                        words.add(i).write(0);
                    }
                }
                Some(p.cast::<Header>())
            }
            None => Layout::from_size_align(block, 8)
                .ok()
                // SAFETY: every object layout is at least a Header (8 bytes), so the size is non-zero.
                .map(|layout| unsafe { std::alloc::alloc_zeroed(layout) })
                .and_then(|p| NonNull::new(p.cast::<Header>())),
        }?;
        h.objects.push(ptr);
        h.allocated_since += size;
        if h.allocated_since > h.threshold {
            // SAFETY: a plain byte store to a global; the runtime is single-threaded.
            unsafe { (&raw mut rt_gc_pending).write(1) };
        }
        Some(ptr)
    });
    let Some(ptr) = ptr else {
        crate::abi::fatal(crate::errors::PyErr::memory());
    };
    // SAFETY: the block is zeroed and large enough for a Header.
    unsafe { (*ptr.as_ptr()).kind = kind };
    ptr.as_ptr()
}

/// Registers a global slot that may hold a reference.
pub fn add_root(slot: *mut u64) {
    HEAP.with(|h| h.borrow_mut().roots.push(slot));
}

/// How many collections ran so far.
pub fn collections() -> u64 {
    HEAP.with(|h| h.borrow().collections)
}

/// How many objects are allocated (live or not yet swept).
pub fn object_count() -> usize {
    HEAP.with(|h| h.borrow().objects.len())
}

/// While alive, safepoints do not collect: the runtime holds one while it calls back into
/// compiled code (an instance's `__repr__`) with Rust references into the heap still in use.
/// The collection stays pending and runs at the first safepoint after.
pub struct HoldCollections(());

impl HoldCollections {
    pub fn new() -> HoldCollections {
        HEAP.with(|h| h.borrow_mut().holds += 1);
        HoldCollections(())
    }
}

impl Drop for HoldCollections {
    fn drop(&mut self) {
        HEAP.with(|h| h.borrow_mut().holds -= 1);
    }
}

/// Marks everything reachable from the frame chain at `top` and the global roots, frees the rest.
///
/// # Safety
/// Every frame on the chain from `top` and every registered root slot must be valid and hold only
/// words that follow ABI.md's scanning rule; every reference must point to a live object.
pub unsafe fn collect(top: *mut Frame) {
    HEAP.with(|h| {
        let mut h = h.borrow_mut();
        if h.holds > 0 {
            return;
        }
        let mut stack: Vec<*mut Header> = Vec::new();
        let mut frame = top;
        while !frame.is_null() {
            // SAFETY: per the caller, the frame is valid with `nslots` slots after it.
            unsafe {
                let slots = (&raw const (*frame).slots).cast::<u64>();
                for i in 0..(*frame).nslots as usize {
                    mark_word(*slots.add(i), &mut stack);
                }
                frame = (*frame).prev;
            }
        }
        for &root in &h.roots {
            // SAFETY: registered slots stay valid for the program's life (they are globals).
            unsafe { mark_word(*root, &mut stack) };
        }
        // SAFETY: exception records hold live instances (they keep them alive).
        crate::exceptions::for_each_root(|w| unsafe { mark_word(w, &mut stack) });
        while let Some(obj) = stack.pop() {
            // SAFETY: `obj` is a live object reached by the rules above.
            unsafe { trace(obj, &mut stack) };
        }
        let mut live = 0usize;
        let heap = &mut *h;
        let free = &mut heap.free;
        heap.objects.retain(|&obj| {
            let p = obj.as_ptr();
            // SAFETY: every registered object is live until this sweep frees it.
            unsafe {
                let size = object_size(p);
                if (*p).mark != 0 {
                    (*p).mark = 0;
                    live += size + extra_size(p);
                    true
                } else {
                    object::drop_contents(p);
                    // `size` is the size the object was allocated with (see `object_size`), so
                    // `block_size(size)` is its block's.
                    let block = block_size(size);
                    if block <= SMALL_BLOCK {
                        free[block / 16].push(obj.cast::<u8>());
                    } else {
                        std::alloc::dealloc(p.cast::<u8>(), Layout::from_size_align_unchecked(block, 8));
                    }
                    false
                }
            }
        });
        h.live_bytes = live;
        h.allocated_since = 0;
        h.threshold = MIN_THRESHOLD.max(2 * live);
        h.collections += 1;
        // SAFETY: a plain byte store to a global; the runtime is single-threaded.
        unsafe { (&raw mut rt_gc_pending).write(0) };
    });
}

/// Bytes an object owns outside its block, for the live-size estimate.
///
/// # Safety
/// `p` must be a live object.
unsafe fn extra_size(p: *mut Header) -> usize {
    // SAFETY: per the caller; the kind tells the layout.
    unsafe {
        match (*p).kind {
            KIND_LIST => (*p.cast::<List>()).cap as usize * 8,
            object::KIND_BIG => (*p.cast::<object::BigObj>()).value.bits() as usize / 8,
            KIND_DICT => (*p.cast::<Dict>()).table.heap_bytes(),
            KIND_SET => (*p.cast::<Set>()).table.heap_bytes(),
            object::KIND_BYTES => (*p.cast::<crate::abi::layout::Bytes>()).cap as usize,
            _ => 0,
        }
    }
}

/// Marks the object a word refers to, if it is a reference not yet marked. Tagged ints (odd
/// words) and the words below 16 (0 for `None`, 2 for an unset `int | None` field: ABI.md
/// "Instances") are no references.
///
/// # Safety
/// A reference word must point to a live object.
unsafe fn mark_word(w: u64, stack: &mut Vec<*mut Header>) {
    if w < 16 || w & 1 == 1 {
        return;
    }
    let h = w as *mut Header;
    // SAFETY: per the caller.
    unsafe {
        if (*h).mark == 0 {
            (*h).mark = 1;
            if matches!((*h).kind, KIND_LIST | KIND_TUPLE | KIND_DICT | KIND_SET) {
                stack.push(h);
            }
            // An appended str keeps its buffer alive; the buffer holds no references.
            if (*h).kind == object::KIND_STR {
                let buf = (*h.cast::<object::Str>()).buf;
                if !buf.is_null() {
                    (*buf).header.mark = 1;
                }
            }
        }
    }
}

/// Marks the references held by a list, tuple, dict or set.
///
/// # Safety
/// `obj` must be a live list, tuple, dict or set whose reference items are valid words.
unsafe fn trace(obj: *mut Header, stack: &mut Vec<*mut Header>) {
    // SAFETY: per the caller; a list has `len` items in its buffer, a tuple `aux` fields, and a
    // dict's or set's table is a valid `Table` or `SetTable` whose live entries hold valid words.
    unsafe {
        match (*obj).kind {
            KIND_LIST => {
                let l = obj.cast::<List>();
                if (*obj).flags == 1 {
                    for i in 0..(*l).len as usize {
                        mark_word(*(*l).items.add(i), stack);
                    }
                }
            }
            KIND_SET => {
                if (*obj).flags & KEYS_REF != 0 {
                    for e in (*obj.cast::<Set>()).table.iter() {
                        mark_word(e.key, stack);
                    }
                }
            }
            KIND_DICT => {
                let flags = (*obj).flags;
                for e in (*obj.cast::<Dict>()).table.iter() {
                    if flags & KEYS_REF != 0 {
                        mark_word(e.key, stack);
                    }
                    if flags & VALUES_REF != 0 {
                        mark_word(e.value, stack);
                    }
                }
            }
            _ => {
                let t = obj.cast::<Tuple>();
                let fields = (&raw const (*t).items).cast::<u64>();
                // Bit 63 stands for field 63 and every field after it (a tuple of any length
                // whose items are references has every bit set).
                for i in 0..(*obj).aux as usize {
                    if (*t).ref_mask >> i.min(63) & 1 == 1 {
                        mark_word(*fields.add(i), stack);
                    }
                }
            }
        }
    }
}
