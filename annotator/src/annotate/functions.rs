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
//!
//! A starred list `f(*xs)` and `**d` dicts that may hold items have a length and keys that only
//! the running program knows: such a call is bound when it runs, by the runtime's binder
//! (`Binder`, `runtime/src/call_args.rs`), which raises CPython's `TypeError` or says where each
//! parameter's value comes from. Here each parameter that the list or a dict may fill gets the
//! join of the types of everything that may fill it (`FnArg::Bound`), and `*args` the list's
//! items past the plain parameters (`FnArg::Rest`). Several `**` dicts in one call share one
//! definition (their types are joined), so every value the binder hands over has one type.
//!
//! The builder gives the binder at most one starred sequence: a sole `*x` as it is (a tuple, a
//! list, or any other iterable made a tuple, `Builtin::Starred`), and several stars, or
//! positional arguments after one, as the one list of their items (`build/starred.rs`).
#![forbid(unsafe_code)]

use super::{Annotator, ArgSource, ExcKind, Outcome, Raise, VariantId};
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
    /// `**kwargs`: a new dict (of this definition) of these keys and values, and the items of
    /// the call's `**` dicts that no parameter takes: the `k`-th dict's after the first `n` of
    /// the pairs, where `n` is the `k`-th position listed.
    Dict(ContainerId, Vec<(String, FnArg)>, Vec<usize>),
    /// `*args` (parameter `param`) of a call bound when it runs: a tuple of these arguments,
    /// then the items of the starred sequence (operand `list`) from position `skip` on (the
    /// ones no plain parameter took), of the tuple's item type.
    Rest { param: usize, fixed: Vec<FnArg>, list: usize, skip: usize },
    /// Parameter `param` of a call bound when it runs ([`Binder`]): the argument written in the
    /// call (`fixed`), an item of the starred list, a value of the `**` dict or the `default`,
    /// as the binder decides.
    Bound { param: usize, fixed: Option<Box<FnArg>>, default: Option<Box<FnArg>> },
}

/// How to bind a call when it runs: the runtime's binding spec (`runtime/src/call_args.rs`,
/// `Spec`) and the operands of the starred sequence and of the `**` dicts, in call order.
#[derive(Clone, Debug, PartialEq)]
pub struct Binder {
    pub spec: String,
    pub list: Option<usize>,
    pub dicts: Vec<usize>,
}

/// One function a call through a function value may reach.
#[derive(Clone, Debug)]
pub struct FnTarget {
    pub func: FuncId,
    /// The variant called and its arguments, or what CPython raises when the arguments do not
    /// fit this function.
    pub call: Result<(VariantId, Vec<FnArg>), Raise>,
    /// Set when the call is bound as it runs.
    pub binder: Option<Binder>,
}

/// A call through a function value, keyed by the call's result.
#[derive(Clone, Debug)]
pub struct FnCall {
    pub targets: Vec<FnTarget>,
    /// The join of the targets' return types.
    pub ret: Type,
    /// Where the function object comes from.
    pub callee: Callee,
}

/// Where a call through a function value finds the function object.
#[derive(Clone, Debug, PartialEq)]
pub enum Callee {
    /// Operand 0 is the function object.
    Operand,
    /// Operand 0 is a box that holds it (`Object`): anything else raises CPython's `TypeError`.
    Boxed,
    /// `obj.name(args)` of an attribute that holds a function ([`Annotator::call_attribute`]).
    /// The call's operands, as [`FnArg::Operand`] counts them, are the attribute's value, the
    /// instance when `bound`, then the instruction's operands after `obj`. A class attribute is
    /// `bound` (CPython binds a function found on the class to the instance); a field's
    /// function is called as it is.
    Attribute { name: String, bound: bool },
}

impl FnCall {
    /// The variants this call may reach.
    pub fn callees(&self) -> impl Iterator<Item = VariantId> + '_ {
        self.targets.iter().filter_map(|t| t.call.as_ref().ok().map(|c| c.0))
    }
}

/// The arguments of a call as the instruction has them: positional types, then keywords (`*`
/// a starred tuple or list, `**` a dict).
struct Args<'t> {
    positional: &'t [Type],
    keywords: &'t [(String, Type)],
}

/// A parameter's bound argument: where it comes from and its type.
type Arg = (FnArg, Type);

