//! The annotation lattice.
//!
//! ```text
//!                 (conflict: a diagnostic, until `Object` arrives with the object model)
//!            Optional(T)   (T or None, for a T whose representation has a spare 0 word)
//!    Int  Float  Bool  Str  None  List(c)  Dict(c)  Set(c)  View(_, c)  Tuple(T1..Tn)  Instance(C)
//!                 \   |   |   /
//!                    Bottom          (nothing known yet: the start of every value)
//! ```
//! [`Containers::union`] is the join. Containers are identified by *definitions* as in RPython:
//! every list (dict, set) created at one site, and every one that flows into the same variable,
//! shares one definition whose item types only grow; joining two container types merges their
//! definitions (union-find), so `xs = []` followed by `xs.append(1)` makes `xs: list[int]`, and
//! `d = {}` followed by `d["a"] = 1` makes `d: dict[str, int]`.
#![forbid(unsafe_code)]

use crate::ir::ClassId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ContainerId(pub u32);

/// Which view of a dict `d.keys()`, `d.values()` or `d.items()` made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

impl ViewKind {
    pub fn py_name(self) -> &'static str {
        match self {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Bottom,
    Int,
    Float,
    Bool,
    Str,
    None,
    List(ContainerId),
    /// A dict: the definition's first slot is the key type, the second the value type.
    Dict(ContainerId),
    Set(ContainerId),
    /// A view of the dict with this definition (the value is the dict itself).
    View(ViewKind, ContainerId),
    Tuple(Vec<Type>),
    /// An instance of a user class, with the fixed layout of its fields.
    Instance(ClassId),
    /// A value that is `None` or of the inner type, which is one whose machine word is never 0
    /// ([`Type::nullable`]): `None` is the word 0, anything else is the inner type's word.
    Optional(Box<Type>),
}

impl Type {
    /// Values of these types are references the GC must see (tagged ints may be big ints).
    pub fn is_gc_ref(&self) -> bool {
        self.nullable() || matches!(self, Type::Optional(_))
    }

    /// Whether `None` can share this type's representation as the word 0: tagged ints and
    /// object pointers are never 0.
    pub fn nullable(&self) -> bool {
        matches!(self, Type::Int | Type::Str | Type::List(_) | Type::Dict(_) | Type::Set(_) | Type::View(..) | Type::Tuple(_) | Type::Instance(_))
    }

    /// The type without its `None` case.
    pub fn non_none(&self) -> &Type {
        match self {
            Type::Optional(t) => t,
            t => t,
        }
    }

    pub fn is_intlike(&self) -> bool {
        matches!(self, Type::Int | Type::Bool)
    }

    pub fn is_number(&self) -> bool {
        matches!(self, Type::Int | Type::Bool | Type::Float)
    }

    /// The Python class name, as in CPython's error messages (`Containers::type_name` also
    /// names user classes).
    pub fn py_name(&self) -> &'static str {
        match self {
            Type::Bottom => "<nothing>",
            Type::Int => "int",
            Type::Float => "float",
            Type::Bool => "bool",
            Type::Str => "str",
            Type::None => "NoneType",
            Type::List(_) => "list",
            Type::Dict(_) => "dict",
            Type::Set(_) => "set",
            Type::View(k, _) => k.py_name(),
            Type::Tuple(_) => "tuple",
            Type::Instance(_) => "object",
            Type::Optional(t) => t.py_name(),
        }
    }

    /// Whether CPython can hash values of this type (dict keys, set items).
    pub fn is_hashable(&self) -> bool {
        match self {
            Type::List(_) | Type::Dict(_) | Type::Set(_) | Type::View(..) => false,
            Type::Tuple(ts) => ts.iter().all(Type::is_hashable),
            Type::Optional(t) => t.is_hashable(),
            _ => true,
        }
    }
}

/// Two types that cannot share one representation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict(pub String, pub String);

