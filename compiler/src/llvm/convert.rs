//! Containers whose items have one representation where another is expected.
//!
//! A container's items all have its definition's item type, and that decides their words: a
//! `list[int]` holds tagged ints, a `list[object]` pointers to boxes. A container that flows
//! where another is expected (assigned, passed, stored) joins the other's definition
//! (`Containers::union`), so both are one type with one representation. Methods and builtins
//! that copy *items* from one container into another (`d.update(e)`, `xs.extend(ys)`, slice
//! assignment, the set methods, `list(x)`, `sorted(x)`, `set(x)`) only grow the destination's
//! item type by the source's: the source keeps its own, and its items are converted on the way
//! in. `container_as` makes that conversion: the container itself when the words already agree,
//! else a new container of the converted items. The copying loops call only runtime functions,
//! which never collect, so their temporaries need no frame slots.

use super::func::{ll, FnLower};
use inkwell::values::{BasicValueEnum, IntValue};
use inkwell::IntPredicate;
use mesapy_annotator::types::Type;

impl<'c, 'ctx, 'a> FnLower<'c, 'ctx, 'a> {
    /// Whether the items of a container of `from` items are, word for word and for the
    /// collector, items of a container of `to` items (a container's header says whether its
    /// words are references).
    fn same_items(&self, from: &Type, to: &Type) -> bool {
        self.same_words(from, to) && from.is_gc_ref() == to.is_gc_ref()
    }

    /// Whether a container of type `from` is, item for item, one of type `to` (a list, dict
    /// or set type each), so that [`FnLower::container_as`] gives it back as it is.
    pub(crate) fn same_container_items(&self, from: &Type, to: &Type) -> bool {
        let c = &self.cg.ann.containers;
        match (from, to) {
            (Type::List(f) | Type::Set(_, f), Type::List(t) | Type::Set(_, t)) => self.same_items(&c.item(*f), &c.item(*t)),
            (Type::Dict(f), Type::Dict(t)) => self.same_items(&c.item(*f), &c.item(*t)) && self.same_items(&c.value(*f), &c.value(*t)),
            _ => unreachable!("only containers of one kind convert: {from:?} to {to:?}"),
        }
    }

