//! The flow-graph IR: one graph per Python function (the module body is the function
//! `<module>`), shared by every later stage.
//!
//! A graph is an arena of basic blocks. Instructions produce SSA `Value`s that live within the
//! function; Python variables are `Local`s read and written with `LoadLocal`/`StoreLocal`, so
//! blocks need no parameters: LLVM's mem2reg builds SSA for them during lowering. Each block ends
//! in one terminator. Entities are `u32` newtypes that print as `v3`, `block2`, `l1`, `g0`, `f4`.
#![forbid(unsafe_code)]

use crate::source::Span;
use num_bigint::BigInt;
use petgraph::graph::DiGraph;
use std::fmt;

macro_rules! entity {
    ($name:ident, $prefix:literal) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}
entity!(Value, "v");
entity!(Block, "block");
entity!(Local, "l");
entity!(GlobalId, "g");
entity!(FuncId, "f");
entity!(ClassId, "c");
entity!(CellId, "cell");

/// A literal.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Int(BigInt),
    Float(f64),
    Bool(bool),
    Str(String),
    Bytes(Vec<u8>),
    None,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl BinOp {
    /// The operator as Python spells it, for messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
        }
    }
}

/// The conversion of an f-string field: `!s`, `!r` or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Conversion {
    None,
    Str,
    Repr,
}

/// A builtin function the flow builder recognised by name (not shadowed by a local or global).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Print,
    Len,
    Abs,
    Min,
    Max,
    Sum,
    Int,
    Float,
    Str,
    Repr,
    Bool,
    Ord,
    Chr,
    Round,
    Divmod,
    Pow,
    List,
    Format,
    Sorted,
    Set,
    Dict,
    Hash,
    FrozenSet,
    Bytes,
    ByteArray,
    Tuple,
    Hex,
    Oct,
    Bin,
    Id,
    Callable,
    Input,
    /// The primitives the Python prelude and the `sys` shim are written with (names no program
    /// needs): `sys.argv`, and reading, writing and closing a file or standard stream by handle.
    Argv,
    FileOpen,
    FileRead,
    FileReadline,
    FileWrite,
    FileReadBytes,
    FileReadlineBytes,
    FileWriteBytes,
    FileFlush,
    FileClose,
    /// `math`'s primitives: a function of one or two floats, by number (`rt_fmath`).
    FMath,
    FMath2,
    /// `str.maketrans(...)` (not callable by name).
    StrMaketrans,
    /// `bytes.fromhex(s)` (not callable by name).
    BytesFromhex,
    /// `bytearray.fromhex(s)` (not callable by name).
    ByteArrayFromhex,
    /// The length of a `for` loop's sequence when the loop begins (not callable by name): like
    /// `len`, but what cannot be iterated raises `'X' object is not iterable`.
    IterLen,
    /// The length of the sequence of a loop over `reversed(seq)` when it begins: like `len`, but
    /// what cannot be reversed raises `'X' object is not reversible`.
    RevLen,
    /// `reversed(x)` as the argument of a builtin or method that consumes it at once
    /// (`list(reversed(xs))`, `"".join(reversed(s))`): a new list of the items, last first. Not
    /// callable by name elsewhere: an iterator that outlives the call would see later changes.
    Reversed,
    Iter,
    Next,
    /// The sole starred argument of a call (`f(*x)`, not callable by name): a tuple, a list or
    /// a tuple of unknown length as it is, any other iterable as the tuple of its items. A
    /// value that cannot be iterated is left for the call to reject with CPython's message,
    /// which names the callee (`annotate/functions.rs`).
    Starred,
    /// A starred value among a call's arguments, which the builder iterates into the list of
    /// them (`build/starred.rs`): the value itself, or CPython's `TypeError` when it cannot be
    /// iterated: `print() argument after * must be an iterable, not int` when it is the sole
    /// argument of the builtin named, else `Value after * must be an iterable, not int`.
    StarredPart(Option<&'static str>),
    /// `fmt.format(*args, **kwargs)` of a str, a tuple of the positional arguments and a dict of
    /// the keyword ones (`__mesapy_format`, the prelude's `__format_star`).
    FormatStar,
}

