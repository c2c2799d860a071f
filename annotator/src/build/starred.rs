//! Calls with starred arguments: `f(*xs)`, `f(1, *a, 2, *b, k=1, **d1, **d2)`, in calls of
//! every kind of callee.
//!
//! The annotator binds such a call (`annotate/functions.rs`) from the types of its arguments,
//! with at most one starred sequence: the positional arguments before the first star, then the
//! sequence, then the keywords in call order, where `*` names the sequence and `**` each dict
//! (names no program can write). A sole `*x` that ends the positional arguments is passed
//! through `Builtin::Starred`, which keeps a tuple (spread by its fields), a list or a tuple of
//! unknown length, and makes any other iterable the tuple CPython makes of it. Several stars,
//! or positional arguments after one, become one new list of their items, built here in call
//! order as CPython builds it (`Builtin::StarredPart` raises CPython's `TypeError` for a value
//! that cannot be iterated).
//!
//! Builtins take no starred arguments themselves: a call of one with `*` or `**` calls the
//! prelude's helper for it (`STAR_HELPERS`, `prelude.py`), which receives the positional
//! arguments as a tuple of that list's items and does what the builtin does with them, with
//! CPython's errors. So does `dict(...)` with keyword arguments.
#![forbid(unsafe_code)]

use super::stmt::FnBuilder;
use crate::ir::*;
use crate::source::Span;
use rustpython_parser::ast::{self, Ranged};

/// The builtins a call with starred arguments may name, and the prelude function that takes
/// the list of the call's positional arguments (and its keywords) in its place.
const STAR_HELPERS: [(&str, &str); 7] = [
    ("print", "__print_star"),
    ("max", "__max_star"),
    ("min", "__min_star"),
    ("zip", "__zip_star"),
    ("range", "__range_star"),
    ("sum", "__sum_star"),
    ("dict", "__dict_star"),
];

/// Whether a call has a `*` or `**` argument.
pub(super) fn has_starred(c: &ast::ExprCall) -> bool {
    c.args.iter().any(|a| a.is_starred_expr()) || c.keywords.iter().any(|k| k.arg.is_none())
}

