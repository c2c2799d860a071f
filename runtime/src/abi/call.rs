//! `rt_bind_call` and `rt_kwargs_rest`: calls whose arguments are bound when they run
//! ([`crate::call_args`]).

use super::dict::{rt_dict_setitem, snapshot};
use super::layout::{Dict, List, TypeDesc};
use super::object::new_box;
use super::{desc_arg, fail, list_items, str_ref, tuple_items};
use crate::call_args::{self, Spec};
use crate::errors::{ExcKind, PyErr};
use crate::gc::object::Str;

/// The binding spec the compiler emitted as a constant.
///
/// # Safety
/// `p` must point to `len` bytes of UTF-8 that live for the program.
unsafe fn spec_arg<'s>(p: *const u8, len: u64) -> Option<Spec<'s>> {
    // SAFETY: per the caller.
    let bytes = unsafe { std::slice::from_raw_parts(p, len as usize) };
    std::str::from_utf8(bytes).ok().and_then(Spec::parse)
}

fn malformed() -> PyErr {
    PyErr::new(ExcKind::RuntimeError, "mesapyc: malformed binding spec")
}

/// The (key, value) words of a dict whose keys are strs, with the keys' text.
///
/// # Safety
/// `d` must point to a live dict object whose key type is `str`.
unsafe fn str_entries<'a>(d: *const Dict) -> Vec<(&'a str, u64, u64)> {
    // SAFETY: per the caller, every key word points to a live str object.
    unsafe { snapshot(d).into_iter().map(|e| (str_ref(e.key as *const Str), e.key, e.value)).collect() }
}

/// Binds a call to the parameters the spec describes: `list` is the starred list (null when
/// the call has none) and `dicts` the call's `ndicts` `**` dicts, in call order. Writes two words
/// per parameter to `out` (`call_args::Source::words`); raises CPython's `TypeError` for
/// arguments that do not fit.
#[no_mangle]
pub unsafe extern "C" fn rt_bind_call(spec: *const u8, spec_len: u64, list: *const List, dicts: *const *const Dict, ndicts: u64, out: *mut u64) {
    // SAFETY: a spec constant, a list or tuple, an array of `ndicts` dicts with str keys and an
    // array of two words per parameter per the ABI.
    unsafe {
        let Some(spec) = spec_arg(spec, spec_len) else { return fail(malformed()) };
        // The starred sequence: a list, or a tuple of a length known only at run time.
        let items = (!list.is_null()).then(|| match (*list.cast::<crate::abi::layout::Header>()).kind {
            crate::gc::object::KIND_TUPLE => tuple_items(list.cast()),
            _ => list_items(list),
        });
        let dicts: Vec<Vec<(&str, u64)>> = (0..ndicts as usize).map(|i| str_entries(*dicts.add(i)).into_iter().map(|(k, _, v)| (k, v)).collect()).collect();
        let sources = match call_args::bind(&spec, items, &dicts) {
            Ok(s) => s,
            Err(e) => return fail(e),
        };
        let out = std::slice::from_raw_parts_mut(out, 2 * sources.len());
        for (pair, s) in out.chunks_exact_mut(2).zip(sources) {
            pair.copy_from_slice(&s.words());
        }
    }
}

/// Adds to `kwargs` the items of the `**` dict `dict` that no parameter of the spec takes, each
/// value boxed with descriptor `boxed` when that is not null (`**kwargs` of mixed value type).
#[no_mangle]
pub unsafe extern "C" fn rt_kwargs_rest(kwargs: *mut Dict, dict: *const Dict, spec: *const u8, spec_len: u64, boxed: *const TypeDesc) {
    // SAFETY: two dict objects with str keys, a spec constant and a null or constant descriptor
    // per the ABI.
    unsafe {
        let Some(spec) = spec_arg(spec, spec_len) else { return fail(malformed()) };
        for (name, key, value) in str_entries(dict) {
            if spec.takes_keyword(name) {
                continue;
            }
            let value = if boxed.is_null() { value } else { new_box(value, desc_arg(boxed)) as u64 };
            rt_dict_setitem(kwargs, key, value);
        }
    }
}