impl Builtin {
    pub const ALL: [(&'static str, Builtin); 47] = [
        ("print", Builtin::Print),
        ("len", Builtin::Len),
        ("abs", Builtin::Abs),
        ("min", Builtin::Min),
        ("max", Builtin::Max),
        ("sum", Builtin::Sum),
        ("int", Builtin::Int),
        ("float", Builtin::Float),
        ("str", Builtin::Str),
        ("repr", Builtin::Repr),
        ("bool", Builtin::Bool),
        ("ord", Builtin::Ord),
        ("chr", Builtin::Chr),
        ("round", Builtin::Round),
        ("divmod", Builtin::Divmod),
        ("pow", Builtin::Pow),
        ("list", Builtin::List),
        ("format", Builtin::Format),
        ("sorted", Builtin::Sorted),
        ("set", Builtin::Set),
        ("dict", Builtin::Dict),
        ("hash", Builtin::Hash),
        ("frozenset", Builtin::FrozenSet),
        ("bytes", Builtin::Bytes),
        ("bytearray", Builtin::ByteArray),
        ("iter", Builtin::Iter),
        ("next", Builtin::Next),
        ("tuple", Builtin::Tuple),
        ("hex", Builtin::Hex),
        ("oct", Builtin::Oct),
        ("bin", Builtin::Bin),
        ("id", Builtin::Id),
        ("callable", Builtin::Callable),
        ("input", Builtin::Input),
        ("__mesapy_argv", Builtin::Argv),
        ("__mesapy_open", Builtin::FileOpen),
        ("__mesapy_read", Builtin::FileRead),
        ("__mesapy_readline", Builtin::FileReadline),
        ("__mesapy_write", Builtin::FileWrite),
        ("__mesapy_read_bytes", Builtin::FileReadBytes),
        ("__mesapy_readline_bytes", Builtin::FileReadlineBytes),
        ("__mesapy_write_bytes", Builtin::FileWriteBytes),
        ("__mesapy_flush", Builtin::FileFlush),
        ("__mesapy_close", Builtin::FileClose),
        ("__mesapy_fmath", Builtin::FMath),
        ("__mesapy_fmath2", Builtin::FMath2),
        ("__mesapy_format", Builtin::FormatStar),
    ];

    /// The static methods called on a builtin class by name (`str.maketrans(...)`).
    pub const STATIC_METHODS: [(&'static str, &'static str, Builtin); 3] = [
        ("str", "maketrans", Builtin::StrMaketrans),
        ("bytes", "fromhex", Builtin::BytesFromhex),
        ("bytearray", "fromhex", Builtin::ByteArrayFromhex),
    ];

    pub fn from_name(name: &str) -> Option<Builtin> {
        Builtin::ALL.iter().find(|(n, _)| *n == name).map(|&(_, b)| b)
    }

    pub fn name(self) -> &'static str {
        match self {
            Builtin::IterLen => "iter_len",
            Builtin::RevLen => "rev_len",
            Builtin::Reversed => "reversed",
            Builtin::Starred => "starred",
            Builtin::StarredPart(_) => "starred_part",
            Builtin::StrMaketrans => "maketrans",
            Builtin::BytesFromhex | Builtin::ByteArrayFromhex => "fromhex",
            b => Builtin::ALL.iter().find(|(_, x)| *x == b).map_or("?", |(n, _)| n),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum InstKind {
    Const(Const),
    LoadLocal(Local),
    StoreLocal(Local, Value),
    LoadGlobal(GlobalId),
    StoreGlobal(GlobalId, Value),
    Binary(BinOp, Value, Value),
    /// `a op= b`: like `Binary`, but a list on the left is mutated in place (`xs += ys` extends
    /// `xs`, so its aliases see the change) and is the result.
    InplaceBinary(BinOp, Value, Value),
    Unary(UnOp, Value),
    Compare(CmpOp, Value, Value),
    /// `bool(x)` as a branch condition needs it.
    Truth(Value),
    /// A direct call of a module-level function; arguments are already bound to parameters
    /// (keywords matched, defaults filled in), so `args.len()` is the callee's arity.
    Call(FuncId, Vec<Value>),
    CallBuiltin(Builtin, Vec<Value>, Vec<(String, Value)>),
    CallMethod(Value, String, Vec<Value>, Vec<(String, Value)>),
    /// `super().name(args)` in a method of the class: like `CallMethod` on the instance, but
    /// each possible class of the instance resolves `name` in its MRO after that class.
    CallSuper(ClassId, Value, String, Vec<Value>, Vec<(String, Value)>),
    GetItem(Value, Value),
    SetItem(Value, Value, Value),
    Slice(Value, Option<Value>, Option<Value>, Option<Value>),
    /// `obj[a:b:c] = value`.
    SetSlice(Value, Option<Value>, Option<Value>, Option<Value>, Value),
    /// `del obj[a:b:c]`.
    DelSlice(Value, Option<Value>, Option<Value>, Option<Value>),
    BuildList(Vec<Value>),
    BuildTuple(Vec<Value>),
    /// A dict display: keys and values in source order (a repeated key keeps its first position
    /// and its last value, as in CPython).
    BuildDict(Vec<(Value, Value)>),
    BuildSet(Vec<Value>),
    /// `del obj[index]`.
    DelItem(Value, Value),
    /// `IterNext(seq, pos, size)`: the position of the first item of `seq` at or after `pos` (a
    /// list index, a dict's entry index), or -1 when there is none. `size` is `len(seq)` when the
    /// loop began: a dict or set whose size changed raises CPython's `RuntimeError`.
    IterNext(Value, Value, Value),
    /// `IterPrev(seq, pos)`: `pos` when it is a position of `seq` (a list, str or tuple), else
    /// -1; a loop over `reversed(seq)` steps `pos` down from the end, as CPython's reverse
    /// iterators do (one over a list that shrank below `pos` stops).
    IterPrev(Value, Value),
    /// The item at a position `IterNext` returned: a list's item, a dict's key, a view's key,
    /// value or `(key, value)` tuple.
    IterItem(Value, Value),
    /// Field `i` of a tuple, or item `i` of a list being unpacked.
    Unpack(Value, u32, u32),
    /// `a, *b, c = v`: raises CPython's `ValueError` when `v` has fewer items than the targets
    /// besides the starred one (the count); the items are then read by index and slice.
    CheckUnpackStarred(Value, u32),
    /// `format(value, spec)` with an f-string conversion; `spec` is a str value.
    Format(Value, Conversion, Option<Value>),
    /// Concatenation of f-string pieces (all `str`).
    JoinStr(Vec<Value>),
    /// The condition of `for i in range(start, stop, step)` for a step not known statically.
    RangeCond(Value, Value, Value),
    /// Raises `ValueError: range() arg 3 must not be zero` when the step is zero.
    CheckRangeStep(Value),
    /// A new instance of a class with every field unset (`__init__` is a separate `Call`).
    New(ClassId),
    /// `obj.name`: a field, or a class attribute found through the class's bases.
    GetAttr(Value, String),
    /// `obj.name = value`.
    SetAttr(Value, String, Value),
    /// `hasattr(obj, "name")`: whether `obj.name` would find a property, an assigned field, a
    /// class attribute or a method.
    HasAttr(Value, String),
    /// `del obj.name`: the field is unset again (or the entry of the instance's dictionary
    /// removed); CPython's `AttributeError` when it is not set.
    DelAttr(Value, String),
    /// `getattr`, `setattr`, `hasattr` and `delattr` with a name computed at run time:
    /// `DynAttr(op, obj, name, value)`, `value` only for `AttrOp::Set`. They find fields, the
    /// instance's dictionary and class attributes through the class's attribute table.
    DynAttr(AttrOp, Value, Value, Option<Value>),
    /// `vars(obj)` or `obj.__dict__`: a new dict of the instance's attributes (a snapshot).
    Vars(Value),
    /// `isinstance(obj, C)` for a user class `C`.
    IsInstance(Value, ClassId),
    /// `isinstance(obj, int)`, `isinstance(obj, (int, float))`: built-in classes.
    IsBuiltin(Value, Vec<BuiltinType>),
    /// `type(v).__name__` or `v.__class__.__name__`: the name of the value's class.
    TypeName(Value),
    /// `iter(v)` at the start of a `for` loop: the value itself for the builtin containers (their
    /// loops walk positions), `v.__iter__()` for an instance, whose loop then calls `__next__`
    /// in its `IterNext`.
    GetIter(Value),
    /// `raise StopIteration` in a `__next__` method: ends the loop that called it. A direct call
    /// of the method outside a loop raises it.
    StopIteration,
    /// `raise exc` (an instance of an exception class); `Some(cause)` for `raise exc from
    /// cause`, where `cause` may be `None`.
    Raise(Value, Option<Value>),
    /// A bare `raise`: the exception the innermost running handler handles, raised again (also
    /// how an exception that no `except` clause matched goes on).
    Reraise,
    /// The first instruction of a handler: the pending exception, now handled, as an instance.
    Catch,
    /// The end of a handler (however it ends): its exception is no longer handled.
    PopHandled,
    /// The pending exception goes on to the block's handler (a cleanup block's last step).
    Resume,
    /// `yield v` in a generator: the generator suspends with `v` as its next item. The block
    /// jumps on to where the generator resumes.
    Yield(Value),
    /// `del x` of a local: it is unbound again (the builder loaded it first, so an unbound one
    /// raised already).
    DelLocal(Local),
    /// `del x` of a module-level name.
    DelGlobal(GlobalId),
    /// The value of a `yield` expression, at the start of the block where the generator
    /// resumes: what `send` passed (boxed), `None` when `next()` or a loop resumed it.
    Sent,
    /// A class named as a value (`exc_type is ValueError`).
    ClassRef(ClassId),
    /// `type(v)` or `v.__class__` of an instance, as a value.
    ClassOf(Value),
    /// A new, empty cell for a variable that a nested function captures (`Program::cells`).
    MakeCell(CellId),
    /// The value in a cell (`cell`, of the variable `CellId`).
    LoadCell(Value, CellId),
    /// Stores a value into a cell: the variable's owner and every closure see it.
    StoreCell(Value, CellId, Value),
    /// Cell `i` of a closure (the function's `$closure` parameter): the `i`th of its `free`.
    FreeCell(Value, u32),
    /// A function as a value: the function's cells (its `free` variables, in order), then,
    /// when it keeps its defaults in the closure (`Function::closure_defaults`), the values of
    /// its defaults in parameter order.
    MakeFunction(FuncId, Vec<Value>),
    /// The caught exception `v` as an instance of one of the classes an `except` clause named
    /// (after the clause matched), for `except C as name`.
    Narrow(Value, Vec<ClassId>),
}

/// What a [`InstKind::DynAttr`] does with the attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttrOp {
    Get,
    Set,
    Has,
    Del,
    /// `obj.__dict__.update(d)`: the name operand is the dict `d`, each of its items a `Set`.
    Update,
}

/// A built-in class `isinstance` tests for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinType {
    Int,
    Float,
    Bool,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Bytes,
    ByteArray,
}

impl BuiltinType {
    pub fn from_name(name: &str) -> Option<BuiltinType> {
        use BuiltinType::*;
        [("int", Int), ("float", Float), ("bool", Bool), ("str", Str), ("list", List), ("tuple", Tuple), ("dict", Dict), ("set", Set), ("frozenset", FrozenSet), ("bytes", Bytes), ("bytearray", ByteArray)]
            .into_iter()
            .find_map(|(n, t)| (n == name).then_some(t))
    }

