//! Boxed values (`object`): a box is a two-field tuple `(descriptor, word)`, so the collector
//! traces it like any tuple (the descriptor is a constant, never traced; the word is traced when
//! its type is a reference type). The `rt_obj_*` functions are the operators on values whose
//! type is known only at run time; each operand comes as a word and its static type's
//! descriptor, so typed and boxed operands mix freely.

use super::generic::RawHeap;
use super::layout::{ClassInfo, Tuple, TypeDesc};
use super::{check, desc_arg, int_word, tuple_items};
use crate::desc::{value, Heap, Kind};
use crate::gc::object::{new_str, new_tuple};
use crate::object_items;
use crate::object_ops::{self, Made, Op};

/// Descriptors of the scalar types, for boxes the runtime makes.
pub(crate) static NONE_DESC: TypeDesc = TypeDesc { kind: 3, nargs: 0, args: std::ptr::null() };
static INT_DESC: TypeDesc = TypeDesc { kind: 0, nargs: 0, args: std::ptr::null() };
static FLOAT_DESC: TypeDesc = TypeDesc { kind: 1, nargs: 0, args: std::ptr::null() };
static BOOL_DESC: TypeDesc = TypeDesc { kind: 2, nargs: 0, args: std::ptr::null() };
pub(super) static STR_DESC: TypeDesc = TypeDesc { kind: 4, nargs: 0, args: std::ptr::null() };

/// The descriptor and word of a box.
pub(crate) fn box_fields(w: u64) -> [u64; 2] {
    // SAFETY: callers pass the word of a value whose descriptor says it is boxed, which is a
    // live two-field tuple (`new_box`).
    let items = unsafe { tuple_items(w as *const Tuple) };
    [items[0], items[1]]
}

/// Boxes word `w` of the type `d` describes.
pub(crate) fn new_box(w: u64, d: &'static TypeDesc) -> *mut Tuple {
    // SAFETY: `RawHeap` only reads `d`, a descriptor that lives for the program.
    let h = unsafe { RawHeap::new() };
    let mask = if h.kind(d).is_ref() { 0b10 } else { 0 };
    let t = new_tuple(2, mask);
    // SAFETY: `new_tuple` returned a live tuple with two fields.
    unsafe {
        let items = (&raw mut (*t).items).cast::<u64>();
        *items = d as *const TypeDesc as u64;
        *items.add(1) = w;
    }
    t
}

