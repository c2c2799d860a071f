//! Boxed (`object`) values: boxing at the joins the annotator widened, and the operators on
//! boxed operands, which call the runtime's generic `rt_obj_*` functions with each operand's word
//! and static type descriptor (so typed and boxed operands mix).

use super::func::{ll, FnLower};
use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use inkwell::IntPredicate;
use mesapy_annotator::annotate::VariantId;
use mesapy_annotator::ir::{BinOp, Builtin, BuiltinType, CmpOp, InstKind, UnOp, Value};
use mesapy_annotator::types::Type;

/// `rt_obj_compare` codes (runtime/ABI.md).
fn compare_code(op: CmpOp) -> u64 {
    match op {
        CmpOp::Eq | CmpOp::Ne => 0,
        CmpOp::Lt => 1,
        CmpOp::Le => 2,
        CmpOp::Gt => 3,
        CmpOp::Ge => 4,
        _ => 5,
    }
}

impl<'c, 'ctx, 'a> FnLower<'c, 'ctx, 'a> {
    /// A value of static type `t` boxed as an `object`.
    pub(crate) fn boxed(&self, v: BasicValueEnum<'ctx>, t: &Type) -> PointerValue<'ctx> {
        if *t == Type::Object {
            return v.into_pointer_value();
        }
        let (w, d) = self.word_and_desc(v, t);
        self.call_rt_value("rt_box", &[w.into(), d.into()]).into_pointer_value()
    }

    fn word_and_desc(&self, v: BasicValueEnum<'ctx>, t: &Type) -> (IntValue<'ctx>, PointerValue<'ctx>) {
        (self.to_word(v, t), self.desc(t))
    }

    fn code(&self, c: u64) -> BasicValueEnum<'ctx> {
        self.cg.ctx.i32_type().const_int(c, false).into()
    }

