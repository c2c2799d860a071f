//! `try`, `with`, `raise` and `assert`, and the instances of exception classes.
//!
//! Every block records where its exceptions go (`BlockData::handler`): the dispatch block of the
//! innermost `try` with `except` clauses, the exceptional copy of a `finally` body, or a cleanup
//! block that ends a running handler (`PopHandled`) and passes the exception on (`Resume`).
//! `finally` bodies are built once per way out: after the normal end, on the exceptional path,
//! and before each `return`, `break` or `continue` that leaves the `try` ([`Exit`]).

use super::modules::{Module, Modules};
use super::value_names::ValueNames;
use super::stmt::FnBuilder;
use crate::diagnostic::{Code, Diagnostic};
use crate::ir::*;
use crate::source::{SourceMap, Span};
use rustpython_parser::ast;

/// What leaving a `try` statement early runs.
#[derive(Clone)]
pub(super) enum Exit {
    /// A `finally` body, built with the handler outside its `try`.
    Finally { body: Vec<ast::Stmt>, handler: Option<Block> },
    /// A handler is running: leaving it ends the handling of its exception.
    Handling,
    /// A `with` block: leaving it calls `mgr.__exit__(None, None, None)` (the manager is in the
    /// local), with the handler outside the block.
    With { mgr: Local, handler: Option<Block> },
}

/// The source text of the exception prelude (`prelude.py`).
const PRELUDE: &str = include_str!("prelude.py");

/// The builtin functions that are values (`f = len`): the prelude's `__builtin_len` and the rest.
pub(super) const BUILTIN_VALUES: [&str; 30] = [
    "len", "abs", "repr", "str", "int", "float", "bool", "list", "tuple", "set", "ord", "chr", "hex", "oct", "bin", "hash", "id", "callable", "round", "divmod", "sum",
    "any", "all", "sorted", "min", "max", "print", "input", "pow", "format",
];

/// The prelude function behind builtin `name` used as a value.
pub(super) fn builtin_value(name: &str) -> String {
    format!("__builtin_{name}")
}

/// Whether a module may use exceptions, files or starred arguments (whose builtins call the
/// prelude's helpers, `build/starred.rs`), judged from its text: the program then gets the
/// prelude. A false positive only costs compile time.
fn uses_prelude(text: &str) -> bool {
    ["try", "raise", "assert", "Error", "Exception", "Exit", "Interrupt", "Warning", "StopIteration", "open", "sys", "(*", ",*", ", *", "dict("].iter().any(|w| text.contains(w))
}

/// Adds the prelude as a module of its own (`builtins`, a file of the source map) when some
/// module may use exceptions or names a builtin as a value; its index.
pub(super) fn add_prelude(sources: &mut SourceMap, modules: &mut Modules, names: &ValueNames) -> Option<usize> {
    let builtin_values = BUILTIN_VALUES.iter().any(|n| names.bare.contains(*n));
    if !builtin_values && !modules.list.iter().any(|m| uses_prelude(&sources.file(m.file).text)) {
        return None;
    }
    let file = sources.add("<prelude>", PRELUDE);
    // The prelude is ours and valid: a parse error in it is a bug every test would catch.
    let suite = super::modules::parse(sources, file).expect("the exception prelude parses");
    modules.list.push(Module { name: "builtins".to_string(), file, suite, is_package: false, deps: Vec::new() });
    Some(modules.list.len() - 1)
}

impl super::ModuleScope {
    /// What the prelude module defines, once scanned.
    pub(super) fn exceptions(&self, builtin_classes: u32) -> Option<Exceptions> {
        Some(Exceptions {
            base: *self.classes.get("BaseException")?,
            factory: self.functions.get("__exc_new")?.id,
            exit_status: self.functions.get("__exit_status")?.id,
            link: self.functions.get("__exc_link")?.id,
            builtin_classes,
        })
    }
}