    /// Whether a value of static type `t` (neither `None`-able nor boxed) is an instance of
    /// this class: bools are ints too.
    pub fn holds(self, t: &crate::types::Type) -> bool {
        use crate::types::{Mutability, Type as T};
        matches!(
            (self, t),
            (BuiltinType::Int, T::Int | T::Bool)
                | (BuiltinType::Float, T::Float)
                | (BuiltinType::Bool, T::Bool)
                | (BuiltinType::Str, T::Str)
                | (BuiltinType::List, T::List(_))
                | (BuiltinType::Tuple, T::Tuple(_) | T::TupleOf(_))
                | (BuiltinType::Dict, T::Dict(_))
                | (BuiltinType::Set, T::Set(Mutability::Mutable, _))
                | (BuiltinType::FrozenSet, T::Set(Mutability::Immutable, _))
                | (BuiltinType::Bytes, T::Bytes(Mutability::Immutable))
                | (BuiltinType::ByteArray, T::Bytes(Mutability::Mutable))
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    pub result: Option<Value>,
    pub kind: InstKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Jump(Block),
    Branch(Value, Block, Block),
    Return(Value),
    /// The end of a block that is never reached (after a builder error, or an open block).
    Unreachable,
}

impl Terminator {
    pub fn successors(&self) -> Vec<Block> {
        match *self {
            Terminator::Jump(b) => vec![b],
            Terminator::Branch(_, t, e) => vec![t, e],
            Terminator::Return(_) | Terminator::Unreachable => vec![],
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct BlockData {
    pub insts: Vec<Inst>,
    pub term: Terminator,
    pub term_span: Span,
    /// Where an exception raised in this block goes: the handler of the `try` around it (a block
    /// starting with `Catch`, or a cleanup block), or out of the function when `None`.
    pub handler: Option<Block>,
}

/// A parameter: its local, and the hidden global that holds its default (evaluated once, at
/// the `def`, like CPython). A function that keeps its defaults in its closure
/// (`Function::closure_defaults`) uses the global only for the default's type.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: String,
    pub local: Local,
    pub default: Option<GlobalId>,
    pub kind: ParamKind,
}

/// How arguments reach a parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    /// By position or by keyword.
    Plain,
    /// After `*` or `*args`: by keyword only.
    KeywordOnly,
    /// `*args`: a tuple of the positional arguments left over.
    VarArgs,
    /// `**kwargs`: a dict of the keyword arguments no parameter took.
    VarKeywords,
    /// `$closure`, the first parameter of a function with captured variables or defaults of
    /// its own: the function object it was called through.
    Closure,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub id: FuncId,
    pub name: String,
    /// The name a function value's repr shows (`make.<locals>.inc`, `<lambda>`).
    pub qualname: String,
    /// The name of the module that defines the function (`__main__`, `pkg.sub`).
    pub module: String,
    /// The cells of the enclosing functions' variables this function uses, in its closure's
    /// order; `FreeCell(closure, i)` is the cell of `free[i]`.
    pub free: Vec<CellId>,
    /// Whether the defaults live in each function object (a nested `def` or `lambda`, whose
    /// defaults are evaluated every time the definition runs) rather than in hidden globals.
    pub closure_defaults: bool,
    pub params: Vec<Param>,
    /// Names of locals, indexed by `Local`; hidden ones start with `$`.
    pub locals: Vec<String>,
    pub blocks: Vec<BlockData>,
    pub value_count: u32,
    pub span: Span,
    /// The body contains `yield`: a call makes a generator object, and the body runs as the
    /// generator is resumed.
    pub generator: bool,
    /// The closure a hidden `<bound m>` method returns (`build/bound.rs`): a bound method, which
    /// compares and hashes by its function and instance, not by identity.
    pub bound_method: bool,
}

impl Function {
    pub const ENTRY: Block = Block(0);

    pub fn block(&self, b: Block) -> &BlockData {
        &self.blocks[b.index()]
    }

    /// The control-flow graph as a petgraph graph whose node `i` is block `i`.
    pub fn cfg(&self) -> DiGraph<Block, ()> {
        let mut g = DiGraph::with_capacity(self.blocks.len(), self.blocks.len() * 2);
        for i in 0..self.blocks.len() {
            g.add_node(Block(i as u32));
        }
        for (i, b) in self.blocks.iter().enumerate() {
            for s in b.term.successors().into_iter().chain(b.handler) {
                g.add_edge((i as u32).into(), (s.0).into(), ());
            }
        }
        g
    }

    /// Blocks reachable from the entry, in reverse postorder: every block comes after its
    /// dominators, which is the order the annotator and the lowering want.
    pub fn reverse_postorder(&self) -> Vec<Block> {
        let g = self.cfg();
        let mut dfs = petgraph::visit::DfsPostOrder::new(&g, 0u32.into());
        let mut order = Vec::with_capacity(self.blocks.len());
        while let Some(n) = dfs.next(&g) {
            order.push(g[n]);
        }
        order.reverse();
        order
    }
}

/// A module-level name, or a hidden one (parameter defaults).
#[derive(Clone, Debug, PartialEq)]
pub struct Global {
    pub name: String,
}

/// A class statement at module level. Methods are ordinary functions whose first parameter is
/// the instance; class-level assignments are hidden globals named `Class.attr`.
///
/// A `@property` is two hidden methods, [`getter_name`] and [`setter_name`], so that overriding
/// and dispatch work for them as for any method.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub id: ClassId,
    pub name: String,
    /// The name of the module that defines the class (`__main__`, `pkg.sub`).
    pub module: String,
    /// The bases as the class statement lists them.
    pub bases: Vec<ClassId>,
    /// CPython's C3 method resolution order: the class itself, then its bases, each class
    /// once (a diamond's shared base after every class that derives from it).
    pub mro: Vec<ClassId>,
    pub methods: Vec<(String, FuncId)>,
    /// The methods called without the instance: `@staticmethod`s, and `@classmethod`s, whose
    /// `cls` is bound when the body is built (once per class that has the method), so it is not
    /// a parameter either.
    pub unbound: Vec<FuncId>,
    pub attrs: Vec<(String, GlobalId)>,
    pub span: Span,
}

/// How the instances of a class hash (`Program::hashing`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hashing {
    /// By identity: no class on the MRO defines `__eq__` or `__hash__`.
    Identity,
    /// By the `__hash__` method, defined in the class given.
    Method(FuncId, ClassId),
    /// `TypeError: unhashable type`: `__eq__` came without `__hash__`.
    Unhashable,
}

/// The hidden method name of the getter of property `attr` (not a Python identifier).
pub fn getter_name(attr: &str) -> String {
    format!("<get {attr}>")
}

/// The hidden method name of the setter of property `attr`.
pub fn setter_name(attr: &str) -> String {
    format!("<set {attr}>")
}

/// The property whose getter a hidden method name is (`getter_name`'s inverse).
pub fn getter_of(method: &str) -> Option<&str> {
    method.strip_prefix("<get ")?.strip_suffix('>')
}

/// The hidden method name behind bound methods of method `name` (`build/bound.rs`): reading
/// `obj.name` without calling it calls this method, which returns the bound method.
pub fn bound_name(name: &str) -> String {
    format!("<bound {name}>")
}

/// The whole program: every function, class and global. `functions[0]` is the module body.
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub functions: Vec<Function>,
    pub classes: Vec<ClassDef>,
    pub globals: Vec<Global>,
    /// The variables that nested functions capture, by name (one per variable and function
    /// that owns it).
    pub cells: Vec<String>,
    /// The built-in exception classes, when the program uses exceptions (`build::prelude`).
    pub exceptions: Option<Exceptions>,
}

/// What the exception prelude defines.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Exceptions {
    /// `BaseException`, the base of every class a handler may catch.
    pub base: ClassId,
    /// `__exc_new(kind, message)`: the instance for an error the runtime raised, which the
    /// runtime calls when a handler catches one.
    pub factory: FuncId,
    /// `__exit_status(exc)`: what the process does when `exc` is not caught (a `SystemExit`
    /// exits quietly), which the runtime calls then.
    pub exit_status: FuncId,
    /// `__exc_link(exc, cause, context, suppress)`: sets a caught exception's `__cause__`,
    /// `__context__` and `__suppress_context__` from the runtime's record.
    pub link: FuncId,
    /// The prelude's classes are `0..builtin_classes`: their names print without a module.
    pub builtin_classes: u32,
}

