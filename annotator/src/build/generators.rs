//! `yield` and `yield from`: a function whose body yields is a generator (`Function::generator`).
//!
//! A `yield` ends its block: the block jumps to where the generator resumes, so every value the
//! generator keeps across a suspension is used in another block than its own, which is what the
//! lowering keeps in the generator object.

use super::stmt::FnBuilder;
use crate::ir::*;
use crate::source::Span;
use rustpython_parser::ast;

impl FnBuilder<'_> {
    /// `yield v` (`yield` alone yields `None`); its value, what `send` would pass, is `None`.
    pub(super) fn yield_value(&mut self, value: Option<&ast::Expr>, span: Span) -> Value {
        if self.is_module {
            self.unsupported(span, "`yield` outside a function", "CPython rejects it too");
            return self.emit(InstKind::Const(Const::None), span);
        }
        let v = match value {
            Some(e) => self.expr(e),
            None => self.emit(InstKind::Const(Const::None), span),
        };
        self.yield_value_of(v, span);
        self.emit(InstKind::Const(Const::None), span)
    }

    /// `yield from it`: yields each item of `it` in turn (a loop; the value of the expression,
    /// the sub-generator's return value, is `None`).
    pub(super) fn yield_from(&mut self, iterable: &ast::Expr, span: Span) -> Value {
        let (header, done) = (self.new_block(), self.new_block());
        let item = self.hidden_local("yieldfrom");
        let name = self.func.locals[item.index()].clone();
        let target = ast::Expr::Name(ast::ExprName { range: iterable.range(), id: name.as_str().into(), ctx: ast::ExprContext::Store });
        self.open_loop(iterable, &target, header, done, span);
        let v = self.emit(InstKind::LoadLocal(item), span);
        self.yield_value_of(v, span);
        self.terminate(Terminator::Jump(header), span);
        self.switch_to(done);
        self.emit(InstKind::Const(Const::None), span)
    }

    /// Suspends with `v`, continuing in a new block when resumed.
    fn yield_value_of(&mut self, v: Value, span: Span) {
        self.func.generator = true;
        self.emit_void(InstKind::Yield(v), span);
        let resume = self.new_block();
        self.terminate(Terminator::Jump(resume), span);
        self.switch_to(resume);
    }
}

use rustpython_parser::ast::Ranged;
