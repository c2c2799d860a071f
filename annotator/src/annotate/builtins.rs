//! Result types of builtin calls.
#![forbid(unsafe_code)]

use super::{Annotator, ExcKind, Outcome, Raise, VariantId};
use crate::diagnostic::Code;
use crate::ir::*;
use crate::types::{Mutability, Type};

fn type_error(msg: String) -> Outcome {
    Outcome::Raises(Raise::new(ExcKind::TypeError, msg))
}

fn arity(name: &str, args: &[Type], min: usize, max: usize) -> Option<Outcome> {
    if args.len() < min || args.len() > max {
        let msg = match (min, max) {
            (1, 1) => format!("{name}() takes exactly one argument ({} given)", args.len()),
            _ if args.len() < min => format!("{name} expected at least {min} argument{}, got {}", if min == 1 { "" } else { "s" }, args.len()),
            _ => format!("{name} expected at most {max} argument{}, got {}", if max == 1 { "" } else { "s" }, args.len()),
        };
        return Some(Outcome::Reject(Code::BadCall, msg, None));
    }
    None
}

/// Whether CPython's builtin takes no keyword arguments at all (`len(obj=x)` is a `TypeError`).
fn positional_only(b: Builtin) -> bool {
    use Builtin::*;
    matches!(b, Len | Abs | Chr | Ord | Hash | Repr | Bool | Float | Format | Divmod | List | Set | FrozenSet | Tuple | Hex | Oct | Bin | Id | Callable)
}

/// The exact argument types of the I/O primitives the prelude and the `sys` shim call.
fn primitive_params(b: Builtin) -> &'static [Type] {
    match b {
        Builtin::FileOpen => &[Type::Str, Type::Str],
        Builtin::FileWrite => &[Type::Int, Type::Str],
        Builtin::FileWriteBytes => &[Type::Int, Type::Bytes(Mutability::Immutable)],
        Builtin::FileReadBytes => &[Type::Int, Type::Int],
        Builtin::FileRead | Builtin::FileReadline | Builtin::FileReadlineBytes | Builtin::FileFlush | Builtin::FileClose => &[Type::Int],
        Builtin::FMath => &[Type::Int, Type::Float],
        Builtin::FMath2 => &[Type::Int, Type::Float, Type::Float],
        _ => &[],
    }
}

/// What `reversed(t)` raises or rejects, or `None` for the sequences it reverses.
fn reversible(an: &Annotator, t: &Type) -> Option<Outcome> {
    match t {
        Type::Str | Type::List(_) | Type::Tuple(_) | Type::TupleOf(_) | Type::Bytes(_) => Option::None,
        Type::Dict(_) | Type::View(..) => Some(Outcome::Reject(
            Code::Unsupported,
            format!("unsupported construct: reversed() of a {}", t.py_name()),
            Some("reverse a list of its items: `reversed(list(d))`".into()),
        )),
        t => Some(type_error(format!("'{}' object is not reversible", an.containers.type_name(t)))),
    }
}

