//! Checked unboxing entries: a call that passes boxed (`object`) arguments to a function that
//! also has a typed variant. The call's own variant is the boxed one, which works on the boxes
//! directly and so always does what CPython does; when the boxes hold values of the typed
//! variant's parameter types, calling that variant with the values unboxed does the same, much
//! faster. This pass, run once the fixpoint is reached, picks for each such call a live typed
//! variant whose parameters the lowering can check against a box's descriptor (a scalar kind),
//! and records it (`Variant::unboxed_entries`); the lowering checks the boxes, unboxes them and
//! calls it, or falls back to the boxed variant.
#![forbid(unsafe_code)]

use super::{Annotator, VariantId};
use crate::ir::*;
use crate::types::Type;

/// Whether a box's descriptor kind alone says that it holds a value of type `t`, so the box's
/// word can be passed where a `t` is expected.
fn checkable(t: &Type) -> bool {
    matches!(t, Type::Int | Type::Float | Type::Bool | Type::Str)
}

impl Annotator<'_> {
    /// Records the typed variant each call with boxed arguments may enter instead of its boxed
    /// one (see the module doc). Only live variants are candidates: no new code is typed here.
    pub(super) fn find_unboxed_entries(&mut self, live: &[VariantId]) {
        for &vid in live {
            let func = self.program.function(self.variants[vid.0 as usize].func);
            let mut found = Vec::new();
            for inst in func.blocks.iter().flat_map(|b| &b.insts) {
                let (InstKind::Call(_, args), Some(r)) = (&inst.kind, inst.result) else { continue };
                let Some(&callee) = self.variants[vid.0 as usize].calls.get(&r) else { continue };
                let actual: Vec<Type> = args.iter().map(|a| self.containers.canonical(&self.variants[vid.0 as usize].values[a.index()])).collect();
                if !actual.contains(&Type::Object) {
                    continue;
                }
                if let Some(typed) = live.iter().copied().find(|&t| t != callee && self.enters(callee, t, &actual)) {
                    found.push((r, typed));
                }
            }
            self.variants[vid.0 as usize].unboxed_entries.extend(found);
        }
    }

    /// Whether a call of boxed variant `callee` with arguments of types `actual` may enter typed
    /// variant `typed` of the same function: each boxed argument is checkable against the typed
    /// parameter, every other argument has the typed parameter's type, and the typed variant's
    /// result converts to the call's (boxed, or the same).
    fn enters(&self, callee: VariantId, typed: VariantId, actual: &[Type]) -> bool {
        let (b, t) = (&self.variants[callee.0 as usize], &self.variants[typed.0 as usize]);
        let c = &self.containers;
        let (b_ret, t_ret) = (c.canonical(&b.ret), c.canonical(&t.ret));
        b.func == t.func
            && !self.program.function(t.func).generator
            && t.args.len() == actual.len()
            && t_ret != Type::Bottom
            && b_ret != Type::Bottom
            && (b_ret == Type::Object || b_ret == t_ret)
            && actual.iter().zip(&t.args).all(|(a, p)| {
                let p = c.canonical(p);
                if *a == Type::Object {
                    checkable(&p)
                } else {
                    *a == p
                }
            })
    }
}
