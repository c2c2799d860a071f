//! The `flow` stage: turns the parsed modules into flow graphs, one per function (and one per
//! module body).
//!
//! Name resolution happens here, as in CPython's compiler: a name assigned anywhere in a function
//! (and not declared `global`) is local to it; every other name is a module global, a module-level
//! function, or a builtin. Calls of module functions by name are bound here too (keywords
//! matched to parameters, defaults filled in from hidden globals), so they are direct calls;
//! calls through function values are bound by the annotator (`annotate/functions.rs`).
//!
//! A program of several modules (`modules.rs` loads them) is built as one: every module has its
//! own names ([`ModuleScope`]) and its body is a function; imports are resolved at build time
//! (`imports.rs`), so a call of `m.f` is a direct call like one of `f`.
#![forbid(unsafe_code)]

mod attrs;
mod bound;
mod class;
mod closures;
mod comprehension;
mod exceptions;
mod expr;
mod files;
mod functional;
mod generators;
mod imports;
mod modules;
mod starred;
mod stmt;
mod value_names;

use crate::diagnostic::Diagnostic;
use crate::ir::*;
use crate::source::SourceMap;
use rustpython_parser::ast;
use std::collections::{HashMap, HashSet};

/// What the builder knows about a module-level function before building any body.
#[derive(Clone)]
struct Signature {
    id: FuncId,
    params: Vec<Param>,
}

/// The names of one module, known before any body is built.
struct ModuleScope {
    /// `__main__`, or the module's dotted name: what `__name__` is in its code.
    name: String,
    /// The module's file, as the diagnostics print it.
    path: String,
    /// The function that runs the module body.
    body: FuncId,
    /// The hidden global that an import sets before running the body; `None` for the main
    /// module, which runs first.
    loaded: Option<GlobalId>,
    /// Set once the module's functions and classes are registered.
    scanned: bool,
    functions: HashMap<String, Signature>,
    classes: HashMap<String, ClassId>,
    global_ids: HashMap<String, GlobalId>,
    /// The names that `import` binds to modules.
    module_names: HashMap<String, usize>,
    /// Names bound by constructs that were already reported (an `import`, a `class`, a nested
    /// `def`, a `lambda`): their uses are not reported again.
    poisoned: HashSet<String>,
}

/// Program-wide tables shared by all function builders, and the scopes of the modules. The
/// builder works in one module at a time (`current`): `ctx.functions`, `ctx.global_ids` and the
/// other names of [`ModuleScope`] are that module's, through `Deref`.
struct ModuleCtx {
    scopes: Vec<ModuleScope>,
    current: usize,
    /// Module index by dotted name.
    module_index: HashMap<String, usize>,
    /// What each import statement runs and copies, by the statement's start offset.
    imports: HashMap<u32, imports::ImportPlan>,
    class_defs: Vec<ClassDef>,
    methods: HashMap<FuncId, class::MethodSig>,
    /// The method defined by each `def` in a class body, by the `def`'s start offset.
    method_ids: HashMap<u32, FuncId>,
    /// The module-level functions with decorators, by the `def`'s start offset: their names
    /// are globals.
    decorated: HashMap<u32, Signature>,
    /// The nested functions and lambdas built so far (`closures.rs`).
    nested: Vec<Function>,
    /// The variables nested functions capture (`Program::cells`).
    cells: Vec<String>,
    /// Function ids handed out so far; 0 is the main module's body.
    func_count: u32,
    globals: Vec<Global>,
}

impl std::ops::Deref for ModuleCtx {
    type Target = ModuleScope;
    fn deref(&self) -> &ModuleScope {
        &self.scopes[self.current]
    }
}

impl std::ops::DerefMut for ModuleCtx {
    fn deref_mut(&mut self) -> &mut ModuleScope {
        &mut self.scopes[self.current]
    }
}

impl ModuleCtx {
    /// The tables for `modules`, with an id for every module body (the main module's is
    /// [`Program::MAIN`]) and a `<loaded m>` flag for every other module.
    fn new(modules: &modules::Modules, sources: &SourceMap) -> ModuleCtx {
        let mut ctx = ModuleCtx {
            scopes: Vec::new(),
            current: 0,
            module_index: modules.index.clone(),
            imports: HashMap::new(),
            class_defs: Vec::new(),
            methods: HashMap::new(),
            method_ids: HashMap::new(),
            decorated: HashMap::new(),
            nested: Vec::new(),
            cells: Vec::new(),
            func_count: 0,
            globals: Vec::new(),
        };
        for (i, m) in modules.list.iter().enumerate() {
            let (body, loaded) = match i {
                0 => (Program::MAIN, None),
                _ => (ctx.new_func_id(), Some(ctx.new_global(&format!("<loaded {}>", m.name)))),
            };
            ctx.scopes.push(ModuleScope {
                name: m.name.clone(),
                path: sources.file(m.file).path.clone(),
                body,
                loaded,
                scanned: false,
                functions: HashMap::new(),
                classes: HashMap::new(),
                global_ids: HashMap::new(),
                module_names: HashMap::new(),
                poisoned: HashSet::new(),
            });
        }
        ctx
    }