pub(super) fn call(an: &mut Annotator, vid: VariantId, inst: &Inst, b: Builtin, args: &[Type], kw: &[(String, Type)]) -> Outcome {
    use Type::*;
    let allowed_kw: &[&str] = match b {
        Builtin::Print => &["sep", "end"],
        Builtin::Sorted => &["reverse", "$keys"],
        Builtin::Min | Builtin::Max => &["$keys", "default"],
        _ => &[],
    };
    if let Some((k, _)) = kw.iter().find(|(k, _)| !allowed_kw.contains(&k.as_str())) {
        if positional_only(b) {
            return Outcome::Reject(Code::BadCall, format!("{}() takes no keyword arguments", b.name()), Option::None);
        }
        return Outcome::Reject(
            Code::Unsupported,
            format!("unsupported construct: keyword argument `{k}` of {}()", b.name()),
            Some("this keyword arrives later".into()),
        );
    }
    if args.contains(&Bottom) || kw.iter().any(|(_, t)| *t == Bottom) {
        return Outcome::Type(Bottom);
    }
    let name = b.name();
    match b {
        Builtin::Print => {
            for (k, t) in kw {
                if !matches!(t, Str | None) {
                    return type_error(format!("{k} must be None or a string, not {}", t.py_name()));
                }
            }
            Outcome::Type(None)
        }
        Builtin::Len => arity(name, args, 1, 1).unwrap_or_else(|| match &args[0] {
            Str | Bytes(_) | List(_) | Tuple(_) | TupleOf(_) | Dict(_) | Set(..) | View(..) => Outcome::Type(Int),
            t => type_error(format!("object of type '{}' has no len()", t.py_name())),
        }),
        Builtin::IterLen => match &args[0] {
            Str | Bytes(_) | List(_) | Tuple(_) | TupleOf(_) | Dict(_) | Set(..) | View(..) | Iter(_) | Gen(_) => Outcome::Type(Int),
            t => type_error(format!("'{}' object is not iterable", an.containers.type_name(t))),
        },
        Builtin::RevLen => reversible(an, &args[0]).unwrap_or(Outcome::Type(Int)),
        // A generator or an instance's items were gathered into a list (`GATHERING`).
        Builtin::Starred => match &args[0] {
            t @ (List(_) | Tuple(_) | TupleOf(_) | Object) => Outcome::Type(t.clone()),
            t => match super::ops::iter_item(an, t) {
                Outcome::Raises(_) => Outcome::Type(t.clone()),
                _ => tuple_of(an, t),
            },
        },
        Builtin::StarredPart(callee) => match &args[0] {
            t @ Instance(c) if an.program.subclasses(*c).iter().any(|&k| an.program.method(k, "__iter__").is_some()) => Outcome::Type(t.clone()),
            t => match super::ops::iter_item(an, t) {
                Outcome::Raises(_) => {
                    let what = callee.map_or("Value".to_string(), |c| format!("{c}() argument"));
                    type_error(format!("{what} after * must be an iterable, not {}", an.containers.type_name(t)))
                }
                Outcome::Type(_) => Outcome::Type(t.clone()),
                other => other,
            },
        },
        Builtin::FormatStar => match args {
            [Str, Tuple(_) | TupleOf(_), Dict(d)] if matches!(an.containers.item(*d), Str | Bottom | None) => Outcome::Type(Str),
            _ => Outcome::Reject(
                Code::Unsupported,
                format!("unsupported construct: `format(*args, **kwargs)` of a {}", args[0].py_name()),
                Some("call `format` with starred arguments on a str only".into()),
            ),
        },
        Builtin::Reversed => reversible(an, &args[0]).unwrap_or_else(|| super::containers::list_of(an, vid, inst, &args[0])),
        Builtin::Abs => arity(name, args, 1, 1).unwrap_or_else(|| match &args[0] {
            Float => Outcome::Type(Float),
            t if t.is_intlike() => Outcome::Type(Int),
            t => type_error(format!("bad operand type for abs(): '{}'", t.py_name())),
        }),
        Builtin::Min | Builtin::Max => match args {
            [] => Outcome::Reject(Code::BadCall, format!("{name} expected at least 1 argument, got 0"), Option::None),
            [_, _, ..] if kw.iter().any(|(k, _)| k == "default") => {
                type_error(format!("Cannot specify a default for {name}() with multiple positional arguments"))
            }
            [t] => {
                let item = if *t == Str { Outcome::Type(Str) } else { super::ops::iter_item(an, t) };
                or_default(an, inst, item, kw.iter().find(|(k, _)| k == "default").map(|(_, d)| d), name)
            }
            _ => {
                let mut acc = Bottom;
                for t in args {
                    acc = an.containers.union(&acc, t);
                }
                an.note_widening(inst.span, || format!("the result of {name}()"));
                Outcome::Type(acc)
            }
        },
        Builtin::Sum => arity(name, args, 1, 2).unwrap_or_else(|| {
            let start = args.get(1).cloned().unwrap_or(Int);
            match super::ops::iter_item(an, &args[0]) {
                Outcome::Type(item) => match item {
                    // Wait for the items' type: the result is `start` only if the list stays empty.
                    Bottom => Outcome::Type(Bottom),
                    None => Outcome::Type(if start == Bool { Int } else { start }),
                    t if t.is_number() && start.is_number() => Outcome::Type(if t == Float || start == Float { Float } else { Int }),
                    // Boxed items add with CPython's rules at run time.
                    Object if start.is_number() || start == Object => Outcome::Type(Object),
                    t => type_error(format!("unsupported operand type(s) for +: '{}' and '{}'", start.py_name(), t.py_name())),
                },
                other => other,
            }
        }),
        Builtin::Int => match args {
            [] => Outcome::Type(Int),
            [t] if t.is_number() || *t == Str => Outcome::Type(Int),
            [Str, base] if base.is_intlike() => Outcome::Type(Int),
            [Bytes(_), ..] => from_bytes_unsupported(name),
            [t] => type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", t.py_name())),
            [_, _] => type_error("int() can't convert non-string with explicit base".into()),
            _ => Outcome::Reject(Code::BadCall, format!("int() takes at most 2 arguments ({} given)", args.len()), Option::None),
        },
        Builtin::Float => match args {
            [] => Outcome::Type(Float),
            [t] if t.is_number() || *t == Str => Outcome::Type(Float),
            [Bytes(_)] => from_bytes_unsupported(name),
            [t] => type_error(format!("float() argument must be a string or a real number, not '{}'", t.py_name())),
            _ => Outcome::Reject(Code::BadCall, format!("float expected at most 1 argument, got {}", args.len()), Option::None),
        },
        // `str(b, encoding)` decodes.
        Builtin::Str if matches!(args, [Bytes(_), Str]) => Outcome::Type(Str),
        Builtin::Str | Builtin::Repr | Builtin::Bool => {
            let min = usize::from(b == Builtin::Repr);
            arity(name, args, min, 1).unwrap_or(Outcome::Type(if b == Builtin::Bool { Bool } else { Str }))
        }
        Builtin::Ord => arity(name, args, 1, 1).unwrap_or_else(|| match &args[0] {
            Str => Outcome::Type(Int),
            Bytes(_) => from_bytes_unsupported(name),
            t => type_error(format!("ord() expected string of length 1, but {} found", t.py_name())),
        }),
        // `hex(x)` is `format(x, "#x")` for an int, and the same for `oct` and `bin`.
        Builtin::Chr | Builtin::Hex | Builtin::Oct | Builtin::Bin => arity(name, args, 1, 1).unwrap_or_else(|| integer(an, &args[0], Str)),
        Builtin::Id => arity(name, args, 1, 1).unwrap_or(Outcome::Type(Int)),
        Builtin::Callable => arity(name, args, 1, 1).unwrap_or(Outcome::Type(Bool)),
        Builtin::Input => arity(name, args, 0, 1).unwrap_or_else(|| match args.first() {
            Option::None | Some(Str) => Outcome::Type(Str),
            Some(t) => Outcome::Reject(
                Code::Unsupported,
                format!("unsupported construct: input() with a {} prompt", t.py_name()),
                Some("pass a str: `input(str(prompt))`".into()),
            ),
        }),
        // What a text file is given to write but a str, and a binary file but bytes, is
        // CPython's `TypeError` (a bytearray is written as bytes).
        Builtin::FileWrite if matches!(args, [Int, t] if !matches!(t, Str | Object | Bottom)) => {
            type_error(format!("write() argument must be str, not {}", args[1].py_name()))
        }
        Builtin::FileWriteBytes if matches!(args, [Int, t] if !matches!(t, Bytes(_) | Object | Bottom)) => {
            type_error(format!("a bytes-like object is required, not '{}'", an.containers.type_name(&args[1])))
        }
        Builtin::FileWriteBytes if matches!(args, [Int, Bytes(_)]) => Outcome::Type(Int),
        Builtin::Argv
        | Builtin::FileOpen
        | Builtin::FileRead
        | Builtin::FileReadline
        | Builtin::FileWrite
        | Builtin::FileReadBytes
        | Builtin::FileReadlineBytes
        | Builtin::FileWriteBytes
        | Builtin::FileFlush
        | Builtin::FileClose
        | Builtin::FMath
        | Builtin::FMath2
            if args != primitive_params(b) =>
        {
            Outcome::Reject(Code::BadCall, format!("{name}() is the runtime's and takes ({:?})", primitive_params(b)), Option::None)
        }
        Builtin::Argv => {
            let l = an.new_site(vid, inst.result.unwrap_or(Value(u32::MAX)));
            an.add_item(l, &Str, inst.span);
            Outcome::Type(List(l))
        }
        Builtin::FileOpen => Outcome::Type(Int),
        Builtin::FMath | Builtin::FMath2 => Outcome::Type(Float),
        Builtin::FileRead | Builtin::FileReadline => Outcome::Type(Str),
        Builtin::FileReadBytes | Builtin::FileReadlineBytes => Outcome::Type(Bytes(Mutability::Immutable)),
        Builtin::FileWriteBytes => Outcome::Type(Int),
        Builtin::FileWrite | Builtin::FileFlush | Builtin::FileClose => Outcome::Type(None),
        Builtin::Tuple => match args {
            [] => Outcome::Type(Tuple(vec![])),
            [t @ (Tuple(_) | TupleOf(_))] => Outcome::Type(t.clone()),
            [t] => tuple_of(an, t),
            _ => Outcome::Reject(Code::BadCall, format!("tuple expected at most 1 argument, got {}", args.len()), Option::None),
        },
        Builtin::Round => match args {
            [Float] | [Float, None] => Outcome::Type(Int),
            [Float, n] if n.is_intlike() => Outcome::Type(Float),
            [t] | [t, None] if t.is_intlike() => Outcome::Type(Int),
            [t, n] if t.is_intlike() && n.is_intlike() => Outcome::Type(Int),
            [t, ..] if !t.is_number() => type_error(format!("type {} doesn't define __round__ method", t.py_name())),
            [_, n] => type_error(format!("'{}' object cannot be interpreted as an integer", n.py_name())),
            _ => Outcome::Reject(Code::BadCall, format!("round() takes at most 2 arguments ({} given)", args.len()), Option::None),
        },
        Builtin::Divmod => match args {
            [a, b] if a.is_number() && b.is_number() => {
                let t = if *a == Float || *b == Float { Float } else { Int };
                Outcome::Type(Tuple(vec![t.clone(), t]))
            }
            [a, b] => type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", a.py_name(), b.py_name())),
            _ => Outcome::Reject(Code::BadCall, format!("divmod expected 2 arguments, got {}", args.len()), Option::None),
        },
        Builtin::Pow => match args {
            [a, b] if a.is_number() && b.is_number() => Outcome::Type(if *a == Float || *b == Float { Float } else { Int }),
            [a, b, m] if a.is_intlike() && b.is_intlike() && m.is_intlike() => Outcome::Type(Int),
            [a, b, _] if a.is_number() && b.is_number() => type_error("pow() 3rd argument not allowed unless all arguments are integers".into()),
            [a, b, ..] => type_error(format!("unsupported operand type(s) for ** or pow(): '{}' and '{}'", a.py_name(), b.py_name())),
            _ => Outcome::Reject(Code::BadCall, format!("pow() takes 2 or 3 arguments ({} given)", args.len()), Option::None),
        },
        Builtin::List => match args {
            [] => Outcome::Type(List(an.new_site(vid, inst.result.unwrap_or(Value(u32::MAX))))),
            [List(l)] => Outcome::Type(List(*l)),
            [t] => super::containers::list_of(an, vid, inst, t),
            _ => Outcome::Reject(Code::BadCall, format!("list expected at most 1 argument, got {}", args.len()), Option::None),
        },
        Builtin::Sorted => match args {
            [t] => super::methods::bad_reverse(kw).unwrap_or_else(|| super::containers::list_of(an, vid, inst, t)),
            _ => Outcome::Reject(Code::BadCall, format!("sorted expected 1 argument, got {}", args.len()), Option::None),
        },
        Builtin::Set => match args {
            [] => Outcome::Type(Set(Mutability::Mutable, an.new_site(vid, inst.result.unwrap_or(Value(u32::MAX))))),
            [t] => super::containers::set_of(an, vid, inst, Mutability::Mutable, t),
            _ => Outcome::Reject(Code::BadCall, format!("set expected at most 1 argument, got {}", args.len()), Option::None),
        },
        Builtin::FrozenSet => match args {
            [] => Outcome::Type(Set(Mutability::Immutable, an.new_site(vid, inst.result.unwrap_or(Value(u32::MAX))))),
            [t] => super::containers::set_of(an, vid, inst, Mutability::Immutable, t),
            _ => Outcome::Reject(Code::BadCall, format!("frozenset expected at most 1 argument, got {}", args.len()), Option::None),
        },
        Builtin::Bytes => new_bytes(an, name, Mutability::Immutable, args),
        Builtin::ByteArray => new_bytes(an, name, Mutability::Mutable, args),
        Builtin::BytesFromhex | Builtin::ByteArrayFromhex => {
            let kind = if b == Builtin::BytesFromhex { Mutability::Immutable } else { Mutability::Mutable };
            arity(name, args, 1, 1).unwrap_or_else(|| match &args[0] {
                Str => Outcome::Type(Bytes(kind)),
                t => type_error(format!("fromhex() argument must be str, not {}", t.py_name())),
            })
        }
        Builtin::StrMaketrans => maketrans(an, vid, inst, args),
        Builtin::Dict => match args {
            [] => Outcome::Type(Dict(an.new_site(vid, inst.result.unwrap_or(Value(u32::MAX))))),
            [Dict(c)] => Outcome::Type(Dict(*c)),
            [t] => Outcome::Reject(
                Code::Unsupported,
                format!("unsupported construct: dict() from a {}", t.py_name()),
                Some("build the dict with a comprehension or a loop".into()),
            ),
            _ => Outcome::Reject(Code::BadCall, format!("dict expected at most 1 argument, got {}", args.len()), Option::None),
        },
        Builtin::Iter => arity(name, args, 1, 1).unwrap_or_else(|| match &args[0] {
            Iter(_) => Outcome::Type(args[0].clone()),
            Tuple(_) => match super::ops::iter_item(an, &args[0]) {
                Outcome::Type(_) => Outcome::Type(Iter(Box::new(args[0].clone()))),
                other => other,
            },
            t @ (Str | Bytes(_) | List(_) | TupleOf(_) | Dict(_) | Set(..) | View(..)) => Outcome::Type(Iter(Box::new(t.clone()))),
            // A generator is its own iterator.
            t @ Gen(_) => Outcome::Type(t.clone()),
            Instance(_) => unreachable!("iter() of an instance is its __iter__ (Annotator::special)"),
            Object => Outcome::Reject(Code::Unsupported, "unsupported construct: iter() of a boxed value".into(), Some("iterate it with a `for` loop".into())),
            t => type_error(format!("'{}' object is not iterable", an.containers.type_name(t))),
        }),
        Builtin::Next => match args {
            [Iter(t), rest @ ..] if rest.len() <= 1 => {
                let item = super::ops::iter_item(an, t);
                or_default(an, inst, item, rest.first(), name)
            }
            [Gen(item), rest @ ..] if rest.len() <= 1 => or_default(an, inst, Outcome::Type((**item).clone()), rest.first(), name),
            [Instance(_), _] => Outcome::Reject(Code::Unsupported, "unsupported construct: next() with a default on an instance".into(), Some("call next(obj) in a loop that ends when it raises".into())),
            [Instance(_)] => unreachable!("next() of an instance is its __next__ (Annotator::special)"),
            [Object, ..] => Outcome::Reject(Code::Unsupported, "unsupported construct: next() of a boxed value".into(), Some("keep the iterator in a variable of one type".into())),
            [t] | [t, _] => type_error(format!("'{}' object is not an iterator", an.containers.type_name(t))),
            _ => Outcome::Reject(Code::BadCall, format!("next expected at most 2 arguments, got {}", args.len()), Option::None),
        },
        Builtin::Hash => arity(name, args, 1, 1).unwrap_or_else(|| {
            if args[0].is_hashable() {
                Outcome::Type(Int)
            } else {
                type_error(format!("unhashable type: '{}'", args[0].py_name()))
            }
        }),
        Builtin::Format => match args {
            [_] | [_, Str] => Outcome::Type(Str),
            [_, t] => type_error(format!("format() argument 2 must be str, not {}", t.py_name())),
            _ => Outcome::Reject(Code::BadCall, format!("format expected at most 2 arguments, got {}", args.len()), Option::None),
        },
    }
}

