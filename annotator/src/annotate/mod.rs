//! The `annotate` stage: whole-program type inference by abstract interpretation to a fixpoint.
//!
//! Terminology (RPython's): a *variant* is one function specialised for one tuple of argument
//! types. Annotation starts from the module body and flows every variant's blocks in reverse
//! postorder, joining (`Containers::union`) each value, local, global, list item and return type with
//! what the instruction produces. A call creates or finds the callee's variant for its argument
//! types. Types only grow, and the lattice is finite for any program, so repeating the flow until
//! a whole round changes nothing terminates; that final state is the annotation.
//!
//! An operation that CPython would reject at run time (`"a" - 1`) is not a compile error: its
//! value gets type `Bottom` and the lowering raises CPython's exception there. A value that
//! would need two types at once widens to a boxed `Object`, and the widening is recorded.
#![forbid(unsafe_code)]

mod attrs;
mod builtins;
pub mod classes;
mod containers;
mod entries;
mod functions;
mod methods;
mod object;
pub mod optional;
mod ops;
pub use functions::{Binder, Callee, FnArg, FnCall, FnTarget};
pub use object::on_boxed;

use crate::diagnostic::{Code, Diagnostic};
use crate::ir::*;
use crate::types::{Conflict, ContainerId, Containers, Mutability, Type, Widening};
use std::collections::HashMap;

/// Maximum number of variants per function: past it, calls use one variant with boxed parameters.
const MAX_VARIANTS: usize = 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VariantId(pub u32);

/// The exception classes the lowering can raise; the numbering is the runtime ABI's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    ZeroDivisionError = 0,
    IndexError = 1,
    ValueError = 2,
    TypeError = 3,
    OverflowError = 4,
    RecursionError = 5,
    KeyError = 6,
    AttributeError = 7,
    RuntimeError = 8,
    MemoryError = 9,
    NameError = 10,
    UnboundLocalError = 11,
    UnicodeDecodeError = 12,
    UnicodeEncodeError = 13,
    LookupError = 14,
    StopIteration = 15,
    /// Thrown into a generator by `close()` (runtime/ABI.md numbers the runtime's classes).
    GeneratorExit = 24,
}

/// An operation that always raises, with CPython's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Raise {
    pub kind: ExcKind,
    pub message: String,
}

impl Raise {
    pub fn new(kind: ExcKind, message: impl Into<String>) -> Raise {
        Raise { kind, message: message.into() }
    }
}

/// What an instruction produces: a type, a certain exception, or a compile-time diagnostic.
pub(crate) enum Outcome {
    Type(Type),
    Raises(Raise),
    Reject(Code, String, Option<String>),
}

/// Where an argument of a bound call comes from: an operand of the instruction (for a method
/// call: the object, then the positional, then the keyword arguments), or a default.
#[derive(Clone, Debug, PartialEq)]
pub enum ArgSource {
    Operand(usize),
    /// A method's `*args`: the tuple of `len` operands from `start`.
    Pack { start: usize, len: usize },
    Default(GlobalId),
    /// An argument of a method call bound as a call through a function value binds it
    /// (keyword-only parameters, `**kwargs`, starred arguments; `Dispatch::binder`).
    Value(FnArg),
}

/// What happens to a special method's result: `__len__` as a truth value is `!= 0`, and `!=`
/// through `__eq__` is its negation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Post {
    None,
    NonZero,
    Negate,
}

/// An instruction the annotator bound to a call of a method variant: one target per distinct
/// method the receiver's possible classes resolve the name to (several for an overridden
/// method called through a base class), each with the classes that select it.
#[derive(Clone, Debug)]
pub struct Dispatch {
    pub targets: Vec<(Vec<ClassId>, VariantId)>,
    /// The operand whose class selects the target (a static method's arguments need not
    /// include it).
    pub receiver: usize,
    pub args: Vec<ArgSource>,
    pub post: Post,
    /// The join of the targets' return types.
    pub ret: Type,
    /// The receiver is a boxed value: its class selects the target (the box holds an instance
    /// of one of the targets' classes, or the call raises `AttributeError`).
    pub boxed: bool,
    /// The method's name, for the `AttributeError` of a receiver whose class lacks it.
    pub name: String,
    /// For an operator on two instances: the run-time class pairs for which CPython calls the
    /// right operand's reflected method first.
    pub priority: Option<Box<Priority>>,
    /// Set when the call is bound as it runs (a starred list or a `**` dict that may hold
    /// items), to the first target's parameters.
    pub binder: Option<Binder>,
}

impl Dispatch {
    /// The variants this instruction may call.
    pub fn callees(&self) -> Vec<VariantId> {
        let mut out: Vec<VariantId> = self.targets.iter().map(|t| t.1).collect();
        if let Some(p) = &self.priority {
            out.extend(p.dispatch.callees());
        }
        out
    }
}

/// The reflected call that takes priority over a `Dispatch` of a binary operator or comparison
/// when the right operand's class is a strict subclass of the left one's and provides the
/// reflected method (for an arithmetic operator: overrides it), as CPython's `binary_op1` and
/// `do_richcompare` decide.
#[derive(Clone, Debug)]
pub struct Priority {
    /// (left class, right class) pairs that select `dispatch`.
    pub pairs: Vec<(ClassId, ClassId)>,
    pub dispatch: Dispatch,
    /// The instruction's type: the join of both calls' results (after their `Post`).
    pub ty: Type,
}

#[derive(Clone, Debug)]
pub struct Variant {
    pub func: FuncId,
    pub args: Vec<Type>,
    pub locals: Vec<Type>,
    pub values: Vec<Type>,
    pub ret: Type,
    /// The callee variant of each `Call`, keyed by the call's result value.
    pub calls: HashMap<Value, VariantId>,
    /// Instructions that always raise.
    pub raises: HashMap<Value, Raise>,
    /// The list definition made by each list-creating instruction of this variant.
    pub sites: HashMap<Value, ContainerId>,
    /// Method calls and special methods, keyed by the instruction's result.
    pub dispatch: HashMap<Value, Dispatch>,
    /// Calls through function values, keyed by the call's result.
    pub fcalls: HashMap<Value, FnCall>,
    /// Instructions that iterate an instance to its end (`list(obj)`, `x in obj`): the
    /// `__iter__` call on operand 0, and the `__next__` call on what it returned (its operand 0).
    pub iters: HashMap<Value, (Dispatch, Option<Dispatch>)>,
    /// The fields each slice of a tuple selects, in order, keyed by the slice's result.
    pub tuple_slices: HashMap<Value, Vec<usize>>,
    /// For a generator's body: the join of the values it yields, its items' type.
    pub yields: Type,
    /// The builtins given a generator to consume (`sum(gen())`), keyed by the call's result:
    /// the list its items are gathered into first.
    pub gathered: HashMap<Value, ContainerId>,
    /// The property getters and setters the runtime may call for the attributes this variant
    /// names at run time (`annotate::attrs`, through the wrappers in the attribute tables).
    pub property_calls: Vec<VariantId>,
    /// The typed variant a call with boxed arguments enters when the boxes hold its parameter
    /// types (`entries`), keyed by the call's result.
    pub unboxed_entries: HashMap<Value, VariantId>,
    /// The `T | None` operands an instruction needs as a `T` (see `optional`), keyed by the
    /// instruction's block and index: the lowering raises the exception when one is `None`.
    pub none_checks: HashMap<(Block, usize), Vec<(Value, Raise)>>,
}

