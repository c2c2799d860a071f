//! Instances of user classes: their layout, class descriptors, attribute access, and the calls
//! the annotator bound to methods (`Dispatch`).
//!
//! An instance is a tuple-layout object (runtime/ABI.md): field 0 points to its class's
//! `ClassInfo` constant (not a reference, so its ref-mask bit is clear), then the fields of its
//! root class, then those each subclass adds. Every field has one static type, so a field
//! access is a load at a constant offset.

use super::func::{ll, FnLower};
use super::Codegen;
use crate::CompileError;
use inkwell::module::Linkage;
use inkwell::types::BasicTypeEnum;
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, GlobalValue, IntValue, PointerValue};
use inkwell::IntPredicate;
use mesapy_annotator::annotate::{ArgSource, Dispatch, Post, VariantId};
use mesapy_annotator::ir::*;
use mesapy_annotator::types::Type;

/// Fields beyond this do not fit the tuple layout's 64-bit reference mask (field 0 is the class).
const MAX_FIELDS: usize = 63;

impl<'ctx, 'a> Codegen<'ctx, 'a> {
    /// The fields of an instance of `c`, root class first, with their types.
    pub(crate) fn layout(&self, c: ClassId) -> Vec<(String, Type)> {
        let mut mro = self.program.mro(c);
        mro.reverse();
        mro.into_iter().flat_map(|k| self.ann.fields[k.index()].iter().cloned()).collect()
    }

    /// The live variant of method `name` of class `c` called on an instance of `c` alone.
    pub(crate) fn text_method(&self, c: ClassId, name: &str) -> Option<VariantId> {
        let f = self.program.method(c, name)?;
        let args = [Type::Instance(c)];
        self.ann.live.iter().copied().find(|&v| self.ann.variant(v).func == f && self.ann.variant(v).args == args)
    }

    /// Emits each class's `ClassInfo { name, name_len, repr, str }` (runtime/ABI.md), with C-ABI
    /// wrappers around its `__repr__` and `__str__` variants for the runtime to call.
    pub(crate) fn emit_class_infos(&mut self) -> Result<(), CompileError> {
        let ptr = self.ptr();
        let i64t = self.ctx.i64_type();
        let info_t = self.ctx.struct_type(&[ptr.into(), i64t.into(), ptr.into(), ptr.into()], false);
        for class in &self.program.classes {
            if self.layout(class.id).len() > MAX_FIELDS {
                return Err(CompileError::Internal(format!("class {} has more than {MAX_FIELDS} fields", class.name)));
            }
            let repr = self.text_wrapper(class.id, "__repr__")?;
            let str = self.text_wrapper(class.id, "__str__")?;
            let name = self.bytes_global(class.name.as_bytes(), "class.name");
            let value = info_t.const_named_struct(&[name.into(), i64t.const_int(class.name.len() as u64, false).into(), repr.into(), str.into()]);
            let g = self.module.add_global(info_t, None, &format!("class.{}", class.name));
            g.set_initializer(&value);
            g.set_constant(true);
            g.set_linkage(Linkage::Private);
            self.class_infos.push(g);
        }
        Ok(())
    }

    /// `extern "C" fn(u64) -> *Str` calling the class's text method variant, or null.
    fn text_wrapper(&mut self, c: ClassId, method: &str) -> Result<PointerValue<'ctx>, CompileError> {
        let ptr = self.ptr();
        let Some(v) = self.text_method(c, method) else { return Ok(ptr.const_null()) };
        let err = |e: inkwell::builder::BuilderError| CompileError::Internal(e.to_string());
        let name = format!("{method}.{}", self.program.class(c).name);
        let wrapper = self.module.add_function(&name, ptr.fn_type(&[self.ctx.i64_type().into()], false), Some(Linkage::Internal));
        let entry = self.ctx.append_basic_block(wrapper, "entry");
        self.builder.position_at_end(entry);
        self.builder.unset_current_debug_location();
        let w = wrapper.get_nth_param(0).map(|p| p.into_int_value()).ok_or_else(|| CompileError::Internal("text wrapper".into()))?;
        let obj = self.builder.build_int_to_ptr(w, ptr, "obj").map_err(err)?;
        let call = self.builder.build_call(self.functions[&v], &[obj.into()], "text").map_err(err)?;
        match call.try_as_basic_value().basic() {
            Some(s) => self.builder.build_return(Some(&s)).map_err(err)?,
            None => self.builder.build_unreachable().map_err(err)?,
        };
        Ok(wrapper.as_global_value().as_pointer_value())
    }

    pub(crate) fn class_info(&self, c: ClassId) -> GlobalValue<'ctx> {
        self.class_infos[c.index()]
    }
}

