//! Imports and module attributes. Modules are resolved at build time, like the main module's
//! functions and classes: `import m` binds the name `m` to module `m` in the importer's scope,
//! so `m.f(...)`, `m.C(...)`, `m.x` and `m.x = v` are direct calls, classes and global loads and
//! stores. `from m import f, C` binds the importer's names to the same function and class; `from
//! m import x` of a variable copies its value when the statement runs, as CPython does.
//!
//! Each module's body is a function (`<module>`) that its first import runs: the statement
//! checks the module's hidden `<loaded m>` flag, sets it and calls the body, so later imports
//! (and imports that meet a module whose body is still running, in a cycle) only bind names.
#![forbid(unsafe_code)]

use super::modules::{import_stmts, prefixes, Modules};
use super::stmt::FnBuilder;
use super::ModuleCtx;
use crate::diagnostic::{Code, Diagnostic};
use crate::ir::*;
use crate::source::Span;
use rustpython_parser::ast::{self, Ranged};

/// What an import statement does when it runs: the modules whose bodies it runs (each only the
/// first time), then the module variables it copies into the importer (`from m import x`).
#[derive(Clone, Default)]
pub(super) struct ImportPlan {
    run: Vec<usize>,
    copies: Vec<(GlobalId, GlobalId)>,
    /// The module that does not exist, for an import a handler expects to fail
    /// (`Modules::missing`).
    missing: Option<String>,
}

/// What a name in a module's namespace is, at build time.
enum Member {
    Function(FuncId, Vec<Param>),
    Class(ClassId),
    Global(GlobalId),
    Module(usize),
}

impl ModuleCtx {
    /// The module `e` names in the current module: a name an import bound (`m`, `pkg`), or a
    /// module attribute of one (`pkg.sub`).
    fn module_of(&self, e: &ast::Expr) -> Option<usize> {
        match e {
            ast::Expr::Name(n) => self.module_names.get(n.id.as_str()).copied(),
            ast::Expr::Attribute(a) => match self.member(self.module_of(&a.value)?, a.attr.as_str())? {
                Member::Module(m) => Some(m),
                _ => None,
            },
            _ => None,
        }
    }

    /// The function `f` is in module `m`, when it is one.
    pub(super) fn module_function(&self, m: usize, name: &str) -> Option<FuncId> {
        match self.member(m, name)? {
            Member::Function(id, _) => Some(id),
            _ => None,
        }
    }

    /// The class `m.C` names in the current module.
    pub(super) fn module_class(&self, a: &ast::ExprAttribute) -> Option<ClassId> {
        match self.member(self.module_of(&a.value)?, a.attr.as_str())? {
            Member::Class(c) => Some(c),
            _ => None,
        }
    }

    /// The name `name` in module `m`'s namespace. Its own functions, classes and variables come
    /// first; then the modules it imported, and its submodules that the program loads (CPython
    /// sets a submodule as an attribute of its package when it is imported).
    fn member(&self, m: usize, name: &str) -> Option<Member> {
        let scope = &self.scopes[m];
        if let Some(&g) = scope.global_ids.get(name) {
            return Some(Member::Global(g));
        }
        if let Some(sig) = scope.functions.get(name) {
            return Some(Member::Function(sig.id, sig.params.clone()));
        }
        if let Some(&c) = scope.classes.get(name) {
            return Some(Member::Class(c));
        }
        let sub = scope.module_names.get(name).copied();
        sub.or_else(|| self.module_index.get(&format!("{}.{name}", scope.name)).copied()).map(Member::Module)
    }
}