/// The result of annotation.
#[derive(Clone, Debug)]
pub struct Annotation {
    pub variants: Vec<Variant>,
    pub globals: Vec<Type>,
    /// The type of each captured variable (`Program::cells`).
    pub cells: Vec<Type>,
    pub containers: Containers,
    /// The fields each class adds to its bases' (in order), with their types.
    pub fields: Vec<Vec<(String, Type)>>,
    /// Variants reachable from the module body, in a stable order; only these are lowered.
    pub live: Vec<VariantId>,
    /// Where values widened to `Object`, and why (`mesapyc check` prints them).
    pub widenings: Vec<Widening>,
    /// The classes whose instances may be boxed, in definition order: the candidates of an
    /// attribute access or method call on a boxed value.
    pub boxed_classes: Vec<ClassId>,
    /// The variant the runtime calls to make instances of its errors (`Exceptions::factory`).
    pub exc_factory: Option<VariantId>,
    /// The variant the runtime calls on an uncaught instance (`Exceptions::exit_status`).
    pub exit_status: Option<VariantId>,
    /// The variant the runtime calls on a caught instance (`Exceptions::link`).
    pub exc_link: Option<VariantId>,
    /// Whether instances carry a dictionary for attributes set by computed names (the program
    /// names attributes at run time: `annotate::attrs`).
    pub instance_dicts: bool,
}

impl Annotation {
    pub fn variant(&self, v: VariantId) -> &Variant {
        &self.variants[v.0 as usize]
    }

    /// The type of a value, with list ids made canonical.
    pub fn type_of(&self, v: VariantId, value: Value) -> Type {
        self.containers.canonical(&self.variant(v).values[value.index()])
    }
}

pub(crate) struct Annotator<'p> {
    program: &'p Program,
    pub(crate) variants: Vec<Variant>,
    globals: Vec<Type>,
    cells: Vec<Type>,
    pub(crate) containers: Containers,
    pub(crate) fields: Vec<Vec<(String, Type)>>,
    /// Set for the round after the fixpoint: attributes still unknown then raise.
    final_round: bool,
    changed: bool,
    diags: Vec<Diagnostic>,
    /// Integer constants by (function, value), for tuple indexing with a literal.
    consts: HashMap<(FuncId, Value), i64>,
    /// The operands the current instruction reads without their `None` case, with the type
    /// they are read as (see `optional`).
    narrowed: Vec<(Value, Type)>,
    widenings: Vec<Widening>,
    /// The variant of the prelude's `__exc_new(int, str)`, once a handler needs it.
    exc_factory: Option<VariantId>,
    /// The variant of the prelude's `__exit_status(BaseException)`, once the program raises.
    exit_status: Option<VariantId>,
    /// The variant of the prelude's `__exc_link`, once a handler needs it.
    exc_link: Option<VariantId>,
    /// `Annotation::instance_dicts`.
    instance_dicts: bool,
}

/// The builtins that consume an iterable at once: given a generator, they get the list of its
/// items (`Variant::gathered`).
const GATHERING: [Builtin; 9] = [Builtin::List, Builtin::Tuple, Builtin::Sum, Builtin::Min, Builtin::Max, Builtin::Sorted, Builtin::Set, Builtin::FrozenSet, Builtin::Starred];

/// Annotates the whole program, starting from the module body.
pub fn annotate(program: &Program) -> Result<Annotation, Vec<Diagnostic>> {
    let mut consts = HashMap::new();
    for f in &program.functions {
        for b in &f.blocks {
            for inst in &b.insts {
                if let (Some(v), InstKind::Const(Const::Int(i))) = (inst.result, &inst.kind) {
                    if let Some(i) = num_traits::ToPrimitive::to_i64(i) {
                        consts.insert((f.id, v), i);
                    }
                }
            }
        }
    }
    let mut a = Annotator {
        program,
        variants: Vec::new(),
        globals: vec![Type::Bottom; program.globals.len()],
        cells: vec![Type::Bottom; program.cells.len()],
        containers: Containers::with_classes(program.classes.iter().map(|c| c.name.clone()).collect(), program.classes.iter().map(|c| c.mro.clone()).collect()),
        fields: vec![Vec::new(); program.classes.len()],
        final_round: false,
        changed: false,
        diags: Vec::new(),
        consts,
        narrowed: Vec::new(),
        widenings: Vec::new(),
        exc_factory: None,
        exit_status: None,
        exc_link: None,
        instance_dicts: attrs::uses_instance_dicts(program),
    };
    a.containers.function_names = program.functions.iter().map(|f| f.qualname.clone()).collect();
    a.variant_for(Program::MAIN, Vec::new(), Span::default());
    loop {
        a.changed = false;
        a.containers.changed = false;
        let mut i = 0;
        while i < a.variants.len() {
            a.flow(VariantId(i as u32));
            i += 1;
        }
        if !a.diags.is_empty() {
            a.diags.sort_by_key(|d| d.span.start);
            a.diags.dedup();
            return Err(a.diags);
        }
        if a.final_round {
            // What the final round decided (an attribute that only a dictionary can hold)
            // may have grown types: flow again until nothing changes.
            if !a.changed && !a.containers.changed {
                break;
            }
            a.final_round = false;
            continue;
        }
        if !a.changed && !a.containers.changed && !a.containers.settle_empty() {
            a.final_round = true;
        }
    }
    let live = a.live_variants();
    a.find_unboxed_entries(&live);
    a.widenings.sort_by_key(|w| w.span.start);
    let boxed_classes = a.boxed_classes();
    Ok(Annotation {
        variants: a.variants,
        globals: a.globals,
        cells: a.cells,
        containers: a.containers,
        fields: a.fields,
        live,
        widenings: a.widenings,
        boxed_classes,
        exc_factory: a.exc_factory,
        exit_status: a.exit_status,
        exc_link: a.exc_link,
        instance_dicts: a.instance_dicts,
    })
}

use crate::source::Span;