/// A call's arguments spread into what is known at compile time and what is not.
struct Spread {
    /// The positional arguments, a starred tuple's fields after them.
    positional: Vec<Arg>,
    /// The keyword arguments written in the call, in order, and the place among them of each
    /// `**` dict that may hold items.
    keywords: Vec<(String, FnArg, Type)>,
    dict_at: Vec<usize>,
    /// The operand and item type of a starred list or tuple of unknown length.
    list: Option<(usize, Type)>,
    /// The operands of the `**` dicts that may hold items, and their (joined) value type.
    dicts: Vec<usize>,
    dict_value: Type,
}

impl<'p> Annotator<'p> {
    /// `f(args)` where `f` is a function object of one of `funcs`.
    pub(super) fn call_function_value(&mut self, vid: VariantId, inst: &Inst, callee: Callee, funcs: &[FuncId], positional: &[Type], keywords: &[(String, Type)]) -> Outcome {
        if positional.iter().chain(keywords.iter().map(|(_, t)| t)).any(|t| *t == Type::Bottom) {
            return Outcome::Type(Type::Bottom);
        }
        let args = Args { positional, keywords };
        let mut targets = Vec::new();
        let mut ret = Type::Bottom;
        for &f in funcs {
            let bound = match self.bind_value_call(vid, inst, f, &args, None) {
                Ok(b) => b,
                Err(Outcome::Raises(r)) => {
                    targets.push(FnTarget { func: f, call: Err(r), binder: None });
                    continue;
                }
                Err(other) => return other,
            };
            let (sources, types, binder) = bound;
            let Some(callee) = self.variant_for(f, types, inst.span) else { continue };
            let r = self.call_result(f, callee);
            ret = self.containers.union(&ret, &r);
            self.note_widening(inst.span, || "the result of a call through a function value".to_string());
            targets.push(FnTarget { func: f, call: Ok((callee, sources)), binder });
        }
        if let Some(result) = inst.result {
            self.variants[vid.0 as usize].fcalls.insert(result, FnCall { targets, ret: ret.clone(), callee });
        }
        Outcome::Type(ret)
    }

    /// `obj.name(args)` on an instance of `c` whose class has no method `name` but an attribute
    /// that holds a function: a field (`self.callback = f`), called as it is, or a class
    /// attribute (`handler = f` in the class body, or a decorated method), called with the
    /// instance first. None when the attribute holds no function.
    pub(super) fn call_attribute(&mut self, vid: VariantId, inst: &Inst, c: ClassId, name: &str, args: &[Type], keywords: &[(String, Type)]) -> Option<Outcome> {
        let (held, bound) = match (self.field(c, name), self.program.class_attr(c, name)) {
            (Some((k, i)), _) => (self.fields[k.index()][i].1.clone(), false),
            (None, Some(g)) => (self.globals[g.index()].clone(), true),
            (None, None) => return None,
        };
        let funcs = match held.non_none() {
            Type::Function(fs) => fs.clone(),
            Type::Bottom => return Some(Outcome::Type(Type::Bottom)),
            _ => return None,
        };
        let positional: Vec<Type> = bound.then_some(Type::Instance(c)).into_iter().chain(args.iter().cloned()).collect();
        Some(self.call_function_value(vid, inst, Callee::Attribute { name: name.to_string(), bound }, &funcs, &positional, keywords))
    }

    /// `f(args)` where `f` is boxed (`Object`) and the program boxes function values: a call of
    /// any function a box may hold. None when it boxes callable instances too.
    pub(super) fn call_boxed_function(&mut self, vid: VariantId, inst: &Inst, args: &[Type], keywords: &[(String, Type)]) -> Option<Outcome> {
        let boxed = self.containers.boxed();
        if boxed.iter().any(|t| matches!(t, Type::Instance(c) if self.program.method(*c, "__call__").is_some())) {
            return None;
        }
        let mut funcs: Vec<FuncId> = boxed.iter().filter_map(|t| if let Type::Function(fs) = t { Some(fs.clone()) } else { None }).flatten().collect();
        funcs.sort();
        funcs.dedup();
        Some(self.call_function_value(vid, inst, Callee::Boxed, &funcs, args, keywords))
    }

