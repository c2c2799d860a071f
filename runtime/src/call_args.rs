//! Binding a call's arguments to a function's parameters when the call runs: `f(*xs)` of a
//! list and `f(**d)` of dicts, whose lengths and keys only the running program knows.
//!
//! The compiler binds every other call at compile time. For these it passes a *binding spec*
//! (a text constant, [`Spec::parse`]) that describes the callee's parameters and the call's
//! static arguments; [`bind`] follows CPython's `initialize_locals` step by step, so the same
//! call raises the same `TypeError` with the same message, and says for each parameter where
//! its value comes from ([`Source`]). Generated code then loads each parameter from there.
#![forbid(unsafe_code)]

use crate::errors::{PyErr, PyResult};

/// How a parameter receives arguments (the compiler's `ParamKind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Plain,
    KeywordOnly,
    VarArgs,
    VarKeywords,
    /// The function object a closure is called through: never an argument.
    Closure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Param<'s> {
    pub name: &'s str,
    pub kind: Kind,
    pub has_default: bool,
}

/// A call to bind, as the compiler describes it.
///
/// The text is lines: the function's `__qualname__` (CPython's binding errors name it), its
/// module-qualified name (the errors of merging keywords do), the number of positional
/// arguments the call passes before its starred list, one line per parameter (`p`lain,
/// `k`eyword-only, `*args`, `$` for `**kwargs` or `c`losure, then `1` when it has a default, a
/// space and the name), and one line per keyword argument in call order: `=name`, or `=**` where
/// the next `**` dict's items go.
#[derive(Debug, PartialEq)]
pub struct Spec<'s> {
    pub qualname: &'s str,
    pub full_name: &'s str,
    pub positional: usize,
    pub params: Vec<Param<'s>>,
    /// Keyword names in call order; each `None` is the place of the next `**` dict.
    pub keywords: Vec<Option<&'s str>>,
}

impl<'s> Spec<'s> {
    /// Reads the compiler's text; `None` when it is malformed (a compiler bug).
    pub fn parse(text: &'s str) -> Option<Spec<'s>> {
        let mut lines = text.split('\n');
        let qualname = lines.next()?;
        let full_name = lines.next()?;
        let positional = lines.next()?.parse().ok()?;
        let mut params = Vec::new();
        let mut keywords = Vec::new();
        for line in lines {
            if let Some(k) = line.strip_prefix('=') {
                keywords.push((k != "**").then_some(k));
                continue;
            }
            let (head, name) = line.split_once(' ')?;
            let mut chars = head.chars();
            let kind = match chars.next()? {
                'p' => Kind::Plain,
                'k' => Kind::KeywordOnly,
                '*' => Kind::VarArgs,
                '$' => Kind::VarKeywords,
                'c' => Kind::Closure,
                _ => return None,
            };
            params.push(Param { name, kind, has_default: chars.next() == Some('1') });
        }
        Some(Spec { qualname, full_name, positional, params, keywords })
    }

    /// Whether a keyword named `name` binds to a parameter (rather than going to `**kwargs`).
    pub fn takes_keyword(&self, name: &str) -> bool {
        self.params.iter().any(|p| p.name == name && matches!(p.kind, Kind::Plain | Kind::KeywordOnly))
    }
}

/// Where a parameter's value comes from, as [`bind`] decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The argument the compiler bound (a positional argument before the list, a keyword
    /// written in the call, `*args`, `**kwargs`, the closure).
    Fixed,
    /// This item of the starred list.
    Item(u64),
    /// This value of the `**` dict.
    Value(u64),
    /// The parameter's default.
    Default,
}

impl Source {
    /// The two words generated code reads: a code and the item or value.
    pub fn words(self) -> [u64; 2] {
        match self {
            Source::Fixed => [0, 0],
            Source::Item(w) => [1, w],
            Source::Value(w) => [2, w],
            Source::Default => [3, 0],
        }
    }
}

/// Binds the call: `items` are the starred list's items, `dicts` the (key, value) pairs of each
/// `**` dict in call order. Raises CPython's `TypeError` for arguments that do not fit.
pub fn bind(spec: &Spec, items: Option<&[u64]>, dicts: &[Vec<(&str, u64)>]) -> PyResult<Vec<Source>> {
    // The keywords as the call passes them, merged in order (CPython builds one dict of them).
    let mut keywords: Vec<(&str, Option<u64>)> = Vec::new();
    let mut dicts = dicts.iter();
    for k in &spec.keywords {
        match k {
            Some(name) => keywords.push((name, None)),
            None => keywords.extend(dicts.next().into_iter().flatten().map(|&(k, v)| (k, Some(v)))),
        }
    }
    for (i, (name, _)) in keywords.iter().enumerate() {
        if keywords[..i].iter().any(|(earlier, _)| earlier == name) {
            return Err(PyErr::type_error(format!("{}() got multiple values for keyword argument '{name}'", spec.full_name)));
        }
    }
    let error = |msg: String| Err(PyErr::type_error(format!("{}() {msg}", spec.qualname)));
    let items = items.unwrap_or(&[]);
    let given = spec.positional + items.len();
    let plain: Vec<usize> = (0..spec.params.len()).filter(|&i| spec.params[i].kind == Kind::Plain).collect();
    let mut sources: Vec<Option<Source>> = spec.params.iter().map(|p| matches!(p.kind, Kind::VarArgs | Kind::VarKeywords | Kind::Closure).then_some(Source::Fixed)).collect();
    for (j, &p) in plain.iter().enumerate().take(given) {
        sources[p] = Some(match j.checked_sub(spec.positional) {
            None => Source::Fixed,
            Some(k) => Source::Item(items[k]),
        });
    }
    let var_keywords = spec.params.iter().any(|p| p.kind == Kind::VarKeywords);
    for (name, value) in keywords {
        match spec.params.iter().position(|p| p.name == name && matches!(p.kind, Kind::Plain | Kind::KeywordOnly)) {
            Some(i) if sources[i].is_some() => return error(format!("got multiple values for argument '{name}'")),
            Some(i) => sources[i] = Some(value.map_or(Source::Fixed, Source::Value)),
            None if var_keywords => {}
            None => return error(format!("got an unexpected keyword argument '{name}'")),
        }
    }
    if given > plain.len() && !spec.params.iter().any(|p| p.kind == Kind::VarArgs) {
        return error(too_many_positional(spec, &plain, &sources, given));
    }
    for kind in [Kind::Plain, Kind::KeywordOnly] {
        let missing: Vec<&str> = spec.params.iter().zip(&sources).filter(|(p, s)| p.kind == kind && s.is_none() && !p.has_default).map(|(p, _)| p.name).collect();
        if !missing.is_empty() {
            let what = if kind == Kind::Plain { "positional" } else { "keyword-only" };
            let s = if missing.len() == 1 { "" } else { "s" };
            return error(format!("missing {} required {what} argument{s}: {}", missing.len(), listed(&missing)));
        }
    }
    Ok(sources.into_iter().map(|s| s.unwrap_or(Source::Default)).collect())
}