    fn new_func_id(&mut self) -> FuncId {
        self.func_count += 1;
        FuncId(self.func_count)
    }

    fn new_global(&mut self, name: &str) -> GlobalId {
        let g = GlobalId(self.globals.len() as u32);
        self.globals.push(Global { name: name.to_string() });
        g
    }

    /// Makes the prelude module's classes and functions visible in the current module, as
    /// CPython's builtins are (its own definitions of those names come later and win).
    fn inherit_builtins(&mut self, prelude: usize) {
        let (classes, functions) = (self.scopes[prelude].classes.clone(), self.scopes[prelude].functions.clone());
        self.classes.extend(classes);
        self.functions.extend(functions);
    }

    /// The current module's global `name`, made on first use.
    fn global(&mut self, name: &str) -> GlobalId {
        if let Some(&g) = self.global_ids.get(name) {
            return g;
        }
        let g = self.new_global(name);
        self.global_ids.insert(name.to_string(), g);
        g
    }
}

/// Builds the flow graphs of the whole program: the map's first file is the main module, and
/// the modules its imports reach are added to the map.
pub fn build_program(sources: &mut SourceMap) -> Result<Program, Vec<Diagnostic>> {
    let mut modules = modules::load(sources)?;
    let mut names = value_names::ValueNames::default();
    for m in &modules.list {
        names.add(&sources.file(m.file).text);
    }
    let prelude = exceptions::add_prelude(sources, &mut modules, &names);
    bound::add_bound_methods(sources, &mut modules, &names);
    let mut ctx = ModuleCtx::new(&modules, sources);
    let mut diags = Vec::new();
    let mut scanned = Vec::new();
    // The prelude is scanned first, so its classes are `0..builtin_classes`.
    let mut builtin_classes = 0;
    for m in prelude.into_iter().chain(modules.scan_order()) {
        ctx.current = m;
        if let Some(p) = prelude.filter(|&p| p != m) {
            ctx.inherit_builtins(p);
        }
        imports::bind(&mut ctx, &modules, m, &mut diags);
        let (defs, method_bodies) = scan_module(&mut ctx, &modules.list[m].suite, &mut diags);
        ctx.scopes[m].scanned = true;
        if Some(m) == prelude {
            builtin_classes = ctx.class_defs.len() as u32;
        }
        scanned.push((m, defs, method_bodies));
    }

    let mut functions = Vec::new();
    for (m, defs, method_bodies) in scanned {
        ctx.current = m;
        let span = sources.file(modules.list[m].file).span();
        let body = ctx.scopes[m].body;
        let mut main = stmt::FnBuilder::new(&mut ctx, body, "<module>", span, Vec::new(), true);
        if m == 0 {
            main.clear_loaded_flags(span);
            // The prelude's body (its functions' defaults) runs before the program.
            if let Some(p) = prelude {
                main.run_module(p, span);
            }
        }
        functions.push(main.build(&modules.list[m].suite, &mut diags));
        for def in &defs {
            let sig = ctx.decorated.get(&Span::from(def.range).start).or_else(|| ctx.functions.get(def.name.as_str()));
            let Some(sig) = sig else { continue };
            let (id, params) = (sig.id, sig.params.clone());
            // A builtin as a value is named as the builtin (`__builtin_len` is `len`).
            let name = def.name.as_str();
            let name = name.strip_prefix(exceptions::builtin_value("").as_str()).filter(|_| Some(m) == prelude).unwrap_or(name);
            let f = stmt::FnBuilder::new(&mut ctx, id, name, def.range.into(), params, false).build(&def.body, &mut diags);
            functions.push(f);
        }
        for body in method_bodies {
            let Some(sig) = ctx.methods.get(&body.id).cloned() else { continue };
            let mut b = stmt::FnBuilder::new(&mut ctx, body.id, body.def.name.as_str(), body.def.range.into(), sig.params, false);
            b.func.qualname = format!("{}.{}", b.ctx.class_defs[body.class.index()].name, body.def.name);
            b.class = Some(body.class);
            b.has_self = body.has_self;
            b.cls = body.cls;
            functions.push(b.build(&body.def.body, &mut diags));
        }
    }
    functions.append(&mut ctx.nested);
    functions.sort_by_key(|f| f.id);
    if diags.is_empty() {
        let exceptions = prelude.and_then(|p| ctx.scopes[p].exceptions(builtin_classes));
        let program = Program { functions, classes: ctx.class_defs, globals: ctx.globals, cells: ctx.cells, exceptions };
        #[cfg(debug_assertions)]
        if let Err(e) = crate::verify::verify(&program) {
            panic!("internal error: the flow builder produced an invalid graph: {e}");
        }
        Ok(program)
    } else {
        diags.sort_by_key(|d| d.span.start);
        // A class method's body is built once per class that has it: report its errors once.
        diags.dedup();
        Err(diags)
    }
}

