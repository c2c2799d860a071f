//! The textual form of flow graphs (`mesapyc build --emit flow`), used by the IR text tests.
#![forbid(unsafe_code)]

use crate::ir::*;
use std::fmt::{self, Write};

fn list(vs: &[Value]) -> String {
    vs.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", ")
}

fn opt(v: &Option<Value>) -> String {
    v.map_or("_".to_string(), |v| v.to_string())
}

fn kwargs(kw: &[(String, Value)]) -> String {
    kw.iter().map(|(k, v)| format!(", {k}={v}")).collect()
}

impl fmt::Display for Const {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Const::Int(i) => write!(f, "{i}"),
            Const::Float(x) => write!(f, "{x:?}"),
            Const::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Const::Str(s) => write!(f, "{s:?}"),
            Const::Bytes(b) => write!(f, "b\"{}\"", b.escape_ascii()),
            Const::None => write!(f, "None"),
        }
    }
}

/// Prints one instruction without its result; `names` resolves locals, globals and functions.
pub fn inst_text(kind: &InstKind, program: &Program, func: &Function) -> String {
    let local = |l: &Local| format!("{l}:{}", func.locals[l.index()]);
    let global = |g: &GlobalId| format!("{g}:{}", program.globals[g.index()].name);
    match kind {
        InstKind::Const(c) => format!("const {c}"),
        InstKind::LoadLocal(l) => format!("load {}", local(l)),
        InstKind::StoreLocal(l, v) => format!("store {}, {v}", local(l)),
        InstKind::LoadGlobal(g) => format!("load_global {}", global(g)),
        InstKind::StoreGlobal(g, v) => format!("store_global {}, {v}", global(g)),
        InstKind::Binary(op, a, b) => format!("binary {a} {} {b}", op.symbol()),
        InstKind::InplaceBinary(op, a, b) => format!("inplace {a} {}= {b}", op.symbol()),
        InstKind::Unary(op, a) => format!("unary {op:?} {a}"),
        InstKind::Compare(op, a, b) => format!("compare {a} {} {b}", op.symbol()),
        InstKind::Truth(v) => format!("truth {v}"),
        InstKind::Call(f, args) => {
            format!("call {f}:{}({})", program.function(*f).name, list(args))
        }
        InstKind::CallBuiltin(b, args, kw) => {
            format!("call_builtin {}({}{})", b.name(), list(args), kwargs(kw))
        }
        InstKind::CallMethod(o, m, args, kw) => {
            format!("call_method {o}.{m}({}{})", list(args), kwargs(kw))
        }
        InstKind::CallSuper(c, o, m, args, kw) => {
            format!("call_super {c}:{} {o}.{m}({}{})", program.class(*c).name, list(args), kwargs(kw))
        }
        InstKind::GetItem(o, i) => format!("getitem {o}[{i}]"),
        InstKind::SetItem(o, i, v) => format!("setitem {o}[{i}], {v}"),
        InstKind::Slice(o, a, b, c) => format!("slice {o}[{}:{}:{}]", opt(a), opt(b), opt(c)),
        InstKind::SetSlice(o, a, b, c, v) => format!("set_slice {o}[{}:{}:{}], {v}", opt(a), opt(b), opt(c)),
        InstKind::DelSlice(o, a, b, c) => format!("del_slice {o}[{}:{}:{}]", opt(a), opt(b), opt(c)),
        InstKind::BuildList(vs) => format!("build_list [{}]", list(vs)),
        InstKind::BuildTuple(vs) => format!("build_tuple ({})", list(vs)),
        InstKind::BuildDict(pairs) => {
            let items: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}: {v}")).collect();
            format!("build_dict {{{}}}", items.join(", "))
        }
        InstKind::BuildSet(vs) => format!("build_set {{{}}}", list(vs)),
        InstKind::DelItem(o, i) => format!("delitem {o}[{i}]"),
        InstKind::IterNext(s, p, n) => format!("iter_next {s}, {p}, {n}"),
        InstKind::IterItem(s, i) => format!("iter_item {s}[{i}]"),
        InstKind::IterPrev(s, p) => format!("iter_prev {s}, {p}"),
        InstKind::Unpack(v, i, n) => format!("unpack {v}, {i} of {n}"),
        InstKind::CheckUnpackStarred(v, n) => format!("check_unpack_starred {v}, at least {n}"),
        InstKind::Format(v, c, s) => format!("format {v}, {c:?}, {}", opt(s)),
        InstKind::JoinStr(vs) => format!("join_str {}", list(vs)),
        InstKind::RangeCond(i, stop, step) => format!("range_cond {i}, {stop}, {step}"),
        InstKind::CheckRangeStep(s) => format!("check_range_step {s}"),
        InstKind::New(c) => format!("new {c}:{}", program.class(*c).name),
        InstKind::GetAttr(o, n) => format!("getattr {o}.{n}"),
        InstKind::SetAttr(o, n, v) => format!("setattr {o}.{n}, {v}"),
        InstKind::IsInstance(o, c) => format!("isinstance {o}, {c}:{}", program.class(*c).name),
        InstKind::IsBuiltin(o, ts) => format!("isinstance {o}, {ts:?}"),
        InstKind::TypeName(v) => format!("type_name {v}"),
        InstKind::GetIter(v) => format!("get_iter {v}"),
        InstKind::HasAttr(o, name) => format!("hasattr {o}.{name}"),
        InstKind::DelAttr(o, name) => format!("delattr {o}.{name}"),
        InstKind::DynAttr(op, o, name, None) => format!("{op:?}attr {o}, {name}").to_lowercase(),
        InstKind::DynAttr(op, o, name, Some(v)) => format!("{op:?}attr {o}, {name}, {v}").to_lowercase(),
        InstKind::Vars(o) => format!("vars {o}"),
        InstKind::StopIteration => "stop_iteration".to_string(),
        InstKind::Raise(v, None) => format!("raise {v}"),
        InstKind::Raise(v, Some(c)) => format!("raise {v} from {c}"),
        InstKind::Reraise => "reraise".to_string(),
        InstKind::Yield(v) => format!("yield {v}"),
        InstKind::Sent => "sent".to_string(),
        InstKind::DelLocal(l) => format!("del {l}:{}", func.locals[l.index()]),
        InstKind::DelGlobal(g) => format!("del {g}:{}", program.globals[g.index()].name),
        InstKind::ClassRef(c) => format!("class {c}:{}", program.class(*c).name),
        InstKind::ClassOf(v) => format!("class_of {v}"),
        InstKind::Catch => "catch".to_string(),
        InstKind::MakeCell(c) => format!("make_cell {c}:{}", program.cells[c.index()]),
        InstKind::LoadCell(v, c) => format!("load_cell {v}, {c}"),
        InstKind::StoreCell(v, c, x) => format!("store_cell {v}, {c}, {x}"),
        InstKind::FreeCell(v, i) => format!("free_cell {v}, {i}"),
        InstKind::MakeFunction(f, vs) => format!("make_function {f}:{}({})", program.function(*f).qualname, list(vs)),
        InstKind::PopHandled => "pop_handled".to_string(),
        InstKind::Resume => "resume".to_string(),
        InstKind::Narrow(v, cs) => format!("narrow {v}, {}", cs.iter().map(|c| format!("{c}:{}", program.class(*c).name)).collect::<Vec<_>>().join(", ")),
    }
}

