//! Statements: the function builder's state, blocks, and control flow.
#![forbid(unsafe_code)]

use super::ModuleCtx;
use crate::diagnostic::Diagnostic;
use crate::ir::*;
use crate::source::Span;
use num_bigint::BigInt;
use rustpython_parser::ast::{self, Ranged};
use std::collections::{HashMap, HashSet};

/// The direction a loop walks a sequence: `for x in xs` or `for x in reversed(xs)`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Order {
    Forward,
    Backward,
}

/// What one step of a loop yields: an item, or the parts of the tuple `enumerate(...)` or
/// `zip(...)` would make, which a target that unpacks them takes without building it.
pub(super) enum Step {
    Item(Value),
    Parts(Vec<Value>),
}

/// Where `break` and `continue` go inside the innermost loop.
struct LoopTargets {
    continue_to: Block,
    break_to: Block,
    /// How many entries `FnBuilder::exits` had when the loop began: a `break` or `continue`
    /// runs the ones above.
    exits: usize,
}

/// Builds the flow graph of one function (or of the module body).
pub(super) struct FnBuilder<'a> {
    pub(super) ctx: &'a mut ModuleCtx,
    pub(super) func: Function,
    pub(super) current: Block,
    /// Set once the current block has its terminator; code after it goes to a dead block.
    terminated: bool,
    pub(super) locals: HashMap<String, Local>,
    pub(super) is_module: bool,
    /// The class whose method this is (for `super()`).
    pub(super) class: Option<ClassId>,
    /// False in a static or class method: its first parameter is not the instance.
    pub(super) has_self: bool,
    /// In a class method: the name of its `cls` parameter and the class it stands for here.
    pub(super) cls: Option<(String, ClassId)>,
    loops: Vec<LoopTargets>,
    pub(super) diags: Vec<Diagnostic>,
    /// Where an exception raised in the code being built goes (`BlockData::handler`).
    pub(super) handler: Option<Block>,
    /// What leaving the enclosing `try` statements early (`return`, `break`, `continue`) must
    /// run, innermost last.
    pub(super) exits: Vec<super::exceptions::Exit>,
    /// The enclosing functions' variables this function uses, with their cells, in the order
    /// of its closure (`Function::free`).
    pub(super) free_vars: Vec<(String, CellId)>,
    /// The variables read and written through a cell (captured ones and free ones): the cell
    /// and the hidden local that holds it.
    pub(super) cells: HashMap<String, (CellId, Local)>,
}