impl<'p> Annotator<'p> {
    /// What a call of function `f`'s variant `callee` gives: its return value, or for a
    /// generator function the generator (its body runs later).
    pub(super) fn call_result(&self, f: FuncId, callee: VariantId) -> Type {
        let callee = &self.variants[callee.0 as usize];
        if self.program.function(f).generator {
            Type::Gen(Box::new(callee.yields.clone()))
        } else {
            callee.ret.clone()
        }
    }

    fn variant_for(&mut self, func: FuncId, args: Vec<Type>, span: Span) -> Option<VariantId> {
        let args: Vec<Type> = args.iter().map(|t| self.containers.canonical(t)).collect();
        // Containers passed to one function share their definition when their items agree, as in
        // RPython: `quicksort(less)` with a fresh `less` per call is one variant, not one per call.
        let existing = self.variants.iter().position(|v| {
            v.func == func && v.args.len() == args.len() && v.args.iter().zip(&args).all(|(a, b)| self.containers.compatible(a, b))
        });
        if let Some(i) = existing {
            let old = self.variants[i].args.clone();
            let merged: Vec<Type> = old.iter().zip(&args).map(|(a, b)| self.containers.union(a, b)).collect();
            if merged.iter().zip(&old).any(|(m, o)| self.containers.canonical(m) != self.containers.canonical(o)) {
                let f = self.program.function(func);
                for (p, t) in f.params.iter().zip(&merged) {
                    let local = self.variants[i].locals[p.local.index()].clone();
                    self.variants[i].locals[p.local.index()] = self.containers.union(&local, t);
                }
                self.variants[i].args = merged;
                self.changed = true;
            }
            return Some(VariantId(i as u32));
        }
        // Past the cap, the function gets one more variant whose parameters are all boxed.
        if self.variants.iter().filter(|v| v.func == func).count() >= MAX_VARIANTS && args.iter().any(|t| *t != Type::Object) {
            let name = self.program.function(func).name.clone();
            let w = Widening { span, reason: format!("the arguments of `{name}`, called with more than {MAX_VARIANTS} combinations of types") };
            if !self.widenings.contains(&w) {
                self.widenings.push(w);
            }
            for t in &args {
                self.containers.note_boxed(t);
            }
            return self.variant_for(func, vec![Type::Object; args.len()], span);
        }
        let f = self.program.function(func);
        let mut locals = vec![Type::Bottom; f.locals.len()];
        for (p, t) in f.params.iter().zip(&args) {
            locals[p.local.index()] = t.clone();
        }
        self.variants.push(Variant {
            func,
            args,
            locals,
            values: vec![Type::Bottom; f.value_count as usize],
            ret: Type::Bottom,
            calls: HashMap::new(),
            raises: HashMap::new(),
            sites: HashMap::new(),
            dispatch: HashMap::new(),
            fcalls: HashMap::new(),
            iters: HashMap::new(),
            tuple_slices: HashMap::new(),
            yields: Type::Bottom,
            gathered: HashMap::new(),
            property_calls: Vec::new(),
            unboxed_entries: HashMap::new(),
            none_checks: HashMap::new(),
        });
        self.changed = true;
        Some(VariantId(self.variants.len() as u32 - 1))
    }

    /// The variants the runtime may call on instances of the classes variant `v` instantiates
    /// (`classes::runtime_methods`).
    fn runtime_method_variants(&self, v: VariantId) -> Vec<VariantId> {
        let variant = &self.variants[v.0 as usize];
        let func = self.program.function(variant.func);
        let mut out = Vec::new();
        for inst in func.blocks.iter().flat_map(|b| &b.insts) {
            if let InstKind::New(c) = inst.kind {
                for (_, f, args) in classes::runtime_methods(self.program, c) {
                    if let Some(i) = self.variants.iter().position(|x| x.func == f && x.args == args) {
                        out.push(VariantId(i as u32));
                    }
                }
            }
        }
        out
    }

    fn live_variants(&self) -> Vec<VariantId> {
        let mut seen = vec![false; self.variants.len()];
        let mut stack: Vec<VariantId> = self.exc_factory.into_iter().chain(self.exit_status).chain(self.exc_link).chain([VariantId(0)]).collect();
        let mut out = Vec::new();
        while let Some(v) = stack.pop() {
            if std::mem::replace(&mut seen[v.0 as usize], true) {
                continue;
            }
            out.push(v);
            let variant = &self.variants[v.0 as usize];
            let mut callees: Vec<VariantId> =
                variant.calls.values().copied().chain(variant.dispatch.values().chain(variant.iters.values().flat_map(|(i, n)| std::iter::once(i).chain(n))).flat_map(Dispatch::callees)).chain(variant.fcalls.values().flat_map(FnCall::callees)).chain(variant.property_calls.iter().copied()).collect();
            // The text methods of every class instantiated here are called by the lowering, and
            // its hash and equality methods by the runtime.
            callees.extend(self.runtime_method_variants(v));
            callees.sort();
            stack.extend(callees.into_iter().rev());
        }
        out.sort();
        out
    }

    /// Joins `t` into `slot`, noting growth; a join to `Object` is noted as a widening at `span`.
    fn join(&mut self, slot: &Type, t: &Type, span: Span, what: impl FnOnce() -> String) -> Type {
        let new = self.containers.union(slot, t);
        self.note_widening(span, what);
        if self.containers.canonical(&new) != self.containers.canonical(slot) {
            self.changed = true;
        }
        new
    }

    /// Records why values widened to `Object` in the joins since the last note: `what` names
    /// the variable, attribute or container at `span`.
    pub(crate) fn note_widening(&mut self, span: Span, what: impl FnOnce() -> String) {
        let conflicts = self.containers.take_conflicts();
        if conflicts.is_empty() {
            return;
        }
        let what = what();
        for Conflict(a, b) in conflicts {
            let w = Widening { span, reason: format!("{what} holds both {a} and {b}") };
            if !self.widenings.contains(&w) {
                self.widenings.push(w);
            }
        }
    }

    /// The container definition made by the container-creating instruction `value` of a
    /// variant: one per site, so every flow of the fixpoint finds the same definition.
    pub(crate) fn new_site(&mut self, v: VariantId, value: Value) -> ContainerId {
        if let Some(&l) = self.variants[v.0 as usize].sites.get(&value) {
            return l;
        }
        let l = self.containers.new_def(Type::Bottom);
        self.variants[v.0 as usize].sites.insert(value, l);
        l
    }

    /// Grows a container's item (key) type, or its value type, reporting a conflict at `span`.
    pub(crate) fn add_item(&mut self, c: ContainerId, t: &Type, span: Span) {
        self.grow(c, t, false, span)
    }

