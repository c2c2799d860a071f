//! Python's slice arithmetic (`PySlice_AdjustIndices`), shared by str and list slicing.

#![forbid(unsafe_code)]

use crate::errors::{PyErr, PyResult};

/// The positions a slice `[start:stop:step]` selects from a sequence of length `len`, in order.
/// Bounds are `None` when omitted; out-of-range bounds clamp as in CPython.
pub fn indices(len: usize, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<SliceIter> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value("slice step cannot be zero"));
    }
    let len = len as i64;
    let clamp = |v: i64, lo: i64, hi: i64| -> i64 {
        if v < 0 {
            (v + len).max(lo)
        } else {
            v.min(hi)
        }
    };
    let (start, stop) = if step > 0 {
        (start.map_or(0, |v| clamp(v, 0, len)), stop.map_or(len, |v| clamp(v, 0, len)))
    } else {
        (start.map_or(len - 1, |v| clamp(v, -1, len - 1)), stop.map_or(-1, |v| clamp(v, -1, len - 1)))
    };
    let count = if step > 0 {
        if stop > start { (stop - start - 1) / step + 1 } else { 0 }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok(SliceIter { next: start, step, remaining: count as usize })
}

/// Iterates the selected positions.
#[derive(Clone, Debug)]
pub struct SliceIter {
    next: i64,
    step: i64,
    remaining: usize,
}

impl SliceIter {
    /// The first position and the step when the slice is contiguous and forward (step 1).
    pub fn as_range(&self) -> Option<std::ops::Range<usize>> {
        // An empty selection may start at -1 (`""[::-1]`): it is the empty range.
        if self.remaining == 0 {
            return Some(0..0);
        }
        (self.step == 1 || self.remaining == 1).then(|| self.next as usize..self.next as usize + self.remaining)
    }
}

impl Iterator for SliceIter {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.remaining == 0 {
            return None;
        }
        let i = self.next as usize;
        self.next += self.step;
        self.remaining -= 1;
        Some(i)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl ExactSizeIterator for SliceIter {}

/// Adjusts a possibly negative index into `0..len`; `None` when out of range.
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

/// Clamps optional `start`/`end` arguments (as `str.find` takes them) to a `0..=len` range.
pub fn clamp_range(len: usize, start: Option<i64>, end: Option<i64>) -> (usize, usize) {
    let fix = |v: i64| -> usize {
        if v < 0 {
            (v + len as i64).max(0) as usize
        } else {
            (v as usize).min(len)
        }
    };
    (start.map_or(0, fix), end.map_or(len, fix))
}

/// The index range `[start, end)` that `find`-like methods search in a sequence of `len` items,
/// as CPython adjusts their optional bounds; `None` when the start lies past the end (so even an
/// empty needle is not found).
pub fn search_bounds(len: usize, start: Option<i64>, end: Option<i64>) -> Option<(usize, usize)> {
    let len = len as i64;
    let adjust = |v: i64| if v < 0 { (v.saturating_add(len)).max(0) } else { v };
    let start = start.map_or(0, adjust);
    let end = end.map_or(len, adjust).min(len);
    (start <= end).then_some((start as usize, end as usize))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(len: usize, a: Option<i64>, b: Option<i64>, c: Option<i64>) -> Vec<usize> {
        indices(len, a, b, c).unwrap().collect()
    }

    #[test]
    fn slices_match_cpython() {
        assert_eq!(sel(5, None, None, None), vec![0, 1, 2, 3, 4]);
        assert_eq!(sel(5, Some(1), Some(-1), None), vec![1, 2, 3]);
        assert_eq!(sel(5, None, None, Some(-1)), vec![4, 3, 2, 1, 0]);
        assert_eq!(sel(5, Some(-100), Some(100), Some(2)), vec![0, 2, 4]);
        assert_eq!(sel(5, Some(3), Some(0), Some(-2)), vec![3, 1]);
        assert_eq!(sel(5, Some(10), None, Some(-1)), vec![4, 3, 2, 1, 0]);
        assert_eq!(sel(0, None, None, Some(-1)), Vec::<usize>::new());
        assert_eq!(indices(0, None, None, Some(-1)).unwrap().as_range(), Some(0..0));
        assert_eq!(sel(5, Some(i64::MIN), Some(i64::MAX), Some(i64::MAX)), vec![0]);
        assert_eq!(indices(5, None, None, Some(0)).unwrap_err().msg, "slice step cannot be zero");
        assert_eq!(normalize_index(-1, 3), Some(2));
        assert_eq!(normalize_index(3, 3), None);
        assert_eq!(normalize_index(i64::MIN, 3), None);
        assert_eq!(clamp_range(5, Some(-2), Some(100)), (3, 5));
        assert_eq!(search_bounds(3, Some(3), None), Some((3, 3)));
        assert_eq!(search_bounds(3, Some(4), None), None);
        assert_eq!(search_bounds(5, Some(-2), Some(100)), Some((3, 5)));
    }
}
