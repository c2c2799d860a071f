//! The builtins that take a function (`map`, `filter`, and the `key=` of `sorted`, `min`, `max`
//! and `list.sort`) and the lazy iterables (`map`, `filter`, `zip`, `enumerate`, generator
//! expressions) where their consumer takes every item at once.
//!
//! A function argument is *applied in place*, so that no function object is made: a lambda's body
//! is built where the call happens, with its parameters bound to the arguments (its free names
//! are the enclosing function's, as they would be through the closure), and a named function
//! (`len`, `str.lower`, `int`, a module function, a class) is called by name at each application.
//! Evaluating the name again at each application is what CPython does too when the name is
//! read, and it has no effect of its own; other function expressions are diagnostics.
//!
//! `map` and `filter` in a `for` header (and so in a comprehension) stay lazy: the loop walks
//! their iterables and applies the function item by item, as CPython's iterators do. Where a
//! builtin consumes an iterable at once (`list(...)`, `sum(...)`, `", ".join(...)`, an unpacking
//! assignment), a lazy iterable becomes the list comprehension that yields the same items in
//! the same order, calling the function at the same points relative to each other.
#![forbid(unsafe_code)]

use super::comprehension::Comprehension;
use super::stmt::{FnBuilder, Order, Step};
use crate::diagnostic::{Code, Diagnostic};
use crate::ir::*;
use crate::source::Span;
use rustpython_parser::ast::{self, Ranged};

/// What [`FnBuilder::shadow`] hid: each name's local and cell before.
pub(super) struct Shadowed(Vec<(String, Option<Local>, Option<(CellId, Local)>)>);

/// The builtins whose call is a lazy iterable.
pub(super) const LAZY: [&str; 4] = ["map", "filter", "zip", "enumerate"];

