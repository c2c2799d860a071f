//! Result types of method calls on `str`, `bytes`, `bytearray` and `list` (dicts and sets:
//! `containers.rs`).
#![forbid(unsafe_code)]

use super::{Annotator, ExcKind, Outcome, Raise, VariantId};
use crate::diagnostic::Code;
use crate::ir::*;
use crate::types::{Mutability, Type};

/// The methods `str`, `bytes` and `bytearray` share, as this version compiles them: name,
/// accepted argument count range, result (`Str` stands for the receiver's own type).
const TEXT_METHODS: &[(&str, usize, usize, StrResult)] = &[
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
];

/// The str methods this version compiles besides [`TEXT_METHODS`].
const STR_METHODS: &[(&str, usize, usize, StrResult)] = &[
    ("ljust", 1, 2, StrResult::Str),
    ("rjust", 1, 2, StrResult::Str),
    ("center", 1, 2, StrResult::Str),
    ("zfill", 1, 1, StrResult::Str),
    ("format", 0, usize::MAX, StrResult::Str),
    ("rsplit", 0, 2, StrResult::StrList),
    ("splitlines", 0, 1, StrResult::StrList),
    ("partition", 1, 1, StrResult::StrTriple),
    ("rpartition", 1, 1, StrResult::StrTriple),
    ("title", 0, 0, StrResult::Str),
    ("capitalize", 0, 0, StrResult::Str),
    ("swapcase", 0, 0, StrResult::Str),
    ("casefold", 0, 0, StrResult::Str),
    ("expandtabs", 0, 1, StrResult::Str),
    ("isdecimal", 0, 0, StrResult::Bool),
    ("isnumeric", 0, 0, StrResult::Bool),
    ("istitle", 0, 0, StrResult::Bool),
    ("isidentifier", 0, 0, StrResult::Bool),
    ("isascii", 0, 0, StrResult::Bool),
    ("removeprefix", 1, 1, StrResult::Str),
    ("removesuffix", 1, 1, StrResult::Str),
    ("translate", 1, 1, StrResult::Str),
    ("encode", 0, 1, StrResult::Bytes),
];

/// The methods of `bytes` and `bytearray` this version compiles besides [`TEXT_METHODS`].
const BYTES_METHODS: &[(&str, usize, usize, StrResult)] = &[
    ("decode", 0, 1, StrResult::Text),
    ("hex", 0, 0, StrResult::Text),
];

