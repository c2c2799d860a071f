//! Functions as values: nested `def`s, lambdas, decorators, and the cells of the variables they
//! capture (closure conversion).
//!
//! Every nested function and lambda becomes a function of the program of its own. The variables
//! of an enclosing function that it uses are *cells*, as in CPython: the owner makes a cell for
//! each captured variable when it starts (a parameter's value goes in at once), reads and writes
//! the variable through it, and a function object made by `def` or `lambda` (`MakeFunction`)
//! holds the cells of the variables the function uses. The function receives its object as its
//! first parameter (`$closure`) and takes its cells from there (`FreeCell`), so the owner and
//! every closure see one variable: a later assignment (CPython's late binding) and `nonlocal`
//! writes included. A function that captures nothing has no `$closure` parameter.
//!
//! Which variables are captured is decided before a body is built, from the names each nested
//! scope uses but does not bind ([`free_names`]), the same rule CPython's symbol table applies.
#![forbid(unsafe_code)]

use super::stmt::{assigned_names, global_decls, nested_bodies, FnBuilder};
use crate::diagnostic::{Code, Diagnostic};
use crate::ir::*;
use crate::source::Span;
use rustpython_parser::ast::{self, Ranged};
use std::collections::HashSet;

/// An ordered set of names.
#[derive(Default)]
struct Names(Vec<String>);

impl Names {
    fn add(&mut self, n: &str) {
        if !self.0.iter().any(|x| x == n) {
            self.0.push(n.to_string());
        }
    }
}

/// The names declared `nonlocal` in a body (not in nested scopes).
fn nonlocal_decls(body: &[ast::Stmt], out: &mut HashSet<String>) {
    for s in body {
        match s {
            ast::Stmt::Nonlocal(n) => out.extend(n.names.iter().map(|n| n.to_string())),
            s => nested_bodies(s).into_iter().for_each(|b| nonlocal_decls(b, out)),
        }
    }
}

/// The names a function body binds: its parameters, what it assigns, the functions it
/// defines, `except ... as` names; not the ones declared `global` or `nonlocal`.
pub(super) fn bound_names(params: &[String], body: &[ast::Stmt]) -> Vec<String> {
    let mut out: Vec<String> = params.to_vec();
    assigned_names(body, &mut out);
    local_defs(body, &mut out);
    let mut declared = HashSet::new();
    global_decls(body, &mut declared);
    nonlocal_decls(body, &mut declared);
    out.retain(|n| !declared.contains(n));
    out
}

/// The names of the `def`s and `except ... as` targets in a body (not in nested scopes).
fn local_defs(body: &[ast::Stmt], out: &mut Vec<String>) {
    for s in body {
        let mut add = |n: &str| {
            if !out.iter().any(|o| o == n) {
                out.push(n.to_string());
            }
        };
        match s {
            ast::Stmt::FunctionDef(d) => add(d.name.as_str()),
            ast::Stmt::Try(t) => t.handlers.iter().for_each(|h| {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                if let Some(n) = &h.name {
                    add(n.as_str());
                }
            }),
            _ => {}
        }
        for b in nested_bodies(s) {
            local_defs(b, out);
        }
    }
}

/// The parameter names of a parameter list, in order.
pub(super) fn param_names(args: &ast::Arguments) -> Vec<String> {
    let plain = args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs).map(|a| a.def.arg.to_string());
    plain.chain(args.vararg.iter().chain(&args.kwarg).map(|a| a.arg.to_string())).collect()
}

/// The names a function (its parameters and body) uses without binding them: variables of an
/// enclosing function, globals or builtins. A nested scope's free names count as uses.
pub(super) fn free_names(args: &ast::Arguments, body: &[ast::Stmt]) -> Vec<String> {
    let mut used = Names::default();
    body.iter().for_each(|s| stmt_uses(s, &mut used));
    let mut declared = HashSet::new();
    nonlocal_decls(body, &mut declared);
    declared.iter().for_each(|n| used.add(n));
    let bound = bound_names(&param_names(args), body);
    used.0.into_iter().filter(|n| !bound.contains(n)).collect()
}

