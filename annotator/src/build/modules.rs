//! Finding a program's modules: every `import` at module level names modules, which are looked up
//! from the main file's folder (CPython's `sys.path[0]`) as `name.py` or `name/__init__.py` (a
//! package first, as CPython's path finder does), read into the [`SourceMap`] and parsed once.
//! What the imports bind and run is decided later (`imports.rs`); this only loads files.
#![forbid(unsafe_code)]

use crate::diagnostic::{Code, Diagnostic};
use crate::source::{FileId, SourceMap, Span};
use rustpython_parser::ast::{self, Ranged};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The main module's name; every other module is named by its dotted path (`pkg.sub`).
pub(super) const MAIN: &str = "__main__";

/// One module of the program: a parsed file.
pub(super) struct Module {
    /// `__main__`, or the dotted name the module is imported by.
    pub(super) name: String,
    pub(super) file: FileId,
    pub(super) suite: ast::Suite,
    /// True for a package's `__init__.py`.
    pub(super) is_package: bool,
    /// The modules this one's imports name, in source order (for the order of the scan).
    pub(super) deps: Vec<usize>,
}

impl Module {
    /// The package a relative import of `level` dots starts from, as CPython computes it from
    /// `__package__`: the module itself for a package, else its parent; one level up per extra dot.
    pub(super) fn relative_base(&self, level: usize) -> Result<String, &'static str> {
        if self.name == MAIN {
            return Err("attempted relative import with no known parent package");
        }
        let mut parts: Vec<&str> = self.name.split('.').collect();
        if !self.is_package {
            parts.pop();
        }
        if parts.is_empty() || level - 1 >= parts.len() {
            return Err("attempted relative import beyond top-level package");
        }
        parts.truncate(parts.len() - (level - 1));
        Ok(parts.join("."))
    }

    /// The absolute name of the module a `from` statement imports from.
    pub(super) fn from_target(&self, from: &ast::StmtImportFrom) -> Result<String, &'static str> {
        let level = from.level.as_ref().map_or(0, |l| l.to_u32() as usize);
        let module = from.module.as_ref().map(|m| m.as_str());
        if level == 0 {
            return Ok(module.unwrap_or_default().to_string());
        }
        let base = self.relative_base(level)?;
        Ok(match module {
            Some(m) => format!("{base}.{m}"),
            None => base,
        })
    }
}

/// The standard-library modules compiled from Python shims (`stdlib-shims/python/`), found
/// before the program's own files, as CPython's built-in modules are.
const SHIMS: &[(&str, &str)] = &[
    ("sys", include_str!("../../../stdlib-shims/python/sys.py")),
    ("math", include_str!("../../../stdlib-shims/python/math.py")),
];

/// The program's modules, the main module first.
pub(super) struct Modules {
    pub(super) list: Vec<Module>,
    pub(super) index: HashMap<String, usize>,
    /// Import statements inside a `try` that handles `ImportError` whose module does not exist,
    /// by the statement's start offset: they raise CPython's `ModuleNotFoundError` when they run.
    pub(super) missing: HashMap<u32, String>,
}

impl Modules {
    /// The order to scan modules in: the modules each one imports before it (post-order from
    /// the main module), so that `from m import f` finds `m`'s functions and classes. A module
    /// met again while its own imports are being followed (a cycle) comes after them.
    pub(super) fn scan_order(&self) -> Vec<usize> {
        fn visit(ms: &Modules, m: usize, seen: &mut Vec<bool>, out: &mut Vec<usize>) {
            if std::mem::replace(&mut seen[m], true) {
                return;
            }
            for &d in &ms.list[m].deps {
                visit(ms, d, seen, out);
            }
            out.push(m);
        }
        let mut seen = vec![false; self.list.len()];
        let mut out = Vec::with_capacity(self.list.len());
        visit(self, 0, &mut seen, &mut out);
        out
    }
}

/// The import statements of a module, wherever they are: at module level, in compound
/// statements and in functions and methods. A name an import in a function binds is bound for the
/// whole module (CPython binds it in the function only; a program that reads it elsewhere fails
/// there).
pub(super) fn import_stmts(suite: &[ast::Stmt]) -> Vec<(&ast::Stmt, bool)> {
    let mut out = Vec::new();
    collect_imports(suite, false, &mut out);
    out
}

/// The import statements of `suite` (see [`import_stmts`]); `guarded` when `suite` is the body
/// of a `try` that handles `ImportError` (or an exception class above it).
fn collect_imports<'s>(suite: &'s [ast::Stmt], guarded: bool, out: &mut Vec<(&'s ast::Stmt, bool)>) {
    for stmt in suite {
        match stmt {
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => out.push((stmt, guarded)),
            ast::Stmt::FunctionDef(s) => collect_imports(&s.body, false, out),
            ast::Stmt::ClassDef(s) => collect_imports(&s.body, false, out),
            ast::Stmt::Try(t) => {
                collect_imports(&t.body, guarded || handles_import_error(&t.handlers), out);
                for b in super::stmt::nested_bodies(stmt).into_iter().skip(1) {
                    collect_imports(b, guarded, out);
                }
            }
            s => super::stmt::nested_bodies(s).into_iter().for_each(|b| collect_imports(b, guarded, out)),
        }
    }
}

