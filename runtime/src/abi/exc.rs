//! The raise path and the handlers' side of exceptions: what generated code calls to raise, catch
//! and re-raise, and the report of an exception nothing caught.
//!
//! Propagation is explicit (DESIGN.md section 4): a raise records the exception as pending, sets
//! `rt_exc_pending` and returns; generated code tests the flag after every call that can raise and
//! branches to the handler of the `try` it is in, or pops its frame and returns.

use std::cell::Cell;
use std::rc::Rc;

use super::entry::{rt_frame_top, MAX_DEPTH};
use super::generic::{class_info, RawHeap};
use super::layout::FuncInfo;
use super::str_ref;
use crate::desc::Heap;
use crate::errors::{self, ExcKind, PyErr, TbEntry};
use crate::exceptions::{self, Raised, TbFrame};
use crate::gc::object::Str;

/// 1 while an exception is pending; generated code reads it after calls.
#[no_mangle]
pub static mut rt_exc_pending: u8 = 0;

/// Turns a compiled program's runtime errors into instances of its exception classes: the
/// compiled `__exc_new(kind, message)` of the prelude, registered by `main` when the program has
/// a handler.
static FACTORY: Hook<extern "C" fn(i64, *const Str) -> u64> = Hook::new();

/// The prelude's `__exit_status(exc)`, registered by `main` when the program raises: `""` for
/// an exception that prints its traceback, `"=N"` for a `SystemExit` that exits quietly with
/// status N, any other text for one that prints it and exits with status 1.
static EXIT_STATUS: Hook<extern "C" fn(u64) -> *const Str> = Hook::new();

/// A function of the compiled program that `main` registers for the runtime to call.
struct Hook<F>(std::sync::Mutex<Option<F>>);

impl<F: Copy> Hook<F> {
    const fn new() -> Hook<F> {
        Hook(std::sync::Mutex::new(None))
    }

