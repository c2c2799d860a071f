//! `sys.argv`, `input()` and the file handles of `runtime/src/files.rs`, for the prelude's file
//! objects and the `sys` shim.

use super::str::{str_list, str_obj};
use super::{check, int_clamped, str_ref};
use crate::files;
use crate::gc::object::Str;
use crate::int;

use super::layout::List;

/// `sys.argv`: the program's path and arguments as `rt_main` received them.
#[no_mangle]
pub extern "C" fn rt_argv() -> *mut List {
    str_list(super::argv().iter().map(String::as_str))
}

#[no_mangle]
pub unsafe extern "C" fn rt_file_open(path: *const Str, mode: *const Str) -> i64 {
    // SAFETY: str objects per the ABI.
    let (path, mode) = unsafe { (str_ref(path), str_ref(mode)) };
    int::tag(check(files::open(path, mode))) as i64
}

#[no_mangle]
pub unsafe extern "C" fn rt_file_read(handle: i64) -> *mut Str {
    // SAFETY: an int word per the ABI.
    str_obj(&check(files::read(unsafe { int_clamped(handle) })))
}

#[no_mangle]
pub unsafe extern "C" fn rt_file_readline(handle: i64) -> *mut Str {
    // SAFETY: an int word per the ABI.
    str_obj(&check(files::readline(unsafe { int_clamped(handle) })))
}

#[no_mangle]
pub unsafe extern "C" fn rt_file_write(handle: i64, text: *const Str) {
    // SAFETY: an int word and a str object per the ABI.
    check(files::write(unsafe { int_clamped(handle) }, unsafe { str_ref(text) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_file_flush(handle: i64) {
    // SAFETY: an int word per the ABI.
    check(files::flush(unsafe { int_clamped(handle) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_file_close(handle: i64) {
    // SAFETY: an int word per the ABI.
    check(files::close(unsafe { int_clamped(handle) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_input(prompt: *const Str) -> *mut Str {
    // SAFETY: a str object per the ABI.
    str_obj(&check(files::input(unsafe { str_ref(prompt) })))
}