#[derive(Clone, Copy)]
enum StrResult {
    Str,
    StrList,
    /// `partition`, `rpartition`: a `tuple[str, str, str]`.
    StrTriple,
    Int,
    Bool,
    /// `str.encode`: a `bytes`.
    Bytes,
    /// `bytes.decode`, `bytes.hex`: a `str`.
    Text,
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

/// CPython's `TypeError` for an argument of the wrong type to the str methods that check theirs
/// here (`split`, `rsplit`, `splitlines`, `partition`, `rpartition`, `expandtabs`,
/// `removeprefix`, `removesuffix`), or for an argument given both by position and by name.
fn str_arg_error(name: &str, args: &[Type], kw: &[(String, Type)]) -> Option<Raise> {
    let params: &[&str] = match name {
        "split" | "rsplit" => &["sep", "maxsplit"],
        "splitlines" => &["keepends"],
        "expandtabs" => &["tabsize"],
        "partition" | "rpartition" | "removeprefix" | "removesuffix" => &["arg"],
        _ => return None,
    };
    let mut given: Vec<&Type> = args.iter().collect();
    for (k, t) in kw {
        let i = params.iter().position(|p| p == k)?;
        if i < args.len() {
            return Some(Raise::new(ExcKind::TypeError, format!("argument for {name}() given by name ('{k}') and position ({})", i + 1)));
        }
        given.resize(given.len().max(i + 1), &Type::Bottom);
        given[i] = t;
    }
    let not_int = |t: &Type| format!("'{}' object cannot be interpreted as an integer", t.py_name());
    for (i, t) in given.into_iter().enumerate() {
        let msg = match (name, i, t) {
            (_, _, Type::Bottom) => continue,
            ("split" | "rsplit", 0, Type::Str | Type::None) => continue,
            ("split" | "rsplit", 0, Type::Optional(t)) if **t == Type::Str => continue,
            ("split" | "rsplit", 0, t) => format!("must be str or None, not {}", t.py_name()),
            ("partition" | "rpartition", _, Type::Str) | ("removeprefix" | "removesuffix", _, Type::Str) => continue,
            ("partition" | "rpartition", _, t) => format!("must be str, not {}", t.py_name()),
            ("removeprefix" | "removesuffix", _, Type::None) => format!("{name}() argument must be str, not None"),
            ("removeprefix" | "removesuffix", _, t) => format!("{name}() argument must be str, not {}", t.py_name()),
            (_, _, t) if t.is_intlike() => continue,
            (_, _, t) => not_int(t),
        };
        return Some(Raise::new(ExcKind::TypeError, msg));
    }
    None
}

pub(super) fn call(an: &mut Annotator, vid: VariantId, inst: &Inst, obj: &Type, name: &str, args: &[Type], kw: &[(String, Type)]) -> Outcome {
    use Type::*;
    if *obj == Bottom || args.contains(&Bottom) || kw.iter().any(|(_, t)| *t == Bottom) {
        return Outcome::Type(Bottom);
    }
    let allowed_kw: &[&str] = match (obj, name) {
        (Str, "split" | "rsplit") => &["sep", "maxsplit"],
        (Str, "splitlines") => &["keepends"],
        (Str, "expandtabs") => &["tabsize"],
        (List(_), "sort") => &["reverse", "$keys"],
        _ => &[],
    };
    // `str.format` takes any keyword: a field names it.
    let any_kw = *obj == Str && name == "format";
    if let Some((k, _)) = kw.iter().find(|(k, _)| !allowed_kw.contains(&k.as_str())).filter(|_| !any_kw) {
        return Outcome::Reject(
            Code::Unsupported,
            format!("unsupported construct: keyword argument `{k}` of {}.{name}()", obj.py_name()),
            Some("this keyword arrives later".into()),
        );
    }
    match obj {
        Gen(item) => match (name, args) {
            ("send", [sent]) => {
                an.containers.note_boxed(sent);
                Outcome::Type((**item).clone())
            }
            ("throw", [Instance(c)]) if an.program.is_exception(*c) => Outcome::Type((**item).clone()),
            ("throw", [_]) => Outcome::Reject(
                Code::Unsupported,
                "unsupported construct: `throw()` of what is not an exception instance".into(),
                Some("throw an instance: `g.throw(ValueError(\"...\"))`".into()),
            ),
            ("close", []) => Outcome::Type(None),
            _ => not_supported("generator", name),
        },
        Str => {
            let Some(&(_, min, max, result)) = TEXT_METHODS.iter().chain(STR_METHODS).find(|m| m.0 == name) else {
                return not_supported("str", name);
            };
            if let Some(bad) = arg_count("str", name, args.len() + kw.len(), min, max) {
                return bad;
            }
            // The lowering reads each argument as the type the method takes.
            if args.iter().chain(kw.iter().map(|(_, t)| t)).any(|t| *t == Object) {
                return Outcome::Reject(
                    Code::Unsupported,
                    format!("unsupported construct: `str.{name}()` with an argument of mixed type (`object`)"),
                    Some("pass a value of one type (`mesapyc check` shows where it widened)".into()),
                );
            }
            match (name, args) {
                ("join", [List(l)]) => match an.containers.item(*l) {
                    // `None` items: a list that is always empty, so the result is "".
                    Str | Bottom | None => {}
                    t => return Outcome::Raises(Raise::new(ExcKind::TypeError, format!("sequence item 0: expected str instance, {} found", t.py_name()))),
                },
                // The lowering joins the list of a tuple's items.
                ("join", [tuple @ (Tuple(_) | TupleOf(_))]) => {
                    if let Some((i, t)) = tuple.tuple_items().iter().enumerate().find(|(_, t)| !matches!(t, Str | Bottom)) {
                        return Outcome::Raises(Raise::new(ExcKind::TypeError, format!("sequence item {i}: expected str instance, {} found", t.py_name())));
                    }
                }
                ("join", [t]) => return Outcome::Raises(Raise::new(ExcKind::TypeError, format!("can only join an iterable, not {}", t.py_name()))),
                ("translate", [Dict(_)]) => {}
                ("encode", [t]) if *t != Str => {
                    return Outcome::Raises(Raise::new(ExcKind::TypeError, format!("encode() argument 'encoding' must be str, not {}", t.py_name())))
                }
                ("translate", [t]) => {
                    return Outcome::Reject(
                        Code::Unsupported,
                        format!("unsupported construct: str.translate() with a {}", t.py_name()),
                        Some("translate with a dict from code points".into()),
                    )
                }
                _ => {}
            }
            if let Some(raise) = str_arg_error(name, args, kw) {
                return Outcome::Raises(raise);
            }
            Outcome::Type(match result {
                StrResult::Str | StrResult::Text => Str,
                StrResult::Int => Int,
                StrResult::Bool => Bool,
                StrResult::Bytes => Bytes(Mutability::Immutable),
                StrResult::StrTriple => Tuple(vec![Str, Str, Str]),
                StrResult::StrList => {
                    let l = an.new_site(vid, inst.result.unwrap_or(Value(u32::MAX)));
                    an.add_item(l, &Str, inst.span);
                    List(l)
                }
            })
        }
        Bytes(kind) => bytes_method(an, vid, inst, *kind, name, args),
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
                ("append", [t]) | ("insert", [_, t]) | ("index" | "count" | "remove", [t @ (Optional(_) | Object)]) => {
                    an.add_item(l, t, inst.span);
                    Outcome::Type(if name == "index" || name == "count" { Int } else { None })
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
                ("sort", _) => bad_reverse(kw).unwrap_or(Outcome::Type(None)),
                _ => Outcome::Type(None),
            }
        }
        Dict(c) => super::containers::dict_method(an, inst, *c, name, args),
        Set(kind, c) => super::containers::set_method(an, inst, *kind, *c, name, args),
        // The lowering compares the argument with the items through a descriptor, boxing both
        // sides when their types differ.
        Tuple(_) | TupleOf(_) if matches!(name, "count" | "index") => {
            arg_count("tuple", name, args.len(), 1, 1).unwrap_or(Outcome::Type(Int))
        }
        t => not_supported(t.py_name(), name),
    }
}

