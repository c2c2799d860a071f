//! The attribute builtins with a literal name: `getattr(o, "x")` is `o.x`, `setattr(o, "x", v)`
//! is `o.x = v`, `hasattr(o, "x")` asks whether `o.x` would succeed, and `getattr(o, "x", d)`
//! is `o.x` when it would, else `d`. A name computed at run time, `delattr`, `vars()` and
//! `__dict__` need a per-instance dictionary, which instances do not have yet: those are
//! diagnostics.
#![forbid(unsafe_code)]

use super::stmt::FnBuilder;
use crate::ir::*;
use crate::source::Span;
use rustpython_parser::ast;

/// The attribute builtins this module compiles.
pub(super) const BUILTINS: [&str; 5] = ["getattr", "setattr", "hasattr", "delattr", "vars"];

impl<'a> FnBuilder<'a> {
    /// A call of one of [`BUILTINS`] (not shadowed).
    pub(super) fn attr_builtin(&mut self, name: &str, c: &ast::ExprCall, span: Span) -> Value {
        let literal = |e: Option<&ast::Expr>| match e {
            Some(ast::Expr::Constant(k)) => k.value.as_str().cloned(),
            _ => None,
        };
        if !c.keywords.is_empty() {
            return self.unsupported_value(span, &format!("keyword arguments to `{name}`"), "pass the arguments by position");
        }
        let attr = literal(c.args.get(1));
        match (name, c.args.len(), attr) {
            ("getattr", 2, Some(attr)) => {
                let obj = self.expr(&c.args[0]);
                self.emit(InstKind::GetAttr(obj, attr), span)
            }
            ("getattr", 3, Some(attr)) => {
                let obj = self.expr(&c.args[0]);
                let default = self.expr(&c.args[2]);
                let result = self.hidden_local("getattr");
                let has = self.emit(InstKind::HasAttr(obj, attr.clone()), span);
                let (found, missing, join) = (self.new_block(), self.new_block(), self.new_block());
                self.terminate(Terminator::Branch(has, found, missing), span);
                self.switch_to(found);
                let v = self.emit(InstKind::GetAttr(obj, attr), span);
                self.emit_void(InstKind::StoreLocal(result, v), span);
                self.terminate(Terminator::Jump(join), span);
                self.switch_to(missing);
                self.emit_void(InstKind::StoreLocal(result, default), span);
                self.terminate(Terminator::Jump(join), span);
                self.switch_to(join);
                self.emit(InstKind::LoadLocal(result), span)
            }
            ("hasattr", 2, Some(attr)) => {
                let obj = self.expr(&c.args[0]);
                self.emit(InstKind::HasAttr(obj, attr), span)
            }
            ("setattr", 3, Some(attr)) => {
                let obj = self.expr(&c.args[0]);
                let v = self.expr(&c.args[2]);
                self.emit_void(InstKind::SetAttr(obj, attr, v), span);
                self.emit(InstKind::Const(Const::None), span)
            }
            ("getattr" | "hasattr" | "setattr", 2 | 3, None) => self.unsupported_value(
                span,
                &format!("`{name}` with an attribute name computed at run time"),
                "write the name as a string literal (instances have fixed fields, no per-instance dictionary yet)",
            ),
            ("delattr" | "vars", ..) => self.unsupported_value(span, &format!("`{name}`"), "instances have fixed fields, no per-instance dictionary yet; keep the attribute and reset its value"),
            _ => self.unsupported_value(span, &format!("`{name}` with {} arguments", c.args.len()), "pass the arguments CPython takes"),
        }
    }
}
