//! Raised exceptions while they travel: the pending one (raised, not yet caught), the ones being
//! handled (caught, their `except` block still running), their tracebacks and their chains.
//!
//! This is CPython's thread state for exceptions (`curexc_*` and the `exc_info` stack). A raise
//! records where every frame on the shadow stack was (the traceback, outermost first); a catch cuts
//! it to the catching frame and the frames below it, which is what CPython's traceback holds at
//! that point, and a re-raise puts the frames outside the catching one back in front.
//!
//! Exceptions the runtime raises (a `KeyError` of a dict lookup) are plain [`PyErr`]s until a
//! handler needs them as objects; compiled `raise` statements raise instances. Both kinds of
//! record hold object words, which the collector marks through [`for_each_root`].

#![forbid(unsafe_code)]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::errors::PyErr;

/// Where one frame was when an exception passed through it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TbFrame {
    /// The address of the frame's `FuncInfo` constant.
    pub info: usize,
    pub line: u32,
    /// The frame's depth on the shadow stack (the module body is 1).
    pub depth: u32,
}

/// One raise of an exception.
#[derive(Debug)]
pub struct Raised {
    /// The exception instance, or 0 for an error the runtime raised and nothing has caught yet.
    pub obj: Cell<u64>,
    /// The runtime's error (class and message) when `obj` started as 0.
    pub err: PyErr,
    /// Outermost frame first.
    pub tb: Vec<TbFrame>,
    /// The exception being handled when this one was raised (`__context__`).
    pub context: Option<Rc<Raised>>,
    /// `raise ... from cause` (`__cause__`).
    pub cause: Option<Rc<Raised>>,
    /// Set by `raise ... from ...`: the context is not printed.
    pub suppress_context: bool,
}

impl Raised {
    /// The same raise (instance, chain) with traceback `tb`: what a catch or a re-raise keeps.
    pub fn with_traceback(&self, tb: Vec<TbFrame>) -> Raised {
        Raised {
            obj: Cell::new(self.obj.get()),
            err: self.err.clone(),
            tb,
            context: self.context.clone(),
            cause: self.cause.clone(),
            suppress_context: self.suppress_context,
        }
    }
}

#[derive(Default)]
struct State {
    pending: Option<Rc<Raised>>,
    handled: Vec<Rc<Raised>>,
    /// The handled exceptions of generators suspended inside a handler, by generator object:
    /// CPython keeps them in the generator's frame, out of the running code's way.
    suspended: Vec<(u64, Vec<Rc<Raised>>)>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Makes `r` the pending exception unless one already is (the first error wins: a runtime
/// function that goes on after a failed step must not replace the exception it raised).
pub fn set_pending(r: Raised) -> bool {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.pending.is_some() {
            return false;
        }
        s.pending = Some(Rc::new(r));
        true
    })
}

/// Makes an existing record pending again (a bare `raise` of the handled exception).
pub fn restore_pending(r: Rc<Raised>) {
    STATE.with(|s| s.borrow_mut().pending = Some(r));
}

/// Takes the pending exception, leaving none.
pub fn take_pending() -> Option<Rc<Raised>> {
    STATE.with(|s| s.borrow_mut().pending.take())
}

/// The exception the innermost running `except` block handles.
pub fn handled() -> Option<Rc<Raised>> {
    STATE.with(|s| s.borrow().handled.last().cloned())
}

pub fn push_handled(r: Rc<Raised>) {
    STATE.with(|s| s.borrow_mut().handled.push(r));
}

pub fn pop_handled() {
    STATE.with(|s| s.borrow_mut().handled.pop());
}

/// The newest record of a raise of instance `obj`, among the pending and handled exceptions and
/// their chains.
pub fn record_of(obj: u64) -> Option<Rc<Raised>> {
    fn search(r: &Rc<Raised>, obj: u64) -> Option<Rc<Raised>> {
        if r.obj.get() == obj {
            return Some(r.clone());
        }
        r.cause.as_ref().and_then(|c| search(c, obj)).or_else(|| r.context.as_ref().and_then(|c| search(c, obj)))
    }
    STATE.with(|s| {
        let s = s.borrow();
        s.pending.iter().chain(s.handled.iter().rev()).find_map(|r| search(r, obj))
    })
}

/// The traceback frames of `old` from the frame at `depth` inward, after the frames of `outer`
/// that lie outside it: what a re-raise at `depth` carries on with.
pub fn continue_traceback(outer: &[TbFrame], depth: u32, old: &[TbFrame]) -> Vec<TbFrame> {
    outer.iter().filter(|f| f.depth < depth).chain(old.iter().filter(|f| f.depth >= depth)).copied().collect()
}

/// A generator resumes: its saved handled exceptions go back on the stack; the depth below them.
pub fn resume_generator(gen: u64) -> usize {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let depth = s.handled.len();
        if let Some(i) = s.suspended.iter().position(|(g, _)| *g == gen) {
            let (_, saved) = s.suspended.swap_remove(i);
            s.handled.extend(saved);
        }
        depth
    })
}

/// A generator suspends: the handled exceptions it pushed above `depth` are kept for it.
pub fn suspend_generator(gen: u64, depth: usize) {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.handled.len() > depth {
            let saved = s.handled.split_off(depth);
            s.suspended.push((gen, saved));
        }
    })
}

/// Calls `mark` with every object word the exception records hold.
pub fn for_each_root(mut mark: impl FnMut(u64)) {
    fn walk(r: &Raised, mark: &mut dyn FnMut(u64)) {
        if r.obj.get() != 0 {
            mark(r.obj.get());
        }
        for c in r.cause.iter().chain(r.context.iter()) {
            walk(c, mark);
        }
    }
    STATE.with(|s| {
        let s = s.borrow();
        for r in s.pending.iter().chain(s.handled.iter()).chain(s.suspended.iter().flat_map(|(_, saved)| saved)) {
            walk(r, &mut mark);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(line: u32, depth: u32) -> TbFrame {
        TbFrame { info: 8, line, depth }
    }

    #[test]
    fn reraise_keeps_the_inner_frames_and_takes_the_outer_ones_from_now() {
        let now = [frame(10, 1), frame(20, 2)];
        let old = [frame(21, 2), frame(30, 3)];
        assert_eq!(continue_traceback(&now, 2, &old), vec![frame(10, 1), frame(21, 2), frame(30, 3)]);
    }

    #[test]
    fn the_first_pending_error_wins() {
        let rec = |msg: &str| Raised {
            obj: Cell::new(0),
            err: PyErr::value(msg),
            tb: vec![],
            context: None,
            cause: None,
            suppress_context: false,
        };
        assert!(set_pending(rec("first")));
        assert!(!set_pending(rec("second")));
        assert_eq!(take_pending().map(|r| r.err.msg.clone()), Some("first".to_string()));
        assert!(take_pending().is_none());
    }
}
