//! The front half of mesapyc: Python source -> flow graphs -> whole-program types.
//!
//! Stages, each with a text form: [`build::build_program`] (`flow`) and
//! [`annotate::annotate`] (`types`). Nothing here knows about LLVM.
#![forbid(unsafe_code)]

pub mod annotate;
pub mod build;
pub mod diagnostic;
pub mod ir;
pub mod print;
pub mod source;
pub mod types;
pub mod verify;