    /// Spreads the starred arguments of a call by their types. A method's instance (`receiver`,
    /// operand 0) is its first positional argument. `Err` holds CPython's `TypeError` for a
    /// starred value that is no iterable or no mapping (it names function `f`), or a diagnostic.
    fn spread(&mut self, f: FuncId, args: &Args, receiver: Option<&Type>) -> Result<Spread, Outcome> {
        let instance = receiver.map(|t| (FnArg::Operand(0), t.clone()));
        let mut spread = Spread {
            positional: instance.into_iter().chain(args.positional.iter().enumerate().map(|(i, t)| (FnArg::Operand(1 + i), t.clone()))).collect(),
            keywords: Vec::new(),
            dict_at: Vec::new(),
            list: None,
            dicts: Vec::new(),
            dict_value: Type::Bottom,
        };
        let name = function_str(self.program.function(f));
        let mut dicts: Option<Type> = None;
        for (j, (k, t)) in args.keywords.iter().enumerate() {
            let operand = 1 + args.positional.len() + j;
            match (k.as_str(), t) {
                ("*", Type::Tuple(ts)) => spread.positional.extend(ts.iter().enumerate().map(|(i, t)| (FnArg::Field(operand, i), t.clone()))),
                ("*", Type::List(c)) => spread.list = Some((operand, self.containers.item(*c))),
                ("*", Type::TupleOf(item)) => spread.list = Some((operand, (**item).clone())),
                ("*", Type::Object) => return Err(unsupported("`*` of a value of mixed type in a call", "star a list or a tuple")),
                ("*", t) => return Err(Outcome::Raises(Raise::new(ExcKind::TypeError, format!("{name}() argument after * must be an iterable, not {}", self.containers.type_name(t))))),
                // A dict that never holds an item adds no arguments.
                ("**", Type::Dict(d)) if matches!(self.containers.item(*d), Type::Bottom | Type::None) => {}
                ("**", Type::Dict(d)) if self.containers.item(*d) == Type::Str => {
                    // The dicts of one call share a definition, so the binder's values have one type.
                    let joined = match &dicts {
                        Some(other) => self.containers.union(other, &Type::Dict(*d)),
                        None => Type::Dict(*d),
                    };
                    dicts = Some(joined);
                    spread.dict_at.push(spread.keywords.len());
                    spread.dicts.push(operand);
                }
                ("**", Type::Dict(_)) => return Err(unsupported("`**` of a dict whose keys are not strs in a call", "keyword arguments are named by strs")),
                ("**", t @ (Type::Instance(_) | Type::Object)) => return Err(unsupported(&format!("`**` of a {} in a call", self.containers.type_name(t)), "pass a dict whose keys are strs")),
                ("**", t) => return Err(Outcome::Raises(Raise::new(ExcKind::TypeError, format!("{name}() argument after ** must be a mapping, not {}", self.containers.type_name(t))))),
                (k, t) => spread.keywords.push((k.to_string(), FnArg::Operand(operand), t.clone())),
            }
        }
        if let Some(Type::Dict(d)) = dicts {
            spread.dict_value = self.containers.value(d);
        }
        Ok(spread)
    }

