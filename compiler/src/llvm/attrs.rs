//! Attributes named at run time (`annotate::attrs`): each class's attribute table, which the
//! runtime's `rt_attr_*` functions search (runtime/ABI.md "Instances"), the instance's
//! dictionary field, and the lowering of `DynAttr`, `DelAttr` and `Vars`.

use super::func::{ll, FnLower};
use mesapy_annotator::annotate::VariantId;
use super::Codegen;
use inkwell::module::Linkage;
use inkwell::values::{BasicValueEnum, IntValue, PointerValue};
use mesapy_annotator::ir::*;
use std::collections::HashSet;
use std::rc::Rc;
use mesapy_annotator::types::Type;

/// The name of the field that holds an instance's dictionary (no Python name can clash).
pub(crate) const DICT_FIELD: &str = "$dict";

/// `AttrInfo::kind` (runtime/src/abi/layout.rs).
const FIELD: u64 = 0;
const CLASS_ATTR: u64 = 1;
const METHOD: u64 = 2;
const PROPERTY: u64 = 3;

/// The word of a field that is not set: never assigned, or deleted. Every type has one that no
/// value of the type uses: 0 for references, 1 for `T | None` (an odd word, never a pointer, and
/// `T` is no int), 2 for `int | None` and for bools and `None` (which the collector skips: ABI.md
/// "Instances"), and a signalling NaN for floats, which no arithmetic produces.
pub(crate) fn unset_word(t: &Type) -> u64 {
    match t {
        Type::Optional(inner) if **inner == Type::Int => 2,
        Type::Optional(_) => 1,
        Type::Float => 0x7ff0_dead_0000_0001,
        t if t.nullable() || *t == Type::Object => 0,
        _ => 2,
    }
}

impl<'ctx, 'a> Codegen<'ctx, 'a> {
    /// `ClassInfo::attrs` of class `c`: a constant array and its length.
    pub(crate) fn attr_table(&mut self, c: ClassId) -> (PointerValue<'ctx>, u64) {
        let (ptr, i64t) = (self.ptr(), self.ctx.i64_type());
        // (name, kind, at, descriptor, unset word)
        let mut attrs: Vec<(String, u64, IntValue<'ctx>, PointerValue<'ctx>, IntValue<'ctx>)> = Vec::new();
        // Fields that an `__init__` assigns first (the classes' in reversed MRO order), then those
        // other methods assign, then the rest: the order of CPython's instance dictionary when
        // `__init__` calls its bases' first.
        let layout = self.layout(c);
        let mut mro = self.program.mro(c);
        mro.reverse();
        let mut fields: Vec<((u8, usize, u32), usize, &(String, Type))> = Vec::new();
        for (depth, &k) in mro.iter().enumerate() {
            for field in &self.ann.fields[k.index()] {
                let (rank, at) = self.first_assignment(k, &field.0);
                let i = layout.iter().position(|(n, _)| *n == field.0).unwrap_or_else(|| unreachable!("the layout holds every field of the MRO"));
                fields.push(((rank, if rank == 2 { i } else { depth }, at), i, field));
            }
        }
        fields.sort_by_key(|&(key, _, _)| key);
        for (_, i, (name, t)) in fields {
            attrs.push((name.clone(), FIELD, i64t.const_int(i as u64 + 1, false), self.desc(t), i64t.const_int(unset_word(t), false)));
        }
        let mut seen: Vec<String> = Vec::new();
        for k in self.program.mro(c) {
            for (name, g) in &self.program.class(k).attrs {
                if !seen.contains(name) {
                    seen.push(name.clone());
                    let t = self.ann.containers.canonical(&self.ann.globals[g.index()]);
                    let at = self.global(*g).0.as_pointer_value().const_to_int(i64t);
                    attrs.push((name.clone(), CLASS_ATTR, at, self.desc(&t), i64t.const_zero()));
                }
            }
        }
        for k in self.program.mro(c) {
            for (name, _) in &self.program.class(k).methods {
                let (name, kind) = match name.strip_prefix("<get ").and_then(|n| n.strip_suffix('>')) {
                    Some(attr) => (attr.to_string(), PROPERTY),
                    None if name.starts_with('<') => continue,
                    None => (name.clone(), METHOD),
                };
                if !seen.contains(&name) {
                    seen.push(name.clone());
                    let entry = match kind {
                        PROPERTY => self.property_entry(c, &name),
                        _ => (i64t.const_zero(), ptr.const_null(), i64t.const_zero()),
                    };
                    attrs.push((name, kind, entry.0, entry.1, entry.2));
                }
            }
        }
        if attrs.is_empty() {
            return (ptr.const_null(), 0);
        }
        let entry_t = self.ctx.struct_type(&[ptr.into(), i64t.into(), i64t.into(), i64t.into(), ptr.into(), i64t.into()], false);
        let entries: Vec<_> = attrs
            .into_iter()
            .map(|(name, kind, at, desc, unset)| {
                let bytes = self.bytes_global(name.as_bytes(), "attr.name");
                let len = i64t.const_int(name.len() as u64, false);
                entry_t.const_named_struct(&[bytes.into(), len.into(), i64t.const_int(kind, false).into(), at.into(), desc.into(), unset.into()])
            })
            .collect();
        let len = entries.len() as u64;
        let table = entry_t.const_array(&entries);
        let g = self.module.add_global(table.get_type(), None, "class.attrs");
        g.set_initializer(&table);
        g.set_constant(true);
        g.set_linkage(Linkage::Private);
        (g.as_pointer_value(), len)
    }
}

impl<'ctx> Codegen<'ctx, '_> {
    /// The live variant of method `method` of class `c` for these arguments.
    fn method_variant(&self, c: ClassId, method: &str, args: &[Type]) -> Option<VariantId> {
        let f = self.program.method(c, method)?;
        self.ann.live.iter().copied().find(|&v| self.ann.variant(v).func == f && self.ann.variant(v).args == args)
    }

