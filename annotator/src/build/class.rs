//! Classes: the module scan that gives every class, method and class attribute its id before
//! any body is built, the class statement itself (class attributes and method defaults are
//! evaluated when it runs, as in CPython), and the expressions that name a class: `C(...)`,
//! `C.attr`, `C.method(obj, ...)`, `super().method(...)`, `isinstance(x, C)`. A class may have
//! several bases; its MRO is CPython's C3 linearisation, computed here.
#![forbid(unsafe_code)]

use super::stmt::FnBuilder;
use super::{signature, ModuleCtx};
use crate::diagnostic::{Code, Diagnostic};
use crate::ir::*;
use crate::source::Span;
use rustpython_parser::ast::{self, Ranged};
use std::collections::HashMap;

/// A method's id and parameters (the instance first, unless the method is unbound), known
/// before bodies are built.
#[derive(Clone)]
pub(super) struct MethodSig {
    pub(super) id: FuncId,
    pub(super) params: Vec<Param>,
}

/// A method body to build: the class that defines it, whether it takes the instance, and for a
/// class method the name of its `cls` parameter and the class it names there (the defining
/// class, or a subclass that inherits the method: each gets its own body).
pub(super) struct MethodBody<'s> {
    pub(super) class: ClassId,
    pub(super) id: FuncId,
    pub(super) def: &'s ast::StmtFunctionDef,
    pub(super) has_self: bool,
    pub(super) cls: Option<(String, ClassId)>,
}

/// How a `def` in a class body is called, from its decorator.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Instance,
    Static,
    Class,
    Getter,
    Setter,
    /// Other decorators (`@log`, `@retry(3)`): the class attribute of the method's name holds
    /// what the decorators return, and the function itself is a hidden method
    /// ([`undecorated_name`]).
    Decorated,
}

/// The hidden method name of the function a decorated method's decorators are given.
fn undecorated_name(name: &str) -> String {
    format!("<def {name}>")
}

fn method_form(f: &ast::StmtFunctionDef, diags: &mut Vec<Diagnostic>) -> Form {
    let named = |e: &ast::Expr, name: &str| matches!(e, ast::Expr::Name(n) if n.id.as_str() == name);
    match &f.decorator_list[..] {
        [] => Form::Instance,
        [d] if named(d, "staticmethod") => Form::Static,
        [d] if named(d, "classmethod") => Form::Class,
        [d] if named(d, "property") => Form::Getter,
        [ast::Expr::Attribute(a)] if a.attr.as_str() == "setter" && named(&a.value, f.name.as_str()) => Form::Setter,
        list => match list.iter().find(|d| ["staticmethod", "classmethod", "property"].iter().any(|n| named(d, n)) || matches!(d, ast::Expr::Attribute(a) if a.attr.as_str() == "setter")) {
            Some(d) => {
                diags.push(Diagnostic::unsupported(
                    d.range().into(),
                    "`@staticmethod`, `@classmethod` or a property decorator together with other decorators",
                    "a method may have one of `@staticmethod`, `@classmethod`, `@property` and `@name.setter`, or decorators of your own",
                ));
                // The build stops: a form that takes any parameters adds no second diagnostic.
                Form::Static
            }
            None => Form::Decorated,
        },
    }
}

/// The name a method is registered under: its own, or a property's hidden accessor name.
fn method_key(form: Form, name: &str) -> String {
    match form {
        Form::Getter => getter_name(name),
        Form::Setter => setter_name(name),
        Form::Decorated => undecorated_name(name),
        _ => name.to_string(),
    }
}

