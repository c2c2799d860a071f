//! The type-descriptor-driven functions (`rt_str_of`, `rt_repr`, `rt_format`, `rt_eq`, `rt_cmp`,
//! `rt_hash`, `rt_id`) and [`RawHeap`], through which the safe [`desc`](crate::desc) code reads raw objects.

use num_bigint::BigInt;

use super::layout::{Dict, Set, TypeDesc};
use super::{check, desc_arg, int_word, list_items, str_ref, tuple_items};
use crate::abi::layout::{ClassInfo, Header, List, Tuple};
use crate::desc::{self, Heap, Kind};
use crate::errors::PyResult;
use crate::dict_ops::Table;
use crate::set_ops::SetTable;
use crate::gc::object::{new_str, BigObj, Str, KIND_LIST};
use crate::int::Int;

/// Calls a compiled `__repr__`/`__str__` wrapper and copies its result. The method may reach a
/// safepoint; the objects the runtime is reading are reachable from the caller's roots, but a
/// collection is held off anyway so that no Rust reference into the heap can see a freed object.
fn call_text_method(f: extern "C" fn(u64) -> *const Str, w: u64) -> PyResult<String> {
    let _hold = crate::gc::HoldCollections::new();
    let s = f(w);
    if s.is_null() {
        // The method raised: its exception is pending.
        return Err(crate::errors::PyErr::pending());
    }
    // SAFETY: generated text-method wrappers return a live str object, or null after a raise.
    Ok(unsafe { str_ref(s) }.to_string())
}

/// The source path of the closures that are bound methods (the compiler's `build/bound.rs`).
const BOUND_METHODS: &str = "<bound methods>";

/// The `ClassInfo` an instance's field 0 points to.
///
/// # Safety
/// `w` must be a live instance object (ABI.md "Instances").
pub(super) unsafe fn class_info(w: u64) -> &'static ClassInfo {
    // SAFETY: per the caller; field 0 of an instance holds the address of its class's constant
    // `ClassInfo`, which lives for the program.
    unsafe { &*(*(&raw const (*(w as *const Tuple)).items).cast::<*const ClassInfo>()) }
}

/// The `FuncInfo` a function object's field 0 points to (with bit 0 set).
///
/// # Safety
/// `w` must be a live function object (ABI.md "Functions").
pub(super) unsafe fn function_info(w: u64) -> &'static super::layout::FuncInfo {
    // SAFETY: per the caller; field 0 of a function object holds the address of its constant
    // `FuncInfo` with bit 0 set, which lives for the program.
    unsafe { &*((*(&raw const (*(w as *const Tuple)).items).cast::<u64>() & !1) as *const super::layout::FuncInfo) }
}

/// Reads objects through raw words. Constructing one is the promise that every word and
/// descriptor later handed to it is valid per ABI.md for the type it is read as.
pub struct RawHeap {
    _private: (),
}

impl RawHeap {
    /// # Safety
    /// Every word and descriptor passed to the returned heap's methods must be a live object of
    /// the kind its descriptor says, and a descriptor that lives for the program.
    pub unsafe fn new() -> RawHeap {
        RawHeap { _private: () }
    }
}

impl Heap for RawHeap {
    type Ty = &'static TypeDesc;

    fn kind(&self, t: Self::Ty) -> Kind {
        match t.kind {
            0 => Kind::Int,
            1 => Kind::Float,
            2 => Kind::Bool,
            4 => Kind::Str,
            5 => Kind::List,
            // 22 is a tuple of any length, whose fields all have type `args[0]` (see `arg`).
            6 | 22 => Kind::Tuple,
            7 => Kind::Dict,
            8 => Kind::Set,
            9 => Kind::DictKeys,
            10 => Kind::DictValues,
            11 => Kind::DictItems,
            12 => Kind::Instance,
            13 => Kind::Optional,
            14 => Kind::Object,
            15 => Kind::FrozenSet,
            16 => Kind::Bytes,
            17 => Kind::ByteArray,
            18 => Kind::Iterator,
            19 => Kind::Class,
            20 => Kind::Function,
            // 3, and anything a broken descriptor might hold: a value with no contents to read.
            _ => Kind::None,
        }
    }

    fn none(&self) -> Self::Ty {
        &super::object::NONE_DESC
    }

    fn unbox(&self, w: u64) -> (u64, Self::Ty) {
        let [d, payload] = super::object::box_fields(w);
        // SAFETY: `new`'s contract: a box holds the descriptor of the value it holds.
        (payload, unsafe { desc_arg(d as *const TypeDesc) })
    }