/// Whether one of `handlers` catches an `ImportError`: bare, or naming it, `ModuleNotFoundError`
/// or a class above it (alone or in a tuple).
fn handles_import_error(handlers: &[ast::ExceptHandler]) -> bool {
    let catches = |e: &ast::Expr| matches!(e, ast::Expr::Name(n) if ["ImportError", "ModuleNotFoundError", "Exception", "BaseException"].contains(&n.id.as_str()));
    handlers.iter().any(|h| {
        let ast::ExceptHandler::ExceptHandler(h) = h;
        match h.type_.as_deref() {
            None => true,
            Some(ast::Expr::Tuple(t)) => t.elts.iter().any(catches),
            Some(e) => catches(e),
        }
    })
}

/// The prefixes of a dotted name, each a module that importing it runs: `a`, `a.b`, `a.b.c`.
pub(super) fn prefixes(name: &str) -> impl Iterator<Item = &str> {
    name.match_indices('.').map(|(i, _)| &name[..i]).chain(std::iter::once(name))
}

/// Parses one file of the program, at its offsets in the map.
pub(super) fn parse(sources: &SourceMap, file: FileId) -> Result<ast::Suite, Diagnostic> {
    use rustpython_parser::Parse;
    let f = sources.file(file);
    ast::Suite::parse_starts_at(&f.text, &f.path, f.base.into()).map_err(|e| {
        let at: u32 = e.offset.into();
        Diagnostic::new(Code::Syntax, Span::new(at, at), format!("invalid syntax: {}", e.error)).with_help("the file must be valid Python 3.11")
    })
}

/// Loads the main module (the map's first file) and every module its imports reach.
pub(super) fn load(sources: &mut SourceMap) -> Result<Modules, Vec<Diagnostic>> {
    let main = parse(sources, FileId(0)).map_err(|d| vec![d])?;
    let root = Path::new(&sources.main().path).parent().map(Path::to_path_buf).unwrap_or_default();
    let mut loader = Loader { sources, root, modules: Modules { list: Vec::new(), index: HashMap::new(), missing: HashMap::new() }, diags: Vec::new() };
    loader.modules.index.insert(MAIN.to_string(), 0);
    loader.modules.list.push(Module { name: MAIN.to_string(), file: FileId(0), suite: main, is_package: false, deps: Vec::new() });
    let mut next = 0;
    while next < loader.modules.list.len() {
        loader.follow_imports(next);
        next += 1;
    }
    if loader.diags.is_empty() {
        Ok(loader.modules)
    } else {
        Err(loader.diags)
    }
}

struct Loader<'m> {
    sources: &'m mut SourceMap,
    /// The main file's folder, where top-level modules are looked for.
    root: PathBuf,
    modules: Modules,
    diags: Vec<Diagnostic>,
}