/// Checks the parameters a method's form needs, and takes a class method's `cls` out of them
/// (it is bound at build time, not passed). Returns the `cls` name for a class method.
fn method_params(form: Form, f: &ast::StmtFunctionDef, params: &mut Vec<Param>, diags: &mut Vec<Diagnostic>) -> Option<String> {
    let span: Span = f.range.into();
    let (needed, what) = match form {
        Form::Instance | Form::Decorated => (1..=usize::MAX, "a method without a `self` parameter"),
        Form::Static => (0..=usize::MAX, ""),
        Form::Class => (1..=usize::MAX, "a class method without a `cls` parameter"),
        Form::Getter => (1..=1, "a property getter that takes other parameters than `self`"),
        Form::Setter => (2..=2, "a property setter that does not take `self` and the value"),
    };
    if !needed.contains(&params.len()) {
        diags.push(Diagnostic::unsupported(span, what, "give the method the parameters CPython passes it"));
        return None;
    }
    if form != Form::Class {
        return None;
    }
    let cls = params.remove(0);
    for (i, p) in params.iter_mut().enumerate() {
        p.local = Local(i as u32);
    }
    Some(cls.name)
}

/// Registers the module's classes in order: ids, bases, methods and class attributes. Returns
/// the method bodies to build.
pub(super) fn scan<'s>(ctx: &mut ModuleCtx, suite: &'s [ast::Stmt], diags: &mut Vec<Diagnostic>) -> Vec<MethodBody<'s>> {
    let mut bodies = Vec::new();
    // Every class method body (originals and inherited copies), with its `cls` name.
    let mut class_methods: HashMap<FuncId, (&'s ast::StmtFunctionDef, String)> = HashMap::new();
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
        let mut bases = Vec::new();
        for b in &c.bases {
            match b {
                ast::Expr::Name(n) if n.id.as_str() == "object" && c.bases.len() == 1 => {}
                ast::Expr::Name(n) => match ctx.classes.get(n.id.as_str()) {
                    Some(&k) if bases.contains(&k) => diags.push(Diagnostic::new(Code::BadOperation, n.range.into(), format!("duplicate base class {}", n.id))),
                    Some(&k) => bases.push(k),
                    None => diags.push(Diagnostic::unsupported(n.range.into(), "a base that is not a class defined earlier in this module", "derive from classes defined above")),
                },
                ast::Expr::Attribute(a) if let Some(k) = ctx.module_class(a) => bases.push(k),
                other => diags.push(Diagnostic::unsupported(other.range().into(), "this base class", "derive from classes defined above, by name, or from a class of an imported module (`m.Base`)")),
            }
        }
        let id = ClassId(ctx.class_defs.len() as u32);
        let mro = match c3_mro(&ctx.class_defs, id, &bases) {
            Some(mro) => mro,
            None => {
                let names: Vec<&str> = bases.iter().map(|b| ctx.class_defs[b.index()].name.as_str()).collect();
                let msg = format!("Cannot create a consistent method resolution order (MRO) for bases {}", names.join(", "));
                diags.push(Diagnostic::new(Code::BadOperation, span, msg));
                vec![id]
            }
        };
        let mut def = ClassDef { id, name: name.clone(), module: ctx.name.clone(), bases, mro, methods: Vec::new(), unbound: Vec::new(), attrs: Vec::new(), span };
        for item in &c.body {
            match item {
                ast::Stmt::FunctionDef(f) => {
                    let form = method_form(f, diags);
                    let method = f.name.to_string();
                    let key = method_key(form, &method);
                    if def.methods.iter().any(|(m, _)| *m == key) {
                        diags.push(Diagnostic::unsupported(f.range.into(), &format!("redefining the method `{method}`"), "define each method once"));
                        continue;
                    }
                    if form == Form::Setter && !def.methods.iter().any(|(m, _)| *m == getter_name(&method)) {
                        diags.push(Diagnostic::unsupported(f.range.into(), &format!("a setter of `{method}` without its `@property` getter above it in this class"), "define the getter first, in the same class"));
                        continue;
                    }
                    let fid = ctx.new_func_id();
                    let mut params = signature(ctx, &f.args, &format!("{name}.{method}"), false);
                    let cls = method_params(form, f, &mut params, diags);
                    if let Some(cls) = &cls {
                        class_methods.insert(fid, (f, cls.clone()));
                    }
                    let has_self = !matches!(form, Form::Static | Form::Class);
                    if !has_self {
                        def.unbound.push(fid);
                    }
                    if form == Form::Decorated && !def.attrs.iter().any(|(x, _)| *x == method) {
                        let g = ctx.global(&format!("{name}.{method}"));
                        def.attrs.push((method.clone(), g));
                    }
                    ctx.methods.insert(fid, MethodSig { id: fid, params });
                    ctx.method_ids.insert(Span::from(f.range).start, fid);
                    def.methods.push((key, fid));
                    bodies.push(MethodBody { class: id, id: fid, def: f, has_self, cls: cls.map(|n| (n, id)) });
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
        inherit_methods(ctx, &mut def, &mut class_methods, &mut bodies, diags);
        ctx.classes.insert(name, id);
        ctx.class_defs.push(def);
    }
    bodies
}

/// CPython's C3 linearisation of class `id` with `bases` (whose MROs are known): the class,
/// then the merge of the bases' MROs and the base list, taking each time the first head that is
/// in no other list's tail. None when no such head exists (an inconsistent hierarchy, which
/// CPython rejects with a `TypeError` when the class statement runs).
fn c3_mro(classes: &[ClassDef], id: ClassId, bases: &[ClassId]) -> Option<Vec<ClassId>> {
    let mut lists: Vec<Vec<ClassId>> = bases.iter().map(|b| classes[b.index()].mro.clone()).collect();
    lists.push(bases.to_vec());
    let mut out = vec![id];
    loop {
        lists.retain(|l| !l.is_empty());
        if lists.is_empty() {
            return Some(out);
        }
        let head = lists.iter().map(|l| l[0]).find(|h| !lists.iter().any(|l| l[1..].contains(h)))?;
        out.push(head);
        for l in &mut lists {
            if l[0] == head {
                l.remove(0);
            }
        }
    }
}

/// Compares `def`'s methods with the ones they override (a static or class method and an
/// instance method take different arguments, so one may not override the other), and gives
/// `def` its own body of every class method it inherits, with `cls` naming `def`'s class.
fn inherit_methods<'s>(
    ctx: &mut ModuleCtx,
    def: &mut ClassDef,
    class_methods: &mut HashMap<FuncId, (&'s ast::StmtFunctionDef, String)>,
    bodies: &mut Vec<MethodBody<'s>>,
    diags: &mut Vec<Diagnostic>,
) {
    let mut seen: Vec<String> = Vec::new();
    let mut inherited = Vec::new();
    for &cid in &def.mro[1..] {
        let base = &ctx.class_defs[cid.index()];
        for (m, f) in &base.methods {
            if seen.contains(m) {
                continue;
            }
            seen.push(m.clone());
            match def.methods.iter().find(|(n, _)| n == m) {
                Some((_, own)) if def.unbound.contains(own) != base.unbound.contains(f) => diags.push(Diagnostic::unsupported(
                    def.span,
                    &format!("`{}.{m}` overrides a method of another kind (static, class or instance method)", def.name),
                    "give the method another name",
                )),
                Some(_) => {}
                None => {
                    if let Some((body, cls)) = class_methods.get(f).cloned() {
                        inherited.push((m.clone(), *f, body, cls));
                    }
                }
            }
        }
    }
    for (m, original, body, cls) in inherited {
        let fid = ctx.new_func_id();
        let params = ctx.methods.get(&original).map(|s| s.params.clone()).unwrap_or_default();
        ctx.methods.insert(fid, MethodSig { id: fid, params });
        class_methods.insert(fid, (body, cls.clone()));
        def.unbound.push(fid);
        def.methods.push((m, fid));
        bodies.push(MethodBody { class: def.id, id: fid, def: body, has_self: false, cls: Some((cls, def.id)) });
    }
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
                    let span: Span = f.range.into();
                    let Some(sig) = self.ctx.method_ids.get(&span.start).and_then(|fid| self.ctx.methods.get(fid)).cloned() else { continue };
                    let key = undecorated_name(f.name.as_str());
                    let decorated = self.ctx.class_defs[id.index()].methods.iter().any(|(k, m)| *m == sig.id && *k == key);
                    // As CPython: the decorators, then the defaults, then the calls.
                    let decorators: Vec<Value> = if decorated { f.decorator_list.iter().map(|d| self.expr(d)).collect() } else { Vec::new() };
                    self.store_defaults(f, &sig.params);
                    if let Some(g) = self.class_attr_global(id, f.name.as_str()).filter(|_| decorated) {
                        let function = self.emit(InstKind::MakeFunction(sig.id, Vec::new()), span);
                        let v = self.decorate(decorators, function, span);
                        self.emit_void(InstKind::StoreGlobal(g, v), span);
                    }
                }
                _ => {}
            }
        }
    }

    fn class_attr_global(&self, c: ClassId, name: &str) -> Option<GlobalId> {
        let classes = &self.ctx.class_defs;
        classes[c.index()].mro.iter().find_map(|k| classes[k.index()].attrs.iter().find(|(n, _)| n == name).map(|&(_, g)| g))
    }

    pub(super) fn find_method(&self, c: ClassId, name: &str) -> Option<MethodSig> {
        let classes = &self.ctx.class_defs;
        let f = classes[c.index()].mro.iter().find_map(|k| classes[k.index()].methods.iter().find(|(n, _)| n == name).map(|&(_, f)| f))?;
        self.ctx.methods.get(&f).cloned()
    }

    /// The class a name (or `m.C`) refers to, when it is a class (or a class method's `cls`)
    /// and not shadowed.
    pub(super) fn class_named(&self, e: &ast::Expr) -> Option<ClassId> {
        if let ast::Expr::Attribute(a) = e {
            return self.module_named(&a.value).and_then(|_| self.ctx.module_class(a));
        }
        let n = e.as_name_expr()?;
        let name = n.id.as_str();
        if self.locals.contains_key(name) {
            return None;
        }
        if let Some((_, c)) = self.cls.as_ref().filter(|(cls, _)| cls == name) {
            return Some(*c);
        }
        if self.ctx.global_ids.contains_key(name) {
            return None;
        }
        self.ctx.classes.get(name).copied()
    }

    /// `C(args)`: a new instance, initialised by the `__init__` its class or a base defines.
    pub(super) fn construct(&mut self, c: ClassId, call: &ast::ExprCall, span: Span) -> Value {
        let obj = self.emit(InstKind::New(c), span);
        let class_name = self.ctx.class_defs[c.index()].name.clone();
        let exception = self.is_exception_class(c);
        let rebound;
        let call = if exception {
            rebound = self.exception_args(obj, call, span);
            &rebound
        } else {
            call
        };
        match self.find_method(c, "__init__") {
            Some(init) => {
                self.call_bound(init.id, &format!("{class_name}.__init__"), &init.params, Some(obj), call, span);
            }
            None if call.keywords.is_empty() && (exception || call.args.is_empty()) => {}
            None if exception => self.diags.push(Diagnostic::new(Code::BadCall, span, format!("{class_name}() takes no keyword arguments"))),
            None => self.diags.push(Diagnostic::new(Code::BadCall, span, format!("{class_name}() takes no arguments"))),
        }
        obj
    }

    /// `C.attr` for a class attribute, `C.method` (a plain function, as in Python 3; a class
    /// method's is bound to `C` already), and `C.__name__`.
    pub(super) fn class_attr(&mut self, c: ClassId, attr: &str, span: Span) -> Value {
        match self.class_attr_global(c, attr) {
            Some(g) => self.emit(InstKind::LoadGlobal(g), span),
            None if let Some(m) = self.find_method(c, attr) => self.emit(InstKind::MakeFunction(m.id, Vec::new()), span),
            None if attr == "__name__" => {
                let name = self.ctx.class_defs[c.index()].name.clone();
                self.emit(InstKind::Const(Const::Str(name)), span)
            }
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
            // A class attribute that holds a function (or a decorated method's).
            None if this.is_none() && let Some(g) = self.class_attr_global(c, method) => {
                let f = self.emit(InstKind::LoadGlobal(g), span);
                self.call_instance(f, call, span)
            }
            None if method == "__init__" && self.is_exception_class(c) => {
                let (this, args) = match (this, call.args.split_first()) {
                    (Some(t), _) => (t, &call.args[..]),
                    (None, Some((first, rest))) => (self.expr(first), rest),
                    (None, None) => return self.emit(InstKind::Const(Const::None), span),
                };
                self.base_exception_init(this, args, span)
            }
            None => {
                self.diags.push(Diagnostic::new(Code::BadOperation, span, format!("type object '{class_name}' has no attribute '{method}'")));
                self.emit(InstKind::Const(Const::None), span)
            }
        }
    }

    /// `super().method(args)` inside a method of class `C`: the method that follows `C` in the
    /// MRO of the instance's class, which differs between subclasses in a diamond (so the
    /// annotator resolves it per class, `CallSuper`). A name no class after `C` defines in any
    /// subclass's MRO is CPython's `AttributeError`, known at build time.
    pub(super) fn super_call(&mut self, method: &str, call: &ast::ExprCall, span: Span) -> Value {
        let Some(class) = self.class.filter(|_| self.has_self) else {
            self.unsupported(span, "`super()` outside an instance method", "call the base class's method directly");
            return self.emit(InstKind::Const(Const::None), span);
        };
        let classes = &self.ctx.class_defs;
        let found = classes.iter().filter(|k| k.mro.contains(&class)).any(|k| {
            let after = k.mro.iter().skip_while(|&&m| m != class).skip(1);
            after.into_iter().any(|m| classes[m.index()].methods.iter().any(|(n, _)| n == method))
        });
        if !found && method == "__init__" && self.is_exception_class(class) {
            let Some(this) = self.func.params.first().map(|p| p.local) else { return self.emit(InstKind::Const(Const::None), span) };
            let this = self.emit(InstKind::LoadLocal(this), span);
            return self.base_exception_init(this, &call.args, span);
        }
        if !found {
            self.diags.push(Diagnostic::new(Code::BadOperation, span, format!("'super' object has no attribute '{method}'")));
            return self.emit(InstKind::Const(Const::None), span);
        }
        let Some(this) = self.func.params.first().map(|p| p.local) else { return self.emit(InstKind::Const(Const::None), span) };
        let this = self.emit(InstKind::LoadLocal(this), span);
        let (args, kw) = match super::starred::has_starred(call) {
            true => self.starred_args(call),
            false => {
                let args = call.args.iter().map(|e| self.call_arg(e, false)).collect();
                let kw = call.keywords.iter().map(|k| (k.arg.as_ref().map_or(String::new(), |a| a.to_string()), self.expr(&k.value))).collect();
                (args, kw)
            }
        };
        self.emit(InstKind::CallSuper(class, this, method.to_string(), args, kw), span)
    }

    /// Evaluates a function's defaults into their hidden globals (when its `def` runs). Matched
    /// by name: a class method's `params` lack its `cls`.
    pub(super) fn store_defaults(&mut self, def: &ast::StmtFunctionDef, params: &[Param]) {
        for a in def.args.posonlyargs.iter().chain(&def.args.args).chain(&def.args.kwonlyargs) {
            let global = params.iter().find(|p| p.name == a.def.arg.as_str()).and_then(|p| p.default);
            if let (Some(g), Some(d)) = (global, &a.default) {
                let v = self.expr(d);
                self.emit_void(InstKind::StoreGlobal(g, v), d.range().into());
            }
        }
    }
}
