//! Python exceptions as plain values, and the fatal traceback printer.
//!
//! Safe modules return [`PyResult`]; the ABI layer turns an `Err` into the pending exception
//! ([`crate::exceptions`]). This module also formats tracebacks as CPython prints them.

#![forbid(unsafe_code)]

use std::fmt::Write as _;

/// The exception classes generated code and the runtime can raise; the discriminant is the `kind`
/// argument of `rt_raise`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum ExcKind {
    ZeroDivisionError = 0,
    IndexError = 1,
    ValueError = 2,
    TypeError = 3,
    OverflowError = 4,
    RecursionError = 5,
    KeyError = 6,
    AttributeError = 7,
    RuntimeError = 8,
    MemoryError = 9,
    NameError = 10,
    UnboundLocalError = 11,
    UnicodeDecodeError = 12,
    UnicodeEncodeError = 13,
    LookupError = 14,
    StopIteration = 15,
    EOFError = 16,
    OSError = 17,
    FileNotFoundError = 18,
    PermissionError = 19,
    FileExistsError = 20,
    NotADirectoryError = 21,
    IsADirectoryError = 22,
    UnsupportedOperation = 23,
    GeneratorExit = 24,
    /// Not a class: the error is already the pending exception (a compiled method the runtime
    /// called raised it), so the raise path has nothing to record.
    Pending = 255,
}

impl ExcKind {
    const ALL: [ExcKind; 25] = [
        ExcKind::ZeroDivisionError,
        ExcKind::IndexError,
        ExcKind::ValueError,
        ExcKind::TypeError,
        ExcKind::OverflowError,
        ExcKind::RecursionError,
        ExcKind::KeyError,
        ExcKind::AttributeError,
        ExcKind::RuntimeError,
        ExcKind::MemoryError,
        ExcKind::NameError,
        ExcKind::UnboundLocalError,
        ExcKind::UnicodeDecodeError,
        ExcKind::UnicodeEncodeError,
        ExcKind::LookupError,
        ExcKind::StopIteration,
        ExcKind::EOFError,
        ExcKind::OSError,
        ExcKind::FileNotFoundError,
        ExcKind::PermissionError,
        ExcKind::FileExistsError,
        ExcKind::NotADirectoryError,
        ExcKind::IsADirectoryError,
        ExcKind::UnsupportedOperation,
        ExcKind::GeneratorExit,
    ];

    /// The kind with ABI number `k`, if there is one.
    pub fn from_u32(k: u32) -> Option<ExcKind> {
        Self::ALL.get(k as usize).copied()
    }

    /// The class name, as the traceback's last line shows it.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::IndexError => "IndexError",
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::RecursionError => "RecursionError",
            ExcKind::KeyError => "KeyError",
            ExcKind::AttributeError => "AttributeError",
            ExcKind::RuntimeError => "RuntimeError",
            ExcKind::MemoryError => "MemoryError",
            ExcKind::NameError => "NameError",
            ExcKind::UnboundLocalError => "UnboundLocalError",
            ExcKind::UnicodeDecodeError => "UnicodeDecodeError",
            ExcKind::UnicodeEncodeError => "UnicodeEncodeError",
            ExcKind::LookupError => "LookupError",
            ExcKind::StopIteration => "StopIteration",
            ExcKind::EOFError => "EOFError",
            ExcKind::OSError => "OSError",
            ExcKind::FileNotFoundError => "FileNotFoundError",
            ExcKind::PermissionError => "PermissionError",
            ExcKind::FileExistsError => "FileExistsError",
            ExcKind::NotADirectoryError => "NotADirectoryError",
            ExcKind::IsADirectoryError => "IsADirectoryError",
            ExcKind::UnsupportedOperation => "io.UnsupportedOperation",
            ExcKind::GeneratorExit => "GeneratorExit",

            ExcKind::Pending => "<pending>",
        }
    }
}

/// A raised Python exception: its class and its `str()`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PyErr {
    pub kind: ExcKind,
    pub msg: String,
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(kind: ExcKind, msg: impl Into<String>) -> PyErr {
        PyErr { kind, msg: msg.into() }
    }
    pub fn value(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ValueError, msg)
    }
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::TypeError, msg)
    }
    pub fn index(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::IndexError, msg)
    }
    pub fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::OverflowError, msg)
    }
    pub fn zero_div(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcKind::ZeroDivisionError, msg)
    }
    pub fn memory() -> PyErr {
        PyErr::new(ExcKind::MemoryError, "")
    }
    /// The exception a compiled method raised while the runtime was calling it.
    pub fn pending() -> PyErr {
        PyErr::new(ExcKind::Pending, "")
    }
    /// The last line of its traceback: `ValueError: message`, or the class alone.
    pub fn headline(&self) -> String {
        headline(self.kind.name(), &self.msg)
    }
}