impl FnBuilder<'_> {
    /// Runs the exits above `depth`, innermost first, for a `return`, `break` or `continue`.
    pub(super) fn run_exits(&mut self, depth: usize) {
        if self.exits.len() <= depth {
            return;
        }
        let (saved_exits, saved_handler) = (self.exits.clone(), self.handler);
        for i in (depth..saved_exits.len()).rev() {
            self.exits.truncate(i);
            match &saved_exits[i] {
                Exit::Handling => self.emit_void(InstKind::PopHandled, self.func.span),
                Exit::Finally { body, handler } => {
                    self.handler = *handler;
                    self.continue_in_new_block(self.func.span);
                    self.stmts(body);
                }
                Exit::With { mgr, handler } => {
                    self.handler = *handler;
                    self.continue_in_new_block(self.func.span);
                    self.exit_manager(*mgr, None, self.func.span);
                }
            }
        }
        self.exits = saved_exits;
        self.handler = saved_handler;
    }

    /// Ends the current block with a jump to a new one, which takes the current handler.
    fn continue_in_new_block(&mut self, span: Span) {
        let b = self.new_block();
        self.terminate(Terminator::Jump(b), span);
        self.switch_to(b);
    }

    /// A block that ends the running handler and passes the pending exception on to `outer`.
    fn cleanup_block(&mut self, outer: Option<Block>, span: Span) -> Block {
        let b = Block(self.func.blocks.len() as u32);
        let insts = [InstKind::PopHandled, InstKind::Resume].map(|kind| Inst { result: None, kind, span }).to_vec();
        self.func.blocks.push(BlockData { insts, term: Terminator::Unreachable, term_span: span, handler: outer });
        b
    }

    pub(super) fn try_stmt(&mut self, t: &ast::StmtTry, span: Span) {
        let outer = self.handler;
        let after = self.new_block();
        let fin_exc = (!t.finalbody.is_empty()).then(|| self.new_block());
        if let Some(f) = fin_exc {
            self.exits.push(Exit::Finally { body: t.finalbody.clone(), handler: outer });
            self.handler = Some(f);
        }
        // Where exceptions of the `except` and `else` blocks go.
        let region = self.handler;
        let dispatch = (!t.handlers.is_empty()).then(|| self.new_block());
        self.handler = dispatch.or(region);
        self.continue_in_new_block(span);
        self.stmts(&t.body);
        self.handler = region;
        self.continue_in_new_block(span);
        self.stmts(&t.orelse);
        let normal_end = self.new_block();
        self.terminate(Terminator::Jump(normal_end), span);
        if let Some(d) = dispatch {
            self.handlers(&t.handlers, d, region, normal_end, span);
        }
        self.handler = region;
        self.switch_to(normal_end);
        if let Some(f) = fin_exc {
            self.exits.pop();
            self.handler = outer;
            self.continue_in_new_block(span);
            self.stmts(&t.finalbody);
            self.terminate(Terminator::Jump(after), span);
            // The exceptional path: the body runs while the exception is handled, then it goes on.
            self.handler = Some(self.cleanup_block(outer, span));
            self.switch_to(f);
            self.emit(InstKind::Catch, span);
            self.exits.push(Exit::Handling);
            self.stmts(&t.finalbody);
            self.exits.pop();
            self.emit_void(InstKind::Reraise, span);
            self.terminate(Terminator::Unreachable, span);
        } else {
            self.terminate(Terminator::Jump(after), span);
        }
        self.handler = outer;
        self.switch_to(after);
    }

    /// `with a as x, b as y: body`: each manager's `__enter__` before the block, its `__exit__`
    /// after it however it ends, with the exception (its class, itself, and `None` for the
    /// traceback) when one ends it; a true result suppresses the exception.
    pub(super) fn with_stmt(&mut self, items: &[ast::WithItem], body: &[ast::Stmt], span: Span) {
        let Some((first, rest)) = items.split_first() else {
            self.stmts(body);
            return;
        };
        let mgr = self.expr(&first.context_expr);
        let l = self.hidden_local("with");
        self.emit_void(InstKind::StoreLocal(l, mgr), span);
        let entered = self.emit(InstKind::CallMethod(mgr, "__enter__".to_string(), Vec::new(), Vec::new()), span);
        let outer = self.handler;
        let (exc_b, after) = (self.new_block(), self.new_block());
        self.handler = Some(exc_b);
        self.continue_in_new_block(span);
        if let Some(target) = &first.optional_vars {
            self.assign(target, entered);
        }
        self.exits.push(Exit::With { mgr: l, handler: outer });
        self.with_stmt(rest, body, span);
        self.exits.pop();
        self.handler = outer;
        self.continue_in_new_block(span);
        self.exit_manager(l, None, span);
        self.terminate(Terminator::Jump(after), span);
        self.handler = Some(self.cleanup_block(outer, span));
        self.switch_to(exc_b);
        let exc = self.emit(InstKind::Catch, span);
        let suppress = self.exit_manager(l, Some(exc), span);
        let truth = self.emit(InstKind::Truth(suppress), span);
        let (suppressed, reraise) = (self.new_block(), self.new_block());
        self.terminate(Terminator::Branch(truth, suppressed, reraise), span);
        self.switch_to(suppressed);
        self.emit_void(InstKind::PopHandled, span);
        self.terminate(Terminator::Jump(after), span);
        self.switch_to(reraise);
        self.emit_void(InstKind::Reraise, span);
        self.terminate(Terminator::Unreachable, span);
        self.handler = outer;
        self.switch_to(after);
    }

    /// `mgr.__exit__(type(exc), exc, None)`, or with three `None`s without an exception.
    fn exit_manager(&mut self, mgr: Local, exc: Option<Value>, span: Span) -> Value {
        let m = self.emit(InstKind::LoadLocal(mgr), span);
        let none = self.emit(InstKind::Const(Const::None), span);
        let args = match exc {
            Some(e) => vec![self.emit(InstKind::ClassOf(e), span), e, none],
            None => vec![none, none, none],
        };
        self.emit(InstKind::CallMethod(m, "__exit__".to_string(), args, Vec::new()), span)
    }

    /// The `except` clauses: `dispatch` catches the exception and tests the clauses in order;
    /// none matching raises it again.
    fn handlers(&mut self, handlers: &[ast::ExceptHandler], dispatch: Block, region: Option<Block>, normal_end: Block, span: Span) {
        self.handler = Some(self.cleanup_block(region, span));
        self.switch_to(dispatch);
        let exc = self.emit(InstKind::Catch, span);
        for h in handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let hspan: Span = h.range.into();
            let (body_b, next) = (self.new_block(), self.new_block());
            let classes = match &h.type_ {
                None => {
                    self.terminate(Terminator::Jump(body_b), hspan);
                    Vec::new()
                }
                Some(ty) => {
                    let classes = self.exception_classes(ty);
                    for (i, &c) in classes.iter().enumerate() {
                        let hit = self.emit(InstKind::IsInstance(exc, c), hspan);
                        let miss = if i + 1 == classes.len() { next } else { self.new_block() };
                        self.terminate(Terminator::Branch(hit, body_b, miss), hspan);
                        self.switch_to(miss);
                    }
                    if classes.is_empty() {
                        self.terminate(Terminator::Jump(next), hspan);
                    }
                    classes
                }
            };
            self.switch_to(body_b);
            self.exits.push(Exit::Handling);
            let saved = h.name.as_ref().map(|name| {
                let saved = self.shadow(&[name.to_string()], "exc");
                let v = if classes.is_empty() { exc } else { self.emit(InstKind::Narrow(exc, classes.clone()), hspan) };
                let l = self.locals[name.as_str()];
                self.emit_void(InstKind::StoreLocal(l, v), hspan);
                saved
            });
            self.stmts(&h.body);
            if let Some(saved) = saved {
                self.unshadow(saved);
            }
            self.exits.pop();
            self.emit_void(InstKind::PopHandled, hspan);
            self.terminate(Terminator::Jump(normal_end), hspan);
            self.switch_to(next);
        }
        self.emit_void(InstKind::Reraise, span);
        self.terminate(Terminator::Unreachable, span);
    }

    /// The classes an `except` clause names: a class or a tuple of classes, each deriving from
    /// `BaseException`.
    fn exception_classes(&mut self, ty: &ast::Expr) -> Vec<ClassId> {
        let items: Vec<&ast::Expr> = match ty {
            ast::Expr::Tuple(t) => t.elts.iter().collect(),
            e => vec![e],
        };
        let mut out = Vec::new();
        for e in items {
            match self.class_named(e) {
                Some(c) if self.is_exception_class(c) => out.push(c),
                _ => self.diags.push(
                    Diagnostic::new(Code::Unsupported, e.range().into(), "an `except` clause must name exception classes".to_string())
                        .with_help("name a class deriving from BaseException, or a tuple of them, directly"),
                ),
            }
        }
        out
    }

    pub(super) fn is_exception_class(&self, c: ClassId) -> bool {
        let base = self.ctx.classes.get("BaseException");
        base.is_some_and(|b| self.ctx.class_defs[c.index()].mro.contains(b))
    }

    /// The exception `raise e` raises: `e` itself, or a new instance when `e` names a class.
    fn exception_value(&mut self, e: &ast::Expr) -> Value {
        match self.class_named(e) {
            Some(c) => {
                let call = ast::ExprCall { range: e.range(), func: Box::new(e.clone()), args: Vec::new(), keywords: Vec::new() };
                self.construct(c, &call, e.range().into())
            }
            None => self.expr(e),
        }
    }

    pub(super) fn raise_stmt(&mut self, r: &ast::StmtRaise, span: Span) {
        match &r.exc {
            None => self.emit_void(InstKind::Reraise, span),
            Some(e) => {
                let v = self.exception_value(e);
                let cause = r.cause.as_ref().map(|c| self.exception_value(c));
                self.emit_void(InstKind::Raise(v, cause), span);
            }
        }
        self.terminate(Terminator::Unreachable, span);
    }

    /// `assert test, msg`: raises `AssertionError(msg)` when `test` is false.
    pub(super) fn assert_stmt(&mut self, a: &ast::StmtAssert, span: Span) {
        let (ok, fail) = (self.new_block(), self.new_block());
        self.cond(&a.test, ok, fail);
        self.switch_to(fail);
        let Some(&c) = self.ctx.classes.get("AssertionError") else { return };
        let func = ast::Expr::Name(ast::ExprName { range: a.range, id: "AssertionError".into(), ctx: ast::ExprContext::Load });
        let call = ast::ExprCall { range: a.range, func: Box::new(func), args: a.msg.iter().map(|m| (**m).clone()).collect(), keywords: Vec::new() };
        let v = self.construct(c, &call, span);
        self.emit_void(InstKind::Raise(v, None), span);
        self.terminate(Terminator::Unreachable, span);
        self.switch_to(ok);
    }

    /// An import of module `name`, which does not exist, in a `try` that handles it: CPython's
    /// `ModuleNotFoundError`.
    pub(super) fn raise_module_not_found(&mut self, name: &str, span: Span) {
        let Some(&c) = self.ctx.classes.get("ModuleNotFoundError") else { return };
        let range = rustpython_parser::text_size::TextRange::new(span.start.into(), span.end.into());
        let func = ast::Expr::Name(ast::ExprName { range, id: "ModuleNotFoundError".into(), ctx: ast::ExprContext::Load });
        let msg = ast::Expr::Constant(ast::ExprConstant { range, value: ast::Constant::Str(format!("No module named '{name}'")), kind: None });
        let call = ast::ExprCall { range, func: Box::new(func), args: vec![msg], keywords: Vec::new() };
        let v = self.construct(c, &call, span);
        self.emit_void(InstKind::Raise(v, None), span);
        self.terminate(Terminator::Unreachable, span);
    }

    /// `BaseException.__new__`: an exception instance's `args` are its constructor's positional
    /// arguments, whatever its `__init__` does. Returns the call with those arguments read back
    /// from hidden locals, for the `__init__` (so each is evaluated once).
    pub(super) fn exception_args(&mut self, obj: Value, call: &ast::ExprCall, span: Span) -> ast::ExprCall {
        let mut names = Vec::new();
        let mut vals = Vec::new();
        for a in &call.args {
            let v = self.expr(a);
            let l = self.hidden_local("excarg");
            self.emit_void(InstKind::StoreLocal(l, v), span);
            vals.push(v);
            names.push(ast::Expr::Name(ast::ExprName { range: a.range(), id: self.func.locals[l.index()].as_str().into(), ctx: ast::ExprContext::Load }));
        }
        let t = self.emit(InstKind::BuildTuple(vals), span);
        self.emit_void(InstKind::SetAttr(obj, "args".to_string(), t), span);
        // Until a handler catches it, an exception has no chain.
        let none = self.emit(InstKind::Const(Const::None), span);
        for attr in ["__cause__", "__context__"] {
            self.emit_void(InstKind::SetAttr(obj, attr.to_string(), none), span);
        }
        let no = self.emit(InstKind::Const(Const::Bool(false)), span);
        self.emit_void(InstKind::SetAttr(obj, "__suppress_context__".to_string(), no), span);
        ast::ExprCall { range: call.range, func: call.func.clone(), args: names, keywords: call.keywords.clone() }
    }

    /// `super().__init__(args)` or `Exception.__init__(self, args)` reaching `BaseException`:
    /// sets the instance's `args`.
    pub(super) fn base_exception_init(&mut self, this: Value, args: &[ast::Expr], span: Span) -> Value {
        let vals = args.iter().map(|a| self.expr(a)).collect();
        let t = self.emit(InstKind::BuildTuple(vals), span);
        self.emit_void(InstKind::SetAttr(this, "args".to_string(), t), span);
        self.emit(InstKind::Const(Const::None), span)
    }
}

use rustpython_parser::ast::Ranged;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_value_is_in_the_prelude() {
        for name in BUILTIN_VALUES {
            assert!(PRELUDE.contains(&format!("\ndef {}(", builtin_value(name))), "{name}");
        }
    }

}
