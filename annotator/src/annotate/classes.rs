//! Instances: attributes with a fixed layout, method calls bound at compile time, and the
//! special methods behind operators and builtins (`a + b` calls `a.__add__(b)`).
//!
//! A field belongs to the nearest class (of the instance's class and its bases) that already
//! has it, else to the instance's class; its type only grows, like a list's items. An attribute
//! read that finds nothing waits (its value stays `Bottom`) until the fixpoint is reached, since
//! the assignment that creates the field may be flowed later; in the final round it becomes
//! CPython's `AttributeError`.
#![forbid(unsafe_code)]

use super::{Annotator, ArgSource, Dispatch, ExcKind, Outcome, Post, Priority, Raise, VariantId};
use crate::diagnostic::{Code, Diagnostic};
use crate::ir::*;
use crate::source::Span;
use crate::types::Type;

fn attribute_error(owner: &str, attr: &str) -> Outcome {
    Outcome::Raises(Raise::new(ExcKind::AttributeError, format!("'{owner}' object has no attribute '{attr}'")))
}

/// Whose method a dispatch calls: operand `operand`'s, of class `class` or a subclass (or, when
/// `boxed`, a box holding an instance of one of the boxed classes); for `super()` in a method of
/// class `after`, the one after `after` in the instance's MRO.
#[derive(Clone, Copy)]
struct Receiver {
    class: ClassId,
    operand: usize,
    after: Option<ClassId>,
    boxed: bool,
}

impl Receiver {
    fn new(class: ClassId, operand: usize) -> Receiver {
        Receiver { class, operand, after: None, boxed: false }
    }
}

impl<'p> Annotator<'p> {
    /// Method `name` of an instance of class `k` (after class `after` in its MRO, for `super()`).
    fn resolve(&self, k: ClassId, name: &str, after: Option<ClassId>) -> Option<FuncId> {
        match after {
            None => self.program.method(k, name),
            Some(a) => self.program.method_after(k, a, name),
        }
    }

    /// The class (of `c` and its bases) that holds field `name`, and the field's index there.
    /// A field that only subclasses of `c` had so far moves up to `c` (joining their types):
    /// code that uses it through `c` makes it a field of every instance of `c`.
    pub(crate) fn field(&mut self, c: ClassId, name: &str) -> Option<(ClassId, usize)> {
        self.field_lookup(c, name)?;
        self.merge_shared(name);
        self.field_lookup(c, name)
    }

    fn field_lookup(&mut self, c: ClassId, name: &str) -> Option<(ClassId, usize)> {
        if let Some(found) = self.program.mro(c).into_iter().find_map(|k| self.fields[k.index()].iter().position(|(n, _)| n == name).map(|i| (k, i))) {
            return Some(found);
        }
        let mut hoisted: Option<Type> = None;
        for k in self.program.subclasses(c) {
            if let Some(i) = self.fields[k.index()].iter().position(|(n, _)| n == name) {
                let (_, t) = self.fields[k.index()].remove(i);
                hoisted = Some(match hoisted {
                    None => t,
                    Some(h) => self.containers.union(&h, &t),
                });
            }
        }
        let t = hoisted?;
        self.fields[c.index()].push((name.to_string(), t));
        self.changed = true;
        Some((c, self.fields[c.index()].len() - 1))
    }

