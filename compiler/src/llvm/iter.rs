//! The iteration protocol of instances: a `for` loop (or `list()`, `in`) over an object whose
//! class defines `__iter__` calls it once and then the iterator's `__next__` until it raises
//! `StopIteration`.
//!
//! Until exceptions arrive, `raise StopIteration` in a `__next__` method sets the runtime flag
//! `rt_stop_iteration` and returns a dummy value; the caller reads and clears the flag right
//! after the call. A loop's `IterNext` turns it into the position -1 that ends the loop; any
//! other call of the method raises the exception on (`FnLower::dispatch`).

use super::func::{ll, FnLower, Stash};
use inkwell::values::{BasicValueEnum, IntValue};
use inkwell::IntPredicate;
use mesapy_annotator::annotate::Dispatch;
use mesapy_annotator::ir::*;
use mesapy_annotator::types::Type;

impl<'c, 'ctx, 'a> FnLower<'c, 'ctx, 'a> {
    /// Reads and clears `rt_stop_iteration`: whether the call just made raised `StopIteration`.
    pub(crate) fn take_stop_flag(&mut self) -> IntValue<'ctx> {
        let i8t = self.cg.ctx.i8_type();
        let flag = self.cg.runtime_global("rt_stop_iteration", i8t.into()).as_pointer_value();
        let f = ll!(self.b().build_load(i8t, flag, "stop")).into_int_value();
        ll!(self.b().build_store(flag, i8t.const_zero()));
        ll!(self.b().build_int_compare(IntPredicate::NE, f, i8t.const_zero(), "stopped"))
    }

    /// `raise StopIteration` in `__next__`: sets the flag and returns a dummy value.
    pub(crate) fn stop_iteration(&mut self) {
        let i8t = self.cg.ctx.i8_type();
        let flag = self.cg.runtime_global("rt_stop_iteration", i8t.into()).as_pointer_value();
        ll!(self.b().build_store(flag, i8t.const_int(1, false)));
        if self.framed {
            self.pop_frame();
        }
        let ret = self.cg.ann.containers.canonical(&self.variant.ret);
        ll!(self.b().build_return(Some(&self.cg.repr(&ret).const_zero())));
        let dead = self.new_block("dead");
        self.b().position_at_end(dead);
    }

    /// A loop's `IterNext` over an instance iterator: calls `__next__` (the dispatch bound on
    /// the instruction `at`), keeps the item for `IterItem`, and returns the position: 0, or
    /// -1 once the method stopped.
    pub(crate) fn instance_next(&mut self, d: &Dispatch, operands: &[Value], at: Value) -> BasicValueEnum<'ctx> {
        let Some(item) = self.dispatch_call(d, operands) else { return self.tagged(-1).into() };
        let stopped = self.take_stop_flag();
        self.stash(at, item, &d.ret);
        ll!(self.b().build_select(stopped, self.tagged(-1), self.tagged(0), "at"))
    }

    fn stash(&mut self, at: Value, item: BasicValueEnum<'ctx>, t: &Type) {
        let place = match self.stashes.get(&at) {
            Some(&p) => p,
            None => {
                let a = self.entry_alloca(self.cg.repr(t), "item");
                self.stashes.insert(at, Stash::Alloca(a));
                Stash::Alloca(a)
            }
        };
        match place {
            Stash::Slot(slot) => {
                let w = self.to_word(item, t);
                ll!(self.b().build_store(self.slot_ptr(slot), w));
            }
            Stash::Alloca(a) => {
                ll!(self.b().build_store(a, item));
            }
        }
    }

    /// The item the `IterNext` instruction `at` kept, as type `t`.
    pub(crate) fn unstash(&mut self, at: Value, t: &Type) -> BasicValueEnum<'ctx> {
        let ret = self.variant.dispatch.get(&at).map_or(Type::Bottom, |d| self.cg.ann.containers.canonical(&d.ret));
        let v = match self.stashes.get(&at) {
            Some(Stash::Slot(slot)) => {
                let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), self.slot_ptr(*slot), "item")).into_int_value();
                self.from_word(w, &ret)
            }
            Some(Stash::Alloca(a)) => ll!(self.b().build_load(self.cg.repr(&ret), *a, "item")),
            None => return self.cg.repr(t).const_zero(),
        };
        self.coerce(v, &ret, t)
    }

    /// `list(obj)` or `x in obj` for an instance `obj`: `__iter__`, then `__next__` until it
    /// stops (or, for `in`, until an item equals `x`); without `next`, `__iter__` returned a
    /// generator, which is resumed instead. The iterator and the list live in the instruction's
    /// frame slots, since every `__next__` may collect. `gather` asks for the list of the items
    /// whatever the instruction is (a builtin that consumes them).
    pub(crate) fn iterate_instance(&mut self, inst: &Inst, r: Value, iter: &Dispatch, next: Option<&Dispatch>, gather: Option<&Type>) -> BasicValueEnum<'ctx> {
        let (it_slot, list_slot) = self.iter_slots[&r];
        let (obj, needle, negate) = match &inst.kind {
            InstKind::Compare(op, x, obj) => (*obj, Some(*x), *op == CmpOp::NotIn),
            InstKind::CallBuiltin(_, args, _) => (args[0], None, false),
            other => unreachable!("the annotator iterates instances only for `in` and `list()`, not {other:?}"),
        };
        let i64t = self.cg.ctx.i64_type();
        let result_t = gather.cloned().unwrap_or_else(|| self.ty(r));
        let item_t = match (next, self.cg.ann.containers.canonical(&iter.ret)) {
            (Some(next), _) => self.cg.ann.containers.canonical(&next.ret),
            (None, Type::Gen(item)) => *item,
            (None, t) => unreachable!("an __iter__ without __next__ returns a generator, not {t:?}"),
        };
        let list = match &result_t {
            Type::List(_) => {
                let item = item_t.clone();
                let list = self.new_list(i64t.const_zero(), &item);
                ll!(self.b().build_store(self.slot_ptr(list_slot), self.to_word(list.into(), &result_t)));
                Some(list)
            }
            _ => None,
        };
        let Some(it) = self.dispatch_call(iter, &[obj]) else { return self.cg.repr(&result_t).const_zero() };
        let it_t = self.cg.ann.containers.canonical(&iter.ret);
        ll!(self.b().build_store(self.slot_ptr(it_slot), self.to_word(it, &it_t)));
        let found = self.entry_alloca(self.cg.ctx.bool_type().into(), "found");
        ll!(self.b().build_store(found, self.cg.ctx.bool_type().const_zero()));
        let (header, body, done) = (self.new_block("iter.next"), self.new_block("iter.item"), self.new_block("iter.done"));
        ll!(self.b().build_unconditional_branch(header));
        self.b().position_at_end(header);
        let w = ll!(self.b().build_load(i64t, self.slot_ptr(it_slot), "it")).into_int_value();
        let it = self.from_word(w, &it_t);
        let (item, stopped) = match next {
            Some(next) => {
                let item = self.dispatch_call_with(next, &[(it, it_t)]);
                (item, self.take_stop_flag())
            }
            None => {
                let (word, finished) = self.resume(it.into_pointer_value(), &item_t);
                (Some(self.from_word(word, &item_t)), finished)
            }
        };
        ll!(self.b().build_conditional_branch(stopped, done, body));
        self.b().position_at_end(body);
        match (item, needle, list) {
            (Some(item), Some(x), _) => {
                let (xv, xt) = (self.get(x), self.ty(x));
                let eq = self.compare_values(CmpOp::Eq, item, &item_t, xv, &xt);
                ll!(self.b().build_store(found, eq));
                ll!(self.b().build_conditional_branch(eq, done, header));
            }
            (Some(item), None, Some(_)) => {
                let w = ll!(self.b().build_load(i64t, self.slot_ptr(list_slot), "list")).into_int_value();
                let l = self.from_word(w, &result_t);
                let Type::List(c) = &result_t else { unreachable!("`list()` makes a list") };
                let slot_t = self.cg.ann.containers.canonical(&self.cg.ann.containers.item(*c));
                let v = self.coerce(item, &item_t, &slot_t);
                let word = self.to_word(v, &slot_t);
                self.call_rt("rt_list_append", &[l, word.into()]);
                ll!(self.b().build_unconditional_branch(header));
            }
            _ => {
                ll!(self.b().build_unreachable());
            }
        }
        self.b().position_at_end(done);
        match list {
            Some(_) => {
                let w = ll!(self.b().build_load(i64t, self.slot_ptr(list_slot), "list")).into_int_value();
                self.from_word(w, &result_t)
            }
            None => {
                let f = ll!(self.b().build_load(self.cg.ctx.bool_type(), found, "found")).into_int_value();
                let f = if negate { ll!(self.b().build_not(f, "not")) } else { f };
                self.bool_value(f)
            }
        }
    }
}
