//! Comprehensions (`[x for x in xs if x]`, `{k: v for ...}`, `{x for ...}`) become loops that
//! fill a fresh container, as CPython's hidden comprehension function does.
//!
//! The comprehension's targets are bound to hidden locals for the duration of the comprehension,
//! so they do not leak into (or clobber) the enclosing scope, matching Python 3's scoping.
#![forbid(unsafe_code)]

use super::stmt::FnBuilder;
use crate::ir::*;
use crate::source::Span;
use rustpython_parser::ast::{self, Ranged};

/// What a comprehension builds, with its element expression(s).
pub(super) enum Comprehension<'e> {
    List(&'e ast::Expr),
    Set(&'e ast::Expr),
    Dict(&'e ast::Expr, &'e ast::Expr),
}

impl<'a> FnBuilder<'a> {
    pub(super) fn comprehension(&mut self, kind: Comprehension<'_>, generators: &[ast::Comprehension], span: Span) -> crate::ir::Value {
        if let Some(g) = generators.iter().find(|g| g.is_async) {
            self.unsupported(g.target.range().into(), "`async for` in a comprehension", "async code is not supported");
        }
        let acc = self.hidden_local("comp");
        let empty = match kind {
            Comprehension::List(_) => InstKind::BuildList(vec![]),
            Comprehension::Set(_) => InstKind::BuildSet(vec![]),
            Comprehension::Dict(..) => InstKind::BuildDict(vec![]),
        };
        let empty = self.emit(empty, span);
        self.emit_void(InstKind::StoreLocal(acc, empty), span);

        let mut names = Vec::new();
        for g in generators {
            super::stmt::target_names(&g.target, &mut names);
        }
        let saved = self.shadow(&names, "comp");

        let exit = self.new_block();
        let mut continue_to = exit;
        for g in generators {
            let header = self.new_block();
            self.open_loop(&g.iter, &g.target, header, continue_to, g.iter.range().into());
            for cond in &g.ifs {
                let (yes, no) = (self.new_block(), header);
                self.cond(cond, yes, no);
                self.switch_to(yes);
            }
            continue_to = header;
        }
        let target = self.emit(InstKind::LoadLocal(acc), span);
        match kind {
            Comprehension::List(e) => {
                let v = self.expr(e);
                self.emit(InstKind::CallMethod(target, "append".into(), vec![v], vec![]), e.range().into());
            }
            Comprehension::Set(e) => {
                let v = self.expr(e);
                self.emit(InstKind::CallMethod(target, "add".into(), vec![v], vec![]), e.range().into());
            }
            Comprehension::Dict(k, v) => {
                let k = self.expr(k);
                let v = self.expr(v);
                self.emit(InstKind::SetItem(target, k, v), span);
            }
        }
        self.terminate(Terminator::Jump(continue_to), span);
        self.switch_to(exit);

        self.unshadow(saved);
        self.emit(InstKind::LoadLocal(acc), span)
    }
}