/// The result of `name` (`next`, `min`, `max`) whose item is `item`, or `default` when given:
/// their join.
fn or_default(an: &mut Annotator, inst: &Inst, item: Outcome, default: Option<&Type>, name: &str) -> Outcome {
    match (item, default) {
        (Outcome::Type(item), Some(d)) => {
            let joined = an.containers.union(&item, d);
            an.note_widening(inst.span, || format!("the result of {name}() with a default"));
            Outcome::Type(joined)
        }
        (item, _) => item,
    }
}

/// A builtin that takes an integer (`chr`, `hex`...) given a `t`: `result`, or CPython's
/// `TypeError`. An instance's `__index__` is not called yet, so a class with one is rejected.
fn integer(an: &Annotator, t: &Type, result: Type) -> Outcome {
    match t {
        t if t.is_intlike() => Outcome::Type(result),
        Type::Instance(c) if an.program.method(*c, "__index__").is_some() => Outcome::Reject(
            Code::Unsupported,
            "unsupported construct: an instance with `__index__` used as an integer".into(),
            Some("call the method yourself: `x.__index__()`".into()),
        ),
        t => type_error(format!("'{}' object cannot be interpreted as an integer", an.containers.type_name(t))),
    }
}

/// `tuple(x)` of an iterable other than a tuple: a tuple of any length of `x`'s items, made
/// from `list(x)` (a generator or an instance's `__iter__` was gathered into a list already).
fn tuple_of(an: &mut Annotator, t: &Type) -> Outcome {
    match super::ops::iter_item(an, t) {
        Outcome::Type(Type::Bottom) => Outcome::Type(Type::Bottom),
        Outcome::Type(item) => Outcome::Type(Type::TupleOf(Box::new(item))),
        other => other,
    }
}

