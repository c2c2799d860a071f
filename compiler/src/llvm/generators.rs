//! Generators: the object a call of a generator function makes, and resuming it.
//!
//! A generator object is a tuple-layout object (runtime/ABI.md "Generators"): field 0 the address
//! of its resume function, field 1 its state (0 not started, `k` suspended at the `k`-th `yield`,
//! -1 finished), field 2 its function's `FuncInfo` (for its repr), field 3 the boxed value `send`
//! passed (0 for none), field 4 set while a consumer wants its items boxed, field 5 the
//! exception `throw()` throws in (1 for `close()`'s `GeneratorExit`, 0 for none), then the
//! body's locals, then every value the body uses outside the block that computes it.
//!
//! Generators of different item types join to a generator of the joined type: where that is
//! `object`, a consumer asks the generator to box its items (field 4), so one loop can run
//! generators of several item types. The resume function is the
//! body lowered over that object instead of a stack frame's allocas: it starts by jumping to
//! where the state says, and a `yield` stores the next state and returns the item's word. So a
//! suspended generator is only its object, which the collector traces like a tuple.

use super::func::{ll, FnLower};
use super::Codegen;
use inkwell::types::BasicType;
use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use inkwell::IntPredicate;
use mesapy_annotator::annotate::VariantId;
use mesapy_annotator::ir::*;
use mesapy_annotator::types::Type;
use std::collections::HashMap;

/// Fields before the locals: resume function, state, `FuncInfo`, sent value, box request,
/// thrown exception.
pub(crate) const HEADER_FIELDS: u32 = 6;
const STATE: i64 = 1;
const INFO: i64 = 2;
const SENT: i64 = 3;
pub(crate) const BOX_ITEMS: i64 = 4;
pub(crate) const THROWN: i64 = 5;
/// In `THROWN`: `close()`'s `GeneratorExit`.
const CLOSING: i64 = 1;
/// The state of a generator that returned or raised.
pub(crate) const FINISHED: i64 = -1;

/// Where a generator variant keeps what lives across its suspensions.
pub(crate) struct GenLayout {
    /// The type of every field after the header: the locals, then the spilled values.
    pub(crate) fields: Vec<Type>,
    /// The field of each value used outside its block.
    pub(crate) spilled: HashMap<Value, u32>,
}

