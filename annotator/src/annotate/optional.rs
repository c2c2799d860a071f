//! Values that may be `None` (`Type::Optional`): which operations accept one as it is, and
//! what CPython raises when an operation that needs the value finds `None`.
//!
//! An `Optional(T)` operand of an instruction is either *accepted* (stores, calls, `==`, `is`,
//! truth, `print`, `str`: they handle the word 0 themselves) or *strict*: the instruction is
//! annotated as if the operand were a `T`, and the lowering checks the word first and raises what
//! CPython raises for `None` there (`Variant::none_checks`). That is the "cheap representation"
//! of a value that is sometimes `None`: no box, one compare where it is used.
#![forbid(unsafe_code)]

use super::{builtins, ops, Annotator, ExcKind, Outcome, Raise, VariantId};
use crate::ir::*;
use crate::types::Type;

/// Whether the operand at `pos` (in `InstKind::operands` order) of an instruction takes a value
/// of any type as it is: a `T | None` or a boxed `object` (stores, calls, `==`, truth, `print`...).
/// `types` are the operands' annotated types.
pub fn takes_any_value(kind: &InstKind, pos: usize, types: &[Type]) -> bool {
    let first = types.first().map(Type::non_none);
    match kind {
        InstKind::StoreLocal(..) | InstKind::StoreGlobal(..) | InstKind::Call(..) | InstKind::Yield(_) | InstKind::Raise(..) => true,
        InstKind::BuildList(_) | InstKind::BuildTuple(_) | InstKind::BuildSet(_) | InstKind::BuildDict(_) => true,
        InstKind::Compare(CmpOp::Eq | CmpOp::Ne | CmpOp::Is | CmpOp::IsNot, ..) => true,
        // The element of `in`: containers that hash or compare their items with a descriptor.
        InstKind::Compare(CmpOp::In | CmpOp::NotIn, ..) => {
            pos == 0 && matches!(types.get(1).map(Type::non_none), Some(Type::List(_) | Type::Dict(_) | Type::Set(..) | Type::View(..)))
        }
        InstKind::Truth(_) | InstKind::IsInstance(..) | InstKind::IsBuiltin(..) | InstKind::TypeName(_) => true,
        InstKind::Format(..) => pos == 0,
        // A starred value among several is iterated by a loop, which takes any value.
        InstKind::CallBuiltin(b, ..) => *b == Builtin::Print || (pos == 0 && matches!(b, Builtin::Str | Builtin::Repr | Builtin::Bool | Builtin::Hash | Builtin::Format | Builtin::Id | Builtin::Callable | Builtin::StarredPart(_))),
        InstKind::CallMethod(_, name, ..) => match first {
            // str methods whose argument may be None: `split(None)`, `strip(None)`.
            Some(Type::Str) => pos == 1 && matches!(name.as_str(), "split" | "rsplit" | "strip" | "lstrip" | "rstrip"),
            _ => pos > 0,
        },
        InstKind::CallSuper(..) => pos > 0,
        // `iter()` of a builtin container is the value itself: its loop's length raises for None.
        InstKind::GetIter(_) => !matches!(first, Some(Type::Instance(_))),
        InstKind::SetAttr(..) => pos == 1,
        InstKind::SetItem(..) => pos == 2 || (pos == 1 && matches!(first, Some(Type::Dict(_)))),
        InstKind::GetItem(..) | InstKind::DelItem(..) => pos == 1 && matches!(first, Some(Type::Dict(_))),
        // Slice bounds are optional ints already (`xs[i:None]`).
        InstKind::Slice(..) | InstKind::DelSlice(..) => pos > 0 && types[pos].non_none().is_intlike(),
        InstKind::SetSlice(..) => pos > 0 && pos + 1 < types.len() && types[pos].non_none().is_intlike(),
        // printf-style formatting takes any value on the right.
        InstKind::Binary(BinOp::Mod, ..) => pos == 1 && first == Some(&Type::Str),
        _ => false,
    }
}

impl<'p> Annotator<'p> {
    /// The operands of `inst` that are `T | None` where the instruction needs a `T`.
    pub(super) fn strict_optionals(&self, vid: VariantId, kind: &InstKind) -> Vec<Value> {
        let operands = kind.operands();
        let types: Vec<Type> = operands.iter().map(|v| self.ty(vid, *v)).collect();
        operands
            .iter()
            .enumerate()
            .filter(|&(i, _)| matches!(types[i], Type::Optional(_)) && !takes_any_value(kind, i, &types))
            .map(|(_, v)| *v)
            .collect()
    }

    /// What CPython raises when `operand` of `inst` is `None`; `types` are the operands' types
    /// with `operand` already replaced by `None` and the other strict operands by their `T`.
    pub(super) fn none_raise(&mut self, vid: VariantId, inst: &Inst, operand: Value, types: &[Type]) -> Raise {
        let attribute = |name: &str| Raise::new(ExcKind::AttributeError, format!("'NoneType' object has no attribute '{name}'"));
        let outcome = match &inst.kind {
            InstKind::GetAttr(_, name) | InstKind::SetAttr(_, name, _) | InstKind::CallMethod(_, name, ..) => return attribute(name),
            InstKind::Binary(op, ..) => ops::binary(self, vid, inst, *op, &types[0], &types[1]),
            InstKind::InplaceBinary(op, ..) => ops::inplace_binary(self, vid, inst, *op, &types[0], &types[1]),
            InstKind::Unary(op, _) => ops::unary(*op, &types[0]),
            InstKind::Compare(op, ..) => ops::compare(self, inst.span, *op, &types[0], &types[1]),
            InstKind::GetItem(..) => ops::getitem(self, inst.span, FuncId(u32::MAX), &types[0], &types[1], operand),
            InstKind::SetItem(..) => ops::setitem(self, inst.span, &types[0], &types[1], &types[2]),
            InstKind::DelItem(..) => ops::delitem(self, inst.span, &types[0], &types[1]),
            InstKind::Slice(..) => ops::slice(&types[0], &types[1..]),
            InstKind::DelSlice(..) => ops::del_slice(&types[0], &types[1..]),
            InstKind::IterNext(..) | InstKind::IterItem(..) | InstKind::IterPrev(..) | InstKind::GetIter(_) => ops::iter_item(self, &types[0]),
            InstKind::Unpack(_, i, n) => ops::unpack(self, &types[0], *i, *n),
            InstKind::CheckUnpackStarred(_, n) => ops::check_unpack_starred(self, &types[0], *n),
            InstKind::CallBuiltin(b, args, kw) => {
                let kw_types: Vec<(String, Type)> = kw.iter().zip(&types[args.len()..]).map(|((k, _), t)| (k.clone(), t.clone())).collect();
                builtins::call(self, vid, inst, *b, &types[..args.len()], &kw_types)
            }
            _ => Outcome::Type(Type::Bottom),
        };
        match outcome {
            Outcome::Raises(r) => r,
            // Every strict position has a CPython error for None; this names the operation.
            _ => Raise::new(ExcKind::TypeError, "'NoneType' object is not supported here".to_string()),
        }
    }
}