impl FnBuilder<'_> {
    /// Binds `names` to fresh hidden locals, shadowing what they meant (a variable, or a
    /// variable in a cell); the result restores them.
    pub(super) fn shadow(&mut self, names: &[String], what: &str) -> Shadowed {
        let saved = names.iter().map(|n| (n.clone(), self.locals.get(n).copied(), self.cells.remove(n))).collect();
        for n in names {
            let hidden = self.hidden_local(&format!("{what}.{n}."));
            self.locals.insert(n.clone(), hidden);
        }
        Shadowed(saved)
    }

    /// Undoes [`Self::shadow`].
    pub(super) fn unshadow(&mut self, saved: Shadowed) {
        for (n, old, cell) in saved.0 {
            match old {
                Some(l) => self.locals.insert(n.clone(), l),
                None => self.locals.remove(&n),
            };
            if let Some(c) = cell {
                self.cells.insert(n, c);
            }
        }
    }

    /// Builds `body` with `names` bound to `values` (hidden locals, restored afterwards).
    fn with_bound<R>(&mut self, names: &[String], values: &[Value], span: Span, body: impl FnOnce(&mut Self) -> R) -> R {
        let saved = self.shadow(names, "arg");
        for (n, &v) in names.iter().zip(values) {
            let l = self.locals[n];
            self.emit_void(InstKind::StoreLocal(l, v), span);
        }
        let r = body(self);
        self.unshadow(saved);
        r
    }

    /// A function expression that is neither a lambda nor a name path (`B(1).get`, `fs[i]`),
    /// evaluated once, now, as CPython evaluates the argument before applying it: its value goes
    /// in a hidden local, and the result names that local for [`Self::apply`].
    fn hoisted(&mut self, f: &ast::Expr) -> Option<ast::Expr> {
        if matches!(f, ast::Expr::Lambda(_) | ast::Expr::Constant(_)) || is_name_path(f) {
            return None;
        }
        let v = self.expr(f);
        Some(self.hidden_name("fn", v, f.range()))
    }

    /// The call of the function expression `f` with `args`, built in place (see the module
    /// documentation).
    pub(super) fn apply(&mut self, f: &ast::Expr, args: &[Value], span: Span) -> Value {
        match f {
            ast::Expr::Lambda(l) => {
                let a = &l.args;
                let simple = a.posonlyargs.is_empty() && a.vararg.is_none() && a.kwonlyargs.is_empty() && a.kwarg.is_none() && a.args.iter().all(|p| p.default.is_none());
                if !simple {
                    return self.unsupported_value(f.range().into(), "a lambda with defaults, `*args` or keyword-only parameters here", "use a lambda with plain parameters");
                }
                if a.args.len() != args.len() {
                    self.diags.push(Diagnostic::new(
                        Code::BadCall,
                        span,
                        format!("<lambda>() takes {} positional argument{} but {} were given", a.args.len(), if a.args.len() == 1 { "" } else { "s" }, args.len()),
                    ));
                    return self.emit(InstKind::Const(Const::None), span);
                }
                let names: Vec<String> = a.args.iter().map(|p| p.def.arg.to_string()).collect();
                self.with_bound(&names, args, span, |this| this.expr(&l.body))
            }
            f if is_name_path(f) => {
                let names: Vec<String> = (0..args.len()).map(|i| format!("$arg{i}")).collect();
                let call = ast::Expr::Call(ast::ExprCall { range: f.range(), func: Box::new(f.clone()), args: names.iter().map(|n| name_expr(n, f.range())).collect(), keywords: Vec::new() });
                self.with_bound(&names, args, span, |this| this.expr(&call))
            }
            // Only a constant other than `None` is left (`hoisted` named the rest).
            _ => self.unsupported_value(f.range().into(), "this function expression", "store the function in a variable first and pass its name, or pass a lambda"),
        }
    }

    /// The builtin lazy iterable `e` calls (`map`, `filter`, `zip`, `enumerate`), if any.
    fn lazy_call<'e>(&self, e: &'e ast::Expr) -> Option<&'e ast::ExprCall> {
        match e {
            ast::Expr::Call(c) if c.keywords.is_empty() && !c.args.iter().any(|a| a.is_starred_expr()) && LAZY.iter().any(|n| self.is_builtin_name(&c.func, n)) => Some(c),
            _ => None,
        }
    }

    /// Whether `e` is a call of the builtin `range` (which is immutable, so a list of its items
    /// stands for it wherever it is consumed at once).
    pub(super) fn range_call(&self, e: &ast::Expr) -> bool {
        matches!(e, ast::Expr::Call(c) if (1..=3).contains(&c.args.len()) && c.keywords.is_empty() && !c.args.iter().any(|a| a.is_starred_expr()) && self.is_builtin_name(&c.func, "range"))
    }

    /// `e` where its consumer takes every item at once: a generator expression or a lazy
    /// builtin is the list comprehension of the same items; None for any other expression.
    pub(super) fn consumed(&mut self, e: &ast::Expr) -> Option<Value> {
        let span: Span = e.range().into();
        match e {
            ast::Expr::GeneratorExp(g) => Some(self.comprehension(Comprehension::List(&g.elt), &g.generators, span)),
            e if self.lazy_call(e).is_some() || self.range_call(e) => {
                // `[$item for $item in e]`, whose loop is `open_loop`'s over the lazy call.
                let item = name_expr("$item", e.range());
                let generator = ast::Comprehension { range: Default::default(), target: item.clone(), iter: e.clone(), ifs: Vec::new(), is_async: false };
                Some(self.comprehension(Comprehension::List(&item), &[generator], span))
            }
            _ => None,
        }
    }

    /// `dict(e)` for a lazy iterable or generator expression `e`: `{k: v for k, v in e}`, where
    /// a generator expression's loops come first and its element is unpacked last
    /// (`{k: v for x in xs for k, v in [elt]}`).
    pub(super) fn dict_of_pairs(&mut self, e: &ast::Expr) -> Option<Value> {
        let (mut generators, pairs) = match e {
            ast::Expr::GeneratorExp(g) => (g.generators.clone(), ast::Expr::List(ast::ExprList { range: g.elt.range(), elts: vec![(*g.elt).clone()], ctx: ast::ExprContext::Load })),
            e if self.lazy_call(e).is_some() => (Vec::new(), e.clone()),
            _ => return None,
        };
        let (k, v) = (name_expr("$key", e.range()), name_expr("$value", e.range()));
        let target = ast::Expr::Tuple(ast::ExprTuple { range: e.range(), elts: vec![k.clone(), v.clone()], ctx: ast::ExprContext::Store });
        generators.push(ast::Comprehension { range: Default::default(), target, iter: pairs, ifs: Vec::new(), is_async: false });
        Some(self.comprehension(Comprehension::Dict(&k, &v), &generators, e.range().into()))
    }

    /// An expression whose value is consumed at once ([`Self::consumed`]), else evaluated.
    pub(super) fn expr_consumed(&mut self, e: &ast::Expr) -> Value {
        match self.consumed(e) {
            Some(v) => v,
            None => self.expr(e),
        }
    }

    /// The loop of a `for` header over `map(f, xs, ...)` or `filter(f, xs)`: walks the iterables
    /// in lockstep and yields `f(x, ...)` (for `filter`, the items for which `f(x)` is true, or
    /// the true items for `f` None). None for any other header.
    pub(super) fn open_lazy_loop(&mut self, iter: &ast::Expr, header: Block, done: Block, span: Span) -> Option<Step> {
        let c = self.lazy_call(iter)?;
        let iter_span: Span = iter.range().into();
        let is_map = self.is_builtin_name(&c.func, "map");
        if !is_map && !self.is_builtin_name(&c.func, "filter") {
            return None;
        }
        let arity_ok = if is_map { c.args.len() >= 2 } else { c.args.len() == 2 };
        if !arity_ok {
            let msg = if is_map { "map() must have at least two arguments.".to_string() } else { format!("filter expected 2 arguments, got {}", c.args.len()) };
            self.diags.push(Diagnostic::new(Code::BadCall, iter_span, msg));
            self.terminate(Terminator::Jump(done), span);
            self.switch_to(header);
            self.terminate(Terminator::Jump(done), span);
            let dead = self.new_block();
            self.switch_to(dead);
            return Some(Step::Item(self.emit(InstKind::Const(Const::None), iter_span)));
        }
        let hoisted = self.hoisted(&c.args[0]);
        let f = hoisted.as_ref().unwrap_or(&c.args[0]);
        let seqs: Vec<_> = c.args[1..].iter().map(|a| self.loop_seq(a)).collect();
        let items = self.open_seq_loop(&seqs, header, done, iter_span, span);
        if is_map {
            return Some(Step::Item(self.apply(f, &items, iter_span)));
        }
        let test = match f {
            ast::Expr::Constant(k) if k.value.is_none() => items[0],
            f => self.apply(f, &items, iter_span),
        };
        let t = self.emit(InstKind::Truth(test), iter_span);
        let keep = self.new_block();
        self.terminate(Terminator::Branch(t, keep, header), iter_span);
        self.switch_to(keep);
        Some(Step::Item(items[0]))
    }

    /// The keys of `items` (a list): `[key(x) for x in items]`, applied in order.
    fn keys_of(&mut self, items: Value, key: &ast::Expr, span: Span) -> Value {
        let (acc, header, done) = (self.hidden_local("keys"), self.new_block(), self.new_block());
        let empty = self.emit(InstKind::BuildList(vec![]), span);
        self.emit_void(InstKind::StoreLocal(acc, empty), span);
        let item = self.open_seq_loop(&[(items, Order::Forward)], header, done, span, span)[0];
        let k = self.apply(key, &[item], span);
        let keys = self.emit(InstKind::LoadLocal(acc), span);
        self.emit(InstKind::CallMethod(keys, "append".into(), vec![k], vec![]), span);
        self.terminate(Terminator::Jump(header), span);
        self.switch_to(done);
        self.emit(InstKind::LoadLocal(acc), span)
    }

    /// The keyword arguments of a call with `key=` replaced by `$keys`, the list of the keys of
    /// `items`, computed after the other keywords are evaluated (as CPython evaluates every
    /// argument before the callee applies the key). `key=None` is no key.
    fn with_keys(&mut self, c: &ast::ExprCall, items: impl FnOnce(&mut Self) -> Value, span: Span) -> (Value, Vec<(String, Value)>) {
        let mut kw = Vec::new();
        let mut key = None;
        for k in &c.keywords {
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("key") => key = Some(&k.value),
                name => kw.push((name.unwrap_or_default().to_string(), self.expr(&k.value))),
            }
        }
        let items = items(self);
        if let Some(key) = key.filter(|k| !matches!(k, ast::Expr::Constant(c) if c.value.is_none())) {
            let hoisted = self.hoisted(key);
            let keys = self.keys_of(items, hoisted.as_ref().unwrap_or(key), span);
            kw.push(("$keys".to_string(), keys));
        }
        (items, kw)
    }

    /// Whether a call has a `key=` keyword.
    pub(super) fn has_key(c: &ast::ExprCall) -> bool {
        c.keywords.iter().any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "key"))
    }

    /// `sorted(it, key=f, ...)`, and `min`/`max` with `key=`: the items in a new list, their keys
    /// beside them (`$keys`), and the builtin on the list.
    pub(super) fn keyed_builtin(&mut self, b: Builtin, c: &ast::ExprCall, span: Span) -> Value {
        let single = c.args.len() == 1;
        let (items, kw) = self.with_keys(
            c,
            |this| {
                if single {
                    let it = this.expr_consumed(&c.args[0]);
                    this.emit(InstKind::CallBuiltin(Builtin::List, vec![it], vec![]), span)
                } else {
                    // `min(a, b, key=f)` compares its arguments.
                    let vals = c.args.iter().map(|a| this.expr(a)).collect();
                    this.emit(InstKind::BuildList(vals), span)
                }
            },
            span,
        );
        self.emit(InstKind::CallBuiltin(b, vec![items], kw), span)
    }

    /// `obj.sort(key=f, ...)`: the keys of the receiver's items (`$keys`), then the call. The
    /// annotator rejects a `$keys` on a receiver that is not a list.
    pub(super) fn keyed_sort(&mut self, obj: &ast::Expr, c: &ast::ExprCall, span: Span) -> Value {
        let (obj, kw) = self.with_keys(c, |this| this.expr(obj), span);
        let args = c.args.iter().map(|a| self.expr(a)).collect();
        self.emit(InstKind::CallMethod(obj, "sort".into(), args, kw), span)
    }
}

/// A name, or attributes of a name (`len`, `str.lower`, `self.score`): an expression whose
/// evaluation has no effect of its own.
fn is_name_path(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Name(_) => true,
        ast::Expr::Attribute(a) => is_name_path(&a.value),
        _ => false,
    }
}

/// A synthetic name expression (compiler-made names start with `$`).
fn name_expr(name: &str, range: rustpython_parser::text_size::TextRange) -> ast::Expr {
    ast::Expr::Name(ast::ExprName { range, id: ast::Identifier::new(name), ctx: ast::ExprContext::Load })
}
