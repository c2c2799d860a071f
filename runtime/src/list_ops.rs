//! `list` methods on the item words (`Vec<u64>`/`&[u64]`), with element equality and ordering
//! taken from the item type through [`desc`].

#![forbid(unsafe_code)]

use crate::desc::{self, Heap};
use crate::errors::{PyErr, PyResult};
use crate::int::{self, Int, IntRef};
use crate::slice;

/// `xs.pop(index)`; `None` pops the last item.
pub fn pop(xs: &mut Vec<u64>, index: Option<i64>) -> PyResult<u64> {
    if xs.is_empty() {
        return Err(PyErr::index("pop from empty list"));
    }
    let i = slice::normalize_index(index.unwrap_or(-1), xs.len())
        .ok_or_else(|| PyErr::index("pop index out of range"))?;
    Ok(xs.remove(i))
}

/// `xs.insert(i, w)`, clamping `i` into `0..=len` as CPython does.
pub fn insert(xs: &mut Vec<u64>, i: i64, w: u64) {
    let len = xs.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    xs.insert(i as usize, w);
}

/// The position of the first item equal to `w`.
pub fn position<H: Heap>(h: &H, xs: &[u64], w: u64, t: H::Ty) -> Option<usize> {
    xs.iter().position(|&x| desc::eq(h, x, w, t))
}

/// `xs.remove(w)`.
pub fn remove<H: Heap>(h: &H, xs: &mut Vec<u64>, w: u64, t: H::Ty) -> PyResult<()> {
    let i = position(h, xs, w, t)
        .ok_or_else(|| PyErr::value("list.remove(x): x not in list"))?;
    xs.remove(i);
    Ok(())
}

/// `xs.index(w)`.
pub fn index<H: Heap>(h: &H, xs: &[u64], w: u64, t: H::Ty) -> PyResult<usize> {
    match position(h, xs, w, t) {
        Some(i) => Ok(i),
        None => Err(PyErr::value(format!("{} is not in list", desc::repr(h, w, t)?))),
    }
}

/// `xs.count(w)`.
pub fn count<H: Heap>(h: &H, xs: &[u64], w: u64, t: H::Ty) -> usize {
    xs.iter().filter(|&&x| desc::eq(h, x, w, t)).count()
}

/// `w in xs`.
pub fn contains<H: Heap>(h: &H, xs: &[u64], w: u64, t: H::Ty) -> bool {
    position(h, xs, w, t).is_some()
}

/// `xs.sort(reverse=...)`: a stable merge sort using only `<`, like CPython's. With `reverse`,
/// the list is reversed, sorted and reversed again, which keeps equal items in their order.
/// `xs.sort(key=..., reverse=...)` with the keys already computed (`keys[i]` of `xs[i]`, of
/// type `t`): a stable sort of the items by their keys. A key function that changed the list
/// leaves fewer or more keys than items: CPython's `ValueError`.
pub fn sort_keyed<H: Heap>(h: &H, xs: &mut [u64], keys: &[u64], t: H::Ty, reverse: bool) -> PyResult<()> {
    if keys.len() != xs.len() {
        return Err(PyErr::value("list modified during sort".to_string()));
    }
    let mut order: Vec<u64> = (0..xs.len() as u64).collect();
    // As CPython does for `reverse`: reversed before and after a stable sort, so equal keys
    // keep their order.
    if reverse {
        order.reverse();
    }
    let mut lt = |a: u64, b: u64| -> PyResult<bool> { Ok(desc::cmp(h, keys[a as usize], keys[b as usize], t, "<")? < 0) };
    merge_sort(&mut order, &mut lt)?;
    if reverse {
        order.reverse();
    }
    let sorted: Vec<u64> = order.iter().map(|&i| xs[i as usize]).collect();
    xs.copy_from_slice(&sorted);
    Ok(())
}

pub fn sort<H: Heap>(h: &H, xs: &mut [u64], t: H::Ty, reverse: bool) -> PyResult<()> {
    if reverse {
        xs.reverse();
    }
    let mut lt = |a: u64, b: u64| -> PyResult<bool> { Ok(desc::cmp(h, a, b, t, "<")? < 0) };
    merge_sort(xs, &mut lt)?;
    if reverse {
        xs.reverse();
    }
    Ok(())
}