    /// With several bases, two classes that share a subclass cannot both hold field `name`
    /// (that subclass's instances would have two): the field moves to their nearest common
    /// base, joining the types. Without a common base there is no one place for it.
    fn merge_shared(&mut self, name: &str) {
        if self.program.classes.iter().all(|k| k.bases.len() < 2) {
            return;
        }
        loop {
            let holders: Vec<ClassId> = self.program.classes.iter().map(|k| k.id).filter(|k| self.fields[k.index()].iter().any(|(n, _)| n == name)).collect();
            let shared = |a: ClassId, b: ClassId| self.program.classes.iter().find(|s| self.program.is_subclass(s.id, a) && self.program.is_subclass(s.id, b)).map(|s| s.id);
            let pair = holders.iter().enumerate().find_map(|(i, &a)| holders[i + 1..].iter().find_map(|&b| shared(a, b).map(|s| (a, b, s))));
            let Some((a, b, sub)) = pair else { return };
            let Some(base) = self.program.common_base(a, b) else {
                let (an, bn) = (self.program.class(a).name.clone(), self.program.class(b).name.clone());
                let sn = self.program.class(sub).name.clone();
                let mut d = Diagnostic::new(Code::Unsupported, self.program.class(sub).span, format!("unsupported construct: the attribute `{name}` of `{sn}` assigned in both `{an}` and `{bn}`, which share no base class"));
                d.help = Some("give the two classes a common base class that defines the attribute".into());
                self.diags.push(d);
                // One field stays, so that the fixpoint ends; the diagnostic stops the build.
                self.fields[b.index()].retain(|(n, _)| n != name);
                return;
            };
            let mut joined = Type::Bottom;
            for k in [a, b] {
                if let Some(i) = self.fields[k.index()].iter().position(|(n, _)| n == name) {
                    let (_, t) = self.fields[k.index()].remove(i);
                    joined = self.containers.union(&joined, &t);
                }
            }
            self.fields[base.index()].push((name.to_string(), joined));
            self.changed = true;
        }
    }

    pub(super) fn getattr(&mut self, vid: VariantId, inst: &Inst, obj: &Type, name: &str) -> Outcome {
        let c = match obj {
            Type::Bottom => return Outcome::Type(Type::Bottom),
            Type::Instance(c) => *c,
            Type::Object => return self.boxed_getattr(inst, name),
            Type::Class(_) if name == "__name__" => return Outcome::Type(Type::Str),
            Type::Class(_) => {
                return Outcome::Reject(
                    Code::Unsupported,
                    format!("unsupported construct: the attribute `{name}` of a class used as a value"),
                    Some("name the class directly (`C.attr`); a class value has only `__name__`".into()),
                )
            }
            t => return attribute_error(t.py_name(), name),
        };
        // A property is a data descriptor: it comes before the instance's fields.
        if let Some(o) = self.special(vid, inst, &getter_name(name), std::slice::from_ref(obj), false, Post::None) {
            return o;
        }
        if let Some((k, i)) = self.field(c, name) {
            return Outcome::Type(self.fields[k.index()][i].1.clone());
        }
        if let Some(g) = self.program.class_attr(c, name) {
            // Subclasses may override it: the value is any of theirs.
            let mut t = self.globals[g.index()].clone();
            for k in self.program.subclasses(c) {
                if let Some(o) = self.program.class_attr(k, name).filter(|&o| o != g) {
                    let other = self.globals[o.index()].clone();
                    // A local accumulation, not a slot of the annotation: no growth to report.
                    t = self.containers.union(&t, &other);
                    self.note_widening(inst.span, || format!("the class attribute `{name}`"));
                }
            }
            // CPython binds a function found on the class to the instance.
            if let Type::Function(_) = t.non_none() {
                return Outcome::Reject(
                    Code::Unsupported,
                    format!("unsupported construct: the function in class attribute `{name}` read through an instance (a bound method)"),
                    Some(format!("call it (`obj.{name}(...)`), or read it through the class and pass the instance")),
                );
            }
            return Outcome::Type(t);
        }
        if self.program.method(c, name).is_some() {
            // A bound method: the hidden method that makes it (`build/bound.rs`).
            if let Some(o) = self.special(vid, inst, &bound_name(name), std::slice::from_ref(obj), false, Post::None) {
                return o;
            }
            return Outcome::Reject(
                Code::Unsupported,
                format!("unsupported construct: the method `{name}` used as a value"),
                Some("bound methods of class methods and special methods are not values yet; wrap the call in a lambda (`lambda *a: obj.method(*a)`)".into()),
            );
        }
        match self.final_round {
            // Set by a computed name, if at all: the runtime looks in the instance's dictionary.
            true if self.instance_dicts => {
                Outcome::Type(Type::Object)
            }
            true => attribute_error(&self.program.class(c).name, name),
            false => Outcome::Type(Type::Bottom),
        }
    }

