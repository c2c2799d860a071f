//! The hash table behind `set` objects, and the set algebra on it: CPython 3.11's
//! `Objects/setobject.c`, step for step, so that sets iterate, print and `pop()` in CPython's order.
//!
//! A set's order is its table's slot order, and that order depends on everything the table went
//! through: the slot each hash probes first, collisions, removed elements (dummies) and when and
//! to which size the table was rebuilt. So this module copies each of CPython's choices:
//!
//! - An open-addressing table of (hash, key) slots whose size is a power of two, at least
//!   [`MIN_SIZE`]. A probe looks at slot `hash & mask`, then, when they exist, the
//!   [`LINEAR_PROBES`] slots after it; then `perturb >>= 5` and `i = (i * 5 + 1 + perturb) & mask`.
//! - Removing an element leaves a dummy, which lookups probe past. Adding an absent element puts
//!   it in the *last* dummy its probe passed, else in the empty slot that ended the probe; only
//!   the latter grows `fill` (active and dummy slots), and when then `fill * 5 >= mask * 3` the
//!   table is rebuilt for `used * 4` elements (`used * 2` past 50000).
//! - A rebuild for `minused` elements takes the smallest power of two above `minused` (at least
//!   8; an 8-slot table without dummies is left alone) and reinserts the elements in the old
//!   table's slot order.
//! - `s.update(t)` from another set (also `copy`, `a | b`, `set(s)`): one rebuild first, when
//!   `(fill + len(t)) * 5 >= mask * 3`, for `(len(s) + len(t)) * 2`; then, into an empty table, a
//!   slot-by-slot copy when the sizes match and `t` has no dummies, else reinsertion in `t`'s slot
//!   order; into a non-empty one, ordinary adds in `t`'s slot order.
//! - `pop()` takes the first element at or after the *finger*, the slot after the last pop,
//!   wrapping around. Clearing and `&=` keep the finger; new sets start at 0.
//! - `a & b` iterates the smaller set (`b` when the sizes are equal) and adds the elements the
//!   other has; `a - b` adds `a`'s elements that `b` lacks, unless `len(a) / 4 > len(b)`, when it
//!   copies `a` and removes `b`'s; `a ^ b` copies `b` and toggles `a`'s elements in. `s -= t`
//!   rebuilds the table when more than a quarter of it is dummies afterwards.
//!
//! Keys are words of one static type, hashed and compared through that type as in
//! [`crate::dict_ops`]: a slot's key is compared only when the hashes are equal, and word identity
//! is tried before equality, as CPython tries object identity. For ints, floats, bools and tuples
//! of them the hashes are CPython's, so the order is CPython's too; str hashes differ from
//! CPython's, whose are randomised per process anyway.

#![forbid(unsafe_code)]

use std::mem::size_of;

use crate::desc::{self, Heap};
use crate::dict_ops::key_error;
use crate::errors::{PyErr, PyResult};
use crate::hash::hash;

/// One slot of the table: an element and its hash, or an empty or dummy slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    pub hash: i64,
    pub key: u64,
}

/// The hash of a slot without an element: no Python hash is -1 (see [`crate::hash`]).
const NO_HASH: i64 = -1;
/// A slot that held no element since the table was built: a probe ends here (CPython's NULL).
const EMPTY: Slot = Slot { hash: NO_HASH, key: 0 };
/// A slot whose element was removed: probes continue past it (CPython's `dummy`).
const DUMMY: Slot = Slot { hash: NO_HASH, key: 1 };

impl Slot {
    fn is_active(&self) -> bool {
        self.hash != NO_HASH
    }
}

/// The smallest table (CPython's `PySet_MINSIZE`).
const MIN_SIZE: usize = 8;
/// Slots a probe tries after its first one before jumping (CPython's `LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// How fast the jumps mix in the hash's high bits (CPython's `PERTURB_SHIFT`).
const PERTURB_SHIFT: u32 = 5;
/// Past this many elements, a full table grows to twice its elements instead of four times.
const LARGE: usize = 50_000;