/// The container definitions, and whether anything grew since the flag was last cleared.
/// A definition has one item type (list, set) or a key and a value type (dict).
#[derive(Clone, Debug, Default)]
pub struct Containers {
    /// The program's class names and bases, indexed by `ClassId`: for messages and `show`, and
    /// for the join of two instance types (their nearest common base).
    pub class_names: Vec<String>,
    pub class_bases: Vec<Option<ClassId>>,
    parent: Vec<u32>,
    items: Vec<Type>,
    values: Vec<Type>,
    pub changed: bool,
}

impl Containers {
    pub fn with_classes(class_names: Vec<String>, class_bases: Vec<Option<ClassId>>) -> Containers {
        Containers { class_names, class_bases, ..Containers::default() }
    }

    fn ancestors(&self, c: ClassId) -> Vec<ClassId> {
        let mut out = vec![c];
        while let Some(Some(b)) = out.last().and_then(|k| self.class_bases.get(k.index())) {
            out.push(*b);
        }
        out
    }

    pub fn new_def(&mut self, item: Type) -> ContainerId {
        let id = self.parent.len() as u32;
        self.parent.push(id);
        self.items.push(item);
        self.values.push(Type::Bottom);
        ContainerId(id)
    }

    pub fn find(&self, id: ContainerId) -> ContainerId {
        let mut i = id.0;
        while self.parent[i as usize] != i {
            i = self.parent[i as usize];
        }
        ContainerId(i)
    }

    /// The item type of a list or set, or the key type of a dict.
    pub fn item(&self, id: ContainerId) -> Type {
        self.items[self.find(id).0 as usize].clone()
    }

    /// The value type of a dict.
    pub fn value(&self, id: ContainerId) -> Type {
        self.values[self.find(id).0 as usize].clone()
    }

    /// What iterating a container yields: a list's or set's items, a dict's keys, a view's
    /// keys, values or `(key, value)` tuples.
    pub fn iter_item(&self, t: &Type) -> Option<Type> {
        match t {
            Type::List(c) | Type::Set(c) | Type::Dict(c) | Type::View(ViewKind::Keys, c) => Some(self.item(*c)),
            Type::View(ViewKind::Values, c) => Some(self.value(*c)),
            Type::View(ViewKind::Items, c) => Some(Type::Tuple(vec![self.item(*c), self.value(*c)])),
            Type::Str => Some(Type::Str),
            _ => None,
        }
    }

    /// Grows the item (or key) type of a definition; the error names both sides.
    pub fn add_item(&mut self, id: ContainerId, t: &Type) -> Result<(), Conflict> {
        self.grow(id, t, false)
    }

    /// Grows the value type of a dict definition.
    pub fn add_value(&mut self, id: ContainerId, t: &Type) -> Result<(), Conflict> {
        self.grow(id, t, true)
    }

    fn grow(&mut self, id: ContainerId, t: &Type, value: bool) -> Result<(), Conflict> {
        let root = self.find(id).0 as usize;
        let old = if value { self.values[root].clone() } else { self.items[root].clone() };
        let new = self.union(&old, t)?;
        let root = self.find(ContainerId(root as u32)).0 as usize;
        let slot = if value { &mut self.values[root] } else { &mut self.items[root] };
        if *slot != new {
            *slot = new;
            self.changed = true;
        }
        Ok(())
    }

    /// Merges two definitions, joining their item and value types.
    fn merge(&mut self, x: ContainerId, y: ContainerId) -> Result<ContainerId, ()> {
        let (x, y) = (self.find(x), self.find(y));
        if x == y {
            return Ok(x);
        }
        let (ix, iy) = (self.items[x.0 as usize].clone(), self.items[y.0 as usize].clone());
        let (vx, vy) = (self.values[x.0 as usize].clone(), self.values[y.0 as usize].clone());
        let item = self.union(&ix, &iy).map_err(|_| ())?;
        let value = self.union(&vx, &vy).map_err(|_| ())?;
        let (x, y) = (self.find(x), self.find(y));
        if x != y {
            self.parent[y.0 as usize] = x.0;
        }
        self.items[x.0 as usize] = item;
        self.values[x.0 as usize] = value;
        self.changed = true;
        Ok(x)
    }

