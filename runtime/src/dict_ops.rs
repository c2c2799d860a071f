//! The insertion-ordered hash table behind `dict` objects (sets have their own, CPython's set
//! table: [`crate::set_ops`]).
//!
//! The layout is CPython's compact dict: `entries` holds (hash, key, value) in insertion order and
//! `indices`, an open-addressing table whose size is a power of two, maps a hash to an entry's
//! position. Deleting leaves a tombstone in `entries` and a dummy in `indices`, so it never moves
//! another entry and the positions that generated code holds while iterating stay valid. Only an
//! insert that finds no room rebuilds the table, dropping the tombstones.
//!
//! Keys are words of one static type; hashing and equality come from that type through
//! [`hash`](crate::hash) and [`desc::eq`]. A lookup compares an entry's key only when the stored
//! hashes are equal, and tries word identity before equality, as CPython tries object identity.

#![forbid(unsafe_code)]

use std::mem::size_of;

use crate::desc::{self, Heap};
use crate::errors::{ExcKind, PyErr, PyResult};
use crate::hash::hash;

/// One key-value pair with its key's hash.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    pub hash: i64,
    pub key: u64,
    pub value: u64,
}

impl Entry {
    fn is_live(&self) -> bool {
        self.hash != DELETED
    }
}

/// The hash of a tombstone: no Python hash is -1 (see [`crate::hash`]).
const DELETED: i64 = -1;
/// An index slot that never held an entry; a probe sequence ends here.
const EMPTY: u32 = u32::MAX;
/// An index slot whose entry was deleted; probing continues past it.
const DUMMY: u32 = u32::MAX - 1;
/// The smallest index table (CPython's `PyDict_MINSIZE`).
const MIN_SIZE: usize = 8;
/// The largest index table: entry positions must stay below [`DUMMY`].
const MAX_SIZE: usize = 1 << 31;
/// How fast the probe sequence mixes in the hash's high bits (CPython's `PERTURB_SHIFT`).
const PERTURB_SHIFT: u32 = 5;

/// A dict's contents.
#[derive(Debug, Default)]
pub struct Table {
    entries: Vec<Entry>,
    indices: Vec<u32>,
    /// Index slots that are not `EMPTY`: one per entry pushed since the last rebuild, including
    /// tombstones that `pop_last` trimmed off `entries`, whose slots stay dummies.
    filled: usize,
    /// Live entries.
    len: usize,
}

/// CPython's probe sequence: `slot = 5*slot + perturb + 1` modulo the size, with the hash's high
/// bits shifted into `perturb` so they matter too. Once `perturb` is 0 the recurrence visits every
/// slot of a power-of-two table, so a probe for a slot that exists ends.
struct Probe {
    mask: usize,
    perturb: u64,
    slot: usize,
}

impl Probe {
    /// The first slot for `hash` in a table of `size` slots (a power of two).
    fn new(hash: i64, size: usize) -> Probe {
        let mask = size - 1;
        Probe { mask, perturb: hash as u64, slot: hash as usize & mask }
    }

    fn advance(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.slot = self.slot.wrapping_mul(5).wrapping_add(self.perturb as usize).wrapping_add(1) & self.mask;
    }
}

/// Entries an index table of `size` slots may hold before a rebuild: two thirds, as in CPython.
fn usable(size: usize) -> usize {
    size * 2 / 3
}

/// The index-table size for `n` entries with room to grow: the smallest power of two whose usable
/// part holds `n`, at least [`MIN_SIZE`].
fn size_for(n: usize) -> PyResult<usize> {
    let size = (n.saturating_mul(3) / 2 + 1).max(MIN_SIZE).checked_next_power_of_two();
    size.filter(|&s| s <= MAX_SIZE).ok_or_else(PyErr::memory)
}

impl Table {
    /// An empty table; it allocates on the first insert.
    pub const fn new() -> Table {
        Table { entries: Vec::new(), indices: Vec::new(), filled: 0, len: 0 }
    }