    pub(crate) fn add_value(&mut self, c: ContainerId, t: &Type, span: Span) {
        self.grow(c, t, true, span)
    }

    fn grow(&mut self, c: ContainerId, t: &Type, value: bool, span: Span) {
        if value {
            self.containers.add_value(c, t);
        } else {
            self.containers.add_item(c, t);
        }
        let part = match (self.containers.value(c) != Type::Bottom, value) {
            (true, false) => "the keys of a dict",
            (true, true) => "the values of a dict",
            (false, _) => "the items of a container",
        };
        self.note_widening(span, || part.to_string());
    }

    pub(crate) fn int_const(&self, func: FuncId, v: Value) -> Option<i64> {
        self.consts.get(&(func, v)).copied()
    }

    /// `t[a:b:c]` on a fixed tuple: with literal bounds (or `None`), a tuple of the fields the
    /// slice selects; else a tuple of any length of the fields' join, sliced at run time.
    fn tuple_slice(&mut self, vid: VariantId, func: FuncId, result: Option<Value>, ts: &[Type], bounds: [Option<Value>; 3]) -> Outcome {
        let mut known = [None; 3];
        for (k, b) in known.iter_mut().zip(bounds) {
            let Some(b) = b.filter(|b| self.ty(vid, *b) != Type::None) else { continue };
            match self.int_const(func, b) {
                Some(i) => *k = Some(i),
                None => {
                    let item = ts.iter().fold(Type::Bottom, |acc, t| self.containers.union(&acc, t));
                    return Outcome::Type(Type::TupleOf(Box::new(item)));
                }
            }
        }
        let Some(positions) = ops::slice_positions(ts.len() as i64, known[0], known[1], known[2]) else {
            return Outcome::Raises(Raise::new(ExcKind::ValueError, "slice step cannot be zero"));
        };
        let fields = positions.iter().map(|&i| ts[i].clone()).collect();
        if let Some(r) = result {
            self.variants[vid.0 as usize].tuple_slices.insert(r, positions);
        }
        Outcome::Type(Type::Tuple(fields))
    }

    fn flow(&mut self, vid: VariantId) {
        let program = self.program;
        let func = program.function(self.variants[vid.0 as usize].func);
        for block in func.reverse_postorder() {
            let data = func.block(block);
            for (i, inst) in data.insts.iter().enumerate() {
                self.narrow_optionals(vid, (block, i), inst);
                self.flow_inst(vid, func, inst);
                self.narrowed.clear();
            }
            if let Terminator::Return(v) = data.term {
                let t = self.variants[vid.0 as usize].values[v.index()].clone();
                let ret = self.variants[vid.0 as usize].ret.clone();
                let name = func.name.clone();
                let new = self.join(&ret, &t, data.term_span, || format!("the return value of `{name}`"));
                self.variants[vid.0 as usize].ret = new;
            }
        }
    }

    fn ty(&self, vid: VariantId, v: Value) -> Type {
        if let Some((_, t)) = self.narrowed.iter().find(|(n, _)| *n == v) {
            return t.clone();
        }
        self.containers.canonical(&self.variants[vid.0 as usize].values[v.index()])
    }

    /// Reads the strict `T | None` operands of `inst` as `T` while it is annotated, and records
    /// what each raises when it is `None`.
    fn narrow_optionals(&mut self, vid: VariantId, at: (Block, usize), inst: &Inst) {
        let strict = self.strict_optionals(vid, &inst.kind);
        if strict.is_empty() {
            self.variants[vid.0 as usize].none_checks.remove(&at);
            return;
        }
        self.narrowed = strict.iter().map(|v| (*v, self.ty(vid, *v).non_none().clone())).collect();
        let operands = inst.kind.operands();
        let mut checks = Vec::new();
        for &v in &strict {
            let types: Vec<Type> = operands.iter().map(|o| if *o == v { Type::None } else { self.ty(vid, *o) }).collect();
            let raise = self.none_raise(vid, inst, v, &types);
            checks.push((v, raise));
        }
        self.variants[vid.0 as usize].none_checks.insert(at, checks);
    }