impl FnBuilder<'_> {
    /// A call with starred arguments, by the kind of its callee.
    pub(super) fn starred_call(&mut self, c: &ast::ExprCall, span: Span) -> Value {
        let callable = match &*c.func {
            ast::Expr::Name(n) => self.cells.contains_key(n.id.as_str()) || self.locals.contains_key(n.id.as_str()) || self.ctx.global_ids.contains_key(n.id.as_str()) || self.ctx.functions.contains_key(n.id.as_str()),
            ast::Expr::Subscript(_) | ast::Expr::Call(_) => true,
            _ => false,
        };
        if callable {
            let f = self.expr(&c.func);
            return self.call_instance(f, c, span);
        }
        match &*c.func {
            ast::Expr::Name(n) if let Some(&(builtin, helper)) = STAR_HELPERS.iter().find(|(b, _)| *b == n.id.as_str()) => self.helper_call(helper, None, builtin, c, span),
            // `"{} {}".format(*row)`: the receiver is the helper's first argument.
            ast::Expr::Attribute(a) if a.attr.as_str() == "format" && self.builtin_class(&a.value).is_none() && self.class_named(&a.value).is_none() && self.module_named(&a.value).is_none() => {
                self.helper_call("__format_star", Some(&a.value), "str.format", c, span)
            }
            ast::Expr::Attribute(a) if super::expr::is_super_call(&a.value) => self.super_call(a.attr.as_str(), c, span),
            // A module's function is called through its function object, a module's class
            // constructed, a variable holding an instance called.
            ast::Expr::Attribute(a) if let Some(m) = self.module_named(&a.value) => match self.ctx.module_function(m, a.attr.as_str()) {
                Some(id) => {
                    let f = self.emit(InstKind::MakeFunction(id, Vec::new()), span);
                    self.call_instance(f, c, span)
                }
                None if let Some(class) = self.class_named(&c.func) => self.construct_starred(class, c, span),
                None => {
                    let f = self.expr(&c.func);
                    self.call_instance(f, c, span)
                }
            },
            // `C.m(obj, *xs)`: the method's function object, called with the instance first.
            ast::Expr::Attribute(a) if let Some(class) = self.class_named(&a.value) => match self.find_method(class, a.attr.as_str()) {
                Some(m) => {
                    let f = self.emit(InstKind::MakeFunction(m.id, Vec::new()), span);
                    self.call_instance(f, c, span)
                }
                None => self.unsupported_value(span, &format!("`*args` or `**kwargs` in a call of `{}.{}`, which is no method of the class", self.ctx.class_defs[class.index()].name, a.attr), "pass the arguments one by one"),
            },
            ast::Expr::Attribute(a) if self.builtin_class(&a.value).is_none() => {
                let obj = self.expr(&a.value);
                let (args, kw) = self.starred_args(c);
                self.emit(InstKind::CallMethod(obj, a.attr.to_string(), args, kw), span)
            }
            func if let Some(class) = self.class_named(func) => self.construct_starred(class, c, span),
            _ => self.unsupported_value(
                span,
                "`*args` or `**kwargs` in a call of this builtin, or of a method of a builtin class named through its class",
                "pass the arguments one by one; `print`, `max`, `min`, `zip`, `range`, `sum`, `dict` and `str.format` take starred arguments",
            ),
        }
    }

    /// `C(*args, **kw)`: a new instance and a call of the function object of the class's
    /// `__init__` with it and the arguments (the function itself: a method call on the
    /// instance would dispatch over the subclasses' overrides).
    fn construct_starred(&mut self, class: ClassId, c: &ast::ExprCall, span: Span) -> Value {
        let init = self.find_method(class, "__init__").filter(|_| !self.is_exception_class(class));
        let Some(init) = init else {
            return self.unsupported_value(span, "`*args` or `**kwargs` in a call of an exception class or of a class without `__init__`", "pass the arguments one by one");
        };
        let obj = self.emit(InstKind::New(class), span);
        let f = self.emit(InstKind::MakeFunction(init.id, Vec::new()), span);
        let (args, kw) = self.starred_args(c);
        self.emit(InstKind::CallMethod(f, "__call__".to_string(), std::iter::once(obj).chain(args).collect(), kw), span);
        obj
    }

    /// The arguments of a call that the annotator binds: the positional ones before the first
    /// star, then the keywords, where `*` is the starred sequence and `**` each dict.
    pub(super) fn starred_args(&mut self, c: &ast::ExprCall) -> (Vec<Value>, Vec<(String, Value)>) {
        let first_star = c.args.iter().position(|a| a.is_starred_expr()).unwrap_or(c.args.len());
        let (before, from_star) = c.args.split_at(first_star);
        let args = before.iter().map(|e| self.call_arg(e, false)).collect();
        let mut kw = Vec::new();
        match from_star {
            [] => {}
            [ast::Expr::Starred(s)] => {
                let mut v = self.expr(&s.value);
                // After positional arguments CPython builds the list of them all, whose error
                // for a value it cannot iterate names no function.
                if !before.is_empty() {
                    v = self.emit(InstKind::CallBuiltin(Builtin::StarredPart(None), vec![v], Vec::new()), s.range.into());
                }
                let sequence = self.emit(InstKind::CallBuiltin(Builtin::Starred, vec![v], Vec::new()), s.range.into());
                kw.push(("*".to_string(), sequence));
            }
            several => kw.push(("*".to_string(), self.star_list(several))),
        }
        kw.extend(self.keywords(c));
        (args, kw)
    }

    /// A call's keyword arguments in order, `**d` as the keyword `**`.
    fn keywords(&mut self, c: &ast::ExprCall) -> Vec<(String, Value)> {
        c.keywords.iter().map(|k| (k.arg.as_ref().map_or("**".to_string(), |a| a.to_string()), self.expr(&k.value))).collect()
    }

    /// A new list of the items of positional arguments, starred ones spread, in order. A
    /// starred value that cannot be iterated raises `Value after * must be an iterable`.
    fn star_list(&mut self, args: &[ast::Expr]) -> Value {
        let span: Span = args.first().map_or(Span::default(), |a| a.range().into());
        let list = self.hidden_local("star");
        let empty = self.emit(InstKind::BuildList(Vec::new()), span);
        self.emit_void(InstKind::StoreLocal(list, empty), span);
        for a in args {
            let arg_span: Span = a.range().into();
            let ast::Expr::Starred(s) = a else {
                let v = self.expr(a);
                let l = self.emit(InstKind::LoadLocal(list), arg_span);
                self.emit_void(InstKind::CallMethod(l, "append".to_string(), vec![v], Vec::new()), arg_span);
                continue;
            };
            // `for $item in <checked value>: $star.append($item)`
            let v = self.expr(&s.value);
            let checked = self.emit(InstKind::CallBuiltin(Builtin::StarredPart(None), vec![v], Vec::new()), arg_span);
            let (part, item) = (self.hidden_local("part"), self.hidden_local("item"));
            self.emit_void(InstKind::StoreLocal(part, checked), arg_span);
            let name = |this: &Self, l: Local, ctx| ast::Expr::Name(ast::ExprName { range: a.range(), id: ast::Identifier::new(this.func.locals[l.index()].clone()), ctx });
            let append = ast::Expr::Call(ast::ExprCall {
                range: a.range(),
                func: Box::new(ast::Expr::Attribute(ast::ExprAttribute { range: a.range(), value: Box::new(name(self, list, ast::ExprContext::Load)), attr: ast::Identifier::new("append"), ctx: ast::ExprContext::Load })),
                args: vec![name(self, item, ast::ExprContext::Load)],
                keywords: Vec::new(),
            });
            let body = vec![ast::Stmt::Expr(ast::StmtExpr { range: a.range(), value: Box::new(append) })];
            let lp = ast::StmtFor { range: a.range(), target: Box::new(name(self, item, ast::ExprContext::Store)), iter: Box::new(name(self, part, ast::ExprContext::Load)), body, orelse: Vec::new(), type_comment: None };
            self.stmt(&ast::Stmt::For(lp));
        }
        self.emit(InstKind::LoadLocal(list), span)
    }

    /// `builtin(args, **kw)` as a call of the prelude's `helper` with the list of the positional
    /// arguments (after `receiver`, the object of a method) and the same keywords.
    fn helper_call(&mut self, helper: &str, receiver: Option<&ast::Expr>, builtin: &'static str, c: &ast::ExprCall, span: Span) -> Value {
        if !self.ctx.functions.contains_key(helper) {
            return self.unsupported_value(span, &format!("`*args` or `**kwargs` in a call of `{builtin}` without the prelude"), "pass the arguments one by one");
        }
        let receiver = receiver.map(|r| {
            let v = self.expr(r);
            self.hidden_name("receiver", v, r.range())
        });
        // A tuple, not the list: a helper's variants then never share the list's definition
        // (which would join the items of every call, `Annotator::variant_for`).
        // A sole starred tuple keeps its fields' types (`sum(*(xs, 0))`).
        let items = match &c.args[..] {
            [] => self.emit(InstKind::BuildTuple(Vec::new()), span),
            [ast::Expr::Starred(s)] => {
                let v = self.expr(&s.value);
                let v = self.emit(InstKind::CallBuiltin(Builtin::StarredPart(Some(builtin)), vec![v], Vec::new()), s.range.into());
                self.emit(InstKind::CallBuiltin(Builtin::Tuple, vec![v], Vec::new()), span)
            }
            args => {
                let list = self.star_list(args);
                self.emit(InstKind::CallBuiltin(Builtin::Tuple, vec![list], Vec::new()), span)
            }
        };
        let items = self.hidden_name("args", items, c.range);
        let func = Box::new(ast::Expr::Name(ast::ExprName { range: c.func.range(), id: ast::Identifier::new(helper), ctx: ast::ExprContext::Load }));
        let call = ast::ExprCall { range: c.range, func, args: receiver.into_iter().chain([items]).collect(), keywords: c.keywords.clone() };
        match has_starred(&call) {
            true => {
                let f = self.expr(&call.func);
                self.call_instance(f, &call, span)
            }
            false => self.expr(&ast::Expr::Call(call)),
        }
    }
}
