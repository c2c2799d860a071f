//! Calls through function values (`f(x)` where `f` holds a function object) and the
//! instructions of closures.
//!
//! A function value's type is the set of functions it may be (`Type::Function`). A call binds
//! its arguments to each candidate's parameters here, as CPython would when the call runs:
//! positions, keywords, defaults (a module function's hidden global, or a nested function's
//! default kept in its function object), the leftovers packed into `*args` and `**kwargs`, and a
//! starred tuple `f(*t)` spread by its fields. Each candidate gets a variant for the argument
//! types, as a direct call does; a candidate the arguments do not fit raises CPython's
//! `TypeError` when the value is that function. The lowering then selects the candidate by the
//! object's function (`FnCall`).
#![forbid(unsafe_code)]

use super::{Annotator, ExcKind, Outcome, Raise, VariantId};
use crate::diagnostic::Code;
use crate::ir::*;
use crate::types::{ContainerId, Type};

/// Where an argument of a call through a function value comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum FnArg {
    /// Operand `i` of the call: 0 is the function object, then the positional arguments, then
    /// the keyword arguments' values (a `*` or `**` one included).
    Operand(usize),
    /// Field `i` of the tuple that operand `o` is (`f(*t)`).
    Field(usize, usize),
    /// A module function's default, in its hidden global.
    Default(GlobalId),
    /// A nested function's default: field `i` of the function object; the global holds its type.
    Closure(usize, GlobalId),
    /// `*args`: a tuple of these.
    Tuple(Vec<FnArg>),
    /// `**kwargs`: a new dict (of this definition) of these keys and values.
    Dict(ContainerId, Vec<(String, FnArg)>),
}

/// One function a call through a function value may reach.
#[derive(Clone, Debug)]
pub struct FnTarget {
    pub func: FuncId,
    /// The variant called and its arguments, or what CPython raises when the arguments do not
    /// fit this function.
    pub call: Result<(VariantId, Vec<FnArg>), Raise>,
}

/// A call through a function value, keyed by the call's result.
#[derive(Clone, Debug)]
pub struct FnCall {
    pub targets: Vec<FnTarget>,
    /// The join of the targets' return types.
    pub ret: Type,
}

impl FnCall {
    /// The variants this call may reach.
    pub fn callees(&self) -> impl Iterator<Item = VariantId> + '_ {
        self.targets.iter().filter_map(|t| t.call.as_ref().ok().map(|c| c.0))
    }
}

/// The arguments of a call as the instruction has them: positional types, then keywords (`*`
/// a starred tuple, `**` a dict).
struct Args<'t> {
    positional: &'t [Type],
    keywords: &'t [(String, Type)],
}

impl<'p> Annotator<'p> {
    /// `f(args)` where `f` is a function object of one of `funcs`.
    pub(super) fn call_function_value(&mut self, vid: VariantId, inst: &Inst, funcs: &[FuncId], positional: &[Type], keywords: &[(String, Type)]) -> Outcome {
        if positional.iter().chain(keywords.iter().map(|(_, t)| t)).any(|t| *t == Type::Bottom) {
            return Outcome::Type(Type::Bottom);
        }
        let args = Args { positional, keywords };
        let mut targets = Vec::new();
        let mut ret = Type::Bottom;
        for &f in funcs {
            let bound = match self.bind_value_call(vid, inst, f, &args) {
                Ok(b) => b,
                Err(Outcome::Raises(r)) => {
                    targets.push(FnTarget { func: f, call: Err(r) });
                    continue;
                }
                Err(other) => return other,
            };
            let (sources, types) = bound;
            let Some(callee) = self.variant_for(f, types, inst.span) else { continue };
            let r = self.call_result(f, callee);
            ret = self.containers.union(&ret, &r);
            self.note_widening(inst.span, || "the result of a call through a function value".to_string());
            targets.push(FnTarget { func: f, call: Ok((callee, sources)) });
        }
        if let Some(result) = inst.result {
            self.variants[vid.0 as usize].fcalls.insert(result, FnCall { targets, ret: ret.clone() });
        }
        Outcome::Type(ret)
    }

