//! `bytes` and `bytearray` on plain byte slices: repr, `hex`/`fromhex`, search, splitting and
//! the ASCII case and class methods, with CPython's results and messages. The two types share
//! all of it; where CPython's message names the type, the caller says which it is.

#![forbid(unsafe_code)]

use crate::errors::{PyErr, PyResult};
use crate::slice::search_bounds;
use crate::str_ops::Class;

/// CPython's ASCII whitespace for `bytes.split()`, `strip()` and `isspace()`.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// `repr(b)`: `b'...'`, in double quotes only when the bytes hold `'` and no `"`; bytearrays
/// wrap it as `bytearray(b'...')` and, as CPython does, escape `'` inside double quotes too.
pub fn repr(b: &[u8], bytearray: bool) -> String {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(char::from(q));
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == q || (bytearray && c == b'\'') => {
                out.push('\\');
                out.push(char::from(c));
            }
            b' '..=b'~' => out.push(char::from(c)),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(char::from(q));
    if bytearray {
        format!("bytearray({out})")
    } else {
        out
    }
}

/// An int as a byte: `ValueError` outside `range(0, 256)`, with CPython's wording for a single
/// byte (`bytes_word` for the items of `bytes(iterable)`).
pub fn byte(v: i64, bytes_word: bool) -> PyResult<u8> {
    u8::try_from(v).map_err(|_| PyErr::value(if bytes_word { "bytes must be in range(0, 256)" } else { "byte must be in range(0, 256)" }))
}

/// `b.hex()`.
pub fn hex(b: &[u8]) -> String {
    b.iter().map(|c| format!("{c:02x}")).collect()
}

/// `bytes.fromhex(s)`: pairs of hex digits, with whitespace allowed before each pair.
pub fn fromhex(s: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let bad = |i: usize| PyErr::value(format!("non-hexadecimal number found in fromhex() arg at position {i}"));
    let digit = |i: usize| chars.get(i).and_then(|c| c.to_digit(16)).ok_or_else(|| bad(i));
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if if c.is_ascii() { is_space(c as u8) } else { crate::unicode::is_space(c) } {
            i += 1;
            continue;
        }
        let (hi, lo) = (digit(i)?, digit(i + 1)?);
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

/// The first (or with `from_right` the last) position of `needle` in `hay`.
fn position(hay: &[u8], needle: &[u8], from_right: bool) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let mut starts = 0..=hay.len() - needle.len();
    let hit = |&i: &usize| hay[i..].starts_with(needle);
    if from_right {
        starts.rfind(hit)
    } else {
        starts.find(hit)
    }
}

/// `b.find(sub, start, end)`, or `rfind` when `from_right`; -1 when absent.
pub fn find(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, from_right: bool) -> i64 {
    let Some((lo, hi)) = search_bounds(b.len(), start, end) else { return -1 };
    position(&b[lo..hi], sub, from_right).map_or(-1, |i| (lo + i) as i64)
}

/// `b.index(sub, ...)` / `rindex`: like `find` but raising when absent.
pub fn index(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, from_right: bool) -> PyResult<i64> {
    match find(b, sub, start, end, from_right) {
        -1 => Err(PyErr::value("subsection not found")),
        i => Ok(i),
    }
}

/// `b.count(sub, start, end)`: non-overlapping occurrences.
pub fn count(b: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((lo, hi)) = search_bounds(b.len(), start, end) else { return 0 };
    let mut rest = &b[lo..hi];
    if sub.is_empty() {
        return rest.len() as i64 + 1;
    }
    let mut n = 0;
    while let Some(i) = position(rest, sub, false) {
        n += 1;
        rest = &rest[i + sub.len()..];
    }
    n
}

/// `b.startswith(prefix, start, end)`, or `endswith` when `at_end`.
pub fn starts_or_ends_with(b: &[u8], affix: &[u8], start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let Some((lo, hi)) = search_bounds(b.len(), start, end) else { return false };
    if at_end {
        b[lo..hi].ends_with(affix)
    } else {
        b[lo..hi].starts_with(affix)
    }
}

/// `b.split(sep, maxsplit)`; `maxsplit < 0` means no limit, no `sep` splits at ASCII whitespace.
pub fn split<'a>(b: &'a [u8], sep: Option<&[u8]>, maxsplit: i64) -> PyResult<Vec<&'a [u8]>> {
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let mut out = Vec::new();
    match sep {
        Some([]) => return Err(PyErr::value("empty separator")),
        Some(sep) => {
            let mut rest = b;
            while out.len() < limit {
                let Some(i) = position(rest, sep, false) else { break };
                out.push(&rest[..i]);
                rest = &rest[i + sep.len()..];
            }
            out.push(rest);
        }
        None => {
            let mut rest = strip(b, None, true, false);
            while !rest.is_empty() {
                if out.len() >= limit {
                    out.push(rest);
                    break;
                }
                let end = rest.iter().position(|&c| is_space(c)).unwrap_or(rest.len());
                out.push(&rest[..end]);
                rest = strip(&rest[end..], None, true, false);
            }
        }
    }
    Ok(out)
}