/// The names nested scopes in `body` use that `body`'s function binds: its cell variables.
pub(super) fn captured_names(params: &[String], body: &[ast::Stmt]) -> Vec<String> {
    let bound = bound_names(params, body);
    let mut inner = Names::default();
    for s in body {
        visit_scopes(s, &mut |args, body| free_names(args, body).iter().for_each(|n| inner.add(n)));
    }
    inner.0.into_iter().filter(|n| bound.contains(n)).collect()
}

/// Calls `f` for each nested scope (a `def` or a `lambda`) directly in `s`.
fn visit_scopes(s: &ast::Stmt, f: &mut dyn FnMut(&ast::Arguments, &[ast::Stmt])) {
    let mut lambdas = Vec::new();
    let mut genexps: Vec<ast::ExprGeneratorExp> = Vec::new();
    // A `for` header's `zip(...)`, `map(...)`... is a loop, not a value (and the generator
    // expression of one loops over it in a `for`).
    let header = match s {
        ast::Stmt::For(f) => Some(&*f.iter),
        _ => None,
    };
    stmt_exprs(s, &mut |e| collect_lambdas(e, &mut lambdas, &mut genexps, header.is_none_or(|h| !std::ptr::eq(h, e))));
    for l in lambdas {
        f(&l.args, &[lambda_body(l)]);
    }
    // A generator expression is a scope of its own when it is a value; where a builtin consumes
    // it the builder inlines it, and the cells this makes are only slower.
    for g in &genexps {
        let (args, body) = super::generators::genexp_def(g);
        f(&args, &body);
    }
    match s {
        ast::Stmt::FunctionDef(d) => f(&d.args, &d.body),
        s => nested_bodies(s).into_iter().flatten().for_each(|s| visit_scopes(s, f)),
    }
}

/// The lambdas and generator expressions in an expression (`map(...)` and the other lazy
/// builtins as theirs), outermost only.
fn collect_lambdas<'e>(e: &'e ast::Expr, out: &mut Vec<&'e ast::ExprLambda>, genexps: &mut Vec<ast::ExprGeneratorExp>, lazy_is_value: bool) {
    match e {
        ast::Expr::Lambda(l) => out.push(l),
        ast::Expr::GeneratorExp(g) => genexps.push(g.clone()),
        ast::Expr::Call(c) if lazy_is_value && super::generators::lazy_as_genexp(c).is_some() => genexps.extend(super::generators::lazy_as_genexp(c)),
        e => sub_exprs(e).into_iter().for_each(|x| collect_lambdas(x, out, genexps, true)),
    }
}

/// A lambda's body as the statement `return body`.
pub(super) fn lambda_body(l: &ast::ExprLambda) -> ast::Stmt {
    ast::Stmt::Return(ast::StmtReturn { range: l.body.range(), value: Some(l.body.clone()) })
}

/// The uses of names in a statement, nested scopes' free names included.
fn stmt_uses(s: &ast::Stmt, out: &mut Names) {
    stmt_uses_shallow(s, out);
    visit_scopes(s, &mut |args, body| free_names(args, body).iter().for_each(|n| out.add(n)));
}

/// The uses of names in a statement's own scope.
fn stmt_uses_shallow(s: &ast::Stmt, out: &mut Names) {
    stmt_exprs(s, &mut |e| expr_uses(e, out));
    if !matches!(s, ast::Stmt::FunctionDef(_)) {
        for b in nested_bodies(s) {
            b.iter().for_each(|s| stmt_uses_shallow(s, out));
        }
    }
}