    /// The join of two types.
    pub fn union(&mut self, a: &Type, b: &Type) -> Result<Type, Conflict> {
        let conflict = |s: &Self| Conflict(s.show(a), s.show(b));
        match (a, b) {
            (Type::Bottom, t) | (t, Type::Bottom) => Ok(t.clone()),
            (Type::List(x), Type::List(y)) => self.merge(*x, *y).map(Type::List).map_err(|_| conflict(self)),
            (Type::Dict(x), Type::Dict(y)) => self.merge(*x, *y).map(Type::Dict).map_err(|_| conflict(self)),
            (Type::Set(x), Type::Set(y)) => self.merge(*x, *y).map(Type::Set).map_err(|_| conflict(self)),
            (Type::View(k, x), Type::View(j, y)) if k == j => self.merge(*x, *y).map(|c| Type::View(*k, c)).map_err(|_| conflict(self)),
            (Type::Tuple(xs), Type::Tuple(ys)) if xs.len() == ys.len() => {
                let mut out = Vec::with_capacity(xs.len());
                for (x, y) in xs.iter().zip(ys) {
                    out.push(self.union(x, y).map_err(|_| conflict(self))?);
                }
                Ok(Type::Tuple(out))
            }
            (Type::Instance(x), Type::Instance(y)) => {
                let ys = self.ancestors(*y);
                match self.ancestors(*x).into_iter().find(|k| ys.contains(k)) {
                    Some(k) => Ok(Type::Instance(k)),
                    None => Err(conflict(self)),
                }
            }
            (Type::None, t) | (t, Type::None) if t.nullable() => Ok(Type::Optional(Box::new(t.clone()))),
            (Type::Optional(x), Type::None) | (Type::None, Type::Optional(x)) => Ok(Type::Optional(x.clone())),
            (Type::Optional(x), Type::Optional(y)) => self.union(x, y).map(|t| Type::Optional(Box::new(t))).map_err(|_| conflict(self)),
            (Type::Optional(x), y) | (y, Type::Optional(x)) if y.nullable() => {
                self.union(x, y).map(|t| Type::Optional(Box::new(t))).map_err(|_| conflict(self))
            }
            (x, y) if x == y => Ok(x.clone()),
            _ => Err(conflict(self)),
        }
    }