    /// Binds the arguments of a call to function `f`'s parameters: where each comes from and
    /// its type, and the binder when the call is bound as it runs. `Err` holds what CPython
    /// raises for arguments that do not fit, or a diagnostic.
    fn bind_value_call(&mut self, vid: VariantId, inst: &Inst, f: FuncId, args: &Args, receiver: Option<&Type>) -> Result<(Vec<FnArg>, Vec<Type>, Option<Binder>), Outcome> {
        let spread = self.spread(f, args, receiver)?;
        if spread.list.is_some() || !spread.dicts.is_empty() {
            return self.bind_at_run_time(vid, inst, f, spread);
        }
        let Spread { mut positional, keywords, .. } = spread;
        let func = self.program.function(f);
        let name = func.qualname.clone();
        let type_error = |msg: String| Outcome::Raises(Raise::new(ExcKind::TypeError, format!("{name}() {msg}")));
        let params = &func.params;
        let plain: Vec<usize> = params.iter().enumerate().filter(|(_, p)| p.kind == ParamKind::Plain).map(|(i, _)| i).collect();
        let mut bound: Vec<Option<Arg>> = vec![None; params.len()];
        if let Some(p) = params.iter().position(|p| p.kind == ParamKind::Closure) {
            bound[p] = Some((FnArg::Operand(0), Type::Function(vec![f])));
        }
        let var_args = params.iter().position(|p| p.kind == ParamKind::VarArgs);
        let given = positional.len();
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
                bound[p] = Some((FnArg::Dict(d, extra_kw.into_iter().map(|(k, a, _)| (k, a)).collect(), Vec::new()), Type::Dict(d)));
            }
            None if !extra_kw.is_empty() => return Err(type_error(format!("got an unexpected keyword argument '{}'", extra_kw[0].0))),
            None => {}
        }
        if given > plain.len() && var_args.is_none() {
            return Err(type_error(too_many_positional(params, &bound, given)));
        }
        let defaults = self.defaults(f);
        let mut missing = Vec::new();
        let mut sources = Vec::with_capacity(params.len());
        let mut types = Vec::with_capacity(params.len());
        for ((p, b), default) in params.iter().zip(bound).zip(defaults) {
            match b.or(default) {
                Some((a, t)) => {
                    sources.push(a);
                    types.push(t);
                }
                None => missing.push(p),
            }
        }
        for kind in [ParamKind::Plain, ParamKind::KeywordOnly] {
            let names: Vec<&str> = missing.iter().filter(|p| p.kind == kind).map(|p| p.name.as_str()).collect();
            if !names.is_empty() {
                let what = if kind == ParamKind::KeywordOnly { "keyword-only" } else { "positional" };
                let s = if names.len() == 1 { "" } else { "s" };
                return Err(type_error(format!("missing {} required {what} argument{s}: {}", names.len(), listed(&names))));
            }
        }
        Ok((sources, types, None))
    }

    /// Each parameter's default, where it has one: a module function's hidden global, or a
    /// nested function's field of the function object (counted from its first default).
    fn defaults(&self, f: FuncId) -> Vec<Option<Arg>> {
        let func = self.program.function(f);
        let first_default = 1 + func.free.len();
        let mut seen = 0;
        func.params
            .iter()
            .map(|p| {
                let g = p.default?;
                seen += 1;
                let t = self.globals[g.index()].clone();
                Some(match func.closure_defaults {
                    true => (FnArg::Closure(first_default + seen - 1, g), t),
                    false => (FnArg::Default(g), t),
                })
            })
            .collect()
    }

    /// Binds a call with a starred list or `**` dicts that may hold items: the parameters these
    /// may fill are `FnArg::Bound`, typed with the join of every source, `*args` is the list's
    /// items past the plain parameters, and the binder's spec describes the call for the runtime.
    fn bind_at_run_time(&mut self, vid: VariantId, inst: &Inst, f: FuncId, spread: Spread) -> Result<(Vec<FnArg>, Vec<Type>, Option<Binder>), Outcome> {
        let Spread { positional, keywords, dict_at, list, dicts, dict_value } = spread;
        let func = self.program.function(f).clone();
        let params = &func.params;
        let npos = positional.len();
        let defaults = self.defaults(f);
        let takes = |k: &str| params.iter().any(|p| p.name == k && matches!(p.kind, ParamKind::Plain | ParamKind::KeywordOnly));
        let plain = params.iter().filter(|p| p.kind == ParamKind::Plain).count();
        let from_dict = (!dicts.is_empty()).then_some(&dict_value);
        let mut positional = positional.into_iter();
        let (mut sources, mut types) = (Vec::with_capacity(params.len()), Vec::with_capacity(params.len()));
        for (i, (p, default)) in params.iter().zip(defaults).enumerate() {
            let (source, ty) = match p.kind {
                ParamKind::Closure => (FnArg::Operand(0), Type::Function(vec![f])),
                ParamKind::VarArgs => {
                    let extra: Vec<Arg> = positional.by_ref().collect();
                    let fixed = extra.iter().map(|(a, _)| a.clone()).collect();
                    match &list {
                        // The plain parameters took the first `plain - npos` items, or none when
                        // the arguments before the list filled them.
                        Some((o, item)) => {
                            let mut ty = item.clone();
                            for (_, t) in &extra {
                                ty = self.containers.union(&ty, t);
                            }
                            (FnArg::Rest { param: i, fixed, list: *o, skip: plain.saturating_sub(npos) }, Type::TupleOf(Box::new(ty)))
                        }
                        None => (FnArg::Tuple(fixed), Type::Tuple(extra.into_iter().map(|(_, t)| t).collect())),
                    }
                }
                ParamKind::VarKeywords => {
                    let d = self.new_site(vid, inst.result.unwrap_or(Value(u32::MAX)));
                    let extra: Vec<&(String, FnArg, Type)> = keywords.iter().filter(|(k, _, _)| !takes(k)).collect();
                    for t in extra.iter().map(|(_, _, t)| t).chain(from_dict) {
                        self.add_item(d, &Type::Str, inst.span);
                        self.add_value(d, t, inst.span);
                    }
                    let rest_at = dict_at.iter().map(|&at| keywords[..at].iter().filter(|(k, _, _)| !takes(k)).count()).collect();
                    (FnArg::Dict(d, extra.into_iter().map(|(k, a, _)| (k.clone(), a.clone())).collect(), rest_at), Type::Dict(d))
                }
                ParamKind::Plain if let Some(fixed) = positional.next() => fixed,
                ParamKind::Plain | ParamKind::KeywordOnly => {
                    let fixed = keywords.iter().find(|(k, _, _)| *k == p.name).map(|(_, a, t)| (a.clone(), t.clone()));
                    let from_list = list.as_ref().filter(|_| p.kind == ParamKind::Plain).map(|(_, t)| t);
                    let mut ty = Type::Bottom;
                    for t in fixed.iter().map(|(_, t)| t).chain(from_list).chain(from_dict).chain(default.iter().map(|(_, t)| t)) {
                        ty = self.containers.union(&ty, t);
                    }
                    let name = p.name.clone();
                    self.note_widening(inst.span, || format!("the parameter `{name}`, bound as the call runs,"));
                    // A parameter nothing may fill: the binder raises before the call.
                    if ty == Type::Bottom {
                        ty = Type::None;
                    }
                    let boxed = |a: Option<Arg>| a.map(|(a, _)| Box::new(a));
                    (FnArg::Bound { param: i, fixed: boxed(fixed), default: boxed(default) }, ty)
                }
            };
            sources.push(source);
            types.push(ty);
        }
        let mut spec = format!("{}\n{}\n{npos}", func.qualname, function_str(&func));
        for p in params {
            let kind = match p.kind {
                ParamKind::Plain => 'p',
                ParamKind::KeywordOnly => 'k',
                ParamKind::VarArgs => '*',
                ParamKind::VarKeywords => '$',
                ParamKind::Closure => 'c',
            };
            spec.push_str(&format!("\n{kind}{} {}", u8::from(p.default.is_some()), p.name));
        }
        for j in 0..=keywords.len() {
            for _ in dict_at.iter().filter(|&&at| at == j) {
                spec.push_str("\n=**");
            }
            if let Some((k, _, _)) = keywords.get(j) {
                spec.push_str(&format!("\n={k}"));
            }
        }
        Ok((sources, types, Some(Binder { spec, list: list.map(|(o, _)| o), dicts })))
    }
}

