//! The process's output: buffered stdout, stderr, and the `MESAPY_STATS` line.
//!
//! Python programs print a lot in small pieces; going to the OS for each would dominate their run
//! time. Output is collected in a large buffer that is flushed when full, at exit and before a
//! traceback. A failed write (a closed pipe) silently discards output instead of panicking.

#![forbid(unsafe_code)]

use std::cell::RefCell;
use std::io::Write;

const BUFFER_SIZE: usize = 1 << 16;

struct Stdout {
    buf: Vec<u8>,
    /// Set after a write failed: later output is dropped.
    broken: bool,
}

thread_local! {
    static STDOUT: RefCell<Stdout> = const { RefCell::new(Stdout { buf: Vec::new(), broken: false }) };
}

impl Stdout {
    fn write_through(&mut self, bytes: &[u8]) {
        if self.broken || bytes.is_empty() {
            return;
        }
        let mut out = std::io::stdout().lock();
        if out.write_all(bytes).and_then(|()| out.flush()).is_err() {
            self.broken = true;
        }
    }

    fn flush(&mut self) {
        let buf = std::mem::take(&mut self.buf);
        self.write_through(&buf);
        self.buf = buf;
        self.buf.clear();
    }
}

/// Appends `bytes` to stdout.
pub fn write(bytes: &[u8]) {
    STDOUT.with(|s| {
        let mut s = s.borrow_mut();
        if s.buf.len() + bytes.len() > BUFFER_SIZE {
            s.flush();
        }
        if bytes.len() >= BUFFER_SIZE {
            s.write_through(bytes);
        } else {
            if s.buf.capacity() == 0 {
                s.buf.reserve(BUFFER_SIZE);
            }
            s.buf.extend_from_slice(bytes);
        }
    });
}

/// Writes out everything buffered so far.
pub fn flush() {
    STDOUT.with(|s| s.borrow_mut().flush());
}

/// Writes `text` to stderr, unbuffered; errors are ignored (there is nowhere left to report them).
pub fn write_stderr(data: &[u8]) {
    let _ = std::io::stderr().write_all(data);
}

/// The `MESAPY_STATS=1` line: peak resident memory and number of collections.
pub fn stats_line(collections: u64) -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or(0);
    format!("mesapy-stats: peak_rss_kb={peak} collections={collections}\n")
}

#[cfg(test)]
mod tests {
    #[test]
    fn stats_line_reads_peak_rss() {
        let line = super::stats_line(3);
        assert!(line.starts_with("mesapy-stats: peak_rss_kb="));
        assert!(line.ends_with(" collections=3\n"));
        assert!(!line.contains("peak_rss_kb=0 "));
    }
}