/// Boxes a computed value.
fn made_box(m: Made<&'static TypeDesc>) -> *mut Tuple {
    match m {
        Made::Int(i) => new_box(int_word(i) as u64, &INT_DESC),
        Made::Float(f) => new_box(f.to_bits(), &FLOAT_DESC),
        Made::Bool(b) => new_box(u64::from(b), &BOOL_DESC),
        Made::Str(s) => new_box(new_str(&s) as u64, &STR_DESC),
        Made::Same(w, t) => new_box(w, t),
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_box(w: u64, d: *const TypeDesc) -> *mut Tuple {
    // SAFETY: a descriptor that lives for the program, per the ABI.
    new_box(w, unsafe { desc_arg(d) })
}

#[no_mangle]
pub unsafe extern "C" fn rt_obj_binop(op: u32, a: u64, da: *const TypeDesc, b: u64, db: *const TypeDesc) -> *mut Tuple {
    // SAFETY: words of the described types, per the ABI.
    let (h, ta, tb) = unsafe { (RawHeap::new(), desc_arg(da), desc_arg(db)) };
    let op = Op::from_code(op).unwrap_or(Op::Add);
    made_box(check(object_ops::binop(&h, op, a, ta, b, tb)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_obj_unary(op: u32, a: u64, da: *const TypeDesc) -> *mut Tuple {
    // SAFETY: a word of the described type, per the ABI.
    let (h, ta) = unsafe { (RawHeap::new(), desc_arg(da)) };
    made_box(check(object_ops::unary(&h, op, a, ta)))
}

/// Comparison codes: 0 `==`, 1 `<`, 2 `<=`, 3 `>`, 4 `>=`, 5 `is`.
#[no_mangle]
pub unsafe extern "C" fn rt_obj_compare(op: u32, a: u64, da: *const TypeDesc, b: u64, db: *const TypeDesc) -> u8 {
    use std::cmp::Ordering::*;
    // SAFETY: words of the described types, per the ABI.
    let (h, ta, tb) = unsafe { (RawHeap::new(), desc_arg(da), desc_arg(db)) };
    let symbol = ["==", "<", "<=", ">", ">="].get(op as usize).copied().unwrap_or("<");
    u8::from(match op {
        0 => object_ops::eq(&h, a, ta, b, tb),
        5 => object_ops::is(&h, a, ta, b, tb),
        _ => match check(object_ops::cmp(&h, a, ta, b, tb, symbol)) {
            Some(o) => matches!((op, o), (1, Less) | (2, Less | Equal) | (3, Greater) | (4, Greater | Equal)),
            None => false,
        },
    })
}

#[no_mangle]
pub unsafe extern "C" fn rt_obj_truth(a: u64, da: *const TypeDesc) -> u8 {
    // SAFETY: a word of the described type, per the ABI.
    let (h, ta) = unsafe { (RawHeap::new(), desc_arg(da)) };
    u8::from(object_ops::truth(&h, a, ta))
}

#[no_mangle]
pub unsafe extern "C" fn rt_obj_len(a: u64, da: *const TypeDesc) -> i64 {
    // SAFETY: a word of the described type, per the ABI.
    let (h, ta) = unsafe { (RawHeap::new(), desc_arg(da)) };
    crate::int::tag(check(object_ops::len(&h, a, ta))) as i64
}

/// The class of a value that holds an instance, or null.
#[no_mangle]
pub unsafe extern "C" fn rt_obj_class(a: u64, da: *const TypeDesc) -> *const ClassInfo {
    // SAFETY: a word of the described type, per the ABI.
    let (h, ta) = unsafe { (RawHeap::new(), desc_arg(da)) };
    let (w, t) = value(&h, a, ta);
    if h.kind(t) != Kind::Instance {
        return std::ptr::null();
    }
    // SAFETY: field 0 of a live instance is its class's `ClassInfo` (ABI.md "Instances").
    unsafe { tuple_items(w as *const Tuple)[0] as *const ClassInfo }
}

/// The word a value holds once unboxed (an instance's pointer, for a call the box's class
/// selected).
#[no_mangle]
pub unsafe extern "C" fn rt_obj_unbox(a: u64, da: *const TypeDesc) -> u64 {
    // SAFETY: a word of the described type, per the ABI.
    let (h, ta) = unsafe { (RawHeap::new(), desc_arg(da)) };
    value(&h, a, ta).0
}

/// The function object a boxed value holds, for a call of it; 0 after raising CPython's
/// `TypeError` when it holds anything else.
#[no_mangle]
pub unsafe extern "C" fn rt_obj_function(a: u64, da: *const TypeDesc) -> u64 {
    // SAFETY: a word of the described type, per the ABI.
    let (h, ta) = unsafe { (RawHeap::new(), desc_arg(da)) };
    let (w, t) = value(&h, a, ta);
    if t.kind == FUNCTION_KIND {
        return w;
    }
    let msg = format!("'{}' object is not callable", crate::desc::class_name(&h, a, ta));
    super::raise(crate::errors::PyErr::type_error(msg));
    0
}

/// `TypeDesc.kind` of a function object (ABI.md "Type descriptors").
const FUNCTION_KIND: u32 = 20;

/// Raises CPython's `AttributeError` for attribute `name` (`len` bytes of UTF-8) of a value
/// whose class has no such attribute.
#[no_mangle]
pub unsafe extern "C" fn rt_obj_no_attribute(a: u64, da: *const TypeDesc, name: *const u8, len: u64) {
    // SAFETY: a word of the described type and `len` bytes at `name`, per the ABI.
    let (h, ta, name) = unsafe { (RawHeap::new(), desc_arg(da), std::slice::from_raw_parts(name, len as usize)) };
    let owner = crate::desc::class_name(&h, a, ta);
    let msg = format!("'{owner}' object has no attribute '{}'", String::from_utf8_lossy(name));
    super::raise(crate::errors::PyErr::new(crate::errors::ExcKind::AttributeError, msg))
}

/// Descriptors of a boxed value and of a pair of them, for the `(key, value)` items of a boxed
/// dict's `items()` view.
pub(super) static OBJECT_DESC: TypeDesc = TypeDesc { kind: 14, nargs: 0, args: std::ptr::null() };
pub(super) struct DescArgs(pub(super) [*const TypeDesc; 2]);
// SAFETY: immutable pointers to immutable statics.
unsafe impl Sync for DescArgs {}
static PAIR_ARGS: DescArgs = DescArgs([&OBJECT_DESC, &OBJECT_DESC]);
static PAIR_DESC: TypeDesc = TypeDesc { kind: 6, nargs: 2, args: PAIR_ARGS.0.as_ptr() };

/// Boxes an item: a pair becomes a boxed tuple of two boxes.
fn item_box(item: object_items::Item<&'static TypeDesc>) -> *mut Tuple {
    match item {
        object_items::Item::One(m) => made_box(m),
        object_items::Item::Pair((k, tk), (v, tv)) => {
            let (kb, vb) = (new_box(k, tk), new_box(v, tv));
            let pair = new_tuple(2, 0b11);
            // SAFETY: `new_tuple` returned a live tuple with two fields; no collection runs
            // before the boxes are stored (collections wait for a safepoint).
            unsafe {
                let items = (&raw mut (*pair).items).cast::<u64>();
                *items = kb as u64;
                *items.add(1) = vb as u64;
            }
            new_box(pair as u64, &PAIR_DESC)
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_obj_getitem(a: u64, da: *const TypeDesc, k: u64, dk: *const TypeDesc) -> *mut Tuple {
    // SAFETY: words of the described types, per the ABI.
    let (h, ta, tk) = unsafe { (RawHeap::new(), desc_arg(da), desc_arg(dk)) };
    made_box(check(object_items::getitem(&h, a, ta, k, tk)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_obj_contains(x: u64, dx: *const TypeDesc, a: u64, da: *const TypeDesc) -> u8 {
    // SAFETY: words of the described types, per the ABI.
    let (h, tx, ta) = unsafe { (RawHeap::new(), desc_arg(dx), desc_arg(da)) };
    u8::from(check(object_items::contains(&h, x, tx, a, ta)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_obj_iter_len(a: u64, da: *const TypeDesc) -> i64 {
    // SAFETY: a word of the described type, per the ABI.
    let (h, ta) = unsafe { (RawHeap::new(), desc_arg(da)) };
    crate::int::tag(check(object_items::iter_len(&h, a, ta))) as i64
}

/// `pos` and `size` are tagged ints; so is the result (-1 when the iteration is over).
#[no_mangle]
pub unsafe extern "C" fn rt_obj_iter_next(a: u64, da: *const TypeDesc, pos: i64, size: i64) -> i64 {
    // SAFETY: a word of the described type and tagged ints, per the ABI.
    let (h, ta) = unsafe { (RawHeap::new(), desc_arg(da)) };
    let (pos, size) = (crate::int::untag(pos as u64), crate::int::untag(size as u64));
    crate::int::tag(check(object_items::iter_next(&h, a, ta, pos, size))) as i64
}

/// `at` is a tagged position `rt_obj_iter_next` returned.
#[no_mangle]
pub unsafe extern "C" fn rt_obj_iter_item(a: u64, da: *const TypeDesc, at: i64) -> *mut Tuple {
    // SAFETY: a word of the described type, per the ABI.
    let (h, ta) = unsafe { (RawHeap::new(), desc_arg(da)) };
    let at = crate::int::untag(at as u64).max(0) as usize;
    item_box(object_items::iter_item(&h, a, ta, at))
}

#[no_mangle]
pub unsafe extern "C" fn rt_obj_unpack(a: u64, da: *const TypeDesc, i: u64, n: u64) -> *mut Tuple {
    // SAFETY: a word of the described type, per the ABI.
    let (h, ta) = unsafe { (RawHeap::new(), desc_arg(da)) };
    item_box(check(object_items::unpack(&h, a, ta, i as usize, n as usize)))
}

/// The `TypeDesc.kind` of the value a word holds (what a box or an optional holds), for
/// `isinstance` with a built-in class.
#[no_mangle]
pub unsafe extern "C" fn rt_obj_kind(a: u64, da: *const TypeDesc) -> u32 {
    // SAFETY: a word of the described type, per the ABI.
    let (h, ta) = unsafe { (RawHeap::new(), desc_arg(da)) };
    value(&h, a, ta).1.kind
}

/// `C.__name__` of a class value (its `ClassInfo` address with bit 0 set).
#[no_mangle]
pub unsafe extern "C" fn rt_class_name(class: u64) -> *mut crate::gc::object::Str {
    // SAFETY: per the ABI, a class value is a `ClassInfo` address with bit 0 set.
    let info = unsafe { &*((class & !1) as *const super::layout::ClassInfo) };
    crate::gc::object::new_str(info.name())
}

/// `sum(xs)` of a list of boxed values: `0 + x0 + x1 ...` with CPython's mixed arithmetic,
/// boxed. Nothing here reaches a safepoint, so the boxes made on the way need no roots.
#[no_mangle]
pub unsafe extern "C" fn rt_list_sum_obj(l: *const super::layout::List) -> *mut Tuple {
    // SAFETY: a list of boxed values per the ABI.
    let (h, xs) = unsafe { (RawHeap::new(), super::list_items(l)) };
    let mut acc = new_box(crate::int::tag(0), &INT_DESC);
    for &w in xs {
        match object_ops::binop(&h, Op::Add, acc as u64, &OBJECT_DESC, w, &OBJECT_DESC) {
            Ok(m) => acc = made_box(m),
            Err(e) => return super::fail(e),
        }
    }
    acc
}