impl Program {
    pub const MAIN: FuncId = FuncId(0);

    pub fn function(&self, f: FuncId) -> &Function {
        &self.functions[f.index()]
    }

    pub fn class(&self, c: ClassId) -> &ClassDef {
        &self.classes[c.index()]
    }

    /// A class and its bases in method resolution order.
    pub fn mro(&self, c: ClassId) -> Vec<ClassId> {
        self.class(c).mro.clone()
    }

    /// The method `name` that `super()` in a method of class `after` finds for an instance of
    /// `c`: the first class after `after` in `c`'s MRO that defines it.
    pub fn method_after(&self, c: ClassId, after: ClassId, name: &str) -> Option<FuncId> {
        let mro = self.mro(c);
        let start = mro.iter().position(|&k| k == after)? + 1;
        mro[start..].iter().find_map(|&k| self.class(k).methods.iter().find(|(n, _)| n == name).map(|&(_, f)| f))
    }

    /// The method `name` of a class or its nearest base that defines it.
    pub fn method(&self, c: ClassId, name: &str) -> Option<FuncId> {
        self.mro(c).into_iter().find_map(|k| self.class(k).methods.iter().find(|(n, _)| n == name).map(|&(_, f)| f))
    }

    /// The class (of `c` and its bases) whose body defines method `name`.
    pub fn method_owner(&self, c: ClassId, name: &str) -> Option<ClassId> {
        self.mro(c).into_iter().find(|&k| self.class(k).methods.iter().any(|(n, _)| n == name))
    }

