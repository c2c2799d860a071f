//! `rt_attr_*`: attributes of instances named at run time (`getattr(o, name)`, `setattr`,
//! `hasattr`, `delattr`, `del o.x`, `vars(o)`).
//!
//! The instance's class's `ClassInfo::attrs` table lists its fields (index, type, the word of
//! an unset field), its class attributes (their storage) and its methods and properties. A name
//! that is no field lives in the instance's dictionary (`ClassInfo::dict_slot`): a
//! `dict[str, object]` made by the first `setattr` that needs it. CPython's lookup order holds:
//! a property (data descriptor), then the instance's attributes (a set field, the dictionary),
//! then the class's attributes.
//!
//! A property reached by a computed name is called through the wrappers its table entry holds
//! (`AttrInfo::at` the getter, `AttrInfo::unset` the setter). A method reached by a computed
//! name would need a bound method; that raises a `TypeError` that says so rather than answer
//! differently.

use super::dict::{rt_dict_contains, rt_dict_get, rt_dict_new, rt_dict_pop_default, rt_dict_setitem};
use super::generic::{class_info, RawHeap};
use super::layout::{AttrInfo, ClassInfo, Dict, Tuple, TypeDesc};
use super::object::{new_box, DescArgs, OBJECT_DESC, STR_DESC};
use super::{desc_arg, fail, fatal, str_ref, tuple_items};
use crate::desc::{value, Heap, Kind};
use crate::errors::{ExcKind, PyErr};
use crate::gc::object::{new_str, Str};

const FIELD: u64 = 0;
const CLASS_ATTR: u64 = 1;
const METHOD: u64 = 2;
const PROPERTY: u64 = 3;

static INSTANCE_DICT_ARGS: DescArgs = DescArgs([&STR_DESC, &OBJECT_DESC]);
/// `dict[str, object]`, the type of an instance's dictionary.
static INSTANCE_DICT_DESC: TypeDesc = TypeDesc { kind: 7, nargs: 2, args: INSTANCE_DICT_ARGS.0.as_ptr() };

/// An instance, its class and the attribute name.
///
/// # Safety
/// `obj` must be a live instance and `name` a live str.
unsafe fn parts<'a>(obj: *mut Tuple, name: *const Str) -> (&'static ClassInfo, &'a str) {
    // SAFETY: per the caller.
    unsafe { (class_info(obj as u64), str_ref(name)) }
}

/// The address of field `at` of `obj`.
///
/// # Safety
/// `obj` must be a live instance.
unsafe fn field_ptr(obj: *mut Tuple, at: u64) -> *mut u64 {
    // SAFETY: per the caller; the index is checked against the instance's field count.
    unsafe {
        let n = tuple_items(obj).len() as u64;
        if at >= n {
            fatal(internal(format!("attribute field {at} of an instance with {n} fields")));
        }
        (&raw mut (*obj).items).cast::<u64>().add(at as usize)
    }
}

/// The word of field `a` of `obj`, unless it is unset.
///
/// # Safety
/// `obj` must be a live instance of the class whose table holds `a`.
unsafe fn field_word(obj: *mut Tuple, a: &AttrInfo) -> Option<u64> {
    // SAFETY: per the caller.
    let w = unsafe { *field_ptr(obj, a.at) };
    (w != a.unset).then_some(w)
}

/// A word of type `d` as an `object`: the box itself when `d` is `object`.
fn boxed(w: u64, d: *const TypeDesc) -> *mut Tuple {
    // SAFETY: table descriptors are constants of the program.
    let d = unsafe { desc_arg(d) };
    // SAFETY: `RawHeap` only reads the descriptor.
    let h = unsafe { RawHeap::new() };
    if h.kind(d) == Kind::Object {
        w as *mut Tuple
    } else {
        new_box(w, d)
    }
}

/// The value of class attribute `a`, boxed.
fn class_attr(a: &AttrInfo) -> *mut Tuple {
    // SAFETY: table descriptors are constants of the program.
    let d = unsafe { desc_arg(a.desc) };
    // SAFETY: `RawHeap` only reads the descriptor.
    let h = unsafe { RawHeap::new() };
    // SAFETY: `at` is the address of the attribute's global, one byte for a bool or `None`.
    let w = unsafe {
        match h.kind(d) {
            Kind::Bool | Kind::None => u64::from(*(a.at as *const u8)),
            _ => *(a.at as *const u64),
        }
    };
    boxed(w, a.desc)
}