    pub(super) fn setattr(&mut self, vid: VariantId, inst: &Inst, obj: &Type, name: &str, value: &Type) -> Outcome {
        let c = match obj {
            Type::Bottom => return Outcome::Type(Type::Bottom),
            Type::Instance(c) => *c,
            Type::Object => return self.boxed_setattr(vid, inst, name, value),
            t => return attribute_error(t.py_name(), name),
        };
        if let Some(o) = self.special(vid, inst, &setter_name(name), &[obj.clone(), value.clone()], false, Post::None) {
            return o;
        }
        if self.program.method(c, &getter_name(name)).is_some() {
            let owner = &self.program.class(c).name;
            return Outcome::Raises(Raise::new(ExcKind::AttributeError, format!("property '{name}' of '{owner}' object has no setter")));
        }
        if *value == Type::Bottom {
            return Outcome::Type(Type::None);
        }
        let (k, i) = match self.field(c, name) {
            Some(found) => found,
            None => {
                self.fields[c.index()].push((name.to_string(), Type::Bottom));
                self.changed = true;
                self.merge_shared(name);
                match self.field_lookup(c, name) {
                    Some(found) => found,
                    None => return Outcome::Type(Type::None),
                }
            }
        };
        let old = self.fields[k.index()][i].1.clone();
        let owner = self.program.class(k).name.clone();
        let new = self.join(&old, value, inst.span, || format!("the attribute `{owner}.{name}`"));
        self.fields[k.index()][i].1 = new;
        Outcome::Type(Type::None)
    }

    /// Binds instruction `result` to method `name` of the receiver (operand `receiver`, of type
    /// `recv`: an instance of a class or any subclass, or a box holding an instance of one of
    /// the boxed classes): one variant per distinct method the candidate classes resolve `name`
    /// to. A method that takes the instance (as argument 0) gets it typed as the nearest class
    /// covering the classes that select it.
    #[allow(clippy::too_many_arguments)]
    fn dispatch(&mut self, vid: VariantId, result: Option<Value>, receiver: Receiver, name: &str, arg_types: Vec<Type>, args: Vec<ArgSource>, post: Post, span: Span) -> Outcome {
        let Some(d) = self.bind(receiver, name, arg_types, args, post, span) else { return Outcome::Type(Type::Bottom) };
        let ret = d.ret.clone();
        if let Some(r) = result {
            self.variants[vid.0 as usize].dispatch.insert(r, d);
        }
        Outcome::Type(match post {
            Post::None => ret,
            Post::NonZero | Post::Negate if ret == Type::Bottom => Type::Bottom,
            Post::NonZero | Post::Negate => Type::Bool,
        })
    }

    /// The `Dispatch` of [`Self::dispatch`], or None while an argument or a target variant is
    /// not known yet.
    fn bind(&mut self, Receiver { class: c, operand: receiver, after, boxed }: Receiver, name: &str, arg_types: Vec<Type>, args: Vec<ArgSource>, post: Post, span: Span) -> Option<Dispatch> {
        if arg_types.contains(&Type::Bottom) {
            return None;
        }
        let candidates = if boxed { self.boxed_classes() } else { self.program.subclasses(c) };
        let mut groups: Vec<(FuncId, Vec<ClassId>)> = Vec::new();
        for k in candidates {
            let Some(f) = self.resolve(k, name, after) else { continue };
            match groups.iter_mut().find(|(g, _)| *g == f) {
                Some((_, ks)) => ks.push(k),
                None => groups.push((f, vec![k])),
            }
        }
        let mut targets = Vec::with_capacity(groups.len());
        let mut ret = Type::Bottom;
        for (f, classes) in groups {
            let mut types = arg_types.clone();
            if self.program.takes_instance(f) {
                let covering = classes.iter().skip(1).fold(classes[0], |acc, &k| self.program.common_base(acc, k).unwrap_or(acc));
                types[0] = Type::Instance(covering);
            }
            let callee = self.variant_for(f, types, span)?;
            let r = self.call_result(f, callee);
            // A local accumulation, not a slot of the annotation: no growth to report.
            ret = self.containers.union(&ret, &r);
            self.note_widening(span, || format!("the result of the method `{name}`"));
            targets.push((classes, callee));
        }
        Some(Dispatch { targets, receiver, args, post, ret, boxed, name: name.to_string(), priority: None, binder: None })
    }