/// Collects the names an assignment target binds.
pub(super) fn target_names(e: &ast::Expr, out: &mut Vec<String>) {
    match e {
        ast::Expr::Name(n) => {
            if !out.iter().any(|o| o == n.id.as_str()) {
                out.push(n.id.to_string());
            }
        }
        ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::List(t) => t.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

/// Collects the names a statement list binds at its own scope level (not inside nested defs).
pub(super) fn assigned_names(body: &[ast::Stmt], out: &mut Vec<String>) {
    let target = target_names;
    for stmt in body {
        match stmt {
            ast::Stmt::Assign(s) => s.targets.iter().for_each(|t| target(t, out)),
            ast::Stmt::AugAssign(s) => target(&s.target, out),
            ast::Stmt::AnnAssign(s) if s.value.is_some() => target(&s.target, out),
            ast::Stmt::For(s) => target(&s.target, out),
            ast::Stmt::With(w) => w.items.iter().filter_map(|i| i.optional_vars.as_deref()).for_each(|t| target(t, out)),
            // `del x` binds `x` in its scope, as an assignment does.
            ast::Stmt::Delete(d) => d.targets.iter().filter(|t| t.is_name_expr()).for_each(|t| target(t, out)),
            _ => {}
        }
        for b in nested_bodies(stmt) {
            assigned_names(b, out);
        }
    }
}

/// The statement lists nested in a compound statement, at its own scope level.
pub(super) fn nested_bodies(stmt: &ast::Stmt) -> Vec<&[ast::Stmt]> {
    match stmt {
        ast::Stmt::For(s) => vec![&s.body, &s.orelse],
        ast::Stmt::While(s) => vec![&s.body, &s.orelse],
        ast::Stmt::If(s) => vec![&s.body, &s.orelse],
        ast::Stmt::With(s) => vec![&s.body],
        ast::Stmt::Try(s) => {
            let handlers = s.handlers.iter().map(|h| {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                &h.body[..]
            });
            [&s.body[..], &s.orelse, &s.finalbody].into_iter().chain(handlers).collect()
        }
        _ => vec![],
    }
}

/// Collects the names a function declares `global`.
pub(super) fn global_decls(body: &[ast::Stmt], out: &mut HashSet<String>) {
    for stmt in body {
        match stmt {
            ast::Stmt::Global(g) => out.extend(g.names.iter().map(|n| n.to_string())),
            s => nested_bodies(s).into_iter().for_each(|b| global_decls(b, out)),
        }
    }
}

impl<'a> FnBuilder<'a> {
    pub(super) fn new(
        ctx: &'a mut ModuleCtx,
        id: FuncId,
        name: &str,
        span: Span,
        params: Vec<Param>,
        is_module: bool,
    ) -> FnBuilder<'a> {
        let mut locals = HashMap::new();
        let mut names = Vec::new();
        for p in &params {
            locals.insert(p.name.clone(), p.local);
            names.push(p.name.clone());
        }
        let entry = BlockData { insts: Vec::new(), term: Terminator::Unreachable, term_span: span, handler: None };
        let module = ctx.name.clone();
        FnBuilder {
            ctx,
            func: Function {
                id,
                name: name.to_string(),
                qualname: name.to_string(),
                module,
                free: Vec::new(),
                closure_defaults: false,
                params,
                locals: names,
                blocks: vec![entry],
                value_count: 0,
                span,
                generator: false,
                bound_method: false,
            },
            current: Function::ENTRY,
            terminated: false,
            locals,
            is_module,
            class: None,
            has_self: true,
            cls: None,
            loops: Vec::new(),
            diags: Vec::new(),
            handler: None,
            exits: Vec::new(),
            free_vars: Vec::new(),
            cells: HashMap::new(),
        }
    }

    pub(super) fn build(mut self, body: &[ast::Stmt], diags: &mut Vec<Diagnostic>) -> Function {
        if !self.is_module {
            for name in super::closures::bound_names(&[], body) {
                if !self.locals.contains_key(&name) {
                    self.new_local(&name);
                }
            }
            self.open_cells(body);
        }
        self.stmts(body);
        if !self.terminated {
            let none = self.emit(InstKind::Const(Const::None), self.func.span);
            self.terminate(Terminator::Return(none), self.func.span);
        }
        diags.append(&mut self.diags);
        self.func
    }

    pub(super) fn new_local(&mut self, name: &str) -> Local {
        let l = Local(self.func.locals.len() as u32);
        self.func.locals.push(name.to_string());
        self.locals.insert(name.to_string(), l);
        l
    }

    /// A compiler-made local, named `$what` so that it can never clash with a Python name.
    pub(super) fn hidden_local(&mut self, what: &str) -> Local {
        let name = format!("${what}{}", self.func.locals.len());
        self.new_local(&name)
    }

    /// `v` stored in a new hidden local, and the name expression that reads it (for code the
    /// builder writes as Python and builds like the program's).
    pub(super) fn hidden_name(&mut self, what: &str, v: Value, range: rustpython_parser::text_size::TextRange) -> ast::Expr {
        let l = self.hidden_local(what);
        self.emit_void(InstKind::StoreLocal(l, v), range.into());
        ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(self.func.locals[l.index()].clone()), ctx: ast::ExprContext::Load })
    }

    pub(super) fn new_block(&mut self) -> Block {
        let b = Block(self.func.blocks.len() as u32);
        self.func.blocks.push(BlockData { insts: Vec::new(), term: Terminator::Unreachable, term_span: Span::default(), handler: None });
        b
    }

    /// Continues in block `b`, whose exceptions go to the current handler.
    pub(super) fn switch_to(&mut self, b: Block) {
        self.current = b;
        self.terminated = false;
        self.func.blocks[b.index()].handler = self.handler;
    }

    pub(super) fn terminate(&mut self, term: Terminator, span: Span) {
        if self.terminated {
            return;
        }
        let block = &mut self.func.blocks[self.current.index()];
        block.term = term;
        block.term_span = span;
        self.terminated = true;
    }

    /// Code after a `return`/`break` is unreachable but still checked: it goes to a fresh block.
    fn ensure_open(&mut self) {
        if self.terminated {
            let b = self.new_block();
            self.switch_to(b);
        }
    }

    pub(super) fn emit(&mut self, kind: InstKind, span: Span) -> Value {
        self.ensure_open();
        let v = Value(self.func.value_count);
        self.func.value_count += 1;
        self.func.blocks[self.current.index()].insts.push(Inst { result: Some(v), kind, span });
        v
    }

    pub(super) fn emit_void(&mut self, kind: InstKind, span: Span) {
        self.ensure_open();
        self.func.blocks[self.current.index()].insts.push(Inst { result: None, kind, span });
    }

    pub(super) fn unsupported(&mut self, span: Span, construct: &str, help: &str) {
        self.diags.push(Diagnostic::unsupported(span, construct, help));
    }

    /// Whether `r` is `raise StopIteration` (or `StopIteration()`) in a method `__next__`, the one
    /// raise compiled before exceptions arrive: it ends the loop that called the method.
    fn raises_stop_iteration(&self, r: &ast::StmtRaise) -> bool {
        let named = |e: &ast::Expr| matches!(e, ast::Expr::Name(n) if n.id.as_str() == "StopIteration");
        let stop = match r.exc.as_deref() {
            Some(ast::Expr::Call(c)) => named(&c.func) && c.args.is_empty() && c.keywords.is_empty(),
            Some(e) => named(e),
            None => false,
        };
        stop && r.cause.is_none() && self.class.is_some() && self.has_self && self.func.name == "__next__" && !self.locals.contains_key("StopIteration")
    }

    pub(super) fn stmts(&mut self, body: &[ast::Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    /// Remembers the names a rejected statement binds, so that their uses are not reported too.
    fn poison(&mut self, stmt: &ast::Stmt) {
        let names: Vec<String> = match stmt {
            ast::Stmt::Import(i) => i.names.iter().map(|a| a.asname.as_ref().unwrap_or(&a.name).split('.').next().unwrap_or("").to_string()).collect(),
            ast::Stmt::ImportFrom(i) => i.names.iter().map(|a| a.asname.as_ref().unwrap_or(&a.name).to_string()).collect(),
            ast::Stmt::ClassDef(c) => vec![c.name.to_string()],
            ast::Stmt::FunctionDef(f) => vec![f.name.to_string()],
            ast::Stmt::Assign(a) if matches!(&*a.value, ast::Expr::Lambda(_)) => {
                a.targets.iter().filter_map(|t| t.as_name_expr().map(|n| n.id.to_string())).collect()
            }
            _ => vec![],
        };
        self.ctx.poisoned.extend(names);
    }

    pub(super) fn stmt(&mut self, stmt: &ast::Stmt) {
        let span: Span = stmt.range().into();
        let errors_before = self.diags.len();
        self.stmt_inner(stmt, span);
        if self.diags.len() > errors_before {
            self.poison(stmt);
        }
    }

    fn stmt_inner(&mut self, stmt: &ast::Stmt, span: Span) {
        match stmt {
            ast::Stmt::Expr(e) => match &*e.value {
                ast::Expr::Constant(_) => {}
                ast::Expr::Yield(y) => {
                    self.yield_value(y.value.as_deref(), span, false);
                }
                value => {
                    self.expr(value);
                }
            },
            ast::Stmt::Assign(s) => {
                if let ([ast::Expr::Tuple(lhs)], ast::Expr::Tuple(rhs)) = (&s.targets[..], &*s.value) {
                    if lhs.elts.len() == rhs.elts.len() && !lhs.elts.iter().chain(&rhs.elts).any(|e| e.is_starred_expr()) {
                        // `a, b = b, a`: evaluate the right side fully, then assign left to right.
                        let values: Vec<Value> = rhs.elts.iter().map(|e| self.expr(e)).collect();
                        for (t, v) in lhs.elts.iter().zip(values) {
                            self.assign(t, v);
                        }
                        return;
                    }
                }
                // Unpacking consumes a lazy iterable at once: `a, b = map(int, line.split())`.
                let unpacks = s.targets.iter().all(|t| matches!(t, ast::Expr::Tuple(_) | ast::Expr::List(_)));
                let v = if unpacks { self.expr_consumed(&s.value) } else { self.expr(&s.value) };
                for t in &s.targets {
                    self.assign(t, v);
                }
            }
            ast::Stmt::AnnAssign(s) => {
                if let Some(value) = &s.value {
                    let v = self.expr(value);
                    self.assign(&s.target, v);
                }
            }
            ast::Stmt::AugAssign(s) => self.aug_assign(s),
            ast::Stmt::If(s) => {
                let (then_b, else_b, join) = (self.new_block(), self.new_block(), self.new_block());
                self.cond(&s.test, then_b, else_b);
                self.switch_to(then_b);
                self.stmts(&s.body);
                self.terminate(Terminator::Jump(join), span);
                self.switch_to(else_b);
                self.stmts(&s.orelse);
                self.terminate(Terminator::Jump(join), span);
                self.switch_to(join);
            }
            ast::Stmt::While(s) => {
                let (header, body, orelse, exit) = (self.new_block(), self.new_block(), self.new_block(), self.new_block());
                self.terminate(Terminator::Jump(header), span);
                self.switch_to(header);
                self.cond(&s.test, body, orelse);
                self.loop_body(body, header, exit, &s.body, span);
                self.switch_to(orelse);
                self.stmts(&s.orelse);
                self.terminate(Terminator::Jump(exit), span);
                self.switch_to(exit);
            }
            ast::Stmt::For(s) => self.for_loop(s),
            ast::Stmt::Break(_) => match self.loops.last() {
                Some(l) => {
                    let (to, depth) = (l.break_to, l.exits);
                    self.run_exits(depth);
                    self.terminate(Terminator::Jump(to), span)
                }
                None => self.unsupported(span, "`break` outside a loop", "CPython rejects this too"),
            },
            ast::Stmt::Continue(_) => match self.loops.last() {
                Some(l) => {
                    let (to, depth) = (l.continue_to, l.exits);
                    self.run_exits(depth);
                    self.terminate(Terminator::Jump(to), span)
                }
                None => self.unsupported(span, "`continue` outside a loop", "CPython rejects this too"),
            },
            ast::Stmt::Return(r) => {
                if self.is_module {
                    self.unsupported(span, "`return` outside a function", "CPython rejects this too");
                    return;
                }
                let v = match &r.value {
                    Some(e) => self.expr(e),
                    None => self.emit(InstKind::Const(Const::None), span),
                };
                self.run_exits(0);
                self.terminate(Terminator::Return(v), span);
            }
            ast::Stmt::Pass(_) | ast::Stmt::Global(_) => {}
            ast::Stmt::FunctionDef(def) if !self.is_module || !def.decorator_list.is_empty() => self.def_stmt(def, span),
            ast::Stmt::FunctionDef(def) => {
                // Defaults are evaluated once, when the `def` runs, as in CPython.
                let params = match self.ctx.functions.get(def.name.as_str()) {
                    Some(sig) => sig.params.clone(),
                    None => return,
                };
                self.store_defaults(def, &params);
            }
            ast::Stmt::ClassDef(c) if self.is_module => self.class_stmt(c),
            ast::Stmt::ClassDef(_) => self.unsupported(span, "class definition inside a function", "define the class at module level"),
            ast::Stmt::Try(t) => self.try_stmt(t, span),
            ast::Stmt::TryStar(_) => self.unsupported(span, "`try` with `except*`", "exception groups are not supported; use `except`"),
            ast::Stmt::Raise(r) if self.raises_stop_iteration(r) => {
                self.emit_void(InstKind::StopIteration, span);
                self.terminate(Terminator::Unreachable, span);
            }
            ast::Stmt::Raise(r) => self.raise_stmt(r, span),
            ast::Stmt::With(w) => self.with_stmt(&w.items, &w.body, span),
            ast::Stmt::AsyncWith(_) => self.unsupported(span, "`async with`", "async code is not supported; use `with`"),
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => self.import_stmt(span),
            ast::Stmt::Delete(d) => {
                for t in &d.targets {
                    match t {
                        ast::Expr::Subscript(sub) if let Some(owner) = self.instance_dict_of(&sub.value).filter(|_| !sub.slice.is_slice_expr()) => {
                            let obj = self.expr(owner);
                            let name = self.expr(&sub.slice);
                            self.emit(InstKind::DynAttr(AttrOp::Del, obj, name, None), t.range().into());
                        }
                        ast::Expr::Attribute(a) if self.module_named(&a.value).is_none() && self.class_named(&a.value).is_none() => {
                            let obj = self.expr(&a.value);
                            self.emit(InstKind::DelAttr(obj, a.attr.to_string()), t.range().into());
                        }
                        ast::Expr::Subscript(sub) => {
                            let obj = self.expr(&sub.value);
                            let kind = match &*sub.slice {
                                ast::Expr::Slice(sl) => {
                                    let (a, b, c) = self.slice_bounds(sl);
                                    InstKind::DelSlice(obj, a, b, c)
                                }
                                index => InstKind::DelItem(obj, self.expr(index)),
                            };
                            self.emit(kind, t.range().into());
                        }
                        ast::Expr::Name(n) => self.del_name(n.id.as_str(), t.range().into()),
                        _ => self.unsupported(t.range().into(), "this `del` target", "only `del name`, `del container[key]`, `del xs[a:b]` and `del obj.attr` of an instance are supported"),
                    }
                }
            }
            ast::Stmt::Assert(a) => self.assert_stmt(a, span),
            ast::Stmt::Nonlocal(n) => self.nonlocal_stmt(n, span),
            ast::Stmt::Match(_) => self.unsupported(span, "`match` statement", "use `if`/`elif` for now"),
            _ => self.unsupported(span, "this statement", "rewrite it with the supported subset (see README)"),
        }
    }

    fn loop_body(&mut self, body: Block, continue_to: Block, break_to: Block, stmts: &[ast::Stmt], span: Span) {
        self.switch_to(body);
        self.loops.push(LoopTargets { continue_to, break_to, exits: self.exits.len() });
        self.stmts(stmts);
        self.loops.pop();
        self.terminate(Terminator::Jump(continue_to), span);
    }

    fn for_loop(&mut self, s: &ast::StmtFor) {
        let span: Span = s.range.into();
        let (header, orelse, exit) = (self.new_block(), self.new_block(), self.new_block());
        self.open_loop(&s.iter, &s.target, header, orelse, span);
        self.loops.push(LoopTargets { continue_to: header, break_to: exit, exits: self.exits.len() });
        self.stmts(&s.body);
        self.loops.pop();
        self.terminate(Terminator::Jump(header), span);
        self.switch_to(orelse);
        self.stmts(&s.orelse);
        self.terminate(Terminator::Jump(exit), span);
        self.switch_to(exit);
    }

    /// Emits the set-up of a loop over `iter` into the current block and the test for a next
    /// item into `header`, which branches to `done` at the end or to a new body block. The
    /// builder is left in the body with `target` assigned; the caller jumps back to `header`.
    pub(super) fn open_loop(&mut self, iter: &ast::Expr, target: &ast::Expr, header: Block, done: Block, span: Span) {
        match self.open_loop_step(iter, header, done, span) {
            Step::Item(v) => self.assign(target, v),
            Step::Parts(parts) => self.assign_items(target, &parts, iter.range().into()),
        }
    }

    /// [`FnBuilder::open_loop`] without a target: the builder is left in the body, and the
    /// result is what the step yields. `range(...)`, `enumerate(...)`, `zip(...)`, `map(...)`
    /// and `filter(...)` are recognised syntactically (when not shadowed) and compile to
    /// counting loops without building anything.
    pub(super) fn open_loop_step(&mut self, iter: &ast::Expr, header: Block, done: Block, span: Span) -> Step {
        if let Some(step) = self.open_lazy_loop(iter, header, done, span) {
            return step;
        }
        let iter_span: Span = iter.range().into();
        let call = match iter {
            ast::Expr::Call(c) if c.keywords.is_empty() && !c.args.iter().any(|a| a.is_starred_expr()) => Some(c),
            _ => None,
        };
        match call {
            Some(c) if (1..=3).contains(&c.args.len()) && self.is_builtin_name(&c.func, "range") => {
                Step::Item(self.open_range_loop(&c.args, Order::Forward, header, done, iter_span, span))
            }
            Some(c) if c.args.len() == 1 && self.is_builtin_name(&c.func, "reversed") && range_args(self, &c.args[0]).is_some() => {
                let args = range_args(self, &c.args[0]).unwrap_or_default();
                Step::Item(self.open_range_loop(args, Order::Backward, header, done, iter_span, span))
            }
            Some(c) if (1..=2).contains(&c.args.len()) && self.is_builtin_name(&c.func, "enumerate") => {
                let seq = self.loop_seq(&c.args[0]);
                let start = match c.args.get(1) {
                    Some(e) => self.expr(e),
                    None => self.emit(InstKind::Const(Const::Int(BigInt::from(0))), iter_span),
                };
                let counter = self.hidden_local("count");
                self.emit_void(InstKind::StoreLocal(counter, start), iter_span);
                let item = self.open_seq_loop(&[seq], header, done, iter_span, span)[0];
                let n = self.emit(InstKind::LoadLocal(counter), iter_span);
                let one = self.emit(InstKind::Const(Const::Int(BigInt::from(1))), iter_span);
                let next = self.emit(InstKind::Binary(BinOp::Add, n, one), iter_span);
                self.emit_void(InstKind::StoreLocal(counter, next), iter_span);
                Step::Parts(vec![n, item])
            }
            Some(c) if !c.args.is_empty() && self.is_builtin_name(&c.func, "zip") => {
                let seqs: Vec<(Value, Order)> = c.args.iter().map(|a| self.loop_seq(a)).collect();
                Step::Parts(self.open_seq_loop(&seqs, header, done, iter_span, span))
            }
            _ => {
                let seq = self.loop_seq(iter);
                Step::Item(self.open_seq_loop(&[seq], header, done, iter_span, span)[0])
            }
        }
    }

    /// The sequence a loop walks, and in which direction: `reversed(seq)` walks `seq` backward.
    pub(super) fn loop_seq(&mut self, e: &ast::Expr) -> (Value, Order) {
        match e {
            ast::Expr::Call(c) if c.args.len() == 1 && c.keywords.is_empty() && !c.args[0].is_starred_expr() && self.is_builtin_name(&c.func, "reversed") => {
                (self.expr(&c.args[0]), Order::Backward)
            }
            // `zip(range(n), xs)`: the numbers of a range walked beside another sequence.
            e if self.range_call(e) => (self.expr_consumed(e), Order::Forward),
            e => (self.expr(e), Order::Forward),
        }
    }

    /// Assigns a tuple of values to a target: element-wise when the target is a tuple or list of
    /// the same length (no tuple is built), else as one tuple.
    fn assign_items(&mut self, target: &ast::Expr, items: &[Value], span: Span) {
        match target {
            ast::Expr::Tuple(ast::ExprTuple { elts, .. }) | ast::Expr::List(ast::ExprList { elts, .. })
                if elts.len() == items.len() && !elts.iter().any(|e| e.is_starred_expr()) =>
            {
                for (e, &v) in elts.iter().zip(items) {
                    self.assign(e, v);
                }
            }
            _ => {
                let t = self.emit(InstKind::BuildTuple(items.to_vec()), span);
                self.assign(target, t);
            }
        }
    }

    /// `for i in range(start, stop, step)`, or `reversed(range(...))` when `order` is
    /// backward: returns the loop variable's value in the body.
    fn open_range_loop(&mut self, args: &[ast::Expr], order: Order, header: Block, done: Block, iter_span: Span, span: Span) -> Value {
        let counter = self.hidden_local("i");
        let body = self.new_block();
        let evaluated: Vec<Value> = args.iter().map(|a| self.expr(a)).collect();
        let int = |this: &mut Self, i: i64| this.emit(InstKind::Const(Const::Int(BigInt::from(i))), iter_span);
        let (start, stop) = match evaluated.len() {
            1 => (int(self, 0), evaluated[0]),
            _ => (evaluated[0], evaluated[1]),
        };
        let mut step_const = match args.get(2) {
            None => Some(1i64),
            Some(e) => const_int(e),
        };
        let mut step = match evaluated.get(2) {
            Some(&v) => v,
            None => int(self, 1),
        };
        if step_const.is_none() || step_const == Some(0) {
            self.emit_void(InstKind::CheckRangeStep(step), iter_span);
        }
        let (mut start, mut stop) = (start, stop);
        if order == Order::Backward {
            match step_const.filter(|&k| k != 0) {
                Some(k) => {
                    (start, stop) = self.reversed_range(start, stop, step, k, iter_span);
                    step_const = Some(-k);
                    step = int(self, -k);
                }
                None => self.unsupported(iter_span, "`reversed(range(...))` with a step that is not a literal", "write the reversed range with `range(...)` directly"),
            }
        }
        // Range arguments are evaluated once, like CPython's range object.
        let stop_l = self.hidden_local("stop");
        let step_l = self.hidden_local("step");
        self.emit_void(InstKind::StoreLocal(counter, start), iter_span);
        self.emit_void(InstKind::StoreLocal(stop_l, stop), iter_span);
        self.emit_void(InstKind::StoreLocal(step_l, step), iter_span);
        self.terminate(Terminator::Jump(header), span);
        self.switch_to(header);
        let i = self.emit(InstKind::LoadLocal(counter), iter_span);
        let stop = self.emit(InstKind::LoadLocal(stop_l), iter_span);
        let c = match step_const {
            Some(k) if k > 0 => self.emit(InstKind::Compare(CmpOp::Lt, i, stop), iter_span),
            Some(k) if k < 0 => self.emit(InstKind::Compare(CmpOp::Gt, i, stop), iter_span),
            _ => {
                let step = self.emit(InstKind::LoadLocal(step_l), iter_span);
                self.emit(InstKind::RangeCond(i, stop, step), iter_span)
            }
        };
        self.terminate(Terminator::Branch(c, body, done), iter_span);
        self.switch_to(body);
        let i = self.emit(InstKind::LoadLocal(counter), iter_span);
        let step = self.emit(InstKind::LoadLocal(step_l), iter_span);
        let next = self.emit(InstKind::Binary(BinOp::Add, i, step), iter_span);
        self.emit_void(InstKind::StoreLocal(counter, next), iter_span);
        i
    }

    /// The start and stop of `range(start, stop, k)` walked backward with step `-k`: its last
    /// item, `start + (stop - start - 1) // k * k` (for a negative `k`, `+ 1`), down to just
    /// past `start`. An empty range gives an empty reversed range.
    fn reversed_range(&mut self, start: Value, stop: Value, step: Value, k: i64, span: Span) -> (Value, Value) {
        let one = self.emit(InstKind::Const(Const::Int(BigInt::from(k.signum()))), span);
        let distance = self.emit(InstKind::Binary(BinOp::Sub, stop, start), span);
        let distance = self.emit(InstKind::Binary(BinOp::Sub, distance, one), span);
        let count = self.emit(InstKind::Binary(BinOp::FloorDiv, distance, step), span);
        let offset = self.emit(InstKind::Binary(BinOp::Mul, count, step), span);
        let last = self.emit(InstKind::Binary(BinOp::Add, start, offset), span);
        let past = self.emit(InstKind::Binary(BinOp::Sub, start, one), span);
        (last, past)
    }

    /// A loop over the items of one or more containers in lockstep (one for a plain `for`,
    /// several for `zip`): it ends when any of them has no next item. Each container is
    /// evaluated once; its position advances as CPython's iterators do, so appending to a list
    /// inside the loop extends the loop and resizing a dict raises.
    /// A sequence walked backward starts at its last position and steps down (`IterPrev`).
    pub(super) fn open_seq_loop(&mut self, seqs: &[(Value, Order)], header: Block, done: Block, iter_span: Span, span: Span) -> Vec<Value> {
        let mut state = Vec::with_capacity(seqs.len());
        let int = |this: &mut Self, i: i64| this.emit(InstKind::Const(Const::Int(BigInt::from(i))), iter_span);
        for &(seq, order) in seqs {
            let (seq_l, pos_l, size_l) = (self.hidden_local("seq"), self.hidden_local("pos"), self.hidden_local("size"));
            match order {
                Order::Forward => {
                    let seq = self.emit(InstKind::GetIter(seq), iter_span);
                    self.emit_void(InstKind::StoreLocal(seq_l, seq), iter_span);
                    let zero = int(self, 0);
                    self.emit_void(InstKind::StoreLocal(pos_l, zero), iter_span);
                    let size = self.emit(InstKind::CallBuiltin(Builtin::IterLen, vec![seq], vec![]), iter_span);
                    self.emit_void(InstKind::StoreLocal(size_l, size), iter_span);
                }
                Order::Backward => {
                    self.emit_void(InstKind::StoreLocal(seq_l, seq), iter_span);
                    let size = self.emit(InstKind::CallBuiltin(Builtin::RevLen, vec![seq], vec![]), iter_span);
                    let one = int(self, 1);
                    let last = self.emit(InstKind::Binary(BinOp::Sub, size, one), iter_span);
                    self.emit_void(InstKind::StoreLocal(pos_l, last), iter_span);
                }
            }
            state.push((seq_l, pos_l, size_l, order));
        }
        self.terminate(Terminator::Jump(header), span);
        self.switch_to(header);
        let mut found = Vec::with_capacity(seqs.len());
        for &(seq_l, pos_l, size_l, order) in &state {
            let seq = self.emit(InstKind::LoadLocal(seq_l), iter_span);
            let pos = self.emit(InstKind::LoadLocal(pos_l), iter_span);
            let at = match order {
                Order::Forward => {
                    let size = self.emit(InstKind::LoadLocal(size_l), iter_span);
                    self.emit(InstKind::IterNext(seq, pos, size), iter_span)
                }
                Order::Backward => self.emit(InstKind::IterPrev(seq, pos), iter_span),
            };
            let zero = self.emit(InstKind::Const(Const::Int(BigInt::from(0))), iter_span);
            let more = self.emit(InstKind::Compare(CmpOp::Ge, at, zero), iter_span);
            let next = self.new_block();
            self.terminate(Terminator::Branch(more, next, done), iter_span);
            self.switch_to(next);
            found.push((seq, at));
        }
        let mut items = Vec::with_capacity(seqs.len());
        for (&(_, pos_l, _, order), (seq, at)) in state.iter().zip(found) {
            items.push(self.emit(InstKind::IterItem(seq, at), iter_span));
            let one = int(self, 1);
            let op = if order == Order::Forward { BinOp::Add } else { BinOp::Sub };
            let next = self.emit(InstKind::Binary(op, at, one), iter_span);
            self.emit_void(InstKind::StoreLocal(pos_l, next), iter_span);
        }
        items
    }

    /// Stores `value` into an assignment target.
    pub(super) fn assign(&mut self, target: &ast::Expr, value: Value) {
        let span: Span = target.range().into();
        match target {
            ast::Expr::Name(n) => self.store_name(n.id.as_str(), value, span),
            ast::Expr::Subscript(s) if let Some(owner) = self.instance_dict_of(&s.value).filter(|_| !s.slice.is_slice_expr()) => {
                let obj = self.expr(owner);
                let name = self.expr(&s.slice);
                self.emit(InstKind::DynAttr(AttrOp::Set, obj, name, Some(value)), span);
            }
            ast::Expr::Subscript(s) => {
                let obj = self.expr(&s.value);
                if let ast::Expr::Slice(sl) = &*s.slice {
                    let (a, b, c) = self.slice_bounds(sl);
                    self.emit(InstKind::SetSlice(obj, a, b, c, value), span);
                    return;
                }
                let idx = self.expr(&s.slice);
                self.emit(InstKind::SetItem(obj, idx, value), span);
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. }) | ast::Expr::List(ast::ExprList { elts, .. }) => {
                if let Some(star) = elts.iter().position(|e| e.is_starred_expr()) {
                    self.assign_starred(elts, star, value, span);
                    return;
                }
                let n = elts.len() as u32;
                for (i, e) in elts.iter().enumerate() {
                    let v = self.emit(InstKind::Unpack(value, i as u32, n), span);
                    self.assign(e, v);
                }
            }
            ast::Expr::Attribute(a) if let Some(m) = self.module_named(&a.value) => self.store_module_attr(m, a.attr.as_str(), value, span),
            ast::Expr::Attribute(a) => match self.class_named(&a.value) {
                Some(c) => self.store_class_attr(c, a.attr.as_str(), value, span),
                None => {
                    let obj = self.expr(&a.value);
                    self.emit(InstKind::SetAttr(obj, a.attr.to_string(), value), span);
                }
            },
            _ => self.unsupported(span, "this assignment target", "assign to a name, a list item, or a tuple of those"),
        }
    }

    /// `a, *b, c = value`: after the length check, the targets before the star get the first
    /// items, the starred one a new list of the middle, the others the last items. Every item
    /// is read before any target is assigned, as CPython's `UNPACK_EX` does.
    fn assign_starred(&mut self, elts: &[ast::Expr], star: usize, value: Value, span: Span) {
        if elts.iter().filter(|e| e.is_starred_expr()).count() > 1 {
            self.unsupported(span, "multiple starred expressions in assignment", "CPython rejects this too");
            return;
        }
        let after = elts.len() - star - 1;
        self.emit(InstKind::CheckUnpackStarred(value, (elts.len() - 1) as u32), span);
        let int = |this: &mut Self, i: i64| this.emit(InstKind::Const(Const::Int(BigInt::from(i))), span);
        let mut items = Vec::with_capacity(elts.len());
        for i in 0..star {
            let at = int(self, i as i64);
            items.push(self.emit(InstKind::GetItem(value, at), span));
        }
        let lo = int(self, star as i64);
        let hi = (after > 0).then(|| int(self, -(after as i64)));
        let middle = self.emit(InstKind::Slice(value, Some(lo), hi, None), span);
        items.push(self.emit(InstKind::CallBuiltin(Builtin::List, vec![middle], vec![]), span));
        for j in 0..after {
            let at = int(self, j as i64 - after as i64);
            items.push(self.emit(InstKind::GetItem(value, at), span));
        }
        for (e, v) in elts.iter().zip(items) {
            match e {
                ast::Expr::Starred(s) => self.assign(&s.value, v),
                e => self.assign(e, v),
            }
        }
    }

    /// `del name`: reading it first raises CPython's error for an unbound name; then it is
    /// unbound again.
    fn del_name(&mut self, name: &str, span: Span) {
        if self.cells.contains_key(name) {
            self.unsupported(span, &format!("`del {name}` of a variable a nested function uses"), "assign it `None` instead");
            return;
        }
        self.load_name(name, span);
        if let Some(&l) = self.locals.get(name) {
            self.emit_void(InstKind::DelLocal(l), span);
        } else if let Some(&g) = self.ctx.global_ids.get(name) {
            self.emit_void(InstKind::DelGlobal(g), span);
        } else {
            self.unsupported(span, &format!("`del {name}`"), "only variables can be deleted");
        }
    }

    pub(super) fn store_name(&mut self, name: &str, value: Value, span: Span) {
        if let Some(&(cell, l)) = self.cells.get(name) {
            let c = self.emit(InstKind::LoadLocal(l), span);
            self.emit_void(InstKind::StoreCell(c, cell, value), span);
        } else if let Some(&l) = self.locals.get(name) {
            self.emit_void(InstKind::StoreLocal(l, value), span);
        } else if let Some(&g) = self.ctx.global_ids.get(name) {
            self.emit_void(InstKind::StoreGlobal(g, value), span);
        } else {
            self.unsupported(span, &format!("assignment to `{name}`"), "this name cannot be assigned here");
        }
    }

    fn aug_assign(&mut self, s: &ast::StmtAugAssign) {
        let span: Span = s.range.into();
        let op = super::expr::bin_op(s.op);
        let Some(op) = op else {
            self.unsupported(span, "the `@=` operator", "matrix multiplication is not supported");
            return;
        };
        match &*s.target {
            ast::Expr::Name(n) => {
                let old = self.load_name(n.id.as_str(), n.range.into());
                let rhs = self.expr(&s.value);
                let new = self.emit(InstKind::InplaceBinary(op, old, rhs), span);
                self.store_name(n.id.as_str(), new, span);
            }
            ast::Expr::Subscript(sub) if !matches!(&*sub.slice, ast::Expr::Slice(_)) => {
                let obj = self.expr(&sub.value);
                let idx = self.expr(&sub.slice);
                let old = self.emit(InstKind::GetItem(obj, idx), span);
                let rhs = self.expr(&s.value);
                let new = self.emit(InstKind::InplaceBinary(op, old, rhs), span);
                self.emit(InstKind::SetItem(obj, idx, new), span);
            }
            ast::Expr::Attribute(a) if let Some(m) = self.module_named(&a.value) => {
                let old = self.module_attr(m, a.attr.as_str(), span);
                let rhs = self.expr(&s.value);
                let new = self.emit(InstKind::InplaceBinary(op, old, rhs), span);
                self.store_module_attr(m, a.attr.as_str(), new, span);
            }
            ast::Expr::Attribute(a) if self.class_named(&a.value).is_none() => {
                let obj = self.expr(&a.value);
                let old = self.emit(InstKind::GetAttr(obj, a.attr.to_string()), span);
                let rhs = self.expr(&s.value);
                let new = self.emit(InstKind::InplaceBinary(op, old, rhs), span);
                self.emit(InstKind::SetAttr(obj, a.attr.to_string(), new), span);
            }
            ast::Expr::Attribute(a) => {
                let c = self.class_named(&a.value).unwrap_or(ClassId(0));
                let old = self.class_attr(c, a.attr.as_str(), span);
                let rhs = self.expr(&s.value);
                let new = self.emit(InstKind::InplaceBinary(op, old, rhs), span);
                self.store_class_attr(c, a.attr.as_str(), new, span);
            }
            _ => self.unsupported(span, "this augmented assignment target", "use a name, a list item or an attribute"),
        }
    }
}

/// The arguments of `e` when it is a call of the builtin `range` with one to three positional
/// arguments.
fn range_args<'e>(b: &FnBuilder, e: &'e ast::Expr) -> Option<&'e [ast::Expr]> {
    match e {
        ast::Expr::Call(c) if c.keywords.is_empty() && (1..=3).contains(&c.args.len()) && !c.args.iter().any(|a| a.is_starred_expr()) && b.is_builtin_name(&c.func, "range") => {
            Some(&c.args)
        }
        _ => None,
    }
}

/// The value of an integer literal, possibly negated, when it fits an i64.
pub(super) fn const_int(e: &ast::Expr) -> Option<i64> {
    use num_traits::ToPrimitive;
    match e {
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::Int(i) => i.to_i64(),
            _ => None,
        },
        ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => const_int(&u.operand).map(|i| -i),
        _ => None,
    }
}