/// Binds the names module `m`'s import statements bind, and records what each statement runs.
/// Runs before the module's own functions and classes are scanned, after those of the modules it
/// imports from (`Modules::scan_order`).
pub(super) fn bind(ctx: &mut ModuleCtx, modules: &Modules, m: usize, diags: &mut Vec<Diagnostic>) {
    let module = &modules.list[m];
    let mut assigned = Vec::new();
    super::stmt::assigned_names(&module.suite, &mut assigned);
    for (stmt, _) in import_stmts(&module.suite) {
        let span: Span = stmt.range().into();
        let mut plan = ImportPlan::default();
        if let Some(name) = modules.missing.get(&span.start) {
            plan.missing = Some(name.clone());
            ctx.imports.insert(span.start, plan);
            continue;
        }
        match stmt {
            ast::Stmt::Import(i) => {
                for alias in &i.names {
                    let name = alias.name.as_str();
                    plan.run.extend(prefixes(name).filter_map(|p| modules.index.get(p).copied()));
                    // `import a.b` binds `a`; `import a.b as x` binds `x` to `a.b`.
                    let top = name.split('.').next().unwrap_or(name);
                    let (bound, target) = alias.asname.as_ref().map_or((top, top), |a| (a.as_str(), name));
                    if assigned.iter().any(|n| n == bound) {
                        diags.push(Diagnostic::unsupported(alias.range.into(), &format!("assigning to `{bound}`, the name of an imported module"), "give the variable another name"));
                    }
                    if let Some(&t) = modules.index.get(target) {
                        ctx.scopes[m].module_names.insert(bound.to_string(), t);
                    }
                }
            }
            ast::Stmt::ImportFrom(f) => {
                let Ok(target) = module.from_target(f) else { continue };
                let Some(&base) = modules.index.get(&target) else { continue };
                plan.run.extend(prefixes(&target).filter_map(|p| modules.index.get(p).copied()));
                // `from m import *`: the module's public names (its functions, classes and
                // variables not starting with `_`).
                let star: Vec<(String, String)> = match f.names.iter().any(|a| a.name.as_str() == "*") {
                    true if ctx.scopes[base].scanned => {
                        let scope = &ctx.scopes[base];
                        let mut names: Vec<String> = scope.global_ids.keys().chain(scope.functions.keys()).chain(scope.classes.keys()).filter(|n| !n.starts_with('_') && !n.contains(['<', '.'])).cloned().collect();
                        names.sort();
                        names.dedup();
                        names.into_iter().map(|n| (n.clone(), n)).collect()
                    }
                    _ => Vec::new(),
                };
                let named = f.names.iter().filter(|a| a.name.as_str() != "*").map(|a| (a.name.to_string(), a.asname.as_ref().map_or_else(|| a.name.to_string(), |b| b.to_string())));
                for (name, bound) in named.chain(star) {
                    let name = name.as_str();
                    let sub = modules.index.get(&format!("{target}.{name}")).copied();
                    plan.run.extend(sub);
                    if let (Some(sub), false) = (sub, ctx.scopes[base].scanned) {
                        // `from . import sub` in the package's own `__init__.py`.
                        ctx.scopes[m].module_names.insert(bound, sub);
                        continue;
                    }
                    if !ctx.scopes[base].scanned {
                        diags.push(Diagnostic::unsupported(
                            span,
                            &format!("`from {target} import {name}` while `{target}` is still being imported (an import cycle)"),
                            &format!("use `import {target}` and write `{target}.{name}` where it is used"),
                        ));
                        continue;
                    }
                    match ctx.member(base, name) {
                        Some(Member::Function(id, params)) => {
                            ctx.scopes[m].functions.insert(bound, super::Signature { id, params });
                        }
                        Some(Member::Class(c)) => {
                            ctx.scopes[m].classes.insert(bound, c);
                        }
                        Some(Member::Module(sub)) => {
                            ctx.scopes[m].module_names.insert(bound, sub);
                        }
                        Some(Member::Global(from)) => {
                            let to = ctx.global(&bound);
                            plan.copies.push((to, from));
                        }
                        None => diags.push(Diagnostic::new(
                            Code::NoModule,
                            span,
                            format!("cannot import name '{name}' from '{target}' ({})", ctx.scopes[base].path),
                        ).with_help(format!("`{target}` defines no function, class or variable `{name}` at module level"))),
                    }
                }
            }
            _ => {}
        }
        ctx.imports.insert(span.start, plan);
    }
}