/// Calls `f` on each expression a statement evaluates in its own scope (not in its sub-bodies;
/// for a `def`, its decorators and defaults).
fn stmt_exprs<'s>(s: &'s ast::Stmt, f: &mut dyn FnMut(&'s ast::Expr)) {
    match s {
        ast::Stmt::Expr(e) => f(&e.value),
        ast::Stmt::Assign(a) => a.targets.iter().chain([&*a.value]).for_each(f),
        ast::Stmt::AugAssign(a) => [&*a.target, &*a.value].into_iter().for_each(f),
        ast::Stmt::AnnAssign(a) => std::iter::once(&*a.target).chain(a.value.as_deref()).for_each(f),
        ast::Stmt::Return(r) => r.value.iter().for_each(|e| f(e)),
        ast::Stmt::If(i) => f(&i.test),
        ast::Stmt::While(w) => f(&w.test),
        ast::Stmt::For(l) => [&*l.target, &*l.iter].into_iter().for_each(f),
        ast::Stmt::With(w) => w.items.iter().flat_map(|i| std::iter::once(&i.context_expr).chain(i.optional_vars.as_deref())).for_each(f),
        ast::Stmt::Raise(r) => r.exc.iter().chain(&r.cause).for_each(|e| f(e)),
        ast::Stmt::Assert(a) => std::iter::once(&*a.test).chain(a.msg.as_deref()).for_each(f),
        ast::Stmt::Delete(d) => d.targets.iter().for_each(f),
        ast::Stmt::Try(t) => t.handlers.iter().for_each(|h| {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            h.type_.iter().for_each(|e| f(e));
        }),
        ast::Stmt::FunctionDef(d) => {
            d.decorator_list.iter().for_each(&mut *f);
            let a = &d.args;
            a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).filter_map(|p| p.default.as_deref()).for_each(f);
        }
        _ => {}
    }
}

/// The uses of names in an expression (a lambda's defaults are evaluated here; its body is a
/// scope of its own, see [`visit_scopes`]). A comprehension's targets are its own.
fn expr_uses(e: &ast::Expr, out: &mut Names) {
    match e {
        ast::Expr::Name(n) => out.add(n.id.as_str()),
        ast::Expr::Lambda(l) => {
            let a = &l.args;
            a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).filter_map(|p| p.default.as_deref()).for_each(|d| expr_uses(d, out));
            free_names(a, &[lambda_body(l)]).iter().for_each(|n| out.add(n));
        }
        ast::Expr::ListComp(_) | ast::Expr::SetComp(_) | ast::Expr::DictComp(_) | ast::Expr::GeneratorExp(_) => {
            let mut inner = Names::default();
            sub_exprs(e).into_iter().for_each(|x| expr_uses(x, &mut inner));
            let mut targets = Vec::new();
            comprehension_generators(e).iter().for_each(|g| super::stmt::target_names(&g.target, &mut targets));
            inner.0.iter().filter(|n| !targets.contains(n)).for_each(|n| out.add(n));
        }
        e => sub_exprs(e).into_iter().for_each(|x| expr_uses(x, out)),
    }
}

fn comprehension_generators(e: &ast::Expr) -> &[ast::Comprehension] {
    match e {
        ast::Expr::ListComp(c) => &c.generators,
        ast::Expr::SetComp(c) => &c.generators,
        ast::Expr::DictComp(c) => &c.generators,
        ast::Expr::GeneratorExp(c) => &c.generators,
        _ => &[],
    }
}

/// The targets, iterables and conditions of a comprehension's generators.
fn generator_exprs(gs: &[ast::Comprehension]) -> impl Iterator<Item = &ast::Expr> {
    gs.iter().flat_map(|g| [&g.target, &g.iter].into_iter().chain(&g.ifs))
}