    /// How instances of `c` hash. CPython gives a class that defines `__eq__` without `__hash__`
    /// the attribute `__hash__ = None`, which its subclasses inherit unless they define one.
    pub fn hashing(&self, c: ClassId) -> Hashing {
        for k in self.mro(c) {
            let def = self.class(k);
            if let Some(&(_, f)) = def.methods.iter().find(|(n, _)| n == "__hash__") {
                return Hashing::Method(f, k);
            }
            if def.methods.iter().any(|(n, _)| n == "__eq__") {
                return Hashing::Unhashable;
            }
        }
        Hashing::Identity
    }

    /// Whether function `f` can end with `raise StopIteration` (a `__next__` method).
    pub fn may_stop(&self, f: FuncId) -> bool {
        self.function(f).blocks.iter().any(|b| b.insts.iter().any(|i| i.kind == InstKind::StopIteration))
    }

    /// Whether function `f` is called with its function object (`ParamKind::Closure`).
    pub fn takes_closure(&self, f: FuncId) -> bool {
        self.function(f).params.first().is_some_and(|p| p.kind == ParamKind::Closure)
    }

    /// Whether method `f` takes the instance as its first parameter (it is not static or a
    /// class method).
    pub fn takes_instance(&self, f: FuncId) -> bool {
        !self.classes.iter().any(|c| c.unbound.contains(&f))
    }

