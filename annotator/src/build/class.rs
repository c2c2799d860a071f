//! Classes: the module scan that gives every class, method and class attribute its id before
//! any body is built, the class statement itself (class attributes and method defaults are
//! evaluated when it runs, as in CPython), and the expressions that name a class: `C(...)`,
//! `C.attr`, `C.method(obj, ...)`, `super().method(...)`, `isinstance(x, C)`.
#![forbid(unsafe_code)]

use super::stmt::FnBuilder;
use super::{signature, ModuleCtx};
use crate::diagnostic::{Code, Diagnostic};
use crate::ir::*;
use crate::source::Span;
use rustpython_parser::ast::{self, Ranged};

/// A method's id and parameters (the instance first), known before bodies are built.
#[derive(Clone)]
pub(super) struct MethodSig {
    pub(super) id: FuncId,
    pub(super) params: Vec<Param>,
}

/// Registers the module's classes in order: ids, bases, methods and class attributes. Returns
/// the methods to build, with their class.
pub(super) fn scan<'s>(ctx: &mut ModuleCtx, suite: &'s [ast::Stmt], diags: &mut Vec<Diagnostic>) -> Vec<(ClassId, &'s ast::StmtFunctionDef)> {
    let mut bodies = Vec::new();
    for stmt in suite {
        let ast::Stmt::ClassDef(c) = stmt else { continue };
        let span: Span = c.range.into();
        let name = c.name.to_string();
        if ctx.classes.contains_key(&name) || ctx.functions.contains_key(&name) {
            diags.push(Diagnostic::unsupported(span, &format!("rebinding the name `{name}`"), "give each class and function its own name"));
            continue;
        }
        if !c.decorator_list.is_empty() || !c.keywords.is_empty() || !c.type_params.is_empty() {
            diags.push(Diagnostic::unsupported(span, "class decorators, keywords or type parameters", "use a plain `class Name(Base):`"));
        }
        let base = match &c.bases[..] {
            [] => None,
            [ast::Expr::Name(n)] if n.id.as_str() == "object" => None,
            [ast::Expr::Name(n)] => match ctx.classes.get(n.id.as_str()) {
                Some(&b) => Some(b),
                None => {
                    diags.push(Diagnostic::unsupported(n.range.into(), "a base that is not a class defined earlier in this module", "derive from a class defined above"));
                    None
                }
            },
            [first, ..] => {
                diags.push(Diagnostic::unsupported(first.range().into(), "this base class list", "use single inheritance from one class defined above"));
                None
            }
        };
        let id = ClassId(ctx.class_defs.len() as u32);
        let mut def = ClassDef { id, name: name.clone(), base, methods: Vec::new(), attrs: Vec::new(), span };
        for item in &c.body {
            match item {
                ast::Stmt::FunctionDef(f) => {
                    let method = f.name.to_string();
                    if def.methods.iter().any(|(m, _)| *m == method) {
                        diags.push(Diagnostic::unsupported(f.range.into(), &format!("redefining the method `{method}`"), "define each method once"));
                        continue;
                    }
                    let fid = ctx.new_func_id();
                    let params = signature(ctx, f, &format!("{name}.{method}"), diags);
                    if params.is_empty() {
                        diags.push(Diagnostic::unsupported(f.range.into(), "a method without a `self` parameter", "static and class methods arrive later; add `self`"));
                    }
                    ctx.methods.insert(fid, MethodSig { id: fid, params });
                    def.methods.push((method, fid));
                    bodies.push((id, f));
                }
                ast::Stmt::Assign(a) => {
                    for t in &a.targets {
                        match t {
                            ast::Expr::Name(n) => {
                                let attr = n.id.to_string();
                                if !def.attrs.iter().any(|(x, _)| *x == attr) {
                                    let g = ctx.global(&format!("{name}.{attr}"));
                                    def.attrs.push((attr, g));
                                }
                            }
                            _ => diags.push(Diagnostic::unsupported(t.range().into(), "this class attribute target", "assign class attributes to plain names")),
                        }
                    }
                }
                ast::Stmt::Pass(_) => {}
                ast::Stmt::Expr(e) if matches!(&*e.value, ast::Expr::Constant(_)) => {}
                other => diags.push(Diagnostic::unsupported(other.range().into(), "this statement in a class body", "a class body may hold methods and `name = value` class attributes")),
            }
        }
        ctx.classes.insert(name, id);
        ctx.class_defs.push(def);
    }
    bodies
}

impl<'a> FnBuilder<'a> {
    /// The class statement, when the module body reaches it: class attributes and method
    /// defaults are evaluated in source order.
    pub(super) fn class_stmt(&mut self, c: &ast::StmtClassDef) {
        let Some(&id) = self.ctx.classes.get(c.name.as_str()) else { return };
        for item in &c.body {
            match item {
                ast::Stmt::Assign(a) => {
                    let v = self.expr(&a.value);
                    for t in &a.targets {
                        if let Some(g) = t.as_name_expr().and_then(|n| self.class_attr_global(id, n.id.as_str())) {
                            self.emit_void(InstKind::StoreGlobal(g, v), t.range().into());
                        }
                    }
                }
                ast::Stmt::FunctionDef(f) => {
                    let fid = self.ctx.class_defs[id.index()].methods.iter().find(|(m, _)| m == f.name.as_str()).map(|&(_, fid)| fid);
                    if let Some(sig) = fid.and_then(|fid| self.ctx.methods.get(&fid)).cloned() {
                        self.store_defaults(f, &sig.params);
                    }
                }
                _ => {}
            }
        }
    }