/// The instance's dictionary, or null when no attribute was put in it yet.
///
/// # Safety
/// `obj` must be a live instance of `info`'s class.
unsafe fn instance_dict(obj: *mut Tuple, info: &ClassInfo) -> *mut Dict {
    if info.dict_slot == 0 {
        return std::ptr::null_mut();
    }
    // SAFETY: per the caller; the slot holds 0 or a dict.
    unsafe { *field_ptr(obj, info.dict_slot) as *mut Dict }
}

/// The boxed entry `name` of the instance's dictionary.
///
/// # Safety
/// As for [`instance_dict`]; `name` must be a live str.
unsafe fn dict_entry(obj: *mut Tuple, info: &ClassInfo, name: *const Str) -> Option<*mut Tuple> {
    // SAFETY: per the caller.
    let d = unsafe { instance_dict(obj, info) };
    // SAFETY: a dict of str keys; a box is never the word 0.
    (!d.is_null()).then(|| unsafe { rt_dict_get(d, name as u64, 0) } as *mut Tuple).filter(|b| !b.is_null())
}

/// An error of mesapyc itself: the tables disagree with the instance.
fn internal(msg: String) -> PyErr {
    PyErr::new(ExcKind::RuntimeError, format!("mesapyc internal error: {msg}"))
}

fn no_attribute(info: &ClassInfo, name: &str) -> PyErr {
    PyErr::new(ExcKind::AttributeError, format!("'{}' object has no attribute '{name}'", info.name()))
}

fn unsupported(info: &ClassInfo, name: &str, a: &AttrInfo) -> PyErr {
    let what = if a.kind == PROPERTY { "property" } else { "method" };
    PyErr::new(ExcKind::TypeError, format!("mesapyc: the {what} '{name}' of '{}' objects cannot be reached by a name computed at run time; name it in the source", info.name()))
}

/// CPython's error for assigning or deleting a property without a setter (deleter).
fn read_only(info: &ClassInfo, name: &str, what: &str) -> PyErr {
    PyErr::new(ExcKind::AttributeError, format!("property '{name}' of '{}' object has no {what}", info.name()))
}

/// Calls property `p`'s getter on `obj`: its result, boxed, or null after it raised.
fn call_getter(obj: *mut Tuple, p: &AttrInfo) -> *mut Tuple {
    // SAFETY: a nonzero `at` of a property entry is the address of its getter wrapper.
    let getter: extern "C" fn(u64) -> u64 = unsafe { std::mem::transmute::<u64, extern "C" fn(u64) -> u64>(p.at) };
    // The getter may reach a safepoint; the runtime holds no heap reference across it, and a
    // collection is held off so that the result word stays valid until it is boxed.
    let _hold = crate::gc::HoldCollections::new();
    let w = getter(obj as u64);
    if super::exc::pending() {
        return std::ptr::null_mut();
    }
    boxed(w, p.desc)
}

/// The table's entries for `name`, of kind `kind`.
fn entries<'a>(info: &'a ClassInfo, name: &'a str, kind: u64) -> impl Iterator<Item = &'a AttrInfo> {
    info.attrs().iter().filter(move |a| a.kind == kind && a.name() == name)
}