    /// The class attribute `name` of a class or its nearest base that defines it.
    pub fn class_attr(&self, c: ClassId, name: &str) -> Option<GlobalId> {
        self.mro(c).into_iter().find_map(|k| self.class(k).attrs.iter().find(|(n, _)| n == name).map(|&(_, g)| g))
    }

    /// `c` and every class that derives from it, in definition order.
    pub fn subclasses(&self, c: ClassId) -> Vec<ClassId> {
        self.classes.iter().map(|k| k.id).filter(|&k| self.is_subclass(k, c)).collect()
    }

    /// The nearest class both derive from, if any.
    pub fn common_base(&self, a: ClassId, b: ClassId) -> Option<ClassId> {
        self.mro(a).into_iter().find(|&k| self.is_subclass(b, k))
    }

    /// Whether `c` is `base` or derives from it.
    pub fn is_subclass(&self, c: ClassId, base: ClassId) -> bool {
        self.mro(c).contains(&base)
    }

    /// Whether `c` is an exception class (it derives from `BaseException`).
    pub fn is_exception(&self, c: ClassId) -> bool {
        self.exceptions.is_some_and(|e| self.is_subclass(c, e.base))
    }

    /// Whether `c` is one of the built-in classes of the prelude.
    pub fn is_builtin_class(&self, c: ClassId) -> bool {
        self.exceptions.is_some_and(|e| c.0 < e.builtin_classes)
    }
}