/// A stable sort with a fallible `lt`; never panics on an inconsistent order (NaNs).
fn merge_sort(xs: &mut [u64], lt: &mut impl FnMut(u64, u64) -> PyResult<bool>) -> PyResult<()> {
    const RUN: usize = 16;
    for chunk in xs.chunks_mut(RUN) {
        for i in 1..chunk.len() {
            let mut j = i;
            while j > 0 && lt(chunk[j], chunk[j - 1])? {
                chunk.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let n = xs.len();
    if n <= RUN {
        return Ok(());
    }
    let mut src = xs.to_vec();
    let mut dst = vec![0u64; n];
    let mut width = RUN;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // Take from the right run only when strictly smaller: that keeps the sort stable.
                if lt(src[j], src[i])? {
                    dst[k] = src[j];
                    j += 1;
                } else {
                    dst[k] = src[i];
                    i += 1;
                }
                k += 1;
            }
            dst[k..k + (mid - i)].copy_from_slice(&src[i..mid]);
            k += mid - i;
            dst[k..k + (end - j)].copy_from_slice(&src[j..end]);
            start = end;
        }
        std::mem::swap(&mut src, &mut dst);
        width *= 2;
    }
    xs.copy_from_slice(&src);
    Ok(())
}

/// `xs * n`.
pub fn repeat(xs: &[u64], n: i64) -> PyResult<Vec<u64>> {
    let n = usize::try_from(n).unwrap_or(0);
    let total = xs.len().checked_mul(n).ok_or_else(PyErr::memory)?;
    let mut out = crate::reserve::vec(total)?;
    for _ in 0..n {
        out.extend_from_slice(xs);
    }
    Ok(out)
}