    /// Adds to the `Dispatch` of an operator on two instances (`outcome`, bound on the left
    /// operand) the reflected call that CPython makes first when the right operand's class is a
    /// strict subclass of the left one's (see [`Priority`]). `reflected` lists the right
    /// operand's methods in the order CPython looks for them; `compare` tells a comparison
    /// (the subclass need only provide the method) from an arithmetic operator (it must
    /// override it).
    pub(super) fn reflected_priority(&mut self, vid: VariantId, inst: &Inst, outcome: Outcome, operands: &[Type; 2], reflected: &[(&str, Post)], compare: bool) -> Outcome {
        let (Outcome::Type(ty), [Type::Instance(l), Type::Instance(r)], Some(result)) = (&outcome, operands, inst.result) else { return outcome };
        let (l, r) = (*l, *r);
        let provides = |k: ClassId| reflected.iter().find(|(name, _)| self.program.method(k, name).is_some());
        let mut pairs = Vec::new();
        let mut chosen = None;
        for cl in self.program.subclasses(l) {
            for cr in self.program.subclasses(r) {
                let Some(&(name, post)) = provides(cr) else { continue };
                let overrides = compare || self.program.method(cr, name) != self.program.method(cl, name);
                if cr != cl && self.program.is_subclass(cr, cl) && overrides {
                    pairs.push((cl, cr));
                    chosen.get_or_insert((name, post));
                }
            }
        }
        let Some((name, post)) = chosen else { return outcome };
        let swapped = vec![operands[1].clone(), operands[0].clone()];
        let Some(first) = self.bind(Receiver::new(r, 1), name, swapped, vec![ArgSource::Operand(1), ArgSource::Operand(0)], post, inst.span) else {
            return Outcome::Type(Type::Bottom);
        };
        let first_ty = if post == Post::None { first.ret.clone() } else { Type::Bool };
        let ty = self.containers.union(ty, &first_ty);
        self.note_widening(inst.span, || format!("the result of the methods `{name}`"));
        if let Some(d) = self.variants[vid.0 as usize].dispatch.get_mut(&result) {
            d.priority = Some(Box::new(Priority { pairs, dispatch: first, ty: ty.clone() }));
        }
        Outcome::Type(ty)
    }