    /// An empty table with room for `n` entries.
    pub fn with_capacity(n: usize) -> PyResult<Table> {
        let mut t = Table::new();
        if n > 0 {
            t.rebuild(size_for(n)?)?;
        }
        Ok(t)
    }

    /// The number of live entries (`len(d)`).
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Bytes owned outside the object, for the collector's accounting.
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * size_of::<Entry>() + self.indices.capacity() * size_of::<u32>()
    }

    /// The live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.is_live())
    }

    /// The position of the first live entry at or after `pos`.
    pub fn next_live(&self, pos: usize) -> Option<usize> {
        let rest = self.entries.get(pos..)?;
        rest.iter().position(Entry::is_live).map(|i| pos + i)
    }

    /// The live entry at position `pos`.
    pub fn at(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).filter(|e| e.is_live())
    }

    /// The index slot and entry position of `key`.
    fn lookup<H: Heap>(&self, h: &H, t: H::Ty, key: u64, hash: i64) -> Option<(usize, usize)> {
        self.probe(hash, |k| k == key || desc::eq(h, k, key, t))
    }

    /// The entry with this hash whose key `same` accepts: a lookup with a key of another type
    /// than the table's, which only the caller can compare.
    pub fn find_matching(&self, hash: i64, same: impl Fn(u64) -> bool) -> Option<&Entry> {
        self.probe(hash, same).map(|(_, ix)| &self.entries[ix])
    }

    /// The index slot and entry position of the entry with this hash whose key `same` accepts.
    fn probe(&self, hash: i64, same: impl Fn(u64) -> bool) -> Option<(usize, usize)> {
        if self.indices.is_empty() {
            return None;
        }
        // The probe ends: at least a third of the slots are EMPTY.
        let mut probe = Probe::new(hash, self.indices.len());
        loop {
            match self.indices[probe.slot] {
                EMPTY => return None,
                DUMMY => {}
                ix => {
                    let e = &self.entries[ix as usize];
                    if e.hash == hash && same(e.key) {
                        return Some((probe.slot, ix as usize));
                    }
                }
            }
            probe.advance();
        }
    }

    /// The entry whose key equals `key`, given the key's hash.
    pub fn find<H: Heap>(&self, h: &H, t: H::Ty, key: u64, hash: i64) -> Option<&Entry> {
        self.lookup(h, t, key, hash).map(|(_, ix)| &self.entries[ix])
    }

    /// The entry whose key equals `key` (`TypeError` when the key type is unhashable).
    pub fn get<H: Heap>(&self, h: &H, t: H::Ty, key: u64) -> PyResult<Option<&Entry>> {
        Ok(self.find(h, t, key, hash(h, key, t)?))
    }

    /// `d[key]`: the entry, or `KeyError(key)`.
    pub fn get_existing<H: Heap>(&self, h: &H, t: H::Ty, key: u64) -> PyResult<&Entry> {
        self.get(h, t, key)?.ok_or_else(|| key_error(h, key, t))
    }

    /// `d[key] = value`. An existing key keeps its position and its original key word; only the
    /// value changes, as in CPython.
    pub fn insert<H: Heap>(&mut self, h: &H, t: H::Ty, key: u64, value: u64) -> PyResult<()> {
        let hash = hash(h, key, t)?;
        self.insert_entry(h, t, Entry { hash, key, value })
    }

    /// Inserts an entry whose hash is already known (from another table).
    pub fn insert_entry<H: Heap>(&mut self, h: &H, t: H::Ty, e: Entry) -> PyResult<()> {
        match self.lookup(h, t, e.key, e.hash) {
            Some((_, ix)) => self.entries[ix].value = e.value,
            None => self.push_new(e)?,
        }
        Ok(())
    }

    /// `d.setdefault(key, default)`: the existing value, or `default` after inserting it.
    pub fn setdefault<H: Heap>(&mut self, h: &H, t: H::Ty, key: u64, default: u64) -> PyResult<u64> {
        let hash = hash(h, key, t)?;
        if let Some(e) = self.find(h, t, key, hash) {
            return Ok(e.value);
        }
        self.push_new(Entry { hash, key, value: default })?;
        Ok(default)
    }

    /// Appends an entry whose key is known to be absent, rebuilding first when the index table
    /// has no usable slot left.
    fn push_new(&mut self, e: Entry) -> PyResult<()> {
        if self.filled >= usable(self.indices.len()) {
            // Room for twice the live entries: an index table of at least three times as many
            // slots, CPython's growth rate.
            self.rebuild(size_for(self.len.saturating_mul(2))?)?;
        }
        let slot = self.free_slot(e.hash);
        self.indices[slot] = self.entries.len() as u32;
        // `rebuild` reserved room for every entry until the next rebuild: no reallocation here.
        self.entries.push(e);
        self.filled += 1;
        self.len += 1;
        Ok(())
    }

    /// The first `EMPTY` slot on the hash's probe sequence. Dummies are not reused: the slots
    /// beyond them may continue other keys' sequences. The probe ends, since `filled` stays below
    /// two thirds of the slots.
    fn free_slot(&self, hash: i64) -> usize {
        let mut probe = Probe::new(hash, self.indices.len());
        while self.indices[probe.slot] != EMPTY {
            probe.advance();
        }
        probe.slot
    }

    /// Drops the tombstones and reindexes the live entries into a fresh index table of `size`
    /// slots, with entry storage for all it may hold.
    fn rebuild(&mut self, size: usize) -> PyResult<()> {
        let mut indices = crate::reserve::vec(size)?;
        indices.resize(size, EMPTY);
        let mut entries = crate::reserve::vec(usable(size))?;
        entries.extend(self.entries.iter().filter(|e| e.is_live()));
        self.entries = entries;
        self.indices = indices;
        for ix in 0..self.entries.len() {
            let slot = self.free_slot(self.entries[ix].hash);
            self.indices[slot] = ix as u32;
        }
        self.filled = self.entries.len();
        Ok(())
    }

    /// `del d[key]`: the removed entry, or `None` when the key is absent.
    pub fn remove<H: Heap>(&mut self, h: &H, t: H::Ty, key: u64) -> PyResult<Option<Entry>> {
        let hash = hash(h, key, t)?;
        Ok(self.remove_hashed(h, t, key, hash))
    }

    /// `del d[key]`, `d.pop(key)`: the removed entry, or `KeyError(key)`.
    pub fn remove_existing<H: Heap>(&mut self, h: &H, t: H::Ty, key: u64) -> PyResult<Entry> {
        self.remove(h, t, key)?.ok_or_else(|| key_error(h, key, t))
    }

    fn remove_hashed<H: Heap>(&mut self, h: &H, t: H::Ty, key: u64, hash: i64) -> Option<Entry> {
        let (slot, ix) = self.lookup(h, t, key, hash)?;
        Some(self.kill(slot, ix))
    }

    /// Turns entry `ix`, indexed from `slot`, into a tombstone. The words are cleared so the
    /// collector need not look at tombstones.
    fn kill(&mut self, slot: usize, ix: usize) -> Entry {
        self.indices[slot] = DUMMY;
        let e = std::mem::replace(&mut self.entries[ix], Entry { hash: DELETED, key: 0, value: 0 });
        self.len -= 1;
        e
    }

    /// The index slot that points at live entry `ix`; its hash's probe sequence reaches it.
    fn slot_of(&self, ix: usize) -> usize {
        let mut probe = Probe::new(self.entries[ix].hash, self.indices.len());
        while self.indices[probe.slot] != ix as u32 {
            probe.advance();
        }
        probe.slot
    }

    /// `d.popitem()`: removes the last live entry. The tombstones behind it are trimmed off, so
    /// popping everything is linear; their slots stay dummies until the next rebuild.
    pub fn pop_last(&mut self) -> Option<Entry> {
        while self.entries.last().is_some_and(|e| !e.is_live()) {
            self.entries.pop();
        }
        let ix = self.entries.len().checked_sub(1)?;
        let e = self.kill(self.slot_of(ix), ix);
        self.entries.pop();
        Some(e)
    }

    /// `d.clear()`: an empty table again, releasing the storage.
    pub fn clear(&mut self) {
        *self = Table::new();
    }

    /// A compact table with the entries that satisfy `keep`, in order.
    fn filtered(&self, mut keep: impl FnMut(&Entry) -> bool) -> PyResult<Table> {
        let mut out = Table::with_capacity(self.len)?;
        for e in self.iter().filter(|e| keep(e)) {
            out.push_new(*e)?;
        }
        Ok(out)
    }

    /// `d.copy()`.
    pub fn copy(&self) -> PyResult<Table> {
        self.filtered(|_| true)
    }

    /// `d.update(other)`, given the other table's entries.
    pub fn extend<H: Heap>(&mut self, h: &H, t: H::Ty, entries: &[Entry]) -> PyResult<()> {
        entries.iter().try_for_each(|&e| self.insert_entry(h, t, e))
    }

    /// Whether every entry of `self` has an equal key in `other`, and, when `values` gives the
    /// value type, an equal value there too (dict equality and `items()` views).
    pub fn contained_in<H: Heap>(&self, h: &H, t: H::Ty, other: &Table, values: Option<H::Ty>) -> bool {
        self.iter().all(|e| match (other.find(h, t, e.key, e.hash), values) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(f), Some(vt)) => desc::eq(h, e.value, f.value, vt),
        })
    }
}

