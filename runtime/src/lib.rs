//! The mesapyc runtime: the object model, the garbage collector and the builtins that compiled
//! Python programs call.
//!
//! The crate is linked as a static library into every program that `mesapyc` builds. Generated code
//! sees only the C ABI of [`abi`], whose contract is `runtime/ABI.md`. Everything below it is split
//! into safe modules that work on plain Rust data (`&str`, `&[u64]`, `BigInt`, `f64`) and return
//! [`errors::PyErr`] where Python raises, and the only two modules allowed raw-pointer code: [`gc`]
//! (raw object memory) and [`abi`] (raw pointers from generated code).
//!
//! **Architecture Invariant:** the runtime never links LLVM; a Rust panic in it is a bug (release
//! builds abort), every Python-level error goes through the raise path.

pub mod abi;
pub mod bytes_ops;
pub mod call_args;
pub mod codecs;
pub mod desc;
pub mod dict_ops;
pub mod errors;
pub mod exceptions;
pub mod files;
pub mod float;
pub mod float_repr;
pub mod format_spec;
pub mod gc;
pub mod hash;
pub mod int;
pub mod io;
pub mod list_ops;
pub mod object_items;
pub mod object_ops;
pub mod reserve;
pub mod set_ops;
pub mod slice;
pub mod str_format;
pub mod str_ops;
pub mod str_unicode;
pub mod unicode;
