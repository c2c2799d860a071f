//! Instructions on boxed (`object`) values. Arithmetic, comparisons, truth and `len` go through
//! the runtime's generic operators, and so do subscripts, iteration, unpacking and `in` on
//! boxed built-in containers. Attributes and method calls dispatch on the box's class
//! among the boxed classes (the classes whose instances joined a value of another type): a box
//! holding anything else raises CPython's `AttributeError` at run time. An attribute that a
//! boxed built-in type may have (`x.upper()` where `x` may be a str) is not compiled yet and
//! gets a diagnostic, as do other operations on a value of mixed type.
#![forbid(unsafe_code)]

use super::optional::takes_any_value;
use super::{Annotator, Dispatch, Outcome, Post, VariantId};
use crate::diagnostic::Code;
use crate::ir::*;
use crate::types::{Mutability, Type};

impl<'p> Annotator<'p> {
    /// The outcome of `inst` when an operand that needs a known type is `object`, or `None`
    /// when no operand is (instances go to their special methods first, attributes and method
    /// calls of boxed values to [`Annotator::boxed_getattr`] and [`Annotator::call_method`]).
    pub(super) fn object_outcome(&self, kind: &InstKind, types: &[Type]) -> Option<Outcome> {
        let by_class = matches!(kind, InstKind::CallMethod(..) | InstKind::GetAttr(..) | InstKind::SetAttr(..) | InstKind::DynAttr(..) | InstKind::HasAttr(..));
        if !on_boxed(kind, types) || by_class || types.iter().any(|t| matches!(t, Type::Instance(_) | Type::Bottom)) {
            return None;
        }
        const ITERATION: &[&str] = &["__iter__", "__getitem__"];
        Some(match kind {
            InstKind::Binary(..) | InstKind::InplaceBinary(..) | InstKind::Unary(UnOp::Neg | UnOp::Pos | UnOp::Invert, _) => Outcome::Type(Type::Object),
            InstKind::Unary(UnOp::Not, _) => Outcome::Type(Type::Bool),
            InstKind::Compare(CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge, ..) => Outcome::Type(Type::Bool),
            InstKind::CallBuiltin(Builtin::Len, args, kw) if args.len() == 1 && kw.is_empty() => Outcome::Type(Type::Int),
            InstKind::CallBuiltin(Builtin::Abs, args, kw) if args.len() == 1 && kw.is_empty() => self.unless_special(kind, &["__abs__"], Type::Object),
            // Subscripts, iteration, unpacking and `in` read built-in containers through their
            // descriptors; an instance's special methods are not reachable from there.
            InstKind::GetItem(..) => self.unless_special(kind, &["__getitem__"], Type::Object),
            InstKind::CallBuiltin(Builtin::IterLen, ..) | InstKind::IterNext(..) => self.unless_special(kind, ITERATION, Type::Int),
            InstKind::IterItem(..) | InstKind::Unpack(..) => self.unless_special(kind, ITERATION, Type::Object),
            InstKind::Compare(CmpOp::In | CmpOp::NotIn, ..) => self.unless_special(kind, &["__contains__", "__iter__", "__getitem__"], Type::Bool),
            other => unsupported(&describe(other), None),
        })
    }

    /// `t`, or a diagnostic when a boxed class defines one of the special methods `names`,
    /// which the runtime's generic operation would not call.
    fn unless_special(&self, kind: &InstKind, names: &[&str], t: Type) -> Outcome {
        match self.boxed_classes().into_iter().find(|&k| names.iter().any(|n| self.program.method(k, n).is_some())) {
            Some(k) => unsupported(&describe(kind), Some(&format!("instance of `{}`, which defines its own", self.program.class(k).name))),
            None => Outcome::Type(t),
        }
    }

    /// The classes whose instances may be boxed: the boxed instance types and their
    /// subclasses, in definition order.
    pub(crate) fn boxed_classes(&self) -> Vec<ClassId> {
        let mut out: Vec<ClassId> = Vec::new();
        for t in self.containers.boxed() {
            if let Type::Instance(c) = t {
                out.extend(self.program.subclasses(*c));
            }
        }
        out.sort_by_key(|c| c.index());
        out.dedup();
        out
    }