    /// The `at`, `desc` and `unset` of property `name`'s entry in the table of class `c`: the
    /// wrappers of the getter and setter variants that computed names reach
    /// (`annotate::attrs`), 0 where there is none, and the getter's result type.
    fn property_entry(&mut self, c: ClassId, name: &str) -> (IntValue<'ctx>, PointerValue<'ctx>, IntValue<'ctx>) {
        let (i64t, ptr) = (self.ctx.i64_type(), self.ptr());
        let zero = i64t.const_zero();
        let class = self.program.class(c).name.clone();
        let getter = self.method_variant(c, &getter_name(name), &[Type::Instance(c)]);
        let (at, desc) = match getter {
            Some(v) => {
                let ret = self.ann.containers.canonical(&self.ann.variant(v).ret);
                let (wrapper, params) = self.wrapper(&format!("<get {name}>.{class}"), i64t.fn_type(&[i64t.into()], false));
                let obj = ll!(self.builder.build_int_to_ptr(params[0], ptr, "obj"));
                let call = ll!(self.builder.build_call(self.functions[&v], &[obj.into()], "get"));
                // A getter that only raises returns 0 with its exception pending.
                let w = match call.try_as_basic_value().basic() {
                    Some(r) if ret != Type::Bottom => self.to_word(r, &ret),
                    _ => zero,
                };
                ll!(self.builder.build_return(Some(&w)));
                (wrapper.as_global_value().as_pointer_value().const_to_int(i64t), self.desc(&ret))
            }
            None => (zero, ptr.const_null()),
        };
        let setter = self.method_variant(c, &setter_name(name), &[Type::Instance(c), Type::Object]).map(|v| {
            let (wrapper, params) = self.wrapper(&format!("<set {name}>.{class}"), self.ctx.void_type().fn_type(&[i64t.into(), i64t.into()], false));
            let obj = ll!(self.builder.build_int_to_ptr(params[0], ptr, "obj"));
            let value = ll!(self.builder.build_int_to_ptr(params[1], ptr, "value"));
            ll!(self.builder.build_call(self.functions[&v], &[obj.into(), value.into()], "set"));
            ll!(self.builder.build_return(None));
            wrapper.as_global_value().as_pointer_value().const_to_int(i64t)
        });
        (at, desc, setter.unwrap_or(zero))
    }

    /// Where the methods of class `k` first assign field `name`: `__init__` first, then the
    /// other methods, in source order. `vars()` lists a class's fields in this order, which is
    /// the order CPython's instance dictionary has when the methods run in that order.
    fn first_assignment(&self, k: ClassId, name: &str) -> (u8, u32) {
        let sets = |f: FuncId| {
            let blocks = &self.program.functions[f.index()].blocks;
            blocks.iter().flat_map(|b| &b.insts).filter(|i| matches!(&i.kind, InstKind::SetAttr(_, n, _) if n == name)).map(|i| i.span.start).min()
        };
        let methods = &self.program.class(k).methods;
        let init = methods.iter().filter(|(m, _)| m == "__init__").find_map(|&(_, f)| sets(f)).map(|at| (0, at));
        init.or_else(|| methods.iter().filter_map(|&(_, f)| sets(f)).min().map(|at| (1, at))).unwrap_or((2, 0))
    }
}

