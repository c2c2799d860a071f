//! Attributes named at run time: `getattr`/`setattr`/`hasattr`/`delattr` with a computed name
//! (`DynAttr`), `del obj.attr` (`DelAttr`) and `vars(obj)`/`obj.__dict__` (`Vars`).
//!
//! The lowering leaves these to the runtime, which finds the name in the class's attribute
//! table (its fields, class attributes and methods) and in the instance's dictionary, where
//! `setattr` keeps attributes that are no field. So the types here are what such a name may
//! reach: a computed `setattr` may write any field of any class whose instances the receiver
//! may be, so its value's type joins every such field; a computed `getattr` boxes whichever it
//! finds. A program with any of these instructions gives every instance a dictionary
//! (`Annotation::instance_dicts`), and an attribute read that finds no field, class attribute
//! or method then reads the dictionary (an `object`) instead of raising.
#![forbid(unsafe_code)]

use super::{Annotator, ExcKind, Outcome, Raise, VariantId};
use crate::diagnostic::Code;
use crate::ir::*;
use crate::source::Span;
use crate::types::Type;

/// Whether the program reads or writes attributes by computed names, so instances need a
/// dictionary.
pub(super) fn uses_instance_dicts(program: &Program) -> bool {
    program.functions.iter().flat_map(|f| &f.blocks).flat_map(|b| &b.insts).any(|i| matches!(i.kind, InstKind::DynAttr(..) | InstKind::Vars(_)))
}

