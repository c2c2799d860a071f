//! Builtin functions and the methods of str and list.

use super::func::{ll, FnLower};
use inkwell::values::BasicValueEnum;
use mesapy_annotator::ir::*;
use inkwell::IntPredicate;
use mesapy_annotator::annotate::ExcKind;
use mesapy_annotator::types::{Mutability, Type};

impl<'c, 'ctx, 'a> FnLower<'c, 'ctx, 'a> {
    fn kwarg(&self, kw: &[(String, Value)], name: &str) -> Option<Value> {
        kw.iter().find(|(k, _)| k == name).map(|(_, v)| *v).filter(|v| self.ty(*v) != Type::None)
    }

    pub(crate) fn result_type(&self, result: Option<Value>) -> Type {
        result.map(|r| self.ty(r)).unwrap_or(Type::None)
    }

    pub(crate) fn none(&self) -> BasicValueEnum<'ctx> {
        self.cg.ctx.i8_type().const_zero().into()
    }

    pub(crate) fn builtin(&mut self, b: Builtin, args: &[Value], kw: &[(String, Value)], result: Option<Value>) -> Option<BasicValueEnum<'ctx>> {
        let types: Vec<Type> = args.iter().map(|a| self.ty(*a)).collect();
        let vals: Vec<BasicValueEnum> = args.iter().map(|a| self.get(*a)).collect();
        Some(match b {
            Builtin::Print => {
                let sep = match self.kwarg(kw, "sep") {
                    Some(v) => self.get(v).into_pointer_value(),
                    None => self.str_const(" "),
                };
                let end = match self.kwarg(kw, "end") {
                    Some(v) => self.get(v).into_pointer_value(),
                    None => self.str_const("\n"),
                };
                for (i, (v, t)) in vals.iter().zip(&types).enumerate() {
                    if i > 0 {
                        self.call_rt("rt_write_stdout", &[sep.into()]);
                    }
                    let s = self.str_of(*v, t);
                    self.call_rt("rt_write_stdout", &[s.into()]);
                }
                self.call_rt("rt_write_stdout", &[end.into()]);
                self.none()
            }
            Builtin::Reversed => {
                let list = self.new_list_of(vals[0], &types[0], result);
                self.call_rt("rt_list_reverse", &[list]);
                list
            }
            Builtin::Len | Builtin::IterLen | Builtin::RevLen => match &types[0] {
                Type::Object => self.object_len(vals[0], &types[0]),
                // A loop over an instance iterator calls `__next__` until it stops, and one
                // over an iterator object keeps its own position; no length.
                Type::Instance(_) | Type::Iter(_) | Type::Gen(_) if b == Builtin::IterLen => self.tagged(0).into(),
                Type::Str => self.call_rt_value("rt_str_len", &[vals[0]]),
                Type::List(_) => {
                    let n = self.list_len(vals[0].into_pointer_value());
                    self.tag(n).into()
                }
                Type::Tuple(ts) => self.tagged(ts.len() as i64).into(),
                Type::TupleOf(_) => {
                    let n = self.tuple_len(vals[0].into_pointer_value());
                    self.tag(n).into()
                }
                Type::Bytes(_) | Type::Dict(_) | Type::Set(..) | Type::View(..) => {
                    let n = self.list_len(vals[0].into_pointer_value());
                    self.tag(n).into()
                }
                t => unreachable!("len of {t:?}"),
            },
            Builtin::Abs => match &types[0] {
                Type::Object => self.object_abs(vals[0], &types[0]),
                Type::Float => {
                    let f = inkwell::intrinsics::Intrinsic::find("llvm.fabs").expect("llvm.fabs exists");
                    let decl = f.get_declaration(&self.cg.module, &[self.cg.ctx.f64_type().into()]).expect("fabs.f64");
                    ll!(self.b().build_call(decl, &[vals[0].into()], "abs")).try_as_basic_value().basic().expect("fabs returns")
                }
                t => {
                    let x = self.as_int(vals[0], t);
                    self.call_rt_value("rt_int_abs", &[x.into()])
                }
            },
            Builtin::Min | Builtin::Max => self.min_max(b == Builtin::Max, &vals, &types, kw, result),
            Builtin::Sum => {
                let out_t = self.result_type(result);
                let (list, item) = self.list_or_items(vals[0], &types[0]);
                let total = match (&item, &out_t) {
                    (Type::Object, _) => self.call_rt_value("rt_list_sum_obj", &[list]),
                    (Type::Float, Type::Float) => self.call_rt_value("rt_list_sum_float", &[list]),
                    // Bools are stored raw (0/1), so their sum is the number of `True`s.
                    (Type::Bool, _) => {
                        let one = self.i64(1).into();
                        let d = self.desc(&Type::Bool);
                        self.call_rt_value("rt_list_count", &[list, one, d.into()])
                    }
                    _ => self.call_rt_value("rt_list_sum_int", &[list]),
                };
                let total_t = match item {
                    Type::Float | Type::Object => item.clone(),
                    _ => Type::Int,
                };
                match types.get(1) {
                    Some(st) => return self.binary_values(BinOp::Add, vals[1], st, total, &total_t),
                    None if out_t == Type::Float && total_t == Type::Int => self.as_float(total, &Type::Int).into(),
                    None => total,
                }
            }
            Builtin::Int => match types.as_slice() {
                [] => self.tagged(0).into(),
                [Type::Float] => self.call_rt_value("rt_int_from_float", &[vals[0]]),
                [Type::Str] => self.call_rt_value("rt_int_parse", &[vals[0], self.tagged(10).into()]),
                [Type::Str, bt] => {
                    let base = self.as_int(vals[1], bt);
                    self.call_rt_value("rt_int_parse", &[vals[0], base.into()])
                }
                [t] => self.as_int(vals[0], t).into(),
                _ => unreachable!("int() arity is checked"),
            },
            Builtin::Float => match types.as_slice() {
                [] => self.cg.ctx.f64_type().const_zero().into(),
                [Type::Str] => self.call_rt_value("rt_float_parse", &[vals[0]]),
                [t] => self.as_float(vals[0], t).into(),
                _ => unreachable!("float() arity is checked"),
            },
            Builtin::Str => match types.as_slice() {
                [] => self.str_const("").into(),
                [Type::Bytes(_), _] => self.call_rt_value("rt_bytes_decode", &[vals[0], vals[1]]),
                [t, ..] => self.str_of(vals[0], t).into(),
            },
            Builtin::Repr => self.repr_of(vals[0], &types[0]).into(),
            Builtin::Bool => match types.first() {
                None => self.cg.ctx.i8_type().const_zero().into(),
                Some(t) => {
                    let c = self.truth(vals[0], t);
                    self.bool_value(c)
                }
            },
            Builtin::Ord => self.call_rt_value("rt_ord", &[vals[0]]),
            Builtin::Chr => {
                let x = self.as_int(vals[0], &types[0]);
                self.call_rt_value("rt_chr", &[x.into()])
            }
            Builtin::Round => match types.as_slice() {
                [Type::Float] | [Type::Float, Type::None] => self.call_rt_value("rt_float_round", &[vals[0]]),
                [Type::Float, n] => {
                    let n = self.as_int(vals[1], n);
                    self.call_rt_value("rt_float_round_n", &[vals[0], n.into()])
                }
                [t] | [t, Type::None] => self.as_int(vals[0], t).into(),
                [t, n] => {
                    let (x, n) = (self.as_int(vals[0], t), self.as_int(vals[1], n));
                    self.call_rt_value("rt_int_round", &[x.into(), n.into()])
                }
                _ => unreachable!("round() arity is checked"),
            },
            Builtin::Divmod => {
                let q = self.binary_values(BinOp::FloorDiv, vals[0], &types[0], vals[1], &types[1])?;
                let r = self.binary_values(BinOp::Mod, vals[0], &types[0], vals[1], &types[1])?;
                let t = if types.contains(&Type::Float) { Type::Float } else { Type::Int };
                self.build_tuple_of(&[(q, t.clone()), (r, t)]).into()
            }
            Builtin::Pow => match types.as_slice() {
                [a, b] => return self.binary_values(BinOp::Pow, vals[0], a, vals[1], b),
                [a, b, m] => {
                    let (x, y, z) = (self.as_int(vals[0], a), self.as_int(vals[1], b), self.as_int(vals[2], m));
                    self.call_rt_value("rt_int_pow_mod", &[x.into(), y.into(), z.into()])
                }
                _ => unreachable!("pow() arity is checked"),
            },
            Builtin::List => match types.as_slice() {
                [] => {
                    let item = match self.result_type(result) {
                        Type::List(l) => self.cg.ann.containers.item(l),
                        _ => Type::None,
                    };
                    self.new_list(self.i64(0), &item).into()
                }
                [t] => self.new_list_of(vals[0], t, result),
                _ => unreachable!("list() arguments are checked"),
            },
            Builtin::Sorted => {
                let list = self.new_list_of(vals[0], &types[0], result);
                self.sort_list(list, &self.list_item_type(&self.result_type(result)), kw);
                list
            }
            Builtin::Set | Builtin::FrozenSet => {
                let set_t = self.result_type(result);
                match types.first() {
                    Some(t) => self.set_of(vals[0], t, &set_t),
                    None => {
                        let d = self.desc(&set_t);
                        self.call_rt_value("rt_set_new", &[d.into()])
                    }
                }
            }
            Builtin::Dict => match types.first() {
                Some(_) => self.call_rt_value("rt_dict_copy", &[vals[0]]),
                None => {
                    let d = self.desc(&self.result_type(result));
                    self.call_rt_value("rt_dict_new", &[d.into()])
                }
            },
            Builtin::Hash => self.hash_of(vals[0], &types[0]),
            Builtin::Iter => match &types[0] {
                Type::Iter(_) | Type::Gen(_) => vals[0],
                t => self.new_iterator(vals[0], t),
            },
            Builtin::Next => {
                let default = args.get(1).map(|&d| (self.get(d), self.ty(d)));
                let out = self.result_type(result);
                match &types[0] {
                    Type::Gen(item) => self.generator_next_item(vals[0], item, default, &out),
                    Type::Iter(inner) => self.iterator_step(vals[0], inner, default, &out),
                    _ => unreachable!("next() of an instance is a dispatch"),
                }
            }
            Builtin::Bytes => self.new_bytes(Mutability::Immutable, &vals, &types),
            Builtin::ByteArray => self.new_bytes(Mutability::Mutable, &vals, &types),
            Builtin::BytesFromhex | Builtin::ByteArrayFromhex => self.call_rt_value("rt_bytes_fromhex", &[vals[0]]),
            Builtin::StrMaketrans => self.maketrans(&vals, &types, result),
            Builtin::Format => {
                let spec = match vals.get(1) {
                    Some(s) => s.into_pointer_value(),
                    None => self.str_const(""),
                };
                self.format_value(vals[0], &types[0], spec)
            }
            // `hex(n)` is `format(n, "#x")` for an int or bool (the annotator checked the type).
            Builtin::Hex | Builtin::Oct | Builtin::Bin => {
                let spec = match b {
                    Builtin::Hex => "#x",
                    Builtin::Oct => "#o",
                    _ => "#b",
                };
                let spec = self.str_const(spec);
                self.format_value(vals[0], &types[0], spec)
            }
            // A starred iterable other than a tuple or a list is the tuple of its items; the
            // rest passes as it is (`Builtin::Starred`).
            Builtin::Starred => match (&types[0], self.result_type(result)) {
                (t, Type::TupleOf(_)) if !matches!(t, Type::Tuple(_) | Type::TupleOf(_)) => self.tuple_from(vals[0], t),
                _ => vals[0],
            },
            Builtin::StarredPart(_) => vals[0],
            Builtin::FormatStar => {
                let Type::Dict(d) = &types[2] else { unreachable!("the annotator types `__mesapy_format` as (str, tuple, dict)") };
                let c = &self.cg.ann.containers;
                let known = |t: Type| if t == Type::Bottom { Type::None } else { c.canonical(&t) };
                let item = match types[1].tuple_items() {
                    [first, rest @ ..] if rest.iter().all(|t| t == first) => known(first.clone()),
                    [] => Type::None,
                    _ => Type::Object,
                };
                let value = known(c.value(*d));
                let args = self.as_tuple_of(vals[1], &types[1], &item);
                let (item, value) = (self.desc(&item), self.desc(&value));
                self.call_rt_value("rt_str_format_star", &[vals[0], args.into(), item.into(), vals[2], value.into()])
            }
            Builtin::Tuple => match (vals.first(), types.first()) {
                // CPython returns a tuple itself.
                (Some(&t), Some(Type::Tuple(_) | Type::TupleOf(_))) => t,
                (Some(&v), Some(t)) => self.tuple_from(v, t),
                _ => self.build_tuple_of(&[]).into(),
            },
            Builtin::Id => {
                let w = self.to_word(vals[0], &types[0]);
                let d = self.desc(&types[0]);
                self.call_rt_value("rt_id", &[w.into(), d.into()])
            }
            Builtin::Callable => self.callable(args[0]),
            Builtin::Input => {
                let prompt = vals.first().copied().unwrap_or_else(|| self.str_const("").into());
                self.call_rt_value("rt_input", &[prompt])
            }
            Builtin::Argv => self.call_rt_value("rt_argv", &[]),
            Builtin::FMath => self.call_rt_value("rt_fmath", &vals),
            Builtin::FMath2 => self.call_rt_value("rt_fmath2", &vals),
            Builtin::FileOpen => self.call_rt_value("rt_file_open", &vals),
            Builtin::FileRead => self.call_rt_value("rt_file_read", &vals),
            Builtin::FileReadline => self.call_rt_value("rt_file_readline", &vals),
            Builtin::FileReadBytes => self.call_rt_value("rt_file_read_bytes", &vals),
            Builtin::FileReadlineBytes => self.call_rt_value("rt_file_readline_bytes", &vals),
            Builtin::FileWriteBytes => self.call_rt_value("rt_file_write_bytes", &vals),
            Builtin::FileWrite | Builtin::FileFlush | Builtin::FileClose => {
                let f = match b {
                    Builtin::FileWrite => "rt_file_write",
                    Builtin::FileFlush => "rt_file_flush",
                    _ => "rt_file_close",
                };
                self.call_rt(f, &vals);
                self.none()
            }
        })
    }

    /// `format(v, spec)` of a value of type `t`.
    fn format_value(&self, v: BasicValueEnum<'ctx>, t: &Type, spec: inkwell::values::PointerValue<'ctx>) -> BasicValueEnum<'ctx> {
        let w = self.to_word(v, t);
        let d = self.desc(t);
        self.call_rt_value("rt_format", &[w.into(), d.into(), spec.into()])
    }

    /// `xs.remove(x)`, `xs.index(x)` or `xs.count(x)` where `x` is of another type than the
    /// items, which may still equal one (`[1, 2].index(2.0)`): searched for in a copy of the list
    /// with its items boxed, where values of any types compare.
    fn search_boxed(&mut self, list: BasicValueEnum<'ctx>, item: &Type, name: &str, x: BasicValueEnum<'ctx>, tx: &Type) -> BasicValueEnum<'ctx> {
        let boxes = self.list_as(list, item, &Type::Object);
        let w = self.to_word(self.boxed(x, tx).into(), &Type::Object);
        let d = self.desc(&Type::Object);
        if name != "remove" {
            return self.call_rt_value(&format!("rt_list_{name}"), &[boxes, w.into(), d.into()]);
        }
        let found = self.call_rt_value("rt_list_contains", &[boxes, w.into(), d.into()]).into_int_value();
        let missing = ll!(self.b().build_int_compare(IntPredicate::EQ, found, found.get_type().const_zero(), "missing"));
        self.raise_if(missing, ExcKind::ValueError, "list.remove(x): x not in list");
        let at = self.call_rt_value("rt_list_index", &[boxes, w.into(), d.into()]);
        self.call_rt("rt_list_pop", &[list, at]);
        self.none()
    }

    /// `list(x)` (also `sorted`, `reversed`): a new list of an iterable's items, converted to the
    /// item type of the `result` list, which may have grown beyond theirs.
    fn new_list_of(&mut self, v: BasicValueEnum<'ctx>, t: &Type, result: Option<Value>) -> BasicValueEnum<'ctx> {
        let (list, item) = self.list_of(v, t);
        self.list_as(list, &item, &self.list_item_type(&self.result_type(result)))
    }

    /// A list of an iterable's items (the list itself when it is one) and their type.
    pub(crate) fn list_or_items(&mut self, v: BasicValueEnum<'ctx>, t: &Type) -> (BasicValueEnum<'ctx>, Type) {
        match t {
            Type::List(l) => (v, self.cg.ann.containers.item(*l)),
            t => self.list_of(v, t),
        }
    }

    pub(crate) fn copy_list(&self, list: BasicValueEnum<'ctx>) -> BasicValueEnum<'ctx> {
        let none = self.i64(0).into();
        self.call_rt_value("rt_list_slice", &[list, none, none, none])
    }

    /// `min`/`max` of several arguments keeps the first extreme value, as CPython does. Of one
    /// iterable, the runtime finds the index of the extreme item, or of its key when the builder
    /// computed the keys (`$keys`); an empty one gives the `default`, if any.
    fn min_max(&mut self, is_max: bool, vals: &[BasicValueEnum<'ctx>], types: &[Type], kw: &[(String, Value)], result: Option<Value>) -> BasicValueEnum<'ctx> {
        let out = self.result_type(result);
        if let [single] = vals {
            let (list, item) = self.list_or_items(*single, &types[0]);
            let (keys, key_t) = match kw.iter().find(|(k, _)| k == "$keys") {
                Some(&(_, k)) => (self.get(k), self.list_item_type(&self.ty(k))),
                None => (list, item.clone()),
            };
            let default = kw.iter().find(|(k, _)| k == "default").map(|&(_, v)| v);
            let d = self.desc(&key_t);
            let flag = |fl: &Self, b: bool| fl.cg.ctx.i8_type().const_int(u64::from(b), false);
            let at = self.call_rt_value("rt_list_best", &[keys.into(), d.into(), flag(self, is_max).into(), flag(self, default.is_some()).into()]).into_int_value();
            let pick = |fl: &mut Self| {
                let w = ll!(fl.b().build_load(fl.cg.ctx.i64_type(), fl.list_item_ptr(list.into_pointer_value(), at), "best")).into_int_value();
                let v = fl.from_word(w, &item);
                fl.coerce(v, &item, &out)
            };
            let Some(default) = default else { return pick(self) };
            let empty = ll!(self.b().build_int_compare(inkwell::IntPredicate::SLT, at, self.i64(0), "empty"));
            return self.found_or_default(empty, pick, (self.get(default), self.ty(default)), &out);
        }
        let mut best = vals[0];
        for v in &vals[1..] {
            let op = if is_max { CmpOp::Gt } else { CmpOp::Lt };
            let better = self.compare_values(op, *v, &out, best, &out);
            best = ll!(self.b().build_select(better, *v, best, "best"));
        }
        best
    }

    /// The item type of a list type.
    pub(crate) fn list_item_type(&self, t: &Type) -> Type {
        match t {
            Type::List(l) => self.cg.ann.containers.item(*l),
            t => unreachable!("not a list: {t:?}"),
        }
    }

    /// Sorts `list` (of `item`s) in place as `sort(reverse=..., key=...)` does: by the keys the
    /// builder computed (`$keys`) when there is a key.
    fn sort_list(&mut self, list: BasicValueEnum<'ctx>, item: &Type, kw: &[(String, Value)]) {
        let reverse = match self.kwarg(kw, "reverse") {
            Some(v) => {
                let c = self.truth(self.get(v), &self.ty(v));
                self.bool_value(c)
            }
            None => self.cg.ctx.i8_type().const_zero().into(),
        };
        match kw.iter().find(|(k, _)| k == "$keys") {
            Some(&(_, keys)) => {
                let d = self.desc(&self.list_item_type(&self.ty(keys)));
                self.call_rt("rt_list_sort_keyed", &[list, self.get(keys), d.into(), reverse]);
            }
            None => {
                let d = self.desc(item);
                self.call_rt("rt_list_sort", &[list, d.into(), reverse]);
            }
        }
    }

    pub(crate) fn method(&mut self, o: Value, name: &str, args: &[Value], kw: &[(String, Value)], result: Option<Value>) -> Option<BasicValueEnum<'ctx>> {
        let obj = self.get(o);
        let vals: Vec<BasicValueEnum> = args.iter().map(|a| self.get(*a)).collect();
        let types: Vec<Type> = args.iter().map(|a| self.ty(*a)).collect();
        match self.ty(o) {
            Type::Str => Some(self.str_method(obj, name, &vals, &types, kw)),
            Type::List(l) => {
                let item = self.cg.ann.containers.item(l);
                Some(self.list_method(obj, &item, name, &vals, &types, kw, result))
            }
            t @ Type::Dict(_) => Some(self.dict_method(obj, &t, name, args)),
            t @ Type::Set(..) => Some(self.set_method(obj, &t, name, args)),
            Type::Bytes(k) => Some(self.bytes_method(obj, k, name, &vals, &types)),
            t @ (Type::Tuple(_) | Type::TupleOf(_)) => Some(self.tuple_method(obj, &t, name, vals[0], &types[0])),
            Type::Gen(item) => {
                let want = self.result_type(result);
                Some(match name {
                    "send" => self.generator_send(obj, (vals[0], &types[0]), &item, &want),
                    "throw" => self.generator_throw(obj, vals[0], &types[0], &item, &want),
                    _ => {
                        self.generator_close(obj);
                        self.none()
                    }
                })
            }
            t => unreachable!("the annotator rejects methods of {t:?}"),
        }
    }

    /// An optional argument as a tagged int word, 0 when absent or None.
    pub(crate) fn opt_arg(&self, vals: &[BasicValueEnum<'ctx>], types: &[Type], i: usize) -> BasicValueEnum<'ctx> {
        match types.get(i) {
            Some(Type::None) | None => self.i64(0).into(),
            Some(t) => self.as_int(vals[i], t).into(),
        }
    }

    /// An optional str or bytes argument: null when absent or `None` (and a `T | None` that is
    /// `None` is the word 0, a null pointer, too).
    pub(crate) fn opt_ref(&self, vals: &[BasicValueEnum<'ctx>], types: &[Type], i: usize) -> BasicValueEnum<'ctx> {
        match types.get(i) {
            Some(t) if matches!(t.non_none(), Type::Str | Type::Bytes(_)) => vals[i],
            _ => self.cg.ptr().const_null().into(),
        }
    }

    fn str_method(&mut self, s: BasicValueEnum<'ctx>, name: &str, vals: &[BasicValueEnum<'ctx>], types: &[Type], kw: &[(String, Value)]) -> BasicValueEnum<'ctx> {
        let rt = format!("rt_str_{name}");
        match name {
            "upper" | "lower" | "isdigit" | "isalpha" | "isspace" | "isalnum" | "isupper" | "islower" | "title" | "capitalize" | "swapcase"
            | "casefold" | "isdecimal" | "isnumeric" | "istitle" | "isidentifier" | "isascii" => self.call_rt_value(&rt, &[s]),
            "strip" | "lstrip" | "rstrip" => {
                let chars = self.opt_ref(vals, types, 0);
                self.call_rt_value(&rt, &[s, chars])
            }
            "split" | "rsplit" => {
                let mut sep = self.opt_ref(vals, types, 0);
                let mut maxsplit = match types.get(1) {
                    Some(t) => self.as_int(vals[1], t),
                    None => self.tagged(-1),
                };
                if let Some(v) = self.kwarg(kw, "sep") {
                    sep = self.get(v);
                }
                if let Some(v) = kw.iter().find(|(k, _)| k == "maxsplit").map(|(_, v)| *v) {
                    maxsplit = self.as_int(self.get(v), &self.ty(v));
                }
                self.call_rt_value(&rt, &[s, sep, maxsplit.into()])
            }
            "join" if matches!(types[0], Type::Tuple(_) | Type::TupleOf(_)) => {
                let (items, _) = self.list_of(vals[0], &types[0]);
                self.call_rt_value(&rt, &[s, items])
            }
            "join" | "partition" | "rpartition" | "removeprefix" | "removesuffix" => self.call_rt_value(&rt, &[s, vals[0]]),
            "translate" => {
                let d = self.desc(&types[0]);
                self.call_rt_value(&rt, &[s, vals[0], d.into()])
            }
            "encode" => {
                let encoding = self.opt_ref(vals, types, 0);
                self.call_rt_value(&rt, &[s, encoding])
            }
            "splitlines" => {
                let keepends = match kw.iter().find(|(k, _)| k == "keepends").map(|(_, v)| *v) {
                    Some(v) => {
                        let c = self.truth(self.get(v), &self.ty(v));
                        self.bool_value(c)
                    }
                    None if !vals.is_empty() => {
                        let c = self.truth(vals[0], &types[0]);
                        self.bool_value(c)
                    }
                    None => self.cg.ctx.i8_type().const_zero().into(),
                };
                self.call_rt_value(&rt, &[s, keepends])
            }
            "expandtabs" => {
                let tabsize = match kw.iter().find(|(k, _)| k == "tabsize").map(|(_, v)| *v) {
                    Some(v) => self.as_int(self.get(v), &self.ty(v)),
                    None if !vals.is_empty() => self.as_int(vals[0], &types[0]),
                    None => self.tagged(8),
                };
                self.call_rt_value(&rt, &[s, tabsize.into()])
            }
            "replace" => {
                let count = match types.get(2) {
                    Some(t) => self.as_int(vals[2], t),
                    None => self.tagged(-1),
                };
                self.call_rt_value(&rt, &[s, vals[0], vals[1], count.into()])
            }
            "find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith" => {
                let (start, end) = (self.opt_arg(vals, types, 1), self.opt_arg(vals, types, 2));
                self.call_rt_value(&rt, &[s, vals[0], start, end])
            }
            "ljust" | "rjust" | "center" => {
                let width = self.as_int(vals[0], &types[0]);
                let fill = self.opt_ref(vals, types, 1);
                self.call_rt_value(&rt, &[s, width.into(), fill])
            }
            "zfill" => {
                let width = self.as_int(vals[0], &types[0]);
                self.call_rt_value(&rt, &[s, width.into()])
            }
            "format" if !kw.is_empty() => {
                let mut pairs: Vec<_> = vals.iter().copied().zip(types.iter().cloned()).collect();
                pairs.extend(kw.iter().map(|(_, v)| (self.get(*v), self.ty(*v))));
                let (words, descs) = self.word_array(&pairs);
                let names: Vec<&str> = kw.iter().map(|(k, _)| k.as_str()).collect();
                let names = self.str_const(&names.join(","));
                let (n, npos) = (self.i64(pairs.len() as i64), self.i64(vals.len() as i64));
                self.call_rt_value("rt_str_format_kw", &[s, n.into(), words.into(), descs.into(), npos.into(), names.into()])
            }
            "format" => {
                let pairs: Vec<_> = vals.iter().copied().zip(types.iter().cloned()).collect();
                let (words, descs) = self.word_array(&pairs);
                let n = self.i64(vals.len() as i64);
                self.call_rt_value("rt_str_format_method", &[s, n.into(), words.into(), descs.into()])
            }
            _ => unreachable!("the annotator rejects str.{name}"),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn list_method(
        &mut self,
        list: BasicValueEnum<'ctx>,
        item: &Type,
        name: &str,
        vals: &[BasicValueEnum<'ctx>],
        types: &[Type],
        kw: &[(String, Value)],
        result: Option<Value>,
    ) -> BasicValueEnum<'ctx> {
        let word = |this: &Self, i: usize| -> BasicValueEnum<'ctx> {
            let v = this.coerce(vals[i], &types[i], item);
            this.to_word(v, item).into()
        };
        match name {
            "append" => {
                let w = word(self, 0);
                self.call_rt("rt_list_append", &[list, w]);
                self.none()
            }
            "insert" => {
                let i = self.as_int(vals[0], &types[0]);
                let w = word(self, 1);
                self.call_rt("rt_list_insert", &[list, i.into(), w]);
                self.none()
            }
            "extend" => {
                let (other, other_item) = self.list_or_items(vals[0], &types[0]);
                let other = self.list_as(other, &other_item, item);
                self.call_rt("rt_list_extend", &[list, other]);
                self.none()
            }
            "pop" => {
                let i = self.opt_arg(vals, types, 0);
                let w = self.call_rt_value("rt_list_pop", &[list, i]).into_int_value();
                self.from_word(w, item)
            }
            "remove" | "index" | "count" => {
                if !self.fits_item(&types[0], item) && *item != Type::Bottom {
                    return self.search_boxed(list, item, name, vals[0], &types[0]);
                }
                let w = word(self, 0);
                let d = self.desc(item);
                match name {
                    "remove" => {
                        self.call_rt("rt_list_remove", &[list, w, d.into()]);
                        self.none()
                    }
                    _ => self.call_rt_value(&format!("rt_list_{name}"), &[list, w, d.into()]),
                }
            }
            "sort" => {
                self.sort_list(list, &item.clone(), kw);
                self.none()
            }
            "reverse" => {
                self.call_rt("rt_list_reverse", &[list]);
                self.none()
            }
            "copy" => {
                let _ = result;
                self.copy_list(list)
            }
            "clear" => {
                self.set_list_len(list.into_pointer_value(), self.i64(0));
                self.none()
            }
            _ => unreachable!("the annotator rejects list.{name}"),
        }
    }
}