    fn set(&self, f: F) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(f);
    }

    fn get(&self) -> Option<F> {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Whether an exception is pending (a runtime function that calls others stops at the first).
pub(super) fn pending() -> bool {
    // SAFETY: single-threaded; a plain read of the flag.
    unsafe { (&raw const rt_exc_pending).read() != 0 }
}

fn set_flag(on: bool) {
    // SAFETY: single-threaded; generated code only reads the flag between runtime calls.
    unsafe { (&raw mut rt_exc_pending).write(u8::from(on)) };
}

/// The frames on the shadow stack, outermost first, without the root. `skip_failed` drops a
/// top frame whose entry failed the recursion check, as CPython never shows the call that could
/// not start.
fn snapshot(skip_failed: bool) -> Vec<TbFrame> {
    let mut frames = Vec::new();
    // SAFETY: generated code keeps every frame on the chain valid while it is linked.
    unsafe {
        let mut f = (&raw const rt_frame_top).read();
        if skip_failed && !f.is_null() && (*f).depth > MAX_DEPTH {
            f = (*f).prev;
        }
        while !f.is_null() && (*f).depth > 0 {
            frames.push(TbFrame { info: (*f).info as usize, line: (*f).line, depth: (*f).depth });
            f = (*f).prev;
        }
    }
    frames.reverse();
    frames
}

/// The depth of the running frame.
fn current_depth() -> u32 {
    // SAFETY: the top frame is valid while linked (the root frame at least).
    unsafe {
        let f = (&raw const rt_frame_top).read();
        if f.is_null() {
            0
        } else {
            (*f).depth
        }
    }
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

/// A traceback frame as the printer wants it.
fn entry(f: &TbFrame) -> TbEntry<'static> {
    let info = f.info as *const FuncInfo;
    // SAFETY: `info` was read from a linked frame, and FuncInfo/SourceInfo are constants.
    unsafe {
        let (name, file) = if info.is_null() { ("?", std::ptr::null()) } else { (static_text((*info).name, (*info).name_len), (*info).file) };
        let (path, source) = if file.is_null() {
            ("?", "")
        } else {
            (static_text((*file).path, (*file).path_len), static_text((*file).text, (*file).text_len))
        };
        TbEntry { path, line: f.line, name, source }
    }
}

fn record(obj: u64, err: PyErr, tb: Vec<TbFrame>) -> Raised {
    let context = exceptions::handled().filter(|h| obj == 0 || h.obj.get() != obj);
    Raised { obj: Cell::new(obj), err, tb, context, cause: None, suppress_context: false }
}

/// The raise path of the runtime's own errors: records `err` as pending with the current
/// traceback (unless an exception is pending already) and returns.
pub fn raise(err: PyErr) {
    if err.kind == ExcKind::Pending {
        return;
    }
    if exceptions::set_pending(record(0, err, snapshot(false))) {
        set_flag(true);
    }
}

/// An error no handler may see (the heap is exhausted, a broken descriptor): the traceback, then
/// exit status 1.
pub fn fatal(err: PyErr) -> ! {
    let entries: Vec<TbEntry> = snapshot(false).iter().map(entry).collect();
    errors::die(&entries, &err)
}

#[no_mangle]
pub unsafe extern "C" fn rt_raise(kind: u32, msg: *const u8, len: u64) {
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
pub unsafe extern "C" fn rt_raise_str(kind: u32, msg: *const Str) {
    let kind = ExcKind::from_u32(kind).unwrap_or(ExcKind::RuntimeError);
    // SAFETY: per the ABI, `msg` is a str object.
    raise(PyErr::new(kind, unsafe { str_ref(msg) }))
}

#[no_mangle]
pub extern "C" fn rt_recursion_error() {
    let err = PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded");
    if exceptions::set_pending(record(0, err, snapshot(true))) {
        set_flag(true);
    }
}

/// `raise obj` (`raise obj from cause` when `has_cause`; `cause` 0 is `from None`). An instance
/// raised before (caught, then raised again) keeps the frames its traceback has from here
/// inward, after this frame's current line, as CPython adds a frame to `__traceback__`.
#[no_mangle]
pub extern "C" fn rt_raise_obj(obj: u64, cause: u64, has_cause: u8) {
    let now = snapshot(false);
    let old = exceptions::record_of(obj);
    let tb = match &old {
        Some(old) => {
            let depth = current_depth();
            let mut tb: Vec<TbFrame> = now.iter().filter(|f| f.depth <= depth).copied().collect();
            tb.extend(old.tb.iter().filter(|f| f.depth >= depth));
            tb
        }
        None => now,
    };
    let mut r = record(obj, PyErr::pending(), tb);
    if has_cause != 0 {
        r.suppress_context = true;
        r.cause = (cause != 0).then(|| exceptions::record_of(cause).unwrap_or_else(|| Rc::new(record(cause, PyErr::pending(), Vec::new()))));
    } else if let Some(old) = old {
        r.cause = old.cause.clone();
        r.suppress_context = old.suppress_context;
    }
    exceptions::take_pending();
    exceptions::set_pending(r);
    set_flag(true);
}

/// A bare `raise`: the exception the innermost `except` block handles, its traceback carried on
/// from this frame.
#[no_mangle]
pub extern "C" fn rt_reraise() {
    let Some(h) = exceptions::handled() else {
        raise(PyErr::new(ExcKind::RuntimeError, "No active exception to reraise"));
        return;
    };
    let tb = exceptions::continue_traceback(&snapshot(false), current_depth(), &h.tb);
    exceptions::restore_pending(Rc::new(h.with_traceback(tb)));
    set_flag(true);
}

/// The start of a handler: the pending exception becomes the handled one (its traceback cut to
/// this frame and the ones below it) and is returned as an instance.
#[no_mangle]
pub extern "C" fn rt_catch() -> u64 {
    set_flag(false);
    let Some(r) = exceptions::take_pending() else { return 0 };
    let depth = current_depth();
    let r = Rc::new(r.with_traceback(r.tb.iter().filter(|f| f.depth >= depth).copied().collect()));
    materialize(&r);
    link(&r);
    exceptions::push_handled(r.clone());
    r.obj.get()
}

/// After a generator's `close()` resumed it: whether the exception pending is the
/// `GeneratorExit` it threw (or a `StopIteration`), which `close()` swallows.
#[no_mangle]
pub extern "C" fn rt_take_generator_exit() -> u8 {
    let Some(r) = exceptions::take_pending() else { return 0 };
    let ends_close = |name: &str| name == "GeneratorExit" || name == "StopIteration";
    let obj = r.obj.get();
    let name = match obj {
        0 => r.err.kind.name().to_string(),
        // SAFETY: a record's object is a live exception instance.
        _ => unsafe { class_info(obj) }.name().to_string(),
    };
    if ends_close(&name) {
        set_flag(false);
        1
    } else {
        exceptions::restore_pending(r);
        0
    }
}

/// The start of a generator's resume function that may suspend inside a handler: its handled
/// exceptions back on the stack; the depth below them (for `rt_gen_suspend`).
#[no_mangle]
pub extern "C" fn rt_gen_resume(gen: u64) -> u64 {
    exceptions::resume_generator(gen) as u64
}

/// A `yield` of such a generator: the handled exceptions above `depth` are kept for it.
#[no_mangle]
pub extern "C" fn rt_gen_suspend(gen: u64, depth: u64) {
    exceptions::suspend_generator(gen, depth as usize);
}

/// The end of a handler, however it ends.
#[no_mangle]
pub extern "C" fn rt_pop_handled() {
    exceptions::pop_handled();
}

/// The prelude's `__exc_link(exc, cause, context, suppress)`, registered by `main` when the
/// program has a handler: a caught exception's chain as its attributes.
static LINK: Hook<extern "C" fn(u64, u64, u64, u8)> = Hook::new();

#[no_mangle]
pub extern "C" fn rt_set_exc_link(f: extern "C" fn(u64, u64, u64, u8)) {
    LINK.set(f);
}

/// Gives a caught exception its `__cause__`, `__context__` and `__suppress_context__`.
fn link(r: &Raised) {
    let Some(f) = LINK.get() else { return };
    let word = |c: &Option<Rc<Raised>>| match c {
        Some(c) => {
            materialize(c);
            c.obj.get()
        }
        None => 0,
    };
    let (cause, context) = (word(&r.cause), word(&r.context));
    let _hold = crate::gc::HoldCollections::new();
    f(r.obj.get(), cause, context, u8::from(r.suppress_context));
}

#[no_mangle]
pub extern "C" fn rt_set_exit_status(f: extern "C" fn(u64) -> *const Str) {
    EXIT_STATUS.set(f);
}

/// How an uncaught instance ends the process, when it is a `SystemExit`: the status, and the
/// text to print first.
fn system_exit(obj: u64) -> Option<(i32, String)> {
    let f = EXIT_STATUS.get()?;
    let _hold = crate::gc::HoldCollections::new();
    let s = f(obj);
    if s.is_null() {
        return None;
    }
    // SAFETY: the compiled `__exit_status` returns a str object (null after a raise).
    let text = unsafe { str_ref(s) };
    match text.strip_prefix('=') {
        _ if text.is_empty() => None,
        Some(n) => Some((n.parse::<i64>().map_or(1, |n| n as i32), String::new())),
        None => Some((1, format!("{text}\n"))),
    }
}

#[no_mangle]
pub extern "C" fn rt_set_exc_factory(f: extern "C" fn(i64, *const Str) -> u64) {
    FACTORY.set(f);
}

/// Gives a runtime error its instance, made by the program's factory.
fn materialize(r: &Raised) {
    if r.obj.get() != 0 {
        return;
    }
    let Some(f) = FACTORY.get() else {
        fatal(r.err.clone())
    };
    // The message is not rooted: hold collections while the factory runs.
    let _hold = crate::gc::HoldCollections::new();
    let msg = crate::gc::object::new_str(&r.err.msg);
    let obj = f(crate::int::tag(r.err.kind as i64) as i64, msg);
    r.obj.set(obj);
}

/// The last line of an exception's report: its class (qualified by its module unless that is
/// `__main__` or the built-ins) and its `str()`.
fn headline(r: &Raised) -> String {
    let obj = r.obj.get();
    if obj == 0 {
        return r.err.headline();
    }
    // SAFETY: a record's object is a live instance of an exception class (ABI.md "Exceptions").
    let info = unsafe { class_info(obj) };
    // SAFETY: RawHeap reads the instance through its ClassInfo, as above.
    let heap = unsafe { RawHeap::new() };
    let text = heap.instance_str(obj).unwrap_or_else(|_| "<exception str() failed>".to_string());
    // CPython's `traceback` names the module unless it is `__main__` or `builtins`.
    let module = info.module();
    let class = if module.is_empty() || module == "__main__" { info.name().to_string() } else { format!("{module}.{}", info.name()) };
    errors::headline(&class, &text)
}

/// CPython's report of an uncaught exception: its chain's tracebacks, causes first.
fn report(r: &Raised) -> String {
    let mut out = String::new();
    if let Some(cause) = &r.cause {
        out.push_str(&report(cause));
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if let (Some(context), false) = (&r.context, r.suppress_context) {
        out.push_str(&report(context));
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    let entries: Vec<TbEntry> = r.tb.iter().map(entry).collect();
    out.push_str(&errors::format_traceback_to(&entries, &headline(r)));
    out
}

/// After the module body: reports an exception nothing caught and gives the exit status.
pub(super) fn finish() -> i32 {
    let Some(r) = exceptions::take_pending() else { return 0 };
    set_flag(false);
    if r.obj.get() != 0 {
        if let Some((status, text)) = system_exit(r.obj.get()) {
            // Whatever `__exit_status` itself raised is dropped, as the exit wins.
            exceptions::take_pending();
            set_flag(false);
            crate::io::flush();
            crate::io::write_stderr(text.as_bytes());
            return status;
        }
        exceptions::take_pending();
        set_flag(false);
    }
    crate::io::flush();
    let text = {
        let _hold = crate::gc::HoldCollections::new();
        report(&r)
    };
    crate::io::write_stderr(text.as_bytes());
    1
}