    fn flow_inst(&mut self, vid: VariantId, func: &Function, inst: &Inst) {
        let t = |a: &Self, v: &Value| a.ty(vid, *v);
        let operand_types: Vec<Type> = inst.kind.operands().iter().map(|v| t(self, v)).collect();
        let outcome = match &inst.kind {
            _ if let Some(o) = self.object_outcome(&inst.kind, &operand_types) => o,
            InstKind::Const(c) => Outcome::Type(match c {
                Const::Int(_) => Type::Int,
                Const::Float(_) => Type::Float,
                Const::Bool(_) => Type::Bool,
                Const::Str(_) => Type::Str,
                Const::Bytes(_) => Type::Bytes(Mutability::Immutable),
                Const::None => Type::None,
            }),
            InstKind::LoadLocal(l) => Outcome::Type(self.variants[vid.0 as usize].locals[l.index()].clone()),
            InstKind::StoreLocal(l, v) => {
                let new = t(self, v);
                let old = self.variants[vid.0 as usize].locals[l.index()].clone();
                let name = func.locals[l.index()].clone();
                let joined = self.join(&old, &new, inst.span, || local_description(&name));
                self.variants[vid.0 as usize].locals[l.index()] = joined;
                return;
            }
            InstKind::LoadGlobal(g) => Outcome::Type(self.globals[g.index()].clone()),
            InstKind::StoreGlobal(g, v) => {
                let new = t(self, v);
                let old = self.globals[g.index()].clone();
                let name = self.program.globals[g.index()].name.clone();
                let joined = self.join(&old, &new, inst.span, || format!("the global `{name}`"));
                self.globals[g.index()] = joined;
                return;
            }
            InstKind::Binary(op, a, b) | InstKind::InplaceBinary(op, a, b) => {
                let operands = [t(self, a), t(self, b)];
                let (name, rname) = classes::binary_dunder(*op);
                match self.special(vid, inst, name, &operands, false, Post::None) {
                    Some(o) => self.reflected_priority(vid, inst, o, &operands, &[(rname, Post::None)], false),
                    None => match self.special(vid, inst, rname, &operands, true, Post::None) {
                        Some(o) => o,
                        None if matches!(inst.kind, InstKind::InplaceBinary(..)) => ops::inplace_binary(self, vid, inst, *op, &operands[0], &operands[1]),
                        None => ops::binary(self, vid, inst, *op, &operands[0], &operands[1]),
                    },
                }
            }
            InstKind::Unary(op, a) => {
                let operands = [t(self, a)];
                let name = match op {
                    UnOp::Neg => "__neg__",
                    UnOp::Pos => "__pos__",
                    UnOp::Invert => "__invert__",
                    UnOp::Not => "__bool__",
                };
                let post = if *op == UnOp::Not { Post::Negate } else { Post::None };
                let special = self.special(vid, inst, name, &operands, false, post);
                let special = match special {
                    None if *op == UnOp::Not => self.special(vid, inst, "__len__", &operands, false, Post::Negate),
                    s => s,
                };
                special.unwrap_or_else(|| ops::unary(*op, &operands[0]))
            }
            InstKind::Compare(op, a, b) => {
                let operands = [t(self, a), t(self, b)];
                let special = match (op, classes::compare_dunder(*op)) {
                    (CmpOp::In | CmpOp::NotIn, _) => {
                        let post = if *op == CmpOp::NotIn { Post::Negate } else { Post::NonZero };
                        self.special(vid, inst, "__contains__", &operands, true, post).or_else(|| match &operands[1] {
                            // Without `__contains__`, `in` iterates.
                            Type::Instance(c) => {
                                let msg = format!("argument of type '{}' is not iterable", self.program.class(*c).name);
                                Some(self.instance_items(vid, inst, *c, msg).map_or_else(|o| o, |_| Outcome::Type(Type::Bool)))
                            }
                            _ => None,
                        })
                    }
                    (_, Some((name, rname))) => {
                        // `!=` falls back to the negation of `__eq__`, on either side.
                        let reflected: &[(&str, Post)] = if *op == CmpOp::Ne { &[("__ne__", Post::None), ("__eq__", Post::Negate)] } else { &[(rname, Post::None)] };
                        match self.special(vid, inst, name, &operands, false, Post::None) {
                            Some(o) => Some(self.reflected_priority(vid, inst, o, &operands, reflected, true)),
                            None if *op == CmpOp::Ne => self
                                .special(vid, inst, "__eq__", &operands, false, Post::Negate)
                                .map(|o| self.reflected_priority(vid, inst, o, &operands, reflected, true)),
                            None => self.special(vid, inst, rname, &operands, true, Post::None),
                        }
                    }
                    _ => None,
                };
                match special {
                    Some(o) => o,
                    None => ops::compare(self, inst.span, *op, &operands[0], &operands[1]),
                }
            }
            InstKind::Truth(v) => {
                let operands = [t(self, v)];
                self.special(vid, inst, "__bool__", &operands, false, Post::None)
                    .or_else(|| self.special(vid, inst, "__len__", &operands, false, Post::NonZero))
                    .unwrap_or(Outcome::Type(Type::Bool))
            }
            InstKind::RangeCond(..) => Outcome::Type(Type::Bool),
            InstKind::CheckRangeStep(s) => {
                let st = t(self, s);
                if !matches!(st, Type::Bottom) && !st.is_intlike() {
                    self.diags.push(Diagnostic::new(Code::BadOperation, inst.span, format!("'{}' object cannot be interpreted as an integer", st.py_name())));
                }
                return;
            }
            InstKind::Call(f, args) => {
                let arg_types: Vec<Type> = args.iter().map(|a| t(self, a)).collect();
                if arg_types.contains(&Type::Bottom) {
                    Outcome::Type(Type::Bottom)
                } else {
                    match self.variant_for(*f, arg_types, inst.span) {
                        Some(callee) => {
                            if let Some(result) = inst.result {
                                self.variants[vid.0 as usize].calls.insert(result, callee);
                            }
                            Outcome::Type(self.call_result(*f, callee))
                        }
                        None => Outcome::Type(Type::Bottom),
                    }
                }
            }
            InstKind::CallBuiltin(Builtin::Len, args, kw) if kw.is_empty() && args.len() == 1 && matches!(t(self, &args[0]), Type::Instance(_)) => {
                let operands = [t(self, &args[0])];
                let name = self.containers.type_name(&operands[0]);
                self.special(vid, inst, "__len__", &operands, false, Post::None)
                    .unwrap_or_else(|| Outcome::Raises(Raise::new(ExcKind::TypeError, format!("object of type '{name}' has no len()"))))
            }
            InstKind::CallBuiltin(Builtin::List, args, kw) if kw.is_empty() && args.len() == 1 && matches!(t(self, &args[0]), Type::Instance(_)) => {
                let Type::Instance(c) = t(self, &args[0]) else { return };
                let msg = format!("'{}' object is not iterable", self.program.class(c).name);
                match self.instance_items(vid, inst, c, msg) {
                    Ok(item) => {
                        let list = self.new_site(vid, inst.result.unwrap_or(Value(u32::MAX)));
                        self.add_item(list, &item, inst.span);
                        Outcome::Type(Type::List(list))
                    }
                    Err(o) => o,
                }
            }
            InstKind::CallBuiltin(Builtin::IterLen, args, _) if matches!(t(self, &args[0]), Type::Instance(_)) => self.check_iterator(&t(self, &args[0])),
            InstKind::CallBuiltin(Builtin::Bool, args, kw) if kw.is_empty() && args.len() == 1 && matches!(t(self, &args[0]), Type::Instance(_)) => {
                let operands = [t(self, &args[0])];
                self.special(vid, inst, "__bool__", &operands, false, Post::None)
                    .or_else(|| self.special(vid, inst, "__len__", &operands, false, Post::NonZero))
                    .unwrap_or(Outcome::Type(Type::Bool))
            }
            // `iter(obj)` and `next(obj)` call the instance's `__iter__` and `__next__`.
            InstKind::CallBuiltin(Builtin::Iter, args, _) if let [Type::Instance(c)] = &args.iter().map(|a| t(self, a)).collect::<Vec<_>>()[..] => self.get_iter(vid, inst, *c),
            InstKind::CallBuiltin(Builtin::Next, args, _) if let [it @ Type::Instance(c)] = &args.iter().map(|a| t(self, a)).collect::<Vec<_>>()[..] => self
                .special(vid, inst, "__next__", std::slice::from_ref(it), false, Post::None)
                .unwrap_or_else(|| Outcome::Raises(Raise::new(ExcKind::TypeError, format!("'{}' object is not an iterator", self.program.class(*c).name)))),
            InstKind::CallBuiltin(b, args, kw) => {
                let mut arg_types: Vec<Type> = args.iter().map(|a| t(self, a)).collect();
                let kw_types: Vec<(String, Type)> = kw.iter().map(|(k, v)| (k.clone(), t(self, v))).collect();
                // A builtin that consumes a generator gets the list of its items (`list()` is it).
                let mut gathered = None;
                // So does one given an instance with `__iter__`.
                let item = match (arg_types.first().cloned(), inst.result) {
                    (Some(Type::Gen(item)), Some(_)) if GATHERING.contains(b) => Some(*item),
                    (Some(Type::Instance(c)), Some(_)) if GATHERING.contains(b) => {
                        let msg = format!("'{}' object is not iterable", self.program.class(c).name);
                        match self.instance_items(vid, inst, c, msg) {
                            Ok(item) => Some(item),
                            Err(o) => return self.finish_outcome(vid, inst, o),
                        }
                    }
                    _ => None,
                };
                if let (Some(item), Some(result)) = (item, inst.result) {
                    let list = self.new_site(vid, result);
                    self.add_item(list, &item, inst.span);
                    self.variants[vid.0 as usize].gathered.insert(result, list);
                    arg_types[0] = Type::List(list);
                    gathered = Some(list);
                }
                match gathered {
                    Some(list) if *b == Builtin::List => Outcome::Type(Type::List(list)),
                    _ => builtins::call(self, vid, inst, *b, &arg_types, &kw_types),
                }
            }
            InstKind::CallMethod(obj, name, args, kw) => {
                let arg_types: Vec<Type> = args.iter().map(|a| t(self, a)).collect();
                let kw_types: Vec<(String, Type)> = kw.iter().map(|(k, v)| (k.clone(), t(self, v))).collect();
                match t(self, obj) {
                    // The builder computed the keys of `obj.sort(key=...)` as a list's.
                    ot if kw.iter().any(|(k, _)| k == "$keys") && !matches!(ot.non_none(), Type::List(_) | Type::Bottom) => Outcome::Reject(
                        Code::Unsupported,
                        format!("unsupported construct: `sort(key=...)` on a value of type {}", self.containers.type_name(&ot)),
                        Some("`key=` is compiled for `list.sort()` and `sorted()`; sort a list".into()),
                    ),
                    Type::Function(fs) if name == "__call__" => self.call_function_value(vid, inst, Callee::Operand, &fs, &arg_types, &kw_types),
                    Type::Function(_) => Outcome::Raises(Raise::new(ExcKind::AttributeError, format!("'function' object has no attribute '{name}'"))),
                    // `f(...)` where `f` is not a function calls `type(f).__call__`.
                    Type::Instance(c) if name == "__call__" && self.program.method(c, name).is_none() => {
                        Outcome::Raises(Raise::new(ExcKind::TypeError, format!("'{}' object is not callable", self.program.class(c).name)))
                    }
                    Type::Instance(c) => self.call_method(vid, inst, Some(c), None, name, &arg_types, &kw_types),
                    Type::Object if name == "__call__" && self.containers.boxed().iter().any(|t| matches!(t, Type::Function(_))) => {
                        self.call_boxed_function(vid, inst, &arg_types, &kw_types).unwrap_or_else(|| {
                            Outcome::Reject(
                                Code::Unsupported,
                                "unsupported construct: calling a value of mixed type (`object`) that may be a function or an instance with `__call__`".into(),
                                Some("keep functions apart from callable instances, so that the call is typed; `mesapyc check` shows where the value widened".into()),
                            )
                        })
                    }
                    Type::Object => self.call_method(vid, inst, None, None, name, &arg_types, &kw_types),
                    ot @ (Type::Int | Type::Float | Type::Bool | Type::Str | Type::None | Type::List(_) | Type::Tuple(_) | Type::TupleOf(_) | Type::Dict(_) | Type::Set(..) | Type::Bytes(_)) if name == "__call__" => {
                        Outcome::Raises(Raise::new(ExcKind::TypeError, format!("'{}' object is not callable", self.containers.type_name(&ot))))
                    }
                    // A receiver that is only `None` so far may still grow into `T | None`.
                    Type::None if !self.final_round => Outcome::Type(Type::Bottom),
                    Type::None => Outcome::Raises(Raise::new(ExcKind::AttributeError, format!("'NoneType' object has no attribute '{name}'"))),
                    ot => methods::call(self, vid, inst, &ot, name, &arg_types, &kw_types),
                }
            }
            InstKind::CallSuper(class, obj, name, args, kw) => {
                let arg_types: Vec<Type> = args.iter().map(|a| t(self, a)).collect();
                let kw_types: Vec<(String, Type)> = kw.iter().map(|(k, v)| (k.clone(), t(self, v))).collect();
                match t(self, obj) {
                    Type::Instance(c) => self.call_method(vid, inst, Some(c), Some(*class), name, &arg_types, &kw_types),
                    _ => Outcome::Type(Type::Bottom),
                }
            }
            InstKind::GetItem(o, i) if matches!(t(self, o), Type::Instance(_)) => {
                let operands = [t(self, o), t(self, i)];
                let name = self.containers.type_name(&operands[0]);
                self.special(vid, inst, "__getitem__", &operands, false, Post::None)
                    .unwrap_or_else(|| Outcome::Raises(Raise::new(ExcKind::TypeError, format!("'{name}' object is not subscriptable"))))
            }
            InstKind::SetItem(o, i, v) if matches!(t(self, o), Type::Instance(_)) => {
                let operands = [t(self, o), t(self, i), t(self, v)];
                let name = self.containers.type_name(&operands[0]);
                self.special(vid, inst, "__setitem__", &operands, false, Post::None)
                    .unwrap_or_else(|| Outcome::Raises(Raise::new(ExcKind::TypeError, format!("'{name}' object does not support item assignment"))))
            }
            InstKind::DelItem(o, i) if matches!(t(self, o), Type::Instance(_)) => {
                let operands = [t(self, o), t(self, i)];
                let name = self.containers.type_name(&operands[0]);
                self.special(vid, inst, "__delitem__", &operands, false, Post::None)
                    .unwrap_or_else(|| Outcome::Raises(Raise::new(ExcKind::TypeError, format!("'{name}' object does not support item deletion"))))
            }
            InstKind::GetItem(o, i) => ops::getitem(self, inst.span, func.id, &t(self, o), &t(self, i), *i),
            InstKind::SetItem(o, i, v) => ops::setitem(self, inst.span, &t(self, o), &t(self, i), &t(self, v)),
            InstKind::Slice(o, a, b, c) => {
                let bounds: Vec<Type> = [a, b, c].iter().filter_map(|x| x.map(|x| t(self, &x))).collect();
                match ops::slice(&t(self, o), &bounds) {
                    Outcome::Type(Type::Tuple(ts)) => self.tuple_slice(vid, func.id, inst.result, &ts, [*a, *b, *c]),
                    other => other,
                }
            }
            InstKind::SetSlice(o, a, b, c, v) => {
                let bounds: Vec<Type> = [a, b, c].iter().filter_map(|x| x.map(|x| t(self, &x))).collect();
                ops::set_slice(self, inst.span, &t(self, o), &bounds, c.is_some(), &t(self, v))
            }
            InstKind::DelSlice(o, a, b, c) => {
                let bounds: Vec<Type> = [a, b, c].iter().filter_map(|x| x.map(|x| t(self, &x))).collect();
                ops::del_slice(&t(self, o), &bounds)
            }
            InstKind::BuildList(vs) => {
                let list = self.new_site(vid, inst.result.unwrap_or(Value(u32::MAX)));
                for v in vs {
                    let item = t(self, v);
                    self.add_item(list, &item, inst.span);
                }
                Outcome::Type(Type::List(list))
            }
            InstKind::BuildDict(pairs) => {
                let pairs: Vec<(Type, Type)> = pairs.iter().map(|(k, v)| (t(self, k), t(self, v))).collect();
                containers::build_dict(self, vid, inst, &pairs)
            }
            InstKind::BuildSet(vs) => {
                let items: Vec<Type> = vs.iter().map(|v| t(self, v)).collect();
                containers::build_set(self, vid, inst, &items)
            }
            InstKind::DelItem(o, i) => ops::delitem(self, inst.span, &t(self, o), &t(self, i)),
            InstKind::IterNext(s, _, _) if matches!(t(self, s), Type::Instance(_)) => self.iter_next(vid, inst, &t(self, s)),
            InstKind::IterItem(s, at) if matches!(t(self, s), Type::Instance(_)) => {
                Outcome::Type(self.variants[vid.0 as usize].dispatch.get(at).map_or(Type::Bottom, |d| d.ret.clone()))
            }
            // Only sequences are reversible: for anything else the loop's `RevLen` raised.
            InstKind::IterPrev(s, _) if !matches!(t(self, s), Type::Str | Type::Bytes(_) | Type::List(_) | Type::Tuple(_) | Type::TupleOf(_)) => Outcome::Type(Type::Bottom),
            InstKind::IterNext(s, _, _) | InstKind::IterPrev(s, _) => match ops::iter_item(self, &t(self, s)) {
                Outcome::Type(Type::Bottom) => Outcome::Type(Type::Bottom),
                Outcome::Type(_) => Outcome::Type(Type::Int),
                other => other,
            },
            InstKind::IterItem(s, _) => ops::iter_item(self, &t(self, s)),
            InstKind::BuildTuple(vs) => {
                let ts: Vec<Type> = vs.iter().map(|v| t(self, v)).collect();
                Outcome::Type(match ts {
                    ts if ts.contains(&Type::Bottom) => Type::Bottom,
                    ts if !Type::fields_fit_ref_mask(&ts) => {
                        let item = ts.iter().fold(Type::Bottom, |acc, t| self.containers.union(&acc, t));
                        self.note_widening(inst.span, || "the fields of a long tuple".to_string());
                        Type::TupleOf(Box::new(item))
                    }
                    ts => Type::Tuple(ts),
                })
            }
            InstKind::Unpack(v, i, n) => ops::unpack(self, &t(self, v), *i, *n),
            InstKind::CheckUnpackStarred(v, n) => ops::check_unpack_starred(self, &t(self, v), *n),
            InstKind::Format(v, _, spec) => {
                if let Some(s) = spec {
                    if !matches!(t(self, s), Type::Str | Type::Bottom) {
                        return;
                    }
                }
                let _ = v;
                Outcome::Type(Type::Str)
            }
            InstKind::JoinStr(_) => Outcome::Type(Type::Str),
            InstKind::New(c) => {
                self.ensure_runtime_methods(*c, inst.span);
                Outcome::Type(Type::Instance(*c))
            }
            InstKind::GetAttr(o, name) if let Type::Function(_) = t(self, o) => match name.as_str() {
                "__name__" | "__qualname__" => Outcome::Type(Type::Str),
                _ => Outcome::Raises(Raise::new(ExcKind::AttributeError, format!("'function' object has no attribute '{name}'"))),
            },
            InstKind::GetAttr(o, name) => self.getattr(vid, inst, &t(self, o), name),
            InstKind::SetAttr(o, name, v) => self.setattr(vid, inst, &t(self, o), name, &t(self, v)),
            InstKind::DelAttr(o, name) => self.delattr(&t(self, o), name),
            InstKind::DynAttr(op, o, name, v) => {
                let value = v.map(|v| t(self, &v));
                self.dyn_attr(vid, inst, *op, &t(self, o), &t(self, name), value.as_ref())
            }
            InstKind::Vars(o) => self.vars(vid, inst, &t(self, o)),
            InstKind::HasAttr(o, name) => match t(self, o) {
                Type::Bottom => Outcome::Type(Type::Bottom),
                // The runtime looks in the instance the box holds (`rt_attr_has`).
                Type::Object => Outcome::Type(Type::Bool),
                Type::Instance(c) => {
                    // Makes a field that only subclasses had so far one of `c`'s, for the lowering.
                    self.field(c, name);
                    Outcome::Type(Type::Bool)
                }
                other => Outcome::Reject(
                    Code::Unsupported,
                    format!("unsupported construct: `hasattr`/`getattr` with a default on a {}", self.containers.type_name(&other)),
                    Some("use them on instances of classes defined in this module".into()),
                ),
            },
            InstKind::GetIter(v) => match t(self, v) {
                Type::Instance(c) => self.get_iter(vid, inst, c),
                other => Outcome::Type(other),
            },
            InstKind::StopIteration | InstKind::Reraise | InstKind::PopHandled | InstKind::Resume => return,
            InstKind::Catch => {
                let Some(exc) = self.program.exceptions else { return };
                if self.exc_factory.is_none() {
                    self.exc_factory = self.variant_for(exc.factory, vec![Type::Int, Type::Str], inst.span);
                }
                if self.exc_link.is_none() {
                    let chained = Type::Optional(Box::new(Type::Instance(exc.base)));
                    self.exc_link = self.variant_for(exc.link, vec![Type::Instance(exc.base), chained.clone(), chained, Type::Bool], inst.span);
                }
                Outcome::Type(Type::Instance(exc.base))
            }
            InstKind::ClassRef(c) => Outcome::Type(Type::Class(*c)),
            InstKind::MakeCell(c) => Outcome::Type(Type::Cell(*c)),
            InstKind::LoadCell(_, c) => Outcome::Type(self.cells[c.index()].clone()),
            InstKind::StoreCell(_, c, v) => {
                let new = t(self, v);
                let old = self.cells[c.index()].clone();
                let name = self.program.cells[c.index()].clone();
                let joined = self.join(&old, &new, inst.span, || format!("the variable `{name}`"));
                self.cells[c.index()] = joined;
                return;
            }
            InstKind::FreeCell(_, i) => Outcome::Type(Type::Cell(func.free[*i as usize])),
            InstKind::MakeFunction(f, vs) => {
                let callee = self.program.function(*f);
                let defaults = callee.params.iter().filter_map(|p| p.default);
                if callee.closure_defaults {
                    for (g, v) in defaults.zip(&vs[callee.free.len()..]) {
                        let new = t(self, v);
                        let old = self.globals[g.index()].clone();
                        let joined = self.join(&old, &new, inst.span, || "a default argument".to_string());
                        self.globals[g.index()] = joined;
                    }
                }
                Outcome::Type(Type::Function(vec![*f]))
            }
            InstKind::ClassOf(v) => match t(self, v) {
                Type::Bottom => Outcome::Type(Type::Bottom),
                Type::Instance(c) => Outcome::Type(Type::Class(c)),
                other => Outcome::Reject(
                    Code::Unsupported,
                    format!("unsupported construct: the class of a {} as a value", self.containers.type_name(&other)),
                    Some("use `isinstance(x, ...)` or `type(x).__name__`; only classes of this program are values".into()),
                ),
            },
            // A deleted local holds the word 0 again, which only a reference or an int can mean.
            InstKind::DelLocal(l) => {
                let ty = self.containers.canonical(&self.variants[vid.0 as usize].locals[l.index()]);
                if !ty.nullable() && ty != Type::Bottom {
                    let name = &func.locals[l.index()];
                    self.diags.push(
                        Diagnostic::new(Code::Unsupported, inst.span, format!("unsupported construct: `del {name}` of a variable of type {}", self.containers.show(&ty)))
                            .with_help("assign it another value instead"),
                    );
                }
                return;
            }
            InstKind::DelGlobal(_) => return,
            // What `send` passes is boxed: any generator of an item type may get it.
            InstKind::Sent => Outcome::Type(Type::Object),
            InstKind::Yield(v) => {
                let old = self.variants[vid.0 as usize].yields.clone();
                let yields = self.join(&old, &t(self, v), inst.span, || "the values the generator yields".to_string());
                self.variants[vid.0 as usize].yields = yields;
                return;
            }
            InstKind::Narrow(v, classes) => match (t(self, v), classes.split_first()) {
                (Type::Bottom, _) | (_, None) => Outcome::Type(Type::Bottom),
                (_, Some((first, rest))) => {
                    let c = rest.iter().fold(Some(*first), |acc, k| acc.and_then(|a| self.program.common_base(a, *k)));
                    Outcome::Type(c.map_or(Type::Object, Type::Instance))
                }
            },
            InstKind::Raise(v, cause) => {
                if let (Some(exc), None) = (self.program.exceptions, self.exit_status) {
                    self.exit_status = self.variant_for(exc.exit_status, vec![Type::Instance(exc.base)], inst.span);
                }
                for (what, v) in std::iter::once(("exceptions", *v)).chain(cause.map(|c| ("exception causes", c))) {
                    let ok = match t(self, &v).non_none() {
                        Type::Instance(c) => self.program.is_exception(*c),
                        Type::Bottom => true,
                        Type::None => what == "exception causes",
                        _ => false,
                    };
                    if !ok {
                        let shown = self.containers.type_name(&t(self, &v));
                        self.diags.push(
                            Diagnostic::new(Code::BadOperation, inst.span, format!("{what} must derive from BaseException (this is a {shown})"))
                                .with_help("raise an instance of an exception class"),
                        );
                    }
                }
                return;
            }
            InstKind::IsInstance(o, _) | InstKind::IsBuiltin(o, _) | InstKind::TypeName(o) => match t(self, o) {
                Type::Bottom => Outcome::Type(Type::Bottom),
                _ if matches!(inst.kind, InstKind::TypeName(_)) => Outcome::Type(Type::Str),
                _ => Outcome::Type(Type::Bool),
            },
        };
        self.finish_outcome(vid, inst, outcome);
    }