    fn class_attr_global(&self, c: ClassId, name: &str) -> Option<GlobalId> {
        let mut k = Some(c);
        while let Some(cid) = k {
            let def = &self.ctx.class_defs[cid.index()];
            if let Some(&(_, g)) = def.attrs.iter().find(|(n, _)| n == name) {
                return Some(g);
            }
            k = def.base;
        }
        None
    }

    fn find_method(&self, c: ClassId, name: &str) -> Option<MethodSig> {
        let mut k = Some(c);
        while let Some(cid) = k {
            let def = &self.ctx.class_defs[cid.index()];
            if let Some(&(_, f)) = def.methods.iter().find(|(n, _)| n == name) {
                return self.ctx.methods.get(&f).cloned();
            }
            k = def.base;
        }
        None
    }

    /// The class a name refers to, when it is a class and not shadowed.
    pub(super) fn class_named(&self, e: &ast::Expr) -> Option<ClassId> {
        let n = e.as_name_expr()?;
        let name = n.id.as_str();
        if self.locals.contains_key(name) || self.ctx.global_ids.contains_key(name) {
            return None;
        }
        self.ctx.classes.get(name).copied()
    }

    /// `C(args)`: a new instance, initialised by the `__init__` its class or a base defines.
    pub(super) fn construct(&mut self, c: ClassId, call: &ast::ExprCall, span: Span) -> Value {
        let obj = self.emit(InstKind::New(c), span);
        let class_name = self.ctx.class_defs[c.index()].name.clone();
        match self.find_method(c, "__init__") {
            Some(init) => {
                self.call_bound(init.id, &format!("{class_name}.__init__"), &init.params, Some(obj), call, span);
            }
            None if call.args.is_empty() && call.keywords.is_empty() => {}
            None => self.diags.push(Diagnostic::new(Code::BadCall, span, format!("{class_name}() takes no arguments"))),
        }
        obj
    }

    /// `C.attr` for a class attribute.
    pub(super) fn class_attr(&mut self, c: ClassId, attr: &str, span: Span) -> Value {
        match self.class_attr_global(c, attr) {
            Some(g) => self.emit(InstKind::LoadGlobal(g), span),
            None => {
                let name = self.ctx.class_defs[c.index()].name.clone();
                self.diags.push(Diagnostic::new(Code::BadOperation, span, format!("type object '{name}' has no attribute '{attr}'")));
                self.emit(InstKind::Const(Const::None), span)
            }
        }
    }

    /// `C.attr = value`.
    pub(super) fn store_class_attr(&mut self, c: ClassId, attr: &str, value: Value, span: Span) {
        match self.class_attr_global(c, attr) {
            Some(g) => self.emit_void(InstKind::StoreGlobal(g, value), span),
            None => self.unsupported(span, "adding a class attribute outside the class body", "give it a value in the class body"),
        }
    }

    /// `C.method(obj, ...)` or `super().method(...)`: a method call resolved at compile time.
    /// `this` is the instance for `super()` (the method's first parameter).
    pub(super) fn static_method_call(&mut self, c: ClassId, method: &str, this: Option<Value>, call: &ast::ExprCall, span: Span) -> Value {
        let class_name = self.ctx.class_defs[c.index()].name.clone();
        match self.find_method(c, method) {
            Some(m) => self.call_bound(m.id, &format!("{class_name}.{method}"), &m.params, this, call, span),
            None => {
                self.diags.push(Diagnostic::new(Code::BadOperation, span, format!("type object '{class_name}' has no attribute '{method}'")));
                self.emit(InstKind::Const(Const::None), span)
            }
        }
    }

    /// `super()` inside a method of class `C`: the base of `C` and the method's instance.
    pub(super) fn super_target(&mut self, span: Span) -> Option<(ClassId, Value)> {
        let Some(class) = self.class else {
            self.unsupported(span, "`super()` outside a method", "call the base class's method directly");
            return None;
        };
        let Some(base) = self.ctx.class_defs[class.index()].base else {
            let name = self.ctx.class_defs[class.index()].name.clone();
            self.unsupported(span, &format!("`super()` in `{name}`, which has no base class"), "remove the call");
            return None;
        };
        let this = self.func.params.first().map(|p| p.local)?;
        Some((base, self.emit(InstKind::LoadLocal(this), span)))
    }

    /// Evaluates a function's defaults into their hidden globals (when its `def` runs).
    pub(super) fn store_defaults(&mut self, def: &ast::StmtFunctionDef, params: &[Param]) {
        let defaults = def.args.posonlyargs.iter().chain(&def.args.args).map(|a| a.default.as_deref());
        for (p, d) in params.iter().zip(defaults) {
            if let (Some(g), Some(d)) = (p.default, d) {
                let v = self.expr(d);
                self.emit_void(InstKind::StoreGlobal(g, v), d.range().into());
            }
        }
    }
}
