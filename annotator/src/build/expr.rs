//! Expressions and conditions. Conditions (`if`, `while`, `and`/`or`/`not` in tests) compile to
//! branches, so `if x > 0 and name:` never has to merge an int and a str into one value.
#![forbid(unsafe_code)]

use super::comprehension::{Comprehension, Quantifier};
use super::stmt::FnBuilder;
use crate::diagnostic::{Code, Diagnostic};
use crate::ir::*;
use crate::source::Span;
use rustpython_parser::ast::{self, Ranged};

pub(super) fn bin_op(op: ast::Operator) -> Option<BinOp> {
    Some(match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::Div => BinOp::Div,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::MatMult => return None,
    })
}

fn cmp_op(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        ast::CmpOp::In => CmpOp::In,
        ast::CmpOp::NotIn => CmpOp::NotIn,
        ast::CmpOp::Is => CmpOp::Is,
        ast::CmpOp::IsNot => CmpOp::IsNot,
    }
}

/// The builtin functions the builder compiles by their call's shape rather than as a
/// `Builtin` (`for i in range(n)`, `any(x for x in xs)`).
const SYNTACTIC_BUILTINS: [&str; 9] = ["range", "reversed", "enumerate", "zip", "isinstance", "issubclass", "type", "any", "all"];

impl FnBuilder<'_> {
    /// Whether `name`, when it is not a local or global, means a module-level function or a
    /// builtin function.
    fn is_function_name(&self, name: &str) -> bool {
        self.ctx.functions.contains_key(name) || Builtin::from_name(name).is_some() || SYNTACTIC_BUILTINS.contains(&name) || super::attrs::BUILTINS.contains(&name)
    }

    /// Whether `e` names a module-level function, a class or a builtin function by a name the
    /// program does not rebind: `callable(e)` is true.
    fn names_function(&self, e: &ast::Expr) -> bool {
        let Some(n) = e.as_name_expr() else { return false };
        let name = n.id.as_str();
        let rebound = self.locals.contains_key(name) || self.ctx.global_ids.contains_key(name);
        self.class_named(e).is_some() || (!rebound && self.is_function_name(name))
    }

    /// True when `e` is the bare name `name` and it still means the builtin.
    pub(super) fn is_builtin_name(&self, e: &ast::Expr, name: &str) -> bool {
        matches!(e, ast::Expr::Name(n) if n.id.as_str() == name
            && !self.locals.contains_key(name)
            && !self.cells.contains_key(name)
            && !self.ctx.global_ids.contains_key(name)
            && !self.ctx.functions.contains_key(name))
    }

    /// The name of the builtin class `e` names (`str`, `bytes`...), when it still means it.
    pub(super) fn builtin_class(&self, e: &ast::Expr) -> Option<&'static str> {
        ["str", "bytes", "bytearray", "int", "float", "list", "dict", "set", "frozenset", "tuple"].into_iter().find(|c| self.is_builtin_name(e, c))
    }

    /// The bounds of `[a:b:c]`, evaluated in order; `None` where omitted.
    pub(super) fn slice_bounds(&mut self, sl: &ast::ExprSlice) -> (Option<Value>, Option<Value>, Option<Value>) {
        let mut part = |p: &Option<Box<ast::Expr>>| p.as_ref().map(|p| self.expr(p));
        (part(&sl.lower), part(&sl.upper), part(&sl.step))
    }

    /// `x` when `e` is `type(x)` (the builtin) or `x.__class__`.
    fn class_of<'e>(&self, e: &'e ast::Expr) -> Option<&'e ast::Expr> {
        match e {
            ast::Expr::Call(c) if c.args.len() == 1 && c.keywords.is_empty() && !c.args[0].is_starred_expr() && self.is_builtin_name(&c.func, "type") => Some(&c.args[0]),
            ast::Expr::Attribute(a) if a.attr.as_str() == "__class__" => Some(&a.value),
            _ => None,
        }
    }

    /// True when `e` uses a name whose binding was already reported.
    fn uses_poisoned(&self, e: &ast::Expr) -> bool {
        match e {
            ast::Expr::Name(n) => self.ctx.poisoned.contains(n.id.as_str()),
            ast::Expr::Attribute(a) => self.uses_poisoned(&a.value),
            ast::Expr::Call(c) => self.uses_poisoned(&c.func),
            _ => false,
        }
    }

    /// `print(a, b, sep=s, end=e, file=f)`: `f.write(...)` of each piece of the text `print`
    /// would write (`str(a)`, `s`, `str(b)`, `e`), as CPython writes them, with the arguments
    /// evaluated in order.
    fn print_to_file(&mut self, c: &ast::ExprCall, span: Span) -> Value {
        let mut pieces: Vec<Value> = Vec::new();
        for a in &c.args {
            let v = self.expr(a);
            pieces.push(self.emit(InstKind::CallBuiltin(Builtin::Str, vec![v], Vec::new()), span));
        }
        let mut sep = None;
        let mut end = None;
        let mut file = None;
        for k in &c.keywords {
            let v = self.expr(&k.value);
            match k.arg.as_deref() {
                Some("sep") => sep = Some(v),
                Some("end") => end = Some(v),
                Some("file") => file = Some(v),
                other => self.unsupported(k.range.into(), &format!("keyword argument `{}` of print()", other.unwrap_or("**")), "use sep=, end= and file="),
            }
        }
        let sep = sep.unwrap_or_else(|| self.emit(InstKind::Const(Const::Str(" ".into())), span));
        let end = end.unwrap_or_else(|| self.emit(InstKind::Const(Const::Str("\n".into())), span));
        let mut parts = Vec::new();
        for (i, p) in pieces.into_iter().enumerate() {
            if i > 0 {
                parts.push(sep);
            }
            parts.push(p);
        }
        parts.push(end);
        let Some(file) = file else { return self.emit(InstKind::Const(Const::None), span) };
        // `file=None` is the standard output, as in CPython.
        let none = self.emit(InstKind::Const(Const::None), span);
        let is_none = self.emit(InstKind::Compare(CmpOp::Is, file, none), span);
        let is_none = self.emit(InstKind::Truth(is_none), span);
        let (to_stdout, to_file, done) = (self.new_block(), self.new_block(), self.new_block());
        self.terminate(Terminator::Branch(is_none, to_stdout, to_file), span);
        self.switch_to(to_stdout);
        let no_end = self.emit(InstKind::Const(Const::Str(String::new())), span);
        for &text in &parts {
            self.emit(InstKind::CallBuiltin(Builtin::Print, vec![text], vec![("end".to_string(), no_end)]), span);
        }
        self.terminate(Terminator::Jump(done), span);
        self.switch_to(to_file);
        for text in parts {
            self.emit(InstKind::CallMethod(file, "write".to_string(), vec![text], Vec::new()), span);
        }
        self.terminate(Terminator::Jump(done), span);
        self.switch_to(done);
        self.emit(InstKind::Const(Const::None), span)
    }

    pub(super) fn load_name(&mut self, name: &str, span: Span) -> Value {
        if self.ctx.poisoned.contains(name) && !self.locals.contains_key(name) {
            return self.emit(InstKind::Const(Const::None), span);
        }
        if let Some(&(cell, l)) = self.cells.get(name) {
            let c = self.emit(InstKind::LoadLocal(l), span);
            return self.emit(InstKind::LoadCell(c, cell), span);
        }
        if let Some(&l) = self.locals.get(name) {
            return self.emit(InstKind::LoadLocal(l), span);
        }
        if let Some(&g) = self.ctx.global_ids.get(name) {
            return self.emit(InstKind::LoadGlobal(g), span);
        }
        if let Some(sig) = self.ctx.functions.get(name) {
            let id = sig.id;
            return self.emit(InstKind::MakeFunction(id, Vec::new()), span);
        }
        if name == "__name__" {
            return self.emit(InstKind::Const(Const::Str(self.ctx.name.clone())), span);
        }
        if self.ctx.module_names.contains_key(name) {
            return self.module_value(span, name);
        }
        if self.cls.as_ref().is_some_and(|(cls, _)| cls == name) {
            return self.unsupported_value(span, &format!("the class method's `{name}` used as a value"), &format!("use `{name}(...)`, `{name}.method(...)`, `{name}.attr` or `{name}.__name__`"));
        }
        if let Some(&c) = self.ctx.classes.get(name) {
            return self.emit(InstKind::ClassRef(c), span);
        }
        if let Some(sig) = self.ctx.functions.get(&super::exceptions::builtin_value(name)) {
            let id = sig.id;
            return self.emit(InstKind::MakeFunction(id, Vec::new()), span);
        }
        if self.is_function_name(name) {
            self.unsupported(span, &format!("the builtin function `{name}` used as a value"), &format!("builtins are not values yet; wrap it in a lambda (`lambda x: {name}(x)`) or call it directly"));
        } else {
            self.diags.push(
                Diagnostic::new(Code::UndefinedName, span, format!("name '{name}' is not defined"))
                    .with_help("define it at module level or in this function before use"),
            );
        }
        self.emit(InstKind::Const(Const::None), span)
    }

    fn constant(&mut self, c: &ast::Constant, span: Span) -> Value {
        let k = match c {
            ast::Constant::None => Const::None,
            ast::Constant::Bool(b) => Const::Bool(*b),
            ast::Constant::Str(s) => Const::Str(s.clone()),
            ast::Constant::Int(i) => Const::Int(i.clone()),
            ast::Constant::Float(f) => Const::Float(*f),
            ast::Constant::Tuple(items) => {
                let vs = items.iter().map(|c| self.constant(c, span)).collect();
                return self.emit(InstKind::BuildTuple(vs), span);
            }
            ast::Constant::Bytes(b) => Const::Bytes(b.clone()),
            ast::Constant::Complex { .. } | ast::Constant::Ellipsis => {
                self.unsupported(span, "this literal", "complex numbers and `...` are not supported");
                Const::None
            }
        };
        self.emit(InstKind::Const(k), span)
    }

    pub(super) fn expr(&mut self, e: &ast::Expr) -> Value {
        let span: Span = e.range().into();
        if self.uses_poisoned(e) {
            // Already reported where the name was bound; evaluate nothing more.
            return self.emit(InstKind::Const(Const::None), span);
        }
        match e {
            ast::Expr::Constant(c) => self.constant(&c.value, span),
            ast::Expr::Name(n) => self.load_name(n.id.as_str(), span),
            ast::Expr::BinOp(b) => {
                let l = self.expr(&b.left);
                let r = self.expr(&b.right);
                match bin_op(b.op) {
                    Some(op) => self.emit(InstKind::Binary(op, l, r), span),
                    None => {
                        self.unsupported(span, "the `@` operator", "matrix multiplication is not supported");
                        l
                    }
                }
            }
            ast::Expr::UnaryOp(u) => {
                // Fold `-5` and `-2.5` into literals, as CPython's compiler does.
                if u.op == ast::UnaryOp::USub {
                    if let ast::Expr::Constant(c) = &*u.operand {
                        match &c.value {
                            ast::Constant::Int(i) => return self.emit(InstKind::Const(Const::Int(-i.clone())), span),
                            ast::Constant::Float(f) => return self.emit(InstKind::Const(Const::Float(-f)), span),
                            _ => {}
                        }
                    }
                }
                let v = self.expr(&u.operand);
                let op = match u.op {
                    ast::UnaryOp::USub => UnOp::Neg,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                };
                self.emit(InstKind::Unary(op, v), span)
            }
            ast::Expr::BoolOp(b) => self.bool_op_value(b, span),
            ast::Expr::Compare(c) if c.ops.len() == 1 => {
                let l = self.expr(&c.left);
                let r = self.expr(&c.comparators[0]);
                self.emit(InstKind::Compare(cmp_op(c.ops[0]), l, r), span)
            }
            ast::Expr::Compare(_) => self.value_of_cond(e, span),
            ast::Expr::IfExp(i) => {
                let result = self.hidden_local("ifexp");
                let (t, f, join) = (self.new_block(), self.new_block(), self.new_block());
                self.cond(&i.test, t, f);
                for (block, branch) in [(t, &i.body), (f, &i.orelse)] {
                    self.switch_to(block);
                    let v = self.expr(branch);
                    self.emit_void(InstKind::StoreLocal(result, v), span);
                    self.terminate(Terminator::Jump(join), span);
                }
                self.switch_to(join);
                self.emit(InstKind::LoadLocal(result), span)
            }
            ast::Expr::Call(c) => self.call(c, span),
            ast::Expr::Subscript(s) => {
                let obj = self.expr(&s.value);
                if let ast::Expr::Slice(sl) = &*s.slice {
                    let (a, b, c) = self.slice_bounds(sl);
                    return self.emit(InstKind::Slice(obj, a, b, c), span);
                }
                let idx = self.expr(&s.slice);
                self.emit(InstKind::GetItem(obj, idx), span)
            }
            ast::Expr::List(l) => {
                if l.elts.iter().any(|e| e.is_starred_expr()) {
                    self.unsupported(span, "starred item in a list display", "use `+` to concatenate lists");
                }
                let vs = l.elts.iter().map(|e| self.expr(e)).collect();
                self.emit(InstKind::BuildList(vs), span)
            }
            ast::Expr::Tuple(t) => {
                if t.elts.iter().any(|e| e.is_starred_expr()) {
                    self.unsupported(span, "starred item in a tuple display", "build the tuple from its items");
                }
                let vs = t.elts.iter().map(|e| self.expr(e)).collect();
                self.emit(InstKind::BuildTuple(vs), span)
            }
            ast::Expr::JoinedStr(j) => self.fstring(&j.values, span),
            ast::Expr::FormattedValue(f) => self.formatted(f, span),
            ast::Expr::Dict(d) => {
                if d.keys.iter().any(Option::is_none) {
                    return self.unsupported_value(span, "`**` in a dict display", "merge the dicts with `update`");
                }
                let mut pairs = Vec::with_capacity(d.keys.len());
                for (k, v) in d.keys.iter().flatten().zip(&d.values) {
                    let k = self.expr(k);
                    let v = self.expr(v);
                    pairs.push((k, v));
                }
                self.emit(InstKind::BuildDict(pairs), span)
            }
            ast::Expr::Set(st) => {
                if st.elts.iter().any(|e| e.is_starred_expr()) {
                    return self.unsupported_value(span, "starred item in a set display", "build the set with `update`");
                }
                let vs = st.elts.iter().map(|e| self.expr(e)).collect();
                self.emit(InstKind::BuildSet(vs), span)
            }
            ast::Expr::ListComp(c) => self.comprehension(Comprehension::List(&c.elt), &c.generators, span),
            ast::Expr::SetComp(c) => self.comprehension(Comprehension::Set(&c.elt), &c.generators, span),
            ast::Expr::DictComp(c) => self.comprehension(Comprehension::Dict(&c.key, &c.value), &c.generators, span),
            ast::Expr::GeneratorExp(g) => self.generator_expression(g, span),
            ast::Expr::Yield(y) => self.yield_value(y.value.as_deref(), span, true),
            ast::Expr::YieldFrom(y) => self.yield_from(&y.value, span),
            ast::Expr::Lambda(l) => self.lambda(l, span),
            ast::Expr::Attribute(a) if let Some(m) = self.module_named(&a.value) => self.module_attr(m, a.attr.as_str(), span),
            ast::Expr::Attribute(a) => match self.class_named(&a.value) {
                Some(c) => self.class_attr(c, a.attr.as_str(), span),
                None if a.attr.as_str() == "__name__" && self.class_of(&a.value).is_some() => {
                    let of = self.class_of(&a.value).unwrap_or(&a.value);
                    let v = self.expr(of);
                    self.emit(InstKind::TypeName(v), span)
                }
                None if a.attr.as_str() == "__class__" => {
                    let v = self.expr(&a.value);
                    self.emit(InstKind::ClassOf(v), span)
                }
                None if a.attr.as_str() == "__dict__" => {
                    let obj = self.expr(&a.value);
                    self.emit(InstKind::Vars(obj), span)
                }
                None => {
                    let obj = self.expr(&a.value);
                    self.emit(InstKind::GetAttr(obj, a.attr.to_string()), span)
                }
            },
            ast::Expr::NamedExpr(_) => self.unsupported_value(span, "assignment expression `:=`", "assign in a separate statement"),
            _ => self.unsupported_value(span, "this expression", "rewrite it with the supported subset (see README)"),
        }
    }

    pub(super) fn unsupported_value(&mut self, span: Span, construct: &str, help: &str) -> Value {
        self.unsupported(span, construct, help);
        self.emit(InstKind::Const(Const::None), span)
    }

    /// `a and b` / `a or b` as a value: the result is one of the operands, as in Python.
    /// The built-in classes `isinstance`'s second argument names: one, or a tuple of them
    /// (names the program does not rebind).
    fn builtin_types(&self, e: &ast::Expr) -> Option<Vec<BuiltinType>> {
        let one = |e: &ast::Expr| {
            let name = e.as_name_expr()?.id.as_str();
            let rebound = self.locals.contains_key(name) || self.ctx.global_ids.contains_key(name) || self.ctx.classes.contains_key(name);
            if rebound {
                return None;
            }
            BuiltinType::from_name(name)
        };
        match e {
            ast::Expr::Tuple(t) if !t.elts.is_empty() => t.elts.iter().map(one).collect(),
            e => Some(vec![one(e)?]),
        }
    }

    fn bool_op_value(&mut self, b: &ast::ExprBoolOp, span: Span) -> Value {
        let result = self.hidden_local("boolop");
        let join = self.new_block();
        let last = b.values.len() - 1;
        for (i, operand) in b.values.iter().enumerate() {
            let v = self.expr(operand);
            self.emit_void(InstKind::StoreLocal(result, v), span);
            if i == last {
                self.terminate(Terminator::Jump(join), span);
            } else {
                let t = self.emit(InstKind::Truth(v), span);
                let next = self.new_block();
                let term = match b.op {
                    ast::BoolOp::And => Terminator::Branch(t, next, join),
                    ast::BoolOp::Or => Terminator::Branch(t, join, next),
                };
                self.terminate(term, span);
                self.switch_to(next);
            }
        }
        self.switch_to(join);
        self.emit(InstKind::LoadLocal(result), span)
    }

    /// A condition used as a value: `True` or `False` through branches.
    fn value_of_cond(&mut self, e: &ast::Expr, span: Span) -> Value {
        let result = self.hidden_local("cond");
        let (t, f, join) = (self.new_block(), self.new_block(), self.new_block());
        self.cond(e, t, f);
        for (block, value) in [(t, true), (f, false)] {
            self.switch_to(block);
            let v = self.emit(InstKind::Const(Const::Bool(value)), span);
            self.emit_void(InstKind::StoreLocal(result, v), span);
            self.terminate(Terminator::Jump(join), span);
        }
        self.switch_to(join);
        self.emit(InstKind::LoadLocal(result), span)
    }

    /// Branches to `then_b` when `e` is true, else to `else_b`.
    pub(super) fn cond(&mut self, e: &ast::Expr, then_b: Block, else_b: Block) {
        let span: Span = e.range().into();
        match e {
            ast::Expr::BoolOp(b) => {
                let last = b.values.len() - 1;
                for (i, operand) in b.values.iter().enumerate() {
                    if i == last {
                        self.cond(operand, then_b, else_b);
                    } else {
                        let next = self.new_block();
                        match b.op {
                            ast::BoolOp::And => self.cond(operand, next, else_b),
                            ast::BoolOp::Or => self.cond(operand, then_b, next),
                        }
                        self.switch_to(next);
                    }
                }
            }
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.cond(&u.operand, else_b, then_b),
            ast::Expr::Compare(c) => {
                let mut left = self.expr(&c.left);
                let last = c.ops.len() - 1;
                for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
                    let r = self.expr(right);
                    let v = self.emit(InstKind::Compare(cmp_op(*op), left, r), span);
                    if i == last {
                        self.terminate(Terminator::Branch(v, then_b, else_b), span);
                    } else {
                        let next = self.new_block();
                        self.terminate(Terminator::Branch(v, next, else_b), span);
                        self.switch_to(next);
                        left = r;
                    }
                }
            }
            _ => {
                let v = self.expr(e);
                let t = self.emit(InstKind::Truth(v), span);
                self.terminate(Terminator::Branch(t, then_b, else_b), span);
            }
        }
    }

    fn call(&mut self, c: &ast::ExprCall, span: Span) -> Value {
        if super::starred::has_starred(c) || (!c.keywords.is_empty() && self.is_builtin_name(&c.func, "dict")) {
            return self.starred_call(c, span);
        }
        let keywords = |this: &mut Self| -> Vec<(String, Value)> {
            c.keywords.iter().map(|k| (k.arg.as_ref().map_or(String::new(), |a| a.to_string()), this.expr(&k.value))).collect()
        };
        match &*c.func {
            ast::Expr::Attribute(a) if let Some(m) = self.module_named(&a.value) => self.module_call(m, a.attr.as_str(), c, span),
            ast::Expr::Attribute(a) if self.class_named(&a.value).is_some() => {
                let class = self.class_named(&a.value).unwrap_or(ClassId(0));
                self.static_method_call(class, a.attr.as_str(), None, c, span)
            }
            ast::Expr::Attribute(a) if let Some(class) = self.builtin_class(&a.value) => {
                match Builtin::STATIC_METHODS.iter().find(|(c, m, _)| *c == class && *m == a.attr.as_str()) {
                    Some(&(_, _, b)) => {
                        let args = c.args.iter().map(|e| self.expr(e)).collect();
                        let kw = keywords(self);
                        self.emit(InstKind::CallBuiltin(b, args, kw), span)
                    }
                    // `str.lower(s)` is `s.lower()`.
                    None if !c.args.is_empty() => {
                        let obj = self.expr(&c.args[0]);
                        let args = c.args[1..].iter().map(|e| self.expr(e)).collect();
                        let kw = keywords(self);
                        self.emit(InstKind::CallMethod(obj, a.attr.to_string(), args, kw), span)
                    }
                    None => self.unsupported_value(
                        span,
                        &format!("calling `{class}.{}` on the class without a receiver", a.attr),
                        "pass the value the method applies to (`str.lower(s)`) or call the method on it (`s.lower()`)",
                    ),
                }
            }
            ast::Expr::Attribute(a) if is_super_call(&a.value) => self.super_call(a.attr.as_str(), c, span),
            ast::Expr::Attribute(a) if a.attr.as_str() == "sort" && Self::has_key(c) => self.keyed_sort(&a.value, c, span),
            ast::Expr::Attribute(a) if a.attr.as_str() == "update" && c.args.len() == 1 && c.keywords.is_empty() && !c.args[0].is_starred_expr() && let Some(owner) = self.instance_dict_of(&a.value) => {
                let obj = self.expr(owner);
                let items = self.expr(&c.args[0]);
                self.emit(InstKind::DynAttr(AttrOp::Update, obj, items, None), span);
                self.emit(InstKind::Const(Const::None), span)
            }
            ast::Expr::Attribute(a) if self.instance_dict_of(&a.value).is_some() && !matches!(a.attr.as_str(), "get" | "keys" | "values" | "items" | "copy" | "__contains__") => self.unsupported_value(
                span,
                &format!("`__dict__.{}(...)`", a.attr),
                "`obj.__dict__` is a snapshot of the attributes here: change them with `setattr(obj, name, value)`, `obj.__dict__[name] = value`, `obj.__dict__.update(d)` or `delattr`",
            ),
            ast::Expr::Attribute(a) => {
                let obj = self.expr(&a.value);
                let consumes = matches!(a.attr.as_str(), "join" | "extend") && c.args.len() == 1;
                let args = c.args.iter().map(|e| self.call_arg(e, consumes)).collect();
                let kw = keywords(self);
                self.emit(InstKind::CallMethod(obj, a.attr.to_string(), args, kw), span)
            }
            func if self.class_named(func).is_some() => {
                let class = self.class_named(func).unwrap_or(ClassId(0));
                self.construct(class, c, span)
            }
            ast::Expr::Name(n) if !self.locals.contains_key(n.id.as_str()) && !self.cells.contains_key(n.id.as_str()) && !self.ctx.global_ids.contains_key(n.id.as_str()) => {
                let name = n.id.as_str();
                if let Some(binary) = self.binary_open(c) {
                    return self.expr(&ast::Expr::Call(binary));
                }
                if let Some(sig) = self.ctx.functions.get(name) {
                    let (id, params) = (sig.id, sig.params.clone());
                    return self.call_bound(id, name, &params, None, c, span);
                }
                if name == "isinstance" && c.args.len() == 2 && c.keywords.is_empty() {
                    if let Some(class) = self.class_named(&c.args[1]) {
                        let obj = self.expr(&c.args[0]);
                        return self.emit(InstKind::IsInstance(obj, class), span);
                    }
                    if let Some(types) = self.builtin_types(&c.args[1]) {
                        let obj = self.expr(&c.args[0]);
                        return self.emit(InstKind::IsBuiltin(obj, types), span);
                    }
                    return self.unsupported_value(span, "`isinstance` with this second argument", "pass one class defined in this module, a built-in class (int, float, bool, str, list, tuple, dict, set, frozenset, bytes, bytearray) or a tuple of built-in classes");
                }
                if super::attrs::BUILTINS.contains(&name) {
                    return self.attr_builtin(name, c, span);
                }
                if name == "issubclass" && c.args.len() == 2 && c.keywords.is_empty() {
                    if let (Some(sub), Some(sup)) = (self.class_named(&c.args[0]), self.class_named(&c.args[1])) {
                        // Classes are fixed at build time, so the answer is too.
                        let yes = self.ctx.class_defs[sub.index()].mro.contains(&sup);
                        return self.emit(InstKind::Const(Const::Bool(yes)), span);
                    }
                    return self.unsupported_value(span, "`issubclass` with these arguments", "pass two classes defined in this module, by name");
                }
                match name {
                    "any" => return self.quantifier(Quantifier::Any, c, span),
                    "all" => return self.quantifier(Quantifier::All, c, span),
                    // A function or class named directly is callable; other values are asked
                    // at run time (`Builtin::Callable`).
                    "callable" if c.args.len() == 1 && c.keywords.is_empty() && self.names_function(&c.args[0]) => {
                        return self.emit(InstKind::Const(Const::Bool(true)), span);
                    }
                    _ => {}
                }
                if let Some(b) = Builtin::from_name(name) {
                    if b == Builtin::Print && c.keywords.iter().any(|k| k.arg.as_deref() == Some("file")) {
                        return self.print_to_file(c, span);
                    }
                    if matches!(b, Builtin::Sorted | Builtin::Min | Builtin::Max) && Self::has_key(c) {
                        return self.keyed_builtin(b, c, span);
                    }
                    if let (Builtin::Dict, [arg], []) = (b, &c.args[..], &c.keywords[..]) {
                        if let Some(d) = self.dict_of_pairs(arg) {
                            return d;
                        }
                    }
                    let consumes = matches!(b, Builtin::List | Builtin::Tuple | Builtin::Sorted | Builtin::Set | Builtin::FrozenSet | Builtin::Bytes | Builtin::ByteArray | Builtin::Sum)
                        || (matches!(b, Builtin::Min | Builtin::Max) && c.args.len() == 1);
                    let args = c.args.iter().enumerate().map(|(i, e)| self.call_arg(e, consumes && i == 0)).collect();
                    let kw = keywords(self);
                    return self.emit(InstKind::CallBuiltin(b, args, kw), span);
                }
                if let Some(g) = super::generators::lazy_as_genexp(c) {
                    return self.generator_expression(&g, span);
                }
                if name == "range" {
                    // A range kept as a value is the list of its items (it iterates again,
                    // indexes and has a `len` like a range; it prints as a list).
                    return self.expr_consumed(&ast::Expr::Call(c.clone()));
                }
                if super::functional::LAZY.contains(&name) {
                    return self.unsupported_value(
                        span,
                        &format!("`{name}(...)` as a value"),
                        "iterators as values arrive later; use it in a `for` header or a comprehension, as the argument of list(), set(), dict(), sorted(), sum(), min(), max(), str.join(), or unpack it (`a, b = map(int, s.split())`)",
                    );
                }
                if name == "reversed" {
                    return self.unsupported_value(
                        span,
                        "`reversed(...)` here",
                        "use it in a `for` header or as the argument of list(), sorted(), set(), sum(), min(), max(), str.join() or list.extend()",
                    );
                }
                if name == "type" {
                    if let ([arg], []) = (&c.args[..], &c.keywords[..]) {
                        let v = self.expr(arg);
                        return self.emit(InstKind::ClassOf(v), span);
                    }
                    return self.unsupported_value(span, "`type(...)` with other than one argument", "pass one argument");
                }
                self.load_name(name, span)
            }
            // Calling any other value calls its class's `__call__` (instances of user classes).
            func @ (ast::Expr::Name(_) | ast::Expr::Subscript(_) | ast::Expr::Call(_)) => {
                let obj = self.expr(func);
                self.call_instance(obj, c, span)
            }
            // `(lambda x: ...)(v)`
            f @ ast::Expr::Lambda(_) if c.keywords.is_empty() => {
                let args: Vec<Value> = c.args.iter().map(|e| self.expr(e)).collect();
                self.apply(f, &args, span)
            }
            _ => self.unsupported_value(span, "calling a value that is not a module-level function", "functions as values arrive later"),
        }
    }

    /// Calls `obj`: a function object, or an instance (its class's `__call__`). A starred
    /// argument `*t` is the keyword `*` and a `**d` the keyword `**` (names no program can
    /// write), which the annotator spreads from their types (`annotate/functions.rs`).
    pub(super) fn call_instance(&mut self, obj: Value, c: &ast::ExprCall, span: Span) -> Value {
        let (args, kw) = self.starred_args(c);
        self.emit(InstKind::CallMethod(obj, "__call__".to_string(), args, kw), span)
    }

    /// An argument of a call; `reversed(x)` where the callee `consumes` its argument at once
    /// (iterates it to the end before returning) is a reversed copy of `x`'s items.
    pub(super) fn call_arg(&mut self, e: &ast::Expr, consumes: bool) -> Value {
        if let Some(v) = consumes.then(|| self.consumed(e)).flatten() {
            return v;
        }
        match e {
            ast::Expr::Call(c) if consumes && c.args.len() == 1 && c.keywords.is_empty() && !c.args[0].is_starred_expr() && self.is_builtin_name(&c.func, "reversed") => {
                let x = self.expr(&c.args[0]);
                self.emit(InstKind::CallBuiltin(Builtin::Reversed, vec![x], vec![]), e.range().into())
            }
            e => self.expr(e),
        }
    }

    /// Binds positional and keyword arguments to the callee's parameters at compile time.
    /// `this` is the instance of a method call made through `super()`: the first parameter.
    /// Positional arguments past the plain parameters go to `*args` as a tuple, keywords no
    /// parameter takes to `**kwargs` as a dict.
    pub(super) fn call_bound(&mut self, id: FuncId, name: &str, params: &[Param], this: Option<Value>, c: &ast::ExprCall, span: Span) -> Value {
        let mut bound: Vec<Option<Value>> = vec![None; params.len()];
        let skip = usize::from(this.is_some());
        if let (Some(v), Some(first)) = (this, bound.first_mut()) {
            *first = Some(v);
        }
        let positional: Vec<usize> = params.iter().enumerate().filter(|(_, p)| p.kind == ParamKind::Plain).map(|(i, _)| i).collect();
        let var_args = params.iter().position(|p| p.kind == ParamKind::VarArgs);
        let var_kw = params.iter().position(|p| p.kind == ParamKind::VarKeywords);
        if c.args.len() + skip > positional.len() && var_args.is_none() {
            self.diags.push(Diagnostic::new(
                Code::BadCall,
                span,
                format!("{name}() takes {} positional arguments but {} were given", positional.len(), c.args.len() + skip),
            ));
        }
        let mut extra = Vec::new();
        for (i, a) in c.args.iter().enumerate() {
            let v = self.expr(a);
            match positional.get(i + skip) {
                Some(&p) => bound[p] = Some(v),
                None => extra.push(v),
            }
        }
        let mut extra_kw = Vec::new();
        for k in &c.keywords {
            let key = k.arg.as_ref().map_or("", |a| a.as_str());
            let v = self.expr(&k.value);
            match params.iter().position(|p| p.name == key && matches!(p.kind, ParamKind::Plain | ParamKind::KeywordOnly)) {
                Some(i) if bound[i].is_none() => bound[i] = Some(v),
                Some(_) => self.diags.push(Diagnostic::new(Code::BadCall, span, format!("{name}() got multiple values for argument '{key}'"))),
                None if var_kw.is_some() => {
                    let k = self.emit(InstKind::Const(Const::Str(key.to_string())), span);
                    extra_kw.push((k, v));
                }
                None => self.diags.push(Diagnostic::new(Code::BadCall, span, format!("{name}() got an unexpected keyword argument '{key}'"))),
            }
        }
        if let Some(i) = var_args {
            bound[i] = Some(self.emit(InstKind::BuildTuple(extra), span));
        }
        if let Some(i) = var_kw {
            bound[i] = Some(self.emit(InstKind::BuildDict(extra_kw), span));
        }
        let mut args = Vec::with_capacity(params.len());
        for (p, b) in params.iter().zip(bound) {
            match (b, p.default) {
                (Some(v), _) => args.push(v),
                (None, Some(g)) => args.push(self.emit(InstKind::LoadGlobal(g), span)),
                (None, None) => {
                    let what = if p.kind == ParamKind::KeywordOnly { "keyword-only" } else { "positional" };
                    self.diags.push(Diagnostic::new(Code::BadCall, span, format!("{name}() missing 1 required {what} argument: '{}'", p.name)));
                    args.push(self.emit(InstKind::Const(Const::None), span));
                }
            }
        }
        self.emit(InstKind::Call(id, args), span)
    }

    fn fstring(&mut self, parts: &[ast::Expr], span: Span) -> Value {
        let pieces: Vec<Value> = parts.iter().map(|p| self.expr(p)).collect();
        if pieces.len() == 1 && matches!(parts[0], ast::Expr::FormattedValue(_)) {
            return pieces[0];
        }
        self.emit(InstKind::JoinStr(pieces), span)
    }

    fn formatted(&mut self, f: &ast::ExprFormattedValue, span: Span) -> Value {
        let v = self.expr(&f.value);
        let conv = match f.conversion {
            ast::ConversionFlag::Repr => Conversion::Repr,
            ast::ConversionFlag::Str => Conversion::Str,
            ast::ConversionFlag::Ascii => {
                self.unsupported(span, "`!a` conversion", "use `!r`");
                Conversion::Repr
            }
            ast::ConversionFlag::None => Conversion::None,
        };
        let spec = f.format_spec.as_ref().map(|s| self.expr(s));
        self.emit(InstKind::Format(v, conv, spec), span)
    }
}

/// `super()` with no arguments.
pub(super) fn is_super_call(e: &ast::Expr) -> bool {
    matches!(e, ast::Expr::Call(c) if c.args.is_empty() && c.keywords.is_empty() && matches!(&*c.func, ast::Expr::Name(n) if n.id.as_str() == "super"))
}
