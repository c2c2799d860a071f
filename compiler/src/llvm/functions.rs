//! Function objects, cells, and calls through function values (runtime/ABI.md "Functions").
//!
//! A function object is a tuple-layout object: field 0 is the address of the function's
//! `FuncInfo` constant with bit 0 set (so the collector passes over it, as over a small int),
//! then the cells of its free variables, then (for a nested function) its defaults. A cell is a
//! tuple-layout object of one field. A call through a function value compares field 0 with
//! the `FuncInfo` of each function the value may be.

use super::func::{ll, FnLower};
use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use inkwell::AddressSpace;
use inkwell::IntPredicate;
use mesapy_annotator::annotate::{Binder, Callee, ExcKind, FnArg, FnCall, FnTarget, VariantId};
use mesapy_annotator::ir::*;
use mesapy_annotator::types::Type;

impl<'c, 'ctx, 'a> FnLower<'c, 'ctx, 'a> {
    /// The word in field 0 of `f`'s objects: its `FuncInfo` address with bit 0 set.
    fn function_tag(&mut self, f: FuncId) -> IntValue<'ctx> {
        let info = match self.cg.function_infos.get(&f) {
            Some(&p) => p,
            None => {
                let func = self.cg.program.function(f);
                let p = self.cg.func_info(&func.qualname.clone(), func.span, f.index());
                self.cg.function_infos.insert(f, p);
                p
            }
        };
        let w = ll!(self.b().build_ptr_to_int(info, self.cg.ctx.i64_type(), "info"));
        ll!(self.b().build_or(w, self.i64(1), "tag"))
    }

    /// Field 0 of a function object.
    fn tag_of(&self, f: BasicValueEnum<'ctx>) -> IntValue<'ctx> {
        let p = self.tuple_item_ptr(f.into_pointer_value(), self.i64(0));
        ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "tag")).into_int_value()
    }

    /// `MakeFunction(f, values)`. A module-level function's object is made once and cached,
    /// so that the name is always the same object (`f is f`).
    pub(crate) fn make_function(&mut self, f: FuncId, values: &[Value]) -> BasicValueEnum<'ctx> {
        let func = self.cg.program.function(f);
        if !func.closure_defaults {
            let slot = self.cg.const_slot(format!("function:{}", f.0));
            let w = self.cached_object(slot, |fl| {
                let tag = fl.function_tag(f);
                let obj = fl.build_tuple_of(&[(tag.into(), Type::Int)]);
                let add_root = fl.cg.rt("rt_gc_add_root");
                ll!(fl.b().build_call(add_root, &[slot.as_pointer_value().into()], ""));
                ll!(fl.b().build_ptr_to_int(obj, fl.cg.ctx.i64_type(), "w"))
            });
            return ll!(self.b().build_int_to_ptr(w, self.cg.ptr(), "function")).into();
        }
        let tag = self.function_tag(f);
        let mut fields = vec![(tag.into(), Type::Int)];
        let defaults: Vec<GlobalId> = func.params.iter().filter_map(|p| p.default).collect();
        for (i, v) in values.iter().enumerate() {
            let (val, t) = (self.get(*v), self.ty(*v));
            match i.checked_sub(func.free.len()) {
                None => fields.push((val, t)),
                Some(k) => {
                    let to = self.cg.ann.containers.canonical(&self.cg.ann.globals[defaults[k].index()]);
                    fields.push((self.coerce(val, &t, &to), to));
                }
            }
        }
        self.build_tuple_of(&fields).into()
    }

    /// The type of captured variable `c`.
    fn cell_type(&self, c: CellId) -> Type {
        self.cg.ann.containers.canonical(&self.cg.ann.cells[c.index()])
    }

    /// A new cell of variable `c`, not yet assigned.
    pub(crate) fn make_cell(&mut self, c: CellId) -> BasicValueEnum<'ctx> {
        let t = self.cell_type(c);
        let empty = self.cg.repr(&t).const_zero();
        self.build_tuple_of(&[(empty, t)]).into()
    }

    /// The value in a cell; CPython's error when the variable was never assigned (the word 0
    /// of a reference type).
    pub(crate) fn load_cell(&mut self, cell: Value, c: CellId) -> BasicValueEnum<'ctx> {
        let t = self.cell_type(c);
        let p = self.tuple_item_ptr(self.get(cell).into_pointer_value(), self.i64(0));
        let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "cell")).into_int_value();
        if t.nullable() {
            let name = self.cg.program.cells[c.index()].clone();
            let unbound = ll!(self.b().build_int_compare(IntPredicate::EQ, w, self.i64(0), "unbound"));
            match self.func.free.contains(&c) {
                true => self.raise_if(unbound, ExcKind::NameError, &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope")),
                false => self.raise_if(unbound, ExcKind::UnboundLocalError, &format!("cannot access local variable '{name}' where it is not associated with a value")),
            }
        }
        self.from_word(w, &t)
    }

    pub(crate) fn store_cell(&mut self, cell: Value, c: CellId, v: Value) {
        let t = self.cell_type(c);
        let val = self.coerce(self.get(v), &self.ty(v), &t);
        let w = self.to_word(val, &t);
        let p = self.tuple_item_ptr(self.get(cell).into_pointer_value(), self.i64(0));
        ll!(self.b().build_store(p, w));
    }

    /// Cell `i` of a function object.
    pub(crate) fn free_cell(&mut self, closure: Value, i: u32) -> BasicValueEnum<'ctx> {
        let p = self.tuple_item_ptr(self.get(closure).into_pointer_value(), self.i64(1 + i as i64));
        let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "cell")).into_int_value();
        ll!(self.b().build_int_to_ptr(w, self.cg.ptr(), "cell")).into()
    }

    /// `f.__name__` (or `f.__qualname__`) of a function value.
    pub(crate) fn function_name(&mut self, f: Value, qualified: bool) -> PointerValue<'ctx> {
        let Type::Function(funcs) = self.ty(f) else { unreachable!("the annotator types `__name__` only on functions") };
        let name = |fl: &mut Self, id: FuncId| {
            let func = fl.cg.program.function(id);
            let text = if qualified { func.qualname.clone() } else { func.name.clone() };
            fl.str_const(&text)
        };
        let mut result = name(self, funcs[0]);
        if funcs.len() > 1 {
            let tag = self.tag_of(self.get(f));
            for &id in &funcs[1..] {
                let (this, is) = (name(self, id), self.function_tag(id));
                let hit = ll!(self.b().build_int_compare(IntPredicate::EQ, tag, is, "is_fn"));
                result = ll!(self.b().build_select(hit, this, result, "name")).into_pointer_value();
            }
        }
        result
    }

    /// An argument of a call through a function value; `bound` is the binder's spec constant
    /// and output of a call bound as it runs.
    pub(crate) fn fn_arg(&mut self, a: &FnArg, ops: &[(BasicValueEnum<'ctx>, Type)], bound: Option<&Bound<'_, 'ctx>>) -> (BasicValueEnum<'ctx>, Type) {
        let canon = |fl: &Self, t: &Type| fl.cg.ann.containers.canonical(t);
        match a {
            FnArg::Operand(i) => ops[*i].clone(),
            FnArg::Field(o, i) => {
                let Type::Tuple(ts) = ops[*o].1.non_none().clone() else { unreachable!("the annotator spreads only tuples") };
                (self.tuple_field(ops[*o].0.into_pointer_value(), &ts, *i), ts[*i].clone())
            }
            FnArg::Default(g) => (self.load_global(*g, None), canon(self, &self.cg.ann.globals[g.index()])),
            FnArg::Closure(i, g) => {
                let t = canon(self, &self.cg.ann.globals[g.index()]);
                let p = self.tuple_item_ptr(ops[0].0.into_pointer_value(), self.i64(*i as i64));
                let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "default")).into_int_value();
                (self.from_word(w, &t), t)
            }
            FnArg::Tuple(items) => {
                let vals: Vec<_> = items.iter().map(|a| self.fn_arg(a, ops, bound)).collect();
                let types = vals.iter().map(|(_, t)| t.clone()).collect();
                (self.build_tuple_of(&vals).into(), Type::Tuple(types))
            }
            FnArg::Dict(d, pairs, rest_at) => {
                let t = Type::Dict(*d);
                let (kt, vt) = (self.cg.ann.containers.item(*d), self.cg.ann.containers.value(*d));
                let desc = self.desc(&t);
                let dict = self.call_rt_value("rt_dict_new", &[desc.into()]);
                for i in 0..=pairs.len() {
                    for (k, _) in rest_at.iter().enumerate().filter(|(_, &at)| at == i) {
                        self.kwargs_rest(dict, k, &vt, ops, bound);
                    }
                    let Some((k, a)) = pairs.get(i) else { break };
                    let key = self.str_const(k);
                    let kw = self.to_word(self.coerce(key.into(), &Type::Str, &kt), &kt);
                    let (v, vty) = self.fn_arg(a, ops, bound);
                    let vw = self.to_word(self.coerce(v, &vty, &vt), &vt);
                    self.call_rt("rt_dict_setitem", &[dict, kw.into(), vw.into()]);
                }
                (dict, t)
            }
            FnArg::Rest { param, fixed, list, skip } => {
                let b = bound.unwrap_or_else(|| unreachable!("the annotator binds `Rest` arguments with a binder"));
                self.rest_arg(b, *param, fixed, &ops[*list], *skip, ops)
            }
            FnArg::Bound { param, fixed, default } => {
                let b = bound.unwrap_or_else(|| unreachable!("the annotator binds `Bound` arguments with a binder"));
                self.bound_arg(b, *param, fixed.as_deref(), default.as_deref(), ops)
            }
        }
    }

    /// A call through a function value: the candidate is chosen by the object's field 0. None
    /// when no candidate returns. `callee_slot` roots the function of a call of an attribute.
    pub(crate) fn call_function_value(&mut self, call: &FnCall, operands: &[Value], callee_slot: Option<u32>) -> Option<BasicValueEnum<'ctx>> {
        let mut ops: Vec<(BasicValueEnum<'ctx>, Type)> = operands.iter().map(|&v| (self.get(v), self.ty(v))).collect();
        match &call.callee {
            Callee::Operand => {}
            Callee::Boxed => {
                // The box is rooted as the operand, and it holds the function.
                let (w, d) = (self.to_word(ops[0].0, &ops[0].1), self.desc(&ops[0].1));
                let f = self.call_rt_value("rt_obj_function", &[w.into(), d.into()]).into_int_value();
                let t = Type::Function(call.targets.iter().map(|t| t.func).collect());
                ops[0] = (self.from_word(f, &t), t);
            }
            Callee::Attribute { name, bound } => {
                // `obj.name(args)`: the function is the attribute, then the instance if bound.
                let obj = ops[0].clone();
                let Type::Instance(c) = obj.1 else { unreachable!("the annotator calls attributes of instances only") };
                let f = self.attribute_callee(obj.0.into_pointer_value(), c, name);
                let slot = callee_slot.expect("a call of an attribute has a slot for its function");
                ll!(self.b().build_store(self.slot_ptr(slot), self.to_word(f.0, &f.1)));
                ops[0] = f;
                if *bound {
                    ops.insert(1, obj);
                }
            }
        }
        let ret = self.cg.ann.containers.canonical(&call.ret);
        if let [target] = &call.targets[..] {
            return self.call_fn_target(target, &ops, &ret);
        }
        let tag = self.tag_of(ops[0].0);
        let slot = self.entry_alloca(self.cg.repr(&ret), "called");
        let done = self.new_block("called");
        let mut returns = false;
        for target in &call.targets {
            let is = self.function_tag(target.func);
            let hit = ll!(self.b().build_int_compare(IntPredicate::EQ, tag, is, "is_fn"));
            let (case_b, next_b) = (self.new_block("fn_case"), self.new_block("fn_next"));
            ll!(self.b().build_conditional_branch(hit, case_b, next_b));
            self.b().position_at_end(case_b);
            match self.call_fn_target(target, &ops, &ret) {
                Some(v) => {
                    ll!(self.b().build_store(slot, v));
                    ll!(self.b().build_unconditional_branch(done));
                    returns = true;
                }
                None => {
                    ll!(self.b().build_unreachable());
                }
            }
            self.b().position_at_end(next_b);
        }
        // The value's type lists every function it may be.
        ll!(self.b().build_unreachable());
        self.merged_result(done, returns, Some((slot, self.cg.repr(&ret))))
    }

    fn call_fn_target(&mut self, target: &FnTarget, ops: &[(BasicValueEnum<'ctx>, Type)], ret: &Type) -> Option<BasicValueEnum<'ctx>> {
        match &target.call {
            Err(raise) => {
                self.raise(raise.kind, &raise.message);
                None
            }
            Ok((callee, args)) => {
                let bound = target.binder.as_ref().map(|b| self.bind_call(b, *callee, args.len(), ops));
                let vals: Vec<_> = args.iter().map(|a| self.fn_arg(a, ops, bound.as_ref())).collect();
                if self.cg.program.function(target.func).generator {
                    let gen_t = Type::Gen(Box::new(self.cg.ann.containers.canonical(&self.cg.ann.variant(*callee).yields)));
                    let g = self.make_generator(*callee, &vals);
                    return Some(self.coerce(g, &gen_t, ret));
                }
                self.call_variant(*callee, &vals, ret)
            }
        }
    }

    /// Calls the runtime's binder for a call bound as it runs (`rt_bind_call`), which raises
    /// CPython's `TypeError` or writes a code and a word per parameter.
    pub(crate) fn bind_call<'b>(&mut self, binder: &'b Binder, callee: VariantId, params: usize, ops: &[(BasicValueEnum<'ctx>, Type)]) -> Bound<'b, 'ctx> {
        let spec = self.cg.bytes_global(binder.spec.as_bytes(), "bind_spec");
        let spec_len = self.i64(binder.spec.len() as i64);
        let out_ty = self.cg.ctx.i64_type().array_type(2 * params as u32);
        let out = self.entry_alloca(out_ty.into(), "bound");
        let ptr = self.cg.ctx.ptr_type(AddressSpace::default());
        let list = binder.list.map_or(ptr.const_null().into(), |o| ops[o].0);
        let dicts = self.entry_alloca(ptr.array_type(binder.dicts.len().max(1) as u32).into(), "dicts");
        for (i, &o) in binder.dicts.iter().enumerate() {
            // SAFETY: `dicts` is an array of one pointer per `**` dict and `i` is one of them.
            let at = unsafe { ll!(self.b().build_in_bounds_gep(ptr, dicts, &[self.i64(i as i64)], "dict_at")) };
            ll!(self.b().build_store(at, ops[o].0));
        }
        let ndicts = self.i64(binder.dicts.len() as i64);
        self.call_rt("rt_bind_call", &[spec.into(), spec_len.into(), list, dicts.into(), ndicts.into(), out.into()]);
        Bound { binder, spec, spec_len, out, callee }
    }

    /// `*args` of a call bound as it runs: a tuple of the `fixed` arguments, then the starred
    /// sequence's items from `skip` on, all converted to the parameter's item type.
    fn rest_arg(&mut self, b: &Bound<'_, 'ctx>, param: usize, fixed: &[FnArg], (seq, seq_t): &(BasicValueEnum<'ctx>, Type), skip: usize, ops: &[(BasicValueEnum<'ctx>, Type)]) -> (BasicValueEnum<'ctx>, Type) {
        let to = self.cg.ann.containers.canonical(&self.cg.ann.variant(b.callee).args[param]);
        let Type::TupleOf(item) = &to else { unreachable!("the annotator types `*args` bound as the call runs as a tuple of any length") };
        let (tuple, own) = match seq_t {
            Type::List(c) => (self.call_rt_value("rt_tuple_from_list", &[*seq]), self.cg.ann.containers.canonical(&self.cg.ann.containers.item(*c))),
            Type::TupleOf(t) => (*seq, self.cg.ann.containers.canonical(t)),
            t => unreachable!("the annotator binds as it runs only lists and tuples of any length, not {t:?}"),
        };
        let is_ref = |fl: &Self, t: &Type| fl.cg.ctx.i8_type().const_int(u64::from(t.is_gc_ref()), false).into();
        let tail = match skip {
            0 => tuple,
            _ => {
                let none = self.i64(0).into();
                self.call_rt_value("rt_tuple_slice", &[tuple, self.tagged(skip as i64).into(), none, none, is_ref(self, &own)])
            }
        };
        let tail = self.as_tuple_of(tail, &Type::TupleOf(Box::new(own)), item);
        if fixed.is_empty() {
            return (tail.into(), to);
        }
        let head: Vec<_> = fixed
            .iter()
            .map(|a| {
                let (v, t) = self.fn_arg(a, ops, Some(b));
                (self.coerce(v, &t, item), (**item).clone())
            })
            .collect();
        let head = self.build_tuple_of(&head);
        (self.call_rt_value("rt_tuple_concat", &[head.into(), tail.into(), is_ref(self, item)]), to)
    }

    /// Parameter `param` of a call bound as it runs, from where the binder said: the argument
    /// written in the call, an item of the starred list, a value of the `**` dict or the default.
    fn bound_arg(&mut self, b: &Bound<'_, 'ctx>, param: usize, fixed: Option<&FnArg>, default: Option<&FnArg>, ops: &[(BasicValueEnum<'ctx>, Type)]) -> (BasicValueEnum<'ctx>, Type) {
        let canon = |fl: &Self, t: &Type| fl.cg.ann.containers.canonical(t);
        let to = canon(self, &self.cg.ann.variant(b.callee).args[param]);
        let i64t = self.cg.ctx.i64_type();
        let word_at = |fl: &Self, i: usize| {
            // SAFETY: `out` is an array of two words per parameter and `param` is one of them.
            let p = unsafe { ll!(fl.b().build_in_bounds_gep(i64t, b.out, &[fl.i64(i as i64)], "bound_at")) };
            ll!(fl.b().build_load(i64t, p, "bound")).into_int_value()
        };
        let (code, word) = (word_at(self, 2 * param), word_at(self, 2 * param + 1));
        // The binder's codes and where each takes the value from: an argument of the call, or
        // the word the binder wrote, of the list's item type or the dict's value type.
        let word_type = |fl: &Self, o: Option<usize>| {
            o.map(|o| match &ops[o].1 {
                Type::List(c) => BoundSource::Word(canon(fl, &fl.cg.ann.containers.item(*c))),
                Type::TupleOf(t) => BoundSource::Word(canon(fl, t)),
                Type::Dict(d) => BoundSource::Word(canon(fl, &fl.cg.ann.containers.value(*d))),
                t => unreachable!("the annotator binds as it runs only lists, tuples of any length and dicts, not {t:?}"),
            })
        };
        let sources = [(0, fixed.map(BoundSource::Arg)), (1, word_type(self, b.binder.list)), (2, word_type(self, b.binder.dicts.first().copied())), (3, default.map(BoundSource::Arg))];
        let slot = self.entry_alloca(self.cg.repr(&to), "param");
        let done = self.new_block("bound_done");
        let unbound = self.new_block("unbound");
        let mut cases = Vec::new();
        let here = self.b().get_insert_block().unwrap_or_else(|| unreachable!("lowering is inside a block"));
        for (k, source) in sources {
            let Some(source) = source else { continue };
            let block = self.new_block("bound_from");
            self.b().position_at_end(block);
            let (v, t) = match source {
                BoundSource::Word(t) => (self.from_word(word, &t), t),
                BoundSource::Arg(a) => self.fn_arg(a, ops, Some(b)),
            };
            let v = self.coerce(v, &t, &to);
            ll!(self.b().build_store(slot, v));
            ll!(self.b().build_unconditional_branch(done));
            cases.push((i64t.const_int(k, false), block));
        }
        self.b().position_at_end(unbound);
        ll!(self.b().build_unreachable());
        self.b().position_at_end(here);
        ll!(self.b().build_switch(code, unbound, &cases));
        self.b().position_at_end(done);
        (ll!(self.b().build_load(self.cg.repr(&to), slot, "param")), to)
    }

    /// The items of the call's `k`-th `**` dict that no parameter takes, added to the callee's
    /// `**kwargs` dict (`rt_kwargs_rest`), boxed when that dict's values are of mixed type.
    fn kwargs_rest(&mut self, kwargs: BasicValueEnum<'ctx>, k: usize, value_type: &Type, ops: &[(BasicValueEnum<'ctx>, Type)], bound: Option<&Bound<'_, 'ctx>>) {
        let b = bound.unwrap_or_else(|| unreachable!("the annotator adds a `**` dict's rest only to calls with a binder"));
        let o = b.binder.dicts[k];
        let Type::Dict(d) = &ops[o].1 else { unreachable!("the annotator binds only a dict's items") };
        let from = self.cg.ann.containers.canonical(&self.cg.ann.containers.value(*d));
        let to = self.cg.ann.containers.canonical(value_type);
        let boxed = match to == Type::Object && from != Type::Object {
            true => self.desc(&from),
            false => self.cg.ctx.ptr_type(AddressSpace::default()).const_null(),
        };
        self.call_rt("rt_kwargs_rest", &[kwargs, ops[o].0, b.spec.into(), b.spec_len.into(), boxed.into()]);
    }
}

/// Where a parameter of a call bound as it runs may take its value from.
enum BoundSource<'a> {
    Arg(&'a FnArg),
    /// The word the binder wrote, of this type.
    Word(Type),
}

/// A call bound as it runs: its binder, the spec constant and the binder's output.
pub(crate) struct Bound<'b, 'ctx> {
    binder: &'b Binder,
    spec: PointerValue<'ctx>,
    spec_len: IntValue<'ctx>,
    out: PointerValue<'ctx>,
    callee: VariantId,
}