/// A set's contents.
#[derive(Debug, Default)]
pub struct SetTable {
    /// The slots; no storage until the first add, which behaves as an 8-slot empty table
    /// (CPython's inline `smalltable`).
    slots: Vec<Slot>,
    /// Active and dummy slots.
    fill: usize,
    /// Active slots (`len(s)`).
    used: usize,
    /// Where the next `pop()` starts looking, modulo the size.
    finger: usize,
}

/// CPython's probe sequence: slot `i = hash & mask`, the [`LINEAR_PROBES`] slots after it when
/// they are all inside the table, then `i = 5*i + 1 + perturb` with the hash's high bits shifted
/// into `perturb`. Once `perturb` is 0 the jumps visit every slot of a power-of-two table, so a
/// probe for an empty slot ends.
struct Probe {
    mask: usize,
    perturb: u64,
    base: usize,
    offset: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        Probe { mask, perturb: hash as u64, base: hash as usize & mask, offset: 0 }
    }

    fn slot(&self) -> usize {
        self.base + self.offset
    }

    fn advance(&mut self) {
        if self.offset < LINEAR_PROBES && self.base + LINEAR_PROBES <= self.mask {
            self.offset += 1;
            return;
        }
        self.offset = 0;
        self.perturb >>= PERTURB_SHIFT;
        self.base = self.base.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb as usize) & self.mask;
    }
}

/// `size` empty slots, reserved fallibly.
fn empty_slots(size: usize) -> PyResult<Vec<Slot>> {
    let mut slots = crate::reserve::vec(size)?;
    slots.resize(size, EMPTY);
    Ok(slots)
}

/// Puts an element known to be absent into the first empty slot of its probe, in a table without
/// dummies (CPython's `set_insert_clean`).
fn insert_clean(slots: &mut [Slot], e: Slot) {
    let mut probe = Probe::new(e.hash, slots.len() - 1);
    while slots[probe.slot()] != EMPTY {
        probe.advance();
    }
    slots[probe.slot()] = e;
}

impl SetTable {
    /// An empty set; it allocates on the first add.
    pub const fn new() -> SetTable {
        SetTable { slots: Vec::new(), fill: 0, used: 0, finger: 0 }
    }

    /// The number of elements (`len(s)`).
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Bytes owned outside the object, for the collector's accounting.
    pub fn heap_bytes(&self) -> usize {
        self.slots.capacity() * size_of::<Slot>()
    }

    fn mask(&self) -> usize {
        self.slots.len().max(MIN_SIZE) - 1
    }

    /// The elements in slot order: the order in which CPython iterates and prints the set.
    pub fn iter(&self) -> impl Iterator<Item = &Slot> {
        self.slots.iter().filter(|s| s.is_active())
    }

    /// The first slot at or after `pos` that holds an element.
    pub fn next_active(&self, pos: usize) -> Option<usize> {
        let rest = self.slots.get(pos..)?;
        rest.iter().position(Slot::is_active).map(|i| pos + i)
    }

    /// The element in slot `pos`.
    pub fn at(&self, pos: usize) -> Option<&Slot> {
        self.slots.get(pos).filter(|s| s.is_active())
    }

    /// The slot that holds an element equal to `key` (CPython's `set_lookkey`).
    fn lookup<H: Heap>(&self, h: &H, t: H::Ty, key: u64, hash: i64) -> Option<usize> {
        self.probe(hash, |k| k == key || desc::eq(h, k, key, t))
    }

    /// Whether the set has an element with this hash that `same` accepts: a lookup with an
    /// element of another type than the set's, which only the caller can compare.
    pub fn has_matching(&self, hash: i64, same: impl Fn(u64) -> bool) -> bool {
        self.probe(hash, same).is_some()
    }

