//! Instructions on boxed (`object`) values: arithmetic, comparisons, truth and `len` go
//! through the runtime's generic operators; other operations on a value of mixed type are not
//! compiled yet and get a diagnostic that points at `mesapyc check`.
#![forbid(unsafe_code)]

use super::optional::takes_any_value;
use super::{Annotator, Outcome};
use crate::diagnostic::Code;
use crate::ir::*;
use crate::types::Type;

impl<'p> Annotator<'p> {
    /// The outcome of `inst` when an operand that needs a known type is `object`, or `None`
    /// when no operand is (instances go to their special methods first).
    pub(super) fn object_outcome(&self, kind: &InstKind, types: &[Type]) -> Option<Outcome> {
        let boxed = types.iter().enumerate().any(|(i, t)| *t == Type::Object && !takes_any_value(kind, i, types));
        if !boxed || types.iter().any(|t| matches!(t, Type::Instance(_) | Type::Bottom)) {
            return None;
        }
        Some(match kind {
            InstKind::Binary(..) | InstKind::InplaceBinary(..) | InstKind::Unary(UnOp::Neg | UnOp::Pos | UnOp::Invert, _) => Outcome::Type(Type::Object),
            InstKind::Unary(UnOp::Not, _) => Outcome::Type(Type::Bool),
            InstKind::Compare(CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge, ..) => Outcome::Type(Type::Bool),
            InstKind::CallBuiltin(Builtin::Len, args, kw) if args.len() == 1 && kw.is_empty() => Outcome::Type(Type::Int),
            other => Outcome::Reject(
                Code::Unsupported,
                format!("unsupported construct: {} on a value of mixed type (`object`)", describe(other)),
                Some("only arithmetic, comparisons, truth, `len`, `print`, `str` and `repr` work on mixed values yet; `mesapyc check` shows where the value widened, keep one type there".into()),
            ),
        })
    }
}

/// The operation an instruction performs, as a diagnostic names it.
fn describe(kind: &InstKind) -> String {
    match kind {
        InstKind::CallMethod(_, name, ..) => format!("the method call `.{name}()`"),
        InstKind::GetAttr(_, name) | InstKind::SetAttr(_, name, _) => format!("the attribute `.{name}`"),
        InstKind::GetItem(..) | InstKind::SetItem(..) | InstKind::DelItem(..) => "subscripting".into(),
        InstKind::Slice(..) => "slicing".into(),
        InstKind::IterNext(..) | InstKind::IterItem(..) | InstKind::CallBuiltin(Builtin::IterLen, ..) => "iteration".into(),
        InstKind::Unpack(..) => "unpacking".into(),
        InstKind::Compare(..) => "`in`".into(),
        InstKind::CallBuiltin(b, ..) => format!("`{}()`", b.name()),
        _ => "this operation".into(),
    }
}