    /// `v`, a list, dict or set of type `from`, as a container of type `to` (the same kind, whose
    /// item, key and value types include `from`'s): `v` itself when their items agree word for
    /// word, else a new container of `v`'s items converted.
    pub(crate) fn container_as(&self, v: BasicValueEnum<'ctx>, from: &Type, to: &Type) -> BasicValueEnum<'ctx> {
        let c = &self.cg.ann.containers;
        if self.same_container_items(from, to) {
            return v;
        }
        match (from, to) {
            (Type::List(f), Type::List(t)) => self.list_as(v, &c.item(*f), &c.item(*t)),
            (Type::Dict(f), Type::Dict(t)) => {
                let (fk, fv, tk, tv) = (c.item(*f), c.value(*f), c.item(*t), c.value(*t));
                let out = self.call_rt_value("rt_dict_new", &[self.desc(to).into()]);
                self.for_each_entry(v, |fl, at| {
                    let key = fl.call_rt_value("rt_dict_key_at", &[v, at.into()]).into_int_value();
                    let value = fl.call_rt_value("rt_dict_value_at", &[v, at.into()]).into_int_value();
                    let (key, value) = (fl.word_as(key, &fk, &tk), fl.word_as(value, &fv, &tv));
                    fl.call_rt("rt_dict_setitem", &[out, key.into(), value.into()]);
                });
                out
            }
            (Type::Set(_, f), Type::Set(_, t)) => {
                let (fi, ti) = (c.item(*f), c.item(*t));
                let out = self.call_rt_value("rt_set_new", &[self.desc(to).into()]);
                self.for_each_entry(v, |fl, at| {
                    let item = fl.call_rt_value("rt_dict_key_at", &[v, at.into()]).into_int_value();
                    fl.call_rt("rt_set_add", &[out, fl.word_as(item, &fi, &ti).into()]);
                });
                out
            }
            _ => unreachable!("only containers of one kind convert: {from:?} to {to:?}"),
        }
    }

    /// `list`, a list of `from` items, as a list of `to` items (see [`FnLower::container_as`]).
    pub(crate) fn list_as(&self, list: BasicValueEnum<'ctx>, from: &Type, to: &Type) -> BasicValueEnum<'ctx> {
        if self.same_items(from, to) {
            return list;
        }
        let src = list.into_pointer_value();
        let n = self.list_len(src);
        let out = self.new_list(n, to);
        self.counted_loop(n, |fl, i| {
            let w = ll!(fl.b().build_load(fl.cg.ctx.i64_type(), fl.list_item_ptr(src, i), "w")).into_int_value();
            ll!(fl.b().build_store(fl.list_item_ptr(out, i), fl.word_as(w, from, to)));
        });
        out.into()
    }

    /// A word of type `from` as a word of type `to`.
    pub(crate) fn word_as(&self, w: IntValue<'ctx>, from: &Type, to: &Type) -> IntValue<'ctx> {
        let v = self.coerce(self.from_word(w, from), from, to);
        self.to_word(v, to)
    }

    /// Emits `body(i)` for `i` in `0..n` (raw i64s).
    pub(crate) fn counted_loop(&self, n: IntValue<'ctx>, mut body: impl FnMut(&Self, IntValue<'ctx>)) {
        let entry = self.b().get_insert_block().expect("a block is open");
        let (head, item, done) = (self.new_block("each"), self.new_block("each_item"), self.new_block("each_done"));
        ll!(self.b().build_unconditional_branch(head));
        self.b().position_at_end(head);
        let i = ll!(self.b().build_phi(self.cg.ctx.i64_type(), "i"));
        i.add_incoming(&[(&self.i64(0), entry)]);
        let at = i.as_basic_value().into_int_value();
        let more = ll!(self.b().build_int_compare(IntPredicate::SLT, at, n, "more"));
        ll!(self.b().build_conditional_branch(more, item, done));
        self.b().position_at_end(item);
        body(self, at);
        let next = ll!(self.b().build_int_add(at, self.i64(1), "next"));
        let item_end = self.b().get_insert_block().expect("a block is open");
        i.add_incoming(&[(&next, item_end)]);
        ll!(self.b().build_unconditional_branch(head));
        self.b().position_at_end(done);
    }

    /// Emits `body(at)` for the entry position `at` of every item of a dict or set, in order.
    fn for_each_entry(&self, d: BasicValueEnum<'ctx>, mut body: impl FnMut(&Self, IntValue<'ctx>)) {
        let size = self.list_len(d.into_pointer_value());
        let entry = self.b().get_insert_block().expect("a block is open");
        let (head, item, done) = (self.new_block("entry"), self.new_block("entry_item"), self.new_block("entry_done"));
        ll!(self.b().build_unconditional_branch(head));
        self.b().position_at_end(head);
        let pos = ll!(self.b().build_phi(self.cg.ctx.i64_type(), "pos"));
        pos.add_incoming(&[(&self.i64(0), entry)]);
        let at = self.call_rt_value("rt_dict_next", &[d, pos.as_basic_value(), size.into()]).into_int_value();
        let ended = ll!(self.b().build_int_compare(IntPredicate::SLT, at, self.i64(0), "ended"));
        ll!(self.b().build_conditional_branch(ended, done, item));
        self.b().position_at_end(item);
        body(self, at);
        let next = ll!(self.b().build_int_add(at, self.i64(1), "next"));
        let item_end = self.b().get_insert_block().expect("a block is open");
        pos.add_incoming(&[(&next, item_end)]);
        ll!(self.b().build_unconditional_branch(head));
        self.b().position_at_end(done);
    }
}