    /// The slot of the element with this hash that `same` accepts.
    fn probe(&self, hash: i64, same: impl Fn(u64) -> bool) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mut probe = Probe::new(hash, self.mask());
        loop {
            let s = self.slots[probe.slot()];
            if s == EMPTY {
                return None;
            }
            if s.hash == hash && same(s.key) {
                return Some(probe.slot());
            }
            probe.advance();
        }
    }

    /// Whether the set has an element equal to `e.key`, given its hash.
    pub fn contains_slot<H: Heap>(&self, h: &H, t: H::Ty, e: &Slot) -> bool {
        self.lookup(h, t, e.key, e.hash).is_some()
    }

    /// `key in s` (`TypeError` when the key type is unhashable).
    pub fn contains<H: Heap>(&self, h: &H, t: H::Ty, key: u64) -> PyResult<bool> {
        Ok(self.lookup(h, t, key, hash(h, key, t)?).is_some())
    }

    /// `s.add(key)`.
    pub fn add<H: Heap>(&mut self, h: &H, t: H::Ty, key: u64) -> PyResult<()> {
        let hash = hash(h, key, t)?;
        self.add_slot(h, t, Slot { hash, key })
    }

    /// Adds an element whose hash is known (CPython's `set_add_entry`). An element already present
    /// keeps its slot and its original key word.
    fn add_slot<H: Heap>(&mut self, h: &H, t: H::Ty, e: Slot) -> PyResult<()> {
        if self.slots.is_empty() {
            self.slots = empty_slots(MIN_SIZE)?;
        }
        let mask = self.mask();
        let mut probe = Probe::new(e.hash, mask);
        let mut free = None;
        loop {
            let s = self.slots[probe.slot()];
            if s == EMPTY {
                break;
            }
            if s.hash == e.hash {
                if s.key == e.key || desc::eq(h, s.key, e.key, t) {
                    return Ok(());
                }
            } else if s == DUMMY {
                free = Some(probe.slot());
            }
            probe.advance();
        }
        self.used += 1;
        if let Some(i) = free {
            self.slots[i] = e;
            return Ok(());
        }
        self.slots[probe.slot()] = e;
        self.fill += 1;
        if self.fill * 5 < mask * 3 {
            return Ok(());
        }
        self.resize(self.growth())
    }

    /// The element count a full table is rebuilt for.
    fn growth(&self) -> usize {
        if self.used > LARGE {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `s.discard(key)`: whether it was there.
    pub fn discard<H: Heap>(&mut self, h: &H, t: H::Ty, key: u64) -> PyResult<bool> {
        let hash = hash(h, key, t)?;
        Ok(self.discard_slot(h, t, &Slot { hash, key }))
    }

    /// `s.remove(key)`: `KeyError(key)` when it is absent.
    pub fn remove<H: Heap>(&mut self, h: &H, t: H::Ty, key: u64) -> PyResult<()> {
        if self.discard(h, t, key)? {
            Ok(())
        } else {
            Err(key_error(h, key, t))
        }
    }

    /// Turns the slot of the element equal to `e.key` into a dummy; whether there was one.
    fn discard_slot<H: Heap>(&mut self, h: &H, t: H::Ty, e: &Slot) -> bool {
        match self.lookup(h, t, e.key, e.hash) {
            Some(i) => {
                self.slots[i] = DUMMY;
                self.used -= 1;
                true
            }
            None => false,
        }
    }

    /// `s.pop()`: the first element at or after the finger, wrapping around.
    pub fn pop(&mut self) -> Option<u64> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !self.slots[i].is_active() {
            i = (i + 1) & mask;
        }
        let e = std::mem::replace(&mut self.slots[i], DUMMY);
        self.used -= 1;
        self.finger = i + 1;
        Some(e.key)
    }

    /// `s.clear()`: an empty table again, releasing the storage. The finger stays.
    pub fn clear(&mut self) {
        *self = SetTable { finger: self.finger, ..SetTable::new() };
    }

    /// Replaces the contents with `other`'s, keeping this set's finger (CPython's
    /// `set_swap_bodies`, for `s &= t`).
    pub fn replace_contents(&mut self, other: SetTable) {
        *self = SetTable { finger: self.finger, ..other };
    }

    /// Rebuilds the table for `minused` elements (CPython's `set_table_resize`).
    fn resize(&mut self, minused: usize) -> PyResult<()> {
        let mut size = MIN_SIZE;
        while size <= minused {
            size = size.checked_mul(2).ok_or_else(PyErr::memory)?;
        }
        if size == MIN_SIZE && self.mask() == MIN_SIZE - 1 && self.fill == self.used {
            return Ok(());
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(size)?);
        for e in old.iter().filter(|s| s.is_active()) {
            insert_clean(&mut self.slots, *e);
        }
        self.fill = self.used;
        Ok(())
    }

    /// `s.update(other)` for another set object (CPython's `set_merge`). `s.update(s)` changes
    /// nothing; the caller skips it.
    pub fn update<H: Heap>(&mut self, h: &H, t: H::Ty, other: &SetTable) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2)?;
        }
        if self.fill == 0 {
            return self.fill_from(other);
        }
        other.iter().try_for_each(|e| self.add_slot(h, t, *e))
    }

    /// Copies `other`'s elements into this empty table, which is already big enough: slot by
    /// slot when the sizes match and `other` has no dummies, else in `other`'s slot order.
    fn fill_from(&mut self, other: &SetTable) -> PyResult<()> {
        if self.mask() == other.mask() && other.fill == other.used {
            let mut slots = crate::reserve::vec(other.slots.len())?;
            slots.extend_from_slice(&other.slots);
            self.slots = slots;
        } else {
            if self.slots.is_empty() {
                self.slots = empty_slots(MIN_SIZE)?;
            }
            for e in other.iter() {
                insert_clean(&mut self.slots, *e);
            }
        }
        self.fill = other.used;
        self.used = other.used;
        Ok(())
    }

    /// `s.copy()`, also `set(s)`: a new set updated from this one.
    pub fn copy(&self) -> PyResult<SetTable> {
        let mut out = SetTable::new();
        if self.used > 0 {
            if self.used * 5 >= out.mask() * 3 {
                out.resize(self.used * 2)?;
            }
            out.fill_from(self)?;
        }
        Ok(out)
    }

    /// `set(items)` for a list (or anything iterated in a known order): one add per item.
    pub fn from_items<H: Heap>(h: &H, t: H::Ty, items: &[u64]) -> PyResult<SetTable> {
        let mut out = SetTable::new();
        items.iter().try_for_each(|&key| out.add(h, t, key))?;
        Ok(out)
    }

    /// A set display whose items are all constants, `{3, 1, 2}`, given in source order. CPython
    /// compiles a display of more than two constants to a frozenset constant, which the compiler
    /// builds from the items and, when it merges equal constants, builds again from that set's
    /// slot order; the code then updates a new empty set from it. Displays of one or two items,
    /// or of any non-constant item, add their items in order instead ([`SetTable::from_items`]).
    pub fn from_constants<H: Heap>(h: &H, t: H::Ty, items: &[u64]) -> PyResult<SetTable> {
        let first = SetTable::from_items(h, t, items)?;
        if items.len() <= 2 {
            return Ok(first);
        }
        let mut merged = SetTable::new();
        first.iter().try_for_each(|e| merged.add_slot(h, t, *e))?;
        merged.copy()
    }

    /// `s -= other` for another set object (CPython's `set_difference_update_internal`);
    /// `s -= s` is `s.clear()`, which the caller does instead. More than a quarter of dummies
    /// afterwards rebuilds the table.
    pub fn difference_update<H: Heap>(&mut self, h: &H, t: H::Ty, other: &SetTable) -> PyResult<()> {
        if (other.used >> 3) > self.used {
            // CPython removes the intersection instead of probing for each of `other`'s many
            // elements; the same slots become dummies.
            let mut common = Vec::new();
            for (i, e) in self.slots.iter().enumerate() {
                if e.is_active() && other.contains_slot(h, t, e) {
                    common.push(i);
                }
            }
            for i in common {
                self.slots[i] = DUMMY;
                self.used -= 1;
            }
        } else {
            for e in other.iter() {
                self.discard_slot(h, t, e);
            }
        }
        if self.fill - self.used <= self.mask() / 4 {
            return Ok(());
        }
        self.resize(self.growth())
    }

    /// `s ^= other` for another set object: each of `other`'s elements, in its slot order, is
    /// removed when present and added otherwise. `s ^= s` is `s.clear()`, which the caller does.
    pub fn symmetric_difference_update<H: Heap>(&mut self, h: &H, t: H::Ty, other: &SetTable) -> PyResult<()> {
        for e in other.iter() {
            if !self.discard_slot(h, t, e) {
                self.add_slot(h, t, *e)?;
            }
        }
        Ok(())
    }
}