impl FnBuilder<'_> {
    /// `import ...` or `from ... import ...`: runs the modules not run yet, then copies the
    /// imported variables.
    pub(super) fn import_stmt(&mut self, span: Span) {
        let Some(plan) = self.ctx.imports.get(&span.start).cloned() else { return };
        if let Some(name) = plan.missing {
            self.raise_module_not_found(&name, span);
            return;
        }
        for m in plan.run {
            self.run_module(m, span);
        }
        for (to, from) in plan.copies {
            let v = self.emit(InstKind::LoadGlobal(from), span);
            self.emit_void(InstKind::StoreGlobal(to, v), span);
        }
    }

    /// Runs module `m`'s body unless it has started already.
    pub(super) fn run_module(&mut self, m: usize, span: Span) {
        let (Some(flag), body) = (self.ctx.scopes[m].loaded, self.ctx.scopes[m].body) else { return };
        let loaded = self.emit(InstKind::LoadGlobal(flag), span);
        let (run, join) = (self.new_block(), self.new_block());
        self.terminate(Terminator::Branch(loaded, join, run), span);
        self.switch_to(run);
        let yes = self.emit(InstKind::Const(Const::Bool(true)), span);
        self.emit_void(InstKind::StoreGlobal(flag, yes), span);
        self.emit(InstKind::Call(body, Vec::new()), span);
        self.terminate(Terminator::Jump(join), span);
        self.switch_to(join);
    }

    /// At the start of the main module: no other module has run yet.
    pub(super) fn clear_loaded_flags(&mut self, span: Span) {
        let flags: Vec<GlobalId> = self.ctx.scopes.iter().filter_map(|s| s.loaded).collect();
        for flag in flags {
            let no = self.emit(InstKind::Const(Const::Bool(false)), span);
            self.emit_void(InstKind::StoreGlobal(flag, no), span);
        }
    }

    /// The module `e` names, unless a local shadows the name it starts with.
    pub(super) fn module_named(&self, e: &ast::Expr) -> Option<usize> {
        let mut root = e;
        while let ast::Expr::Attribute(a) = root {
            root = &a.value;
        }
        let shadowed = root.as_name_expr().is_some_and(|n| self.locals.contains_key(n.id.as_str()));
        (!shadowed).then(|| self.ctx.module_of(e)).flatten()
    }

    /// `m.attr` as a value (not called).
    pub(super) fn module_attr(&mut self, m: usize, attr: &str, span: Span) -> Value {
        let module = self.ctx.scopes[m].name.clone();
        match self.ctx.member(m, attr) {
            Some(Member::Global(g)) => self.emit(InstKind::LoadGlobal(g), span),
            None if attr == "__name__" => self.emit(InstKind::Const(Const::Str(module)), span),
            Some(Member::Function(..)) => self.unsupported_value(span, &format!("the function `{module}.{attr}` used as a value"), "functions as values arrive later; call it directly"),
            Some(Member::Class(_)) => self.unsupported_value(span, &format!("the class `{module}.{attr}` used as a value"), "classes as values arrive later; call it or use its attributes"),
            Some(Member::Module(_)) => self.module_value(span, &format!("{module}.{attr}")),
            None => self.no_attribute(&module, attr, span),
        }
    }

    /// `m.attr = value`.
    pub(super) fn store_module_attr(&mut self, m: usize, attr: &str, value: Value, span: Span) {
        match self.ctx.member(m, attr) {
            Some(Member::Global(g)) => self.emit_void(InstKind::StoreGlobal(g, value), span),
            _ => {
                let module = &self.ctx.scopes[m].name;
                let what = format!("assigning `{module}.{attr}`, which is not a variable of the module");
                self.unsupported(span, &what, "assign the module's variables only (give it a value at its module level)");
            }
        }
    }

    /// `m.f(...)` and `m.C(...)`.
    pub(super) fn module_call(&mut self, m: usize, attr: &str, call: &ast::ExprCall, span: Span) -> Value {
        let module = self.ctx.scopes[m].name.clone();
        match self.ctx.member(m, attr) {
            Some(Member::Function(id, params)) => self.call_bound(id, attr, &params, None, call, span),
            Some(Member::Class(c)) => self.construct(c, call, span),
            Some(Member::Global(g)) => {
                // A variable holding an instance: calling it calls its class's `__call__`.
                let obj = self.emit(InstKind::LoadGlobal(g), span);
                self.call_instance(obj, call, span)
            }
            Some(Member::Module(_)) => self.unsupported_value(span, &format!("calling the module `{module}.{attr}`"), "call a function of the module"),
            None => self.no_attribute(&module, attr, span),
        }
    }

    /// A module used as a value (`print(m)`).
    pub(super) fn module_value(&mut self, span: Span, module: &str) -> Value {
        self.unsupported_value(span, &format!("the module `{module}` used as a value"), "use the module's attributes (`m.name`) directly")
    }

    fn no_attribute(&mut self, module: &str, attr: &str, span: Span) -> Value {
        self.diags.push(Diagnostic::new(Code::BadOperation, span, format!("module '{module}' has no attribute '{attr}'")));
        self.emit(InstKind::Const(Const::None), span)
    }
}