    fn arg(&self, t: Self::Ty, i: usize) -> Self::Ty {
        let i = if t.kind == 22 { 0 } else { i };
        if i >= t.nargs as usize || t.args.is_null() {
            return t;
        }
        // SAFETY: `new`'s contract: descriptors are valid, with `nargs` argument pointers.
        unsafe { desc_arg(*t.args.add(i)) }
    }

    fn str(&self, w: u64) -> &str {
        // SAFETY: `new`'s contract: a word read as str is a str object.
        unsafe { str_ref(w as *const Str) }
    }

    fn instance_repr(&self, w: u64) -> PyResult<String> {
        // SAFETY: `new`'s contract: a word read as an instance is a live instance object.
        let info = unsafe { class_info(w) };
        match info.repr {
            Some(repr) => call_text_method(repr, w),
            None => Ok(format!("<{}.{} object at {w:#x}>", info.module(), info.name())),
        }
    }

    fn instance_str(&self, w: u64) -> PyResult<String> {
        // SAFETY: `new`'s contract: a word read as an instance is a live instance object.
        match unsafe { class_info(w) }.str {
            Some(str) => call_text_method(str, w),
            None => self.instance_repr(w),
        }
    }

    fn class_qualname(&self, w: u64) -> String {
        // SAFETY: `new`'s contract: a class value is a `ClassInfo` address with bit 0 set.
        let info = unsafe { &*((w & !1) as *const ClassInfo) };
        match info.module() {
            "" => info.name().to_string(),
            m => format!("{m}.{}", info.name()),
        }
    }

    fn function_repr(&self, w: u64) -> PyResult<String> {
        // SAFETY: `new`'s contract: a word read as a function is a live function object.
        let info = unsafe { function_info(w) };
        // SAFETY: `file` is null or the function's constant `SourceInfo`.
        let path = unsafe { info.file.as_ref() }.map_or("", |f| f.path());
        match path {
            "<prelude>" => Ok(format!("<built-in function {}>", info.name())),
            BOUND_METHODS => {
                let (_, this) = self.bound_method(w).unwrap_or_default();
                Ok(format!("<bound method {} of {}>", info.name(), self.instance_repr(this)?))
            }
            _ => Ok(format!("<function {} at {w:#x}>", info.name())),
        }
    }

    fn bound_method(&self, w: u64) -> Option<(u64, u64)> {
        // SAFETY: `new`'s contract: a word read as a function is a live function object.
        let info = unsafe { function_info(w) };
        // SAFETY: `file` is null or the function's constant `SourceInfo`.
        if unsafe { info.file.as_ref() }.map(|f| f.path()) != Some(BOUND_METHODS) {
            return None;
        }
        // SAFETY: a bound method's function object has the cell of its instance in field 1, a
        // one-field tuple that holds the instance (ABI.md "Functions").
        let this = unsafe {
            let cell = *tuple_items(w as *const Tuple).get(1)?;
            *tuple_items(cell as *const Tuple).first()?
        };
        Some((info as *const _ as u64, this))
    }

    fn instance_class(&self, w: u64) -> String {
        // SAFETY: `new`'s contract: a word read as an instance is a live instance object.
        unsafe { class_info(w) }.name().to_string()
    }

    fn instance_hash(&self, w: u64) -> PyResult<i64> {
        // SAFETY: `new`'s contract: a word read as an instance is a live instance object.
        let info = unsafe { class_info(w) };
        if info.unhashable != 0 {
            return Err(crate::errors::PyErr::type_error(format!("unhashable type: '{}'", info.name())));
        }
        match info.hash {
            Some(f) => {
                let r = {
                    let _hold = crate::gc::HoldCollections::new();
                    f(w)
                };
                if r == 0 {
                    // Not an int word: the method raised, and its exception is pending.
                    return Err(crate::errors::PyErr::pending());
                }
                Ok(crate::hash::of_method(desc::int_ref(self, r)))
            }
            None => Ok(crate::hash::identity(w)),
        }
    }

    fn instance_eq(&self, a: u64, b: u64) -> bool {
        // SAFETY: `new`'s contract: a word read as an instance is a live instance object.
        match unsafe { class_info(a) }.eq {
            Some(f) => {
                // As for text methods: the method may reach a safepoint.
                let _hold = crate::gc::HoldCollections::new();
                f(a, b) != 0
            }
            None => false,
        }
    }

    fn instance_lt(&self, a: u64, b: u64) -> PyResult<Option<bool>> {
        // SAFETY: `new`'s contract: a word read as an instance is a live instance object.
        let Some(f) = (unsafe { class_info(a) }).lt else { return Ok(None) };
        let r = {
            // As for `__eq__`: the method may reach a safepoint.
            let _hold = crate::gc::HoldCollections::new();
            f(a, b)
        };
        match r {
            0 => Ok(Some(false)),
            1 => Ok(Some(true)),
            2 => Err(crate::errors::PyErr::pending()),
            _ => Ok(None),
        }
    }

