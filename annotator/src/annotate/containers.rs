//! Result types of dict and set displays and methods. Keys and items grow the container's
//! definition (`Annotator::add_item`), so a dict looked up with a key of another type is a
//! mixed-type diagnostic, never a silent miss.
#![forbid(unsafe_code)]

use super::{Annotator, ExcKind, Outcome, Raise, VariantId};
use crate::diagnostic::Code;
use crate::ir::*;
use crate::types::{ContainerId, Mutability, Type, ViewKind};

fn unhashable(t: &Type) -> Outcome {
    Outcome::Raises(Raise::new(ExcKind::TypeError, format!("unhashable type: '{}'", t.py_name())))
}

fn site(an: &mut Annotator, vid: VariantId, inst: &Inst) -> ContainerId {
    an.new_site(vid, inst.result.unwrap_or(Value(u32::MAX)))
}

pub(super) fn build_dict(an: &mut Annotator, vid: VariantId, inst: &Inst, pairs: &[(Type, Type)]) -> Outcome {
    let c = site(an, vid, inst);
    for (k, v) in pairs {
        if !k.is_hashable() {
            return unhashable(k);
        }
        an.add_item(c, k, inst.span);
        an.add_value(c, v, inst.span);
    }
    Outcome::Type(Type::Dict(c))
}

pub(super) fn build_set(an: &mut Annotator, vid: VariantId, inst: &Inst, items: &[Type]) -> Outcome {
    let c = site(an, vid, inst);
    for t in items {
        if !t.is_hashable() {
            return unhashable(t);
        }
        an.add_item(c, t, inst.span);
    }
    Outcome::Type(Type::Set(Mutability::Mutable, c))
}

/// A new set or frozenset holding the items of an iterable (`set(xs)`, `frozenset(xs)`).
pub(super) fn set_of(an: &mut Annotator, vid: VariantId, inst: &Inst, kind: Mutability, iterable: &Type) -> Outcome {
    let c = site(an, vid, inst);
    match super::ops::iter_item(an, iterable) {
        Outcome::Type(item) if item.is_hashable() => {
            an.add_item(c, &item, inst.span);
            Outcome::Type(Type::Set(kind, c))
        }
        Outcome::Type(item) => unhashable(&item),
        other => other,
    }
}

/// A new list of the items of an iterable (`list(d)`, `sorted(s)`).
pub(super) fn list_of(an: &mut Annotator, vid: VariantId, inst: &Inst, iterable: &Type) -> Outcome {
    match super::ops::iter_item(an, iterable) {
        Outcome::Type(item) => {
            let c = site(an, vid, inst);
            an.add_item(c, &item, inst.span);
            Outcome::Type(Type::List(c))
        }
        other => other,
    }
}

fn arity(ty: &str, name: &str, args: &[Type], min: usize, max: usize) -> Option<Outcome> {
    let n = args.len();
    if n >= min && n <= max {
        return None;
    }
    let msg = match (min, max) {
        (0, 0) => format!("{ty}.{name}() takes no arguments ({n} given)"),
        (1, 1) => format!("{ty}.{name}() takes exactly one argument ({n} given)"),
        _ if n < min => format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" }),
        _ => format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" }),
    };
    Some(Outcome::Reject(Code::BadCall, msg, None))
}

fn not_supported(ty: &str, name: &str) -> Outcome {
    Outcome::Reject(
        Code::Unsupported,
        format!("unsupported construct: the method `{ty}.{name}`"),
        Some("see the README for the methods this version compiles".into()),
    )
}