/// `b.strip(chars)` on the `left` and/or `right` end; no `chars` strips ASCII whitespace.
pub fn strip<'a>(b: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let strip_it = |c: &u8| chars.map_or(is_space(*c), |set| set.contains(c));
    let lo = if left { b.iter().position(|c| !strip_it(c)).unwrap_or(b.len()) } else { 0 };
    let hi = if right { b.iter().rposition(|c| !strip_it(c)).map_or(lo, |i| i + 1) } else { b.len() };
    &b[lo..hi.max(lo)]
}

/// `b.replace(old, new, count)`; `count < 0` replaces every occurrence. An empty `old` matches
/// before every byte and at the end, as in CPython.
pub fn replace(b: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut left = usize::try_from(count).unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(b.len());
    let mut rest = b;
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if left == 0 {
                out.extend_from_slice(&b[i..]);
                return out;
            }
            out.extend_from_slice(new);
            out.push(c);
            left -= 1;
        }
        if left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    while left > 0 {
        let Some(i) = position(rest, old, false) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(new);
        rest = &rest[i + old.len()..];
        left -= 1;
    }
    out.extend_from_slice(rest);
    out
}

/// `sep.join(items)`.
pub fn join<'a>(sep: &[u8], items: impl Iterator<Item = &'a [u8]>) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(item);
    }
    out
}

/// `a * n`: empty for `n <= 0`.
pub fn repeat(b: &[u8], n: i64) -> PyResult<Vec<u8>> {
    let n = usize::try_from(n).unwrap_or(0);
    let len = b.len().checked_mul(n).ok_or_else(PyErr::memory)?;
    let mut out = crate::reserve::vec(len)?;
    for _ in 0..n {
        out.extend_from_slice(b);
    }
    Ok(out)
}

/// `isdigit`, `isalpha`, `isspace`, `isalnum` (true for a non-empty run of the class) and
/// `isupper`, `islower` (a cased byte and none of the other case), all ASCII; `bytes` has none
/// of str's other classes.
pub fn is_class(b: &[u8], class: Class) -> bool {
    let all = |f: fn(&u8) -> bool| !b.is_empty() && b.iter().all(f);
    match class {
        Class::Digit | Class::Decimal | Class::Numeric => all(u8::is_ascii_digit),
        Class::Alpha => all(u8::is_ascii_alphabetic),
        Class::Space => all(|c| is_space(*c)),
        Class::Alnum => all(u8::is_ascii_alphanumeric),
        Class::Upper => b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
        Class::Lower => b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
        Class::Ascii => b.is_ascii(),
        Class::Title | Class::Identifier => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs_match_cpython() {
        assert_eq!(repr(b"a\x00\n\\\x7f\xff", false), "b'a\\x00\\n\\\\\\x7f\\xff'");
        assert_eq!(repr(b"it's", false), "b\"it's\"");
        assert_eq!(repr(b"'\"", false), "b'\\'\"'");
        assert_eq!(repr(b"", true), "bytearray(b'')");
        assert_eq!(repr(b"it's", true), "bytearray(b\"it\\'s\")");
    }

    #[test]
    fn hex_round_trips() {
        assert_eq!(hex(b"\x00\xffA"), "00ff41");
        assert_eq!(fromhex(" 00 ff41 ").unwrap(), b"\x00\xffA");
        assert_eq!(fromhex("a").unwrap_err().msg, "non-hexadecimal number found in fromhex() arg at position 1");
        assert_eq!(fromhex("0 1").unwrap_err().msg, "non-hexadecimal number found in fromhex() arg at position 1");
        assert_eq!(fromhex("zz").unwrap_err().msg, "non-hexadecimal number found in fromhex() arg at position 0");
    }

    #[test]
    fn searching_and_splitting() {
        assert_eq!(find(b"abcabc", b"c", Some(3), None, false), 5);
        assert_eq!(find(b"abcabc", b"a", None, None, true), 3);
        assert_eq!(find(b"abc", b"", Some(4), None, false), -1);
        assert_eq!(count(b"aaaa", b"aa", None, None), 2);
        assert_eq!(count(b"abc", b"", None, None), 4);
        assert!(starts_or_ends_with(b"abc", b"bc", Some(1), None, false));
        assert_eq!(split(b" a  b ", None, -1).unwrap(), vec![&b"a"[..], b"b"]);
        assert_eq!(split(b"a,b,,c", Some(b","), 2).unwrap(), vec![&b"a"[..], b"b", b",c"]);
        assert_eq!(strip(b"xxaxx", Some(b"x"), true, false), b"axx");
        assert_eq!(strip(b"   ", None, true, true), b"");
        assert_eq!(replace(b"aaa", b"a", b"bb", 2), b"bbbba");
        assert_eq!(replace(b"ab", b"", b"-", -1), b"-a-b-");
        assert_eq!(join(b", ", [&b"a"[..], b"b"].into_iter()), b"a, b");
        assert!(is_class(b"AB1", Class::Upper) && !is_class(b"", Class::Digit));
    }
}
