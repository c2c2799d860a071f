//! Files and the standard streams, by handle: what the prelude's `open()` file objects and the
//! `sys` shim's `stdin`/`stdout`/`stderr` call.
//!
//! Handle 0 is stdin, 1 stdout (the buffered output of `print`), 2 stderr; `open()` hands out
//! 3 and up. Text is UTF-8, as CPython's default encoding on Linux; a file opened in a binary
//! mode is read and written as bytes through the same handles. Errors carry CPython's
//! classes and messages (`FileNotFoundError: [Errno 2] No such file or directory: 'x.txt'`).

#![forbid(unsafe_code)]

use std::cell::RefCell;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};

use crate::errors::{ExcKind, PyErr, PyResult};

enum Stream {
    Reader(BufReader<File>),
    Writer(BufWriter<File>),
    Closed,
}

struct Table {
    stdin: Option<BufReader<std::io::Stdin>>,
    files: Vec<Stream>,
}

thread_local! {
    static TABLE: RefCell<Table> = const { RefCell::new(Table { stdin: None, files: Vec::new() }) };
}

const FIRST_FILE: i64 = 3;

/// CPython's exception for an OS error on `path`: the class its errno selects and
/// `[Errno N] message: 'path'`.
fn os_error(e: &std::io::Error, path: &str) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let kind = match errno {
        1 | 13 => ExcKind::PermissionError,
        2 => ExcKind::FileNotFoundError,
        17 => ExcKind::FileExistsError,
        20 => ExcKind::NotADirectoryError,
        21 => ExcKind::IsADirectoryError,
        _ => ExcKind::OSError,
    };
    // Rust words it "message (os error N)"; CPython prints the C library's message alone.
    let text = e.to_string();
    let message = text.split(" (os error").next().unwrap_or(&text);
    PyErr::new(kind, format!("[Errno {errno}] {message}: {}", crate::str_ops::repr(path)))
}

fn closed() -> PyErr {
    PyErr::value("I/O operation on closed file.")
}

fn not_readable() -> PyErr {
    PyErr::new(ExcKind::UnsupportedOperation, "not readable")
}

fn not_writable() -> PyErr {
    PyErr::new(ExcKind::UnsupportedOperation, "not writable")
}

/// `open(path, mode)` with a mode of `r`, `w`, `a` or `x`, text (`t`) or binary (`b`); the
/// handle. The caller makes a text or a binary file object of it.
pub fn open(path: &str, mode: &str) -> PyResult<i64> {
    let text = mode.contains('t');
    let binary = mode.contains('b');
    let mut chars: Vec<char> = mode.chars().filter(|&c| c != 't' && c != 'b').collect();
    chars.sort_unstable();
    if text && binary {
        return Err(PyErr::value("can't have text and binary mode at once"));
    }
    if mode.chars().filter(|&c| c == 't' || c == 'b').count() > 1 {
        return Err(PyErr::value(format!("invalid mode: '{mode}'")));
    }
    let stream = match chars.as_slice() {
        ['r'] => File::open(path).and_then(|f| {
            // Linux opens a directory for reading; CPython checks and raises IsADirectoryError.
            if f.metadata()?.is_dir() {
                return Err(std::io::Error::from_raw_os_error(21));
            }
            Ok(Stream::Reader(BufReader::new(f)))
        }),
        ['w'] => File::create(path).map(|f| Stream::Writer(BufWriter::new(f))),
        ['a'] => std::fs::OpenOptions::new().append(true).create(true).open(path).map(|f| Stream::Writer(BufWriter::new(f))),
        ['x'] => std::fs::OpenOptions::new().write(true).create_new(true).open(path).map(|f| Stream::Writer(BufWriter::new(f))),
        _ => return Err(PyErr::value(format!("invalid mode: '{mode}'"))),
    };
    let stream = stream.map_err(|e| os_error(&e, path))?;
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        t.files.push(stream);
        Ok(FIRST_FILE + t.files.len() as i64 - 1)
    })
}

/// Runs `f` on the open file `handle`.
fn with_file<R>(handle: i64, f: impl FnOnce(&mut Stream) -> PyResult<R>) -> PyResult<R> {
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let i = usize::try_from(handle - FIRST_FILE).map_err(|_| closed())?;
        match t.files.get_mut(i) {
            Some(Stream::Closed) | None => Err(closed()),
            Some(s) => f(s),
        }
    })
}

fn decoded(bytes: Vec<u8>) -> PyResult<String> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        PyErr::new(ExcKind::UnicodeDecodeError, format!("'utf-8' codec can't decode byte 0x{:02x} in position {at}: invalid start byte", e.as_bytes()[at]))
    })
}

fn read_error(e: std::io::Error) -> PyErr {
    PyErr::new(ExcKind::OSError, e.to_string())
}

/// Reads one line (with its `\n`), empty at the end.
fn read_line(r: &mut dyn BufRead) -> PyResult<Vec<u8>> {
    let mut bytes = Vec::new();
    r.read_until(b'\n', &mut bytes).map_err(read_error)?;
    Ok(bytes)
}

fn read_all(r: &mut dyn BufRead) -> PyResult<Vec<u8>> {
    let mut bytes = Vec::new();
    r.read_to_end(&mut bytes).map_err(read_error)?;
    Ok(bytes)
}

