//! The `flow` stage: turns the parsed module into flow graphs, one per function.
//!
//! Name resolution happens here, as in CPython's compiler: a name assigned anywhere in a function
//! (and not declared `global`) is local to it; every other name is a module global, a module-level
//! function, or a builtin. Calls of module functions are bound here too (keywords matched to
//! parameters, defaults filled in from hidden globals), so later stages only see direct calls.
#![forbid(unsafe_code)]

mod attrs;
mod class;
mod comprehension;
mod exceptions;
mod expr;
mod functional;
mod stmt;

use crate::diagnostic::{Code, Diagnostic};
use crate::ir::*;
use crate::source::{SourceFile, Span};
use rustpython_parser::ast;
use std::collections::{HashMap, HashSet};

/// What the builder knows about a module-level function before building any body.
struct Signature {
    id: FuncId,
    params: Vec<Param>,
}

/// Module-wide tables shared by all function builders.
struct ModuleCtx {
    functions: HashMap<String, Signature>,
    classes: HashMap<String, ClassId>,
    class_defs: Vec<ClassDef>,
    methods: HashMap<FuncId, class::MethodSig>,
    /// The method defined by each `def` in a class body, by the `def`'s start offset.
    method_ids: HashMap<u32, FuncId>,
    /// Function ids handed out so far; 0 is the module body.
    func_count: u32,
    globals: Vec<Global>,
    global_ids: HashMap<String, GlobalId>,
    /// Names bound by constructs that were already reported (an `import`, a `class`, a nested
    /// `def`, a `lambda`): their uses are not reported again.
    poisoned: HashSet<String>,
}

impl ModuleCtx {
    fn new_func_id(&mut self) -> FuncId {
        self.func_count += 1;
        FuncId(self.func_count)
    }

    fn global(&mut self, name: &str) -> GlobalId {
        if let Some(&g) = self.global_ids.get(name) {
            return g;
        }
        let g = GlobalId(self.globals.len() as u32);
        self.globals.push(Global { name: name.to_string() });
        self.global_ids.insert(name.to_string(), g);
        g
    }
}

/// Parses `file` and builds the flow graphs of the whole program.
pub fn build_program(file: &SourceFile) -> Result<Program, Vec<Diagnostic>> {
    use rustpython_parser::Parse;
    let mut suite = ast::Suite::parse(&file.text, &file.path).map_err(|e| {
        let at: u32 = e.offset.into();
        vec![Diagnostic::new(Code::Syntax, Span::new(at, at), format!("invalid syntax: {}", e.error))
            .with_help("the file must be valid Python 3.11")]
    })?;
    // The exception classes come first, as if the program began with their definitions.
    let mut prelude_classes = 0;
    if exceptions::uses_exceptions(&file.text) {
        // The prelude is ours and valid: a parse error in it is a bug caught by every test.
        let prelude = ast::Suite::parse(exceptions::PRELUDE, "<prelude>").expect("the exception prelude parses");
        prelude_classes = prelude.iter().filter(|s| s.is_class_def_stmt()).count() as u32;
        suite.splice(0..0, prelude);
    }
    let mut ctx = ModuleCtx {
        functions: HashMap::new(),
        classes: HashMap::new(),
        class_defs: Vec::new(),
        methods: HashMap::new(),
        method_ids: HashMap::new(),
        func_count: 0,
        globals: Vec::new(),
        global_ids: HashMap::new(),
        poisoned: HashSet::new(),
    };
    let mut diags = Vec::new();

    // Module-level names are globals; module-level `def`s are functions.
    let mut defs = Vec::new();
    let mut assigned = Vec::new();
    stmt::assigned_names(&suite, &mut assigned);
    for stmt in &suite {
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
        if let Some(d) = def.decorator_list.first() {
            diags.push(Diagnostic::unsupported(d.range().into(), "decorators on a module-level function", "call the function directly for now"));
        }
        let id = ctx.new_func_id();
        let params = signature(&mut ctx, def, name, &mut diags);
        ctx.functions.insert(name.to_string(), Signature { id, params });
    }
    let method_bodies = class::scan(&mut ctx, &suite, &mut diags);
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

    let main = stmt::FnBuilder::new(&mut ctx, Program::MAIN, "<module>", Span::new(0, file.text.len() as u32), Vec::new(), true)
        .build(&suite, &mut diags);
    let mut functions = vec![main];
    for def in &defs {
        let Some(sig) = ctx.functions.get(def.name.as_str()) else { continue };
        let (id, params) = (sig.id, sig.params.clone());
        let f = stmt::FnBuilder::new(&mut ctx, id, def.name.as_str(), def.range.into(), params, false)
            .build(&def.body, &mut diags);
        functions.push(f);
    }
    for body in method_bodies {
        let Some(sig) = ctx.methods.get(&body.id).cloned() else { continue };
        let mut b = stmt::FnBuilder::new(&mut ctx, body.id, body.def.name.as_str(), body.def.range.into(), sig.params, false);
        b.class = Some(body.class);
        b.has_self = body.has_self;
        b.cls = body.cls;
        functions.push(b.build(&body.def.body, &mut diags));
    }
    functions.sort_by_key(|f| f.id);
    if diags.is_empty() {
        let exceptions = match (ctx.classes.get("BaseException"), ctx.functions.get("__exc_new"), ctx.functions.get("__exit_status")) {
            (Some(&base), Some(f), Some(x)) if prelude_classes > 0 => {
                Some(Exceptions { base, factory: f.id, exit_status: x.id, builtin_classes: prelude_classes })
            }
            _ => None,
        };
        let program = Program { functions, classes: ctx.class_defs, globals: ctx.globals, exceptions };
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

/// Checks that the parameter list is one we compile, and makes a hidden global per default.
/// `qualname` names the defaults' globals (`f.<default x>`, `Class.method.<default x>`).
fn signature(ctx: &mut ModuleCtx, def: &ast::StmtFunctionDef, qualname: &str, diags: &mut Vec<Diagnostic>) -> Vec<Param> {
    let args = &def.args;
    let unsupported = |what: &str| {
        Diagnostic::unsupported(def.range.into(), what, "use plain positional parameters with optional defaults for now")
    };
    if args.vararg.is_some() || args.kwarg.is_some() {
        diags.push(unsupported("`*args` or `**kwargs` parameters"));
    }
    if !args.kwonlyargs.is_empty() {
        diags.push(unsupported("keyword-only parameters"));
    }
    args.posonlyargs
        .iter()
        .chain(&args.args)
        .enumerate()
        .map(|(i, a)| {
            let name = a.def.arg.to_string();
            let default = a.default.as_ref().map(|_| ctx.global(&format!("{qualname}.<default {name}>")));
            Param { name, local: Local(i as u32), default }
        })
        .collect()
}

use rustpython_parser::ast::Ranged;