/// `int(b)`, `float(b)` and `ord(b)` of a bytes value are not compiled.
fn from_bytes_unsupported(name: &str) -> Outcome {
    Outcome::Reject(
        Code::Unsupported,
        format!("unsupported construct: {name}() of a bytes value"),
        Some("decode it first: `{name}(b.decode())`, or index it: `b[0]`".replace("{name}", name)),
    )
}

/// `bytes(...)` and `bytearray(...)`: empty, `n` zero bytes, a copy of bytes, an encoded str, or
/// the ints of an iterable.
fn new_bytes(an: &mut Annotator, name: &str, kind: Mutability, args: &[Type]) -> Outcome {
    use Type::*;
    match args {
        [] => Outcome::Type(Bytes(kind)),
        [n] if n.is_intlike() => Outcome::Type(Bytes(kind)),
        [Bytes(_)] | [Str, Str] => Outcome::Type(Bytes(kind)),
        [Str] => type_error("string argument without an encoding".into()),
        [t @ (Float | None | Instance(_))] => type_error(format!("cannot convert '{}' object to {name}", an.containers.type_name(t))),
        [t] => match super::ops::iter_item(an, t) {
            Outcome::Type(item) if item.is_intlike() || item == Bottom => Outcome::Type(Bytes(kind)),
            // The items of an always empty container.
            Outcome::Type(None) => Outcome::Type(Bytes(kind)),
            Outcome::Type(Object | Optional(_)) => Outcome::Reject(
                Code::Unsupported,
                format!("unsupported construct: {name}() of items of mixed type"),
                Some("build it from a list of ints".into()),
            ),
            Outcome::Type(item) => type_error(format!("'{}' object cannot be interpreted as an integer", item.py_name())),
            other => other,
        },
        [_, Str] => type_error("encoding without a string argument".into()),
        [_, t] => type_error(format!("{name}() argument 'encoding' must be str, not {}", t.py_name())),
        _ => Outcome::Reject(Code::BadCall, format!("{name}() takes at most 2 arguments ({} given)", args.len()), Option::None),
    }
}

