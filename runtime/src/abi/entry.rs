//! Program entry (`rt_main`), the shadow-stack top and the GC entry points.

use std::ptr::null_mut;
use std::sync::OnceLock;

use super::layout::{Frame, FuncInfo, SourceInfo};

/// The innermost frame of the shadow stack; generated code pushes and pops its frames here.
#[no_mangle]
pub static mut rt_frame_top: *mut Frame = null_mut();

/// Set to 1 by a `__next__` method's `raise StopIteration` just before it returns; the loop
/// (or `list()`, `in`) that called it reads and clears it. Only generated code touches it.
#[no_mangle]
pub static mut rt_stop_iteration: u8 = 0;

/// The recursion limit generated code checks (`depth > 1000` raises).
pub(super) const MAX_DEPTH: u32 = 1000;

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
    let status = super::exc::finish();
    crate::files::flush_all();
    // SAFETY: as above.
    unsafe { (&raw mut rt_frame_top).write(null_mut()) };
    crate::io::flush();
    if std::env::var_os("MESAPY_STATS").is_some_and(|v| v == "1") {
        crate::io::write_stderr(crate::io::stats_line(crate::gc::collections()).as_bytes());
    }
    status
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