/// `a | b`: a copy of `a` updated from `b` (unless `b` is `a`).
pub fn union<H: Heap>(h: &H, t: H::Ty, a: &SetTable, b: &SetTable) -> PyResult<SetTable> {
    let mut out = a.copy()?;
    if !std::ptr::eq(a, b) {
        out.update(h, t, b)?;
    }
    Ok(out)
}

/// `a & b`: the elements of the smaller set (`b` when the sizes are equal) that the other has,
/// added in its slot order; `a & a` is a copy.
pub fn intersection<H: Heap>(h: &H, t: H::Ty, a: &SetTable, b: &SetTable) -> PyResult<SetTable> {
    if std::ptr::eq(a, b) {
        return a.copy();
    }
    let (small, large) = if b.used > a.used { (a, b) } else { (b, a) };
    let mut out = SetTable::new();
    for e in small.iter().filter(|e| large.contains_slot(h, t, e)) {
        out.add_slot(h, t, *e)?;
    }
    Ok(out)
}

/// `a - b`: `a`'s elements that `b` lacks, added in `a`'s slot order; when `a` has more than four
/// times as many elements, a copy of `a` with `b`'s removed.
pub fn difference<H: Heap>(h: &H, t: H::Ty, a: &SetTable, b: &SetTable) -> PyResult<SetTable> {
    if (a.used >> 2) > b.used {
        let mut out = a.copy()?;
        out.difference_update(h, t, b)?;
        return Ok(out);
    }
    let mut out = SetTable::new();
    for e in a.iter().filter(|e| !b.contains_slot(h, t, e)) {
        out.add_slot(h, t, *e)?;
    }
    Ok(out)
}