/// Registers one module's names: module-level `def`s are functions, classes get their ids and
/// methods, names assigned at module level (or declared `global` in its functions) are globals.
/// Returns the function and method bodies to build.
fn scan_module<'s>(ctx: &mut ModuleCtx, suite: &'s [ast::Stmt], diags: &mut Vec<Diagnostic>) -> (Vec<&'s ast::StmtFunctionDef>, Vec<class::MethodBody<'s>>) {
    let mut defs = Vec::new();
    let mut assigned = Vec::new();
    stmt::assigned_names(suite, &mut assigned);
    for stmt in suite {
        if let ast::Stmt::FunctionDef(def) = stmt {
            defs.push(def);
        }
    }
    for def in &defs {
        let name = def.name.as_str();
        if ctx.functions.contains_key(name) || assigned.iter().any(|n| n == name) {
            diags.push(Diagnostic::unsupported(
                def.range.into(),
                &format!("rebinding the function name `{name}`"),
                "give each function its own name and do not assign to it",
            ));
            continue;
        }
        let id = ctx.new_func_id();
        let params = signature(ctx, &def.args, name, false);
        // A decorated function's name is a variable: it holds what the decorators return.
        if def.decorator_list.is_empty() {
            ctx.functions.insert(name.to_string(), Signature { id, params });
        } else {
            ctx.global(name);
            ctx.decorated.insert(Span::from(def.range).start, Signature { id, params });
        }
    }
    let method_bodies = class::scan(ctx, suite, diags);
    for name in &assigned {
        if ctx.classes.contains_key(name) {
            diags.push(Diagnostic::unsupported(Span::default(), &format!("assigning to the class name `{name}`"), "give the variable another name"));
        }
        ctx.global(name);
    }
    // Names declared `global` inside functions are module globals too.
    for def in &defs {
        let mut declared = HashSet::new();
        stmt::global_decls(&def.body, &mut declared);
        let mut names: Vec<_> = declared.into_iter().collect();
        names.sort();
        for name in names {
            ctx.global(&name);
        }
    }
    (defs, method_bodies)
}

/// The parameters of a `def` or `lambda`, with a hidden global per default: the default's
/// storage for a module-level function, its type for one that keeps its defaults in its closure.
/// `qualname` names the defaults' globals (`f.<default x>`, `Class.method.<default x>`). A nested
/// function or lambda that captures variables (`closure`) takes its function object as its first
/// parameter (`ParamKind::Closure`).
fn signature(ctx: &mut ModuleCtx, args: &ast::Arguments, qualname: &str, closure: bool) -> Vec<Param> {
    let mut params = Vec::new();
    if closure {
        params.push(Param { name: "$closure".into(), local: Local(0), default: None, kind: ParamKind::Closure });
    }
    let mut add = |ctx: &mut ModuleCtx, name: &str, has_default: bool, kind: ParamKind| {
        let default = has_default.then(|| ctx.global(&format!("{qualname}.<default {name}>")));
        let local = Local(params.len() as u32);
        params.push(Param { name: name.to_string(), local, default, kind });
    };
    for a in args.posonlyargs.iter().chain(&args.args) {
        add(ctx, a.def.arg.as_str(), a.default.is_some(), ParamKind::Plain);
    }
    if let Some(a) = &args.vararg {
        add(ctx, a.arg.as_str(), false, ParamKind::VarArgs);
    }
    for a in &args.kwonlyargs {
        add(ctx, a.def.arg.as_str(), a.default.is_some(), ParamKind::KeywordOnly);
    }
    if let Some(a) = &args.kwarg {
        add(ctx, a.arg.as_str(), false, ParamKind::VarKeywords);
    }
    params
}

use crate::source::Span;