    fn str_hash(&self, w: u64) -> i64 {
        let p = w as *mut Str;
        // SAFETY: `new`'s contract: a word read as str is a live str object; the collector
        // never moves it, and the runtime is single-threaded, so the cache write cannot race.
        unsafe {
            if (*p).hash == 0 {
                (*p).hash = crate::hash::str(str_ref(p)) as u64;
            }
            (*p).hash as i64
        }
    }

    fn big(&self, w: u64) -> &BigInt {
        // SAFETY: `new`'s contract: an untagged int word is a big-int object.
        unsafe { &(*(w as *const BigObj)).value }
    }

    fn items(&self, w: u64) -> &[u64] {
        // SAFETY: `new`'s contract: a word read as a list or tuple is one; the header says which.
        unsafe {
            if (*(w as *const Header)).kind == KIND_LIST {
                list_items(w as *const List)
            } else {
                tuple_items(w as *const Tuple)
            }
        }
    }

    fn dict(&self, w: u64) -> &Table {
        // SAFETY: `new`'s contract: a word read as a dict or view is a dict object.
        unsafe { &(*(w as *const Dict)).table }
    }

    fn set(&self, w: u64) -> &SetTable {
        // SAFETY: `new`'s contract: a word read as a set or frozenset is a set object.
        unsafe { &(*(w as *const Set)).table }
    }

    fn bytes(&self, w: u64) -> &[u8] {
        // SAFETY: `new`'s contract: a word read as bytes or bytearray is a bytes object, whose
        // buffer holds `len` bytes.
        unsafe {
            let b = w as *const crate::abi::layout::Bytes;
            std::slice::from_raw_parts((*b).data, (*b).len as usize)
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_of(w: u64, d: *const TypeDesc) -> *mut Str {
    // SAFETY: a word of the described type per the ABI.
    let (h, t) = unsafe { (RawHeap::new(), desc_arg(d)) };
    if h.kind(t) == Kind::Str {
        return w as *mut Str;
    }
    new_str(&check(desc::str_of(&h, w, t)))
}

/// `type(x).__name__` of a value whose type is known only at run time (a box).
#[no_mangle]
pub unsafe extern "C" fn rt_type_name(w: u64, d: *const TypeDesc) -> *mut Str {
    // SAFETY: a word of the described type per the ABI.
    let (h, t) = unsafe { (RawHeap::new(), desc_arg(d)) };
    new_str(&desc::class_name(&h, w, t))
}

#[no_mangle]
pub unsafe extern "C" fn rt_repr(w: u64, d: *const TypeDesc) -> *mut Str {
    // SAFETY: a word of the described type per the ABI.
    let (h, t) = unsafe { (RawHeap::new(), desc_arg(d)) };
    new_str(&check(desc::repr(&h, w, t)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_format(w: u64, d: *const TypeDesc, spec: *const Str) -> *mut Str {
    // SAFETY: a word of the described type and a str object per the ABI.
    let (h, t, spec) = unsafe { (RawHeap::new(), desc_arg(d), str_ref(spec)) };
    new_str(&check(desc::format(&h, w, t, spec)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_eq(a: u64, b: u64, d: *const TypeDesc) -> u8 {
    // SAFETY: words of the described type per the ABI.
    let (h, t) = unsafe { (RawHeap::new(), desc_arg(d)) };
    u8::from(desc::eq(&h, a, b, t))
}

#[no_mangle]
pub unsafe extern "C" fn rt_cmp(a: u64, b: u64, d: *const TypeDesc) -> i32 {
    // SAFETY: words of the described type per the ABI.
    let (h, t) = unsafe { (RawHeap::new(), desc_arg(d)) };
    check(desc::cmp(&h, a, b, t, "<"))
}

#[no_mangle]
pub unsafe extern "C" fn rt_id(w: u64, d: *const TypeDesc) -> i64 {
    // SAFETY: a word of the described type per the ABI.
    let (h, t) = unsafe { (RawHeap::new(), desc_arg(d)) };
    int_word(Int::from_i128(desc::id(&h, w, t)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_hash(w: u64, d: *const TypeDesc) -> i64 {
    // SAFETY: a word of the described type per the ABI.
    let (h, t) = unsafe { (RawHeap::new(), desc_arg(d)) };
    int_word(Int::from_i128(check(crate::hash::hash(&h, w, t)).into()))
}