    /// A diagnostic when a boxed built-in value may have attribute `name`, which only
    /// instances' attributes can be compiled for yet.
    fn builtin_attribute(&self, name: &str, what: &str) -> Option<Outcome> {
        let t = self.containers.boxed().iter().find(|t| builtin_has_attribute(t, name))?;
        Some(unsupported(what, Some(t.py_name())))
    }

    /// The class whose method `name` binds the arguments of a call on a boxed receiver (the
    /// first boxed class that has it), `None` when no boxed class does.
    pub(super) fn boxed_method_owner(&self, name: &str) -> Result<Option<ClassId>, Outcome> {
        let what = format!("the method call `.{name}()`");
        if let Some(reject) = self.builtin_attribute(name, &what) {
            return Err(reject);
        }
        let classes = self.boxed_classes();
        if classes.iter().any(|&k| self.field_type(k, name).is_some() || self.program.class_attr(k, name).is_some()) {
            return Err(Outcome::Reject(Code::Unsupported, format!("unsupported construct: calling the attribute `{name}`"), Some("store functions in attributes later; call a method".into())));
        }
        Ok(classes.into_iter().find(|&k| self.program.method(k, name).is_some()))
    }

    /// A method call on a boxed receiver that no boxed class has: it raises CPython's
    /// `AttributeError` naming the box's type, once the fixpoint shows no class will have it.
    pub(super) fn boxed_attribute_missing(&mut self, vid: VariantId, inst: &Inst, name: &str) -> Outcome {
        if !self.final_round {
            return Outcome::Type(Type::Bottom);
        }
        if let Some(r) = inst.result {
            let d = Dispatch { targets: Vec::new(), receiver: 0, args: Vec::new(), post: Post::None, ret: Type::None, boxed: true, name: name.to_string(), priority: None, binder: None };
            self.variants[vid.0 as usize].dispatch.insert(r, d);
        }
        Outcome::Type(Type::None)
    }

    /// `obj.name` on a boxed value: the join of the attribute's types in the boxed classes
    /// that have it as a field or class attribute.
    pub(super) fn boxed_getattr(&mut self, inst: &Inst, name: &str) -> Outcome {
        let what = format!("the attribute `.{name}`");
        if let Some(reject) = self.builtin_attribute(name, &what) {
            return reject;
        }
        let mut joined = Type::Bottom;
        for k in self.boxed_classes() {
            if self.program.method(k, &getter_name(name)).is_some() {
                return unsupported(&format!("the property `.{name}`"), Some("an instance"));
            }
            let t = match (self.field_type(k, name), self.program.class_attr(k, name)) {
                (Some(t), _) => t,
                (None, Some(g)) => self.globals[g.index()].clone(),
                (None, None) if self.program.method(k, name).is_some() => {
                    return Outcome::Reject(Code::Unsupported, format!("unsupported construct: the method `{name}` used as a value"), Some("bound methods as values arrive later; call the method directly".into()));
                }
                // Set by a computed name, if at all: the instance's dictionary holds it boxed.
                (None, None) if self.instance_dicts && self.final_round => Type::Object,
                (None, None) => continue,
            };
            // A local accumulation, not a slot of the annotation: no growth to report.
            joined = self.containers.union(&joined, &t);
            self.note_widening(inst.span, || format!("the attribute `.{name}` of a value of mixed type"));
        }
        Outcome::Type(match joined {
            Type::Bottom if self.final_round => Type::None,
            t => t,
        })
    }

    /// `obj.name = value` on a boxed value: every boxed class gets the field, as CPython sets
    /// the attribute on whichever instance the box holds.
    pub(super) fn boxed_setattr(&mut self, vid: VariantId, inst: &Inst, name: &str, value: &Type) -> Outcome {
        for k in self.boxed_classes() {
            if self.program.method(k, &getter_name(name)).is_some() {
                return unsupported(&format!("the property `.{name}`"), Some("an instance"));
            }
            if let Outcome::Reject(..) = self.setattr(vid, inst, &Type::Instance(k), name, value) {
                return unsupported(&format!("the attribute `.{name}`"), Some("an instance"));
            }
        }
        Outcome::Type(Type::None)
    }

