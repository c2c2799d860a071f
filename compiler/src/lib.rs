//! The back half of mesapyc: annotated flow graphs -> LLVM IR -> object file -> executable.
//!
//! [`llvm::lower`] is the `lower` and `emit` stages; [`link`] is the `link` stage, which puts the
//! object next to the runtime archive embedded in this crate and runs the system linker.

pub mod link;
pub mod llvm;

use std::fmt;

/// Errors of the back half. User errors are reported earlier, by the annotator, as
/// diagnostics; everything here is either the environment (no linker) or a compiler bug.
#[derive(Debug)]
pub enum CompileError {
    /// LLVM could not be initialised or refused the target.
    Llvm(String),
    /// The system linker failed or is missing.
    Link(String),
    /// Reading or writing a file failed.
    Io(String, std::io::Error),
    /// A bug in mesapyc: the lowering produced invalid IR.
    Internal(String),
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompileError::Llvm(m) => write!(f, "LLVM: {m}"),
            CompileError::Link(m) => write!(f, "linking failed: {m}"),
            CompileError::Io(what, e) => write!(f, "{what}: {e}"),
            CompileError::Internal(m) => write!(f, "internal compiler error (please report): {m}"),
        }
    }
}

impl std::error::Error for CompileError {}
