//! Tuples whose length is known only at run time (`Type::TupleOf`): the tuple object of a fixed
//! tuple, its length in the header's `aux`, every field of the item type. A fixed tuple whose
//! fields' words already are the item type's is such a tuple as it is; any other is copied with
//! its fields converted (`as_tuple_of`). Searches (`in`, `count`, `index`) of fixed tuples go
//! through the same runtime functions.

use super::func::{ll, FnLower};
use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use inkwell::IntPredicate;
use mesapy_annotator::annotate::ExcKind;
use mesapy_annotator::ir::*;
use mesapy_annotator::types::Type;

/// The offset of a tuple's field count (`Header.aux`, a u32; runtime/ABI.md).
const TUPLE_LEN: u64 = 4;

impl<'c, 'ctx, 'a> FnLower<'c, 'ctx, 'a> {
    /// The raw field count of a tuple object.
    pub(crate) fn tuple_len(&self, t: PointerValue<'ctx>) -> IntValue<'ctx> {
        let p = self.field_ptr(t, TUPLE_LEN);
        let n = ll!(self.b().build_load(self.cg.ctx.i32_type(), p, "aux")).into_int_value();
        ll!(self.b().build_int_z_extend(n, self.cg.ctx.i64_type(), "len"))
    }

    /// The `is_ref` argument of the `rt_tuple_*` functions for tuples of `item`.
    fn items_ref(&self, item: &Type) -> BasicValueEnum<'ctx> {
        self.cg.ctx.i8_type().const_int(u64::from(item.is_gc_ref()), false).into()
    }

    /// Whether every value of type `from` is, word for word, a value of type `to`: nothing to
    /// box, no tuple to rebuild.
    pub(crate) fn same_words(&self, from: &Type, to: &Type) -> bool {
        let c = &self.cg.ann.containers;
        let (from, to) = (c.canonical(from), c.canonical(to));
        match (&from, &to) {
            _ if from == to => true,
            (Type::Bottom | Type::None, Type::Optional(_)) => true,
            (_, Type::Object) => false,
            (Type::Tuple(fs), Type::Tuple(ts)) => fs.len() == ts.len() && fs.iter().zip(ts).all(|(f, t)| self.same_words(f, t)),
            (Type::Tuple(_) | Type::TupleOf(_), Type::TupleOf(t)) => from.tuple_items().iter().all(|f| self.same_words(f, t)),
            (Type::Tuple(_) | Type::TupleOf(_), _) | (_, Type::Tuple(_) | Type::TupleOf(_)) => false,
            (f, Type::Optional(t)) => self.same_words(f, t),
            _ => self.cg.repr(&from) == self.cg.repr(&to),
        }
    }

