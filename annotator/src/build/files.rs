//! `open(path, mode)` with a binary mode written as a str literal (`"rb"`, `"wb"`, `"ab"`, or
//! `"wb" if first else "ab"`) is a call of the prelude's `__open_binary`, whose file objects read and write `bytes`. The mode
//! decides the file object's class, and so the type of what it reads, so it is read when the
//! program is built; a mode computed at run time opens a text file (and a binary one is the
//! prelude's `ValueError`).
#![forbid(unsafe_code)]

use super::stmt::FnBuilder;
use rustpython_parser::ast;

impl<'a> FnBuilder<'a> {
    /// `c` calling `__open_binary` instead, when it calls the prelude's `open` (not a function of
    /// the program's own) with a literal binary mode.
    pub(super) fn binary_open(&self, c: &ast::ExprCall) -> Option<ast::ExprCall> {
        let ast::Expr::Name(n) = &*c.func else { return None };
        let prelude = self.ctx.scopes.iter().find(|s| s.name == "builtins")?;
        let is_prelude_open = |name: &str| self.ctx.functions.get(name).map(|s| s.id) == prelude.functions.get(name).map(|s| s.id);
        if n.id.as_str() != "open" || !is_prelude_open("open") {
            return None;
        }
        let mode = c.args.get(1).or_else(|| c.keywords.iter().find(|k| k.arg.as_deref() == Some("mode")).map(|k| &k.value))?;
        if binary_mode(mode) != Some(true) {
            return None;
        }
        let mut c = c.clone();
        c.func = Box::new(ast::Expr::Name(ast::ExprName { id: "__open_binary".into(), ..n.clone() }));
        Some(c)
    }
}

/// Whether a mode written as literals (a str, or a conditional expression choosing between
/// such modes) is binary; `None` when it is computed, or binary on one branch only.
fn binary_mode(e: &ast::Expr) -> Option<bool> {
    match e {
        ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(m), .. }) => Some(m.contains('b')),
        ast::Expr::IfExp(x) => {
            let (a, b) = (binary_mode(&x.body)?, binary_mode(&x.orelse)?);
            (a == b).then_some(a)
        }
        _ => None,
    }
}