    /// The type of field `name` of instances of `c`, without moving fields between classes.
    fn field_type(&self, c: ClassId, name: &str) -> Option<Type> {
        self.program.mro(c).into_iter().find_map(|k| self.fields[k.index()].iter().find(|(n, _)| n == name).map(|(_, t)| t.clone()))
    }
}

/// Whether `kind` runs on the runtime's generic operations because an operand it needs with a
/// known type is boxed (the lowering and the annotator agree through this).
pub fn on_boxed(kind: &InstKind, types: &[Type]) -> bool {
    types.iter().enumerate().any(|(i, t)| *t == Type::Object && !takes_any_value(kind, i, types))
}

/// The diagnostic for `what` on a value of mixed type (that may be a `maybe`).
fn unsupported(what: &str, maybe: Option<&str>) -> Outcome {
    let on = match maybe {
        Some(t) => format!("a value of mixed type (`object`) that may be {} {t}", if t.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" }),
        None => "a value of mixed type (`object`)".into(),
    };
    Outcome::Reject(
        Code::Unsupported,
        format!("unsupported construct: {what} on {on}"),
        Some("arithmetic, comparisons, truth, `len`, `print`, `str`, `repr`, subscripts, iteration and `in` on built-in containers, and the fields and methods of instances work on mixed values; `mesapyc check` shows where the value widened, keep one type there".into()),
    )
}

/// Whether CPython's built-in type `t` has a public attribute `name` (its methods, and the
/// numbers' `real`/`imag`...).
fn builtin_has_attribute(t: &Type, name: &str) -> bool {
    let names: &[&str] = match t {
        Type::Str => &[
            "capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format", "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal",
            "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition", "removeprefix",
            "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper",
            "zfill",
        ],
        Type::List(_) => &["append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort"],
        Type::Dict(_) => &["clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"],
        Type::Set(Mutability::Mutable, _) => &[
            "add", "clear", "copy", "difference", "difference_update", "discard", "intersection", "intersection_update", "isdisjoint", "issubset", "issuperset", "pop", "remove",
            "symmetric_difference", "symmetric_difference_update", "union", "update",
        ],
        Type::Set(Mutability::Immutable, _) => &["copy", "difference", "intersection", "isdisjoint", "issubset", "issuperset", "symmetric_difference", "union"],
        // bytes and bytearray share the str-like methods; a bytearray adds the list-like ones.
        Type::Bytes(m) => {
            const BYTES: &[&str] = &[
                "capitalize", "center", "count", "decode", "endswith", "expandtabs", "find", "fromhex", "hex", "index", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace",
                "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition",
                "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill",
            ];
            const BYTEARRAY: &[&str] = &["append", "clear", "copy", "extend", "insert", "pop", "remove", "reverse"];
            return BYTES.contains(&name) || (*m == Mutability::Mutable && BYTEARRAY.contains(&name));
        }
        Type::Tuple(_) | Type::TupleOf(_) => &["count", "index"],
        Type::Int | Type::Bool => &["as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator", "from_bytes", "imag", "numerator", "real", "to_bytes"],
        Type::Float => &["as_integer_ratio", "conjugate", "fromhex", "hex", "imag", "is_integer", "real"],
        Type::View(..) => &["isdisjoint", "mapping"],
        _ => &[],
    };
    names.contains(&name)
}

/// The operation an instruction performs, as a diagnostic names it.
fn describe(kind: &InstKind) -> String {
    match kind {
        InstKind::GetItem(..) | InstKind::SetItem(..) | InstKind::DelItem(..) => "subscripting".into(),
        InstKind::Slice(..) => "slicing".into(),
        InstKind::IterNext(..) | InstKind::IterItem(..) | InstKind::CallBuiltin(Builtin::IterLen, ..) => "iteration".into(),
        InstKind::Unpack(..) => "unpacking".into(),
        InstKind::Compare(..) => "`in`".into(),
        InstKind::CallBuiltin(b, ..) => format!("`{}()`", b.name()),
        _ => "this operation".into(),
    }
}