/// CPython's `too_many_positional` message (after the function's name); `bound` says which
/// keyword-only parameters the keywords filled.
impl<'p> Annotator<'p> {
    /// `obj.name(args)` bound to method `f` as a call through a function value binds it: for
    /// methods with keyword-only parameters or `**kwargs`, and calls with starred arguments.
    /// `receiver` is the instance's type when the method takes it.
    pub(super) fn bind_method_call(&mut self, vid: VariantId, inst: &Inst, f: FuncId, receiver: Option<&Type>, positional: &[Type], keywords: &[(String, Type)]) -> Result<(Vec<ArgSource>, Vec<Type>, Option<Binder>), Outcome> {
        if positional.iter().chain(keywords.iter().map(|(_, t)| t)).any(|t| *t == Type::Bottom) {
            return Err(Outcome::Type(Type::Bottom));
        }
        let (sources, types, binder) = self.bind_value_call(vid, inst, f, &Args { positional, keywords }, receiver)?;
        Ok((sources.into_iter().map(ArgSource::Value).collect(), types, binder))
    }
}

fn too_many_positional(params: &[Param], bound: &[Option<Arg>], given: usize) -> String {
    let plain: Vec<&Param> = params.iter().filter(|p| p.kind == ParamKind::Plain).collect();
    let (takes, plural) = match plain.iter().filter(|p| p.default.is_some()).count() {
        0 => (plain.len().to_string(), plain.len() != 1),
        d => (format!("from {} to {}", plain.len() - d, plain.len()), true),
    };
    let keyword_only = params.iter().zip(bound).filter(|(p, b)| p.kind == ParamKind::KeywordOnly && b.is_some()).count();
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

/// How CPython names a function in the errors of a call's starred arguments: qualified by its
/// module (`__main__.f`); a prelude helper of a builtin called with starred arguments
/// (`__dict_star`, `build/starred.rs`) is named as that builtin.
fn function_str(func: &Function) -> String {
    match func.qualname.strip_prefix("__").and_then(|n| n.strip_suffix("_star")) {
        Some("format") if func.module == "builtins" => "str.format".to_string(),
        Some(builtin) if func.module == "builtins" => builtin.to_string(),
        _ => format!("{}.{}", func.module, func.qualname),
    }
}

fn unsupported(what: &str, help: &str) -> Outcome {
    Outcome::Reject(Code::Unsupported, format!("unsupported construct: {what}"), Some(help.into()))
}