/// The expressions directly inside an expression (for a lambda: its defaults, not its body).
fn sub_exprs(e: &ast::Expr) -> Vec<&ast::Expr> {
    match e {
        ast::Expr::BoolOp(b) => b.values.iter().collect(),
        ast::Expr::NamedExpr(n) => vec![&n.target, &n.value],
        ast::Expr::BinOp(b) => vec![&b.left, &b.right],
        ast::Expr::UnaryOp(u) => vec![&u.operand],
        ast::Expr::Lambda(l) => l.args.posonlyargs.iter().chain(&l.args.args).chain(&l.args.kwonlyargs).filter_map(|p| p.default.as_deref()).collect(),
        ast::Expr::IfExp(i) => vec![&i.test, &i.body, &i.orelse],
        ast::Expr::Dict(d) => d.keys.iter().flatten().chain(&d.values).collect(),
        ast::Expr::Set(s) => s.elts.iter().collect(),
        ast::Expr::ListComp(c) => std::iter::once(&*c.elt).chain(generator_exprs(&c.generators)).collect(),
        ast::Expr::SetComp(c) => std::iter::once(&*c.elt).chain(generator_exprs(&c.generators)).collect(),
        ast::Expr::GeneratorExp(c) => std::iter::once(&*c.elt).chain(generator_exprs(&c.generators)).collect(),
        ast::Expr::DictComp(c) => [&*c.key, &*c.value].into_iter().chain(generator_exprs(&c.generators)).collect(),
        ast::Expr::Await(a) => vec![&a.value],
        ast::Expr::Yield(y) => y.value.iter().map(|v| &**v).collect(),
        ast::Expr::YieldFrom(y) => vec![&y.value],
        ast::Expr::Compare(c) => std::iter::once(&*c.left).chain(&c.comparators).collect(),
        ast::Expr::Call(c) => std::iter::once(&*c.func).chain(&c.args).chain(c.keywords.iter().map(|k| &k.value)).collect(),
        ast::Expr::FormattedValue(f) => std::iter::once(&*f.value).chain(f.format_spec.as_deref()).collect(),
        ast::Expr::JoinedStr(j) => j.values.iter().collect(),
        ast::Expr::Attribute(a) => vec![&a.value],
        ast::Expr::Subscript(s) => vec![&s.value, &s.slice],
        ast::Expr::Starred(s) => vec![&s.value],
        ast::Expr::List(l) => l.elts.iter().collect(),
        ast::Expr::Tuple(t) => t.elts.iter().collect(),
        ast::Expr::Slice(s) => [&s.lower, &s.upper, &s.step].into_iter().flatten().map(|b| &**b).collect(),
        ast::Expr::Name(_) | ast::Expr::Constant(_) => vec![],
    }
}