    /// `v`, a tuple of type `from`, as a tuple of any length of `item`: the object itself when
    /// its words already are `item`'s, else a new tuple of its fields converted. The copying
    /// loop calls only runtime functions, which never collect.
    pub(crate) fn as_tuple_of(&self, v: BasicValueEnum<'ctx>, from: &Type, item: &Type) -> PointerValue<'ctx> {
        if self.same_words(from, &Type::TupleOf(Box::new(item.clone()))) {
            return v.into_pointer_value();
        }
        let f = match from {
            Type::Tuple(fs) => return self.convert_tuple(v, fs, &vec![item.clone(); fs.len()]).into_pointer_value(),
            Type::TupleOf(f) => (**f).clone(),
            t => unreachable!("only tuples convert to tuples, not {t:?}"),
        };
        let src = v.into_pointer_value();
        let n = self.tuple_len(src);
        let mask = self.i64(if item.is_gc_ref() { -1 } else { 0 });
        let out = self.call_rt_value("rt_tuple_new", &[n.into(), mask.into()]).into_pointer_value();
        self.counted_loop(n, |fl, at| {
            let w = ll!(fl.b().build_load(fl.cg.ctx.i64_type(), fl.tuple_item_ptr(src, at), "w")).into_int_value();
            ll!(fl.b().build_store(fl.tuple_item_ptr(out, at), fl.word_as(w, &f, item)));
        });
        out
    }

    /// `t[i]` of a tuple of any length, with a tagged index.
    pub(crate) fn tuple_of_getitem(&mut self, t: PointerValue<'ctx>, index: IntValue<'ctx>, item: &Type) -> BasicValueEnum<'ctx> {
        let len = self.tuple_len(t);
        let idx = self.checked_index(index, len, "tuple index out of range");
        let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), self.tuple_item_ptr(t, idx), "w")).into_int_value();
        self.from_word(w, item)
    }

    /// `t[a:b:c]` of a tuple (of type `t`) into a tuple of any length of `item`.
    pub(crate) fn tuple_of_slice(&mut self, v: BasicValueEnum<'ctx>, t: &Type, bounds: [BasicValueEnum<'ctx>; 3], item: &Type) -> BasicValueEnum<'ctx> {
        let tuple = self.as_tuple_of(v, t, item);
        let [a, b, c] = bounds;
        self.call_rt_value("rt_tuple_slice", &[tuple.into(), a, b, c, self.items_ref(item)])
    }

    /// `a + b` and `t * n` (either way round) whose result is a tuple of any length of `item`.
    pub(crate) fn tuple_binary(&mut self, op: BinOp, a: Value, b: Value, item: &Type) -> BasicValueEnum<'ctx> {
        let (ta, tb) = (self.ty(a), self.ty(b));
        let (va, vb) = (self.get(a), self.get(b));
        if op == BinOp::Add {
            let (x, y) = (self.as_tuple_of(va, &ta, item), self.as_tuple_of(vb, &tb, item));
            return self.call_rt_value("rt_tuple_concat", &[x.into(), y.into(), self.items_ref(item)]);
        }
        let ((tv, tt), (nv, nt)) = if matches!(ta, Type::Tuple(_) | Type::TupleOf(_)) { ((va, ta), (vb, tb)) } else { ((vb, tb), (va, ta)) };
        let tuple = self.as_tuple_of(tv, &tt, item);
        let n = self.as_int(nv, &nt);
        self.call_rt_value("rt_tuple_repeat", &[tuple.into(), n.into(), self.items_ref(item)])
    }

    /// Item `i` of `n` targets unpacked from a tuple of any length (the length is checked once,
    /// before the first).
    pub(crate) fn tuple_of_unpack(&mut self, t: PointerValue<'ctx>, item: &Type, i: u32, n: u32) -> BasicValueEnum<'ctx> {
        if i == 0 {
            let len = self.tuple_len(t);
            self.call_rt("rt_check_unpack", &[len.into(), self.i64(n as i64).into()]);
        }
        let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), self.tuple_item_ptr(t, self.i64(i as i64)), "w")).into_int_value();
        self.from_word(w, item)
    }

    /// The arguments of `rt_tuple_find` and `rt_tuple_count` for `needle` among the items of a
    /// tuple: the tuple as a tuple of one item type, the needle's word and that type's
    /// descriptor. A needle of another type than the items is compared boxed, with both boxed.
    fn tuple_search(&mut self, hay: BasicValueEnum<'ctx>, th: &Type, needle: BasicValueEnum<'ctx>, tn: &Type) -> [BasicValueEnum<'ctx>; 3] {
        let items = th.tuple_items();
        let item = match items.first() {
            Some(first) if items.iter().all(|t| t == first) && self.fits_item(tn, first) => first.clone(),
            _ => Type::Object,
        };
        let tuple = self.as_tuple_of(hay, th, &item);
        let w = self.to_word(self.coerce(needle, tn, &item), &item);
        [tuple.into(), w.into(), self.desc(&item).into()]
    }

    /// `needle in t` of a tuple of any length, as an i1.
    pub(crate) fn tuple_of_contains(&mut self, hay: BasicValueEnum<'ctx>, th: &Type, needle: BasicValueEnum<'ctx>, tn: &Type) -> IntValue<'ctx> {
        let args = self.tuple_search(hay, th, needle, tn);
        let at = self.call_rt_value("rt_tuple_find", &args).into_int_value();
        ll!(self.b().build_int_compare(IntPredicate::SGE, at, self.i64(0), "in"))
    }

    /// `t.count(x)` and `t.index(x)` of any tuple: a tagged int.
    pub(crate) fn tuple_method(&mut self, t: BasicValueEnum<'ctx>, tt: &Type, name: &str, x: BasicValueEnum<'ctx>, tx: &Type) -> BasicValueEnum<'ctx> {
        let args = self.tuple_search(t, tt, x, tx);
        if name == "count" {
            return self.call_rt_value("rt_tuple_count", &args);
        }
        let at = self.call_rt_value("rt_tuple_find", &args).into_int_value();
        let missing = ll!(self.b().build_int_compare(IntPredicate::SLT, at, self.i64(0), "missing"));
        self.raise_if(missing, ExcKind::ValueError, "tuple.index(x): x not in tuple");
        self.tag(at).into()
    }

    /// `tuple(x)` of an iterable other than a tuple: a tuple of the items of `list(x)`.
    pub(crate) fn tuple_from(&mut self, v: BasicValueEnum<'ctx>, t: &Type) -> BasicValueEnum<'ctx> {
        let list = match t {
            Type::List(_) => v,
            t => self.list_of(v, t).0,
        };
        self.call_rt_value("rt_tuple_from_list", &[list])
    }

    /// `list(t)` of a tuple of any length of `item`.
    pub(crate) fn list_from_tuple(&self, t: BasicValueEnum<'ctx>, item: &Type) -> BasicValueEnum<'ctx> {
        self.call_rt_value("rt_list_from_tuple", &[t, self.items_ref(item)])
    }
}