/// Reads up to `n` bytes, fewer only at the end.
fn read_up_to(r: &mut dyn BufRead, n: u64) -> PyResult<Vec<u8>> {
    let mut bytes = Vec::new();
    r.take(n).read_to_end(&mut bytes).map_err(read_error)?;
    Ok(bytes)
}

fn with_stdin<R>(f: impl FnOnce(&mut BufReader<std::io::Stdin>) -> PyResult<R>) -> PyResult<R> {
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        f(t.stdin.get_or_insert_with(|| BufReader::new(std::io::stdin())))
    })
}

/// Reads from a readable handle with `how`.
fn read_with(handle: i64, how: impl FnOnce(&mut dyn BufRead) -> PyResult<Vec<u8>>) -> PyResult<Vec<u8>> {
    match handle {
        0 => with_stdin(|r| how(r)),
        1 | 2 => Err(not_readable()),
        h => with_file(h, |s| match s {
            Stream::Reader(r) => how(r),
            _ => Err(not_readable()),
        }),
    }
}

/// `f.readline()` of a text file.
pub fn readline(handle: i64) -> PyResult<String> {
    decoded(read_with(handle, read_line)?)
}

/// `f.read()` of a text file: the rest of the stream.
pub fn read(handle: i64) -> PyResult<String> {
    decoded(read_with(handle, read_all)?)
}

/// `f.readline()` of a binary file.
pub fn readline_bytes(handle: i64) -> PyResult<Vec<u8>> {
    read_with(handle, read_line)
}

/// `f.read(size)` of a binary file: the rest of the stream when `size` is negative.
pub fn read_bytes(handle: i64, size: i64) -> PyResult<Vec<u8>> {
    match u64::try_from(size) {
        Ok(n) => read_with(handle, |r| read_up_to(r, n)),
        Err(_) => read_with(handle, read_all),
    }
}

/// `f.write(data)` of the bytes of a text or a binary file.
pub fn write(handle: i64, data: &[u8]) -> PyResult<()> {
    match handle {
        0 => Err(not_writable()),
        1 => {
            crate::io::write(data);
            Ok(())
        }
        2 => {
            crate::io::write_stderr(data);
            Ok(())
        }
        h => with_file(h, |s| match s {
            Stream::Writer(w) => w.write_all(data).map_err(|e| PyErr::new(ExcKind::OSError, e.to_string())),
            _ => Err(not_writable()),
        }),
    }
}

/// `f.flush()`.
pub fn flush(handle: i64) -> PyResult<()> {
    match handle {
        1 => {
            crate::io::flush();
            Ok(())
        }
        0 | 2 => Ok(()),
        h => with_file(h, |s| match s {
            Stream::Writer(w) => w.flush().map_err(|e| PyErr::new(ExcKind::OSError, e.to_string())),
            _ => Ok(()),
        }),
    }
}

/// `f.close()`: flushes a file being written. Closing twice is allowed, as in CPython.
pub fn close(handle: i64) -> PyResult<()> {
    if handle < FIRST_FILE {
        return Ok(());
    }
    let stream = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let i = usize::try_from(handle - FIRST_FILE).ok();
        i.and_then(|i| t.files.get_mut(i)).map(|s| std::mem::replace(s, Stream::Closed))
    });
    match stream {
        Some(Stream::Writer(mut w)) => w.flush().map_err(|e| PyErr::new(ExcKind::OSError, e.to_string())),
        _ => Ok(()),
    }
}

/// Flushes every file still open, at exit (CPython flushes them when their objects die).
pub fn flush_all() {
    TABLE.with(|t| {
        for s in t.borrow_mut().files.iter_mut() {
            if let Stream::Writer(w) = s {
                let _ = w.flush();
            }
        }
    });
}

/// `input(prompt)`: the next line of stdin without its newline; `EOFError` at the end.
pub fn input(prompt: &str) -> PyResult<String> {
    crate::io::write(prompt.as_bytes());
    crate::io::flush();
    let line = decoded(with_stdin(|r| read_line(r))?)?;
    if line.is_empty() {
        return Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line"));
    }
    Ok(line.strip_suffix('\n').unwrap_or(&line).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_is_cpythons_file_not_found_error() {
        let e = open("/nonexistent/x.txt", "r").unwrap_err();
        assert_eq!(e.kind, ExcKind::FileNotFoundError);
        assert_eq!(e.msg, "[Errno 2] No such file or directory: '/nonexistent/x.txt'");
    }

    #[test]
    fn files_write_then_read_back() {
        let path = std::env::temp_dir().join(format!("mesapy-files-{}.txt", std::process::id()));
        let p = path.to_str().unwrap_or_default();
        let w = open(p, "w").unwrap_or(-1);
        assert!(write(w, b"one\ntwo\n").is_ok());
        assert!(close(w).is_ok());
        let r = open(p, "r").unwrap_or(-1);
        assert_eq!(readline(r).ok().as_deref(), Some("one\n"));
        assert_eq!(read(r).ok().as_deref(), Some("two\n"));
        assert_eq!(readline(r).ok().as_deref(), Some(""));
        assert!(close(r).is_ok());
        assert_eq!(readline(r).unwrap_err().msg, "I/O operation on closed file.");
        let _ = std::fs::remove_file(path);
    }
}
