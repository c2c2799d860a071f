//! Comprehensions (`[x for x in xs if x]`, `{k: v for ...}`, `{x for ...}`) become loops that
//! fill a fresh container, as CPython's hidden comprehension function does. `any(...)` and
//! `all(...)` become loops too, over their argument or through the generators of their
//! generator expression (`any(f(x) for x in xs)`), which leave at the first item that decides
//! the result, so the rest is never computed, as with CPython's lazy generator.
//!
//! The comprehension's targets are bound to hidden locals for the duration of the comprehension,
//! so they do not leak into (or clobber) the enclosing scope, matching Python 3's scoping.
#![forbid(unsafe_code)]

use super::stmt::{FnBuilder, Step};
use crate::diagnostic::{Code, Diagnostic};
use crate::ir::*;
use crate::source::Span;
use rustpython_parser::ast::{self, Ranged};

/// What a comprehension builds, with its element expression(s).
pub(super) enum Comprehension<'e> {
    List(&'e ast::Expr),
    Set(&'e ast::Expr),
    Dict(&'e ast::Expr, &'e ast::Expr),
    /// The generator expression of `any(...)` or `all(...)`: the element is the item tested.
    Test(Quantifier, &'e ast::Expr),
}

/// `any` or `all`.
#[derive(Clone, Copy)]
pub(super) enum Quantifier {
    Any,
    All,
}

impl Quantifier {
    /// The item truth that decides the result, which is also the result: `True` for `any`.
    fn decided_by(self) -> bool {
        matches!(self, Quantifier::Any)
    }

    fn name(self) -> &'static str {
        match self {
            Quantifier::Any => "any",
            Quantifier::All => "all",
        }
    }
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
            Comprehension::Test(q, _) => InstKind::Const(Const::Bool(!q.decided_by())),
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
        match kind {
            Comprehension::List(e) => {
                let target = self.emit(InstKind::LoadLocal(acc), span);
                let v = self.expr(e);
                self.emit(InstKind::CallMethod(target, "append".into(), vec![v], vec![]), e.range().into());
            }
            Comprehension::Set(e) => {
                let target = self.emit(InstKind::LoadLocal(acc), span);
                let v = self.expr(e);
                self.emit(InstKind::CallMethod(target, "add".into(), vec![v], vec![]), e.range().into());
            }
            Comprehension::Dict(k, v) => {
                let target = self.emit(InstKind::LoadLocal(acc), span);
                let k = self.expr(k);
                let v = self.expr(v);
                self.emit(InstKind::SetItem(target, k, v), span);
            }
            Comprehension::Test(q, e) => {
                let v = self.expr(e);
                self.decide(q, v, acc, continue_to, exit, e.range().into());
            }
        }
        self.terminate(Terminator::Jump(continue_to), span);
        self.switch_to(exit);

        self.unshadow(saved);
        self.emit(InstKind::LoadLocal(acc), span)
    }

    /// `any(arg)` or `all(arg)`. A generator expression as the argument is looped over in
    /// place (generator expressions elsewhere are not compiled yet); any other iterable is
    /// walked as a `for` loop walks it.
    pub(super) fn quantifier(&mut self, q: Quantifier, c: &ast::ExprCall, span: Span) -> Value {
        let name = q.name();
        let problem = match (c.args.len(), c.keywords.is_empty()) {
            (_, false) => Some(format!("{name}() takes no keyword arguments")),
            (1, true) => None,
            (n, true) => Some(format!("{name}() takes exactly one argument ({n} given)")),
        };
        if let Some(msg) = problem {
            self.diags.push(Diagnostic::new(Code::BadCall, span, msg));
            return self.emit(InstKind::Const(Const::None), span);
        }
        let arg = &c.args[0];
        if let ast::Expr::GeneratorExp(g) = arg {
            return self.comprehension(Comprehension::Test(q, &g.elt), &g.generators, span);
        }
        let result = self.hidden_local(name);
        let start = self.emit(InstKind::Const(Const::Bool(!q.decided_by())), span);
        self.emit_void(InstKind::StoreLocal(result, start), span);
        let (header, exit) = (self.new_block(), self.new_block());
        let item = match self.open_loop_step(arg, header, exit, span) {
            Step::Item(v) => v,
            Step::Parts(parts) => self.emit(InstKind::BuildTuple(parts), arg.range().into()),
        };
        self.decide(q, item, result, header, exit, arg.range().into());
        self.switch_to(exit);
        self.emit(InstKind::LoadLocal(result), span)
    }

    /// Ends one step of an `any`/`all` loop: an item whose truth decides the result stores it
    /// in `result` and leaves for `exit`; any other item goes on to `next`.
    fn decide(&mut self, q: Quantifier, item: Value, result: Local, next: Block, exit: Block, span: Span) {
        let truth = self.emit(InstKind::Truth(item), span);
        let decided = self.new_block();
        let (yes, no) = if q.decided_by() { (decided, next) } else { (next, decided) };
        self.terminate(Terminator::Branch(truth, yes, no), span);
        self.switch_to(decided);
        let v = self.emit(InstKind::Const(Const::Bool(q.decided_by())), span);
        self.emit_void(InstKind::StoreLocal(result, v), span);
        self.terminate(Terminator::Jump(exit), span);
    }
}
