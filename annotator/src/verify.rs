//! The flow-graph verifier. It checks, for every function of a program:
//!
//! - every value is defined by exactly one instruction;
//! - every use of a value is dominated by its definition (earlier in the same block, or in a
//!   block that dominates the user's block), so the lowering can use SSA values directly;
//! - every block, local, global and function an instruction names exists;
//! - every direct call passes exactly as many arguments as the callee has parameters.
//!
//! The flow builder's output must always pass; `build_program` runs it in debug builds, and the
//! IR text tests run it on every input.
#![forbid(unsafe_code)]

use crate::ir::*;
use petgraph::algo::dominators::simple_fast;

/// Verifies a program, returning a description of the first problem found.
pub fn verify(program: &Program) -> Result<(), String> {
    for f in &program.functions {
        verify_function(program, f).map_err(|e| format!("{} ({}): {e}", f.name, f.id))?;
    }
    Ok(())
}

fn verify_function(program: &Program, f: &Function) -> Result<(), String> {
    let n = f.value_count as usize;
    // Where each value is defined: (block, position).
    let mut defs: Vec<Option<(usize, usize)>> = vec![None; n];
    for (b, block) in f.blocks.iter().enumerate() {
        for (i, inst) in block.insts.iter().enumerate() {
            if let Some(v) = inst.result {
                let slot = defs.get_mut(v.index()).ok_or_else(|| format!("{v} is out of range"))?;
                if slot.replace((b, i)).is_some() {
                    return Err(format!("{v} is defined twice"));
                }
            }
        }
        for s in block.term.successors() {
            if s.index() >= f.blocks.len() {
                return Err(format!("block{b} jumps to the missing {s}"));
            }
        }
    }
    let cfg = f.cfg();
    let doms = simple_fast(&cfg, 0u32.into());
    let dominates = |a: usize, b: usize| -> bool {
        doms.dominators((b as u32).into()).is_some_and(|mut ds| ds.any(|d| d.index() == a))
    };
    let reachable: Vec<bool> = (0..f.blocks.len()).map(|b| doms.immediate_dominator((b as u32).into()).is_some() || b == 0).collect();
    let check_use = |v: Value, b: usize, pos: usize| -> Result<(), String> {
        let (db, dpos) = defs.get(v.index()).copied().flatten().ok_or_else(|| format!("{v} is used in block{b} but never defined"))?;
        let ok = if db == b { dpos < pos } else { dominates(db, b) };
        if ok {
            Ok(())
        } else {
            Err(format!("{v} is used in block{b} where its definition in block{db} does not dominate"))
        }
    };
    for (b, block) in f.blocks.iter().enumerate() {
        if !reachable[b] {
            continue;
        }
        for (i, inst) in block.insts.iter().enumerate() {
            for v in inst.kind.operands() {
                check_use(v, b, i)?;
            }
            match &inst.kind {
                InstKind::LoadLocal(l) | InstKind::StoreLocal(l, _) if l.index() >= f.locals.len() => {
                    return Err(format!("{l} is not a local"));
                }
                InstKind::LoadGlobal(g) | InstKind::StoreGlobal(g, _) if g.index() >= program.globals.len() => {
                    return Err(format!("{g} is not a global"));
                }
                InstKind::Call(callee, args) => {
                    let target = program.functions.get(callee.index()).ok_or_else(|| format!("{callee} is not a function"))?;
                    if target.params.len() != args.len() {
                        return Err(format!("call of {} with {} arguments for {} parameters", target.name, args.len(), target.params.len()));
                    }
                }
                _ => {}
            }
        }
        let term_uses = match &block.term {
            Terminator::Branch(c, _, _) | Terminator::Return(c) => vec![*c],
            _ => vec![],
        };
        for v in term_uses {
            check_use(v, b, block.insts.len())?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Span;

    fn function(blocks: Vec<BlockData>, value_count: u32) -> Program {
        let f = Function { id: FuncId(0), name: "<module>".into(), qualname: "<module>".into(), module: "__main__".into(), free: vec![], closure_defaults: false, params: vec![], locals: vec![], blocks, value_count, span: Span::default(), generator: false, bound_method: false };
        Program { functions: vec![f], classes: vec![], globals: vec![], cells: vec![], exceptions: None }
    }

    fn inst(result: u32, kind: InstKind) -> Inst {
        Inst { result: Some(Value(result)), kind, span: Span::default() }
    }

    #[test]
    fn a_use_not_dominated_by_its_definition_is_reported() {
        // block0 branches to block1 (defines v1) and block2; block2 uses v1.
        let p = function(
            vec![
                BlockData { insts: vec![inst(0, InstKind::Const(Const::Bool(true)))], term: Terminator::Branch(Value(0), Block(1), Block(2)), term_span: Span::default(), handler: None },
                BlockData { insts: vec![inst(1, InstKind::Const(Const::None))], term: Terminator::Jump(Block(2)), term_span: Span::default(), handler: None },
                BlockData { insts: vec![], term: Terminator::Return(Value(1)), term_span: Span::default(), handler: None },
            ],
            2,
        );
        let err = verify(&p).unwrap_err();
        assert!(err.contains("v1 is used in block2 where its definition in block1 does not dominate"), "{err}");
    }

    #[test]
    fn a_value_defined_twice_is_reported() {
        let p = function(
            vec![BlockData {
                insts: vec![inst(0, InstKind::Const(Const::None)), inst(0, InstKind::Const(Const::None))],
                term: Terminator::Return(Value(0)),
                term_span: Span::default(),
                handler: None,
            }],
            1,
        );
        assert_eq!(verify(&p).unwrap_err(), "<module> (f0): v0 is defined twice");
    }
}
