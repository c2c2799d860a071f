//! Lowering of one function variant: frame set-up, blocks, and the instruction dispatch.

use super::Codegen;
use crate::CompileError;
use inkwell::basic_block::BasicBlock;
use inkwell::debug_info::{AsDIScope, DIFlags, DIFlagsConstants, DIScope};
use inkwell::module::Linkage;
use inkwell::types::{BasicMetadataTypeEnum, BasicType, BasicTypeEnum, StructType};
use inkwell::values::{BasicValueEnum, FunctionValue, IntValue, PointerValue};
use inkwell::IntPredicate;
use mesapy_annotator::annotate::{Callee, ExcKind, Variant, VariantId};
use mesapy_annotator::ir::*;
use mesapy_annotator::types::Type;

/// CPython's default recursion limit.
const RECURSION_LIMIT: u64 = 1000;

/// Builder results only fail when the builder is not positioned, which `FnLower` never allows.
macro_rules! ll {
    ($e:expr) => {
        $e.expect("the LLVM builder is always positioned inside a block")
    };
}
pub(crate) use ll;

fn fn_name(cg: &Codegen, vid: VariantId) -> String {
    let v = cg.ann.variant(vid);
    format!("py.{}.{}", cg.program.function(v.func).name, vid.0)
}

/// Declares the LLVM function of a variant.
pub(crate) fn declare(cg: &mut Codegen, vid: VariantId) {
    let v = cg.ann.variant(vid);
    // A generator's body is its resume function: the object in, the next item's word out.
    let ty = if cg.program.function(v.func).generator {
        cg.ctx.i64_type().fn_type(&[cg.ptr().into()], false)
    } else {
        let params: Vec<BasicMetadataTypeEnum> = v.args.iter().map(|t| cg.repr(&cg.ann.containers.canonical(t)).into()).collect();
        cg.repr(&v.ret).fn_type(&params, false)
    };
    let f = cg.module.add_function(&fn_name(cg, vid), ty, Some(Linkage::Internal));
    cg.functions.insert(vid, f);
}

/// `main` hands the module body to the runtime.
pub(crate) fn emit_main(cg: &mut Codegen) {
    cg.builder.unset_current_debug_location();
    let body_ty = cg.ctx.void_type().fn_type(&[], false);
    let body = cg.module.add_function("mesapy.body", body_ty, Some(Linkage::Internal));
    let entry = cg.ctx.append_basic_block(body, "entry");
    cg.builder.position_at_end(entry);
    ll!(cg.builder.build_call(cg.functions[&VariantId(0)], &[], ""));
    ll!(cg.builder.build_return(None));
    let i32t = cg.ctx.i32_type();
    let main_ty = i32t.fn_type(&[i32t.into(), cg.ptr().into()], false);
    let main = cg.module.add_function("main", main_ty, Some(Linkage::External));
    let entry = cg.ctx.append_basic_block(main, "entry");
    cg.builder.position_at_end(entry);
    let argc = main.get_nth_param(0).expect("main has argc");
    let argv = main.get_nth_param(1).expect("main has argv");
    let rt_main = cg.rt("rt_main");
    let status = ll!(cg.builder.build_call(rt_main, &[argc.into(), argv.into(), body.as_global_value().as_pointer_value().into()], "status"));
    let status = status.try_as_basic_value().basic().expect("rt_main returns i32");
    ll!(cg.builder.build_return(Some(&status)));
}

