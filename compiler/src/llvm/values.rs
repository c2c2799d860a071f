//! Representations and the operations on them that do not depend on arithmetic: words and
//! type descriptors for the runtime, truth, comparison, subscripts, containers, formatting.

use super::func::{ll, FnLower};
use inkwell::module::Linkage;
use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use inkwell::{FloatPredicate, IntPredicate};
use mesapy_annotator::annotate::ExcKind;
use mesapy_annotator::ir::*;
use mesapy_annotator::types::{Mutability, Type, ViewKind};

/// `TypeDesc.kind` values (runtime/ABI.md).
pub(crate) fn desc_kind(t: &Type) -> u64 {
    match t {
        Type::Int => 0,
        Type::Float => 1,
        Type::Bool => 2,
        Type::None | Type::Bottom => 3,
        Type::Str => 4,
        Type::List(_) => 5,
        Type::Tuple(_) => 6,
        Type::TupleOf(_) => 22,
        Type::Dict(_) => 7,
        Type::Set(Mutability::Mutable, _) => 8,
        Type::Set(Mutability::Immutable, _) => 15,
        Type::Bytes(Mutability::Immutable) => 16,
        Type::Bytes(Mutability::Mutable) => 17,
        Type::View(ViewKind::Keys, _) => 9,
        Type::View(ViewKind::Values, _) => 10,
        Type::View(ViewKind::Items, _) => 11,
        Type::Instance(_) => 12,
        Type::Optional(_) => 13,
        Type::Object => 14,
        Type::Iter(_) => 18,
        Type::Class(_) => 19,
        // A cell is only ever in a hidden local, never shown or boxed.
        Type::Function(_) | Type::Cell(_) => 20,
        Type::Gen(_) => 21,
    }
}

/// Offsets into the fixed layouts of runtime/ABI.md.
const LIST_LEN: u64 = 8;
const LIST_ITEMS: u64 = 24;
const TUPLE_ITEMS: u64 = 16;

impl<'ctx, 'a> super::Codegen<'ctx, 'a> {
    /// The runtime type descriptor of a type, emitted once per type.
    pub(crate) fn desc(&self, t: &Type) -> PointerValue<'ctx> {
        let t = self.ann.containers.canonical(t);
        let key = self.ann.containers.show(&t);
        if let Some(g) = self.descs.borrow().get(&key) {
            return g.as_pointer_value();
        }
        let args: Vec<Type> = match &t {
            Type::List(l) | Type::Set(_, l) => vec![self.ann.containers.item(*l)],
            Type::Dict(l) => vec![self.ann.containers.item(*l), self.ann.containers.value(*l)],
            Type::View(_, l) => vec![Type::Dict(*l)],
            Type::Tuple(ts) => ts.clone(),
            Type::Optional(t) | Type::Iter(t) | Type::Gen(t) | Type::TupleOf(t) => vec![(**t).clone()],
            _ => vec![],
        };
        let arg_ptrs: Vec<PointerValue> = args.iter().map(|a| self.desc(a)).collect();
        let ptr = self.ptr();
        let i32t = self.ctx.i32_type();
        let args_arr = ptr.const_array(&arg_ptrs);
        let args_g = self.module.add_global(args_arr.get_type(), None, "desc.args");
        args_g.set_initializer(&args_arr);
        args_g.set_constant(true);
        args_g.set_linkage(Linkage::Private);
        let ty = self.ctx.struct_type(&[i32t.into(), i32t.into(), ptr.into()], false);
        let value = ty.const_named_struct(&[
            i32t.const_int(desc_kind(&t), false).into(),
            i32t.const_int(args.len() as u64, false).into(),
            args_g.as_pointer_value().into(),
        ]);
        let g = self.module.add_global(ty, None, &format!("desc.{key}"));
        g.set_initializer(&value);
        g.set_constant(true);
        g.set_linkage(Linkage::Private);
        self.descs.borrow_mut().insert(key, g);
        g.as_pointer_value()
    }
}

