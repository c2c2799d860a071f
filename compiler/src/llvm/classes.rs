//! Instances of user classes: their layout, class descriptors, attribute access, and the calls
//! the annotator bound to methods (`Dispatch`).
//!
//! An instance is a tuple-layout object (runtime/ABI.md): field 0 points to its class's
//! `ClassInfo` constant (not a reference, so its ref-mask bit is clear), then the fields of each
//! class of its MRO, last (the root) first, each class once, so a diamond's shared base has one
//! set of fields. Every field has one static type. With single inheritance a field has the same
//! index in every subclass, so an access is a load at a constant offset; with several bases a
//! subclass may place it elsewhere, and an access through a base-typed receiver selects the
//! index by the instance's class.

use super::attrs::{unset_word, DICT_FIELD};
use super::func::{ll, FnLower};
use super::Codegen;
use crate::CompileError;
use inkwell::module::Linkage;
use inkwell::basic_block::BasicBlock;
use inkwell::types::BasicTypeEnum;
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, GlobalValue, IntValue, PointerValue};
use inkwell::IntPredicate;
use mesapy_annotator::annotate::classes::runtime_methods;
use mesapy_annotator::annotate::{ArgSource, Dispatch, FnArg, ExcKind, Post, Priority, VariantId};
use mesapy_annotator::ir::*;
use mesapy_annotator::types::Type;

/// Fields beyond this do not fit the tuple layout's 64-bit reference mask (field 0 is the class).
const MAX_FIELDS: usize = 63;

impl<'ctx, 'a> Codegen<'ctx, 'a> {
    /// The fields of an instance of `c`, root class first, with their types; first of all the
    /// instance's dictionary when the program has them (`Annotation::instance_dicts`), so it is
    /// field 1 of every instance.
    pub(crate) fn layout(&self, c: ClassId) -> Vec<(String, Type)> {
        let mut mro = self.program.mro(c);
        mro.reverse();
        let dict = self.ann.instance_dicts.then(|| (DICT_FIELD.to_string(), Type::Object));
        dict.into_iter().chain(mro.into_iter().flat_map(|k| self.ann.fields[k.index()].iter().cloned())).collect()
    }

    /// The live variant of special method `name` that the runtime (or the lowering, for text)
    /// calls on instances of `c` (`classes::runtime_methods`).
    pub(crate) fn runtime_method(&self, c: ClassId, name: &str) -> Option<VariantId> {
        let (_, f, args) = runtime_methods(self.program, c).into_iter().find(|(n, _, _)| *n == name)?;
        self.ann.live.iter().copied().find(|&v| self.ann.variant(v).func == f && self.ann.variant(v).args == args)
    }

    /// Emits each class's `ClassInfo { name, name_len, repr, str, hash, eq, unhashable, module,
    /// module_len, lt, attrs, attrs_len, dict_slot }`
    /// (runtime/ABI.md), with C-ABI wrappers around its special method variants for the
    /// runtime to call. The globals exist before any wrapper is built, since `eq` wrappers
    /// compare classes.
    pub(crate) fn emit_class_infos(&mut self) -> Result<(), CompileError> {
        let ptr = self.ptr();
        let i64t = self.ctx.i64_type();
        let info_t = self.ctx.struct_type(&[ptr.into(), i64t.into(), ptr.into(), ptr.into(), ptr.into(), ptr.into(), i64t.into(), ptr.into(), i64t.into(), ptr.into(), ptr.into(), i64t.into(), i64t.into()], false);
        for class in &self.program.classes {
            if self.layout(class.id).len() > MAX_FIELDS {
                return Err(CompileError::Internal(format!("class {} has more than {MAX_FIELDS} fields", class.name)));
            }
            let g = self.module.add_global(info_t, None, &format!("class.{}", class.name));
            g.set_constant(true);
            g.set_linkage(Linkage::Private);
            self.class_infos.push(g);
        }
        for class in &self.program.classes {
            let repr = self.text_wrapper(class.id, "__repr__")?;
            let str = self.text_wrapper(class.id, "__str__")?;
            let hash = self.hash_wrapper(class.id)?;
            let eq = self.pair_wrapper(class.id, "__eq__", 0)?;
            let lt = self.pair_wrapper(class.id, "__lt__", 3)?;
            let unhashable = u64::from(self.program.hashing(class.id) == Hashing::Unhashable);
            let name = self.bytes_global(class.name.as_bytes(), "class.name");
            let len = i64t.const_int(class.name.len() as u64, false);
            // The built-in classes print without a module (`ValueError`, not `builtins.ValueError`).
            let module = if self.program.is_builtin_class(class.id) { "" } else { class.module.as_str() };
            let module_name = self.bytes_global(module.as_bytes(), "class.module");
            let module_len = i64t.const_int(module.len() as u64, false);
            let (attrs, attrs_len) = self.attr_table(class.id);
            let dict_slot = u64::from(self.ann.instance_dicts);
            let fields = [
                name.into(),
                len.into(),
                repr.into(),
                str.into(),
                hash.into(),
                eq.into(),
                i64t.const_int(unhashable, false).into(),
                module_name.into(),
                module_len.into(),
                lt.into(),
                attrs.into(),
                i64t.const_int(attrs_len, false).into(),
                i64t.const_int(dict_slot, false).into(),
            ];
            self.class_infos[class.id.index()].set_initializer(&info_t.const_named_struct(&fields));
        }
        Ok(())
    }