    /// Iterating an instance inside one instruction (`list(obj)`, `x in obj`): binds its
    /// `__iter__` and the iterator's `__next__` (`Variant::iters`) and returns the items' type
    /// (`Bottom` for a `__next__` that only stops). `Err` holds the instruction's outcome while
    /// the calls cannot be bound yet, or the `TypeError` of an object that is not iterable.
    pub(super) fn instance_items(&mut self, vid: VariantId, inst: &Inst, c: ClassId, not_iterable: String) -> Result<Type, Outcome> {
        let non_iterator = |name: &str| Outcome::Raises(Raise::new(ExcKind::TypeError, format!("iter() returned non-iterator of type '{name}'")));
        if self.program.method(c, "__iter__").is_none() {
            return Err(Outcome::Raises(Raise::new(ExcKind::TypeError, not_iterable)));
        }
        let iter = self.bind(Receiver::new(c, 0), "__iter__", vec![Type::Instance(c)], vec![ArgSource::Operand(0)], Post::None, inst.span);
        let iter = iter.ok_or(Outcome::Type(Type::Bottom))?;
        let it = iter.ret.clone();
        let k = match it {
            // An `__iter__` that yields: the loop resumes the generator it returned.
            Type::Gen(item) => {
                if let Some(r) = inst.result {
                    self.variants[vid.0 as usize].iters.insert(r, (iter, None));
                }
                return Ok(*item);
            }
            Type::Instance(k) if self.program.method(k, "__next__").is_some() => k,
            Type::Instance(k) => return Err(non_iterator(&self.program.class(k).name)),
            // A `for` loop steps such an iterator; a builtin that takes every item does not yet.
            Type::Iter(_) => {
                return Err(Outcome::Reject(
                    Code::Unsupported,
                    "unsupported construct: all the items at once of an instance whose `__iter__` returns `iter(...)` of a container".into(),
                    Some("write `__iter__` as a generator (`yield from self.items`), or collect the items with a `for` loop".into()),
                ))
            }
            Type::Bottom => return Err(Outcome::Type(Type::Bottom)),
            t => return Err(non_iterator(&self.containers.type_name(&t))),
        };
        let next = self.bind(Receiver::new(k, 0), "__next__", vec![it], vec![ArgSource::Operand(0)], Post::None, inst.span).ok_or(Outcome::Type(Type::Bottom))?;
        let item = next.ret.clone();
        if let Some(r) = inst.result {
            self.variants[vid.0 as usize].iters.insert(r, (iter, Some(next)));
        }
        Ok(item)
    }