impl<'ctx> super::Codegen<'ctx, '_> {
    /// A value as a 64-bit word (runtime/ABI.md); also for the wrappers the runtime calls,
    /// which have no `FnLower`.
    pub(crate) fn to_word(&self, v: BasicValueEnum<'ctx>, t: &Type) -> IntValue<'ctx> {
        let i64t = self.ctx.i64_type();
        match t {
            Type::Int | Type::Class(_) => v.into_int_value(),
            Type::Float => ll!(self.builder.build_bit_cast(v, i64t, "bits")).into_int_value(),
            Type::Str | Type::Bytes(_) | Type::List(_) | Type::Tuple(_) | Type::TupleOf(_) | Type::Dict(_) | Type::Set(..) | Type::View(..) | Type::Instance(_) => ll!(self.builder.build_ptr_to_int(v.into_pointer_value(), i64t, "w")),
            Type::Bool | Type::None | Type::Bottom => ll!(self.builder.build_int_z_extend(v.into_int_value(), i64t, "w")),
            Type::Optional(t) => self.to_word(v, t),
            Type::Object | Type::Iter(_) | Type::Function(_) | Type::Cell(_) | Type::Gen(_) => ll!(self.builder.build_ptr_to_int(v.into_pointer_value(), i64t, "w")),
        }
    }

    pub(crate) fn from_word(&self, w: IntValue<'ctx>, t: &Type) -> BasicValueEnum<'ctx> {
        match t {
            Type::Int | Type::Class(_) => w.into(),
            Type::Float => ll!(self.builder.build_bit_cast(w, self.ctx.f64_type(), "f")),
            Type::Str | Type::Bytes(_) | Type::List(_) | Type::Tuple(_) | Type::TupleOf(_) | Type::Dict(_) | Type::Set(..) | Type::View(..) | Type::Instance(_) => ll!(self.builder.build_int_to_ptr(w, self.ptr(), "p")).into(),
            Type::Bool | Type::None | Type::Bottom => ll!(self.builder.build_int_truncate(w, self.ctx.i8_type(), "b")).into(),
            Type::Optional(t) => self.from_word(w, t),
            Type::Object | Type::Iter(_) | Type::Function(_) | Type::Cell(_) | Type::Gen(_) => ll!(self.builder.build_int_to_ptr(w, self.ptr(), "p")).into(),
        }
    }
}

impl<'c, 'ctx, 'a> FnLower<'c, 'ctx, 'a> {
    /// A value as a 64-bit word (runtime/ABI.md).
    pub(crate) fn to_word(&self, v: BasicValueEnum<'ctx>, t: &Type) -> IntValue<'ctx> {
        self.cg.to_word(v, t)
    }

    pub(crate) fn from_word(&self, w: IntValue<'ctx>, t: &Type) -> BasicValueEnum<'ctx> {
        self.cg.from_word(w, t)
    }

    /// The runtime type descriptor of a type (`Codegen::desc`).
    pub(crate) fn desc(&self, t: &Type) -> PointerValue<'ctx> {
        self.cg.desc(t)
    }

    /// A stack slot in the function's entry block: an alloca in a loop body would grow the
    /// stack on every iteration.
    pub(crate) fn entry_alloca(&self, ty: inkwell::types::BasicTypeEnum<'ctx>, name: &str) -> PointerValue<'ctx> {
        let entry = self.llfn.get_first_basic_block().unwrap_or_else(|| unreachable!("a lowered function has its prologue block"));
        let b = self.cg.ctx.create_builder();
        match entry.get_first_instruction() {
            Some(first) => b.position_before(&first),
            None => b.position_at_end(entry),
        }
        ll!(b.build_alloca(ty, name))
    }

    /// Calls a runtime function; when it can raise, goes to the handler if it did.
    pub(crate) fn call_rt(&self, name: &str, args: &[BasicValueEnum<'ctx>]) -> Option<BasicValueEnum<'ctx>> {
        let f = self.cg.rt(name);
        let args: Vec<_> = args.iter().map(|a| (*a).into()).collect();
        let r = ll!(self.b().build_call(f, &args, name)).try_as_basic_value().basic();
        if !super::runtime_fns::NOTHROW.contains(&name) {
            self.check_raised();
        }
        r
    }

    pub(crate) fn call_rt_value(&self, name: &str, args: &[BasicValueEnum<'ctx>]) -> BasicValueEnum<'ctx> {
        self.call_rt(name, args).unwrap_or_else(|| panic!("internal error: {name} returns no value"))
    }

    /// An i1 as a Python bool (`i8`).
    pub(crate) fn bool_value(&self, c: IntValue<'ctx>) -> BasicValueEnum<'ctx> {
        ll!(self.b().build_int_z_extend(c, self.cg.ctx.i8_type(), "bool")).into()
    }

    /// The value of `v` as a tagged int (bools become 0 or 1).
    pub(crate) fn int_of(&self, v: Value) -> IntValue<'ctx> {
        self.as_int(self.get(v), &self.ty(v))
    }

    pub(crate) fn as_int(&self, v: BasicValueEnum<'ctx>, t: &Type) -> IntValue<'ctx> {
        match t {
            Type::Bool => {
                let w = ll!(self.b().build_int_z_extend(v.into_int_value(), self.cg.ctx.i64_type(), "w"));
                let shifted = ll!(self.b().build_left_shift(w, self.i64(1), "sh"));
                ll!(self.b().build_or(shifted, self.i64(1), "tagged"))
            }
            _ => v.into_int_value(),
        }
    }

    /// The value of a number as an f64.
    pub(crate) fn as_float(&self, v: BasicValueEnum<'ctx>, t: &Type) -> inkwell::values::FloatValue<'ctx> {
        match t {
            Type::Float => v.into_float_value(),
            Type::Bool => ll!(self.b().build_unsigned_int_to_float(v.into_int_value(), self.cg.ctx.f64_type(), "f")),
            _ => self.int_to_float(v.into_int_value()),
        }
    }

    /// `bool(x)` as an i1.
    pub(crate) fn truth(&self, v: BasicValueEnum<'ctx>, t: &Type) -> IntValue<'ctx> {
        let b = self.b();
        match t {
            Type::Int => ll!(b.build_int_compare(IntPredicate::NE, v.into_int_value(), self.tagged(0), "t")),
            Type::Float => ll!(b.build_float_compare(FloatPredicate::UNE, v.into_float_value(), self.cg.ctx.f64_type().const_zero(), "t")),
            Type::Bool => ll!(b.build_int_compare(IntPredicate::NE, v.into_int_value(), self.cg.ctx.i8_type().const_zero(), "t")),
            Type::None | Type::Bottom => self.cg.ctx.bool_type().const_zero(),
            Type::Str => {
                let n = self.call_rt_value("rt_str_len", &[v]).into_int_value();
                ll!(b.build_int_compare(IntPredicate::NE, n, self.tagged(0), "t"))
            }
            // Each of these has its length at +8.
            Type::List(_) | Type::Bytes(_) | Type::Dict(_) | Type::Set(..) | Type::View(..) => {
                let n = self.list_len(v.into_pointer_value());
                ll!(b.build_int_compare(IntPredicate::NE, n, self.i64(0), "t"))
            }
            Type::Tuple(ts) => self.cg.ctx.bool_type().const_int(!ts.is_empty() as u64, false),
            Type::TupleOf(_) => {
                let n = self.tuple_len(v.into_pointer_value());
                ll!(b.build_int_compare(IntPredicate::NE, n, self.i64(0), "t"))
            }
            Type::Instance(_) | Type::Iter(_) | Type::Class(_) | Type::Function(_) | Type::Cell(_) | Type::Gen(_) => self.cg.ctx.bool_type().const_int(1, false),
            Type::Optional(inner) => {
                let w = self.to_word(v, t);
                self.unless_none(w, |fl| fl.truth(v, inner))
            }
            Type::Object => self.object_truth(v, t),
        }
    }

    /// `then(fl)` when the optional word `w` is not `None`, else false: an i1.
    pub(crate) fn unless_none(&self, w: IntValue<'ctx>, then: impl FnOnce(&Self) -> IntValue<'ctx>) -> IntValue<'ctx> {
        let is_none = self.is_none_word(w);
        let here = self.b().get_insert_block().expect("positioned");
        let (some, done) = (self.new_block("some"), self.new_block("some_done"));
        ll!(self.b().build_conditional_branch(is_none, done, some));
        self.b().position_at_end(some);
        let c = then(self);
        let some_end = self.b().get_insert_block().expect("positioned");
        ll!(self.b().build_unconditional_branch(done));
        self.b().position_at_end(done);
        let bool_t = self.cg.ctx.bool_type();
        let phi = ll!(self.b().build_phi(bool_t, "truth"));
        phi.add_incoming(&[(&bool_t.const_zero(), here), (&c, some_end)]);
        phi.as_basic_value().into_int_value()
    }

    /// `str(x)`.
    pub(crate) fn str_of(&mut self, v: BasicValueEnum<'ctx>, t: &Type) -> PointerValue<'ctx> {
        match t {
            Type::Str => v.into_pointer_value(),
            Type::None | Type::Bottom => self.str_const("None"),
            Type::Instance(c) => self.instance_text(v, *c, true),
            _ => {
                let w = self.to_word(v, t);
                let d = self.desc(t);
                self.call_rt_value("rt_str_of", &[w.into(), d.into()]).into_pointer_value()
            }
        }
    }

    pub(crate) fn repr_of(&mut self, v: BasicValueEnum<'ctx>, t: &Type) -> PointerValue<'ctx> {
        if let Type::Instance(c) = t {
            return self.instance_text(v, *c, false);
        }
        let w = self.to_word(v, t);
        let d = self.desc(t);
        self.call_rt_value("rt_repr", &[w.into(), d.into()]).into_pointer_value()
    }

    pub(crate) fn field_ptr(&self, base: PointerValue<'ctx>, offset: u64) -> PointerValue<'ctx> {
        let i8t = self.cg.ctx.i8_type();
        // SAFETY: `base` points to a runtime object whose fixed layout (runtime/ABI.md) has a
        // field at `offset`; the GEP only computes that field's address.
        unsafe { ll!(self.b().build_in_bounds_gep(i8t, base, &[self.i64(offset as i64)], "field")) }
    }

    /// The raw length of a list.
    pub(crate) fn list_len(&self, list: PointerValue<'ctx>) -> IntValue<'ctx> {
        let p = self.field_ptr(list, LIST_LEN);
        ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "len")).into_int_value()
    }

    pub(crate) fn set_list_len(&self, list: PointerValue<'ctx>, n: IntValue<'ctx>) {
        let p = self.field_ptr(list, LIST_LEN);
        ll!(self.b().build_store(p, n));
    }

    /// The address of item `i` (raw, already checked) of a list.
    pub(crate) fn list_item_ptr(&self, list: PointerValue<'ctx>, i: IntValue<'ctx>) -> PointerValue<'ctx> {
        let p = self.field_ptr(list, LIST_ITEMS);
        let items = ll!(self.b().build_load(self.cg.ptr(), p, "items")).into_pointer_value();
        // SAFETY: callers check 0 <= i < len, and the runtime keeps `items` valid for `len`
        // words while the list is reachable.
        unsafe { ll!(self.b().build_in_bounds_gep(self.cg.ctx.i64_type(), items, &[i], "item")) }
    }

    pub(crate) fn tuple_item_ptr(&self, tuple: PointerValue<'ctx>, i: IntValue<'ctx>) -> PointerValue<'ctx> {
        let base = self.field_ptr(tuple, TUPLE_ITEMS);
        // SAFETY: callers index within the tuple's static length; fields are 8-byte words.
        unsafe { ll!(self.b().build_in_bounds_gep(self.cg.ctx.i64_type(), base, &[i], "field")) }
    }

    /// Normalises a Python index against `len` (both raw) and raises `msg` when out of range.
    pub(crate) fn checked_index(&mut self, index: IntValue<'ctx>, len: IntValue<'ctx>, msg: &str) -> IntValue<'ctx> {
        // A big int does not fit an index, as CPython says.
        let is_big = ll!(self.b().build_not(self.is_small(index), "big"));
        self.raise_if(is_big, ExcKind::IndexError, "cannot fit 'int' into an index-sized integer");
        let raw = ll!(self.b().build_right_shift(index, self.i64(1), true, "raw"));
        let neg = ll!(self.b().build_int_compare(IntPredicate::SLT, raw, self.i64(0), "neg"));
        let adjusted = ll!(self.b().build_int_add(raw, len, "adj"));
        let idx = ll!(self.b().build_select(neg, adjusted, raw, "idx")).into_int_value();
        let out = ll!(self.b().build_int_compare(IntPredicate::UGE, idx, len, "out"));
        self.raise_if(out, ExcKind::IndexError, msg);
        idx
    }

    pub(crate) fn getitem(&mut self, o: Value, i: Value, result: Value) -> BasicValueEnum<'ctx> {
        if let Type::Dict(_) = self.ty(o) {
            return self.dict_getitem(o, i);
        }
        let index = self.int_of(i);
        match self.ty(o) {
            Type::List(l) => {
                let list = self.get(o).into_pointer_value();
                let len = self.list_len(list);
                let idx = self.checked_index(index, len, "list index out of range");
                let p = self.list_item_ptr(list, idx);
                let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "w")).into_int_value();
                let item = self.cg.ann.containers.item(l);
                self.from_word(w, &item)
            }
            Type::Str => self.call_rt_value("rt_str_getitem", &[self.get(o), index.into()]),
            Type::Bytes(k) => self.bytes_getitem(self.get(o), index, k),
            Type::Tuple(ts) => {
                let tuple = self.get(o).into_pointer_value();
                let len = self.i64(ts.len() as i64);
                let idx = self.checked_index(index, len, "tuple index out of range");
                let p = self.tuple_item_ptr(tuple, idx);
                let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "w")).into_int_value();
                // A mixed tuple is only indexed by a literal; the result's type is that field's.
                self.from_word(w, &self.ty(result))
            }
            Type::TupleOf(item) => self.tuple_of_getitem(self.get(o).into_pointer_value(), index, &item),
            t => unreachable!("the annotator rejects subscripting {t:?}"),
        }
    }

    pub(crate) fn setitem(&mut self, o: Value, i: Value, v: Value) {
        let l = match self.ty(o) {
            Type::List(l) => l,
            Type::Dict(_) => return self.dict_setitem(o, i, v),
            Type::Bytes(_) => {
                let (index, value) = (self.int_of(i), self.int_of(v));
                self.call_rt("rt_bytes_setitem", &[self.get(o), index.into(), value.into()]);
                return;
            }
            t => unreachable!("the annotator rejects item assignment to {t:?}"),
        };
        let index = self.int_of(i);
        let list = self.get(o).into_pointer_value();
        let len = self.list_len(list);
        let idx = self.checked_index(index, len, "list assignment index out of range");
        let item_t = self.cg.ann.containers.item(l);
        let val = self.coerce(self.get(v), &self.ty(v), &item_t);
        let w = self.to_word(val, &item_t);
        let p = self.list_item_ptr(list, idx);
        ll!(self.b().build_store(p, w));
    }

    /// Converts between the representations of types the annotator joined: `None` into a
    /// `T | None` (the word 0) or an empty-list placeholder; a `T` into `T | None` is the same
    /// word.
    ///
    /// Into `object`, a value is boxed; a tuple whose field types widened is rebuilt.
    pub(crate) fn coerce(&self, v: BasicValueEnum<'ctx>, from: &Type, to: &Type) -> BasicValueEnum<'ctx> {
        match (from, to) {
            (Type::Bottom, _) => self.cg.repr(to).const_zero(),
            (f, Type::Object) if *f != Type::Object => self.boxed(v, from).into(),
            (Type::Tuple(fs), Type::Tuple(ts)) if fs != ts && fs.len() == ts.len() => self.convert_tuple(v, fs, ts),
            (Type::Tuple(_) | Type::TupleOf(_), Type::TupleOf(t)) => self.as_tuple_of(v, from, t).into(),
            _ if self.cg.repr(from) == self.cg.repr(to) => v,
            _ => self.cg.repr(to).const_zero(),
        }
    }

    /// A slice bound as an optional tagged int: 0 means `None`.
    pub(crate) fn opt_int(&self, v: Option<Value>) -> BasicValueEnum<'ctx> {
        match v {
            Some(v) if !matches!(self.ty(v), Type::None) => self.int_of(v).into(),
            _ => self.i64(0).into(),
        }
    }

    pub(crate) fn slice(&mut self, o: Value, a: Option<Value>, b: Option<Value>, c: Option<Value>, result: Value) -> BasicValueEnum<'ctx> {
        if let (Type::Tuple(ts), Some(positions)) = (self.ty(o), self.variant.tuple_slices.get(&result).cloned()) {
            let tuple = self.get(o).into_pointer_value();
            let fields: Vec<_> = positions.iter().map(|&i| (self.tuple_field(tuple, &ts, i), ts[i].clone())).collect();
            return self.build_tuple_of(&fields).into();
        }
        // A fixed tuple sliced with bounds known only at run time makes a tuple of any length.
        if let (t @ (Type::Tuple(_) | Type::TupleOf(_)), Type::TupleOf(item)) = (self.ty(o), self.ty(result)) {
            let bounds = [self.opt_int(a), self.opt_int(b), self.opt_int(c)];
            return self.tuple_of_slice(self.get(o), &t, bounds, &item);
        }
        let args = [self.get(o), self.opt_int(a), self.opt_int(b), self.opt_int(c)];
        let f = match self.ty(o) {
            Type::Str => "rt_str_slice",
            Type::Bytes(_) => "rt_bytes_slice",
            _ => "rt_list_slice",
        };
        self.call_rt_value(f, &args)
    }

    /// `xs[a:b:c] = v`: the runtime takes a list of the values (`v` itself when it is one).
    pub(crate) fn set_slice(&mut self, o: Value, bounds: [Option<Value>; 3], v: Value) {
        let (values, item) = self.list_or_items(self.get(v), &self.ty(v));
        let values = self.list_as(values, &item, &self.list_item_type(&self.ty(o)));
        let [a, b, c] = bounds.map(|x| self.opt_int(x));
        self.call_rt("rt_list_set_slice", &[self.get(o), a, b, c, values]);
    }

    pub(crate) fn new_list(&self, len: IntValue<'ctx>, item: &Type) -> PointerValue<'ctx> {
        let is_ref = self.cg.ctx.i8_type().const_int(item.is_gc_ref() as u64, false);
        self.call_rt_value("rt_list_new", &[len.into(), is_ref.into()]).into_pointer_value()
    }

    pub(crate) fn build_list(&mut self, vs: &[Value], result: Option<Value>) -> BasicValueEnum<'ctx> {
        let item = match result.map(|r| self.ty(r)) {
            Some(Type::List(l)) => self.cg.ann.containers.item(l),
            _ => Type::None,
        };
        let list = self.new_list(self.i64(vs.len() as i64), &item);
        for (i, v) in vs.iter().enumerate() {
            let val = self.coerce(self.get(*v), &self.ty(*v), &item);
            let w = self.to_word(val, &item);
            let p = self.list_item_ptr(list, self.i64(i as i64));
            ll!(self.b().build_store(p, w));
        }
        list.into()
    }

    pub(crate) fn build_tuple_of(&self, vals: &[(BasicValueEnum<'ctx>, Type)]) -> PointerValue<'ctx> {
        let mask = vals.iter().enumerate().filter(|(_, (_, t))| t.is_gc_ref()).fold(0u64, |m, (i, _)| m | (1 << i.min(63)));
        let i64t = self.cg.ctx.i64_type();
        let tuple = self
            .call_rt_value("rt_tuple_new", &[i64t.const_int(vals.len() as u64, false).into(), i64t.const_int(mask, false).into()])
            .into_pointer_value();
        for (i, (v, t)) in vals.iter().enumerate() {
            let w = self.to_word(*v, t);
            let p = self.tuple_item_ptr(tuple, self.i64(i as i64));
            ll!(self.b().build_store(p, w));
        }
        tuple
    }

    /// A tuple display: a tuple of any length of the fields' join when the annotator made it
    /// one (`Type::fields_fit_ref_mask`).
    pub(crate) fn build_tuple(&mut self, vs: &[Value], result: Option<Value>) -> BasicValueEnum<'ctx> {
        let vals: Vec<_> = match result.map(|r| self.ty(r)) {
            Some(Type::TupleOf(item)) => vs.iter().map(|v| (self.coerce(self.get(*v), &self.ty(*v), &item), (*item).clone())).collect(),
            _ => vs.iter().map(|v| (self.get(*v), self.ty(*v))).collect(),
        };
        self.build_tuple_of(&vals).into()
    }

    /// Field `i` of a tuple value of static type `ts`.
    pub(crate) fn tuple_field(&self, tuple: PointerValue<'ctx>, ts: &[Type], i: usize) -> BasicValueEnum<'ctx> {
        let p = self.tuple_item_ptr(tuple, self.i64(i as i64));
        let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "w")).into_int_value();
        self.from_word(w, &ts[i])
    }

    pub(crate) fn unpack(&mut self, v: Value, i: u32, n: u32) -> BasicValueEnum<'ctx> {
        let val = self.get(v);
        match self.ty(v) {
            Type::Tuple(ts) => self.tuple_field(val.into_pointer_value(), &ts, i as usize),
            Type::TupleOf(item) => self.tuple_of_unpack(val.into_pointer_value(), &item, i, n),
            Type::List(l) => {
                let list = val.into_pointer_value();
                if i == 0 {
                    let len = self.list_len(list);
                    self.call_rt("rt_check_unpack", &[len.into(), self.i64(n as i64).into()]);
                }
                let p = self.list_item_ptr(list, self.i64(i as i64));
                let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "w")).into_int_value();
                let item = self.cg.ann.containers.item(l);
                self.from_word(w, &item)
            }
            Type::Str => {
                if i == 0 {
                    let len = self.call_rt_value("rt_str_len", &[val]).into_int_value();
                    let raw = ll!(self.b().build_right_shift(len, self.i64(1), true, "raw"));
                    self.call_rt("rt_check_unpack", &[raw.into(), self.i64(n as i64).into()]);
                }
                self.call_rt_value("rt_str_getitem", &[val, self.tagged(i as i64).into()])
            }
            Type::Bytes(k) => {
                if i == 0 {
                    let len = self.list_len(val.into_pointer_value());
                    self.call_rt("rt_check_unpack", &[len.into(), self.i64(n as i64).into()]);
                }
                self.bytes_getitem(val, self.tagged(i as i64), k)
            }
            t => unreachable!("the annotator rejects unpacking {t:?}"),
        }
    }

    /// `a, *b, c = v`: the length check of a list or str (a tuple's was done statically).
    pub(crate) fn check_unpack_starred(&mut self, v: Value, min: u32) {
        let val = self.get(v);
        let len = match self.ty(v) {
            Type::List(_) => self.list_len(val.into_pointer_value()),
            Type::Str => self.untag(self.call_rt_value("rt_str_len", &[val]).into_int_value()),
            _ => return,
        };
        self.call_rt("rt_check_unpack_starred", &[len.into(), self.i64(min as i64).into()]);
    }

    pub(crate) fn format(&mut self, v: Value, conv: Conversion, spec: Option<Value>) -> PointerValue<'ctx> {
        let (val, t) = (self.get(v), self.ty(v));
        let (val, t) = match conv {
            Conversion::Repr => (self.repr_of(val, &t).into(), Type::Str),
            Conversion::Str => (self.str_of(val, &t).into(), Type::Str),
            Conversion::None => (val, t),
        };
        match spec {
            None => self.str_of(val, &t),
            Some(s) => {
                let w = self.to_word(val, &t);
                let d = self.desc(&t);
                self.call_rt_value("rt_format", &[w.into(), d.into(), self.get(s)]).into_pointer_value()
            }
        }
    }

    /// Concatenates str values through a stack array.
    pub(crate) fn concat_strs(&mut self, parts: &[PointerValue<'ctx>]) -> PointerValue<'ctx> {
        let ptr = self.cg.ptr();
        let arr_ty = ptr.array_type(parts.len() as u32);
        let arr = self.entry_alloca(arr_ty.into(), "parts");
        for (i, p) in parts.iter().enumerate() {
            // SAFETY: index i is within the array of parts.len() pointers allocated above.
            let slot = unsafe { ll!(self.b().build_in_bounds_gep(ptr, arr, &[self.i64(i as i64)], "part")) };
            ll!(self.b().build_store(slot, *p));
        }
        self.call_rt_value("rt_str_concat_n", &[self.i64(parts.len() as i64).into(), arr.into()]).into_pointer_value()
    }

    pub(crate) fn join_str(&mut self, parts: &[Value]) -> PointerValue<'ctx> {
        let ptrs: Vec<PointerValue> = parts.iter().map(|p| self.get(*p).into_pointer_value()).collect();
        self.concat_strs(&ptrs)
    }

    /// An array of words and one of descriptors, for calls that take a variable number of values.
    pub(crate) fn word_array(&mut self, vals: &[(BasicValueEnum<'ctx>, Type)]) -> (PointerValue<'ctx>, PointerValue<'ctx>) {
        let i64t = self.cg.ctx.i64_type();
        let ptr = self.cg.ptr();
        let n = vals.len().max(1) as u32;
        let words = self.entry_alloca(i64t.array_type(n).into(), "words");
        let descs = self.entry_alloca(ptr.array_type(n).into(), "descs");
        for (i, (v, t)) in vals.iter().enumerate() {
            let w = self.to_word(*v, t);
            let d = self.desc(t);
            // SAFETY: i < n, the length of both arrays.
            let (wp, dp) = unsafe {
                (
                    ll!(self.b().build_in_bounds_gep(i64t, words, &[self.i64(i as i64)], "w")),
                    ll!(self.b().build_in_bounds_gep(ptr, descs, &[self.i64(i as i64)], "d")),
                )
            };
            ll!(self.b().build_store(wp, w));
            ll!(self.b().build_store(dp, d));
        }
        (words, descs)
    }

    /// `==`, `<`, `in`, `is` and friends as an i1.
    pub(crate) fn compare(&mut self, op: CmpOp, a: Value, b: Value) -> IntValue<'ctx> {
        let (ta, tb) = (self.ty(a), self.ty(b));
        let (va, vb) = (self.get(a), self.get(b));
        self.compare_values(op, va, &ta, vb, &tb)
    }

    /// `==` or `is` where a side may be `None`: `None` equals only `None`, and two values that
    /// are not `None` compare as their types do.
    fn compare_optional(&mut self, op: CmpOp, va: BasicValueEnum<'ctx>, ta: &Type, vb: BasicValueEnum<'ctx>, tb: &Type) -> IntValue<'ctx> {
        let word_or_none = |fl: &Self, v: BasicValueEnum<'ctx>, t: &Type| match t {
            Type::None => fl.i64(0),
            t if t.nullable() || matches!(t, Type::Optional(_)) => fl.to_word(v, t),
            _ => fl.i64(1),
        };
        let (wa, wb) = (word_or_none(self, va, ta), word_or_none(self, vb, tb));
        let (na, nb) = (self.is_none_word(wa), self.is_none_word(wb));
        let both_none = ll!(self.b().build_and(na, nb, "both_none"));
        let any_none = ll!(self.b().build_or(na, nb, "any_none"));
        if matches!(ta, Type::None) || matches!(tb, Type::None) {
            return both_none;
        }
        let here = self.b().get_insert_block().expect("positioned");
        let (values, done) = (self.new_block("neither_none"), self.new_block("cmp_done"));
        ll!(self.b().build_conditional_branch(any_none, done, values));
        self.b().position_at_end(values);
        let c = self.compare_values(op, va, ta.non_none(), vb, tb.non_none());
        let values_end = self.b().get_insert_block().expect("positioned");
        ll!(self.b().build_unconditional_branch(done));
        self.b().position_at_end(done);
        let phi = ll!(self.b().build_phi(self.cg.ctx.bool_type(), "eq"));
        phi.add_incoming(&[(&both_none, here), (&c, values_end)]);
        phi.as_basic_value().into_int_value()
    }

    /// Whether the word of a `T | None` value is `None` (0), as an i1.
    pub(crate) fn is_none_word(&self, w: IntValue<'ctx>) -> IntValue<'ctx> {
        ll!(self.b().build_int_compare(IntPredicate::EQ, w, self.i64(0), "none"))
    }

    pub(crate) fn compare_values(&mut self, op: CmpOp, va: BasicValueEnum<'ctx>, ta: &Type, vb: BasicValueEnum<'ctx>, tb: &Type) -> IntValue<'ctx> {
        let bool_t = self.cg.ctx.bool_type();
        let negate = |this: &Self, c: IntValue<'ctx>| ll!(this.b().build_not(c, "not"));
        match op {
            CmpOp::Ne => {
                let c = self.compare_values(CmpOp::Eq, va, ta, vb, tb);
                return negate(self, c);
            }
            CmpOp::NotIn => {
                let c = self.compare_values(CmpOp::In, va, ta, vb, tb);
                return negate(self, c);
            }
            CmpOp::IsNot => {
                let c = self.compare_values(CmpOp::Is, va, ta, vb, tb);
                return negate(self, c);
            }
            _ if (*ta == Type::Object || *tb == Type::Object) && !matches!(op, CmpOp::In) => {
                return self.object_compare(op, va, ta, vb, tb);
            }
            CmpOp::Is | CmpOp::Eq if matches!(ta, Type::Optional(_)) || matches!(tb, Type::Optional(_)) => {
                return self.compare_optional(op, va, ta, vb, tb);
            }
            CmpOp::Is => {
                return match (ta, tb) {
                    (Type::None, Type::None) => bool_t.const_int(1, false),
                    // Containers made at different sites have different definitions; instances of
                    // related classes may be one object seen through different classes.
                    (x, y) if x == y || self.same_shape(x, y) || self.related_instances(x, y) => {
                        let (wa, wb) = (self.to_word(va, ta), self.to_word(vb, tb));
                        ll!(self.b().build_int_compare(IntPredicate::EQ, wa, wb, "is"))
                    }
                    _ => bool_t.const_zero(),
                };
            }
            CmpOp::In => return self.contains(vb, tb, va, ta),
            _ => {}
        }
        let pred = |op: CmpOp| match op {
            CmpOp::Eq => IntPredicate::EQ,
            CmpOp::Lt => IntPredicate::SLT,
            CmpOp::Le => IntPredicate::SLE,
            CmpOp::Gt => IntPredicate::SGT,
            _ => IntPredicate::SGE,
        };
        match (ta, tb) {
            (x, y) if x.is_intlike() && y.is_intlike() => {
                let (ia, ib) = (self.as_int(va, ta), self.as_int(vb, tb));
                self.int_compare(pred(op), ia, ib)
            }
            (Type::Int, Type::Float) => self.int_float_compare(op, va.into_int_value(), vb.into_float_value(), false),
            (Type::Float, Type::Int) => self.int_float_compare(op, vb.into_int_value(), va.into_float_value(), true),
            (x, y) if x.is_number() && y.is_number() => {
                let (fa, fb) = (self.as_float(va, ta), self.as_float(vb, tb));
                let p = match op {
                    CmpOp::Eq => FloatPredicate::OEQ,
                    CmpOp::Lt => FloatPredicate::OLT,
                    CmpOp::Le => FloatPredicate::OLE,
                    CmpOp::Gt => FloatPredicate::OGT,
                    _ => FloatPredicate::OGE,
                };
                ll!(self.b().build_float_compare(p, fa, fb, "fcmp"))
            }
            (Type::None, Type::None) => bool_t.const_int((op == CmpOp::Eq) as u64, false),
            // Bound methods compare by their function and instance (the runtime's `eq`).
            (Type::Function(fs), Type::Function(gs)) if op == CmpOp::Eq && fs.iter().chain(gs).any(|&f| self.cg.program.function(f).bound_method) => {
                let (wa, wb) = (self.to_word(va, ta), self.to_word(vb, tb));
                let d = self.desc(ta);
                let r = self.call_rt_value("rt_eq", &[wa.into(), wb.into(), d.into()]).into_int_value();
                ll!(self.b().build_int_compare(IntPredicate::NE, r, r.get_type().const_zero(), "eq"))
            }
            // Without `__eq__`, instances are equal only to themselves; so are classes.
            (Type::Instance(_), Type::Instance(_)) | (Type::Class(_), Type::Class(_)) | (Type::Function(_), Type::Function(_)) if op == CmpOp::Eq => {
                let (wa, wb) = (self.to_word(va, ta), self.to_word(vb, tb));
                ll!(self.b().build_int_compare(IntPredicate::EQ, wa, wb, "is"))
            }
            (Type::Str, Type::Str) if op == CmpOp::Eq => {
                let r = self.call_rt_value("rt_str_eq", &[va, vb]).into_int_value();
                ll!(self.b().build_int_compare(IntPredicate::NE, r, r.get_type().const_zero(), "eq"))
            }
            (Type::Str, Type::Str) => {
                let r = self.call_rt_value("rt_str_cmp", &[va, vb]).into_int_value();
                ll!(self.b().build_int_compare(pred(op), r, r.get_type().const_zero(), "cmp"))
            }
            // Containers of different item types compare item by item with both descriptors
            // (`[1] == [1.0]`, `(1, 'a') < (1, 'b')`, `{1: 2} == {1: 2.0}`, `{1} < {1, 'a'}`).
            (Type::List(_), Type::List(_)) | (Type::Tuple(_) | Type::TupleOf(_), Type::Tuple(_) | Type::TupleOf(_)) | (Type::Dict(_), Type::Dict(_)) | (Type::Set(..), Type::Set(..))
                if !self.same_shape(ta, tb) =>
            {
                self.object_compare(op, va, ta, vb, tb)
            }
            (Type::Set(..), Type::Set(..)) if op != CmpOp::Eq => self.set_order(op, va, vb),
            (x, y) if self.same_shape(x, y) => {
                let (wa, wb) = (self.to_word(va, ta), self.to_word(vb, tb));
                let d = self.desc(ta);
                if op == CmpOp::Eq {
                    let r = self.call_rt_value("rt_eq", &[wa.into(), wb.into(), d.into()]).into_int_value();
                    ll!(self.b().build_int_compare(IntPredicate::NE, r, r.get_type().const_zero(), "eq"))
                } else {
                    let r = self.call_rt_value("rt_cmp", &[wa.into(), wb.into(), d.into()]).into_int_value();
                    ll!(self.b().build_int_compare(pred(op), r, r.get_type().const_zero(), "cmp"))
                }
            }
            _ => bool_t.const_zero(),
        }
    }

    /// Compares an int with a float exactly, as CPython does (`2**53 + 1 != float(2**53 + 1)`):
    /// inline when the int converts to f64 exactly, else through the runtime. `swapped` means
    /// the float is the left operand.
    fn int_float_compare(&mut self, op: CmpOp, i: IntValue<'ctx>, f: inkwell::values::FloatValue<'ctx>, swapped: bool) -> IntValue<'ctx> {
        let op = match (swapped, op) {
            (true, CmpOp::Lt) => CmpOp::Gt,
            (true, CmpOp::Le) => CmpOp::Ge,
            (true, CmpOp::Gt) => CmpOp::Lt,
            (true, CmpOp::Ge) => CmpOp::Le,
            (_, op) => op,
        };
        let i32t = self.cg.ctx.i32_type();
        // Exact when small and |x| <= 2**53, i.e. the tagged word + 2**54 + 1 fits in 2**55.
        let shifted = ll!(self.b().build_int_add(i, self.i64((1 << 54) + 1), "shifted"));
        let exact_range = ll!(self.b().build_int_compare(IntPredicate::ULE, shifted, self.i64(1 << 55), "exact"));
        let exact = ll!(self.b().build_and(self.is_small(i), exact_range, "fast"));
        let pred = match op {
            CmpOp::Eq => FloatPredicate::OEQ,
            CmpOp::Lt => FloatPredicate::OLT,
            CmpOp::Le => FloatPredicate::OLE,
            CmpOp::Gt => FloatPredicate::OGT,
            _ => FloatPredicate::OGE,
        };
        let bool_t = self.cg.ctx.bool_type().into();
        self.fast_or_slow(
            exact,
            bool_t,
            |s| {
                let x = ll!(s.b().build_right_shift(i, s.i64(1), true, "raw"));
                let xf = ll!(s.b().build_signed_int_to_float(x, s.cg.ctx.f64_type(), "xf"));
                (ll!(s.b().build_float_compare(pred, xf, f, "c")).into(), None)
            },
            |s| {
                // -1, 0, 1 as the int is below, equal to or above the float; 2 when it is NaN.
                let r = s.call_rt_value("rt_int_float_cmp", &[i.into(), f.into()]).into_int_value();
                let is = |k: i64| ll!(s.b().build_int_compare(IntPredicate::EQ, r, i32t.const_int(k as u64, true), "is"));
                match op {
                    CmpOp::Eq => is(0),
                    CmpOp::Lt => is(-1),
                    CmpOp::Gt => is(1),
                    CmpOp::Le => ll!(s.b().build_or(is(-1), is(0), "le")),
                    _ => ll!(s.b().build_or(is(1), is(0), "ge")),
                }
                .into()
            },
        )
        .into_int_value()
    }

    /// Two types with one representation that one descriptor reads: equal, or containers whose
    /// item types print the same (each list literal has its own list definition). A set and a
    /// frozenset, or bytes and a bytearray, compare as the left one's type.
    pub(crate) fn same_shape(&self, a: &Type, b: &Type) -> bool {
        let c = &self.cg.ann.containers;
        match (a, b) {
            (Type::Set(_, x), Type::Set(_, y)) => c.show(&c.item(*x)) == c.show(&c.item(*y)),
            (Type::Bytes(_), Type::Bytes(_)) | (Type::Function(_), Type::Function(_)) => true,
            (Type::List(_), Type::List(_)) | (Type::Tuple(_), Type::Tuple(_)) | (Type::TupleOf(_), Type::TupleOf(_)) | (Type::Dict(_), Type::Dict(_)) => c.show(a) == c.show(b),
            _ => a == b,
        }
    }

    /// Whether a value of type `t` can equal an item of type `item`, compared as an item: the
    /// same shape, `T`, `None` or `T | None` among `T | None` items, or anything among boxed
    /// items.
    pub(crate) fn fits_item(&self, t: &Type, item: &Type) -> bool {
        self.same_shape(t, item)
            || *item == Type::Object
            || matches!(item, Type::Optional(i) if *t == Type::None || self.same_shape(i, t.non_none()))
    }

    /// A bool as the int or float it equals.
    fn coerce_bool(&self, b: BasicValueEnum<'ctx>, to: &Type) -> BasicValueEnum<'ctx> {
        match to {
            Type::Float => self.as_float(b, &Type::Bool).into(),
            _ => self.as_int(b, &Type::Bool).into(),
        }
    }

    /// `needle in hay`.
    fn contains(&mut self, hay: BasicValueEnum<'ctx>, th: &Type, needle: BasicValueEnum<'ctx>, tn: &Type) -> IntValue<'ctx> {
        let bool_t = self.cg.ctx.bool_type();
        let to_i1 = |this: &Self, r: BasicValueEnum<'ctx>| {
            let r = r.into_int_value();
            ll!(this.b().build_int_compare(IntPredicate::NE, r, r.get_type().const_zero(), "in"))
        };
        match th {
            Type::Str => {
                let r = self.call_rt_value("rt_str_contains", &[hay, needle]);
                to_i1(self, r)
            }
            Type::List(l) => {
                let item = self.cg.ann.containers.item(*l);
                // Numbers compare across types (`1 in [1.0]`): look for the needle converted to
                // the items' type, when that conversion is exact.
                let (needle, tn, exact) = match (tn, &item) {
                    (Type::Int, Type::Float) => {
                        let f = self.as_float(needle, tn);
                        let exact = self.int_float_compare(CmpOp::Eq, needle.into_int_value(), f, false);
                        (f.into(), Type::Float, exact)
                    }
                    (Type::Bool, Type::Float | Type::Int) => (self.coerce_bool(needle, &item), item.clone(), bool_t.const_int(1, false)),
                    _ => (needle, tn.clone(), bool_t.const_int(1, false)),
                };
                if self.fits_item(&tn, &item) {
                    let w = self.to_word(self.coerce(needle, &tn, &item), &item);
                    let d = self.desc(&item);
                    let r = self.call_rt_value("rt_list_contains", &[hay, w.into(), d.into()]);
                    let found = to_i1(self, r);
                    ll!(self.b().build_and(found, exact, "in"))
                } else {
                    self.generic_contains(hay, th, needle, &tn)
                }
            }
            Type::Tuple(ts) => {
                let mut acc = bool_t.const_zero();
                for (i, t) in ts.iter().enumerate() {
                    let field = self.tuple_field(hay.into_pointer_value(), ts, i);
                    let eq = self.compare_values(CmpOp::Eq, needle, tn, field, t);
                    acc = ll!(self.b().build_or(acc, eq, "any"));
                }
                acc
            }
            Type::TupleOf(_) => self.tuple_of_contains(hay, th, needle, tn),
            Type::Bytes(_) => self.bytes_contains(hay, needle, tn),
            Type::Dict(_) | Type::Set(..) | Type::View(..) => self.contains_key(hay, th, needle, tn),
            _ => bool_t.const_zero(),
        }
    }

    /// `for i in range(a, b, step)` with a step known only at run time.
    pub(crate) fn range_cond(&mut self, i: Value, stop: Value, step: Value) -> BasicValueEnum<'ctx> {
        let (i, stop, step) = (self.int_of(i), self.int_of(stop), self.int_of(step));
        let up = self.int_compare(IntPredicate::SLT, i, stop);
        let down = self.int_compare(IntPredicate::SGT, i, stop);
        let positive = self.int_compare(IntPredicate::SGT, step, self.tagged(0));
        let c = ll!(self.b().build_select(positive, up, down, "range_cond")).into_int_value();
        self.bool_value(c)
    }
}