    /// Records what an instruction gives: its result's type, the exception it always raises,
    /// or a diagnostic.
    fn finish_outcome(&mut self, vid: VariantId, inst: &Inst, outcome: Outcome) {
        // An instruction that may raise or be rejected has a result (the builder gives every
        // attribute store and deletion one), which keys its `Raise`; a rejection is reported
        // in any case.
        let Some(result) = inst.result else {
            if let Outcome::Reject(code, msg, help) = outcome {
                let mut d = Diagnostic::new(code, inst.span, msg);
                d.help = help;
                self.diags.push(d);
            }
            return;
        };
        let new = match outcome {
            // An operand can grow out of a type that raised here (`None` into `T | None`).
            Outcome::Type(t) => {
                self.variants[vid.0 as usize].raises.remove(&result);
                t
            }
            Outcome::Raises(r) => {
                self.variants[vid.0 as usize].raises.insert(result, r);
                Type::Bottom
            }
            Outcome::Reject(code, msg, help) => {
                let mut d = Diagnostic::new(code, inst.span, msg);
                d.help = help;
                self.diags.push(d);
                Type::Bottom
            }
        };
        let old = self.variants[vid.0 as usize].values[result.index()].clone();
        let joined = self.join(&old, &new, inst.span, || "this expression".to_string());
        self.variants[vid.0 as usize].values[result.index()] = joined;
    }
}