/// One line of a traceback: where a frame was when the exception passed through it.
pub struct TbEntry<'a> {
    pub path: &'a str,
    pub line: u32,
    pub name: &'a str,
    /// The whole source text of `path` (empty when unknown).
    pub source: &'a str,
}

/// CPython prints at most this many entries (`sys.tracebacklimit`), dropping the outermost.
const TB_LIMIT: usize = 1000;
/// CPython collapses a run of identical entries after this many.
const TB_RECURSIVE_CUTOFF: usize = 3;

/// The text CPython 3.11 writes to stderr for an uncaught exception, without caret lines;
/// `entries` run outermost first.
pub fn format_traceback(entries: &[TbEntry], err: &PyErr) -> String {
    format_traceback_to(entries, &err.headline())
}

/// `Class: message` as CPython's traceback ends, or the class alone when the message is empty.
pub fn headline(class: &str, msg: &str) -> String {
    if msg.is_empty() {
        class.to_string()
    } else {
        format!("{class}: {msg}")
    }
}

/// Whether a frame is of the compiler's own Python code (`<prelude>`, the hidden methods behind
/// bound methods): CPython's builtins are written in C and have no frame to show.
fn is_builtin_frame(e: &TbEntry) -> bool {
    e.path.starts_with('<')
}

/// A traceback whose last line is `headline` (without its newline).
pub fn format_traceback_to(entries: &[TbEntry], headline: &str) -> String {
    let entries: Vec<&TbEntry> = entries.iter().filter(|e| !is_builtin_frame(e)).collect();
    let mut out = String::new();
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
    }
    let skip = entries.len().saturating_sub(TB_LIMIT);
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0usize;
    for e in &entries[skip..] {
        let key = (e.path, e.line, e.name);
        if last != Some(key) {
            push_repeated(&mut out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > TB_RECURSIVE_CUTOFF {
            continue;
        }
        let _ = writeln!(out, "  File \"{}\", line {}, in {}", e.path, e.line, e.name);
        if let Some(text) = source_line(e.source, e.line) {
            let _ = writeln!(out, "    {text}");
        }
    }
    push_repeated(&mut out, count);
    out.push_str(headline);
    out.push('\n');
    out
}

fn push_repeated(out: &mut String, count: usize) {
    if count > TB_RECURSIVE_CUTOFF {
        let n = count - TB_RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        let _ = writeln!(out, "  [Previous line repeated {n} more time{s}]");
    }
}

/// Line `line` (1-based) of `source`, stripped; `None` when absent or blank.
fn source_line(source: &str, line: u32) -> Option<&str> {
    let text = source.split('\n').nth((line as usize).checked_sub(1)?)?.trim();
    (!text.is_empty()).then_some(text)
}

/// The path of an error nothing can catch (the heap is exhausted): flush stdout, print the
/// traceback, exit 1.
pub fn die(entries: &[TbEntry], err: &PyErr) -> ! {
    crate::io::flush();
    crate::io::write_stderr(format_traceback(entries, err).as_bytes());
    std::process::exit(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "def f(n):\n    return f(n + 1)\n\nf(0)\n";

    fn entry(line: u32, name: &'static str) -> TbEntry<'static> {
        TbEntry { path: "t.py", line, name, source: SRC }
    }

    #[test]
    fn traceback_prints_stripped_lines_outermost_first() {
        let tb = format_traceback(
            &[entry(4, "<module>"), entry(2, "f")],
            &PyErr::zero_div("division by zero"),
        );
        assert_eq!(
            tb,
            "Traceback (most recent call last):\n  File \"t.py\", line 4, in <module>\n    f(0)\n  \
             File \"t.py\", line 2, in f\n    return f(n + 1)\nZeroDivisionError: division by zero\n"
        );
    }

    #[test]
    fn traceback_collapses_recursion_like_cpython() {
        let mut entries = vec![entry(4, "<module>")];
        entries.extend((0..999).map(|_| entry(2, "f")));
        let err = PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded");
        let tb = format_traceback(&entries, &err);
        assert_eq!(tb.matches("line 2, in f").count(), 3);
        assert!(tb.ends_with(
            "  [Previous line repeated 996 more times]\nRecursionError: maximum recursion depth exceeded\n"
        ));
    }

    #[test]
    fn message_may_be_empty() {
        assert_eq!(format_traceback(&[], &PyErr::memory()), "MemoryError\n");
    }
}