    /// Binds the arguments of a call to function `f`'s parameters: where each comes from and
    /// its type. `Err` holds what CPython raises for arguments that do not fit, or a diagnostic.
    fn bind_value_call(&mut self, vid: VariantId, inst: &Inst, f: FuncId, args: &Args) -> Result<(Vec<FnArg>, Vec<Type>), Outcome> {
        let func = self.program.function(f);
        let name = func.name.clone();
        let type_error = |msg: String| Outcome::Raises(Raise::new(ExcKind::TypeError, format!("{name}() {msg}")));
        // The positional arguments, a starred tuple's fields after them.
        let mut positional: Vec<(FnArg, Type)> = args.positional.iter().enumerate().map(|(i, t)| (FnArg::Operand(1 + i), t.clone())).collect();
        let mut keywords = Vec::new();
        for (j, (k, t)) in args.keywords.iter().enumerate() {
            let operand = 1 + args.positional.len() + j;
            match (k.as_str(), t.non_none()) {
                ("*", Type::Tuple(ts)) => positional.extend(ts.iter().enumerate().map(|(i, t)| (FnArg::Field(operand, i), t.clone()))),
                ("*", Type::TupleOf(_)) => return Err(unsupported("`*` of a tuple whose length is known only at run time, in a call", "the number of arguments must be known when the program is built: star a tuple display such as `(a, b)`, or pass the tuple itself")),
                ("*", t) => return Err(unsupported(&format!("`*` of a {} in a call", self.containers.type_name(t)), "the length of a starred argument must be known: star a tuple")),
                // A dict that never holds an item adds no arguments.
                ("**", Type::Dict(d)) if matches!(self.containers.item(*d), Type::Bottom | Type::None) => {}
                ("**", _) => return Err(unsupported("`**` of a dict that may hold items in a call", "pass the keyword arguments by name")),
                (k, t) => keywords.push((k.to_string(), FnArg::Operand(operand), t.clone())),
            }
        }
        let params = &func.params;
        let plain: Vec<usize> = params.iter().enumerate().filter(|(_, p)| p.kind == ParamKind::Plain).map(|(i, _)| i).collect();
        let mut bound: Vec<Option<(FnArg, Type)>> = vec![None; params.len()];
        if let Some(p) = params.iter().position(|p| p.kind == ParamKind::Closure) {
            bound[p] = Some((FnArg::Operand(0), Type::Function(vec![f])));
        }
        let var_args = params.iter().position(|p| p.kind == ParamKind::VarArgs);
        if positional.len() > plain.len() && var_args.is_none() {
            let given = positional.len();
            let takes = plain.len();
            let s = if takes == 1 { "" } else { "s" };
            let were = if given == 1 { "was" } else { "were" };
            return Err(type_error(format!("takes {takes} positional argument{s} but {given} {were} given")));
        }
        let extra = positional.split_off(plain.len().min(positional.len()));
        for (&p, a) in plain.iter().zip(positional) {
            bound[p] = Some(a);
        }
        if let Some(p) = var_args {
            let types = extra.iter().map(|(_, t)| t.clone()).collect();
            bound[p] = Some((FnArg::Tuple(extra.into_iter().map(|(a, _)| a).collect()), Type::Tuple(types)));
        }
        let mut extra_kw = Vec::new();
        for (k, a, t) in keywords {
            match params.iter().position(|p| p.name == k && matches!(p.kind, ParamKind::Plain | ParamKind::KeywordOnly)) {
                Some(i) if bound[i].is_some() => return Err(type_error(format!("got multiple values for argument '{k}'"))),
                Some(i) => bound[i] = Some((a, t)),
                None => extra_kw.push((k, a, t)),
            }
        }
        match params.iter().position(|p| p.kind == ParamKind::VarKeywords) {
            Some(p) => {
                let d = self.new_site(vid, inst.result.unwrap_or(Value(u32::MAX)));
                for (_, _, t) in &extra_kw {
                    self.add_item(d, &Type::Str, inst.span);
                    self.add_value(d, t, inst.span);
                }
                bound[p] = Some((FnArg::Dict(d, extra_kw.into_iter().map(|(k, a, _)| (k, a)).collect()), Type::Dict(d)));
            }
            None if !extra_kw.is_empty() => return Err(type_error(format!("got an unexpected keyword argument '{}'", extra_kw[0].0))),
            None => {}
        }
        // Defaults, counted from the first one in the function object.
        let first_default = 1 + func.free.len();
        let mut defaults_seen = 0;
        let mut missing = Vec::new();
        let mut sources = Vec::with_capacity(params.len());
        let mut types = Vec::with_capacity(params.len());
        for (p, b) in params.iter().zip(bound) {
            let default = p.default.map(|g| {
                defaults_seen += 1;
                let t = self.globals[g.index()].clone();
                match func.closure_defaults {
                    true => (FnArg::Closure(first_default + defaults_seen - 1, g), t),
                    false => (FnArg::Default(g), t),
                }
            });
            match b.or(default) {
                Some((a, t)) => {
                    sources.push(a);
                    types.push(t);
                }
                None => missing.push(p),
            }
        }
        if let Some(first) = missing.first() {
            let what = if first.kind == ParamKind::KeywordOnly { "keyword-only" } else { "positional" };
            let names: Vec<&Param> = missing.iter().copied().filter(|p| (p.kind == ParamKind::KeywordOnly) == (first.kind == ParamKind::KeywordOnly)).collect();
            let listed: Vec<String> = names.iter().map(|p| format!("'{}'", p.name)).collect();
            let text = match listed.len() {
                1 => listed[0].clone(),
                n => format!("{} and {}", listed[..n - 1].join(", "), listed[n - 1]),
            };
            let s = if names.len() == 1 { "" } else { "s" };
            return Err(type_error(format!("missing {} required {what} argument{s}: {text}", names.len())));
        }
        Ok((sources, types))
    }
}

fn unsupported(what: &str, help: &str) -> Outcome {
    Outcome::Reject(Code::Unsupported, format!("unsupported construct: {what}"), Some(help.into()))
}