/// Prints a function: a header with its parameters, then each block.
pub fn function_text(program: &Program, func: &Function) -> String {
    let mut out = String::new();
    let params: Vec<String> = func
        .params
        .iter()
        .map(|p| {
            let name = &func.locals[p.local.index()];
            let name = match p.kind {
                ParamKind::VarArgs => format!("*{name}"),
                ParamKind::VarKeywords => format!("**{name}"),
                ParamKind::KeywordOnly => format!("*, {name}"),
                ParamKind::Plain | ParamKind::Closure => name.clone(),
            };
            match p.default {
                Some(g) => format!("{name}={g}"),
                None => name,
            }
        })
        .collect();
    let free = match func.free.is_empty() {
        true => String::new(),
        false => format!(" free({})", func.free.iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", ")),
    };
    let _ = writeln!(out, "function {}:{}({}){free} {{", func.id, func.qualname, params.join(", "));
    for (i, block) in func.blocks.iter().enumerate() {
        match block.handler {
            Some(h) => {
                let _ = writeln!(out, "block{i}: (handler {h})");
            }
            None => {
                let _ = writeln!(out, "block{i}:");
            }
        }
        for inst in &block.insts {
            let text = inst_text(&inst.kind, program, func);
            match inst.result {
                Some(v) => {
                    let _ = writeln!(out, "    {v} = {text}");
                }
                None => {
                    let _ = writeln!(out, "    {text}");
                }
            }
        }
        let term = match &block.term {
            Terminator::Jump(b) => format!("jump {b}"),
            Terminator::Branch(c, t, e) => format!("branch {c}, {t}, {e}"),
            Terminator::Return(v) => format!("return {v}"),
            Terminator::Unreachable => "unreachable".to_string(),
        };
        let _ = writeln!(out, "    {term}");
    }
    out.push_str("}\n");
    out
}

pub fn program_text(program: &Program) -> String {
    program.functions.iter().map(|f| function_text(program, f)).collect::<Vec<_>>().join("\n")
}