/// `KeyError(key)`: CPython shows the key's repr (or raises what computing it raises).
pub fn key_error<H: Heap>(h: &H, key: u64, t: H::Ty) -> PyErr {
    match desc::repr(h, key, t) {
        Ok(r) => PyErr::new(ExcKind::KeyError, r),
        Err(e) => e,
    }
}

/// CPython's check, at each step of `for k in d`, that the dict (or set, `is_set`) still has the
/// size `size0` the loop started with.
pub fn check_iteration_size(len: i64, size0: i64, is_set: bool) -> PyResult<()> {
    if len == size0 {
        return Ok(());
    }
    let what = if is_set { "Set" } else { "dictionary" };
    Err(PyErr::new(ExcKind::RuntimeError, format!("{what} changed size during iteration")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desc::tests::{MockHeap, Obj};
    use crate::desc::Kind;
    use crate::int::{tag, untag};

    fn keys(t: &Table) -> Vec<i64> {
        t.iter().map(|e| untag(e.key)).collect()
    }

    fn int_heap() -> (MockHeap, usize) {
        let mut h = MockHeap::new();
        let int_t = h.ty(Kind::Int, &[]);
        (h, int_t)
    }

    fn table_of(h: &MockHeap, t: usize, ks: &[i64]) -> Table {
        let mut table = Table::new();
        for &k in ks {
            table.insert(h, t, tag(k), tag(k * 10)).expect("int keys are hashable");
        }
        table
    }

    #[test]
    fn insertion_order_survives_deletes_and_reinserts() {
        let (h, t) = int_heap();
        let mut d = table_of(&h, t, &[3, 1, 2]);
        d.insert(&h, t, tag(1), tag(99)).unwrap();
        assert_eq!(keys(&d), [3, 1, 2], "an overwritten key keeps its place");
        assert_eq!(d.get(&h, t, tag(1)).unwrap().map(|e| e.value), Some(tag(99)));
        assert_eq!(d.remove(&h, t, tag(3)).unwrap().map(|e| e.value), Some(tag(30)));
        assert_eq!(d.remove(&h, t, tag(3)).unwrap(), None);
        d.insert(&h, t, tag(3), tag(0)).unwrap();
        assert_eq!(keys(&d), [1, 2, 3], "a deleted then re-added key goes last");
        assert_eq!(d.len(), 3);
        assert_eq!(d.next_live(0), Some(1), "the tombstone at 0 is skipped");
        assert!(d.at(0).is_none());
    }

    #[test]
    fn an_overwrite_keeps_the_original_key_word() {
        let mut h = MockHeap::new();
        let str_t = h.ty(Kind::Str, &[]);
        let first = h.add(Obj::Str("k".into()));
        let second = h.add(Obj::Str("k".into()));
        let mut d = Table::new();
        d.insert(&h, str_t, first, tag(1)).unwrap();
        d.insert(&h, str_t, second, tag(2)).unwrap();
        assert_eq!(d.iter().copied().collect::<Vec<_>>().len(), 1);
        let e = d.get(&h, str_t, second).unwrap().copied().unwrap();
        assert_eq!((e.key, e.value), (first, tag(2)));
    }

    #[test]
    fn many_inserts_and_deletes_compact_and_keep_order() {
        let (h, t) = int_heap();
        let mut d = Table::new();
        for k in 0..100_000 {
            d.insert(&h, t, tag(k), tag(k)).unwrap();
        }
        for k in (0..100_000).filter(|k| k % 3 != 0) {
            assert!(d.remove(&h, t, tag(k)).unwrap().is_some());
        }
        // Re-added keys go last, after every survivor.
        for k in [4, 1] {
            d.insert(&h, t, tag(k), tag(k)).unwrap();
        }
        let mut expected: Vec<i64> = (0..100_000).filter(|k| k % 3 == 0).collect();
        expected.extend([4, 1]);
        assert_eq!(keys(&d), expected);
        assert_eq!(d.len(), expected.len());
        for k in 0..100_000 {
            assert_eq!(d.get(&h, t, tag(k)).unwrap().is_some(), k % 3 == 0 || k == 1 || k == 4, "{k}");
        }
        // Churn at a constant size rebuilds in place and does not grow the storage.
        let before = d.heap_bytes();
        for k in 100_000..400_000 {
            d.insert(&h, t, tag(k), 0).unwrap();
            d.remove(&h, t, tag(k)).unwrap();
        }
        assert!(d.heap_bytes() <= before, "{} > {before}", d.heap_bytes());
        assert_eq!(keys(&d), expected);
        // Shrinking to a few entries gives the storage back at the next rebuild.
        for k in expected.iter().skip(2) {
            d.remove(&h, t, tag(*k)).unwrap();
        }
        for k in 0..100_000 {
            d.insert(&h, t, tag(-1 - k), 0).unwrap();
            d.remove(&h, t, tag(-1 - k)).unwrap();
        }
        assert!(d.heap_bytes() < 1024, "{}", d.heap_bytes());
        assert_eq!(keys(&d), [0, 3]);
    }

    #[test]
    fn popitem_takes_the_last_entry_in_linear_time() {
        let (h, t) = int_heap();
        let mut d = table_of(&h, t, &[1, 2, 3, 4]);
        d.remove(&h, t, tag(4)).unwrap();
        assert_eq!(d.pop_last().map(|e| untag(e.key)), Some(3));
        d.insert(&h, t, tag(5), 0).unwrap();
        assert_eq!(keys(&d), [1, 2, 5]);

        // Pop everything, then refill past several rebuilds.
        let mut big = table_of(&h, t, &(0..10_000).collect::<Vec<_>>());
        let mut popped = Vec::new();
        while let Some(e) = big.pop_last() {
            popped.push(untag(e.key));
        }
        assert_eq!(popped.len(), 10_000);
        assert_eq!(&popped[..3], [9999, 9998, 9997]);
        assert!(big.is_empty() && big.pop_last().is_none());
        for k in 0..100 {
            big.insert(&h, t, tag(k), 0).unwrap();
            big.pop_last();
            big.insert(&h, t, tag(k), 0).unwrap();
        }
        assert_eq!(keys(&big), (0..100).collect::<Vec<_>>());
    }

    #[test]
    fn equal_keys_of_other_words_are_found() {
        let mut h = MockHeap::new();
        let float_t = h.ty(Kind::Float, &[]);
        let pair_t = h.ty(Kind::Tuple, &[float_t, float_t]);
        let mut d = Table::new();
        d.insert(&h, float_t, 0.0f64.to_bits(), 1).unwrap();
        assert!(d.get(&h, float_t, (-0.0f64).to_bits()).unwrap().is_some());
        let nan = f64::NAN.to_bits();
        d.insert(&h, float_t, nan, 2).unwrap();
        assert!(d.get(&h, float_t, nan).unwrap().is_some(), "the same NaN word is the same key");
        let a = h.add(Obj::Seq(vec![1.0f64.to_bits(), 2.0f64.to_bits()]));
        let b = h.add(Obj::Seq(vec![1.0f64.to_bits(), 2.0f64.to_bits()]));
        let mut p = Table::new();
        p.insert(&h, pair_t, a, 7).unwrap();
        assert_eq!(p.get(&h, pair_t, b).unwrap().map(|e| e.value), Some(7));
    }

    #[test]
    fn update_copy_and_clear() {
        let (h, t) = int_heap();
        let a = table_of(&h, t, &[5, 1, 3, 7]);
        let b = table_of(&h, t, &[3, 9, 5, 2]);
        let mut c = a.copy().unwrap();
        let others: Vec<Entry> = b.iter().copied().collect();
        c.extend(&h, t, &others).unwrap();
        assert_eq!(keys(&c), [5, 1, 3, 7, 9, 2]);
        assert_eq!(c.get(&h, t, tag(3)).unwrap().map(|e| e.value), Some(tag(30)));
        c.clear();
        assert!(c.is_empty() && c.heap_bytes() == 0);
    }

    #[test]
    fn dict_containment_compares_values() {
        let (h, t) = int_heap();
        let a = table_of(&h, t, &[1, 2]);
        let mut b = table_of(&h, t, &[2, 1]);
        assert!(a.contained_in(&h, t, &b, Some(t)) && b.contained_in(&h, t, &a, Some(t)));
        b.insert(&h, t, tag(2), tag(0)).unwrap();
        assert!(!a.contained_in(&h, t, &b, Some(t)));
        assert!(a.contained_in(&h, t, &b, None), "keys alone still match");
    }

    #[test]
    fn missing_keys_raise_key_error_with_the_repr() {
        let mut h = MockHeap::new();
        let int_t = h.ty(Kind::Int, &[]);
        let str_t = h.ty(Kind::Str, &[]);
        let pair_t = h.ty(Kind::Tuple, &[int_t, int_t]);
        let a = h.add(Obj::Str("a".into()));
        let p = h.add(Obj::Seq(vec![tag(1), tag(2)]));
        let mut d = Table::new();
        let err = d.get_existing(&h, str_t, a).unwrap_err();
        assert_eq!((err.kind, err.msg.as_str()), (ExcKind::KeyError, "'a'"));
        assert_eq!(d.remove_existing(&h, int_t, tag(3)).unwrap_err().msg, "3");
        assert_eq!(d.remove_existing(&h, pair_t, p).unwrap_err().msg, "(1, 2)");
    }

    #[test]
    fn a_size_change_stops_iteration_like_cpython() {
        assert_eq!(check_iteration_size(3, 3, false), Ok(()));
        let err = check_iteration_size(4, 3, false).unwrap_err();
        assert_eq!((err.kind, err.msg.as_str()), (ExcKind::RuntimeError, "dictionary changed size during iteration"));
        assert_eq!(check_iteration_size(2, 3, true).unwrap_err().msg, "Set changed size during iteration");
    }

    #[test]
    fn unhashable_keys_raise_type_error() {
        let mut h = MockHeap::new();
        let int_t = h.ty(Kind::Int, &[]);
        let list_t = h.ty(Kind::List, &[int_t]);
        let l = h.add(Obj::Seq(vec![]));
        let mut d = Table::new();
        assert_eq!(d.insert(&h, list_t, l, 0).unwrap_err().msg, "unhashable type: 'list'");
        assert_eq!(d.get(&h, list_t, l).unwrap_err().msg, "unhashable type: 'list'");
    }
}