impl Loader<'_> {
    /// Loads the modules that module `m`'s imports name.
    fn follow_imports(&mut self, m: usize) {
        let mut deps = Vec::new();
        // The statements are cloned out of the module list, which loading grows.
        let stmts: Vec<(ast::Stmt, bool)> = import_stmts(&self.modules.list[m].suite).into_iter().map(|(s, g)| (s.clone(), g)).collect();
        for (stmt, guarded) in &stmts {
            let span: Span = stmt.range().into();
            // An import that a handler expects to fail raises when it runs, once its module is
            // known to be missing.
            let missing = match stmt {
                _ if !guarded => None,
                ast::Stmt::Import(i) => i.names.iter().find_map(|a| self.first_missing(a.name.as_str())),
                ast::Stmt::ImportFrom(f) => self.modules.list[m].from_target(f).ok().and_then(|t| self.first_missing(&t)),
                _ => None,
            };
            if let Some(name) = missing {
                self.modules.missing.insert(span.start, name);
                continue;
            }
            match stmt {
                ast::Stmt::Import(i) => {
                    for alias in &i.names {
                        deps.extend(self.load_chain(alias.name.as_str(), alias.range.into()));
                    }
                }
                ast::Stmt::ImportFrom(f) => {
                    let target = match self.modules.list[m].from_target(f) {
                        Ok(t) => t,
                        Err(why) => {
                            self.diags.push(Diagnostic::unsupported(span, &format!("this relative import ({why})"), "CPython raises ImportError here; import the module by its absolute name"));
                            continue;
                        }
                    };
                    let chain = self.load_chain(&target, span);
                    let Some(&base) = chain.last() else { continue };
                    deps.extend(chain);
                    // `from pkg import sub` loads the submodule `sub` when there is one.
                    if self.modules.list[base].is_package {
                        for alias in &f.names {
                            let sub = format!("{target}.{}", alias.name);
                            if let Some(found) = self.find(&sub) {
                                deps.extend(self.load(&sub, found, span));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        self.modules.list[m].deps = deps;
    }

    /// The first of `a`, `a.b`, `a.b.c` (for `a.b.c`) that is neither loaded, nor a shim, nor
    /// a file of the program.
    fn first_missing(&self, name: &str) -> Option<String> {
        prefixes(name).find(|p| !self.modules.index.contains_key(*p) && !SHIMS.iter().any(|(n, _)| n == p) && self.find(p).is_none()).map(str::to_string)
    }

    /// Loads `a`, `a.b` and `a.b.c` for `import a.b.c`; returns the ones found, in order.
    fn load_chain(&mut self, name: &str, span: Span) -> Vec<usize> {
        let mut loaded = Vec::new();
        for prefix in prefixes(name) {
            if let Some(&i) = self.modules.index.get(prefix) {
                loaded.push(i);
                continue;
            }
            if let Some(&parent) = loaded.last() {
                if !self.modules.list[parent].is_package {
                    let parent = &self.modules.list[parent].name;
                    self.diags.push(Diagnostic::new(Code::NoModule, span, format!("no module named '{prefix}'; '{parent}' is not a package")).with_help("import a package's modules, or the module itself"));
                    break;
                }
            }
            if let Some(&(_, text)) = SHIMS.iter().find(|(n, _)| *n == prefix) {
                match self.register(prefix, format!("<{prefix}>"), text.to_string(), false) {
                    Some(i) => loaded.push(i),
                    None => break,
                }
                continue;
            }
            match self.find(prefix) {
                Some(found) => match self.load(prefix, found, span) {
                    Some(i) => loaded.push(i),
                    None => break,
                },
                None => {
                    let folder = self.folder(prefix);
                    let last = prefix.rsplit('.').next().unwrap_or(prefix);
                    let shown = if folder.as_os_str().is_empty() { ".".to_string() } else { folder.display().to_string() };
                    let mut help = format!("looked for `{last}.py` and `{last}/__init__.py` in the folder `{shown}` (imports are resolved from the main file's folder)");
                    if !prefix.contains('.') {
                        help.push_str("; of the standard library only `sys` and `math` are provided");
                    }
                    self.diags.push(Diagnostic::new(Code::NoModule, span, format!("no module named '{prefix}'")).with_help(help));
                    break;
                }
            }
        }
        loaded
    }

    /// The folder a module's file is looked for in: the main file's folder, and the package
    /// folders of its dotted name.
    fn folder(&self, name: &str) -> PathBuf {
        let mut dir = self.root.clone();
        let parts: Vec<&str> = name.split('.').collect();
        for p in &parts[..parts.len() - 1] {
            dir.push(p);
        }
        dir
    }

    /// The file of a module and whether it is a package, when it exists.
    fn find(&self, name: &str) -> Option<(PathBuf, bool)> {
        let dir = self.folder(name);
        let last = name.rsplit('.').next().unwrap_or(name);
        let package = dir.join(last).join("__init__.py");
        if package.is_file() {
            return Some((package, true));
        }
        let module = dir.join(format!("{last}.py"));
        module.is_file().then_some((module, false))
    }

    /// Reads and parses a module's file and registers it (once) under `name`.
    fn load(&mut self, name: &str, (path, is_package): (PathBuf, bool), span: Span) -> Option<usize> {
        if let Some(&i) = self.modules.index.get(name) {
            return Some(i);
        }
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                self.diags.push(Diagnostic::new(Code::NoModule, span, format!("cannot read module '{name}' from {}: {e}", path.display())).with_help("a module must be a readable UTF-8 file"));
                return None;
            }
        };
        self.register(name, path.display().to_string(), text, is_package)
    }

    /// Parses a module's text and registers it under `name`.
    fn register(&mut self, name: &str, path: String, text: String, is_package: bool) -> Option<usize> {
        if let Some(&i) = self.modules.index.get(name) {
            return Some(i);
        }
        let file = self.sources.add(path, text);
        let suite = match parse(self.sources, file) {
            Ok(s) => s,
            Err(d) => {
                self.diags.push(d);
                return None;
            }
        };
        let i = self.modules.list.len();
        self.modules.index.insert(name.to_string(), i);
        self.modules.list.push(Module { name: name.to_string(), file, suite, is_package, deps: Vec::new() });
        Some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(name: &str, is_package: bool) -> Module {
        Module { name: name.into(), file: FileId(0), suite: Vec::new(), is_package, deps: Vec::new() }
    }

    #[test]
    fn relative_imports_start_from_the_package() {
        assert_eq!(module("pkg.m", false).relative_base(1), Ok("pkg".into()));
        assert_eq!(module("pkg", true).relative_base(1), Ok("pkg".into()));
        assert_eq!(module("pkg.sub.m", false).relative_base(2), Ok("pkg".into()));
        assert!(module("pkg.m", false).relative_base(2).is_err());
        assert!(module(MAIN, false).relative_base(1).is_err());
        assert_eq!(prefixes("a.b.c").collect::<Vec<_>>(), ["a", "a.b", "a.b.c"]);
    }
}