/// The values of `func` used in another block than the one that computes them.
fn cross_block_values(func: &Function) -> Vec<Value> {
    let mut def = vec![usize::MAX; func.value_count as usize];
    for (b, block) in func.blocks.iter().enumerate() {
        for inst in &block.insts {
            if let Some(v) = inst.result {
                def[v.index()] = b;
            }
        }
    }
    let mut out = Vec::new();
    for (b, block) in func.blocks.iter().enumerate() {
        let term = match &block.term {
            Terminator::Branch(c, _, _) | Terminator::Return(c) => vec![*c],
            _ => vec![],
        };
        for v in block.insts.iter().flat_map(|i| i.kind.operands()).chain(term) {
            if def[v.index()] != b && !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out.sort();
    out
}

impl<'ctx> Codegen<'ctx, '_> {
    pub(crate) fn gen_layout(&self, vid: VariantId) -> GenLayout {
        let v = self.ann.variant(vid);
        let func = self.program.function(v.func);
        let canon = |t: &Type| self.ann.containers.canonical(t);
        let mut fields: Vec<Type> = v.locals.iter().map(canon).collect();
        let mut spilled = HashMap::new();
        for value in cross_block_values(func) {
            spilled.insert(value, HEADER_FIELDS + fields.len() as u32);
            fields.push(canon(&v.values[value.index()]));
        }
        GenLayout { fields, spilled }
    }
}

impl<'c, 'ctx, 'a> FnLower<'c, 'ctx, 'a> {
    /// A call of generator variant `callee`: its object, holding the arguments as the body's
    /// parameters, not started.
    pub(crate) fn make_generator(&mut self, callee: VariantId, args: &[(BasicValueEnum<'ctx>, Type)]) -> BasicValueEnum<'ctx> {
        let layout = self.cg.gen_layout(callee);
        let i64t = self.cg.ctx.i64_type();
        let n = HEADER_FIELDS as usize + layout.fields.len();
        // Bit i + 1 marks field i as a reference (the tuple layout's mask).
        // The sent value and the thrown exception are references (the 1 of `CLOSING` is skipped
        // by the collector as an odd word).
        let mask = layout.fields.iter().enumerate().filter(|(_, t)| t.is_gc_ref()).fold(1u64 << (SENT + 1) | 1u64 << (THROWN + 1), |m, (i, _)| m | 1 << (i + 1 + HEADER_FIELDS as usize));
        let obj = self.call_rt_value("rt_tuple_new", &[i64t.const_int(n as u64, false).into(), i64t.const_int(mask, false).into()]).into_pointer_value();
        let resume = self.cg.functions[&callee].as_global_value().as_pointer_value();
        let func = self.cg.program.function(self.cg.ann.variant(callee).func);
        let info = self.cg.func_info(&func.name.clone(), func.span, callee.0 as usize);
        for (field, p) in [(0, resume), (INFO, info)] {
            let w = ll!(self.b().build_ptr_to_int(p, i64t, "w"));
            ll!(self.b().build_store(self.tuple_item_ptr(obj, self.i64(field)), w));
        }
        let params: Vec<Type> = self.cg.ann.variant(callee).args.clone();
        for ((p, (v, t)), pt) in func.params.iter().zip(args).zip(&params) {
            let pt = self.cg.ann.containers.canonical(pt);
            let w = self.to_word(self.coerce(*v, t, &pt), &pt);
            let at = self.i64(HEADER_FIELDS as i64 + p.local.0 as i64);
            ll!(self.b().build_store(self.tuple_item_ptr(obj, at), w));
        }
        obj.into()
    }

    /// Resumes generator `gen` for an item of type `item`: the word of its next item, and
    /// whether it finished instead (an exception it raised has gone to the handler).
    pub(crate) fn resume(&mut self, gen: PointerValue<'ctx>, item: &Type) -> (IntValue<'ctx>, IntValue<'ctx>) {
        let word = self.resume_unchecked(gen, item);
        self.check_raised();
        (word, self.is_finished(gen))
    }

    /// Resumes generator `gen` and gives the item's word, leaving an exception pending.
    fn resume_unchecked(&mut self, gen: PointerValue<'ctx>, item: &Type) -> IntValue<'ctx> {
        let i64t = self.cg.ctx.i64_type();
        let boxed = self.i64(i64::from(*item == Type::Object));
        ll!(self.b().build_store(self.tuple_item_ptr(gen, self.i64(BOX_ITEMS)), boxed));
        let f = ll!(self.b().build_load(i64t, self.tuple_item_ptr(gen, self.i64(0)), "resume")).into_int_value();
        let f = ll!(self.b().build_int_to_ptr(f, self.cg.ptr(), "resume.fn"));
        let ty = i64t.fn_type(&[self.cg.ptr().into()], false);
        let call = ll!(self.b().build_indirect_call(ty, f, &[gen.into()], "item"));
        call.try_as_basic_value().basic().map_or(self.i64(0), |w| w.into_int_value())
    }

    /// Whether generator `gen` has finished, as an i1.
    fn is_finished(&self, gen: PointerValue<'ctx>) -> IntValue<'ctx> {
        let i64t = self.cg.ctx.i64_type();
        let state = ll!(self.b().build_load(i64t, self.tuple_item_ptr(gen, self.i64(STATE)), "state")).into_int_value();
        ll!(self.b().build_int_compare(IntPredicate::EQ, state, self.i64(FINISHED), "finished"))
    }

    /// `gen.throw(exc)`: `exc` is raised where the generator is suspended (or at once, if it is
    /// not suspended at a `yield`); its next item, `StopIteration` when it finishes instead.
    pub(crate) fn generator_throw(&mut self, gen: BasicValueEnum<'ctx>, exc: BasicValueEnum<'ctx>, exc_t: &Type, item: &Type, want: &Type) -> BasicValueEnum<'ctx> {
        let w = self.to_word(exc, exc_t);
        ll!(self.b().build_store(self.tuple_item_ptr(gen.into_pointer_value(), self.i64(THROWN)), w));
        self.generator_next_item(gen, item, None, want)
    }

    /// `gen.close()`: `GeneratorExit` raised where it is suspended, which it may catch to clean
    /// up (its `finally` blocks run); one it swallows by yielding again is CPython's
    /// `RuntimeError`.
    pub(crate) fn generator_close(&mut self, gen: BasicValueEnum<'ctx>) {
        let g = gen.into_pointer_value();
        let i64t = self.cg.ctx.i64_type();
        let state = ll!(self.b().build_load(i64t, self.tuple_item_ptr(g, self.i64(STATE)), "state")).into_int_value();
        let suspended = ll!(self.b().build_int_compare(IntPredicate::SGT, state, self.i64(0), "suspended"));
        let (throw_b, not_started, done) = (self.new_block("close.throw"), self.new_block("close.unstarted"), self.new_block("closed"));
        ll!(self.b().build_conditional_branch(suspended, throw_b, not_started));
        self.b().position_at_end(not_started);
        ll!(self.b().build_store(self.tuple_item_ptr(g, self.i64(STATE)), self.i64(FINISHED)));
        ll!(self.b().build_unconditional_branch(done));
        self.b().position_at_end(throw_b);
        ll!(self.b().build_store(self.tuple_item_ptr(g, self.i64(THROWN)), self.i64(CLOSING)));
        self.resume_unchecked(g, &Type::Object);
        self.call_rt("rt_take_generator_exit", &[]);
        self.check_raised();
        let kept_going = ll!(self.b().build_not(self.is_finished(g), "kept_going"));
        self.raise_if(kept_going, mesapy_annotator::annotate::ExcKind::RuntimeError, "generator ignored GeneratorExit");
        ll!(self.b().build_unconditional_branch(done));
        self.b().position_at_end(done);
    }

    /// In a resume function, before it goes on: raises what `throw()`/`close()` left in the
    /// object (and clears it), going to `handler`; else goes to `to`.
    pub(crate) fn raise_thrown(&mut self, to: inkwell::basic_block::BasicBlock<'ctx>, handler: inkwell::basic_block::BasicBlock<'ctx>) {
        let i64t = self.cg.ctx.i64_type();
        let field = self.gen_field(THROWN as u32);
        let thrown = ll!(self.b().build_load(i64t, field, "thrown")).into_int_value();
        let none = ll!(self.b().build_int_compare(IntPredicate::EQ, thrown, self.i64(0), "nothing_thrown"));
        let raise_b = self.new_block("thrown");
        ll!(self.b().build_conditional_branch(none, to, raise_b));
        self.b().position_at_end(raise_b);
        ll!(self.b().build_store(field, self.i64(0)));
        let closing = ll!(self.b().build_int_compare(IntPredicate::EQ, thrown, self.i64(CLOSING), "closing"));
        let (exit_b, obj_b) = (self.new_block("generator_exit"), self.new_block("throw"));
        ll!(self.b().build_conditional_branch(closing, exit_b, obj_b));
        self.b().position_at_end(exit_b);
        let kind = self.cg.ctx.i32_type().const_int(mesapy_annotator::annotate::ExcKind::GeneratorExit as u64, false);
        let f = self.cg.rt("rt_raise");
        ll!(self.b().build_call(f, &[kind.into(), self.cg.ptr().const_null().into(), self.i64(0).into()], ""));
        ll!(self.b().build_unconditional_branch(handler));
        self.b().position_at_end(obj_b);
        let f = self.cg.rt("rt_raise_obj");
        let no = self.cg.ctx.i8_type().const_zero();
        ll!(self.b().build_call(f, &[thrown.into(), self.i64(0).into(), no.into()], ""));
        ll!(self.b().build_unconditional_branch(handler));
    }

    /// A loop's step over a generator: the tagged position 0 with the item kept for `IterItem`,
    /// or -1 when it finished.
    pub(crate) fn generator_next(&mut self, at: Value, gen: BasicValueEnum<'ctx>, item: &Type) -> BasicValueEnum<'ctx> {
        let (word, finished) = self.resume(gen.into_pointer_value(), item);
        let place = self.gen_stash(at);
        ll!(self.b().build_store(place, word));
        ll!(self.b().build_select(finished, self.tagged(-1), self.tagged(0), "at"))
    }

    /// The item the step `at` kept.
    pub(crate) fn generator_item(&mut self, at: Value, item: &Type) -> BasicValueEnum<'ctx> {
        let place = self.gen_stash(at);
        let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), place, "item")).into_int_value();
        self.from_word(w, item)
    }

    /// Where step `at` keeps its item's word: its frame slot (a reference may meet a collection
    /// before `IterItem` reads it, in the next step of a `zip`), else an alloca.
    fn gen_stash(&mut self, at: Value) -> PointerValue<'ctx> {
        if let Some(&slot) = self.gen_stash_slots.get(&at) {
            return self.slot_ptr(slot);
        }
        if let Some(super::func::Stash::Alloca(a)) = self.stashes.get(&at) {
            return *a;
        }
        let a = self.entry_alloca(self.cg.ctx.i64_type().as_basic_type_enum(), "gen.item");
        self.stashes.insert(at, super::func::Stash::Alloca(a));
        a
    }

    /// `next(gen)`: the next item, `StopIteration` when it finished; with a default, that instead.
    pub(crate) fn generator_next_item(&mut self, gen: BasicValueEnum<'ctx>, item: &Type, default: Option<(BasicValueEnum<'ctx>, Type)>, want: &Type) -> BasicValueEnum<'ctx> {
        let (word, finished) = self.resume(gen.into_pointer_value(), item);
        let value = self.from_word(word, item);
        match default {
            None => {
                self.raise_if(finished, mesapy_annotator::annotate::ExcKind::StopIteration, "");
                self.coerce(value, item, want)
            }
            Some((d, dt)) => {
                let (v, d) = (self.coerce(value, item, want), self.coerce(d, &dt, want));
                ll!(self.b().build_select(finished, d, v, "next"))
            }
        }
    }

    /// `gen.send(v)`: `v` (boxed) becomes the value of the `yield` the generator is suspended
    /// at, and the generator runs to its next item; `StopIteration` when it finishes instead.
    pub(crate) fn generator_send(&mut self, gen: BasicValueEnum<'ctx>, (v, t): (BasicValueEnum<'ctx>, &Type), item: &Type, want: &Type) -> BasicValueEnum<'ctx> {
        let g = gen.into_pointer_value();
        if *t != Type::None {
            let state = ll!(self.b().build_load(self.cg.ctx.i64_type(), self.tuple_item_ptr(g, self.i64(STATE)), "state")).into_int_value();
            let fresh = ll!(self.b().build_int_compare(IntPredicate::EQ, state, self.i64(0), "fresh"));
            let sent_none = match t {
                Type::Optional(_) => self.is_none_word(self.to_word(v, t)),
                _ => self.cg.ctx.bool_type().const_zero(),
            };
            let not_none = ll!(self.b().build_not(sent_none, "not_none"));
            let bad = ll!(self.b().build_and(fresh, not_none, "bad"));
            self.raise_if(bad, mesapy_annotator::annotate::ExcKind::TypeError, "can't send non-None value to a just-started generator");
        }
        let boxed = self.coerce(v, t, &Type::Object);
        let w = self.to_word(boxed, &Type::Object);
        ll!(self.b().build_store(self.tuple_item_ptr(g, self.i64(SENT)), w));
        self.generator_next_item(gen, item, None, want)
    }

    /// The value of a `yield` expression where the generator resumes: the boxed value `send`
    /// passed, else `None` (boxed); the field is cleared for the next resumption.
    pub(crate) fn sent_value(&mut self) -> BasicValueEnum<'ctx> {
        let i64t = self.cg.ctx.i64_type();
        let field = self.gen_field(SENT as u32);
        let w = ll!(self.b().build_load(i64t, field, "sent")).into_int_value();
        ll!(self.b().build_store(field, self.i64(0)));
        let missing = ll!(self.b().build_int_compare(IntPredicate::EQ, w, self.i64(0), "nothing_sent"));
        let here = self.b().get_insert_block().expect("positioned");
        let (none_b, join) = (self.new_block("sent_none"), self.new_block("sent"));
        ll!(self.b().build_conditional_branch(missing, none_b, join));
        self.b().position_at_end(none_b);
        let none = self.coerce(self.none(), &Type::None, &Type::Object);
        let none_w = self.to_word(none, &Type::Object);
        let none_end = self.b().get_insert_block().expect("positioned");
        ll!(self.b().build_unconditional_branch(join));
        self.b().position_at_end(join);
        let phi = ll!(self.b().build_phi(i64t, "sent.word"));
        phi.add_incoming(&[(&w, here), (&none_w, none_end)]);
        self.from_word(phi.as_basic_value().into_int_value(), &Type::Object)
    }

    /// The list of a generator's remaining items (for the builtins that consume it at once),
    /// converted to the list's item type (`list(g)` may grow beyond the generator's).
    /// The list lives in the instruction's frame slot `list_slot` while the generator runs
    /// (each resumption may collect).
    pub(crate) fn gather(&mut self, gen: BasicValueEnum<'ctx>, item: &Type, list_t: &Type, list_slot: u32) -> BasicValueEnum<'ctx> {
        let want = self.list_item_type(list_t);
        let list = self.new_list(self.i64(0), &want);
        let (head, body, done) = (self.new_block("gather"), self.new_block("gather.item"), self.new_block("gathered"));
        ll!(self.b().build_store(self.slot_ptr(list_slot), self.to_word(list.into(), list_t)));
        ll!(self.b().build_unconditional_branch(head));
        self.b().position_at_end(head);
        let (word, finished) = self.resume(gen.into_pointer_value(), item);
        ll!(self.b().build_conditional_branch(finished, done, body));
        self.b().position_at_end(body);
        let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), self.slot_ptr(list_slot), "list")).into_int_value();
        let l = self.from_word(w, list_t);
        let word = self.word_as(word, item, &want);
        self.call_rt("rt_list_append", &[l, word.into()]);
        ll!(self.b().build_unconditional_branch(head));
        self.b().position_at_end(done);
        let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), self.slot_ptr(list_slot), "list")).into_int_value();
        self.from_word(w, list_t)
    }
}
