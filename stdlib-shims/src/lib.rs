//! Python standard-library modules for compiled programs, one Rust module per Python module
//! (`math.rs` for `math`), built on the runtime's ABI.
//!
//! Empty until imports arrive (issue 4): programs of the first slice cannot import anything,
//! and `mesapyc build` rejects `import` with a diagnostic.
#![forbid(unsafe_code)]