    /// Starts a wrapper function for the runtime to call: `name`, of C type `ty`, positioned in
    /// its entry block with its parameters as words.
    pub(crate) fn wrapper(&mut self, name: &str, ty: inkwell::types::FunctionType<'ctx>) -> (inkwell::values::FunctionValue<'ctx>, Vec<IntValue<'ctx>>) {
        let f = self.module.add_function(name, ty, Some(Linkage::Internal));
        let entry = self.ctx.append_basic_block(f, "entry");
        self.builder.position_at_end(entry);
        self.builder.unset_current_debug_location();
        let params = f.get_param_iter().map(|p| p.into_int_value()).collect();
        (f, params)
    }

    /// `extern "C" fn(u64) -> *Str` calling the class's text method variant, or null.
    fn text_wrapper(&mut self, c: ClassId, method: &str) -> Result<PointerValue<'ctx>, CompileError> {
        let ptr = self.ptr();
        let Some(v) = self.runtime_method(c, method) else { return Ok(ptr.const_null()) };
        let err = |e: inkwell::builder::BuilderError| CompileError::Internal(e.to_string());
        let name = format!("{method}.{}", self.program.class(c).name);
        let (wrapper, params) = self.wrapper(&name, ptr.fn_type(&[self.ctx.i64_type().into()], false));
        let obj = self.builder.build_int_to_ptr(params[0], ptr, "obj").map_err(err)?;
        let call = self.builder.build_call(self.functions[&v], &[obj.into()], "text").map_err(err)?;
        match call.try_as_basic_value().basic() {
            Some(s) => self.builder.build_return(Some(&s)).map_err(err)?,
            None => self.builder.build_unreachable().map_err(err)?,
        };
        Ok(wrapper.as_global_value().as_pointer_value())
    }

    /// `extern "C" fn(u64) -> u64` returning the int word `__hash__` returned, or null. A
    /// `__hash__` that returns anything but an int or a bool raises CPython's `TypeError`.
    fn hash_wrapper(&mut self, c: ClassId) -> Result<PointerValue<'ctx>, CompileError> {
        let ptr = self.ptr();
        let i64t = self.ctx.i64_type();
        let Some(v) = self.runtime_method(c, "__hash__") else { return Ok(ptr.const_null()) };
        let err = |e: inkwell::builder::BuilderError| CompileError::Internal(e.to_string());
        let name = format!("__hash__.{}", self.program.class(c).name);
        let (wrapper, params) = self.wrapper(&name, i64t.fn_type(&[i64t.into()], false));
        let obj = self.builder.build_int_to_ptr(params[0], ptr, "obj").map_err(err)?;
        let call = self.builder.build_call(self.functions[&v], &[obj.into()], "hash").map_err(err)?;
        let r = call.try_as_basic_value().basic();
        match (&self.ann.variant(v).ret, r) {
            (Type::Int, Some(r)) => self.builder.build_return(Some(&r)).map_err(err)?,
            (Type::Bool, Some(r)) => {
                // A bool's int word: (b << 1) | 1.
                let b = self.builder.build_int_z_extend(r.into_int_value(), i64t, "b").map_err(err)?;
                let shifted = self.builder.build_left_shift(b, i64t.const_int(1, false), "shifted").map_err(err)?;
                let tagged = self.builder.build_or(shifted, i64t.const_int(1, false), "tagged").map_err(err)?;
                self.builder.build_return(Some(&tagged)).map_err(err)?
            }
            // Returns only by raising: 0 is no int word, and the exception is pending.
            (Type::Bottom, _) | (_, None) => self.builder.build_return(Some(&i64t.const_zero())).map_err(err)?,
            _ => {
                self.build_raise(ExcKind::TypeError, "__hash__ method should return an integer")?;
                self.builder.build_return(Some(&i64t.const_zero())).map_err(err)?
            }
        };
        Ok(wrapper.as_global_value().as_pointer_value())
    }

    /// `extern "C" fn(u64 a, u64 b) -> u8` for `__eq__` or `__lt__`: `a.method(b)` as a truth
    /// value (0 or 1) when `b` is an instance of the class that defines the method (or of a
    /// subclass), else `other` (for `__eq__` false: the runtime has compared identities already;
    /// for `__lt__` 3, "not supported"); 2 when the method raised. Null without the method.
    fn pair_wrapper(&mut self, c: ClassId, method: &str, other: u64) -> Result<PointerValue<'ctx>, CompileError> {
        let ptr = self.ptr();
        let (i64t, i8t) = (self.ctx.i64_type(), self.ctx.i8_type());
        let (Some(v), Some(owner)) = (self.runtime_method(c, method), self.program.method_owner(c, method)) else { return Ok(ptr.const_null()) };
        let err = |e: inkwell::builder::BuilderError| CompileError::Internal(e.to_string());
        let name = format!("{method}.{}", self.program.class(c).name);
        let (wrapper, params) = self.wrapper(&name, i8t.fn_type(&[i64t.into(), i64t.into()], false));
        let (a, b) = (params[0], params[1]);
        let b_ptr = self.builder.build_int_to_ptr(b, ptr, "b").map_err(err)?;
        // SAFETY: the runtime passes an instance, a tuple-layout object (runtime/ABI.md) whose
        // field 0, the `ClassInfo` address, is at +16; the GEP only computes that address.
        let class_p = unsafe { self.builder.build_in_bounds_gep(self.ctx.i8_type(), b_ptr, &[i64t.const_int(16, false)], "class.p") }.map_err(err)?;
        let class = self.builder.build_load(i64t, class_p, "class").map_err(err)?.into_int_value();
        let mut hit = self.ctx.bool_type().const_zero();
        for k in self.program.subclasses(owner) {
            let info = self.builder.build_ptr_to_int(self.class_info(k).as_pointer_value(), i64t, "info").map_err(err)?;
            let eq = self.builder.build_int_compare(IntPredicate::EQ, class, info, "is_class").map_err(err)?;
            hit = self.builder.build_or(hit, eq, "hit").map_err(err)?;
        }
        let (call_b, other_b) = (self.ctx.append_basic_block(wrapper, "call"), self.ctx.append_basic_block(wrapper, "other"));
        self.builder.build_conditional_branch(hit, call_b, other_b).map_err(err)?;
        self.builder.position_at_end(other_b);
        self.builder.build_return(Some(&i8t.const_int(other, false))).map_err(err)?;
        self.builder.position_at_end(call_b);
        let a_ptr = self.builder.build_int_to_ptr(a, ptr, "a").map_err(err)?;
        let call = self.builder.build_call(self.functions[&v], &[a_ptr.into(), b_ptr.into()], "pair").map_err(err)?;
        // A method that raised returned 0 with the exception pending.
        let flag_g = self.runtime_global("rt_exc_pending", i8t.into());
        let flag = self.builder.build_load(i8t, flag_g.as_pointer_value(), "exc_pending").map_err(err)?.into_int_value();
        let raised = self.builder.build_int_compare(IntPredicate::NE, flag, i8t.const_zero(), "raised").map_err(err)?;
        let (raised_b, ok_b) = (self.ctx.append_basic_block(wrapper, "raised"), self.ctx.append_basic_block(wrapper, "ok"));
        self.builder.build_conditional_branch(raised, raised_b, ok_b).map_err(err)?;
        self.builder.position_at_end(raised_b);
        self.builder.build_return(Some(&i8t.const_int(2, false))).map_err(err)?;
        self.builder.position_at_end(ok_b);
        match (&self.ann.variant(v).ret, call.try_as_basic_value().basic()) {
            (Type::Bool, Some(r)) => self.builder.build_return(Some(&r)).map_err(err)?,
            (Type::Int, Some(r)) => {
                let nonzero = self.builder.build_int_compare(IntPredicate::NE, r.into_int_value(), i64t.const_int(1, false), "nonzero").map_err(err)?;
                let r = self.builder.build_int_z_extend(nonzero, i8t, "r").map_err(err)?;
                self.builder.build_return(Some(&r)).map_err(err)?
            }
            // Returns only by raising (handled above).
            (Type::Bottom, _) | (_, None) => self.builder.build_return(Some(&i8t.const_int(2, false))).map_err(err)?,
            _ => {
                let msg = format!("mesapyc: a {method} that the runtime calls (for a dict, set, list or sort) must return a bool");
                self.build_raise(ExcKind::TypeError, &msg)?;
                self.builder.build_return(Some(&i8t.const_int(2, false))).map_err(err)?
            }
        };
        Ok(wrapper.as_global_value().as_pointer_value())
    }

    /// A call of `rt_raise` at the builder's position.
    fn build_raise(&mut self, kind: ExcKind, msg: &str) -> Result<(), CompileError> {
        let bytes = self.bytes_global(msg.as_bytes(), "msg");
        let len = self.ctx.i64_type().const_int(msg.len() as u64, false);
        let kind = self.ctx.i32_type().const_int(kind as u64, false);
        self.builder.build_call(self.rt("rt_raise"), &[kind.into(), bytes.into(), len.into()], "").map_err(|e| CompileError::Internal(e.to_string()))?;
        Ok(())
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
            let unset = unset_word(t);
            if unset != 0 {
                let p = self.tuple_item_ptr(obj, self.i64(i as i64 + 1));
                ll!(self.b().build_store(p, self.i64(unset as i64)));
            }
        }
        obj.into()
    }

    /// The address of field `name` of an instance of `c` (or a subclass), and the field's type.
    /// The field's index is a constant when every subclass has it at the same place (always,
    /// with single inheritance); with several bases it can differ, and the instance's class
    /// selects it.
    fn field_ptr_of(&self, obj: PointerValue<'ctx>, c: ClassId, name: &str) -> Option<(PointerValue<'ctx>, Type)> {
        let place = |k: ClassId| self.cg.layout(k).into_iter().enumerate().find(|(_, (n, _))| n == name).map(|(i, (_, t))| (i as i64 + 1, t));
        let (first, t) = place(c)?;
        let others: Vec<(ClassId, i64)> = self.cg.program.subclasses(c).into_iter().filter_map(|k| place(k).map(|(i, _)| (k, i))).filter(|&(_, i)| i != first).collect();
        let mut index = self.i64(first);
        if !others.is_empty() {
            let p = self.tuple_item_ptr(obj, self.i64(0));
            let class = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "class")).into_int_value();
            for (k, i) in others {
                let info = ll!(self.b().build_ptr_to_int(self.cg.class_info(k).as_pointer_value(), self.cg.ctx.i64_type(), "info"));
                let is_k = ll!(self.b().build_int_compare(IntPredicate::EQ, class, info, "is_class"));
                index = ll!(self.b().build_select(is_k, self.i64(i), index, "field.index")).into_int_value();
            }
        }
        Some((self.tuple_item_ptr(obj, index), t))
    }

    pub(crate) fn getattr(&mut self, o: Value, name: &str, result: Value) -> BasicValueEnum<'ctx> {
        let want = self.ty(result);
        if let Type::Class(_) = self.ty(o) {
            return self.call_rt_value("rt_class_name", &[self.get(o)]);
        }
        let Type::Instance(c) = self.ty(o) else {
            // A boxed value: the candidates are the boxed classes that have the attribute.
            let (class, obj) = self.receiver_class(&(self.get(o), self.ty(o)));
            let obj = obj.expect("the annotator types attributes of instances and boxed values only");
            // With instance dictionaries, a class without the attribute reads its dictionary.
            let cases: Vec<ClassId> = self.cg.ann.boxed_classes.iter().copied().filter(|&k| self.has_attribute(k, name) || self.cg.ann.instance_dicts).collect();
            let groups: Vec<Vec<ClassId>> = cases.iter().map(|&k| vec![k]).collect();
            let repr = self.cg.repr(&want);
            let receiver = (self.get(o), self.ty(o));
            let got = self.switch_on_class(class, &groups, Some(repr), &receiver, name, |fl, i| Some(fl.attribute_of(obj, cases[i], name, &want)));
            return got.unwrap_or_else(|| repr.const_zero());
        };
        self.attribute_of(self.get(o).into_pointer_value(), c, name, &want)
    }

    /// The function that attribute `name` of instance `obj` of `c` holds, for a call
    /// `obj.name(args)` of the attribute (`AttrCallee`): CPython's `TypeError` when it is `None`.
    pub(crate) fn attribute_callee(&mut self, obj: PointerValue<'ctx>, c: ClassId, name: &str) -> (BasicValueEnum<'ctx>, Type) {
        let field = self.cg.layout(c).into_iter().find(|(n, _)| n == name).map(|(_, t)| t);
        let held = match (field, self.cg.program.class_attr(c, name)) {
            (Some(t), _) => t,
            (None, Some(g)) => self.cg.ann.containers.canonical(&self.cg.ann.globals[g.index()]),
            (None, None) => unreachable!("the annotator calls attributes that hold functions only"),
        };
        let f = self.attribute_of(obj, c, name, &held);
        if let Type::Optional(_) = held {
            let none = ll!(self.b().build_is_null(f.into_pointer_value(), "is_none"));
            self.raise_if(none, ExcKind::TypeError, "'NoneType' object is not callable");
        }
        (f, held.non_none().clone())
    }

    /// Whether instances of `c` have attribute `name` as a field or a class attribute.
    fn has_attribute(&self, c: ClassId, name: &str) -> bool {
        self.cg.layout(c).iter().any(|(n, _)| n == name) || self.cg.program.class_attr(c, name).is_some()
    }

    /// Attribute `name` (a field or a class attribute) of instance `obj` of `c`, as a `want`.
    fn attribute_of(&mut self, obj: PointerValue<'ctx>, c: ClassId, name: &str, want: &Type) -> BasicValueEnum<'ctx> {
        match self.field_ptr_of(obj, c, name) {
            Some((p, t)) => {
                let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "field")).into_int_value();
                // A field never assigned (or deleted) before this read: CPython's AttributeError.
                if !self.cg.always_set(c, name) {
                    let unset = ll!(self.b().build_int_compare(IntPredicate::EQ, w, self.i64(unset_word(&t) as i64), "unset"));
                    if self.cg.program.subclasses(c).len() == 1 {
                        let msg = format!("'{}' object has no attribute '{name}'", self.cg.program.class(c).name);
                        self.raise_if(unset, ExcKind::AttributeError, &msg);
                    } else {
                        // The message names the instance's own class.
                        let (bad, ok) = (self.new_block("unset"), self.new_block("set"));
                        ll!(self.b().build_conditional_branch(unset, bad, ok));
                        self.b().position_at_end(bad);
                        self.no_attribute(&(obj.into(), Type::Instance(c)), name);
                        ll!(self.b().build_unreachable());
                        self.b().position_at_end(ok);
                    }
                }
                let v = self.from_word(w, &t);
                self.coerce(v, &t, want)
            }
            None if self.cg.program.class_attr(c, name).is_none() && self.cg.ann.instance_dicts => self.dict_attr(obj, name, want),
            None => self.class_attr_of(obj, c, name, want),
        }
    }

    /// `hasattr(o, name)`: true for a property, class attribute or method of the class; for a
    /// field, whether it was assigned (when its type has an unset word; else it always is).
    pub(crate) fn hasattr(&mut self, o: Value, name: &str) -> BasicValueEnum<'ctx> {
        if self.ty(o) == Type::Object {
            let name = self.str_const(name);
            return self.boxed_hasattr(self.get(o), name.into());
        }
        let Type::Instance(c) = self.ty(o) else { unreachable!("the annotator rejects hasattr on other values") };
        let program = self.cg.program;
        let static_hit = program.class_attr(c, name).is_some() || program.method(c, name).is_some() || program.method(c, &getter_name(name)).is_some();
        let bool_t = self.cg.ctx.bool_type();
        let field = if static_hit { None } else { self.field_ptr_of(self.get(o).into_pointer_value(), c, name) };
        let hit = match field {
            _ if static_hit => bool_t.const_int(1, false),
            Some((p, t)) => {
                let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "field")).into_int_value();
                ll!(self.b().build_int_compare(IntPredicate::NE, w, self.i64(unset_word(&t) as i64), "set"))
            }
            None if self.cg.ann.instance_dicts => {
                let name = self.str_const(name);
                return self.call_rt_value("rt_attr_has", &[self.get(o), name.into()]);
            }
            None => bool_t.const_zero(),
        };
        self.bool_value(hit)
    }

    /// Class attribute `name` read through an instance of `c`: the one its class (or a base)
    /// defines; subclasses that override it are told apart by the instance's class.
    fn class_attr_of(&mut self, obj: PointerValue<'ctx>, c: ClassId, name: &str, result_t: &Type) -> BasicValueEnum<'ctx> {
        let program = self.cg.program;
        let own = program.class_attr(c, name).unwrap_or_else(|| unreachable!("the annotator raises for unknown attributes"));
        let canon = |g: GlobalId| self.cg.ann.containers.canonical(&self.cg.ann.globals[g.index()]);
        let own_v = self.load_global(own, None);
        let mut v = self.coerce(own_v, &canon(own), result_t);
        let overrides: Vec<(ClassId, GlobalId)> = program.subclasses(c).into_iter().filter_map(|k| program.class_attr(k, name).map(|g| (k, g))).filter(|&(_, g)| g != own).collect();
        if overrides.is_empty() {
            return v;
        }
        let p = self.tuple_item_ptr(obj, self.i64(0));
        let class = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "class")).into_int_value();
        for (k, g) in overrides {
            let loaded = self.load_global(g, None);
            let other = self.coerce(loaded, &canon(g), result_t);
            let info = ll!(self.b().build_ptr_to_int(self.cg.class_info(k).as_pointer_value(), self.cg.ctx.i64_type(), "info"));
            let is_k = ll!(self.b().build_int_compare(IntPredicate::EQ, class, info, "is_class"));
            v = ll!(self.b().build_select(is_k, other, v, "class_attr"));
        }
        v
    }

    pub(crate) fn setattr(&mut self, o: Value, name: &str, v: Value) {
        let (val, vt) = (self.get(v), self.ty(v));
        let Type::Instance(c) = self.ty(o) else {
            // A boxed value: every boxed class has the field (the annotator added it).
            let receiver = (self.get(o), self.ty(o));
            let (class, obj) = self.receiver_class(&receiver);
            let obj = obj.expect("the annotator types attributes of instances and boxed values only");
            let cases = self.cg.ann.boxed_classes.clone();
            let groups: Vec<Vec<ClassId>> = cases.iter().map(|&k| vec![k]).collect();
            self.switch_on_class(class, &groups, None, &receiver, name, |fl, i| {
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
            let class = fl.class_word(fl.get(o).into_pointer_value());
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
        self.class_among(class, &self.cg.program.subclasses(c))
    }

    /// Whether the `ClassInfo` word `class` is one of `classes`', as an i1.
    fn class_among(&self, class: IntValue<'ctx>, classes: &[ClassId]) -> IntValue<'ctx> {
        let mut hit = self.cg.ctx.bool_type().const_zero();
        for &k in classes {
            let info = ll!(self.b().build_ptr_to_int(self.cg.class_info(k).as_pointer_value(), self.cg.ctx.i64_type(), "info"));
            let eq = ll!(self.b().build_int_compare(IntPredicate::EQ, class, info, "is_class"));
            hit = ll!(self.b().build_or(hit, eq, "hit"));
        }
        hit
    }

    /// The `ClassInfo` word of an instance (its field 0).
    fn class_word(&self, obj: PointerValue<'ctx>) -> IntValue<'ctx> {
        let p = self.tuple_item_ptr(obj, self.i64(0));
        ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "class")).into_int_value()
    }

    /// `callable(v)`: whether `v` is an instance of a class with `__call__` (functions and
    /// classes named directly are `True` at build time; no other value is callable). Known
    /// statically unless the classes `v` may be an instance of differ in having one.
    pub(crate) fn callable(&self, o: Value) -> BasicValueEnum<'ctx> {
        let t = self.ty(o);
        let program = self.cg.program;
        let with_call = |classes: &[ClassId]| -> Vec<ClassId> { classes.iter().copied().filter(|&k| program.method(k, "__call__").is_some()).collect() };
        let bool_t = self.cg.ctx.bool_type();
        let hit = match t.non_none() {
            Type::Object => {
                let class = self.object_class(self.get(o), &t);
                let instance = self.class_among(class, &with_call(&self.cg.ann.boxed_classes));
                // A boxed function or class (descriptor kinds 20 and 19) is callable too.
                let kind = self.call_rt_value("rt_obj_kind", &[self.to_word(self.get(o), &t).into(), self.desc(&t).into()]).into_int_value();
                let function = ll!(self.b().build_int_compare(IntPredicate::EQ, kind, kind.get_type().const_int(20, false), "is_function"));
                let class_value = ll!(self.b().build_int_compare(IntPredicate::EQ, kind, kind.get_type().const_int(19, false), "is_class"));
                let either = ll!(self.b().build_or(function, class_value, "callable"));
                ll!(self.b().build_or(instance, either, "callable"))
            }
            Type::Instance(k) => {
                let classes = program.subclasses(*k);
                let callable = with_call(&classes);
                let test = |fl: &Self| match callable.len() {
                    0 => bool_t.const_zero(),
                    n if n == classes.len() => bool_t.const_int(1, false),
                    _ => {
                        let class = fl.class_word(fl.get(o).into_pointer_value());
                        fl.class_among(class, &callable)
                    }
                };
                match t {
                    Type::Optional(_) => self.unless_none(self.to_word(self.get(o), &t), test),
                    _ => test(self),
                }
            }
            Type::Function(_) if matches!(t, Type::Optional(_)) => self.unless_none(self.to_word(self.get(o), &t), |_| bool_t.const_int(1, false)),
            Type::Function(_) => bool_t.const_int(1, false),
            _ => bool_t.const_zero(),
        };
        self.bool_value(hit)
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

    /// The call the annotator bound an instruction to, and what happens to its result (`Post`).
    /// A `StopIteration` that a `__next__` raised outside a loop is raised on.
    pub(crate) fn dispatch(&mut self, d: &Dispatch, operands: &[Value]) -> Option<BasicValueEnum<'ctx>> {
        if let Some(p) = &d.priority {
            return self.dispatch_with_priority(d, p, operands);
        }
        let r = self.dispatch_call(d, operands)?;
        if self.may_stop(d) {
            let stopped = self.take_stop_flag();
            self.raise_if(stopped, ExcKind::StopIteration, "");
        }
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

    /// An operator on two instances whose right operand's reflected method may come first:
    /// the pair of the operands' classes selects `p.dispatch` or `d`, and both results meet in
    /// the instruction's type.
    fn dispatch_with_priority(&mut self, d: &Dispatch, p: &Priority, operands: &[Value]) -> Option<BasicValueEnum<'ctx>> {
        let class_of = |fl: &Self, v: Value| fl.receiver_class(&(fl.get(v), fl.ty(v))).0;
        let (left, right) = (class_of(self, operands[0]), class_of(self, operands[1]));
        let mut hit = self.cg.ctx.bool_type().const_zero();
        for &(l, r) in &p.pairs {
            let both = ll!(self.b().build_and(self.class_among(left, &[l]), self.class_among(right, &[r]), "pair"));
            hit = ll!(self.b().build_or(hit, both, "hit"));
        }
        let ty = self.cg.ann.containers.canonical(&p.ty);
        let slot = self.entry_alloca(self.cg.repr(&ty), "dispatched");
        let (reflected_b, plain_b, done) = (self.new_block("reflected"), self.new_block("plain"), self.new_block("dispatched"));
        ll!(self.b().build_conditional_branch(hit, reflected_b, plain_b));
        let plain = Dispatch { priority: None, ..d.clone() };
        let mut returns = false;
        for (block, call) in [(reflected_b, &p.dispatch), (plain_b, &plain)] {
            self.b().position_at_end(block);
            match self.dispatch(call, operands) {
                Some(v) => {
                    let from = if call.post == Post::None { self.cg.ann.containers.canonical(&call.ret) } else { Type::Bool };
                    let v = self.coerce(v, &from, &ty);
                    ll!(self.b().build_store(slot, v));
                    ll!(self.b().build_unconditional_branch(done));
                    returns = true;
                }
                None => {
                    ll!(self.b().build_unreachable());
                }
            }
        }
        self.merged_result(done, returns, Some((slot, self.cg.repr(&ty))))
    }

    /// The end of a branch whose arms stored their result into `slot` and jumped to `done`
    /// (`returns` when any did): the result, or None, with the builder in a dead block, when no
    /// arm returns.
    pub(crate) fn merged_result(&mut self, done: BasicBlock<'ctx>, returns: bool, slot: Option<(PointerValue<'ctx>, BasicTypeEnum<'ctx>)>) -> Option<BasicValueEnum<'ctx>> {
        self.b().position_at_end(done);
        if !returns {
            self.after_noreturn();
            return None;
        }
        let (slot, ty) = slot?;
        Some(ll!(self.b().build_load(ty, slot, "result")))
    }

    /// Whether a target of `d` can raise `StopIteration` (see `InstKind::StopIteration`).
    pub(crate) fn may_stop(&self, d: &Dispatch) -> bool {
        d.targets.iter().any(|(_, v)| self.cg.program.may_stop(self.cg.ann.variant(*v).func))
    }

    /// The call of a `Dispatch`: direct for one target, else chosen by the receiver's class
    /// (field 0 of the instance, compared with each `ClassInfo`).
    pub(crate) fn dispatch_call(&mut self, d: &Dispatch, operands: &[Value]) -> Option<BasicValueEnum<'ctx>> {
        let operands: Vec<(BasicValueEnum<'ctx>, Type)> = operands.iter().map(|&v| (self.get(v), self.ty(v))).collect();
        self.dispatch_call_with(d, &operands)
    }

    /// [`Self::dispatch_call`] with the instruction's operands already computed.
    pub(crate) fn dispatch_call_with(&mut self, d: &Dispatch, operands: &[(BasicValueEnum<'ctx>, Type)]) -> Option<BasicValueEnum<'ctx>> {
        let mut vals = Vec::with_capacity(d.args.len());
        let bound = d.binder.as_ref().map(|b| self.bind_call(b, d.targets[0].1, d.args.len(), operands));
        for src in &d.args {
            vals.push(match *src {
                ArgSource::Value(ref a) => self.fn_arg(a, operands, bound.as_ref()),
                ArgSource::Operand(i) => operands[i].clone(),
                ArgSource::Pack { start, len } => {
                    let items = &operands[start..start + len];
                    let t = Type::Tuple(items.iter().map(|(_, t)| t.clone()).collect());
                    (self.build_tuple_of(items).into(), t)
                }
                ArgSource::Default(g) => (self.load_global(g, None), self.cg.ann.containers.canonical(&self.cg.ann.globals[g.index()])),
            });
        }
        let r = match &d.targets[..] {
            [(_, callee)] if !d.boxed => self.call_variant(*callee, &vals, &d.ret)?,
            targets => {
                let receiver = operands[d.receiver].clone();
                let (class, unboxed) = self.receiver_class(&receiver);
                let cases: Vec<Vec<ClassId>> = targets.iter().map(|(classes, _)| classes.clone()).collect();
                let ret_repr = self.cg.repr(&d.ret);
                self.switch_on_class(class, &cases, Some(ret_repr), &receiver, &d.name, |fl, i| {
                    let callee = targets[i].1;
                    let params = fl.cg.ann.variant(callee).args.clone();
                    // A boxed receiver is passed unboxed, as the instance the callee takes.
                    let vals: Vec<_> = match unboxed {
                        Some(obj) => d.args.iter().zip(&vals).zip(&params).map(|((src, v), p)| if *src == ArgSource::Operand(d.receiver) || *src == ArgSource::Value(FnArg::Operand(d.receiver)) { (obj.into(), p.clone()) } else { v.clone() }).collect(),
                        None => vals.clone(),
                    };
                    fl.call_variant(callee, &vals, &d.ret)
                })?
            }
        };
        Some(r)
    }

    /// The `ClassInfo` word of the instance `v` is or (boxed) holds, and for a box the
    /// instance it holds (meaningful when the class is one of the program's).
    fn receiver_class(&self, (val, t): &(BasicValueEnum<'ctx>, Type)) -> (IntValue<'ctx>, Option<PointerValue<'ctx>>) {
        let (val, t) = (*val, t.clone());
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
        receiver: &(BasicValueEnum<'ctx>, Type),
        name: &str,
        mut each: impl FnMut(&mut Self, usize) -> Option<BasicValueEnum<'ctx>>,
    ) -> Option<BasicValueEnum<'ctx>> {
        let slot = ret.map(|r| self.entry_alloca(r, "dispatched"));
        let done = self.new_block("dispatched");
        let mut returns = false;
        for (i, classes) in cases.iter().enumerate() {
            let hit = self.class_among(class, classes);
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
        self.merged_result(done, returns, slot.zip(ret))
    }

    /// Raises CPython's `AttributeError` for attribute `name` of `v`, naming `v`'s class at run
    /// time; leaves the builder in a dead block.
    fn no_attribute(&mut self, (val, t): &(BasicValueEnum<'ctx>, Type), name: &str) {
        let (val, t) = (*val, t.clone());
        let bytes = self.cg.bytes_global(name.as_bytes(), "attr");
        let len = self.cg.ctx.i64_type().const_int(name.len() as u64, false);
        let f = self.cg.rt("rt_obj_no_attribute");
        ll!(self.b().build_call(f, &[self.to_word(val, &t).into(), self.desc(&t).into(), bytes.into(), len.into()], ""));
        self.after_raise();
    }

    /// Calls a method variant with arguments converted to its parameter types; the result is
    /// converted to `ret`. None when the callee never returns.
    pub(crate) fn call_variant(&mut self, callee: VariantId, vals: &[(BasicValueEnum<'ctx>, Type)], ret: &Type) -> Option<BasicValueEnum<'ctx>> {
        if self.cg.program.function(self.cg.ann.variant(callee).func).generator {
            // A generator method: the call makes the generator.
            let gen_t = Type::Gen(Box::new(self.cg.ann.containers.canonical(&self.cg.ann.variant(callee).yields)));
            let g = self.make_generator(callee, vals);
            return Some(self.coerce(g, &gen_t, ret));
        }
        let f = self.cg.functions[&callee];
        let params = self.cg.ann.variant(callee).args.clone();
        let args: Vec<BasicMetadataValueEnum> = vals.iter().zip(&params).map(|((v, t), p)| self.coerce(*v, t, p).into()).collect();
        let ret_t = self.cg.ann.variant(callee).ret.clone();
        let call = ll!(self.b().build_call(f, &args, "method"));
        if ret_t == Type::Bottom {
            // A `__next__` that only ever stops still returns (a dummy) to its caller.
            if self.cg.program.may_stop(self.cg.ann.variant(callee).func) {
                self.check_raised();
                return Some(self.cg.repr(ret).const_zero());
            }
            self.after_raise();
            return None;
        }
        self.check_raised();
        let r = call.try_as_basic_value().basic()?;
        Some(self.coerce(r, &ret_t, ret))
    }

    /// Whether values of types `a` and `b` may be one object: instances (or class values) of
    /// classes of which one derives from the other.
    pub(crate) fn related_instances(&self, a: &Type, b: &Type) -> bool {
        let p = self.cg.program;
        match (a, b) {
            (Type::Instance(x), Type::Instance(y)) | (Type::Class(x), Type::Class(y)) => p.is_subclass(*x, *y) || p.is_subclass(*y, *x),
            _ => false,
        }
    }

    /// `str(obj)`/`repr(obj)` of an instance: its `__str__`, else its `__repr__`, else the
    /// runtime's default `<module.C object at 0x...>`.
    pub(crate) fn instance_text(&mut self, v: BasicValueEnum<'ctx>, c: ClassId, str_first: bool) -> PointerValue<'ctx> {
        let names: &[&str] = if str_first { &["__str__", "__repr__"] } else { &["__repr__"] };
        let exact = self.cg.program.subclasses(c).len() == 1;
        if let Some(variant) = names.iter().find_map(|n| self.cg.runtime_method(c, n)).filter(|_| exact) {
            let f = self.cg.functions[&variant];
            let call = ll!(self.b().build_call(f, &[v.into()], "text"));
            self.check_raised();
            return call.try_as_basic_value().basic().map_or_else(|| self.cg.ptr().const_null(), |r| r.into_pointer_value());
        }
        // The class is known only at run time: the runtime calls its `__str__`/`__repr__`.
        let w = self.to_word(v, &Type::Instance(c));
        let d = self.desc(&Type::Instance(c));
        let f = if str_first { "rt_str_of" } else { "rt_repr" };
        self.call_rt_value(f, &[w.into(), d.into()]).into_pointer_value()
    }
}