impl Annotator<'_> {
    /// `del obj.name`: the runtime unsets the field or removes the dictionary's entry, or raises
    /// CPython's `AttributeError`.
    pub(super) fn delattr(&mut self, obj: &Type, name: &str) -> Outcome {
        match obj {
            Type::Bottom => Outcome::Type(Type::Bottom),
            Type::Instance(_) => Outcome::Type(Type::None),
            Type::Object => reject_boxed("`del obj.attr`"),
            t => Outcome::Raises(Raise::new(ExcKind::AttributeError, format!("'{}' object has no attribute '{name}'", t.py_name()))),
        }
    }

    /// `getattr(obj, name)`, `setattr(obj, name, value)`, `hasattr(obj, name)` or
    /// `delattr(obj, name)` with `name` computed at run time.
    pub(super) fn dyn_attr(&mut self, vid: VariantId, inst: &Inst, op: AttrOp, obj: &Type, name: &Type, value: Option<&Type>) -> Outcome {
        let c = match obj {
            Type::Bottom => return Outcome::Type(Type::Bottom),
            _ if *name == Type::Bottom || value == Some(&Type::Bottom) => return Outcome::Type(Type::Bottom),
            Type::Instance(c) => *c,
            Type::Object => return self.boxed_dyn_attr(vid, inst, op, name, value),
            other => {
                return Outcome::Reject(
                    Code::Unsupported,
                    format!("unsupported construct: an attribute named at run time of a {}", self.containers.type_name(other)),
                    Some("name the attribute in the source (`x.attr`, `getattr(x, \"attr\")`)".into()),
                )
            }
        };
        if op == AttrOp::Update {
            return match name {
                Type::Dict(d) if self.containers.item(*d) == Type::Str => {
                    let value = self.containers.value(*d);
                    self.dyn_attr(vid, inst, AttrOp::Set, obj, &Type::Str, Some(&value))
                }
                Type::Dict(_) => Outcome::Reject(
                    Code::Unsupported,
                    "unsupported construct: `__dict__.update()` with a dict whose keys may not be strs".into(),
                    Some("attribute names are strs: keep the keys strs".into()),
                ),
                other => Outcome::Reject(
                    Code::Unsupported,
                    format!("unsupported construct: `__dict__.update()` of a {}", self.containers.type_name(other)),
                    Some("pass a dict of str keys".into()),
                ),
            };
        }
        if *name != Type::Str {
            let builtin = if op == AttrOp::Has { "hasattr" } else { "attribute name" };
            let msg = match op {
                AttrOp::Has => format!("{builtin}(): attribute name must be string"),
                _ => format!("attribute name must be string, not '{}'", name.py_name()),
            };
            return Outcome::Raises(Raise::new(ExcKind::TypeError, msg));
        }
        if matches!(op, AttrOp::Get | AttrOp::Set) {
            self.property_variants(vid, inst.span, c, op);
        }
        match op {
            AttrOp::Get => {
                self.note_reachable_boxed(c);
                Outcome::Type(Type::Object)
            }
            AttrOp::Has => Outcome::Type(Type::Bool),
            AttrOp::Del => Outcome::Type(Type::None),
            AttrOp::Set | AttrOp::Update => {
                let value = value.cloned().unwrap_or(Type::Bottom);
                // The dictionary holds it boxed.
                self.containers.note_boxed(&value);
                for k in self.instance_classes(c) {
                    for i in 0..self.fields[k.index()].len() {
                        let (field, old) = self.fields[k.index()][i].clone();
                        let owner = self.program.class(k).name.clone();
                        let new = self.join(&old, &value, inst.span, || format!("the attribute `{owner}.{field}` (set by a name computed at run time)"));
                        self.fields[k.index()][i].1 = new;
                    }
                }
                Outcome::Type(Type::None)
            }
        }
    }

    /// The runtime calls a property that a computed name finds through its class's attribute
    /// table: for `getattr`, each concrete class's getter variant for its own instances (its
    /// result boxed), for `setattr`, its setter variant that takes the value boxed.
    fn property_variants(&mut self, vid: VariantId, span: Span, c: ClassId, op: AttrOp) {
        for s in self.program.subclasses(c) {
            let properties: Vec<String> = self.program.mro(s).into_iter().flat_map(|k| self.program.class(k).methods.iter().filter_map(|(n, _)| getter_of(n).map(str::to_string))).collect();
            for property in properties {
                let (name, args) = match op {
                    AttrOp::Get => (getter_name(&property), vec![Type::Instance(s)]),
                    _ => (setter_name(&property), vec![Type::Instance(s), Type::Object]),
                };
                let Some(v) = self.program.method(s, &name).and_then(|f| self.variant_for(f, args, span)) else { continue };
                if op == AttrOp::Get {
                    let ret = self.variants[v.0 as usize].ret.clone();
                    self.containers.note_boxed(&ret);
                }
                let calls = &mut self.variants[vid.0 as usize].property_calls;
                if !calls.contains(&v) {
                    calls.push(v);
                }
            }
        }
    }

    /// `getattr(obj, name)` and friends with a computed name on a boxed value: as on an instance
    /// of each boxed class, which the runtime finds in the box (`rt_attr_receiver`).
    fn boxed_dyn_attr(&mut self, vid: VariantId, inst: &Inst, op: AttrOp, name: &Type, value: Option<&Type>) -> Outcome {
        let mut outcome = Outcome::Type(Type::Bottom);
        for c in self.boxed_classes() {
            outcome = self.dyn_attr(vid, inst, op, &Type::Instance(c), name, value);
            if !matches!(outcome, Outcome::Type(_)) {
                return outcome;
            }
        }
        outcome
    }

    /// `vars(obj)`: a new `dict[str, object]` of the instance's attributes.
    pub(super) fn vars(&mut self, vid: VariantId, inst: &Inst, obj: &Type) -> Outcome {
        match obj {
            Type::Bottom => Outcome::Type(Type::Bottom),
            Type::Instance(c) => {
                self.note_reachable_boxed(*c);
                let d = self.new_site(vid, inst.result.unwrap_or(Value(u32::MAX)));
                self.add_item(d, &Type::Str, inst.span);
                self.add_value(d, &Type::Object, inst.span);
                Outcome::Type(Type::Dict(d))
            }
            Type::Object => reject_boxed("`vars()`"),
            _ => Outcome::Raises(Raise::new(ExcKind::TypeError, "vars() argument must have __dict__ attribute".to_string())),
        }
    }

    /// The classes whose fields an instance of `c` (or of a subclass) has.
    fn instance_classes(&self, c: ClassId) -> Vec<ClassId> {
        let mut ks: Vec<ClassId> = Vec::new();
        for s in self.program.subclasses(c) {
            for k in self.program.mro(s) {
                if !ks.contains(&k) {
                    ks.push(k);
                }
            }
        }
        ks
    }

    /// The runtime boxes any field or class attribute that a computed name reads: their types
    /// join the boxed ones (so a method call on what `getattr` returned finds the classes).
    fn note_reachable_boxed(&mut self, c: ClassId) {
        for k in self.instance_classes(c) {
            let types: Vec<Type> = self.fields[k.index()].iter().map(|(_, t)| t.clone()).chain(self.program.class(k).attrs.iter().map(|(_, g)| self.globals[g.index()].clone())).collect();
            for t in types {
                self.containers.note_boxed(&t);
            }
        }
    }
}

fn reject_boxed(what: &str) -> Outcome {
    Outcome::Reject(
        Code::Unsupported,
        format!("unsupported construct: {what} on a value of mixed type"),
        Some("keep the instance in a variable of one class (`mesapyc check` shows why it was boxed)".into()),
    )
}