/// The `TypeError` of a `reverse=` keyword (of `sorted` or `list.sort`) that is not an int.
pub(super) fn bad_reverse(kw: &[(String, Type)]) -> Option<Outcome> {
    let (_, t) = kw.iter().find(|(k, _)| k == "reverse")?;
    (!t.is_intlike()).then(|| Outcome::Raises(Raise::new(ExcKind::TypeError, format!("'{}' object cannot be interpreted as an integer", t.py_name()))))
}

/// The methods of `bytes` and `bytearray`; those that make bytes give the receiver's type.
fn bytes_method(an: &mut Annotator, vid: VariantId, inst: &Inst, kind: Mutability, name: &str, args: &[Type]) -> Outcome {
    use Type::*;
    let ty = Bytes(kind).py_name();
    let raise = |msg: String| Outcome::Raises(Raise::new(ExcKind::TypeError, msg));
    if kind == Mutability::Mutable && matches!(name, "append" | "extend") {
        if let Some(bad) = arg_count(ty, name, args.len(), 1, 1) {
            return bad;
        }
        return match (name, &args[0]) {
            ("append", t) if t.is_intlike() => Outcome::Type(None),
            ("extend", t) => match super::ops::iter_item(an, t) {
                Outcome::Type(item) if item.is_intlike() || matches!(item, None | Bottom) => Outcome::Type(None),
                Outcome::Type(Object | Optional(_)) => Outcome::Reject(
                    Code::Unsupported,
                    "unsupported construct: bytearray.extend() with items of mixed type".into(),
                    Some("extend with bytes or a list of ints".into()),
                ),
                Outcome::Type(item) => raise(format!("'{}' object cannot be interpreted as an integer", item.py_name())),
                Outcome::Raises(_) => raise(format!("can't extend bytearray with {}", t.py_name())),
                other => other,
            },
            (_, t) => raise(format!("'{}' object cannot be interpreted as an integer", t.py_name())),
        };
    }
    let Some(&(_, min, max, result)) = TEXT_METHODS.iter().chain(BYTES_METHODS).find(|m| m.0 == name) else {
        return not_supported(ty, name);
    };
    if let Some(bad) = arg_count(ty, name, args.len(), min, max) {
        return bad;
    }
    let bytes_like = |t: &Type| matches!(t, Bytes(_));
    let wrong = match (name, args) {
        ("decode", [t]) if *t != Str => Some(format!("decode() argument 'encoding' must be str, not {}", t.py_name())),
        ("join", [List(l)]) => match an.containers.item(*l) {
            Bytes(_) | Bottom | None => Option::None,
            Object => {
                return Outcome::Reject(
                    Code::Unsupported,
                    "unsupported construct: joining a list of bytes and bytearray values (`object`)".into(),
                    Some("convert the items to one type first, e.g. `bytes(x)`".into()),
                )
            }
            t => Some(format!("sequence item 0: expected a bytes-like object, {} found", t.py_name())),
        },
        ("join", [t]) => Some(format!("can only join an iterable, not {}", t.py_name())),
        ("startswith" | "endswith", [t, ..]) if !bytes_like(t) => Some(format!("{name} first arg must be bytes or a tuple of bytes, not {}", t.py_name())),
        ("find" | "rfind" | "index" | "rindex" | "count", [t, ..]) if !bytes_like(t) && !t.is_intlike() => {
            Some(format!("argument should be integer or bytes-like object, not '{}'", t.py_name()))
        }
        ("split" | "strip" | "lstrip" | "rstrip", [t, ..]) if !bytes_like(t) && *t != None => Some(format!("a bytes-like object is required, not '{}'", t.py_name())),
        ("replace", [a, b, ..]) => [a, b].into_iter().find(|t| !bytes_like(t)).map(|t| format!("a bytes-like object is required, not '{}'", t.py_name())),
        _ => Option::None,
    };
    if let Some(msg) = wrong {
        return raise(msg);
    }
    // The int arguments: `start`, `end`, `maxsplit`, `count`.
    let first_int = match name {
        "replace" => 2,
        _ => 1,
    };
    if let Some(t) = args.iter().skip(first_int).find(|t| !t.non_none().is_intlike() && **t != None) {
        return raise(format!("'{}' object cannot be interpreted as an integer", t.py_name()));
    }
    Outcome::Type(match result {
        StrResult::Str => Bytes(kind),
        StrResult::Text => Str,
        StrResult::Int => Int,
        StrResult::Bool => Bool,
        StrResult::StrList => {
            let l = an.new_site(vid, inst.result.unwrap_or(Value(u32::MAX)));
            an.add_item(l, &Bytes(kind), inst.span);
            List(l)
        }
        StrResult::Bytes => Bytes(Mutability::Immutable),
        StrResult::StrTriple => Tuple(vec![Bytes(kind); 3]),
    })
}