/// CPython's `too_many_positional` message (after the function's name).
fn too_many_positional(spec: &Spec, plain: &[usize], sources: &[Option<Source>], given: usize) -> String {
    let defaults = plain.iter().filter(|&&p| spec.params[p].has_default).count();
    let (takes, plural) = match defaults {
        0 => (plain.len().to_string(), plain.len() != 1),
        d => (format!("from {} to {}", plain.len() - d, plain.len()), true),
    };
    let keyword_only = spec.params.iter().zip(sources).filter(|(p, s)| p.kind == Kind::KeywordOnly && s.is_some()).count();
    let also = match keyword_only {
        0 => String::new(),
        k => format!(" positional argument{} (and {k} keyword-only argument{})", if given == 1 { "" } else { "s" }, if k == 1 { "" } else { "s" }),
    };
    let were = if given == 1 && keyword_only == 0 { "was" } else { "were" };
    format!("takes {takes} positional argument{} but {given}{also} {were} given", if plural { "s" } else { "" })
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`: CPython's list of missing arguments.
fn listed(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(spec: &str, items: &[u64], entries: &[(&str, u64)]) -> String {
        let spec = Spec::parse(spec).expect("a well-formed spec");
        match bind(&spec, Some(items), &[entries.to_vec()]) {
            Ok(s) => format!("{s:?}"),
            Err(e) => e.msg,
        }
    }

    const F: &str = "f\n__main__.f\n0\np0 a\np0 b\np1 c\nk1 k\n=**";

    #[test]
    fn binds_items_values_and_defaults() {
        assert_eq!(message(F, &[7], &[("b", 8)]), "[Item(7), Value(8), Default, Default]");
        assert_eq!(message("f\n__main__.f\n1\np0 a\np0 b\n=**", &[], &[("b", 8)]), "[Fixed, Value(8)]");
    }

    #[test]
    fn raises_cpythons_messages() {
        assert_eq!(message(F, &[1], &[]), "f() missing 1 required positional argument: 'b'");
        assert_eq!(message(F, &[1, 2, 3, 4], &[]), "f() takes from 2 to 3 positional arguments but 4 were given");
        assert_eq!(message("g\n__main__.g\n0\np0 a\np0 b\np0 c\np0 d", &[], &[]), "g() missing 4 required positional arguments: 'a', 'b', 'c', and 'd'");
        assert_eq!(message("f\n__main__.f\n0\np0 a\n=**", &[1], &[("a", 2)]), "f() got multiple values for argument 'a'");
        assert_eq!(message("f\n__main__.f\n0\np0 a\n=**", &[1], &[("z", 2)]), "f() got an unexpected keyword argument 'z'");
        assert_eq!(message("f\n__main__.f\n0\np0 a\n=a\n=**", &[], &[("a", 2)]), "__main__.f() got multiple values for keyword argument 'a'");
        assert_eq!(message("h\n__main__.h\n0\nk0 a\nk0 b\n=**", &[], &[]), "h() missing 2 required keyword-only arguments: 'a' and 'b'");
    }

    #[test]
    fn merges_several_dicts_in_order() {
        let spec = Spec::parse("f\n__main__.f\n0\np0 a\np0 b\n=**\n=**").expect("a well-formed spec");
        let bound = bind(&spec, None, &[vec![("b", 2)], vec![("a", 1)]]).map_err(|e| e.msg);
        assert_eq!(bound, Ok(vec![Source::Value(1), Source::Value(2)]));
        let twice = bind(&spec, None, &[vec![("a", 2)], vec![("a", 1)]]).map_err(|e| e.msg);
        assert_eq!(twice, Err("__main__.f() got multiple values for keyword argument 'a'".to_string()));
    }

    #[test]
    fn leaves_the_items_past_the_plain_parameters_to_star_args() {
        assert_eq!(message("g\n__main__.g\n1\np0 a\n* args", &[5, 6], &[]), "[Fixed, Fixed]");
        assert_eq!(message("g\n__main__.g\n0\np0 a\n* args", &[5, 6], &[]), "[Item(5), Fixed]");
    }
}
