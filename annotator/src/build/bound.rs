//! Bound methods as values: `m = obj.method`, `callbacks.append(self.on_event)`,
//! `getattr(obj, "method")`.
//!
//! CPython makes a bound method object when an instance's method is read without calling it.
//! Here each method whose name the program reads as an attribute value gets a hidden method,
//! [`bound_name`], written in Python and added to its class before the scan:
//!
//! ```python
//! def <bound m>(self):
//!     def m(*args, **kwargs):
//!         return self.m(*args, **kwargs)
//!     return m
//! ```
//!
//! Reading `obj.m` calls it (as reading a property calls its getter) and gets an ordinary
//! closure: it is stored, passed and called like any function value, the call binds its
//! arguments to the method's own parameters (with the method's `TypeError`s), and it resolves
//! `m` on the instance's class, as the bound method CPython made would have. A static method's
//! hidden method returns the function itself (`C.s`).
//!
//! Which names the program reads as values is judged from its tokens (`.m` not followed by `(`,
//! or `"m"` for `getattr`, `build/value_names.rs`): a false positive costs a hidden method that
//! is never called.
#![forbid(unsafe_code)]

use super::modules::{self, Modules};
use super::value_names::ValueNames;
use crate::ir::bound_name;
use crate::source::SourceMap;
use rustpython_parser::ast;

/// The path of the source file that holds the hidden methods. Its frames are not shown in
/// tracebacks (a path in `<...>`), as CPython's bound methods have none.
const PATH: &str = "<bound methods>";

/// How a method is read as a value.
enum Kind {
    /// An instance method: a closure that calls it on the instance.
    Instance,
    /// A `@staticmethod`: the function, read through its class.
    Static,
}

fn kind(def: &ast::StmtFunctionDef) -> Option<Kind> {
    match &def.decorator_list[..] {
        [] => Some(Kind::Instance),
        [ast::Expr::Name(n)] if n.id.as_str() == "staticmethod" => Some(Kind::Static),
        _ => None,
    }
}

/// The Python text of the hidden method of `method` of class `class`.
fn source(class: &str, method: &str, kind: &Kind) -> String {
    match kind {
        Kind::Instance => format!("def _(self):\n    def {method}(*args, **kwargs):\n        return self.{method}(*args, **kwargs)\n    return {method}\n"),
        Kind::Static => format!("def _(self):\n    return {class}.{method}\n"),
    }
}

/// Adds the hidden methods to the classes of every module (the program's, the prelude's and
/// the shims'), for the method names the program's own modules read as values (`names`).
pub(super) fn add_bound_methods(sources: &mut SourceMap, modules: &mut Modules, names: &ValueNames) {
    // (module, index of the class statement, method name), and the text of each hidden method.
    let mut wanted = Vec::new();
    let mut text = String::new();
    for (mi, m) in modules.list.iter().enumerate() {
        for (si, stmt) in m.suite.iter().enumerate() {
            let ast::Stmt::ClassDef(c) = stmt else { continue };
            for item in &c.body {
                let ast::Stmt::FunctionDef(f) = item else { continue };
                let Some(k) = kind(f) else { continue };
                if f.name.starts_with("__") || !names.attribute(f.name.as_str()) {
                    continue;
                }
                text.push_str(&source(c.name.as_str(), f.name.as_str(), &k));
                wanted.push((mi, si, f.name.to_string()));
            }
        }
    }
    if wanted.is_empty() {
        return;
    }
    let file = sources.add(PATH, text);
    // The text is ours, made of identifiers the program's own parse accepted.
    let suite = modules::parse(sources, file).expect("the hidden bound-method methods parse");
    for ((mi, si, method), stmt) in wanted.into_iter().zip(suite) {
        let ast::Stmt::FunctionDef(mut def) = stmt else { continue };
        def.name = ast::Identifier::new(bound_name(&method));
        if let ast::Stmt::ClassDef(c) = &mut modules.list[mi].suite[si] {
            c.body.push(ast::Stmt::FunctionDef(def));
        }
    }
}

/// The qualified name of the closure a hidden method returns, given the hidden method's own
/// (`C.<bound m>`): the method's (`C.m`), as CPython's bound method reports it.
pub(super) fn closure_qualname(hidden: &str) -> Option<String> {
    let (class, rest) = hidden.rsplit_once(".<bound ")?;
    Some(format!("{class}.{}", rest.strip_suffix('>')?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closure_is_named_as_the_method() {
        assert_eq!(closure_qualname("Shape.<bound area>").as_deref(), Some("Shape.area"));
        assert_eq!(closure_qualname("Shape.area"), None);
    }
}