/// `xs[start:stop:step]`.
pub fn slice<T: Copy>(xs: &[T], start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<Vec<T>> {
    let sel = slice::indices(xs.len(), start, stop, step)?;
    Ok(match sel.as_range() {
        Some(r) => xs[r].to_vec(),
        None => sel.map(|i| xs[i]).collect(),
    })
}

/// `xs[start:stop:step] = values`. A step of 1 (or none) replaces the selected run, whatever
/// the lengths; any other step needs as many values as positions selected, as in CPython.
pub fn assign_slice(xs: &mut Vec<u64>, start: Option<i64>, stop: Option<i64>, step: Option<i64>, values: Vec<u64>) -> PyResult<()> {
    if step.unwrap_or(1) == 1 {
        let (lo, hi) = slice::clamp_range(xs.len(), start, stop);
        xs.splice(lo..hi.max(lo), values);
        return Ok(());
    }
    let sel = slice::indices(xs.len(), start, stop, step)?;
    if sel.len() != values.len() {
        return Err(PyErr::value(format!("attempt to assign sequence of size {} to extended slice of size {}", values.len(), sel.len())));
    }
    for (i, v) in sel.zip(values) {
        xs[i] = v;
    }
    Ok(())
}

/// `del xs[start:stop:step]`: removes the selected positions, keeping the others in order.
pub fn delete_slice(xs: &mut Vec<u64>, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<()> {
    let mut doomed = vec![false; xs.len()];
    for i in slice::indices(xs.len(), start, stop, step)? {
        doomed[i] = true;
    }
    let mut at = 0;
    xs.retain(|_| {
        at += 1;
        !doomed[at - 1]
    });
    Ok(())
}

/// `sum(xs)` of an int list.
pub fn sum_int<H: Heap>(h: &H, xs: &[u64]) -> Int {
    let mut small: i128 = 0;
    let mut big: Option<Int> = None;
    for &w in xs {
        if int::is_small(w) {
            small += i128::from(int::untag(w));
            // Fold into the exact total before i128 could overflow.
            if small.unsigned_abs() > 1 << 120 {
                let acc = big.take().unwrap_or(Int::Small(0));
                big = Some(int::add(acc.as_ref(), Int::from_i128(small).as_ref()));
                small = 0;
            }
        } else {
            let acc = big.take().unwrap_or(Int::Small(0));
            big = Some(int::add(acc.as_ref(), IntRef::Big(h.big(w))));
        }
    }
    match big {
        None => Int::from_i128(small),
        Some(acc) => int::add(acc.as_ref(), Int::from_i128(small).as_ref()),
    }
}

/// `sum(xs)` of a float list: plain left-to-right addition, as CPython 3.11 does.
pub fn sum_float(xs: &[u64]) -> f64 {
    xs.iter().fold(0.0, |acc, &w| acc + f64::from_bits(w))
}

/// `min(xs)` (or `max` when `max`): the first extreme item.
/// The index of the first smallest item of `xs` (`max`: the first largest), as CPython's
/// `min` and `max` compare: an item replaces the best so far only when strictly better.
/// `Ok(None)` for no items.
pub fn best_index<H: Heap>(h: &H, xs: &[u64], t: H::Ty, max: bool) -> PyResult<Option<usize>> {
    let op = if max { ">" } else { "<" };
    let Some(&first) = xs.first() else { return Ok(None) };
    let (mut best, mut at) = (first, 0);
    for (i, &x) in xs.iter().enumerate().skip(1) {
        let c = desc::cmp(h, x, best, t, op)?;
        if (max && c > 0) || (!max && c < 0) {
            (best, at) = (x, i);
        }
    }
    Ok(Some(at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desc::tests::{MockHeap, Obj};
    use crate::desc::{Heap, Kind};

    fn ints(v: &[i64]) -> Vec<u64> {
        v.iter().map(|&x| int::tag(x)).collect()
    }

    #[test]
    fn slice_assignment_and_deletion() {
        let mut xs = ints(&[0, 1, 2, 3, 4]);
        assign_slice(&mut xs, Some(3), Some(1), None, ints(&[9])).unwrap();
        assert_eq!(xs, ints(&[0, 1, 2, 9, 3, 4]));
        assign_slice(&mut xs, None, None, Some(-2), ints(&[7, 7, 7])).unwrap();
        assert_eq!(xs, ints(&[0, 7, 2, 7, 3, 7]));
        let err = assign_slice(&mut xs, None, None, Some(2), ints(&[1])).unwrap_err();
        assert_eq!(err.msg, "attempt to assign sequence of size 1 to extended slice of size 3");
        delete_slice(&mut xs, None, None, Some(-3)).unwrap();
        assert_eq!(xs, ints(&[0, 7, 7, 3]));
        delete_slice(&mut xs, Some(1), Some(-1), None).unwrap();
        assert_eq!(xs, ints(&[0, 3]));
    }

    #[test]
    fn pop_insert_remove_index() {
        let mut h = MockHeap::new();
        let ti = h.ty(Kind::Int, &[]);
        let mut xs = ints(&[1, 2, 3]);
        assert_eq!(pop(&mut xs, None).unwrap(), int::tag(3));
        assert_eq!(pop(&mut xs, Some(5)).unwrap_err().msg, "pop index out of range");
        insert(&mut xs, -100, int::tag(0));
        insert(&mut xs, 100, int::tag(9));
        assert_eq!(xs, ints(&[0, 1, 2, 9]));
        assert_eq!(index(&h, &xs, int::tag(9), ti).unwrap(), 3);
        assert_eq!(index(&h, &xs, int::tag(7), ti).unwrap_err().msg, "7 is not in list");
        assert_eq!(remove(&h, &mut xs, int::tag(7), ti).unwrap_err().msg,
            "list.remove(x): x not in list");
        remove(&h, &mut xs, int::tag(1), ti).unwrap();
        assert_eq!(xs, ints(&[0, 2, 9]));
        assert_eq!(pop(&mut Vec::new(), None).unwrap_err().msg, "pop from empty list");
        let s = h.ty(Kind::Str, &[]);
        let a = h.add(Obj::Str("a".into()));
        assert_eq!(index(&h, &[], a, s).unwrap_err().msg, "'a' is not in list");
    }

    #[test]
    fn keyed_sort_orders_by_keys_stably() {
        let mut h = MockHeap::new();
        let ti = h.ty(Kind::Int, &[]);
        let mut xs = ints(&[10, 11, 12, 13, 14]);
        let keys = ints(&[2, 1, 2, 0, 1]);
        sort_keyed(&h, &mut xs, &keys, ti, false).unwrap();
        assert_eq!(xs, ints(&[13, 11, 14, 10, 12]));
        let mut xs = ints(&[10, 11, 12, 13, 14]);
        sort_keyed(&h, &mut xs, &keys, ti, true).unwrap();
        assert_eq!(xs, ints(&[10, 12, 11, 14, 13]));
        assert_eq!(sort_keyed(&h, &mut xs, &keys[1..], ti, false).unwrap_err().msg, "list modified during sort");
    }

    #[test]
    fn sort_is_stable_and_reverse_keeps_stability() {
        let mut h = MockHeap::new();
        let ti = h.ty(Kind::Int, &[]);
        let mut xs = ints(&[5, -1, 3, 3, 100, 0, -7, 2, 2, 8, 1, 1, 9, 4, 6, 12, 11, 10, -3, 7]);
        let mut want: Vec<i64> = xs.iter().map(|&w| int::untag(w)).collect();
        want.sort();
        sort(&h, &mut xs, ti, false).unwrap();
        assert_eq!(xs, ints(&want));
        // NaN makes `<` inconsistent; the sort must still finish.
        let tf = h.ty(Kind::Float, &[]);
        let mut fs: Vec<u64> = [3.0, f64::NAN, 1.0, 2.0].iter().map(|f: &f64| f.to_bits()).collect();
        sort(&h, &mut fs, tf, false).unwrap();
        // Equal keys keep their original order, also with reverse=True.
        let tl = h.ty(Kind::List, &[ti]);
        let lists: Vec<u64> = (0..40).map(|i| h.add(Obj::Seq(ints(&[i % 3])))).collect();
        let mut sorted = lists.clone();
        sort(&h, &mut sorted, tl, true).unwrap();
        let hr = &h;
        let expect: Vec<u64> = [2, 1, 0]
            .iter()
            .flat_map(|&k| lists.iter().copied().filter(move |&w| hr.items(w)[0] == int::tag(k)))
            .collect();
        assert_eq!(sorted, expect);
        let tn = h.ty(Kind::None, &[]);
        assert_eq!(sort(&h, &mut [0, 0], tn, false).unwrap_err().msg,
            "'<' not supported between instances of 'NoneType' and 'NoneType'");
    }

    #[test]
    fn sums_and_extremes() {
        let mut h = MockHeap::new();
        let ti = h.ty(Kind::Int, &[]);
        let big = h.add(Obj::Big("100000000000000000000".parse().expect("literal")));
        let xs = vec![int::tag(int::SMALL_MAX), int::tag(int::SMALL_MAX), big];
        let want: num_bigint::BigInt = "109223372036854775806".parse().expect("literal");
        assert_eq!(sum_int(&h, &xs), Int::Big(want));
        assert_eq!(sum_int(&h, &ints(&[1, 2, 3])), Int::Small(6));
        let fs: Vec<u64> = [0.1, 0.2, 0.3].iter().map(|f: &f64| f.to_bits()).collect();
        assert_eq!(sum_float(&fs), 0.6000000000000001);
        assert_eq!(best_index(&h, &ints(&[3, 1, 4, 1]), ti, false).unwrap(), Some(1));
        assert_eq!(xs[best_index(&h, &xs, ti, true).unwrap().unwrap()], big);
        assert_eq!(best_index(&h, &[], ti, true).unwrap(), None);
        assert_eq!(repeat(&ints(&[1, 2]), 2).unwrap(), ints(&[1, 2, 1, 2]));
        assert_eq!(slice(&ints(&[1, 2, 3, 4]), None, None, Some(-2)).unwrap(), ints(&[4, 2]));
    }
}