    /// `a op b` where an operand is boxed: a boxed result.
    pub(crate) fn object_binary(&self, op: BinOp, va: BasicValueEnum<'ctx>, ta: &Type, vb: BasicValueEnum<'ctx>, tb: &Type) -> BasicValueEnum<'ctx> {
        let (wa, da) = self.word_and_desc(va, ta);
        let (wb, db) = self.word_and_desc(vb, tb);
        let code = self.code(op as u64);
        self.call_rt_value("rt_obj_binop", &[code, wa.into(), da.into(), wb.into(), db.into()])
    }

    /// `-x`, `+x`, `~x` of a boxed value (`not x` is a truth test).
    pub(crate) fn object_unary(&self, op: UnOp, v: BasicValueEnum<'ctx>, t: &Type) -> BasicValueEnum<'ctx> {
        let (w, d) = self.word_and_desc(v, t);
        let code = self.code(match op {
            UnOp::Neg => 0,
            UnOp::Pos => 1,
            _ => 2,
        });
        self.call_rt_value("rt_obj_unary", &[code, w.into(), d.into()])
    }

    /// A comparison where an operand is boxed, as an i1.
    pub(crate) fn object_compare(&self, op: CmpOp, va: BasicValueEnum<'ctx>, ta: &Type, vb: BasicValueEnum<'ctx>, tb: &Type) -> IntValue<'ctx> {
        let (wa, da) = self.word_and_desc(va, ta);
        let (wb, db) = self.word_and_desc(vb, tb);
        let code = self.code(compare_code(op));
        let r = self.call_rt_value("rt_obj_compare", &[code, wa.into(), da.into(), wb.into(), db.into()]).into_int_value();
        let pred = if matches!(op, CmpOp::Ne | CmpOp::IsNot) { IntPredicate::EQ } else { IntPredicate::NE };
        ll!(self.b().build_int_compare(pred, r, r.get_type().const_zero(), "cmp"))
    }

    /// `bool(x)` of a boxed value, as an i1.
    pub(crate) fn object_truth(&self, v: BasicValueEnum<'ctx>, t: &Type) -> IntValue<'ctx> {
        let (w, d) = self.word_and_desc(v, t);
        let r = self.call_rt_value("rt_obj_truth", &[w.into(), d.into()]).into_int_value();
        ll!(self.b().build_int_compare(IntPredicate::NE, r, r.get_type().const_zero(), "truth"))
    }

    /// `abs(x)` of a boxed value (`rt_obj_unary`'s code 3).
    pub(crate) fn object_abs(&self, v: BasicValueEnum<'ctx>, t: &Type) -> BasicValueEnum<'ctx> {
        let (w, d) = self.word_and_desc(v, t);
        self.call_rt_value("rt_obj_unary", &[self.code(3), w.into(), d.into()])
    }

    /// `len(x)` of a boxed value: a tagged int.
    pub(crate) fn object_len(&self, v: BasicValueEnum<'ctx>, t: &Type) -> BasicValueEnum<'ctx> {
        let (w, d) = self.word_and_desc(v, t);
        self.call_rt_value("rt_obj_len", &[w.into(), d.into()])
    }

    /// The `ClassInfo` of the instance a boxed value holds, as a word (0 for other values).
    pub(crate) fn object_class(&self, v: BasicValueEnum<'ctx>, t: &Type) -> IntValue<'ctx> {
        let (w, d) = self.word_and_desc(v, t);
        let p = self.call_rt_value("rt_obj_class", &[w.into(), d.into()]).into_pointer_value();
        ll!(self.b().build_ptr_to_int(p, self.cg.ctx.i64_type(), "class"))
    }

    /// Subscripts, iteration, unpacking and `in` where an operand is boxed (see the annotator's
    /// `on_boxed`): the runtime reads the container through its descriptor and boxes the
    /// result. `None` for the other instructions.
    pub(crate) fn boxed_item_op(&mut self, kind: &InstKind) -> Option<BasicValueEnum<'ctx>> {
        let operand = |fl: &Self, v: Value| -> [BasicValueEnum<'ctx>; 2] {
            let (val, t) = (fl.get(v), fl.ty(v));
            let (w, d) = fl.word_and_desc(val, &t);
            [w.into(), d.into()]
        };
        let int = |fl: &Self, v: Value| -> BasicValueEnum<'ctx> { fl.int_of(v).into() };
        Some(match *kind {
            InstKind::GetItem(o, k) => self.call_rt_value("rt_obj_getitem", &[operand(self, o), operand(self, k)].concat()),
            InstKind::CallBuiltin(Builtin::IterLen, ref args, _) => self.call_rt_value("rt_obj_iter_len", &operand(self, args[0])),
            InstKind::IterNext(s, p, n) => self.call_rt_value("rt_obj_iter_next", &[&operand(self, s)[..], &[int(self, p), int(self, n)]].concat()),
            InstKind::IterItem(s, at) => self.call_rt_value("rt_obj_iter_item", &[&operand(self, s)[..], &[int(self, at)]].concat()),
            InstKind::Unpack(v, i, n) => self.call_rt_value("rt_obj_unpack", &[&operand(self, v)[..], &[self.i64(i64::from(i)).into(), self.i64(i64::from(n)).into()]].concat()),
            InstKind::Compare(op @ (CmpOp::In | CmpOp::NotIn), x, a) => {
                let r = self.call_rt_value("rt_obj_contains", &[operand(self, x), operand(self, a)].concat()).into_int_value();
                let pred = if op == CmpOp::In { IntPredicate::NE } else { IntPredicate::EQ };
                let c = ll!(self.b().build_int_compare(pred, r, r.get_type().const_zero(), "in"));
                self.bool_value(c)
            }
            _ => return None,
        })
    }

    /// A call with boxed arguments that may enter typed variant `typed` instead of its boxed
    /// `callee` (`Variant::unboxed_entries`): when every boxed argument holds a value of the
    /// typed parameter's kind (its descriptor's, read from the box), the typed variant is
    /// called with the words unboxed and its result converted to the call's `ret`; otherwise
    /// the boxed variant, which does the same on the boxes.
    pub(crate) fn entered_call(&mut self, callee: VariantId, typed: VariantId, args: &[Value], ret: &Type) -> Option<BasicValueEnum<'ctx>> {
        let params = self.cg.ann.variant(typed).args.clone();
        let mut fits = self.cg.ctx.bool_type().const_int(1, false);
        let mut unboxed = Vec::with_capacity(args.len());
        for (a, p) in args.iter().zip(&params) {
            let (v, t) = (self.get(*a), self.ty(*a));
            if t != Type::Object {
                unboxed.push((v, t));
                continue;
            }
            // A box is a tuple (descriptor, word); a descriptor starts with its u32 kind.
            let b = v.into_pointer_value();
            let desc = ll!(self.b().build_load(self.cg.ctx.i64_type(), self.tuple_item_ptr(b, self.i64(0)), "box.desc")).into_int_value();
            let desc = ll!(self.b().build_int_to_ptr(desc, self.cg.ptr(), "box.desc.p"));
            let kind = ll!(self.b().build_load(self.cg.ctx.i32_type(), desc, "box.kind")).into_int_value();
            let want = self.cg.ctx.i32_type().const_int(super::values::desc_kind(p), false);
            let same = ll!(self.b().build_int_compare(IntPredicate::EQ, kind, want, "box.fits"));
            fits = ll!(self.b().build_and(fits, same, "fits"));
            let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), self.tuple_item_ptr(b, self.i64(1)), "box.word")).into_int_value();
            unboxed.push((self.from_word(w, p), p.clone()));
        }
        let (typed_b, boxed_b, done) = (self.new_block("entry.typed"), self.new_block("entry.boxed"), self.new_block("entry.done"));
        ll!(self.b().build_conditional_branch(fits, typed_b, boxed_b));
        self.b().position_at_end(typed_b);
        let fast = self.call_variant(typed, &unboxed, ret);
        let typed_end = self.b().get_insert_block().expect("a block is open");
        ll!(self.b().build_unconditional_branch(done));
        self.b().position_at_end(boxed_b);
        let vals: Vec<_> = args.iter().map(|a| (self.get(*a), self.ty(*a))).collect();
        let slow = self.call_variant(callee, &vals, ret);
        let boxed_end = self.b().get_insert_block().expect("a block is open");
        ll!(self.b().build_unconditional_branch(done));
        self.b().position_at_end(done);
        let (fast, slow) = (fast?, slow?);
        let phi = ll!(self.b().build_phi(fast.get_type(), "entered"));
        phi.add_incoming(&[(&fast, typed_end), (&slow, boxed_end)]);
        Some(phi.as_basic_value())
    }

    /// `needle in hay` where the needle is of another type than the container's items (`1.0 in
    /// [1]`, `True in {1}`): the runtime compares them as values, with both descriptors.
    pub(crate) fn generic_contains(&self, hay: BasicValueEnum<'ctx>, th: &Type, needle: BasicValueEnum<'ctx>, tn: &Type) -> IntValue<'ctx> {
        let (wn, dn) = self.word_and_desc(needle, tn);
        let (wh, dh) = self.word_and_desc(hay, th);
        let r = self.call_rt_value("rt_obj_contains", &[wn.into(), dn.into(), wh.into(), dh.into()]).into_int_value();
        ll!(self.b().build_int_compare(IntPredicate::NE, r, r.get_type().const_zero(), "in"))
    }

    /// `isinstance(o, (int, ...))` with built-in classes: known from the static type, except for
    /// a boxed value (the kind of the value it holds is compared) and a value that may be
    /// `None`.
    pub(crate) fn isinstance_builtin(&self, o: Value, classes: &[BuiltinType]) -> BasicValueEnum<'ctx> {
        let (v, t) = (self.get(o), self.ty(o));
        let bool_t = self.cg.ctx.bool_type();
        let hit = match &t {
            Type::Object => {
                let (w, d) = self.word_and_desc(v, &t);
                let kind = self.call_rt_value("rt_obj_kind", &[w.into(), d.into()]).into_int_value();
                let mut hit = bool_t.const_zero();
                for &c in classes {
                    for code in builtin_kinds(c) {
                        let eq = ll!(self.b().build_int_compare(IntPredicate::EQ, kind, kind.get_type().const_int(*code, false), "is_kind"));
                        hit = ll!(self.b().build_or(hit, eq, "hit"));
                    }
                }
                hit
            }
            Type::Optional(inner) if classes.iter().any(|c| c.holds(inner)) => {
                let w = self.to_word(v, &t);
                ll!(self.b().build_not(self.is_none_word(w), "some"))
            }
            t => bool_t.const_int(u64::from(classes.iter().any(|c| c.holds(t))), false),
        };
        self.bool_value(hit)
    }

    /// A tuple of field types `from` rebuilt with field types `to` (each field converted).
    pub(crate) fn convert_tuple(&self, v: BasicValueEnum<'ctx>, from: &[Type], to: &[Type]) -> BasicValueEnum<'ctx> {
        let tuple = v.into_pointer_value();
        let mut fields = Vec::with_capacity(to.len());
        for (i, (f, t)) in from.iter().zip(to).enumerate() {
            let x = self.tuple_field(tuple, from, i);
            fields.push((self.coerce(x, f, t), t.clone()));
        }
        self.build_tuple_of(&fields).into()
    }
}

/// The `TypeDesc.kind` values of the instances of a built-in class (runtime/ABI.md): bools are
/// ints too.
fn builtin_kinds(c: BuiltinType) -> &'static [u64] {
    match c {
        BuiltinType::Int => &[0, 2],
        BuiltinType::Float => &[1],
        BuiltinType::Bool => &[2],
        BuiltinType::Str => &[4],
        BuiltinType::List => &[5],
        BuiltinType::Tuple => &[6],
        BuiltinType::Dict => &[7],
        BuiltinType::Set => &[8],
        BuiltinType::FrozenSet => &[15],
        BuiltinType::Bytes => &[16],
        BuiltinType::ByteArray => &[17],
    }
}