/// `a ^ b`: a copy of `b` with `a`'s elements toggled in, in `a`'s slot order.
pub fn symmetric_difference<H: Heap>(h: &H, t: H::Ty, a: &SetTable, b: &SetTable) -> PyResult<SetTable> {
    let mut out = b.copy()?;
    out.symmetric_difference_update(h, t, a)?;
    Ok(out)
}

/// `a <= b`.
pub fn is_subset<H: Heap>(h: &H, t: H::Ty, a: &SetTable, b: &SetTable) -> bool {
    a.len() <= b.len() && a.iter().all(|e| b.contains_slot(h, t, e))
}

/// `a == b`, whatever the orders.
pub fn equal<H: Heap>(h: &H, t: H::Ty, a: &SetTable, b: &SetTable) -> bool {
    a.len() == b.len() && is_subset(h, t, a, b)
}

/// `a.isdisjoint(b)`, probing the larger set with the smaller one's elements.
pub fn is_disjoint<H: Heap>(h: &H, t: H::Ty, a: &SetTable, b: &SetTable) -> bool {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !small.iter().any(|e| large.contains_slot(h, t, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desc::tests::{MockHeap, Obj};
    use crate::desc::Kind;
    use crate::errors::ExcKind;
    use crate::int::{tag, untag};

    fn keys(s: &SetTable) -> Vec<i64> {
        s.iter().map(|e| untag(e.key)).collect()
    }

    fn int_heap() -> (MockHeap, usize) {
        let mut h = MockHeap::new();
        let int_t = h.ty(Kind::Int, &[]);
        (h, int_t)
    }

    fn words(ks: &[i64]) -> Vec<u64> {
        ks.iter().map(|&k| tag(k)).collect()
    }

    /// A set made by `s = set()` and `s.add(k)` for each key in order.
    fn added(h: &MockHeap, t: usize, ks: &[i64]) -> SetTable {
        SetTable::from_items(h, t, &words(ks)).unwrap()
    }

    // Every expected order in these tests was printed by CPython 3.11.7 (`print(list(s))` after the
    // same operations).

    #[test]
    fn displays_and_adds_order_like_cpython() {
        let (h, t) = int_heap();
        let display = |ks: &[i64]| keys(&SetTable::from_constants(&h, t, &words(ks)).unwrap());
        assert_eq!(display(&[3, 1, 2]), [1, 2, 3]);
        assert_eq!(display(&[10, 5, 100, 7, 33]), [33, 100, 5, 7, 10]);
        assert_eq!(display(&[-1, -2, 1 << 61, 8, 16]), [16, 1 << 61, -1, 8, -2]);
        // A display and the same adds differ when the rebuild of the constant moves collisions
        // (`{681366, 7, 55}`) or the table sizes differ (five adds grow the table to 32 slots).
        assert_eq!(display(&[681_366, 7, 55]), [7, 681_366, 55]);
        assert_eq!(keys(&added(&h, t, &[681_366, 7, 55])), [55, 681_366, 7]);
        assert_eq!(display(&[1, 2, 3, 4, 16]), [16, 1, 2, 3, 4]);
        assert_eq!(keys(&added(&h, t, &[1, 2, 3, 4, 16])), [1, 2, 3, 4, 16]);
        assert_eq!(display(&[2, 2, 1]), [1, 2]);
    }

    #[test]
    fn removals_leave_dummies_that_adds_reuse() {
        let (h, t) = int_heap();
        let mut s = added(&h, t, &(0..20).collect::<Vec<_>>());
        for k in (0..20).step_by(2) {
            s.remove(&h, t, tag(k)).unwrap();
        }
        for k in 100..=110 {
            s.add(&h, t, tag(k)).unwrap();
        }
        let mut expected: Vec<i64> = (1..20).step_by(2).collect();
        expected.extend(100..=110);
        assert_eq!(keys(&s), expected);
        assert!(s.contains(&h, t, tag(105)).unwrap() && !s.contains(&h, t, tag(4)).unwrap());
        assert_eq!(s.remove(&h, t, tag(4)).unwrap_err().msg, "4");
        assert!(!s.discard(&h, t, tag(4)).unwrap());
    }

    #[test]
    fn pop_continues_from_the_finger() {
        let (h, t) = int_heap();
        let mut s = SetTable::from_constants(&h, t, &words(&[3, 11, 19, 27, 1, 9])).unwrap();
        assert_eq!(keys(&s), [1, 3, 19, 27, 9, 11]);
        let popped: Vec<i64> = (0..3).map(|_| untag(s.pop().unwrap())).collect();
        assert_eq!(popped, [1, 3, 19]);
        assert_eq!(keys(&s), [27, 9, 11]);
        s.add(&h, t, tag(3)).unwrap();
        s.add(&h, t, tag(40)).unwrap();
        assert_eq!(keys(&s), [3, 27, 9, 40, 11]);
        assert_eq!((untag(s.pop().unwrap()), untag(s.pop().unwrap())), (27, 9));
        assert_eq!(keys(&s), [3, 40, 11]);
        // The finger (slot 10 of 16) survives `clear()` and is taken modulo the new size.
        s.clear();
        assert!(s.is_empty() && s.heap_bytes() == 0 && s.pop().is_none());
        for k in [1, 2, 3] {
            s.add(&h, t, tag(k)).unwrap();
        }
        assert_eq!(untag(s.pop().unwrap()), 2);
        assert_eq!(keys(&s), [1, 3]);
    }

    #[test]
    fn algebra_orders_like_cpython() {
        let (h, t) = int_heap();
        let a = added(&h, t, &[5, 13, 21, 1, 100, 64, -3]);
        let b = added(&h, t, &[21, 64, 8, 16, 1, 77]);
        assert_eq!(keys(&a), [64, 1, 100, 5, 13, 21, -3]);
        assert_eq!(keys(&b), [64, 1, 8, 77, 16, 21]);
        let op = |f: fn(&MockHeap, usize, &SetTable, &SetTable) -> PyResult<SetTable>, x, y| keys(&f(&h, t, x, y).unwrap());
        assert_eq!(op(union, &a, &b), [64, 1, 100, 5, 8, 13, 77, 16, 21, -3]);
        assert_eq!(op(union, &b, &a), [64, 1, 100, 5, 8, 77, 13, 16, 21, -3]);
        assert_eq!(op(intersection, &a, &b), [64, 1, 21]);
        assert_eq!(op(intersection, &b, &a), [64, 1, 21]);
        assert_eq!(op(difference, &a, &b), [-3, 13, 100, 5]);
        assert_eq!(op(difference, &b, &a), [8, 16, 77]);
        assert_eq!(op(symmetric_difference, &a, &b), [100, 5, 8, 13, 77, 16, -3]);
        assert_eq!(op(symmetric_difference, &b, &a), [100, 5, 8, 77, 13, 16, -3]);
        let big = added(&h, t, &(0..40).collect::<Vec<_>>());
        let expected: Vec<i64> = (0..40).filter(|&k| k != 3 && k != 35).collect();
        let few = added(&h, t, &[3, 35, 1000]);
        assert_eq!(op(difference, &big, &few), expected);

        let in_place = |f: fn(&mut SetTable, &MockHeap, usize, &SetTable) -> PyResult<()>| {
            let mut c = a.copy().unwrap();
            f(&mut c, &h, t, &b).unwrap();
            keys(&c)
        };
        assert_eq!(in_place(SetTable::update), [64, 1, 100, 5, 8, 13, 77, 16, 21, -3]);
        assert_eq!(in_place(SetTable::difference_update), [-3, 100, 5, 13]);
        assert_eq!(in_place(SetTable::symmetric_difference_update), [100, 5, 8, 77, 13, 16, -3]);
        let mut c = a.copy().unwrap();
        c.replace_contents(intersection(&h, t, &c, &b).unwrap());
        assert_eq!(keys(&c), [64, 1, 21]);

        assert!(equal(&h, t, &a, &added(&h, t, &[-3, 64, 21, 13, 5, 100, 1])));
        assert!(!equal(&h, t, &a, &b) && is_subset(&h, t, &c, &a) && !is_subset(&h, t, &a, &c));
        assert!(is_disjoint(&h, t, &added(&h, t, &[2, 3]), &a) && !is_disjoint(&h, t, &a, &b));
        // A copy of these seven elements gets a table of 16 slots, not the 32 that adding them
        // one by one grew to, so its order differs. `a | a` and `a & a` are copies.
        let copied = [64, 1, -3, 100, 5, 21, 13];
        assert_eq!(keys(&a.copy().unwrap()), copied);
        assert_eq!(op(union, &a, &a), copied);
        assert_eq!(op(intersection, &a, &a), copied);
        assert!(op(difference, &a, &a).is_empty() && op(symmetric_difference, &a, &a).is_empty());
    }

    #[test]
    fn many_dummies_after_a_difference_shrink_the_table() {
        let (h, t) = int_heap();
        let mut d = added(&h, t, &(0..100).collect::<Vec<_>>());
        let gone = added(&h, t, &(0..100).filter(|k| k % 3 == 0 || k % 5 == 0).collect::<Vec<_>>());
        d.difference_update(&h, t, &gone).unwrap();
        d.add(&h, t, tag(-7)).unwrap();
        let mut expected: Vec<i64> = (0..100).filter(|k| k % 3 != 0 && k % 5 != 0).collect();
        expected.push(-7);
        assert_eq!(keys(&d), expected);
    }

    #[test]
    fn past_50000_elements_the_table_doubles() {
        let (h, t) = int_heap();
        let mut s = SetTable::new();
        for i in 0..60_000 {
            s.add(&h, t, tag(i * 7919)).unwrap();
        }
        let order = keys(&s);
        assert_eq!(order.len(), 60_000);
        assert_eq!(order[..8], [0, 421_789_697, 227_409_923, 33_030_149, 454_819_846, 260_440_072, 66_060_298, 293_470_221]);
        assert_eq!(order[30_000..30_004], [291_569_661, 97_189_887, 324_599_810, 130_220_036]);
        assert_eq!(order[59_996..], [355_729_399, 161_349_625, 388_759_548, 194_379_774]);
        assert_eq!(s.slots.len(), 1 << 17);
    }

    #[test]
    fn float_and_tuple_elements_order_like_cpython() {
        let mut h = MockHeap::new();
        let float_t = h.ty(Kind::Float, &[]);
        let int_t = h.ty(Kind::Int, &[]);
        let pair_t = h.ty(Kind::Tuple, &[int_t, int_t]);
        let floats = [0.5, -0.0, 2.5, 1e100, f64::INFINITY, 3.0];
        let s = SetTable::from_items(&h, float_t, &floats.map(f64::to_bits)).unwrap();
        let order: Vec<f64> = s.iter().map(|e| f64::from_bits(e.key)).collect();
        assert_eq!(order, [0.5, -0.0, 2.5, 3.0, f64::INFINITY, 1e100]);
        assert!(s.contains(&h, float_t, 0.0f64.to_bits()).unwrap(), "0.0 == -0.0");
        let pairs = [(1, 2), (2, 1), (0, 0), (-1, 5)].map(|(x, y)| h.add(Obj::Seq(vec![tag(x), tag(y)])));
        let s = SetTable::from_items(&h, pair_t, &pairs).unwrap();
        let order: Vec<u64> = s.iter().map(|e| e.key).collect();
        assert_eq!(order, [pairs[3], pairs[0], pairs[1], pairs[2]]);
    }

    #[test]
    fn iteration_positions_are_slots() {
        let (h, t) = int_heap();
        let mut s = added(&h, t, &[9, 2]);
        assert_eq!((s.next_active(0), s.next_active(2), s.next_active(3)), (Some(1), Some(2), None));
        assert_eq!(s.at(1).map(|e| untag(e.key)), Some(9));
        s.discard(&h, t, tag(9)).unwrap();
        assert_eq!((s.at(1), s.next_active(0)), (None, Some(2)));
        assert_eq!(SetTable::new().next_active(0), None);
    }

    #[test]
    fn unhashable_elements_raise_type_error() {
        let mut h = MockHeap::new();
        let int_t = h.ty(Kind::Int, &[]);
        let list_t = h.ty(Kind::List, &[int_t]);
        let l = h.add(Obj::Seq(vec![]));
        let err = SetTable::new().add(&h, list_t, l).unwrap_err();
        assert_eq!((err.kind, err.msg.as_str()), (ExcKind::TypeError, "unhashable type: 'list'"));
    }
}
