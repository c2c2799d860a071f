//! The annotation lattice.
//!
//! ```text
//!                 (conflict: a diagnostic, until `Object` arrives with the object model)
//!    Int  Float  Bool  Str  None  List(l)  Tuple(T1..Tn)
//!                 \   |   |   /
//!                    Bottom          (nothing known yet: the start of every value)
//! ```
//! [`Lists::union`] is the join. Lists are identified by *list definitions* as in RPython:
//! every list value created at one site, and every list that flows into the same variable,
//! shares one definition whose item type only grows; joining two list types merges their
//! definitions (union-find), so `xs = []` followed by `xs.append(1)` makes `xs: list[int]`.
#![forbid(unsafe_code)]

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ListId(pub u32);

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Bottom,
    Int,
    Float,
    Bool,
    Str,
    None,
    List(ListId),
    Tuple(Vec<Type>),
}

impl Type {
    /// Values of these types are references the GC must see (tagged ints may be big ints).
    pub fn is_gc_ref(&self) -> bool {
        matches!(self, Type::Int | Type::Str | Type::List(_) | Type::Tuple(_))
    }

    pub fn is_intlike(&self) -> bool {
        matches!(self, Type::Int | Type::Bool)
    }

    pub fn is_number(&self) -> bool {
        matches!(self, Type::Int | Type::Bool | Type::Float)
    }

    /// The Python class name, as in CPython's error messages.
    pub fn py_name(&self) -> &'static str {
        match self {
            Type::Bottom => "<nothing>",
            Type::Int => "int",
            Type::Float => "float",
            Type::Bool => "bool",
            Type::Str => "str",
            Type::None => "NoneType",
            Type::List(_) => "list",
            Type::Tuple(_) => "tuple",
        }
    }
}

/// Two types that cannot share one representation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict(pub String, pub String);

/// The list definitions, and whether anything grew since the flag was last cleared.
#[derive(Clone, Debug, Default)]
pub struct Lists {
    parent: Vec<u32>,
    items: Vec<Type>,
    pub changed: bool,
}

impl Lists {
    pub fn new_list(&mut self, item: Type) -> ListId {
        let id = self.parent.len() as u32;
        self.parent.push(id);
        self.items.push(item);
        ListId(id)
    }

    pub fn find(&self, id: ListId) -> ListId {
        let mut i = id.0;
        while self.parent[i as usize] != i {
            i = self.parent[i as usize];
        }
        ListId(i)
    }

    pub fn item(&self, id: ListId) -> Type {
        self.items[self.find(id).0 as usize].clone()
    }

    /// Grows the item type of a list; the error names both sides.
    pub fn add_item(&mut self, id: ListId, t: &Type) -> Result<(), Conflict> {
        let root = self.find(id);
        let old = self.items[root.0 as usize].clone();
        let new = self.union(&old, t)?;
        let root = self.find(root);
        if self.items[root.0 as usize] != new {
            self.items[root.0 as usize] = new;
            self.changed = true;
        }
        Ok(())
    }

    /// The join of two types.
    pub fn union(&mut self, a: &Type, b: &Type) -> Result<Type, Conflict> {
        match (a, b) {
            (Type::Bottom, t) | (t, Type::Bottom) => Ok(t.clone()),
            (Type::List(x), Type::List(y)) => {
                let (x, y) = (self.find(*x), self.find(*y));
                if x == y {
                    return Ok(Type::List(x));
                }
                let (ix, iy) = (self.items[x.0 as usize].clone(), self.items[y.0 as usize].clone());
                let item = self.union(&ix, &iy).map_err(|_| Conflict(self.show(a), self.show(b)))?;
                let (x, y) = (self.find(x), self.find(y));
                if x != y {
                    self.parent[y.0 as usize] = x.0;
                }
                self.items[x.0 as usize] = item;
                self.changed = true;
                Ok(Type::List(x))
            }
            (Type::Tuple(xs), Type::Tuple(ys)) if xs.len() == ys.len() => {
                let mut out = Vec::with_capacity(xs.len());
                for (x, y) in xs.iter().zip(ys) {
                    out.push(self.union(x, y).map_err(|_| Conflict(self.show(a), self.show(b)))?);
                }
                Ok(Type::Tuple(out))
            }
            (x, y) if x == y => Ok(x.clone()),
            _ => Err(Conflict(self.show(a), self.show(b))),
        }
    }

    /// True when `union(a, b)` would succeed (it is not tried, so nothing merges).
    pub fn compatible(&self, a: &Type, b: &Type) -> bool {
        match (a, b) {
            (Type::Bottom, _) | (_, Type::Bottom) => true,
            (Type::List(x), Type::List(y)) => self.find(*x) == self.find(*y) || self.compatible(&self.item(*x), &self.item(*y)),
            (Type::Tuple(xs), Type::Tuple(ys)) => xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| self.compatible(x, y)),
            (x, y) => x == y,
        }
    }

    /// Gives every list that never received an item the item type `None`. Run once the
    /// fixpoint is reached: those lists are always empty, and operations on them (`sum`, `max`,
    /// a repr) can now be typed instead of waiting for items that never come.
    pub fn settle_empty(&mut self) -> bool {
        let mut any = false;
        for i in 0..self.items.len() {
            if self.parent[i] == i as u32 && self.items[i] == Type::Bottom {
                self.items[i] = Type::None;
                any = true;
            }
        }
        any
    }

    /// The type with every list id replaced by its definition's representative.
    pub fn canonical(&self, t: &Type) -> Type {
        match t {
            Type::List(l) => Type::List(self.find(*l)),
            Type::Tuple(ts) => Type::Tuple(ts.iter().map(|t| self.canonical(t)).collect()),
            t => t.clone(),
        }
    }

    /// Python-style spelling: `list[tuple[int, str]]`.
    pub fn show(&self, t: &Type) -> String {
        match t {
            Type::List(l) => match self.item(*l) {
                Type::Bottom => "list[<empty>]".to_string(),
                item => format!("list[{}]", self.show(&item)),
            },
            Type::Tuple(ts) if ts.is_empty() => "tuple[()]".to_string(),
            Type::Tuple(ts) => format!("tuple[{}]", ts.iter().map(|t| self.show(t)).collect::<Vec<_>>().join(", ")),
            Type::None => "None".to_string(),
            t => t.py_name().to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn union_is_a_join() {
        let mut l = Lists::default();
        assert_eq!(l.union(&Type::Bottom, &Type::Int), Ok(Type::Int));
        assert_eq!(l.union(&Type::Int, &Type::Int), Ok(Type::Int));
        assert!(l.union(&Type::Int, &Type::Float).is_err());
        assert!(l.union(&Type::Bool, &Type::Int).is_err());
    }

    #[test]
    fn lists_merge_their_definitions() {
        let mut l = Lists::default();
        let a = l.new_list(Type::Bottom);
        let b = l.new_list(Type::Int);
        let t = l.union(&Type::List(a), &Type::List(b)).unwrap();
        assert_eq!(l.show(&t), "list[int]");
        assert_eq!(l.find(a), l.find(b));
        assert!(l.add_item(a, &Type::Str).is_err());
        let c = l.new_list(Type::Str);
        let err = l.union(&Type::List(a), &Type::List(c)).unwrap_err();
        assert_eq!(err, Conflict("list[int]".into(), "list[str]".into()));
    }
}