    /// True when `union(a, b)` would succeed (it is not tried, so nothing merges).
    pub fn compatible(&self, a: &Type, b: &Type) -> bool {
        let defs = |x: &ContainerId, y: &ContainerId| {
            self.find(*x) == self.find(*y) || (self.compatible(&self.item(*x), &self.item(*y)) && self.compatible(&self.value(*x), &self.value(*y)))
        };
        match (a, b) {
            (Type::Bottom, _) | (_, Type::Bottom) => true,
            (Type::List(x), Type::List(y)) | (Type::Dict(x), Type::Dict(y)) | (Type::Set(x), Type::Set(y)) => defs(x, y),
            (Type::View(k, x), Type::View(j, y)) => k == j && defs(x, y),
            (Type::Tuple(xs), Type::Tuple(ys)) => xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| self.compatible(x, y)),
            (Type::Instance(x), Type::Instance(y)) => x == y,
            // A variant whose parameter is already `T | None` serves `T` and `None` arguments.
            (Type::Optional(_), Type::None) | (Type::None, Type::Optional(_)) => true,
            (Type::Optional(x), Type::Optional(y)) => self.compatible(x, y),
            (Type::Optional(x), y) | (y, Type::Optional(x)) => self.compatible(x, y),
            (x, y) => x == y,
        }
    }

    /// Gives every container that never received an item the item (and value) type `None`.
    /// Run once the fixpoint is reached: those containers are always empty, and operations on
    /// them (`sum`, `max`, a repr) can now be typed instead of waiting for items that never come.
    pub fn settle_empty(&mut self) -> bool {
        let mut any = false;
        for i in 0..self.items.len() {
            if self.parent[i] == i as u32 {
                for slot in [&mut self.items[i], &mut self.values[i]] {
                    if *slot == Type::Bottom {
                        *slot = Type::None;
                        any = true;
                    }
                }
            }
        }
        any
    }

    /// The type with every container id replaced by its definition's representative.
    pub fn canonical(&self, t: &Type) -> Type {
        match t {
            Type::List(l) => Type::List(self.find(*l)),
            Type::Dict(l) => Type::Dict(self.find(*l)),
            Type::Set(l) => Type::Set(self.find(*l)),
            Type::View(k, l) => Type::View(*k, self.find(*l)),
            Type::Tuple(ts) => Type::Tuple(ts.iter().map(|t| self.canonical(t)).collect()),
            Type::Optional(t) => Type::Optional(Box::new(self.canonical(t))),
            t => t.clone(),
        }
    }

    /// Python-style spelling: `list[tuple[int, str]]`, `dict[str, int]`.
    pub fn show(&self, t: &Type) -> String {
        let shown = |t: Type| match t {
            Type::Bottom => "<empty>".to_string(),
            t => self.show(&t),
        };
        match t {
            Type::List(l) | Type::Set(l) => format!("{}[{}]", t.py_name(), shown(self.item(*l))),
            Type::Dict(l) | Type::View(_, l) => format!("{}[{}, {}]", t.py_name(), shown(self.item(*l)), shown(self.value(*l))),
            Type::Tuple(ts) if ts.is_empty() => "tuple[()]".to_string(),
            Type::Tuple(ts) => format!("tuple[{}]", ts.iter().map(|t| self.show(t)).collect::<Vec<_>>().join(", ")),
            Type::None => "None".to_string(),
            Type::Optional(t) => format!("{} | None", self.show(t)),
            t => self.type_name(t),
        }
    }

    /// The class name of a type, user classes included.
    pub fn type_name(&self, t: &Type) -> String {
        match t {
            Type::Instance(c) => self.class_names.get(c.index()).cloned().unwrap_or_default(),
            Type::Optional(t) => self.type_name(t),
            t => t.py_name().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn union_is_a_join() {
        let mut l = Containers::default();
        assert_eq!(l.union(&Type::Bottom, &Type::Int), Ok(Type::Int));
        assert_eq!(l.union(&Type::Int, &Type::Int), Ok(Type::Int));
        assert!(l.union(&Type::Int, &Type::Float).is_err());
        assert!(l.union(&Type::Bool, &Type::Int).is_err());
    }

    #[test]
    fn none_joins_into_optional() {
        let mut l = Containers::default();
        let opt = Type::Optional(Box::new(Type::Str));
        assert_eq!(l.union(&Type::None, &Type::Str), Ok(opt.clone()));
        assert_eq!(l.union(&opt, &Type::None), Ok(opt.clone()));
        assert_eq!(l.union(&Type::Str, &opt), Ok(opt.clone()));
        assert!(l.union(&Type::None, &Type::Float).is_err());
        assert!(l.union(&opt, &Type::Int).is_err());
        assert_eq!(l.show(&opt), "str | None");
    }

    #[test]
    fn lists_merge_their_definitions() {
        let mut l = Containers::default();
        let a = l.new_def(Type::Bottom);
        let b = l.new_def(Type::Int);
        let t = l.union(&Type::List(a), &Type::List(b)).unwrap();
        assert_eq!(l.show(&t), "list[int]");
        assert_eq!(l.find(a), l.find(b));
        assert!(l.add_item(a, &Type::Str).is_err());
        let c = l.new_def(Type::Str);
        let err = l.union(&Type::List(a), &Type::List(c)).unwrap_err();
        assert_eq!(err, Conflict("list[int]".into(), "list[str]".into()));
    }
}