impl<'c, 'ctx, 'a> FnLower<'c, 'ctx, 'a> {
    pub(crate) fn new_instance(&mut self, c: ClassId) -> BasicValueEnum<'ctx> {
        let fields = self.cg.layout(c);
        let mask = fields.iter().enumerate().filter(|(_, (_, t))| t.is_gc_ref()).fold(0u64, |m, (i, _)| m | (1 << (i + 1)));
        let i64t = self.cg.ctx.i64_type();
        let obj = self
            .call_rt_value("rt_tuple_new", &[i64t.const_int(fields.len() as u64 + 1, false).into(), i64t.const_int(mask, false).into()])
            .into_pointer_value();
        let info = self.cg.class_info(c).as_pointer_value();
        let w = ll!(self.b().build_ptr_to_int(info, i64t, "class"));
        let p = self.tuple_item_ptr(obj, self.i64(0));
        ll!(self.b().build_store(p, w));
        for (i, (_, t)) in fields.iter().enumerate() {
            if let Some(unset) = unset_word(t).filter(|&u| u != 0) {
                let p = self.tuple_item_ptr(obj, self.i64(i as i64 + 1));
                ll!(self.b().build_store(p, self.i64(unset as i64)));
            }
        }
        obj.into()
    }

    /// The address of field `name` of an instance of `c`, and the field's type.
    fn field_ptr_of(&self, obj: PointerValue<'ctx>, c: ClassId, name: &str) -> Option<(PointerValue<'ctx>, Type)> {
        let (i, (_, t)) = self.cg.layout(c).into_iter().enumerate().find(|(_, (n, _))| n == name)?;
        Some((self.tuple_item_ptr(obj, self.i64(i as i64 + 1)), t))
    }

    pub(crate) fn getattr(&mut self, o: Value, name: &str, result: Value) -> BasicValueEnum<'ctx> {
        let want = self.ty(result);
        let Type::Instance(c) = self.ty(o) else {
            // A boxed value: the candidates are the boxed classes that have the attribute.
            let (class, obj) = self.receiver_class(o);
            let obj = obj.expect("the annotator types attributes of instances and boxed values only");
            let cases: Vec<ClassId> = self.cg.ann.boxed_classes.iter().copied().filter(|&k| self.has_attribute(k, name)).collect();
            let groups: Vec<Vec<ClassId>> = cases.iter().map(|&k| vec![k]).collect();
            let repr = self.cg.repr(&want);
            let got = self.switch_on_class(class, &groups, Some(repr), o, name, |fl, i| {
                let (v, t) = fl.attribute_of(obj, cases[i], name);
                Some(fl.coerce(v, &t, &want))
            });
            return got.unwrap_or_else(|| repr.const_zero());
        };
        let (v, t) = self.attribute_of(self.get(o).into_pointer_value(), c, name);
        self.coerce(v, &t, &want)
    }

    /// Whether instances of `c` have attribute `name` as a field or a class attribute.
    fn has_attribute(&self, c: ClassId, name: &str) -> bool {
        self.cg.layout(c).iter().any(|(n, _)| n == name) || self.cg.program.class_attr(c, name).is_some()
    }

    /// Attribute `name` (a field or a class attribute) of instance `obj` of `c`, and its type.
    fn attribute_of(&mut self, obj: PointerValue<'ctx>, c: ClassId, name: &str) -> (BasicValueEnum<'ctx>, Type) {
        match self.field_ptr_of(obj, c, name) {
            Some((p, t)) => {
                let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "field")).into_int_value();
                // A field never assigned before this read: CPython's AttributeError.
                if let Some(unset) = unset_word(&t) {
                    let unset = ll!(self.b().build_int_compare(IntPredicate::EQ, w, self.i64(unset as i64), "unset"));
                    let msg = format!("'{}' object has no attribute '{name}'", self.cg.program.class(c).name);
                    self.raise_if(unset, mesapy_annotator::annotate::ExcKind::AttributeError, &msg);
                }
                (self.from_word(w, &t), t)
            }
            None => {
                let g = self.cg.program.class_attr(c, name).unwrap_or_else(|| unreachable!("the annotator raises for unknown attributes"));
                (self.load_global(g, None), self.cg.ann.containers.canonical(&self.cg.ann.globals[g.index()]))
            }
        }
    }

    pub(crate) fn setattr(&mut self, o: Value, name: &str, v: Value) {
        let (val, vt) = (self.get(v), self.ty(v));
        let Type::Instance(c) = self.ty(o) else {
            // A boxed value: every boxed class has the field (the annotator added it).
            let (class, obj) = self.receiver_class(o);
            let obj = obj.expect("the annotator types attributes of instances and boxed values only");
            let cases = self.cg.ann.boxed_classes.clone();
            let groups: Vec<Vec<ClassId>> = cases.iter().map(|&k| vec![k]).collect();
            self.switch_on_class(class, &groups, None, o, name, |fl, i| {
                fl.set_field(obj, cases[i], name, val, &vt);
                None
            });
            return;
        };
        self.set_field(self.get(o).into_pointer_value(), c, name, val, &vt);
    }

    fn set_field(&mut self, obj: PointerValue<'ctx>, c: ClassId, name: &str, v: BasicValueEnum<'ctx>, vt: &Type) {
        let Some((p, t)) = self.field_ptr_of(obj, c, name) else { unreachable!("every assigned attribute is a field") };
        let val = self.coerce(v, vt, &t);
        let w = self.to_word(val, &t);
        ll!(self.b().build_store(p, w));
    }

    /// `isinstance(o, c)`: known statically, since an instance's class is its static type.
    /// `isinstance(obj, C)`: known statically unless `obj`'s type is a base of `C` (then its
    /// class is compared with `C` and `C`'s subclasses) or it may be `None`.
    pub(crate) fn isinstance(&self, o: Value, c: ClassId) -> BasicValueEnum<'ctx> {
        let t = self.ty(o);
        let bool_t = self.cg.ctx.bool_type();
        if t == Type::Object {
            let class = self.object_class(self.get(o), &t);
            let hit = self.class_in(class, c);
            return self.bool_value(hit);
        }
        let Type::Instance(k) = *t.non_none() else { return self.cg.ctx.i8_type().const_zero().into() };
        let program = self.cg.program;
        let test = |fl: &Self| {
            if program.is_subclass(k, c) {
                return bool_t.const_int(1, false);
            }
            if !program.is_subclass(c, k) {
                return bool_t.const_zero();
            }
            let obj = fl.get(o).into_pointer_value();
            let p = fl.tuple_item_ptr(obj, fl.i64(0));
            let class = ll!(fl.b().build_load(fl.cg.ctx.i64_type(), p, "class")).into_int_value();
            fl.class_in(class, c)
        };
        let c = match t {
            Type::Optional(_) => {
                let w = self.to_word(self.get(o), &t);
                self.unless_none(w, test)
            }
            _ => test(self),
        };
        self.bool_value(c)
    }

    /// Whether the `ClassInfo` word `class` is `c`'s or a subclass's, as an i1.
    fn class_in(&self, class: IntValue<'ctx>, c: ClassId) -> IntValue<'ctx> {
        let mut hit = self.cg.ctx.bool_type().const_zero();
        for sub in self.cg.program.subclasses(c) {
            let info = ll!(self.b().build_ptr_to_int(self.cg.class_info(sub).as_pointer_value(), self.cg.ctx.i64_type(), "info"));
            let eq = ll!(self.b().build_int_compare(IntPredicate::EQ, class, info, "is_class"));
            hit = ll!(self.b().build_or(hit, eq, "hit"));
        }
        hit
    }

    /// `type(v).__name__`: known from the static type, except for an instance of a class with
    /// subclasses (its `ClassInfo` has the name) and a value that may be `None`.
    pub(crate) fn type_name(&mut self, v: Value) -> PointerValue<'ctx> {
        let t = self.ty(v);
        let Type::Optional(inner) = &t else { return self.exact_type_name(self.get(v), &t) };
        let w = self.to_word(self.get(v), &t);
        let is_none = self.is_none_word(w);
        let none_name = self.str_const("NoneType");
        let here = self.b().get_insert_block().expect("positioned");
        let (some, done) = (self.new_block("some"), self.new_block("named"));
        ll!(self.b().build_conditional_branch(is_none, done, some));
        self.b().position_at_end(some);
        let name = self.exact_type_name(self.get(v), inner);
        let some_end = self.b().get_insert_block().expect("positioned");
        ll!(self.b().build_unconditional_branch(done));
        self.b().position_at_end(done);
        let phi = ll!(self.b().build_phi(self.cg.ptr(), "type_name"));
        phi.add_incoming(&[(&none_name, here), (&name, some_end)]);
        phi.as_basic_value().into_pointer_value()
    }

    /// The class name of a value of type `t`, which is not `None`.
    fn exact_type_name(&mut self, v: BasicValueEnum<'ctx>, t: &Type) -> PointerValue<'ctx> {
        match t {
            Type::Instance(c) if self.cg.program.subclasses(*c).len() > 1 => {
                // ClassInfo { name, name_len, .. } (runtime/ABI.md).
                let i64t = self.cg.ctx.i64_type();
                let class = ll!(self.b().build_load(self.cg.ptr(), self.tuple_item_ptr(v.into_pointer_value(), self.i64(0)), "class")).into_pointer_value();
                let name = ll!(self.b().build_load(self.cg.ptr(), class, "name"));
                let len = ll!(self.b().build_load(i64t, self.field_ptr(class, 8), "name_len"));
                self.call_rt_value("rt_str_from_utf8", &[name, len]).into_pointer_value()
            }
            Type::Object => {
                let (w, d) = (self.to_word(v, t), self.desc(t));
                self.call_rt_value("rt_type_name", &[w.into(), d.into()]).into_pointer_value()
            }
            t => {
                let name = self.cg.ann.containers.type_name(t);
                self.str_const(&name)
            }
        }
    }

    /// The call the annotator bound an instruction to: direct for one target, else chosen by
    /// the receiver's class (field 0 of the instance, or the class of the instance a boxed
    /// receiver holds, compared with each `ClassInfo`).
    pub(crate) fn dispatch(&mut self, d: &Dispatch, operands: &[Value]) -> Option<BasicValueEnum<'ctx>> {
        let mut vals = Vec::with_capacity(d.args.len());
        for src in &d.args {
            vals.push(match *src {
                ArgSource::Operand(i) => (self.get(operands[i]), self.ty(operands[i])),
                ArgSource::Default(g) => (self.load_global(g, None), self.cg.ann.containers.canonical(&self.cg.ann.globals[g.index()])),
            });
        }
        let r = match &d.targets[..] {
            [(_, callee)] if !d.boxed => self.call_variant(*callee, &vals, &d.ret)?,
            targets => {
                let receiver = operands[d.receiver];
                let (class, unboxed) = self.receiver_class(receiver);
                let cases: Vec<Vec<ClassId>> = targets.iter().map(|(classes, _)| classes.clone()).collect();
                let ret_repr = self.cg.repr(&d.ret);
                self.switch_on_class(class, &cases, Some(ret_repr), receiver, &d.name, |fl, i| {
                    let callee = targets[i].1;
                    let params = fl.cg.ann.variant(callee).args.clone();
                    // A boxed receiver is passed unboxed, as the instance the callee takes.
                    let vals: Vec<_> = match unboxed {
                        Some(obj) => d.args.iter().zip(&vals).zip(&params).map(|((src, v), p)| if *src == ArgSource::Operand(d.receiver) { (obj.into(), p.clone()) } else { v.clone() }).collect(),
                        None => vals.clone(),
                    };
                    fl.call_variant(callee, &vals, &d.ret)
                })?
            }
        };
        Some(match d.post {
            Post::None => r,
            Post::NonZero => {
                let c = self.truth(r, &d.ret);
                self.bool_value(c)
            }
            Post::Negate => {
                let c = self.truth(r, &d.ret);
                let n = ll!(self.b().build_not(c, "not"));
                self.bool_value(n)
            }
        })
    }

    /// The `ClassInfo` word of the instance `v` is or (boxed) holds, and for a box the
    /// instance it holds (meaningful when the class is one of the program's).
    fn receiver_class(&self, v: Value) -> (IntValue<'ctx>, Option<PointerValue<'ctx>>) {
        let (val, t) = (self.get(v), self.ty(v));
        if t == Type::Object {
            let class = self.object_class(val, &t);
            let w = self.call_rt_value("rt_obj_unbox", &[self.to_word(val, &t).into(), self.desc(&t).into()]).into_int_value();
            return (class, Some(ll!(self.b().build_int_to_ptr(w, self.cg.ptr(), "unboxed"))));
        }
        let p = self.tuple_item_ptr(val.into_pointer_value(), self.i64(0));
        (ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "class")).into_int_value(), None)
    }

    /// One branch per case, taken when `class` is one of the case's classes: `each` lowers
    /// case `i` and gives its result (of representation `ret`, when there is one), or `None`
    /// when the case never returns. Any other class raises CPython's `AttributeError` for
    /// attribute `name` of `receiver`. `None` when no case returns.
    #[allow(clippy::too_many_arguments)]
    fn switch_on_class(
        &mut self,
        class: IntValue<'ctx>,
        cases: &[Vec<ClassId>],
        ret: Option<BasicTypeEnum<'ctx>>,
        receiver: Value,
        name: &str,
        mut each: impl FnMut(&mut Self, usize) -> Option<BasicValueEnum<'ctx>>,
    ) -> Option<BasicValueEnum<'ctx>> {
        let slot = ret.map(|r| self.entry_alloca(r, "dispatched"));
        let done = self.new_block("dispatched");
        let mut returns = false;
        for (i, classes) in cases.iter().enumerate() {
            let mut hit = self.cg.ctx.bool_type().const_zero();
            for k in classes {
                let w = ll!(self.b().build_ptr_to_int(self.cg.class_info(*k).as_pointer_value(), self.cg.ctx.i64_type(), "info"));
                let eq = ll!(self.b().build_int_compare(IntPredicate::EQ, class, w, "is_class"));
                hit = ll!(self.b().build_or(hit, eq, "hit"));
            }
            let (case_b, next_b) = (self.new_block("case"), self.new_block("next"));
            ll!(self.b().build_conditional_branch(hit, case_b, next_b));
            self.b().position_at_end(case_b);
            match each(self, i) {
                Some(v) => {
                    if let Some(slot) = slot {
                        ll!(self.b().build_store(slot, v));
                    }
                    ll!(self.b().build_unconditional_branch(done));
                    returns = true;
                }
                None if ret.is_none() => {
                    ll!(self.b().build_unconditional_branch(done));
                    returns = true;
                }
                // The case left the builder in a dead block.
                None => {
                    ll!(self.b().build_unreachable());
                }
            }
            self.b().position_at_end(next_b);
        }
        self.no_attribute(receiver, name);
        ll!(self.b().build_unreachable());
        self.b().position_at_end(done);
        if !returns {
            ll!(self.b().build_unreachable());
            self.after_noreturn();
            return None;
        }
        let slot = slot?;
        Some(ll!(self.b().build_load(ret.expect("a slot has a type"), slot, "result")))
    }

    /// Raises CPython's `AttributeError` for attribute `name` of `v`, naming `v`'s class at run
    /// time; leaves the builder in a dead block.
    fn no_attribute(&mut self, v: Value, name: &str) {
        let (val, t) = (self.get(v), self.ty(v));
        let bytes = self.cg.bytes_global(name.as_bytes(), "attr");
        let len = self.cg.ctx.i64_type().const_int(name.len() as u64, false);
        let f = self.cg.rt("rt_obj_no_attribute");
        ll!(self.b().build_call(f, &[self.to_word(val, &t).into(), self.desc(&t).into(), bytes.into(), len.into()], ""));
        ll!(self.b().build_unreachable());
        let dead = self.new_block("dead");
        self.b().position_at_end(dead);
    }

    /// Calls a method variant with arguments converted to its parameter types; the result is
    /// converted to `ret`. None when the callee never returns.
    fn call_variant(&mut self, callee: VariantId, vals: &[(BasicValueEnum<'ctx>, Type)], ret: &Type) -> Option<BasicValueEnum<'ctx>> {
        let f = self.cg.functions[&callee];
        let params = self.cg.ann.variant(callee).args.clone();
        let args: Vec<BasicMetadataValueEnum> = vals.iter().zip(&params).map(|((v, t), p)| self.coerce(*v, t, p).into()).collect();
        let ret_t = self.cg.ann.variant(callee).ret.clone();
        let call = ll!(self.b().build_call(f, &args, "method"));
        if ret_t == Type::Bottom {
            self.after_noreturn();
            return None;
        }
        let r = call.try_as_basic_value().basic()?;
        Some(self.coerce(r, &ret_t, ret))
    }

    /// `str(obj)`/`repr(obj)` of an instance: its `__str__`, else its `__repr__`, else the
    /// runtime's default `<__main__.C object at 0x...>`.
    pub(crate) fn instance_text(&mut self, v: BasicValueEnum<'ctx>, c: ClassId, str_first: bool) -> PointerValue<'ctx> {
        let names: &[&str] = if str_first { &["__str__", "__repr__"] } else { &["__repr__"] };
        let exact = self.cg.program.subclasses(c).len() == 1;
        if let Some(variant) = names.iter().find_map(|n| self.cg.text_method(c, n)).filter(|_| exact) {
            let f = self.cg.functions[&variant];
            let call = ll!(self.b().build_call(f, &[v.into()], "text"));
            return call.try_as_basic_value().basic().map_or_else(|| self.cg.ptr().const_null(), |r| r.into_pointer_value());
        }
        // The class is known only at run time: the runtime calls its `__str__`/`__repr__`.
        let w = self.to_word(v, &Type::Instance(c));
        let d = self.desc(&Type::Instance(c));
        let f = if str_first { "rt_str_of" } else { "rt_repr" };
        self.call_rt_value(f, &[w.into(), d.into()]).into_pointer_value()
    }
}

/// The word a field of type `t` holds until it is first assigned, when reading it can tell:
/// 0 for references and ints; 1 for an optional reference, whose 0 is `None` (1 is a tagged
/// int, so the collector skips it). Floats, bools, `None` and `int | None` fields have no spare
/// word.
fn unset_word(t: &Type) -> Option<u64> {
    match t {
        Type::Optional(inner) if **inner == Type::Int => None,
        Type::Optional(_) => Some(1),
        t if t.nullable() => Some(0),
        _ => None,
    }
}