/// Per-function lowering state.
pub(crate) struct FnLower<'c, 'ctx, 'a> {
    pub(crate) cg: &'c mut Codegen<'ctx, 'a>,
    pub(crate) vid: VariantId,
    pub(crate) func: &'a Function,
    pub(crate) variant: &'a Variant,
    pub(crate) llfn: FunctionValue<'ctx>,
    blocks: Vec<Option<BasicBlock<'ctx>>>,
    values: Vec<Option<BasicValueEnum<'ctx>>>,
    locals: Vec<PointerValue<'ctx>>,
    local_slots: Vec<Option<u32>>,
    value_slots: Vec<Option<u32>>,
    frame: PointerValue<'ctx>,
    frame_ty: StructType<'ctx>,
    last_line: u32,
    scope: DIScope<'ctx>,
    /// False in the blocks that run before the frame is pushed (see `shrink_wrap`).
    pub(crate) framed: bool,
    /// The shared block of each (exception kind, message, handler) this function raises on a
    /// check.
    raise_blocks: std::collections::HashMap<(u32, String, BasicBlock<'ctx>), BasicBlock<'ctx>>,
    /// Where a raise in the current block goes: the LLVM block of its flow block's handler, or
    /// `unwind`.
    pub(crate) exc_target: BasicBlock<'ctx>,
    /// Pops the frame and returns: an exception leaves the function.
    unwind: BasicBlock<'ctx>,
    /// The `T | None` operands the current instruction reads as `T`, after their check.
    narrowed: Vec<(Value, Type)>,
    /// Where each `IterNext` over an instance iterator keeps the item `__next__` returned until
    /// its `IterItem` reads it: a frame slot for a reference (the next `__next__` of a `zip`
    /// may collect), else an alloca. Keyed by the `IterNext` value.
    pub(crate) stashes: std::collections::HashMap<Value, Stash<'ctx>>,
    /// The two frame slots of each instruction that iterates an instance (`Variant::iters`):
    /// the iterator, and the list `list(obj)` builds.
    pub(crate) iter_slots: std::collections::HashMap<Value, (u32, u32)>,
    /// The frame slots of the items of loops over generators that are references.
    pub(crate) gen_stash_slots: std::collections::HashMap<Value, u32>,
    /// The frame slot of the list each builtin given a generator gathers (`Variant::gathered`).
    pub(crate) gather_slots: std::collections::HashMap<Value, u32>,
    /// The frame slot of the function of each call of an attribute (`Callee::Attribute`).
    pub(crate) callee_slots: std::collections::HashMap<Value, u32>,
    /// In a generator's resume function: its object and layout.
    generator: Option<(PointerValue<'ctx>, super::generators::GenLayout)>,
    /// The flow block being lowered.
    current: Option<Block>,
    /// In a resume function: the blocks with a `yield` and the blocks they resume in, in order
    /// (state `k`, from 1, is suspended at the `k`-th).
    yield_points: Vec<(Block, Block)>,
    /// The locals some `del` unbinds (a parameter among them is not bound for good on entry).
    deleted: Vec<Local>,
    /// In a resume function whose body handles exceptions: the depth of the handled-exception
    /// stack below its own, kept while it runs (see `rt_gen_resume`).
    handled_depth: Option<PointerValue<'ctx>>,
}

/// A place for an item between two instructions (see `FnLower::stashes`).
#[derive(Clone, Copy)]
pub(crate) enum Stash<'ctx> {
    Slot(u32),
    Alloca(PointerValue<'ctx>),
}

/// Which computed values must be rooted in a frame slot: those that can be live when the GC runs.
///
/// Collection happens only at safepoints: the entry of a called Python function and loop
/// headers (runtime functions never collect). So a value needs a slot if it is used in another
/// block than its own (it may cross a loop header), passed to a Python call (the callee does not
/// root its parameters: its caller does), or used after a Python call later in its block.
/// Constants are rooted by their cache slots and loaded locals by the local's slot (the builder
/// never reassigns a local between loading it and a safepoint where the loaded value is used).
/// Python calls are `Call`s and the instructions the annotator bound to methods (`dispatch`:
/// method calls and special methods behind operators).
fn values_live_at_safepoints(func: &Function, variant: &Variant) -> Vec<bool> {
    let n = func.value_count as usize;
    let mut def: Vec<Option<(usize, usize)>> = vec![None; n];
    let mut needs = vec![false; n];
    for (b, block) in func.blocks.iter().enumerate() {
        for (i, inst) in block.insts.iter().enumerate() {
            if let Some(v) = inst.result {
                def[v.index()] = Some((b, i));
            }
        }
    }
    for (b, block) in func.blocks.iter().enumerate() {
        // The position of the last Python call seen so far in this block.
        let mut last_call: Option<usize> = None;
        let term_uses = match &block.term {
            Terminator::Branch(c, _, _) | Terminator::Return(c) => vec![*c],
            _ => vec![],
        };
        let is_call =
            |inst: &Inst| matches!(inst.kind, InstKind::Call(..)) || inst.result.is_some_and(|r| variant.dispatch.contains_key(&r) || variant.iters.contains_key(&r) || variant.fcalls.contains_key(&r));
        let uses = block.insts.iter().enumerate().map(|(i, inst)| (i, inst.kind.operands(), is_call(inst)));
        for (i, operands, is_call) in uses.chain(std::iter::once((block.insts.len(), term_uses, false))) {
            for v in operands {
                let crosses_call = match def[v.index()] {
                    Some((db, di)) => db != b || last_call.is_some_and(|c| c > di),
                    None => true,
                };
                if crosses_call || is_call {
                    needs[v.index()] = true;
                }
            }
            if is_call {
                last_call = Some(i);
            }
        }
    }
    for block in &func.blocks {
        for inst in &block.insts {
            if let (Some(v), InstKind::Const(_) | InstKind::LoadLocal(_)) = (inst.result, &inst.kind) {
                needs[v.index()] = false;
            }
        }
    }
    needs
}

/// The blocks of `func` that end with a `yield`, each with the block it resumes in.
fn yield_points(func: &Function) -> Vec<(Block, Block)> {
    let mut out = Vec::new();
    for (i, b) in func.blocks.iter().enumerate() {
        if let (Some(Inst { kind: InstKind::Yield(_), .. }), Terminator::Jump(to)) = (b.insts.last(), &b.term) {
            out.push((Block(i as u32), *to));
        }
    }
    out
}

/// Where a shrink-wrapped function pushes its frame.
struct ShrinkWrap {
    /// Blocks that run without a frame: the entry block and successors that only return.
    frameless: Vec<bool>,
    /// Blocks that push the frame on entry.
    push_at: Vec<bool>,
}

/// Shrink-wraps the shadow-stack frame for the common shape of a recursive function's base case
/// (`if n < 2: return n`): when the entry block only compares parameters and branches, and a
/// successor only computes with numbers and returns, those blocks run without a frame and the
/// other successor pushes it. Such blocks cannot raise, call, or reach a safepoint, so nothing
/// can observe the missing frame.
fn shrink_wrap(func: &Function, ty: impl Fn(Value) -> Type) -> Option<ShrinkWrap> {
    if func.id == Program::MAIN {
        return None;
    }
    let is_param = |l: &Local| func.params.iter().any(|p| p.local == *l);
    let numeric = |v: &Value| matches!(ty(*v), Type::Int | Type::Float | Type::Bool);
    let simple = |inst: &Inst, arithmetic: bool| match &inst.kind {
        InstKind::Const(Const::Int(i)) => num_traits::ToPrimitive::to_i64(i).is_some_and(|v| (-(1i64 << 62)..(1i64 << 62)).contains(&v)),
        InstKind::Const(Const::Float(_) | Const::Bool(_) | Const::None) => true,
        InstKind::LoadLocal(l) => is_param(l),
        InstKind::Compare(op, a, b) => !matches!(op, CmpOp::In | CmpOp::NotIn) && numeric(a) && numeric(b),
        InstKind::Truth(v) => numeric(v),
        InstKind::Binary(BinOp::Add | BinOp::Sub | BinOp::Mul, a, b) => arithmetic && numeric(a) && numeric(b),
        _ => false,
    };
    let entry = func.block(Function::ENTRY);
    let Terminator::Branch(_, t, e) = entry.term else { return None };
    let has_preds = func.blocks.iter().any(|b| b.term.successors().contains(&Function::ENTRY));
    if t == e || has_preds || !entry.insts.iter().all(|i| simple(i, false)) {
        return None;
    }
    let mut frameless = vec![false; func.blocks.len()];
    let mut push_at = vec![false; func.blocks.len()];
    frameless[Function::ENTRY.index()] = true;
    for s in [t, e] {
        let block = func.block(s);
        let preds = func.blocks.iter().filter(|b| b.term.successors().contains(&s)).count();
        if matches!(block.term, Terminator::Return(_)) && block.insts.iter().all(|i| simple(i, true)) {
            frameless[s.index()] = true;
        } else if preds == 1 {
            push_at[s.index()] = true;
        } else {
            return None;
        }
    }
    (frameless.iter().filter(|&&f| f).count() > 1).then_some(ShrinkWrap { frameless, push_at })
}

pub(crate) fn lower_variant(cg: &mut Codegen, vid: VariantId) -> Result<(), CompileError> {
    let ann = cg.ann;
    let variant = ann.variant(vid);
    let func = cg.program.function(variant.func);
    let llfn = cg.functions[&vid];
    let canon = |t: &Type| ann.containers.canonical(t);

    // One frame slot per reference-typed local and value.
    let mut nslots = 0u32;
    let mut slot_for = |t: &Type| {
        t.is_gc_ref().then(|| {
            nslots += 1;
            nslots - 1
        })
    };
    // A generator's locals and the values it keeps across blocks live in its object, which the
    // caller roots.
    let layout = func.generator.then(|| cg.gen_layout(vid));
    let local_slots: Vec<Option<u32>> = variant.locals.iter().map(|t| if layout.is_some() { None } else { slot_for(&canon(t)) }).collect();
    let needs_root = values_live_at_safepoints(func, variant);
    let value_slots: Vec<Option<u32>> = variant
        .values
        .iter()
        .zip(&needs_root)
        .enumerate()
        .map(|(i, (t, &live))| {
            let spilled = layout.as_ref().is_some_and(|l| l.spilled.contains_key(&Value(i as u32)));
            if live && !spilled {
                slot_for(&canon(t))
            } else {
                None
            }
        })
        .collect();
    // The items of loops over instance iterators that are references get slots too.
    let mut stash_slots = std::collections::HashMap::new();
    for inst in func.blocks.iter().flat_map(|b| &b.insts) {
        if let (InstKind::IterNext(..), Some(r)) = (&inst.kind, inst.result) {
            if let Some(slot) = variant.dispatch.get(&r).and_then(|d| slot_for(&canon(&d.ret))) {
                stash_slots.insert(r, slot);
            }
        }
    }
    // Loops over generators keep reference items in slots; builtins gathering a generator's
    // items keep the list in one.
    let mut gen_stash_slots = std::collections::HashMap::new();
    for inst in func.blocks.iter().flat_map(|b| &b.insts) {
        if let (InstKind::IterNext(s, ..), Some(r)) = (&inst.kind, inst.result) {
            if let Type::Gen(item) = canon(&variant.values[s.index()]) {
                if let Some(slot) = slot_for(&item) {
                    gen_stash_slots.insert(r, slot);
                }
            }
        }
    }
    let mut gather_slots = std::collections::HashMap::new();
    for &r in variant.gathered.keys() {
        nslots += 1;
        gather_slots.insert(r, nslots - 1);
    }
    // A call of an attribute that holds a function keeps the function in a slot: the callee may
    // replace the attribute while it runs, and callees do not root their closure.
    let mut callee_slots = std::collections::HashMap::new();
    let mut attr_calls: Vec<Value> = variant.fcalls.iter().filter(|(_, call)| matches!(call.callee, Callee::Attribute { .. })).map(|(&r, _)| r).collect();
    attr_calls.sort();
    for r in attr_calls {
        nslots += 1;
        callee_slots.insert(r, nslots - 1);
    }
    // An instruction that iterates an instance keeps the iterator and its result in two slots.
    let mut iter_slots = std::collections::HashMap::new();
    for &r in variant.iters.keys() {
        nslots += 2;
        iter_slots.insert(r, (nslots - 2, nslots - 1));
    }
    let i64t = cg.ctx.i64_type();
    let i32t = cg.ctx.i32_type();
    let mut fields: Vec<BasicTypeEnum> = vec![cg.ptr().into(), cg.ptr().into(), i32t.into(), i32t.into(), i64t.into()];
    fields.extend((0..nslots).map(|_| BasicTypeEnum::from(i64t)));
    let frame_ty = cg.ctx.struct_type(&fields, false);

    let def_line = cg.source.line_of(func.span.start);
    let file = cg.debug_file(func.span);
    let sub_ty = cg.debug.create_subroutine_type(file, None, &[], DIFlags::PUBLIC);
    let subprogram = cg.debug.create_function(
        cg.debug_unit.as_debug_info_scope(),
        &func.name,
        Some(&fn_name(cg, vid)),
        file,
        def_line,
        sub_ty,
        true,
        true,
        def_line,
        DIFlags::PUBLIC,
        cg.optimize,
    );
    llfn.set_subprogram(subprogram);
    let scope = subprogram.as_debug_info_scope();
    let loc = cg.debug.create_debug_location(cg.ctx, def_line, 1, scope, None);
    cg.builder.set_current_debug_location(loc);
    let prologue = cg.ctx.append_basic_block(llfn, "prologue");
    cg.builder.position_at_end(prologue);
    let frame = ll!(cg.builder.build_alloca(frame_ty, "frame"));
    let gen_obj = layout.as_ref().map(|_| llfn.get_nth_param(0).expect("a resume function takes its generator").into_pointer_value());
    // A generator's locals are fields of its object (set below).
    let locals: Vec<PointerValue> = if gen_obj.is_some() {
        Vec::new()
    } else {
        func.locals
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let ty = cg.repr(&canon(&variant.locals[i]));
                let a = ll!(cg.builder.build_alloca(ty, name));
                ll!(cg.builder.build_store(a, ty.const_zero()));
                a
            })
            .collect()
    };

    let unwind = cg.ctx.append_basic_block(llfn, "unwind");
    let mut fl = FnLower {
        cg,
        vid,
        func,
        variant,
        llfn,
        blocks: vec![None; func.blocks.len()],
        values: vec![None; func.value_count as usize],
        locals,
        local_slots,
        value_slots,
        frame,
        frame_ty,
        last_line: 0,
        scope,
        framed: true,
        raise_blocks: std::collections::HashMap::new(),
        exc_target: unwind,
        unwind,
        narrowed: Vec::new(),
        stashes: stash_slots.into_iter().map(|(v, slot)| (v, Stash::Slot(slot))).collect(),
        iter_slots,
        gen_stash_slots,
        gather_slots,
        callee_slots,
        generator: gen_obj.zip(layout),
        current: None,
        handled_depth: None,
        yield_points: yield_points(func),
        deleted: func.blocks.iter().flat_map(|b| &b.insts).filter_map(|i| if let InstKind::DelLocal(l) = i.kind { Some(l) } else { None }).collect(),
    };
    if let Some(obj) = gen_obj {
        // Words, whose representation is the local's for every type but the 8-bit ones (a bool,
        // `None`), which a little-endian load of the word's first byte reads alike.
        let header = super::generators::HEADER_FIELDS as i64;
        fl.locals = (0..func.locals.len()).map(|i| fl.tuple_item_ptr(obj, fl.i64(header + i as i64))).collect();
    }
    let wrap = if func.generator { None } else { shrink_wrap(func, |v| fl.ty(v)) };
    if !func.generator {
        for p in &func.params {
            let arg = llfn.get_nth_param(p.local.0).expect("one LLVM parameter per Python parameter");
            // The local may be wider than the argument (`sep=None` then `sep = "x"`).
            let canon = |t: &Type| fl.cg.ann.containers.canonical(t);
            let (given, local) = (canon(&fl.variant.args[p.local.index()]), canon(&fl.variant.locals[p.local.index()]));
            let arg = fl.coerce(arg, &given, &local);
            fl.store_local(p.local, arg);
        }
    }
    if wrap.is_none() {
        fl.enter(nslots);
    }

    let order = func.reverse_postorder();
    let mut rpo_index = vec![usize::MAX; func.blocks.len()];
    for (i, b) in order.iter().enumerate() {
        rpo_index[b.index()] = i;
        fl.blocks[b.index()] = Some(fl.cg.ctx.append_basic_block(llfn, &b.to_string()));
    }
    let mut loop_headers = vec![false; func.blocks.len()];
    for b in &order {
        for s in func.block(*b).term.successors() {
            if rpo_index[s.index()] <= rpo_index[b.index()] {
                loop_headers[s.index()] = true;
            }
        }
    }
    match &fl.generator {
        Some(_) => fl.dispatch_on_state(),
        None => {
            ll!(fl.cg.builder.build_unconditional_branch(fl.block(Function::ENTRY)));
        }
    }
    for b in order {
        fl.cg.builder.position_at_end(fl.block(b));
        fl.current = Some(b);
        fl.last_line = 0;
        fl.exc_target = func.block(b).handler.map_or(fl.unwind, |h| fl.block(h));
        if let Some(wrap) = &wrap {
            fl.framed = !wrap.frameless[b.index()];
            if wrap.push_at[b.index()] {
                fl.enter(nslots);
            }
        }
        if loop_headers[b.index()] {
            fl.safepoint();
        }
        fl.reload_spilled(b);
        let data = func.block(b);
        for (i, inst) in data.insts.iter().enumerate() {
            fl.check_none_operands((b, i), inst);
            fl.inst(inst)?;
            fl.narrowed.clear();
        }
        fl.terminator(&data.term, data.term_span);
    }
    fl.emit_unwind();
    Ok(())
}

