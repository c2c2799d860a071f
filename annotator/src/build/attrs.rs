//! The attribute builtins. With a literal name, `getattr(o, "x")` is `o.x`, `setattr(o, "x", v)`
//! is `o.x = v`, `hasattr(o, "x")` asks whether `o.x` would succeed, `delattr(o, "x")` is
//! `del o.x`, and `getattr(o, "x", d)` is `o.x` when it would succeed, else `d`. With a name
//! computed at run time they are `DynAttr` instructions, which look the name up in the class's
//! attribute table and the instance's dictionary; `vars(o)` is a `Vars`.
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
            ("getattr", 3, attr) => {
                let obj = self.expr(&c.args[0]);
                let name = attr.is_none().then(|| self.expr(&c.args[1]));
                let default = self.expr(&c.args[2]);
                let result = self.hidden_local("getattr");
                let has = match (&attr, name) {
                    (Some(a), _) => self.emit(InstKind::HasAttr(obj, a.clone()), span),
                    (None, Some(n)) => self.emit(InstKind::DynAttr(AttrOp::Has, obj, n, None), span),
                    (None, None) => unreachable!("a computed name was built above"),
                };
                let (found, missing, join) = (self.new_block(), self.new_block(), self.new_block());
                self.terminate(Terminator::Branch(has, found, missing), span);
                self.switch_to(found);
                let v = match (attr, name) {
                    (Some(a), _) => self.emit(InstKind::GetAttr(obj, a), span),
                    (None, Some(n)) => self.emit(InstKind::DynAttr(AttrOp::Get, obj, n, None), span),
                    (None, None) => unreachable!("a computed name was built above"),
                };
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
                self.emit(InstKind::SetAttr(obj, attr, v), span);
                self.emit(InstKind::Const(Const::None), span)
            }
            ("delattr", 2, Some(attr)) => {
                let obj = self.expr(&c.args[0]);
                self.emit(InstKind::DelAttr(obj, attr), span);
                self.emit(InstKind::Const(Const::None), span)
            }
            ("getattr" | "hasattr" | "delattr", 2, None) | ("setattr", 3, None) => {
                let obj = self.expr(&c.args[0]);
                let attr = self.expr(&c.args[1]);
                let value = c.args.get(2).map(|v| self.expr(v));
                let op = match name {
                    "getattr" => AttrOp::Get,
                    "hasattr" => AttrOp::Has,
                    "delattr" => AttrOp::Del,
                    _ => AttrOp::Set,
                };
                let kind = InstKind::DynAttr(op, obj, attr, value);
                if matches!(op, AttrOp::Get | AttrOp::Has) {
                    return self.emit(kind, span);
                }
                self.emit(kind, span);
                self.emit(InstKind::Const(Const::None), span)
            }
            ("vars", 1, _) => {
                let obj = self.expr(&c.args[0]);
                self.emit(InstKind::Vars(obj), span)
            }
            ("vars", 0, _) => self.unsupported_value(span, "`vars()` without an argument", "name the variables you need; local scopes are not dictionaries"),
            _ => self.unsupported_value(span, &format!("`{name}` with {} arguments", c.args.len()), "pass the arguments CPython takes"),
        }
    }

    /// `owner` of an expression `owner.__dict__` (not a module's or a class's).
    pub(super) fn instance_dict_of<'e>(&self, e: &'e ast::Expr) -> Option<&'e ast::Expr> {
        match e {
            ast::Expr::Attribute(a) if a.attr.as_str() == "__dict__" && self.module_named(&a.value).is_none() && self.class_named(&a.value).is_none() => Some(&a.value),
            _ => None,
        }
    }
}
