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
    /// `yield v` (`yield` alone yields `None`); its value is what `send` passed (`Sent`), or
    /// nothing for a `yield` statement, whose value no one reads.
    pub(super) fn yield_value(&mut self, value: Option<&ast::Expr>, span: Span, wanted: bool) -> Value {
        if self.is_module {
            self.unsupported(span, "`yield` outside a function", "CPython rejects it too");
            return self.emit(InstKind::Const(Const::None), span);
        }
        let v = match value {
            Some(e) => self.expr(e),
            None => self.emit(InstKind::Const(Const::None), span),
        };
        self.yield_value_of(v, span);
        match wanted {
            true => self.emit(InstKind::Sent, span),
            false => self.emit(InstKind::Const(Const::None), span),
        }
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

/// The parameter of a generator expression's function: its first iterable, which CPython
/// evaluates where the expression is.
const GENEXP_ITERABLE: &str = "$genexpr.it";

/// Whether the first iterable is passed to a generator expression's function: not when it is a
/// `range(...)`, `zip(...)` and the other calls the loop builder compiles without an object,
/// which the function then makes itself.
fn passes_first_iterable(g: &ast::ExprGeneratorExp) -> bool {
    let lazy = ["range", "enumerate", "zip", "map", "filter", "reversed"];
    !matches!(&g.generators[0].iter, ast::Expr::Call(c) if matches!(&*c.func, ast::Expr::Name(n) if lazy.contains(&n.id.as_str())))
}

/// A generator expression as the generator function CPython makes of it:
/// `def <genexpr>(it): for target in it: [if cond:] ... yield elt`, the parameter and the body.
pub(super) fn genexp_def(g: &ast::ExprGeneratorExp) -> (ast::Arguments, Vec<ast::Stmt>) {
    let range = g.range;
    let pass = passes_first_iterable(g);
    let yield_elt = ast::Expr::Yield(ast::ExprYield { range, value: Some(g.elt.clone()) });
    let mut body = vec![ast::Stmt::Expr(ast::StmtExpr { range, value: Box::new(yield_elt) })];
    for (i, c) in g.generators.iter().enumerate().rev() {
        for cond in c.ifs.iter().rev() {
            body = vec![ast::Stmt::If(ast::StmtIf { range, test: Box::new(cond.clone()), body, orelse: Vec::new() })];
        }
        let iter = match i {
            0 if pass => ast::Expr::Name(ast::ExprName { range, id: GENEXP_ITERABLE.into(), ctx: ast::ExprContext::Load }),
            _ => c.iter.clone(),
        };
        body = vec![ast::Stmt::For(ast::StmtFor { range, target: Box::new(c.target.clone()), iter: Box::new(iter), body, orelse: Vec::new(), type_comment: None })];
    }
    let param = ast::Arg { range, arg: GENEXP_ITERABLE.into(), annotation: None, type_comment: None };
    let args = ast::Arguments {
        range: Default::default(),
        posonlyargs: Vec::new(),
        args: if pass { vec![ast::ArgWithDefault { range: Default::default(), def: param, default: None }] } else { Vec::new() },
        vararg: None,
        kwonlyargs: Vec::new(),
        kwarg: None,
    };
    (args, body)
}

impl FnBuilder<'_> {
    /// A generator expression as a value: its function called with the first iterable.
    pub(super) fn generator_expression(&mut self, g: &ast::ExprGeneratorExp, span: Span) -> Value {
        if g.generators.iter().any(|c| c.is_async) {
            return self.unsupported_value(span, "an asynchronous generator expression", "async code is not supported");
        }
        let args = match passes_first_iterable(g) {
            true => vec![self.expr(&g.generators[0].iter)],
            false => Vec::new(),
        };
        let (params, body) = genexp_def(g);
        let f = self.make_function("<genexpr>", &params, &body, span);
        self.emit(InstKind::CallMethod(f, "__call__".to_string(), args, Vec::new()), span)
    }
}

/// `map(f, xs)`, `filter(f, xs)`, `zip(a, b)` and `enumerate(xs)` as values: the
/// generator expression of the same items (`(f(x) for x in xs)`), so they stay lazy. `None` for
/// other calls, and for forms the loop builder does not take (keywords, starred arguments).
pub(super) fn lazy_as_genexp(call: &ast::ExprCall) -> Option<ast::ExprGeneratorExp> {
    let ast::Expr::Name(n) = &*call.func else { return None };
    if !call.keywords.is_empty() || call.args.iter().any(|a| a.is_starred_expr()) {
        return None;
    }
    let range = call.range;
    let name = |id: String| ast::Expr::Name(ast::ExprName { range, id: id.as_str().into(), ctx: ast::ExprContext::Load });
    let items = |k: usize| (0..k).map(|i| format!("$lazy.{i}")).collect::<Vec<_>>();
    let tuple = |ids: &[String]| ast::Expr::Tuple(ast::ExprTuple { range, elts: ids.iter().cloned().map(name).collect(), ctx: ast::ExprContext::Load });
    let loop_over = |target: ast::Expr, iter: ast::Expr, ifs: Vec<ast::Expr>| ast::Comprehension { range: Default::default(), target, iter, ifs, is_async: false };
    let zip_of = |args: &[ast::Expr]| match args {
        [one] => one.clone(),
        many => ast::Expr::Call(ast::ExprCall { range, func: Box::new(name("zip".into())), args: many.to_vec(), keywords: Vec::new() }),
    };
    let (elt, generator) = match (n.id.as_str(), &call.args[..]) {
        ("map", [f, iterables @ ..]) if !iterables.is_empty() => {
            let ids = items(iterables.len());
            let target = if ids.len() == 1 { name(ids[0].clone()) } else { tuple(&ids) };
            let apply = ast::Expr::Call(ast::ExprCall { range, func: Box::new(f.clone()), args: ids.iter().cloned().map(name).collect(), keywords: Vec::new() });
            (apply, loop_over(target, zip_of(iterables), Vec::new()))
        }
        ("filter", [f, iterable]) => {
            let x = name("$lazy.0".into());
            let test = match f {
                ast::Expr::Constant(c) if c.value.is_none() => x.clone(),
                f => ast::Expr::Call(ast::ExprCall { range, func: Box::new(f.clone()), args: vec![x.clone()], keywords: Vec::new() }),
            };
            (x.clone(), loop_over(x, iterable.clone(), vec![test]))
        }
        ("zip" | "enumerate", args) if !args.is_empty() => {
            let x = name("$lazy.0".into());
            (x.clone(), loop_over(x, ast::Expr::Call(call.clone()), Vec::new()))
        }
        _ => return None,
    };
    Some(ast::ExprGeneratorExp { range, elt: Box::new(elt), generators: vec![generator] })
}