impl FnBuilder<'_> {
    /// At the start of a function: a cell for each variable a nested scope captures (holding
    /// the parameter's value for a parameter), and the cells of its own free variables, taken
    /// from its function object.
    pub(super) fn open_cells(&mut self, body: &[ast::Stmt]) {
        let span = self.func.span;
        let params: Vec<String> = self.func.params.iter().filter(|p| p.kind != ParamKind::Closure).map(|p| p.name.clone()).collect();
        for (i, (name, cell)) in self.free_vars.clone().into_iter().enumerate() {
            let closure = self.emit(InstKind::LoadLocal(Local(0)), span);
            let c = self.emit(InstKind::FreeCell(closure, i as u32), span);
            let l = self.hidden_local(&format!("cell.{name}."));
            self.emit_void(InstKind::StoreLocal(l, c), span);
            self.cells.insert(name, (cell, l));
        }
        for name in captured_names(&params, body) {
            let cell = CellId(self.ctx.cells.len() as u32);
            self.ctx.cells.push(name.clone());
            let c = self.emit(InstKind::MakeCell(cell), span);
            let l = self.hidden_local(&format!("cell.{name}."));
            self.emit_void(InstKind::StoreLocal(l, c), span);
            if let Some(p) = self.func.params.iter().find(|p| p.name == name) {
                let v = self.emit(InstKind::LoadLocal(p.local), span);
                self.emit_void(InstKind::StoreCell(c, cell, v), span);
            }
            self.cells.insert(name, (cell, l));
        }
    }

    /// `def name(...)` inside a function, or a decorated one anywhere: the function object,
    /// decorated, stored in the name. A module-level function without decorators is handled by
    /// the module scan instead (its calls are direct).
    pub(super) fn def_stmt(&mut self, def: &ast::StmtFunctionDef, span: Span) {
        let decorators: Vec<Value> = def.decorator_list.iter().map(|d| self.expr(d)).collect();
        let f = match self.ctx.decorated.get(&span.start).cloned() {
            Some(sig) => {
                self.store_defaults(def, &sig.params);
                self.emit(InstKind::MakeFunction(sig.id, Vec::new()), span)
            }
            None => self.make_function(def.name.as_str(), &def.args, &def.body, span),
        };
        let f = self.decorate(decorators, f, span);
        self.store_name(def.name.as_str(), f, span);
    }

    /// Function `f` given to its `decorators` (evaluated already, outermost first), innermost
    /// first: what the decorated name is bound to.
    pub(super) fn decorate(&mut self, decorators: Vec<Value>, f: Value, span: Span) -> Value {
        decorators.into_iter().rev().fold(f, |f, d| self.emit(InstKind::CallMethod(d, "__call__".into(), vec![f], Vec::new()), span))
    }

    /// A `lambda` as a value.
    pub(super) fn lambda(&mut self, l: &ast::ExprLambda, span: Span) -> Value {
        self.make_function("<lambda>", &l.args, &[lambda_body(l)], span)
    }

    /// Builds a nested function (or a lambda) as a function of the program, and makes its
    /// function object here: the cells of its free variables, then its defaults, evaluated now.
    pub(super) fn make_function(&mut self, name: &str, args: &ast::Arguments, body: &[ast::Stmt], span: Span) -> Value {
        let id = self.ctx.new_func_id();
        let bound_method = super::bound::closure_qualname(&self.func.qualname).filter(|_| !self.is_module);
        let qualname = match (self.is_module, &bound_method) {
            (true, _) => name.to_string(),
            (false, Some(q)) => q.clone(),
            (false, None) => format!("{}.<locals>.{name}", self.func.qualname),
        };
        let mut free = Vec::new();
        for n in free_names(args, body) {
            if let Some(&(cell, _)) = self.cells.get(&n) {
                free.push((n, cell));
            } else if self.locals.contains_key(&n) {
                // A comprehension's variable is a hidden local of the enclosing function.
                let help = format!("bind it with a default (`lambda {n}={n}: ...`) or build the list with a `for` loop");
                return self.unsupported_value(span, &format!("a function that captures the comprehension variable `{n}`"), &help);
            }
        }
        let params = super::signature(self.ctx, args, &format!("{qualname}.{id}"), !free.is_empty());
        let defaults: Vec<Value> = args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs).filter_map(|a| a.default.as_deref()).map(|d| self.expr(d)).collect();
        let mut values: Vec<Value> = free
            .iter()
            .map(|(n, _)| {
                let l = self.cells[n].1;
                self.emit(InstKind::LoadLocal(l), span)
            })
            .collect();
        values.extend(defaults);
        let mut inner = FnBuilder::new(&mut *self.ctx, id, name, span, params, false);
        inner.func.qualname = qualname;
        inner.func.free = free.iter().map(|(_, c)| *c).collect();
        inner.func.closure_defaults = true;
        inner.func.bound_method = bound_method.is_some();
        inner.free_vars = free;
        let f = inner.build(body, &mut self.diags);
        self.ctx.nested.push(f);
        self.emit(InstKind::MakeFunction(id, values), span)
    }

    /// `nonlocal x`: `x` must be a variable of an enclosing function (the scan made it a free
    /// variable of this one).
    pub(super) fn nonlocal_stmt(&mut self, n: &ast::StmtNonlocal, span: Span) {
        for name in &n.names {
            if !self.free_vars.iter().any(|(f, _)| f == name.as_str()) {
                self.diags.push(
                    Diagnostic::new(Code::BadCall, span, format!("no binding for nonlocal '{name}' found"))
                        .with_help("`nonlocal` names a variable of an enclosing function; CPython rejects this too"),
                );
            }
        }
    }
}