fn local_description(name: &str) -> String {
    match name.strip_prefix('$') {
        Some(hidden) if hidden.starts_with("boolop") => "the result of `and`/`or`".to_string(),
        Some(hidden) if hidden.starts_with("ifexp") => "the result of a conditional expression".to_string(),
        Some(_) => "a loop variable".to_string(),
        None => format!("the variable `{name}`"),
    }
}

/// The text form of an annotation (`--emit types`, `mesapyc check`).
pub fn annotation_text(program: &Program, a: &Annotation) -> String {
    let mut out = String::new();
    for &vid in &a.live {
        let v = a.variant(vid);
        let f = program.function(v.func);
        let args: Vec<String> = f.params.iter().zip(&v.args).map(|(p, t)| format!("{}: {}", p.name, a.containers.show(t))).collect();
        out.push_str(&format!("{} {}({}) -> {}\n", vid_name(vid), f.name, args.join(", "), a.containers.show(&v.ret)));
        for (i, name) in f.locals.iter().enumerate() {
            if !name.starts_with('$') && !f.params.iter().any(|p| p.local.index() == i) {
                out.push_str(&format!("    {name}: {}\n", a.containers.show(&v.locals[i])));
            }
        }
    }
    let globals: Vec<String> = program
        .globals
        .iter()
        .zip(&a.globals)
        .filter(|(g, _)| !g.name.contains('<'))
        .map(|(g, t)| format!("    {}: {}\n", g.name, a.containers.show(t)))
        .collect();
    if !globals.is_empty() {
        out.push_str("globals\n");
        out.extend(globals);
    }
    out
}

fn vid_name(v: VariantId) -> String {
    format!("variant{}", v.0)
}
