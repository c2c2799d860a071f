//! `sys.argv`, `input()` and the file handles of `runtime/src/files.rs`, for the prelude's file
//! objects and the `sys` shim.

use super::str::{str_list, str_obj};
use super::{check, int_clamped, str_ref};
use crate::files;
use crate::gc::object::Str;
use crate::int;

use super::layout::{Bytes, List};
use crate::gc::object::new_bytes;

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
    check(files::write(unsafe { int_clamped(handle) }, unsafe { str_ref(text) }.as_bytes()))
}

#[no_mangle]
pub unsafe extern "C" fn rt_file_read_bytes(handle: i64, size: i64) -> *mut Bytes {
    // SAFETY: int words per the ABI.
    let (handle, size) = unsafe { (int_clamped(handle), int_clamped(size)) };
    new_bytes(check(files::read_bytes(handle, size)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_file_readline_bytes(handle: i64) -> *mut Bytes {
    // SAFETY: an int word per the ABI.
    new_bytes(check(files::readline_bytes(unsafe { int_clamped(handle) })))
}

/// `f.write(data)` of a binary file: the number of bytes written (a tagged int).
#[no_mangle]
pub unsafe extern "C" fn rt_file_write_bytes(handle: i64, data: *const Bytes) -> i64 {
    // SAFETY: an int word and a bytes object per the ABI.
    let (handle, data) = unsafe { (int_clamped(handle), super::bytes::bytes_ref(data)) };
    check(files::write(handle, data));
    int::tag(data.len() as i64) as i64
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