    /// `obj.name(args)` on an instance: the method's parameters bound to the call's positional
    /// and keyword arguments and the defaults, as CPython binds them. The instance is the first
    /// argument, except for static and class methods.
    ///
    /// `after` is set for `super().name(args)` in a method of that class. On a boxed receiver
    /// (`c` is `None`), the arguments are bound to the first boxed class's method.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_method(&mut self, vid: VariantId, inst: &Inst, c: Option<ClassId>, after: Option<ClassId>, name: &str, args: &[Type], kw: &[(String, Type)]) -> Outcome {
        let boxed = c.is_none();
        let c = match c {
            Some(c) => c,
            None => match self.boxed_method_owner(name) {
                Ok(Some(c)) => c,
                Ok(None) => return self.boxed_attribute_missing(vid, inst, name),
                Err(reject) => return reject,
            },
        };
        let found = self.resolve(c, name, after).or_else(|| self.program.subclasses(c).into_iter().find_map(|k| self.resolve(k, name, after)));
        let Some(f) = found else {
            if let Some(o) = self.call_attribute(vid, inst, c, name, args, kw) {
                return o;
            }
            if self.field(c, name).is_some() || self.program.class_attr(c, name).is_some() || self.program.method(c, &getter_name(name)).is_some() {
                return Outcome::Reject(Code::Unsupported, format!("unsupported construct: calling the attribute `{name}`"), Some("read the attribute into a variable first (`f = obj.attr` then `f(...)`), or call a method".into()));
            }
            return attribute_error(&self.program.class(c).name, name);
        };
        let params = &self.program.function(f).params;
        let starred = kw.iter().any(|(k, _)| k == "*" || k == "**");
        if starred || params.iter().any(|p| matches!(p.kind, ParamKind::KeywordOnly | ParamKind::VarKeywords)) {
            let recv = if boxed { Type::Object } else { Type::Instance(c) };
            let receiver = self.program.takes_instance(f).then_some(&recv);
            let (args, types, binder) = match self.bind_method_call(vid, inst, f, receiver, args, kw) {
                Ok(bound) => bound,
                Err(o) => return o,
            };
            let outcome = self.dispatch(vid, inst.result, Receiver { class: c, operand: 0, after, boxed }, name, types, args, Post::None, inst.span);
            if let Some(d) = inst.result.and_then(|r| self.variants[vid.0 as usize].dispatch.get_mut(&r)) {
                d.binder = binder;
            }
            return outcome;
        }
        // Messages name the class that defines the method, as CPython's qualified names do.
        let owner = self.program.classes.iter().find(|k| k.methods.iter().any(|&(_, m)| m == f)).map_or(c, |k| k.id);
        let cls = self.program.class(owner).name.clone();
        let qual = format!("{cls}.{name}");
        // Operand 0 is the instance: it fills the first parameter of an instance method only.
        let first = usize::from(self.program.takes_instance(f));
        let skip = 1 - first;
        // Positional arguments fill the parameters before `*args`, which takes the rest.
        let varargs = params.iter().position(|p| p.kind == ParamKind::VarArgs);
        let positional = varargs.unwrap_or(params.len());
        if varargs.is_none() && args.len() + first > params.len() {
            return Outcome::Reject(Code::BadCall, format!("{qual}() takes {} positional arguments but {} were given", params.len(), args.len() + first), None);
        }
        let mut sources: Vec<Option<ArgSource>> = vec![None; params.len()];
        for (i, slot) in sources.iter_mut().take((args.len() + first).min(positional)).enumerate() {
            *slot = Some(ArgSource::Operand(i + skip));
        }
        if let Some(va) = varargs {
            let start = va + skip;
            let len = (args.len() + first).saturating_sub(va);
            sources[va] = Some(ArgSource::Pack { start, len });
        }
        for (j, (k, _)) in kw.iter().enumerate() {
            match params.iter().position(|p| p.name == *k) {
                Some(i) if sources[i].is_none() => sources[i] = Some(ArgSource::Operand(1 + args.len() + j)),
                Some(_) => return Outcome::Reject(Code::BadCall, format!("{qual}() got multiple values for argument '{k}'"), None),
                None => return Outcome::Reject(Code::BadCall, format!("{qual}() got an unexpected keyword argument '{k}'"), None),
            }
        }
        let recv = if boxed { Type::Object } else { Type::Instance(c) };
        let all: Vec<Type> = std::iter::once(recv).chain(args.iter().cloned()).chain(kw.iter().map(|(_, t)| t.clone())).collect();
        let mut bound = Vec::with_capacity(params.len());
        let mut types = Vec::with_capacity(params.len());
        for (p, s) in params.iter().zip(sources) {
            match (s, p.default) {
                (Some(ArgSource::Operand(i)), _) => {
                    types.push(all[i].clone());
                    bound.push(ArgSource::Operand(i));
                }
                (Some(pack @ ArgSource::Pack { start, len }), _) => {
                    types.push(Type::Tuple(all[start..start + len].to_vec()));
                    bound.push(pack);
                }
                (_, Some(g)) => {
                    types.push(self.globals[g.index()].clone());
                    bound.push(ArgSource::Default(g));
                }
                _ => return Outcome::Reject(Code::BadCall, format!("{qual}() missing 1 required positional argument: '{}'", p.name), None),
            }
        }
        self.dispatch(vid, inst.result, Receiver { class: c, operand: 0, after, boxed }, name, types, bound, Post::None, inst.span)
    }

    /// An operator or builtin on an instance, when its class defines the special method:
    /// `operands[0]` is the instance; `reflected` calls it on `operands[1]` with them swapped.
    pub(super) fn special(&mut self, vid: VariantId, inst: &Inst, name: &str, operands: &[Type], reflected: bool, post: Post) -> Option<Outcome> {
        let (me, order): (usize, Vec<usize>) = if reflected { (1, vec![1, 0]) } else { (0, (0..operands.len()).collect()) };
        let Type::Instance(c) = operands.get(me)? else { return None };
        self.program.method(*c, name)?;
        let types = order.iter().map(|&i| operands[i].clone()).collect();
        let args = order.into_iter().map(ArgSource::Operand).collect();
        Some(self.dispatch(vid, inst.result, Receiver::new(*c, me), name, types, args, post, inst.span))
    }

    /// The variants of the methods the runtime calls on instances of a class
    /// ([`runtime_methods`]), created when an instance is.
    pub(super) fn ensure_runtime_methods(&mut self, c: ClassId, span: Span) {
        for (_, f, args) in runtime_methods(self.program, c) {
            self.variant_for(f, args, span);
        }
    }
}

