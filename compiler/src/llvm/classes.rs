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
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, GlobalValue, PointerValue};
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

    /// Emits each class's `ClassInfo { name, name_len, repr }` (runtime/ABI.md), with a C-ABI
    /// wrapper around its `__repr__` variant for the runtime to call.
    pub(crate) fn emit_class_infos(&mut self) -> Result<(), CompileError> {
        let ptr = self.ptr();
        let i64t = self.ctx.i64_type();
        let info_t = self.ctx.struct_type(&[ptr.into(), i64t.into(), ptr.into()], false);
        for class in &self.program.classes {
            if self.layout(class.id).len() > MAX_FIELDS {
                return Err(CompileError::Internal(format!("class {} has more than {MAX_FIELDS} fields", class.name)));
            }
            let repr = match self.text_method(class.id, "__repr__") {
                Some(v) => {
                    let wrapper = self.module.add_function(&format!("repr.{}", class.name), ptr.fn_type(&[i64t.into()], false), Some(Linkage::Internal));
                    let entry = self.ctx.append_basic_block(wrapper, "entry");
                    self.builder.position_at_end(entry);
                    self.builder.unset_current_debug_location();
                    let w = wrapper.get_nth_param(0).map(|p| p.into_int_value()).ok_or_else(|| CompileError::Internal("repr wrapper".into()))?;
                    let obj = self.builder.build_int_to_ptr(w, ptr, "obj").map_err(|e| CompileError::Internal(e.to_string()))?;
                    let call = self.builder.build_call(self.functions[&v], &[obj.into()], "repr").map_err(|e| CompileError::Internal(e.to_string()))?;
                    let s = call.try_as_basic_value().basic().ok_or_else(|| CompileError::Internal("__repr__ returns no str".into()))?;
                    self.builder.build_return(Some(&s)).map_err(|e| CompileError::Internal(e.to_string()))?;
                    wrapper.as_global_value().as_pointer_value()
                }
                None => ptr.const_null(),
            };
            let name = self.bytes_global(class.name.as_bytes(), "class.name");
            let value = info_t.const_named_struct(&[name.into(), i64t.const_int(class.name.len() as u64, false).into(), repr.into()]);
            let g = self.module.add_global(info_t, None, &format!("class.{}", class.name));
            g.set_initializer(&value);
            g.set_constant(true);
            g.set_linkage(Linkage::Private);
            self.class_infos.push(g);
        }
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
        obj.into()
    }

    /// The address of field `name` of an instance of `c`, and the field's type.
    fn field_ptr_of(&self, obj: PointerValue<'ctx>, c: ClassId, name: &str) -> Option<(PointerValue<'ctx>, Type)> {
        let (i, (_, t)) = self.cg.layout(c).into_iter().enumerate().find(|(_, (n, _))| n == name)?;
        Some((self.tuple_item_ptr(obj, self.i64(i as i64 + 1)), t))
    }

    pub(crate) fn getattr(&mut self, o: Value, name: &str, result: Value) -> BasicValueEnum<'ctx> {
        let Type::Instance(c) = self.ty(o) else { unreachable!("the annotator raises for attributes of non-instances") };
        match self.field_ptr_of(self.get(o).into_pointer_value(), c, name) {
            Some((p, t)) => {
                let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "field")).into_int_value();
                // A field never assigned before this read holds 0: CPython's AttributeError.
                if t.is_gc_ref() || t == Type::Int {
                    let unset = ll!(self.b().build_int_compare(IntPredicate::EQ, w, self.i64(0), "unset"));
                    let msg = format!("'{}' object has no attribute '{name}'", self.cg.program.class(c).name);
                    self.raise_if(unset, mesapy_annotator::annotate::ExcKind::AttributeError, &msg);
                }
                self.from_word(w, &self.ty(result))
            }
            None => {
                let g = self.cg.program.class_attr(c, name).unwrap_or_else(|| unreachable!("the annotator raises for unknown attributes"));
                self.load_global(g, None)
            }
        }
    }

    pub(crate) fn setattr(&mut self, o: Value, name: &str, v: Value) {
        let Type::Instance(c) = self.ty(o) else { unreachable!("the annotator raises for attributes of non-instances") };
        let Some((p, t)) = self.field_ptr_of(self.get(o).into_pointer_value(), c, name) else { unreachable!("every assigned attribute is a field") };
        let val = self.coerce(self.get(v), &self.ty(v), &t);
        let w = self.to_word(val, &t);
        ll!(self.b().build_store(p, w));
    }

    /// `isinstance(o, c)`: known statically, since an instance's class is its static type.
    pub(crate) fn isinstance(&self, o: Value, c: ClassId) -> BasicValueEnum<'ctx> {
        let yes = matches!(self.ty(o), Type::Instance(k) if self.cg.program.is_subclass(k, c));
        self.cg.ctx.i8_type().const_int(yes as u64, false).into()
    }

    /// The call the annotator bound an instruction to.
    pub(crate) fn dispatch(&mut self, d: &Dispatch, operands: &[Value]) -> Option<BasicValueEnum<'ctx>> {
        let callee = self.cg.functions[&d.callee];
        let params = &self.cg.ann.variant(d.callee).args.clone();
        let mut args: Vec<BasicMetadataValueEnum> = Vec::with_capacity(d.args.len());
        for (src, pt) in d.args.iter().zip(params) {
            let (val, t) = match *src {
                ArgSource::Operand(i) => (self.get(operands[i]), self.ty(operands[i])),
                ArgSource::Default(g) => (self.load_global(g, None), self.cg.ann.containers.canonical(&self.cg.ann.globals[g.index()])),
            };
            args.push(self.coerce(val, &t, pt).into());
        }
        let ret_t = self.cg.ann.variant(d.callee).ret.clone();
        let call = ll!(self.b().build_call(callee, &args, "method"));
        if ret_t == Type::Bottom {
            self.after_noreturn();
            return None;
        }
        let r = call.try_as_basic_value().basic()?;
        Some(match d.post {
            Post::None => r,
            Post::NonZero => {
                let c = self.truth(r, &ret_t);
                self.bool_value(c)
            }
            Post::Negate => {
                let c = self.truth(r, &ret_t);
                let n = ll!(self.b().build_not(c, "not"));
                self.bool_value(n)
            }
        })
    }

    /// `str(obj)`/`repr(obj)` of an instance: its `__str__`, else its `__repr__`, else the
    /// runtime's default `<__main__.C object at 0x...>`.
    pub(crate) fn instance_text(&mut self, v: BasicValueEnum<'ctx>, c: ClassId, str_first: bool) -> PointerValue<'ctx> {
        let names: &[&str] = if str_first { &["__str__", "__repr__"] } else { &["__repr__"] };
        if let Some(variant) = names.iter().find_map(|n| self.cg.text_method(c, n)) {
            let f = self.cg.functions[&variant];
            let call = ll!(self.b().build_call(f, &[v.into()], "text"));
            return call.try_as_basic_value().basic().map_or_else(|| self.cg.ptr().const_null(), |r| r.into_pointer_value());
        }
        let w = self.to_word(v, &Type::Instance(c));
        let d = self.desc(&Type::Instance(c));
        self.call_rt_value("rt_repr", &[w.into(), d.into()]).into_pointer_value()
    }
}