impl InstKind {
    /// The values an instruction reads, in order.
    pub fn operands(&self) -> Vec<Value> {
        match self {
            InstKind::Const(_) | InstKind::LoadLocal(_) | InstKind::LoadGlobal(_) => vec![],
            InstKind::StoreLocal(_, v) | InstKind::StoreGlobal(_, v) | InstKind::Unary(_, v) | InstKind::Truth(v) => vec![*v],
            InstKind::CheckRangeStep(v) | InstKind::Unpack(v, _, _) | InstKind::CheckUnpackStarred(v, _) | InstKind::GetAttr(v, _) | InstKind::HasAttr(v, _) | InstKind::DelAttr(v, _) | InstKind::Vars(v) | InstKind::IsInstance(v, _) | InstKind::IsBuiltin(v, _) | InstKind::TypeName(v) => vec![*v],
            InstKind::New(_) | InstKind::Sent | InstKind::DelLocal(_) | InstKind::DelGlobal(_) | InstKind::StopIteration | InstKind::Reraise | InstKind::Catch | InstKind::PopHandled | InstKind::Resume => vec![],
            InstKind::Raise(v, cause) => std::iter::once(*v).chain(*cause).collect(),
            InstKind::Narrow(v, _) | InstKind::ClassOf(v) | InstKind::Yield(v) => vec![*v],
            InstKind::ClassRef(_) | InstKind::MakeCell(_) => vec![],
            InstKind::LoadCell(c, _) | InstKind::FreeCell(c, _) => vec![*c],
            InstKind::StoreCell(c, _, v) => vec![*c, *v],
            InstKind::MakeFunction(_, vs) => vs.clone(),
            InstKind::GetIter(v) => vec![*v],
            InstKind::SetAttr(o, _, v) => vec![*o, *v],
            InstKind::DynAttr(_, o, name, v) => [*o, *name].into_iter().chain(*v).collect(),
            InstKind::Binary(_, a, b) | InstKind::InplaceBinary(_, a, b) | InstKind::Compare(_, a, b) | InstKind::GetItem(a, b) => vec![*a, *b],
            InstKind::DelItem(a, b) | InstKind::IterItem(a, b) | InstKind::IterPrev(a, b) => vec![*a, *b],
            InstKind::SetItem(a, b, c) | InstKind::RangeCond(a, b, c) | InstKind::IterNext(a, b, c) => vec![*a, *b, *c],
            InstKind::Call(_, args) | InstKind::BuildList(args) | InstKind::BuildTuple(args) | InstKind::JoinStr(args) | InstKind::BuildSet(args) => args.clone(),
            InstKind::BuildDict(pairs) => pairs.iter().flat_map(|&(k, v)| [k, v]).collect(),
            InstKind::CallBuiltin(_, args, kw) => args.iter().copied().chain(kw.iter().map(|(_, v)| *v)).collect(),
            InstKind::CallMethod(o, _, args, kw) | InstKind::CallSuper(_, o, _, args, kw) => std::iter::once(*o).chain(args.iter().copied()).chain(kw.iter().map(|(_, v)| *v)).collect(),
            InstKind::Slice(o, a, b, c) | InstKind::DelSlice(o, a, b, c) => std::iter::once(*o).chain([a, b, c].into_iter().flatten().copied()).collect(),
            InstKind::SetSlice(o, a, b, c, v) => std::iter::once(*o).chain([a, b, c].into_iter().flatten().copied()).chain([*v]).collect(),
            InstKind::Format(v, _, spec) => std::iter::once(*v).chain(spec.iter().copied()).collect(),
        }
    }
}
