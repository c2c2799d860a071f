//! Program entry (`rt_main`), the shadow-stack top, the raise path and the GC entry points.

use std::ptr::null_mut;
use std::sync::OnceLock;

use super::layout::{Frame, FuncInfo, SourceInfo};
use super::str_ref;
use crate::errors::{self, ExcKind, PyErr, TbEntry};
use crate::gc::object::Str;

/// The innermost frame of the shadow stack; generated code pushes and pops its frames here.
#[no_mangle]
pub static mut rt_frame_top: *mut Frame = null_mut();

/// Set to 1 by a `__next__` method's `raise StopIteration` just before it returns; the loop
/// (or `list()`, `in`) that called it reads and clears it. Only generated code touches it.
#[no_mangle]
pub static mut rt_stop_iteration: u8 = 0;

/// The recursion limit generated code checks (`depth > 1000` raises).
const MAX_DEPTH: u32 = 1000;

static ARGV: OnceLock<Vec<String>> = OnceLock::new();

/// The program's arguments as `rt_main` received them (for `sys.argv`).
pub fn argv() -> &'static [String] {
    ARGV.get().map_or(&[], Vec::as_slice)
}

static ROOT_SOURCE: SourceInfo = SourceInfo { path: c"".as_ptr().cast(), path_len: 0, text: c"".as_ptr().cast(), text_len: 0 };
static ROOT_INFO: FuncInfo = FuncInfo { name: c"<module>".as_ptr().cast(), name_len: 8, file: &ROOT_SOURCE };

#[no_mangle]
pub unsafe extern "C" fn rt_main(argc: i32, argv: *const *const u8, body: extern "C" fn()) -> i32 {
    let args = (0..argc.max(0) as usize)
        .map(|i| {
            // SAFETY: the C runtime passes `argc` valid NUL-terminated strings.
            let arg = unsafe { std::ffi::CStr::from_ptr((*argv.add(i)).cast()) };
            arg.to_string_lossy().into_owned()
        })
        .collect();
    let _ = ARGV.set(args);
    let mut root = Frame { prev: null_mut(), info: &ROOT_INFO, line: 0, depth: 0, nslots: 0, slots: [] };
    // SAFETY: single-threaded; the root frame outlives `body`, and is unlinked before returning.
    unsafe { (&raw mut rt_frame_top).write(&mut root) };
    body();
    // SAFETY: as above.
    unsafe { (&raw mut rt_frame_top).write(null_mut()) };
    crate::io::flush();
    if std::env::var_os("MESAPY_STATS").is_some_and(|v| v == "1") {
        crate::io::write_stderr(&crate::io::stats_line(crate::gc::collections()));
    }
    0
}

/// Bytes `len` at `p` as text, `""` when null or not UTF-8.
///
/// # Safety
/// `p` must be null or point to `len` readable bytes that live for the program.
unsafe fn static_text(p: *const u8, len: u64) -> &'static str {
    if p.is_null() {
        return "";
    }
    // SAFETY: per the caller.
    std::str::from_utf8(unsafe { std::slice::from_raw_parts(p, len as usize) }).unwrap_or("")
}

/// The traceback entries of the frames on the shadow stack, outermost first, without the root.
/// `skip_failed` drops a top frame whose entry failed the recursion check, as CPython never shows
/// the call that could not start.
fn traceback(skip_failed: bool) -> Vec<TbEntry<'static>> {
    let mut entries = Vec::new();
    // SAFETY: generated code keeps every frame on the chain valid while it is linked, and the
    // FuncInfo/SourceInfo it points to are constants.
    unsafe {
        let mut f = (&raw const rt_frame_top).read();
        if skip_failed && !f.is_null() && (*f).depth > MAX_DEPTH {
            f = (*f).prev;
        }
        while !f.is_null() && (*f).depth > 0 {
            let info = (*f).info;
            let (name, file) = if info.is_null() {
                ("?", std::ptr::null())
            } else {
                (static_text((*info).name, (*info).name_len), (*info).file)
            };
            let (path, source) = if file.is_null() {
                ("?", "")
            } else {
                (static_text((*file).path, (*file).path_len), static_text((*file).text, (*file).text_len))
            };
            entries.push(TbEntry { path, line: (*f).line, name, source });
            f = (*f).prev;
        }
    }
    entries.reverse();
    entries
}

/// The raise path: prints the traceback of the current shadow stack and exits with status 1.
pub fn raise(err: PyErr) -> ! {
    errors::die(&traceback(false), &err)
}

#[no_mangle]
pub unsafe extern "C" fn rt_raise(kind: u32, msg: *const u8, len: u64) -> ! {
    let kind = ExcKind::from_u32(kind).unwrap_or(ExcKind::RuntimeError);
    let bytes = if msg.is_null() {
        &[][..]
    } else {
        // SAFETY: per the ABI, `msg` points to `len` bytes.
        unsafe { std::slice::from_raw_parts(msg, len as usize) }
    };
    raise(PyErr::new(kind, String::from_utf8_lossy(bytes)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_raise_str(kind: u32, msg: *const Str) -> ! {
    let kind = ExcKind::from_u32(kind).unwrap_or(ExcKind::RuntimeError);
    // SAFETY: per the ABI, `msg` is a str object.
    raise(PyErr::new(kind, unsafe { str_ref(msg) }))
}

#[no_mangle]
pub extern "C" fn rt_recursion_error() -> ! {
    let err = PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded");
    errors::die(&traceback(true), &err)
}

#[no_mangle]
pub extern "C" fn rt_gc_collect() {
    // SAFETY: called by generated code at a safepoint, where every frame on the chain and every
    // registered root holds only valid words (ABI.md's scanning rule).
    unsafe { crate::gc::collect((&raw const rt_frame_top).read()) }
}

#[no_mangle]
pub extern "C" fn rt_gc_add_root(slot: *mut u64) {
    crate::gc::add_root(slot);
}