impl<'p> Annotator<'p> {
    /// `iter(obj)` for a `for` loop over an instance: its `__iter__`.
    pub(super) fn get_iter(&mut self, vid: VariantId, inst: &Inst, c: ClassId) -> Outcome {
        let obj = Type::Instance(c);
        self.special(vid, inst, "__iter__", std::slice::from_ref(&obj), false, Post::None)
            .unwrap_or_else(|| Outcome::Raises(Raise::new(ExcKind::TypeError, format!("'{}' object is not iterable", self.program.class(c).name))))
    }

    /// What `__iter__` returned must have `__next__`: CPython's `TypeError` otherwise (raised
    /// where the loop takes its length, before the first step).
    pub(super) fn check_iterator(&mut self, it: &Type) -> Outcome {
        match it {
            Type::Instance(k) if self.program.subclasses(*k).into_iter().any(|s| self.program.method(s, "__next__").is_some()) => Outcome::Type(Type::Int),
            Type::Instance(k) => Outcome::Raises(Raise::new(ExcKind::TypeError, format!("iter() returned non-iterator of type '{}'", self.program.class(*k).name))),
            _ => Outcome::Type(Type::Int),
        }
    }

    /// A loop's step over an instance iterator: a call of its `__next__`, bound on the
    /// `IterNext` instruction. The instruction's value is 0 for an item (which `IterItem` reads
    /// as the method's result) and -1 once the method raised `StopIteration`.
    pub(super) fn iter_next(&mut self, vid: VariantId, inst: &Inst, it: &Type) -> Outcome {
        match self.special(vid, inst, "__next__", std::slice::from_ref(it), false, Post::None) {
            Some(Outcome::Type(_)) | None => Outcome::Type(Type::Int),
            Some(other) => other,
        }
    }
}

/// The special methods that run without a call in the program, each with the argument types of
/// its variant: `__repr__` and `__str__` of `c` (the lowering calls them for `print`, `str`,
/// `repr` and f-strings, the runtime for an instance inside a container), and `__hash__`,
/// `__eq__` and `__lt__`, which the runtime calls for instances in dicts, sets and lists (`__lt__`
/// to sort them and for `min`/`max`). These two are typed
/// for the class that defines them: the runtime compares an instance only with instances of
/// that class (and its subclasses), else by identity.
pub fn runtime_methods(program: &Program, c: ClassId) -> Vec<(&'static str, FuncId, Vec<Type>)> {
    let mut out = Vec::new();
    for name in ["__repr__", "__str__"] {
        if let (Some(f), Some(owner)) = (program.method(c, name), program.method_owner(c, name)) {
            // A built-in class's method gets one variant for all its subclasses (every exception
            // class shares `BaseException.__str__`); a program's classes get one each.
            let receiver = if program.is_builtin_class(owner) { owner } else { c };
            out.push((name, f, vec![Type::Instance(receiver)]));
        }
    }
    if let Hashing::Method(f, owner) = program.hashing(c) {
        out.push(("__hash__", f, vec![Type::Instance(owner)]));
    }
    for name in ["__eq__", "__lt__"] {
        if let (Some(f), Some(owner)) = (program.method(c, name), program.method_owner(c, name)) {
            out.push((name, f, vec![Type::Instance(owner), Type::Instance(owner)]));
        }
    }
    out
}

/// The special method behind a binary operator, and its reflected form.
pub(super) fn binary_dunder(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mul => ("__mul__", "__rmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::BitAnd => ("__and__", "__rand__"),
        BinOp::BitOr => ("__or__", "__ror__"),
        BinOp::BitXor => ("__xor__", "__rxor__"),
    }
}

/// The special method behind a comparison, and the one CPython tries on the right operand.
pub(super) fn compare_dunder(op: CmpOp) -> Option<(&'static str, &'static str)> {
    Some(match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::Ne => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::Le => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::Ge => ("__ge__", "__le__"),
        _ => return None,
    })
}
