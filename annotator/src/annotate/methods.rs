//! Result types of method calls on `str` and `list` (dicts and sets: `containers.rs`).
#![forbid(unsafe_code)]

use super::{Annotator, ExcKind, Outcome, Raise, VariantId};
use crate::diagnostic::Code;
use crate::ir::*;
use crate::types::Type;

/// The str methods this version compiles: name, accepted argument count range, result.
const STR_METHODS: &[(&str, usize, usize, StrResult)] = &[
    ("upper", 0, 0, StrResult::Str),
    ("lower", 0, 0, StrResult::Str),
    ("strip", 0, 1, StrResult::Str),
    ("lstrip", 0, 1, StrResult::Str),
    ("rstrip", 0, 1, StrResult::Str),
    ("split", 0, 2, StrResult::StrList),
    ("join", 1, 1, StrResult::Str),
    ("replace", 2, 3, StrResult::Str),
    ("find", 1, 3, StrResult::Int),
    ("rfind", 1, 3, StrResult::Int),
    ("index", 1, 3, StrResult::Int),
    ("rindex", 1, 3, StrResult::Int),
    ("count", 1, 3, StrResult::Int),
    ("startswith", 1, 3, StrResult::Bool),
    ("endswith", 1, 3, StrResult::Bool),
    ("isdigit", 0, 0, StrResult::Bool),
    ("isalpha", 0, 0, StrResult::Bool),
    ("isspace", 0, 0, StrResult::Bool),
    ("isalnum", 0, 0, StrResult::Bool),
    ("isupper", 0, 0, StrResult::Bool),
    ("islower", 0, 0, StrResult::Bool),
    ("ljust", 1, 2, StrResult::Str),
    ("rjust", 1, 2, StrResult::Str),
    ("center", 1, 2, StrResult::Str),
    ("zfill", 1, 1, StrResult::Str),
    ("format", 0, usize::MAX, StrResult::Str),
];

#[derive(Clone, Copy)]
enum StrResult {
    Str,
    StrList,
    Int,
    Bool,
}

fn not_supported(ty: &str, name: &str) -> Outcome {
    Outcome::Reject(
        Code::Unsupported,
        format!("unsupported construct: the method `{ty}.{name}`"),
        Some("see the README for the methods this version compiles".into()),
    )
}

fn arg_count(ty: &str, name: &str, n: usize, min: usize, max: usize) -> Option<Outcome> {
    if n < min || n > max {
        let msg = if max == 0 {
            format!("{ty}.{name}() takes no arguments ({n} given)")
        } else if n < min {
            format!("{name}() takes at least {min} argument{} ({n} given)", if min == 1 { "" } else { "s" })
        } else {
            format!("{name}() takes at most {max} argument{} ({n} given)", if max == 1 { "" } else { "s" })
        };
        return Some(Outcome::Reject(Code::BadCall, msg, None));
    }
    None
}

pub(super) fn call(an: &mut Annotator, vid: VariantId, inst: &Inst, obj: &Type, name: &str, args: &[Type], kw: &[(String, Type)]) -> Outcome {
    use Type::*;
    if *obj == Bottom || args.contains(&Bottom) || kw.iter().any(|(_, t)| *t == Bottom) {
        return Outcome::Type(Bottom);
    }
    let allowed_kw: &[&str] = match (obj, name) {
        (Str, "split") => &["sep", "maxsplit"],
        (List(_), "sort") => &["reverse"],
        _ => &[],
    };
    if let Some((k, _)) = kw.iter().find(|(k, _)| !allowed_kw.contains(&k.as_str())) {
        return Outcome::Reject(
            Code::Unsupported,
            format!("unsupported construct: keyword argument `{k}` of {}.{name}()", obj.py_name()),
            Some("this keyword arrives later".into()),
        );
    }
    match obj {
        Str => {
            let Some(&(_, min, max, result)) = STR_METHODS.iter().find(|m| m.0 == name) else {
                return not_supported("str", name);
            };
            if let Some(bad) = arg_count("str", name, args.len() + kw.len(), min, max) {
                return bad;
            }
            match (name, args) {
                ("join", [List(l)]) => match an.containers.item(*l) {
                    // `None` items: a list that is always empty, so the result is "".
                    Str | Bottom | None => {}
                    t => return Outcome::Raises(Raise::new(ExcKind::TypeError, format!("sequence item 0: expected str instance, {} found", t.py_name()))),
                },
                ("join", [t]) => return Outcome::Raises(Raise::new(ExcKind::TypeError, format!("can only join an iterable, not {}", t.py_name()))),
                _ => {}
            }
            Outcome::Type(match result {
                StrResult::Str => Str,
                StrResult::Int => Int,
                StrResult::Bool => Bool,
                StrResult::StrList => {
                    let l = an.new_site(vid, inst.result.unwrap_or(Value(u32::MAX)));
                    an.add_item(l, &Str, inst.span);
                    List(l)
                }
            })
        }
        List(l) => {
            let l = *l;
            let (min, max) = match name {
                "append" | "remove" | "index" | "count" | "extend" => (1, 1),
                "pop" => (0, 1),
                "insert" => (2, 2),
                "sort" | "reverse" | "copy" | "clear" => (0, 0),
                _ => return not_supported("list", name),
            };
            if let Some(bad) = arg_count("list", name, args.len(), min, max) {
                return bad;
            }
            match (name, args) {
                ("pop", [i]) | ("insert", [i, _]) if !i.is_intlike() => {
                    Outcome::Raises(Raise::new(ExcKind::TypeError, format!("'{}' object cannot be interpreted as an integer", i.py_name())))
                }
                ("append", [t]) | ("insert", [_, t]) => {
                    an.add_item(l, t, inst.span);
                    Outcome::Type(None)
                }
                ("extend", [List(other)]) => {
                    let t = an.containers.item(*other);
                    an.add_item(l, &t, inst.span);
                    Outcome::Type(None)
                }
                ("extend", [t]) => Outcome::Reject(
                    Code::Unsupported,
                    format!("unsupported construct: list.extend() with a {}", t.py_name()),
                    Some("extend with a list".into()),
                ),
                ("pop", _) => Outcome::Type(an.containers.item(l)),
                ("index" | "count", _) => Outcome::Type(Int),
                ("copy", _) => Outcome::Type(List(l)),
                ("sort", _) => match kw.first() {
                    Some((_, t)) if !t.is_intlike() => Outcome::Raises(Raise::new(
                        ExcKind::TypeError,
                        format!("'{}' object cannot be interpreted as an integer", t.py_name()),
                    )),
                    _ => Outcome::Type(None),
                },
                _ => Outcome::Type(None),
            }
        }
        Dict(c) => super::containers::dict_method(an, inst, *c, name, args),
        Set(c) => super::containers::set_method(an, inst, *c, name, args),
        t => not_supported(t.py_name(), name),
    }
}