/// `str.maketrans(table)`, `str.maketrans(from, to)` and `str.maketrans(from, to, delete)`: a
/// new `dict[int, V]`; the values are the table's, the ints of `to`, or `int | None` with `delete`.
fn maketrans(an: &mut Annotator, vid: VariantId, inst: &Inst, args: &[Type]) -> Outcome {
    use Type::*;
    if let Some(bad) = arity("maketrans", args, 1, 3) {
        return bad;
    }
    let value = match args {
        // Boxed keys are checked one by one at run time.
        [Dict(c)] => match an.containers.item(*c) {
            Str | Int | Bool | None | Object => an.containers.value(*c),
            _ => return type_error("keys in translate table must be strings or integers".into()),
        },
        [_] => return type_error("if you give only one argument to maketrans it must be a dict".into()),
        _ => {
            if let Some((i, t)) = args.iter().enumerate().find(|(_, t)| **t != Str) {
                return type_error(format!("maketrans() argument {} must be str, not {}", i + 1, t.py_name()));
            }
            if args.len() == 3 {
                Optional(Box::new(Int))
            } else {
                Int
            }
        }
    };
    let c = an.new_site(vid, inst.result.unwrap_or(Value(u32::MAX)));
    an.add_item(c, &Int, inst.span);
    an.add_value(c, &value, inst.span);
    Outcome::Type(Dict(c))
}