/// How an `__init__` ends for the fields it sets (`Codegen::set_by_init`).
#[derive(PartialEq)]
enum InitEnd {
    /// It returned without `self` reaching anything else: its caller may go on scanning.
    Clean,
    /// `self` escaped, or control reached a branch: what was set so far stays set.
    Stopped,
}

impl Codegen<'_, '_> {
    /// Whether field `name` of every instance of `c` (or a subclass) is set whenever code can
    /// read it, so a read needs no unset check: every such class's `__init__` sets it before
    /// `self` can reach other code, and no `del` (nor a `delattr` by a computed name) exists.
    pub(crate) fn always_set(&self, c: ClassId, name: &str) -> bool {
        self.program.subclasses(c).into_iter().all(|s| self.set_by_init(s).contains(name))
    }

    /// The fields the `__init__` of concrete class `s` sets before `self` escapes to other code
    /// or control branches, following `super().__init__(...)` and `Base.__init__(self, ...)`,
    /// less those a `del` may unset.
    fn set_by_init(&self, s: ClassId) -> Rc<HashSet<String>> {
        if let Some(set) = self.set_by_init.borrow().get(&s) {
            return set.clone();
        }
        let mut set = HashSet::new();
        if let Some(init) = self.program.method(s, "__init__") {
            self.scan_init(s, init, &mut set, 0);
        }
        for i in self.program.functions.iter().flat_map(|f| &f.blocks).flat_map(|b| &b.insts) {
            match &i.kind {
                InstKind::DelAttr(_, n) => {
                    set.remove(n);
                }
                InstKind::DynAttr(AttrOp::Del, ..) => set.clear(),
                _ => {}
            }
        }
        let set = Rc::new(set);
        self.set_by_init.borrow_mut().insert(s, set.clone());
        set
    }

    /// Scans `__init__` function `f`, run on a new instance of `s`, from its entry along
    /// unconditional jumps, adding the fields it assigns before reading them to `set`.
    fn scan_init(&self, s: ClassId, f: FuncId, set: &mut HashSet<String>, depth: u32) -> InitEnd {
        let func = &self.program.functions[f.index()];
        let Some(self_local) = func.params.first().map(|p| p.local) else { return InitEnd::Stopped };
        if depth > 8 || func.generator {
            return InitEnd::Stopped;
        }
        let mut selfs: Vec<Value> = Vec::new();
        let mut read: Vec<&str> = Vec::new();
        let mut block = Block(0);
        let mut seen = vec![false; func.blocks.len()];
        loop {
            if std::mem::replace(&mut seen[block.index()], true) {
                return InitEnd::Stopped;
            }
            let data = &func.blocks[block.index()];
            for inst in &data.insts {
                let is_self = |v: &Value| selfs.contains(v);
                let property = |name: &str| self.program.method(s, &getter_name(name)).is_some() || self.program.method(s, &setter_name(name)).is_some();
                match &inst.kind {
                    InstKind::LoadLocal(l) if *l == self_local => selfs.extend(inst.result),
                    InstKind::SetAttr(o, name, v) if is_self(o) && !is_self(v) && !property(name) => {
                        if !read.contains(&name.as_str()) {
                            set.insert(name.clone());
                        }
                    }
                    InstKind::GetAttr(o, name) if is_self(o) && !property(name) => read.push(name),
                    InstKind::CallSuper(c, o, m, args, kw) if m == "__init__" && is_self(o) && !args.iter().chain(kw.iter().map(|(_, v)| v)).any(is_self) => {
                        let mro = self.program.mro(s);
                        let after = mro.iter().position(|k| k == c).map_or(mro.len(), |i| i + 1);
                        let next = mro[after..].iter().find_map(|&k| self.program.class(k).methods.iter().find(|(n, _)| n == "__init__").map(|&(_, g)| g));
                        if let Some(g) = next {
                            if self.scan_init(s, g, set, depth + 1) == InitEnd::Stopped {
                                return InitEnd::Stopped;
                            }
                        }
                    }
                    InstKind::Call(g, args) if self.program.functions[g.index()].name == "__init__" && args.first().is_some_and(is_self) && !args[1..].iter().any(is_self) => {
                        if self.scan_init(s, *g, set, depth + 1) == InitEnd::Stopped {
                            return InitEnd::Stopped;
                        }
                    }
                    kind if kind.operands().iter().any(is_self) => return InitEnd::Stopped,
                    InstKind::StoreLocal(l, _) | InstKind::DelLocal(l) if *l == self_local => return InitEnd::Stopped,
                    _ => {}
                }
            }
            match data.term {
                Terminator::Jump(next) => block = next,
                Terminator::Return(_) => return InitEnd::Clean,
                _ => return InitEnd::Stopped,
            }
        }
    }
}

