//! Python standard-library modules for compiled programs. The modules that exist (`sys`,
//! `math`) are written in Python, in `python/`, and compiled with the program (the annotator's
//! `build/modules.rs`, `SHIMS`); this crate holds no Rust code of its own yet.
#![forbid(unsafe_code)]