pub(super) fn dict_method(an: &mut Annotator, inst: &Inst, c: ContainerId, name: &str, args: &[Type]) -> Outcome {
    let span = inst.span;
    let (min, max) = match name {
        "keys" | "values" | "items" | "popitem" | "clear" | "copy" => (0, 0),
        "get" | "pop" | "setdefault" => (1, 2),
        "update" => (1, 1),
        _ => return not_supported("dict", name),
    };
    if let Some(bad) = arity("dict", name, args, min, max) {
        return bad;
    }
    if let ("get" | "pop" | "setdefault", Some(k)) = (name, args.first()) {
        if !k.is_hashable() {
            return unhashable(k);
        }
        an.add_item(c, k, span);
    }
    match (name, args) {
        ("keys", _) => Outcome::Type(Type::View(ViewKind::Keys, c)),
        ("values", _) => Outcome::Type(Type::View(ViewKind::Values, c)),
        ("items", _) => Outcome::Type(Type::View(ViewKind::Items, c)),
        ("popitem", _) => Outcome::Type(Type::Tuple(vec![an.containers.item(c), an.containers.value(c)])),
        ("clear", _) => Outcome::Type(Type::None),
        ("copy", _) => Outcome::Type(Type::Dict(c)),
        ("pop", [_]) => Outcome::Type(an.containers.value(c)),
        ("get" | "pop" | "setdefault", [_, default]) => {
            // The default is a possible result: it must share the values' representation.
            an.add_value(c, default, span);
            Outcome::Type(an.containers.value(c))
        }
        // Without a default the result is a value or None: `T | None`.
        ("get" | "setdefault", [_]) => {
            let value = an.containers.value(c);
            if name == "get" {
                let t = an.containers.union(&value, &Type::None);
                an.note_widening(span, || "the result of `dict.get(key)`".to_string());
                return Outcome::Type(t);
            }
            an.add_value(c, &Type::None, span);
            Outcome::Type(an.containers.value(c))
        }
        ("update", [Type::Dict(other)]) => {
            let (k, v) = (an.containers.item(*other), an.containers.value(*other));
            an.add_item(c, &k, span);
            an.add_value(c, &v, span);
            Outcome::Type(Type::None)
        }
        ("update", [t]) => Outcome::Reject(
            Code::Unsupported,
            format!("unsupported construct: dict.update() with a {}", t.py_name()),
            Some("update with another dict".into()),
        ),
        _ => not_supported("dict", name),
    }
}

/// The methods of a set or frozenset; a frozenset has only those that do not change it.
pub(super) fn set_method(an: &mut Annotator, inst: &Inst, kind: Mutability, c: ContainerId, name: &str, args: &[Type]) -> Outcome {
    let span = inst.span;
    let ty = Type::Set(kind, c).py_name();
    let (min, max, changes) = match name {
        "copy" => (0, 0, false),
        "pop" | "clear" => (0, 0, true),
        "add" | "remove" | "discard" => (1, 1, true),
        "update" | "intersection_update" | "difference_update" | "symmetric_difference_update" => (1, 1, true),
        "union" | "intersection" | "difference" | "symmetric_difference" | "issubset" | "issuperset" | "isdisjoint" => (1, 1, false),
        _ => return not_supported(ty, name),
    };
    if changes && kind == Mutability::Immutable {
        return Outcome::Raises(Raise::new(ExcKind::AttributeError, format!("'frozenset' object has no attribute '{name}'")));
    }
    if let Some(bad) = arity(ty, name, args, min, max) {
        return bad;
    }
    match (name, args) {
        ("pop", _) => Outcome::Type(an.containers.item(c)),
        ("clear", _) => Outcome::Type(Type::None),
        ("copy", _) => Outcome::Type(Type::Set(kind, c)),
        // As for `in`, CPython removes a set as the frozenset of its elements.
        ("remove" | "discard", [Type::Set(Mutability::Mutable, x)]) => {
            an.add_item(c, &Type::Set(Mutability::Immutable, *x), span);
            Outcome::Type(Type::None)
        }
        ("add" | "remove" | "discard", [t]) => {
            if !t.is_hashable() {
                return unhashable(t);
            }
            an.add_item(c, t, span);
            Outcome::Type(Type::None)
        }
        (_, [other]) => {
            let item = match super::ops::iter_item(an, other) {
                Outcome::Type(item) => item,
                bad => return bad,
            };
            if !item.is_hashable() {
                return unhashable(&item);
            }
            an.add_item(c, &item, span);
            Outcome::Type(match name {
                "issubset" | "issuperset" | "isdisjoint" => Type::Bool,
                "union" | "intersection" | "difference" | "symmetric_difference" => Type::Set(kind, c),
                _ => Type::None,
            })
        }
        _ => not_supported(ty, name),
    }
}