impl<'c, 'ctx, 'a> FnLower<'c, 'ctx, 'a> {
    /// `DynAttr(op, o, name, value)`: the runtime's lookup by the name's text.
    pub(crate) fn dyn_attr(&mut self, op: AttrOp, o: Value, name: Value, value: Option<Value>) -> Option<BasicValueEnum<'ctx>> {
        let (obj, name) = (self.get(o), self.get(name));
        let obj = match self.ty(o) {
            Type::Object if op == AttrOp::Has => return Some(self.boxed_hasattr(obj, name)),
            // A boxed value: the instance it holds, or CPython's `AttributeError`.
            Type::Object => self.attr_receiver(obj, name, false).into(),
            _ => obj,
        };
        match (op, value) {
            (AttrOp::Get, _) => Some(self.call_rt_value("rt_attr_get", &[obj, name])),
            (AttrOp::Has, _) => Some(self.call_rt_value("rt_attr_has", &[obj, name])),
            (AttrOp::Del, _) => self.call_rt("rt_attr_del", &[obj, name]),
            (AttrOp::Set, Some(v)) => {
                let boxed = self.coerce(self.get(v), &self.ty(v), &Type::Object);
                self.call_rt("rt_attr_set", &[obj, name, boxed])
            }
            (AttrOp::Set, None) => unreachable!("the builder gives every computed setattr its value"),
            (AttrOp::Update, _) => self.call_rt("rt_attr_update", &[obj, name]),
        }
    }

    /// The instance boxed value `obj` holds, for attribute `name` (`rt_attr_receiver`).
    fn attr_receiver(&self, obj: BasicValueEnum<'ctx>, name: BasicValueEnum<'ctx>, has: bool) -> PointerValue<'ctx> {
        let (w, d) = (self.to_word(obj, &Type::Object), self.desc(&Type::Object));
        let has = self.cg.ctx.i8_type().const_int(u64::from(has), false);
        self.call_rt_value("rt_attr_receiver", &[w.into(), d.into(), name, has.into()]).into_pointer_value()
    }

    /// `hasattr(o, name)` of a boxed value: false for `None`.
    pub(crate) fn boxed_hasattr(&mut self, obj: BasicValueEnum<'ctx>, name: BasicValueEnum<'ctx>) -> BasicValueEnum<'ctx> {
        let inst = self.attr_receiver(obj, name, true);
        let here = self.b().get_insert_block().expect("a block is open");
        let (instance, done) = (self.new_block("has.instance"), self.new_block("has.done"));
        let none = ll!(self.b().build_is_null(inst, "none"));
        ll!(self.b().build_conditional_branch(none, done, instance));
        self.b().position_at_end(instance);
        let has = self.call_rt_value("rt_attr_has", &[inst.into(), name]).into_int_value();
        let instance_end = self.b().get_insert_block().expect("a block is open");
        ll!(self.b().build_unconditional_branch(done));
        self.b().position_at_end(done);
        let phi = ll!(self.b().build_phi(has.get_type(), "has"));
        phi.add_incoming(&[(&has.get_type().const_zero(), here), (&has, instance_end)]);
        phi.as_basic_value()
    }

    /// `del o.name`.
    pub(crate) fn del_attr(&mut self, o: Value, name: &str) {
        let name = self.str_const(name);
        self.call_rt("rt_attr_del", &[self.get(o), name.into()]);
    }

    /// `vars(o)` as the dict type of `result`.
    pub(crate) fn vars(&mut self, o: Value, result: Value) -> BasicValueEnum<'ctx> {
        let d = self.desc(&self.ty(result));
        self.call_rt_value("rt_attr_vars", &[self.get(o), d.into()])
    }

    /// Attribute `name` of instance `obj` that is no field, class attribute or method: the
    /// instance's dictionary's entry (or CPython's `AttributeError`), as a `want`.
    pub(crate) fn dict_attr(&mut self, obj: PointerValue<'ctx>, name: &str, want: &Type) -> BasicValueEnum<'ctx> {
        let name = self.str_const(name);
        let boxed = self.call_rt_value("rt_attr_get", &[obj.into(), name.into()]);
        self.coerce(boxed, &Type::Object, want)
    }
}
