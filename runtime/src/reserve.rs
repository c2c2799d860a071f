//! Allocations whose size a program chooses (`"a" * n`, `s.ljust(n)`): reserved fallibly, so an
//! impossible size is Python's `MemoryError` instead of Rust's allocation-failure abort.
#![forbid(unsafe_code)]

use crate::errors::{PyErr, PyResult};

/// An empty string with room for `bytes` bytes.
pub fn string(bytes: usize) -> PyResult<String> {
    let mut s = String::new();
    s.try_reserve_exact(bytes).map_err(|_| PyErr::memory())?;
    Ok(s)
}

/// An empty vector with room for `items` items.
pub fn vec<T>(items: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(items).map_err(|_| PyErr::memory())?;
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn impossible_sizes_are_memory_errors() {
        assert_eq!(string(usize::MAX / 2).unwrap_err().msg, "");
        assert!(vec::<u64>(usize::MAX / 16).is_err());
        assert_eq!(string(10).unwrap().capacity(), 10);
    }
}