/// The instance a boxed value holds, for an attribute named at run time (and null after
/// raising for any other value): CPython's `AttributeError` for `None`, whose only attributes
/// are special ones, and a `TypeError` that says mesapyc cannot look a computed name up in a
/// built-in value's attributes (`real`, its methods) for the others. For `hasattr` (`has`),
/// `None` gives null without raising: it has no such attribute.
#[no_mangle]
pub unsafe extern "C" fn rt_attr_receiver(w: u64, d: *const TypeDesc, name: *const Str, has: u8) -> *mut Tuple {
    // SAFETY: a word of the described type and a str, per the ABI.
    let (h, t, n) = unsafe { (RawHeap::new(), desc_arg(d), str_ref(name)) };
    let (v, vt) = value(&h, w, t);
    match h.kind(vt) {
        Kind::Instance => v as *mut Tuple,
        Kind::None if has != 0 && !n.starts_with("__") => std::ptr::null_mut(),
        Kind::None if !n.starts_with("__") => fail(PyErr::new(ExcKind::AttributeError, format!("'NoneType' object has no attribute '{n}'"))),
        _ => {
            let owner = crate::desc::class_name(&h, v, vt);
            fail(PyErr::new(ExcKind::TypeError, format!("mesapyc: the attribute '{n}' of a '{owner}' value cannot be reached by a name computed at run time")))
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_attr_get(obj: *mut Tuple, name: *const Str) -> *mut Tuple {
    // SAFETY: an instance and a str, per the ABI.
    let (info, n) = unsafe { parts(obj, name) };
    if let Some(p) = entries(info, n, PROPERTY).next() {
        return if p.at == 0 { fail(unsupported(info, n, p)) } else { call_getter(obj, p) };
    }
    for a in entries(info, n, FIELD) {
        // SAFETY: `a` is an entry of the instance's own class.
        if let Some(w) = unsafe { field_word(obj, a) } {
            return boxed(w, a.desc);
        }
    }
    // SAFETY: as above.
    if let Some(b) = unsafe { dict_entry(obj, info, name) } {
        return b;
    }
    if let Some(a) = entries(info, n, CLASS_ATTR).next() {
        return class_attr(a);
    }
    match entries(info, n, METHOD).next() {
        Some(m) => fail(unsupported(info, n, m)),
        None => fail(no_attribute(info, n)),
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_attr_has(obj: *mut Tuple, name: *const Str) -> u8 {
    // SAFETY: an instance and a str, per the ABI.
    let (info, n) = unsafe { parts(obj, name) };
    // SAFETY: entries of the instance's own class.
    let field = entries(info, n, FIELD).any(|a| unsafe { field_word(obj, a) }.is_some());
    let class_level = [CLASS_ATTR, METHOD, PROPERTY].into_iter().any(|k| entries(info, n, k).next().is_some());
    // SAFETY: as above.
    u8::from(field || class_level || unsafe { dict_entry(obj, info, name) }.is_some())
}

#[no_mangle]
pub unsafe extern "C" fn rt_attr_set(obj: *mut Tuple, name: *const Str, v: *mut Tuple) {
    // SAFETY: an instance, a str and a box, per the ABI.
    let (info, n) = unsafe { parts(obj, name) };
    if let Some(p) = entries(info, n, PROPERTY).next() {
        if p.unset == 0 {
            return fail(read_only(info, n, "setter"));
        }
        // SAFETY: a nonzero `unset` of a property entry is the address of its setter wrapper.
        let setter = unsafe { std::mem::transmute::<u64, extern "C" fn(u64, u64)>(p.unset) };
        let _hold = crate::gc::HoldCollections::new();
        setter(obj as u64, v as u64);
        return;
    }
    if let Some(a) = entries(info, n, FIELD).next() {
        // SAFETY: the annotator joined the value's type into every field (annotate::attrs).
        let w = unsafe { stored_word(v, a.desc) }.unwrap_or_else(|| fatal(internal(format!("setattr of a value that field '{n}' cannot hold"))));
        // SAFETY: `a` is an entry of the instance's own class.
        unsafe { *field_ptr(obj, a.at) = w };
        return;
    }
    if info.dict_slot == 0 {
        fatal(internal("setattr of a dictionary attribute on an instance without one".to_string()));
    }
    // SAFETY: the slot holds 0 or the instance's dict.
    unsafe {
        let mut d = instance_dict(obj, info);
        if d.is_null() {
            d = rt_dict_new(&INSTANCE_DICT_DESC);
            *field_ptr(obj, info.dict_slot) = d as u64;
        }
        rt_dict_setitem(d, name as u64, v as u64);
    }
}

/// The word a field of type `fd` holds for the boxed value `v`, if its type is the field's.
///
/// # Safety
/// `v` must be a live box and `fd` a descriptor of the program.
unsafe fn stored_word(v: *mut Tuple, fd: *const TypeDesc) -> Option<u64> {
    // SAFETY: per the caller.
    let (h, fd) = unsafe { (RawHeap::new(), desc_arg(fd)) };
    if h.kind(fd) == Kind::Object {
        return Some(v as u64);
    }
    let (w, t) = value(&h, v as u64, &OBJECT_DESC);
    fn fits(h: &RawHeap, w: u64, t: &'static TypeDesc, fd: &'static TypeDesc) -> Option<u64> {
        match h.kind(fd) {
            Kind::Optional if h.kind(t) == Kind::None => Some(0),
            Kind::Optional => fits(h, w, t, h.arg(fd, 0)),
            k if k == h.kind(t) => Some(w),
            _ => None,
        }
    }
    fits(&h, w, t, fd)
}

#[no_mangle]
pub unsafe extern "C" fn rt_attr_del(obj: *mut Tuple, name: *const Str) {
    // SAFETY: an instance and a str, per the ABI.
    let (info, n) = unsafe { parts(obj, name) };
    if entries(info, n, PROPERTY).next().is_some() {
        // mesapyc compiles no `@x.deleter`.
        return fail(read_only(info, n, "deleter"));
    }
    for a in entries(info, n, FIELD) {
        // SAFETY: `a` is an entry of the instance's own class.
        unsafe {
            if field_word(obj, a).is_some() {
                *field_ptr(obj, a.at) = a.unset;
                return;
            }
        }
    }
    // SAFETY: the slot holds 0 or the instance's dict, of str keys.
    unsafe {
        let d = instance_dict(obj, info);
        if !d.is_null() && rt_dict_contains(d, name as u64) == 1 {
            rt_dict_pop_default(d, name as u64, 0);
            return;
        }
    }
    fail(no_attribute(info, n))
}

/// `vars(obj)`: a new dict (of type `d`, `dict[str, object]` or a wider key type) of the set
/// fields, in layout order, then the dictionary's entries.
#[no_mangle]
pub unsafe extern "C" fn rt_attr_vars(obj: *mut Tuple, d: *const TypeDesc) -> *mut Dict {
    // SAFETY: an instance and a dict descriptor, per the ABI.
    let (info, d) = unsafe { (class_info(obj as u64), desc_arg(d)) };
    // SAFETY: `RawHeap` only reads descriptors.
    let h = unsafe { RawHeap::new() };
    let boxed_keys = h.kind(h.arg(d, 0)) == Kind::Object;
    let key = |s: *const Str| if boxed_keys { new_box(s as u64, &STR_DESC) as u64 } else { s as u64 };
    // SAFETY: a dict descriptor of the program.
    let out = unsafe { rt_dict_new(d) };
    for a in info.attrs().iter().filter(|a| a.kind == FIELD) {
        // SAFETY: `a` is an entry of the instance's own class; `out` is a live dict of type `d`.
        unsafe {
            if let Some(w) = field_word(obj, a) {
                rt_dict_setitem(out, key(new_str(a.name())), boxed(w, a.desc) as u64);
            }
        }
    }
    // SAFETY: the slot holds 0 or the instance's dict, whose live entries are str keys and boxes.
    unsafe {
        let own = instance_dict(obj, info);
        if !own.is_null() {
            for e in (*own).table.iter() {
                rt_dict_setitem(out, key(e.key as *const Str), e.value);
            }
        }
    }
    out
}

/// `obj.__dict__.update(d)` of a dict with str keys: `setattr(obj, key, value)` for each item.
#[no_mangle]
pub unsafe extern "C" fn rt_attr_update(obj: *mut Tuple, d: *const Dict) {
    // SAFETY: an instance and a dict of str keys, per the ABI; its descriptor is a constant.
    let (h, value_t) = unsafe { (RawHeap::new(), desc_arg((*d).desc)) };
    let value_t = h.arg(value_t, 1);
    // SAFETY: as above; the items are copied out first, as setting them allocates.
    let items: Vec<(u64, u64)> = unsafe { (*d).table.iter().map(|e| (e.key, e.value)).collect() };
    for (k, v) in items {
        // SAFETY: a str key and a word of the dict's value type; no collection runs here.
        unsafe { rt_attr_set(obj, k as *const Str, boxed(v, value_t)) };
        if super::exc::pending() {
            return;
        }
    }
}