impl<'c, 'ctx, 'a> FnLower<'c, 'ctx, 'a> {
    pub(crate) fn b(&self) -> &inkwell::builder::Builder<'ctx> {
        &self.cg.builder
    }

    /// The field `i` of the running generator's object.
    pub(crate) fn gen_field(&self, i: u32) -> PointerValue<'ctx> {
        let (obj, _) = self.generator.as_ref().expect("only a resume function has generator fields");
        self.tuple_item_ptr(*obj, self.i64(i as i64))
    }

    /// A resume function's start: to the body's entry when the generator has not started, to
    /// where it was suspended, or out at once when it finished.
    fn dispatch_on_state(&mut self) {
        // A body that may suspend inside an `except` block keeps its handled exceptions apart
        // while suspended, as CPython's generator frames do.
        if self.func.blocks.iter().flat_map(|b| &b.insts).any(|i| i.kind == InstKind::Catch) {
            let (obj, _) = self.generator.as_ref().expect("a resume function has its generator");
            let gen = ll!(self.b().build_ptr_to_int(*obj, self.cg.ctx.i64_type(), "gen"));
            let depth = self.call_rt_value("rt_gen_resume", &[gen.into()]);
            let slot = self.entry_alloca(self.cg.ctx.i64_type().into(), "handled.depth");
            ll!(self.b().build_store(slot, depth));
            self.handled_depth = Some(slot);
        }
        let state = ll!(self.b().build_load(self.cg.ctx.i64_type(), self.gen_field(1), "state")).into_int_value();
        let (finished, start) = (self.new_block("finished"), self.new_block("start"));
        let mut cases = vec![(self.i64(0), start)];
        for (k, (_, to)) in self.yield_points.clone().into_iter().enumerate() {
            // Where it resumes, what `throw()` threw in is raised first, in the `try` there.
            let check = self.new_block("resume");
            cases.push((self.i64(k as i64 + 1), check));
            let here = self.b().get_insert_block().expect("positioned");
            self.b().position_at_end(check);
            let handler = self.func.block(to).handler.map_or(self.unwind, |h| self.block(h));
            self.raise_thrown(self.block(to), handler);
            self.b().position_at_end(here);
        }
        ll!(self.b().build_switch(state, finished, &cases));
        // Thrown into a generator not suspended at a `yield`: it finishes, the caller gets it.
        self.b().position_at_end(start);
        self.raise_thrown(self.block(Function::ENTRY), self.unwind);
        self.b().position_at_end(finished);
        self.raise_thrown(self.unwind, self.unwind);
    }

    /// `yield v`: the state of the yield, then the item's word out to whoever resumed.
    fn suspend(&mut self, v: Value) {
        let here = self.yield_points.iter().position(|(b, _)| Some(*b) == self.current);
        let k = here.map_or(super::generators::FINISHED, |k| k as i64 + 1);
        let item = self.cg.ann.containers.canonical(&self.variant.yields);
        let value = self.coerce(self.get(v), &self.ty(v), &item);
        let mut w = self.to_word(value, &item);
        if item != Type::Object {
            // A consumer that joined generators of several item types wants it boxed.
            let wanted = ll!(self.b().build_load(self.cg.ctx.i64_type(), self.gen_field(super::generators::BOX_ITEMS as u32), "box_items")).into_int_value();
            let wanted = ll!(self.b().build_int_compare(IntPredicate::NE, wanted, self.i64(0), "boxing"));
            let here = self.b().get_insert_block().expect("positioned");
            let (box_b, join) = (self.new_block("box_item"), self.new_block("item"));
            ll!(self.b().build_conditional_branch(wanted, box_b, join));
            self.b().position_at_end(box_b);
            let boxed = self.boxed(value, &item);
            let boxed_w = ll!(self.b().build_ptr_to_int(boxed, self.cg.ctx.i64_type(), "boxed"));
            let box_end = self.b().get_insert_block().expect("positioned");
            ll!(self.b().build_unconditional_branch(join));
            self.b().position_at_end(join);
            let phi = ll!(self.b().build_phi(self.cg.ctx.i64_type(), "item.word"));
            phi.add_incoming(&[(&w, here), (&boxed_w, box_end)]);
            w = phi.as_basic_value().into_int_value();
        }
        ll!(self.b().build_store(self.gen_field(1), self.i64(k)));
        if let Some(slot) = self.handled_depth {
            let (obj, _) = self.generator.as_ref().expect("a resume function has its generator");
            let gen = ll!(self.b().build_ptr_to_int(*obj, self.cg.ctx.i64_type(), "gen"));
            let depth = ll!(self.b().build_load(self.cg.ctx.i64_type(), slot, "depth"));
            self.call_rt("rt_gen_suspend", &[gen.into(), depth]);
        }
        self.pop_frame();
        ll!(self.b().build_return(Some(&w)));
        let dead = self.new_block("resumed");
        self.b().position_at_end(dead);
    }

    /// A generator that returns or raises is finished.
    fn finish_generator(&mut self) {
        if self.generator.is_some() {
            ll!(self.b().build_store(self.gen_field(1), self.i64(super::generators::FINISHED)));
        }
    }

    /// In a resume function: reads the values block `b` uses but another block computed back
    /// from the generator object.
    fn reload_spilled(&mut self, b: Block) {
        let Some((_, layout)) = &self.generator else { return };
        let data = self.func.block(b);
        let defined: Vec<Value> = data.insts.iter().filter_map(|i| i.result).collect();
        let term = match &data.term {
            Terminator::Branch(c, _, _) | Terminator::Return(c) => vec![*c],
            _ => vec![],
        };
        let mut wanted: Vec<(Value, u32)> = Vec::new();
        for v in data.insts.iter().flat_map(|i| i.kind.operands()).chain(term) {
            if let Some(&field) = layout.spilled.get(&v) {
                if !defined.contains(&v) && !wanted.iter().any(|(w, _)| *w == v) {
                    wanted.push((v, field));
                }
            }
        }
        for (v, field) in wanted {
            let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), self.gen_field(field), "spilled")).into_int_value();
            let t = self.ty(v);
            self.values[v.index()] = Some(self.from_word(w, &t));
        }
    }

    fn block(&self, b: Block) -> BasicBlock<'ctx> {
        self.blocks[b.index()].expect("every reachable block has an LLVM block")
    }

    pub(crate) fn i64(&self, v: i64) -> IntValue<'ctx> {
        self.cg.ctx.i64_type().const_int(v as u64, true)
    }

    /// The tagged form of a small int constant.
    pub(crate) fn tagged(&self, v: i64) -> IntValue<'ctx> {
        self.i64((v << 1) | 1)
    }

    pub(crate) fn ty(&self, v: Value) -> Type {
        if let Some((_, t)) = self.narrowed.iter().find(|(n, _)| *n == v) {
            return t.clone();
        }
        self.cg.ann.type_of(self.vid, v)
    }

    /// Raises what CPython raises where an operand that may be `None` is, and reads the operand
    /// as its `T` for the rest of the instruction (see the annotator's `optional`).
    fn check_none_operands(&mut self, at: (Block, usize), inst: &Inst) {
        let Some(checks) = self.variant.none_checks.get(&at) else { return };
        if inst.result.is_some_and(|r| self.variant.raises.contains_key(&r)) {
            return;
        }
        self.locate(inst.span);
        self.mark_line(inst.span);
        for (v, raise) in checks {
            let t = self.ty(*v);
            if t == Type::Bottom {
                continue;
            }
            let w = self.to_word(self.get(*v), &t);
            let none = self.is_none_word(w);
            self.raise_if(none, raise.kind, &raise.message);
            self.narrowed.push((*v, t.non_none().clone()));
        }
    }

    pub(crate) fn get(&self, v: Value) -> BasicValueEnum<'ctx> {
        self.values[v.index()].unwrap_or_else(|| self.cg.repr(&self.ty(v)).const_zero())
    }

    /// Defines a value; references are also written to the value's frame slot.
    pub(crate) fn set(&mut self, v: Value, val: BasicValueEnum<'ctx>) {
        if let Some(slot) = self.value_slots[v.index()] {
            let w = self.to_word(val, &self.ty(v));
            self.store_slot(slot, w);
        }
        if let Some(field) = self.generator.as_ref().and_then(|(_, l)| l.spilled.get(&v).copied()) {
            let w = self.to_word(val, &self.ty(v));
            let p = self.gen_field(field);
            ll!(self.b().build_store(p, w));
        }
        self.values[v.index()] = Some(val);
    }

    pub(crate) fn slot_ptr(&self, slot: u32) -> PointerValue<'ctx> {
        ll!(self.b().build_struct_gep(self.frame_ty, self.frame, 5 + slot, "slot"))
    }

    fn store_slot(&self, slot: u32, w: IntValue<'ctx>) {
        let p = ll!(self.b().build_struct_gep(self.frame_ty, self.frame, 5 + slot, "slot"));
        ll!(self.b().build_store(p, w));
    }

    fn store_local(&mut self, l: Local, val: BasicValueEnum<'ctx>) {
        if let Some(slot) = self.local_slots[l.index()] {
            let t = self.cg.ann.containers.canonical(&self.variant.locals[l.index()]);
            let w = self.to_word(val, &t);
            self.store_slot(slot, w);
        }
        ll!(self.b().build_store(self.locals[l.index()], val));
    }

    /// Pushes the frame and runs the entry safepoint. Parameters need no roots here: the caller
    /// roots every argument until the call returns.
    fn enter(&mut self, nslots: u32) {
        self.push_frame(nslots);
        self.safepoint();
    }

    fn push_frame(&mut self, nslots: u32) {
        let i64t = self.cg.ctx.i64_type();
        let i32t = self.cg.ctx.i32_type();
        let top_g = self.cg.runtime_global("rt_frame_top", self.cg.ptr().into());
        let top = ll!(self.b().build_load(self.cg.ptr(), top_g.as_pointer_value(), "prev")).into_pointer_value();
        let info = self.cg.func_info(&self.func.name.clone(), self.func.span, self.vid.0 as usize);
        let f = |i: u32, name: &str| ll!(self.b().build_struct_gep(self.frame_ty, self.frame, i, name));
        ll!(self.b().build_store(f(0, "prev.p"), top));
        ll!(self.b().build_store(f(1, "info.p"), info));
        let line = self.cg.source.line_of(self.func.span.start);
        ll!(self.b().build_store(f(2, "line.p"), i32t.const_int(line as u64, false)));
        let prev_depth_p = ll!(self.b().build_struct_gep(self.frame_ty, top, 3, "prev.depth.p"));
        let prev_depth = ll!(self.b().build_load(i32t, prev_depth_p, "prev.depth")).into_int_value();
        let depth = ll!(self.b().build_int_add(prev_depth, i32t.const_int(1, false), "depth"));
        ll!(self.b().build_store(f(3, "depth.p"), depth));
        ll!(self.b().build_store(f(4, "nslots.p"), i64t.const_int(nslots as u64, false)));
        for s in 0..nslots {
            ll!(self.b().build_store(f(5 + s, "slot"), i64t.const_zero()));
        }
        ll!(self.b().build_store(top_g.as_pointer_value(), self.frame));
        let too_deep = ll!(self.b().build_int_compare(IntPredicate::UGT, depth, i32t.const_int(RECURSION_LIMIT, false), "too_deep"));
        let (bad, ok) = (self.new_block("recursion"), self.new_block("body"));
        ll!(self.b().build_conditional_branch(too_deep, bad, ok));
        self.b().position_at_end(bad);
        let f = self.cg.rt("rt_recursion_error");
        ll!(self.b().build_call(f, &[], ""));
        ll!(self.b().build_unconditional_branch(self.unwind));
        self.b().position_at_end(ok);
        if self.func.id == Program::MAIN {
            self.register_global_roots();
            let registered = [(self.cg.ann.exc_factory, "rt_set_exc_factory"), (self.cg.ann.exit_status, "rt_set_exit_status"), (self.cg.ann.exc_link, "rt_set_exc_link")];
            for (variant, register) in registered {
                if let Some(v) = variant {
                    let f = self.cg.functions[&v].as_global_value().as_pointer_value();
                    self.call_rt(register, &[f.into()]);
                }
            }
        }
    }

    fn register_global_roots(&mut self) {
        let add_root = self.cg.rt("rt_gc_add_root");
        for (i, t) in self.cg.ann.globals.iter().enumerate() {
            if self.cg.ann.containers.canonical(t).is_gc_ref() {
                let (g, _) = self.cg.globals[i];
                ll!(self.b().build_call(add_root, &[g.as_pointer_value().into()], ""));
            }
        }
    }

    pub(crate) fn pop_frame(&self) {
        let top_g = self.cg.runtime_global("rt_frame_top", self.cg.ptr().into());
        let p = ll!(self.b().build_struct_gep(self.frame_ty, self.frame, 0, "prev.p"));
        let prev = ll!(self.b().build_load(self.cg.ptr(), p, "prev"));
        ll!(self.b().build_store(top_g.as_pointer_value(), prev));
    }

    /// Collects garbage if the allocator asked for it.
    fn safepoint(&mut self) {
        let i8t = self.cg.ctx.i8_type();
        let flag_g = self.cg.runtime_global("rt_gc_pending", i8t.into());
        let flag = ll!(self.b().build_load(i8t, flag_g.as_pointer_value(), "gc_pending")).into_int_value();
        let pending = ll!(self.b().build_int_compare(IntPredicate::NE, flag, i8t.const_zero(), "pending"));
        let (collect, cont) = (self.new_block("gc"), self.new_block("after_gc"));
        ll!(self.b().build_conditional_branch(pending, collect, cont));
        self.b().position_at_end(collect);
        let f = self.cg.rt("rt_gc_collect");
        ll!(self.b().build_call(f, &[], ""));
        ll!(self.b().build_unconditional_branch(cont));
        self.b().position_at_end(cont);
    }

    pub(crate) fn new_block(&self, name: &str) -> BasicBlock<'ctx> {
        self.cg.ctx.append_basic_block(self.llfn, name)
    }

    /// Raises a Python exception and continues in a block nothing reaches.
    pub(crate) fn raise(&mut self, kind: ExcKind, msg: &str) {
        let bytes = self.cg.bytes_global(msg.as_bytes(), "msg");
        let f = self.cg.rt("rt_raise");
        let i32t = self.cg.ctx.i32_type();
        let len = self.cg.ctx.i64_type().const_int(msg.len() as u64, false);
        ll!(self.b().build_call(f, &[i32t.const_int(kind as u64, false).into(), bytes.into(), len.into()], ""));
        self.after_raise();
    }

    /// After a raise: goes to the handler and continues in a block nothing reaches.
    pub(crate) fn after_raise(&mut self) {
        ll!(self.b().build_unconditional_branch(self.exc_target));
        let dead = self.new_block("dead");
        self.b().position_at_end(dead);
    }

    /// After a call that may raise: goes to the handler when an exception is pending.
    pub(crate) fn check_raised(&self) {
        let i8t = self.cg.ctx.i8_type();
        let flag_g = self.cg.runtime_global("rt_exc_pending", i8t.into());
        let flag = ll!(self.b().build_load(i8t, flag_g.as_pointer_value(), "exc_pending")).into_int_value();
        let raised = ll!(self.b().build_int_compare(IntPredicate::NE, flag, i8t.const_zero(), "raised"));
        let ok = self.new_block("no_exc");
        let br = ll!(self.b().build_conditional_branch(raised, self.exc_target, ok));
        self.cg.expect_false(br);
        self.b().position_at_end(ok);
    }

    /// The block an exception leaves the function through: pop the frame, return a zero that
    /// the caller never reads (it tests `rt_exc_pending` first).
    fn emit_unwind(&mut self) {
        self.b().position_at_end(self.unwind);
        self.b().unset_current_debug_location();
        self.finish_generator();
        self.pop_frame();
        match self.llfn.get_type().get_return_type() {
            Some(t) => ll!(self.b().build_return(Some(&t.const_zero()))),
            None => ll!(self.b().build_return(None)),
        };
    }

    /// Raises when `cond` holds, and goes on otherwise. All checks of a function that raise the
    /// same exception with the same message share one block.
    pub(crate) fn raise_if(&mut self, cond: IntValue<'ctx>, kind: ExcKind, msg: &str) {
        let key = (kind as u32, msg.to_string(), self.exc_target);
        let bad = match self.raise_blocks.get(&key) {
            Some(&b) => b,
            None => {
                let here = self.b().get_insert_block().expect("positioned");
                let b = self.new_block("raise");
                self.b().position_at_end(b);
                self.raise(kind, msg);
                ll!(self.b().build_unreachable());
                self.b().position_at_end(here);
                self.raise_blocks.insert(key, b);
                b
            }
        };
        let ok = self.new_block("ok");
        ll!(self.b().build_conditional_branch(cond, bad, ok));
        self.b().position_at_end(ok);
    }

    /// After a call that never returns.
    pub(crate) fn after_noreturn(&mut self) {
        ll!(self.b().build_unreachable());
        let dead = self.new_block("dead");
        self.b().position_at_end(dead);
    }

    /// Records the source line in the frame when it changes, for tracebacks.
    fn mark_line(&mut self, span: mesapy_annotator::source::Span) {
        let line = self.cg.source.line_of(span.start);
        if line != self.last_line && self.framed {
            self.last_line = line;
            let p = ll!(self.b().build_struct_gep(self.frame_ty, self.frame, 2, "line.p"));
            ll!(self.b().build_store(p, self.cg.ctx.i32_type().const_int(line as u64, false)));
        }
    }

    /// Points the debug location at the source of `span`.
    fn locate(&self, span: mesapy_annotator::source::Span) {
        let (line, col) = self.cg.source.line_col(span.start);
        let loc = self.cg.debug.create_debug_location(self.cg.ctx, line, col, self.scope, None);
        self.b().set_current_debug_location(loc);
    }

    fn inst(&mut self, inst: &Inst) -> Result<(), CompileError> {
        self.locate(inst.span);
        if let Some(r) = inst.result {
            if let Some(raise) = self.variant.raises.get(&r) {
                self.mark_line(inst.span);
                let (kind, msg) = (raise.kind, raise.message.clone());
                self.raise(kind, &msg);
                return Ok(());
            }
        }
        // An operand of type Bottom is never computed: this code is unreachable.
        if inst.kind.operands().iter().any(|v| self.ty(*v) == Type::Bottom) {
            return Ok(());
        }
        if !matches!(inst.kind, InstKind::Const(_) | InstKind::StoreLocal(..)) {
            self.mark_line(inst.span);
        }
        // (A builtin that gathers an instance's items iterates it in its own arm below.)
        let iterated = inst.result.filter(|r| !self.variant.gathered.contains_key(r));
        if let Some((r, (iter, next))) = iterated.and_then(|r| self.variant.iters.get(&r).map(|d| (r, d.clone()))) {
            let v = self.iterate_instance(inst, r, &iter, next.as_ref(), None);
            self.set(r, v);
            return Ok(());
        }
        if let (InstKind::IterNext(..), Some(r)) = (&inst.kind, inst.result) {
            if let Some(d) = self.variant.dispatch.get(&r).cloned() {
                let at = self.instance_next(&d, &inst.kind.operands(), r);
                self.set(r, at);
                return Ok(());
            }
        }
        if let Some(d) = inst.result.and_then(|r| self.variant.dispatch.get(&r)).cloned() {
            if let Some(val) = self.dispatch(&d, &inst.kind.operands()) {
                if let Some(r) = inst.result {
                    self.set(r, val);
                }
            }
            return Ok(());
        }
        if let Some((r, call)) = inst.result.and_then(|r| self.variant.fcalls.get(&r).map(|c| (r, c))) {
            if let Some(val) = self.call_function_value(call, &inst.kind.operands(), self.callee_slots.get(&r).copied()) {
                self.set(r, val);
            }
            return Ok(());
        }
        let types: Vec<Type> = inst.kind.operands().iter().map(|v| self.ty(*v)).collect();
        if mesapy_annotator::annotate::on_boxed(&inst.kind, &types) {
            if let Some(val) = self.boxed_item_op(&inst.kind) {
                if let Some(r) = inst.result {
                    self.set(r, val);
                }
                return Ok(());
            }
        }
        let result = match &inst.kind {
            InstKind::Const(c) => Some(self.constant(c)),
            InstKind::LoadLocal(l) => Some(self.load_local(*l, inst.result)),
            InstKind::StoreLocal(l, v) => {
                let to = self.cg.ann.containers.canonical(&self.variant.locals[l.index()]);
                let val = self.coerce(self.get(*v), &self.ty(*v), &to);
                self.store_local(*l, val);
                None
            }
            InstKind::LoadGlobal(g) => Some(self.load_global(*g, inst.result)),
            InstKind::StoreGlobal(g, v) => {
                let to = self.cg.ann.containers.canonical(&self.cg.ann.globals[g.index()]);
                let val = self.coerce(self.get(*v), &self.ty(*v), &to);
                let (storage, flag) = self.cg.global(*g);
                ll!(self.b().build_store(storage.as_pointer_value(), val));
                if let Some(flag) = flag {
                    ll!(self.b().build_store(flag.as_pointer_value(), self.cg.ctx.i8_type().const_int(1, false)));
                }
                None
            }
            InstKind::Binary(op, a, b) | InstKind::InplaceBinary(op, a, b) if let Some(Type::TupleOf(item)) = inst.result.map(|r| self.ty(r)) => Some(self.tuple_binary(*op, *a, *b, &item)),
            InstKind::Binary(op, a, b) => self.binary(*op, *a, *b),
            InstKind::InplaceBinary(op, a, b) => self.inplace_binary(*op, *a, *b),
            InstKind::Unary(op, a) => self.unary(*op, *a),
            InstKind::Compare(op, a, b) => {
                let c = self.compare(*op, *a, *b);
                Some(self.bool_value(c))
            }
            InstKind::Truth(v) => {
                let c = self.truth(self.get(*v), &self.ty(*v));
                Some(self.bool_value(c))
            }
            InstKind::RangeCond(i, stop, step) => Some(self.range_cond(*i, *stop, *step)),
            InstKind::CheckRangeStep(s) => {
                let step = self.int_of(*s);
                let zero = ll!(self.b().build_int_compare(IntPredicate::EQ, step, self.tagged(0), "step0"));
                self.raise_if(zero, ExcKind::ValueError, "range() arg 3 must not be zero");
                None
            }
            InstKind::Call(_, args) => {
                let callee_vid = inst.result.and_then(|r| self.variant.calls.get(&r).copied());
                let Some(callee_vid) = callee_vid else { return Ok(()) };
                if self.cg.program.function(self.cg.ann.variant(callee_vid).func).generator {
                    let vals: Vec<_> = args.iter().map(|a| (self.get(*a), self.ty(*a))).collect();
                    let g = self.make_generator(callee_vid, &vals);
                    if let Some(r) = inst.result {
                        self.set(r, g);
                    }
                    return Ok(());
                }
                if let Some(&typed) = inst.result.and_then(|r| self.variant.unboxed_entries.get(&r)) {
                    let ret = self.cg.ann.containers.canonical(&self.cg.ann.variant(callee_vid).ret);
                    if let (Some(r), Some(v)) = (inst.result, self.entered_call(callee_vid, typed, args, &ret)) {
                        self.set(r, v);
                    }
                    return Ok(());
                }
                let callee = self.cg.functions[&callee_vid];
                let params = &self.cg.ann.variant(callee_vid).args;
                let arg_vals: Vec<_> = args.iter().zip(params).map(|(a, p)| self.coerce(self.get(*a), &self.ty(*a), p).into()).collect();
                let call = ll!(self.b().build_call(callee, &arg_vals, "call"));
                let ret_ty = self.cg.ann.variant(callee_vid).ret.clone();
                if ret_ty == Type::Bottom {
                    self.after_raise();
                    return Ok(());
                }
                self.check_raised();
                call.try_as_basic_value().basic()
            }
            // A builtin given a generator works on the list of its items.
            InstKind::CallBuiltin(b, args, kw) if inst.result.is_some_and(|r| self.variant.gathered.contains_key(&r)) => {
                let r = inst.result.expect("checked by the guard");
                let list_t = Type::List(self.variant.gathered[&r]);
                let list = match self.ty(args[0]) {
                    Type::Gen(item) => self.gather(self.get(args[0]), &item, &list_t, self.gather_slots[&r]),
                    _ => {
                        // An instance: its `__iter__` and the iterator's steps (`Variant::iters`).
                        let (iter, next) = self.variant.iters[&r].clone();
                        self.iterate_instance(inst, r, &iter, next.as_ref(), Some(&list_t))
                    }
                };
                if *b == Builtin::List {
                    Some(list)
                } else {
                    let generator = self.values[args[0].index()].replace(list);
                    self.narrowed.push((args[0], list_t));
                    let r = self.builtin(*b, args, kw, inst.result);
                    self.values[args[0].index()] = generator;
                    r
                }
            }
            InstKind::CallBuiltin(b, args, kw) => self.builtin(*b, args, kw, inst.result),
            InstKind::CallMethod(o, name, args, kw) => self.method(*o, name, args, kw, inst.result),
            // Always bound by the annotator (a dispatch), unless it raised.
            InstKind::CallSuper(..) => None,
            InstKind::GetItem(o, i) => inst.result.map(|r| self.getitem(*o, *i, r)),
            InstKind::SetItem(o, i, v) => {
                self.setitem(*o, *i, *v);
                None
            }
            InstKind::Slice(o, a, b, c) => inst.result.map(|r| self.slice(*o, *a, *b, *c, r)),
            InstKind::SetSlice(o, a, b, c, v) => {
                self.set_slice(*o, [*a, *b, *c], *v);
                None
            }
            InstKind::DelSlice(o, a, b, c) => {
                let args = [self.get(*o), self.opt_int(*a), self.opt_int(*b), self.opt_int(*c)];
                self.call_rt("rt_list_del_slice", &args);
                None
            }
            InstKind::BuildList(vs) => Some(self.build_list(vs, inst.result)),
            InstKind::BuildTuple(vs) => Some(self.build_tuple(vs, inst.result)),
            InstKind::BuildDict(pairs) => Some(self.build_dict(pairs, inst.result)),
            InstKind::BuildSet(vs) => Some(self.build_set(vs, inst.result)),
            InstKind::DelItem(o, i) => {
                self.delitem(*o, *i);
                None
            }
            InstKind::IterNext(s, ..) if matches!(self.ty(*s), Type::Gen(_)) => {
                let Type::Gen(item) = self.ty(*s) else { unreachable!("checked by the guard") };
                inst.result.map(|r| self.generator_next(r, self.get(*s), &item))
            }
            InstKind::IterNext(s, p, n) => Some(self.iter_next(*s, *p, *n)),
            InstKind::IterPrev(s, p) => Some(self.iter_prev(*s, *p)),
            InstKind::IterItem(s, i) if self.variant.dispatch.contains_key(i) => inst.result.map(|r| self.unstash(*i, &self.ty(r))),
            InstKind::IterItem(s, i) if matches!(self.ty(*s), Type::Gen(_)) => inst.result.map(|r| self.generator_item(*i, &self.ty(r))),
            InstKind::IterItem(s, i) => inst.result.map(|r| self.iter_item(*s, *i, r)),
            InstKind::Unpack(v, i, n) => Some(self.unpack(*v, *i, *n)),
            InstKind::CheckUnpackStarred(v, n) => {
                self.check_unpack_starred(*v, *n);
                Some(self.none())
            }
            InstKind::Format(v, conv, spec) => Some(self.format(*v, *conv, *spec).into()),
            InstKind::JoinStr(parts) => Some(self.join_str(parts).into()),
            InstKind::New(c) => Some(self.new_instance(*c)),
            InstKind::GetAttr(o, name) if matches!(self.ty(*o), Type::Function(_)) => Some(self.function_name(*o, name == "__qualname__").into()),
            InstKind::GetAttr(o, name) => inst.result.map(|r| self.getattr(*o, name, r)),
            InstKind::SetAttr(o, name, v) => {
                self.setattr(*o, name, *v);
                None
            }
            // A builtin container is its own iterator (its loop walks positions).
            InstKind::GetIter(v) => Some(self.get(*v)),
            InstKind::StopIteration => {
                self.stop_iteration();
                None
            }
            InstKind::HasAttr(o, name) => Some(self.hasattr(*o, name)),
            InstKind::DynAttr(op, o, name, v) => self.dyn_attr(*op, *o, *name, *v),
            InstKind::DelAttr(o, name) => {
                self.del_attr(*o, name);
                None
            }
            InstKind::Vars(o) => inst.result.map(|r| self.vars(*o, r)),
            InstKind::Raise(v, cause) => {
                let w = self.to_word(self.get(*v), &self.ty(*v));
                if matches!(self.ty(*v), Type::Optional(_)) {
                    let none = self.is_none_word(w);
                    self.raise_if(none, ExcKind::TypeError, "exceptions must derive from BaseException");
                }
                let (c, has) = match cause {
                    Some(c) => (self.to_word(self.get(*c), &self.ty(*c)), 1),
                    None => (self.i64(0), 0),
                };
                let has = self.cg.ctx.i8_type().const_int(has, false);
                self.call_rt("rt_raise_obj", &[w.into(), c.into(), has.into()]);
                self.after_raise();
                None
            }
            InstKind::Reraise => {
                self.call_rt("rt_reraise", &[]);
                self.after_raise();
                None
            }
            InstKind::Catch => {
                let w = self.call_rt_value("rt_catch", &[]).into_int_value();
                Some(ll!(self.b().build_int_to_ptr(w, self.cg.ptr(), "exc")).into())
            }
            InstKind::PopHandled => {
                self.call_rt("rt_pop_handled", &[]);
                None
            }
            InstKind::Resume => {
                self.after_raise();
                None
            }
            InstKind::ClassRef(c) => {
                let info = ll!(self.b().build_ptr_to_int(self.cg.class_info(*c).as_pointer_value(), self.cg.ctx.i64_type(), "class"));
                Some(ll!(self.b().build_or(info, self.i64(1), "class.value")).into())
            }
            InstKind::ClassOf(v) => {
                let field0 = self.tuple_item_ptr(self.get(*v).into_pointer_value(), self.i64(0));
                let info = ll!(self.b().build_load(self.cg.ctx.i64_type(), field0, "class")).into_int_value();
                Some(ll!(self.b().build_or(info, self.i64(1), "class.value")).into())
            }
            InstKind::Yield(v) => {
                self.suspend(*v);
                None
            }
            InstKind::Sent => Some(self.sent_value()),
            InstKind::DelLocal(l) => {
                let t = self.cg.ann.containers.canonical(&self.variant.locals[l.index()]);
                self.store_local(*l, self.cg.repr(&t).const_zero());
                None
            }
            InstKind::DelGlobal(g) => {
                let (storage, flag) = self.cg.global(*g);
                match flag {
                    Some(flag) => ll!(self.b().build_store(flag.as_pointer_value(), self.cg.ctx.i8_type().const_zero())),
                    None => {
                        let t = self.cg.ann.containers.canonical(&self.cg.ann.globals[g.index()]);
                        ll!(self.b().build_store(storage.as_pointer_value(), self.cg.repr(&t).const_zero()))
                    }
                };
                None
            }
            InstKind::MakeCell(c) => Some(self.make_cell(*c)),
            InstKind::LoadCell(cell, c) => Some(self.load_cell(*cell, *c)),
            InstKind::StoreCell(cell, c, v) => {
                self.store_cell(*cell, *c, *v);
                None
            }
            InstKind::FreeCell(closure, i) => Some(self.free_cell(*closure, *i)),
            InstKind::MakeFunction(f, vs) => Some(self.make_function(*f, vs)),
            // The same instance, with the class the `except` clause matched.
            InstKind::Narrow(v, _) => Some(self.get(*v)),
            InstKind::IsInstance(o, c) => Some(self.isinstance(*o, *c)),
            InstKind::IsBuiltin(o, ts) => Some(self.isinstance_builtin(*o, ts)),
            InstKind::TypeName(v) => Some(self.type_name(*v).into()),
        };
        if let (Some(r), Some(val)) = (inst.result, result) {
            self.set(r, val);
        }
        Ok(())
    }

    fn terminator(&mut self, term: &Terminator, span: mesapy_annotator::source::Span) {
        self.locate(span);
        match term {
            Terminator::Jump(b) => {
                ll!(self.b().build_unconditional_branch(self.block(*b)));
            }
            Terminator::Branch(c, t, e) => {
                if self.ty(*c) == Type::Bottom {
                    ll!(self.b().build_unreachable());
                    return;
                }
                let v = self.get(*c).into_int_value();
                let cond = ll!(self.b().build_int_compare(IntPredicate::NE, v, v.get_type().const_zero(), "cond"));
                ll!(self.b().build_conditional_branch(cond, self.block(*t), self.block(*e)));
            }
            Terminator::Return(v) => {
                if self.ty(*v) == Type::Bottom && self.variant.ret != Type::Bottom {
                    ll!(self.b().build_unreachable());
                    return;
                }
                if self.generator.is_some() {
                    // `return` in a generator finishes it (StopIteration for the caller).
                    self.finish_generator();
                    self.pop_frame();
                    ll!(self.b().build_return(Some(&self.i64(0))));
                    return;
                }
                let ret_ty = self.cg.ann.containers.canonical(&self.variant.ret);
                let val = self.coerce(self.get(*v), &self.ty(*v), &ret_ty);
                if self.framed {
                    self.pop_frame();
                }
                ll!(self.b().build_return(Some(&val)));
            }
            Terminator::Unreachable => {
                ll!(self.b().build_unreachable());
            }
        }
    }

    fn constant(&mut self, c: &Const) -> BasicValueEnum<'ctx> {
        use num_traits::ToPrimitive;
        match c {
            Const::Int(i) => match i.to_i64() {
                Some(v) if (-(1i64 << 62)..(1i64 << 62)).contains(&v) => self.tagged(v).into(),
                _ => {
                    let digits = i.to_string();
                    let slot = self.cg.const_slot(format!("int:{digits}"));
                    self.cached_object(slot, |fl| {
                        let bytes = fl.cg.bytes_global(digits.as_bytes(), "bigint");
                        let f = fl.cg.rt("rt_int_from_decimal");
                        let len = fl.cg.ctx.i64_type().const_int(digits.len() as u64, false);
                        let v = ll!(fl.b().build_call(f, &[bytes.into(), len.into()], "big"));
                        let v = v.try_as_basic_value().basic().expect("rt_int_from_decimal returns a value").into_int_value();
                        let add_root = fl.cg.rt("rt_gc_add_root");
                        ll!(fl.b().build_call(add_root, &[slot.as_pointer_value().into()], ""));
                        v
                    })
                    .into()
                }
            },
            Const::Float(f) => self.cg.ctx.f64_type().const_float(*f).into(),
            Const::Bool(b) => self.cg.ctx.i8_type().const_int(*b as u64, false).into(),
            Const::None => self.cg.ctx.i8_type().const_zero().into(),
            Const::Str(s) => self.str_const(s).into(),
            Const::Bytes(b) => self.bytes_const(b).into(),
        }
    }

    /// A str literal: created once, then read from its cached slot.
    pub(crate) fn str_const(&mut self, s: &str) -> PointerValue<'ctx> {
        self.literal(format!("str:{s}"), s.as_bytes(), "rt_str_const")
    }

    /// A bytes literal, like a str literal.
    pub(crate) fn bytes_const(&mut self, b: &[u8]) -> PointerValue<'ctx> {
        self.literal(format!("bytes:{}", b.escape_ascii()), b, "rt_bytes_const")
    }

    /// The object a literal's runtime constructor (`rt_str_const`, `rt_bytes_const`) makes from
    /// `bytes` the first time, cached in the root slot named `key`.
    fn literal(&mut self, key: String, bytes: &[u8], make: &str) -> PointerValue<'ctx> {
        let slot = self.cg.const_slot(key);
        let w = self.cached_object(slot, |fl| {
            let data = fl.cg.bytes_global(bytes, "lit");
            let f = fl.cg.rt(make);
            let len = fl.cg.ctx.i64_type().const_int(bytes.len() as u64, false);
            let p = ll!(fl.b().build_call(f, &[slot.as_pointer_value().into(), data.into(), len.into()], "lit"));
            let p = p.try_as_basic_value().basic().expect("literal constructors return a pointer").into_pointer_value();
            ll!(fl.b().build_ptr_to_int(p, fl.cg.ctx.i64_type(), "w"))
        });
        ll!(self.b().build_int_to_ptr(w, self.cg.ptr(), "lit"))
    }

    /// Loads a cached word from `slot`, calling `init` the first time (when it is still 0).
    pub(crate) fn cached_object(&mut self, slot: inkwell::values::GlobalValue<'ctx>, init: impl FnOnce(&mut Self) -> IntValue<'ctx>) -> IntValue<'ctx> {
        let i64t = self.cg.ctx.i64_type();
        let cached = ll!(self.b().build_load(i64t, slot.as_pointer_value(), "cached")).into_int_value();
        let missing = ll!(self.b().build_int_compare(IntPredicate::EQ, cached, i64t.const_zero(), "missing"));
        let here = self.b().get_insert_block().expect("positioned");
        let (make, done) = (self.new_block("make_const"), self.new_block("have_const"));
        ll!(self.b().build_conditional_branch(missing, make, done));
        self.b().position_at_end(make);
        let made = init(self);
        ll!(self.b().build_store(slot.as_pointer_value(), made));
        let make_end = self.b().get_insert_block().expect("positioned");
        ll!(self.b().build_unconditional_branch(done));
        self.b().position_at_end(done);
        let phi = ll!(self.b().build_phi(i64t, "const"));
        phi.add_incoming(&[(&cached, here), (&made, make_end)]);
        phi.as_basic_value().into_int_value()
    }

    fn load_local(&mut self, l: Local, result: Option<Value>) -> BasicValueEnum<'ctx> {
        let t = self.cg.ann.containers.canonical(&self.variant.locals[l.index()]);
        let val = ll!(self.b().build_load(self.cg.repr(&t), self.locals[l.index()], "local"));
        let name = &self.func.locals[l.index()];
        // A reference-typed local is 0 until assigned: reading it then is UnboundLocalError.
        // A parameter is bound on entry, unless the function deletes it.
        let is_param = self.func.params.iter().any(|p| p.local == l) && !self.deleted.contains(&l);
        if t.nullable() && !name.starts_with('$') && !is_param && result.is_some() {
            let w = self.to_word(val, &t);
            let unbound = ll!(self.b().build_int_compare(IntPredicate::EQ, w, self.i64(0), "unbound"));
            let msg = format!("cannot access local variable '{name}' where it is not associated with a value");
            self.raise_if(unbound, ExcKind::UnboundLocalError, &msg);
        }
        val
    }

    pub(crate) fn load_global(&mut self, g: GlobalId, _result: Option<Value>) -> BasicValueEnum<'ctx> {
        let t = self.cg.ann.containers.canonical(&self.cg.ann.globals[g.index()]);
        let (storage, flag) = self.cg.global(g);
        let name = self.cg.program.globals[g.index()].name.clone();
        let msg = format!("name '{name}' is not defined");
        let undefined = match flag {
            Some(flag) => {
                let i8t = self.cg.ctx.i8_type();
                let f = ll!(self.b().build_load(i8t, flag.as_pointer_value(), "defined")).into_int_value();
                ll!(self.b().build_int_compare(IntPredicate::EQ, f, i8t.const_zero(), "undefined"))
            }
            None => {
                let val = ll!(self.b().build_load(self.cg.repr(&t), storage.as_pointer_value(), "global"));
                let w = self.to_word(val, &t);
                ll!(self.b().build_int_compare(IntPredicate::EQ, w, self.i64(0), "undefined"))
            }
        };
        self.raise_if(undefined, ExcKind::NameError, &msg);
        ll!(self.b().build_load(self.cg.repr(&t), storage.as_pointer_value(), "global"))
    }
}
