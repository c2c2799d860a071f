//! The `str` methods and operators, on plain `&str`, indexed by code point like Python.
//!
//! Callers pass `ascii` when they know the string is ASCII (the str object keeps that flag), so
//! indexing and slicing those is O(1) per character.

#![forbid(unsafe_code)]

use crate::errors::{PyErr, PyResult};
use crate::slice;
use crate::str_unicode;
use crate::unicode;

/// `repr(s)`: single quotes unless the text has `'` and no `"`; escapes as CPython.
pub fn repr(s: &str) -> String {
    quote(s, false)
}

/// `ascii(s)`: like `repr` with every non-ASCII character escaped.
pub fn ascii(s: &str) -> String {
    quote(s, true)
}

fn quote(s: &str, escape_non_ascii: bool) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_ascii() && (c < ' ' || c == '\x7f') => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if c.is_ascii() || (!escape_non_ascii && unicode::is_printable(c)) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(q);
    out
}

/// The byte offset of code point `i` (`i <= char count`).
fn byte_offset(s: &str, ascii: bool, i: usize) -> usize {
    if ascii {
        return i;
    }
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

/// `s[i]` as a byte range; `IndexError` when out of range.
pub fn getitem(s: &str, ascii: bool, char_len: usize, i: i64) -> PyResult<&str> {
    let i = slice::normalize_index(i, char_len)
        .ok_or_else(|| PyErr::index("string index out of range"))?;
    let start = byte_offset(s, ascii, i);
    let len = s[start..].chars().next().map_or(0, char::len_utf8);
    Ok(&s[start..start + len])
}

/// `s[start:stop:step]`.
pub fn slice(s: &str, ascii: bool, char_len: usize, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> PyResult<String> {
    let sel = slice::indices(char_len, start, stop, step)?;
    if let Some(r) = sel.as_range() {
        let (a, b) = if ascii {
            (r.start, r.end)
        } else {
            let a = byte_offset(s, false, r.start);
            (a, a + byte_offset(&s[a..], false, r.end - r.start))
        };
        return Ok(s[a..b].to_string());
    }
    if ascii {
        let bytes = s.as_bytes();
        return Ok(sel.map(|i| char::from(bytes[i])).collect());
    }
    let chars: Vec<char> = s.chars().collect();
    Ok(sel.map(|i| chars[i]).collect())
}

/// `s * n`.
pub fn repeat(s: &str, n: i64) -> PyResult<String> {
    let n = usize::try_from(n).unwrap_or(0);
    let total = s.len().checked_mul(n).ok_or_else(PyErr::memory)?;
    let mut out = crate::reserve::string(total)?;
    for _ in 0..n {
        out.push_str(s);
    }
    Ok(out)
}

pub fn upper(s: &str) -> String {
    s.to_uppercase()
}

pub fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// Which end(s) `strip` works on.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
    Both,
}

/// `s.strip(chars)`, `lstrip`, `rstrip`; `chars` `None` strips whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>, side: Side) -> &'a str {
    let strip_it = |c: char| match chars {
        None => unicode::is_space(c),
        Some(set) => set.contains(c),
    };
    match side {
        Side::Left => s.trim_start_matches(strip_it),
        Side::Right => s.trim_end_matches(strip_it),
        Side::Both => s.trim_matches(strip_it),
    }
}

/// `s.split(sep, maxsplit)`; `maxsplit < 0` means no limit.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> PyResult<Vec<&'a str>> {
    let limit = usize::try_from(maxsplit).ok();
    match sep {
        Some("") => Err(PyErr::value("empty separator")),
        Some(sep) => Ok(match limit {
            Some(n) => s.splitn(n.saturating_add(1), sep).collect(),
            None => s.split(sep).collect(),
        }),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(unicode::is_space);
            while !rest.is_empty() {
                if limit.is_some_and(|n| out.len() >= n) {
                    out.push(rest);
                    break;
                }
                let end = rest.find(unicode::is_space).unwrap_or(rest.len());
                out.push(&rest[..end]);
                rest = rest[end..].trim_start_matches(unicode::is_space);
            }
            Ok(out)
        }
    }
}

/// `s.rsplit(sep, maxsplit)`: like `split`, but a limited split keeps the remainder at the left.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> PyResult<Vec<&'a str>> {
    let limit = usize::try_from(maxsplit).ok();
    let mut out = match sep {
        Some("") => return Err(PyErr::value("empty separator")),
        Some(sep) => match limit {
            Some(n) => s.rsplitn(n.saturating_add(1), sep).collect(),
            None => s.rsplit(sep).collect(),
        },
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(unicode::is_space);
            while !rest.is_empty() {
                if limit.is_some_and(|n| out.len() >= n) {
                    out.push(rest);
                    break;
                }
                let start = rest.rfind(unicode::is_space).map_or(0, |b| b + rest[b..].chars().next().map_or(1, char::len_utf8));
                out.push(&rest[start..]);
                rest = rest[..start].trim_end_matches(unicode::is_space);
            }
            out
        }
    };
    out.reverse();
    Ok(out)
}

/// Whether `c` ends a line for `splitlines` (CPython's line boundaries; `\r\n` is one).
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `s.splitlines(keepends)`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(b) = rest.find(is_line_break) {
        let brk = if rest[b..].starts_with("\r\n") { 2 } else { rest[b..].chars().next().map_or(1, char::len_utf8) };
        out.push(&rest[..if keepends { b + brk } else { b }]);
        rest = &rest[b + brk..];
    }
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// `s.partition(sep)`, or `rpartition` when `from_right`: the parts before, at and after the
/// first (last) `sep`; when absent, `s` and two empty strings (two empty strings and `s`).
pub fn partition<'a>(s: &'a str, sep: &'a str, from_right: bool) -> PyResult<[&'a str; 3]> {
    if sep.is_empty() {
        return Err(PyErr::value("empty separator"));
    }
    let found = if from_right { s.rfind(sep) } else { s.find(sep) };
    Ok(match found {
        Some(b) => [&s[..b], &s[b..b + sep.len()], &s[b + sep.len()..]],
        None if from_right => ["", "", s],
        None => [s, "", ""],
    })
}

/// `s.expandtabs(tabsize)`: each tab becomes spaces up to the next multiple of `tabsize`
/// columns, counted in code points from the last `\n` or `\r`; `tabsize <= 0` drops tabs.
pub fn expandtabs(s: &str, tabsize: i64) -> PyResult<String> {
    let tabsize = i32::try_from(tabsize)
        .map_err(|_| PyErr::overflow("Python int too large to convert to C int"))?;
    if !s.contains('\t') {
        return Ok(s.to_string());
    }
    let tab = usize::try_from(tabsize).unwrap_or(0);
    // The result's size first, as CPython checks it before building (OverflowError).
    let (mut col, mut total) = (0usize, 0usize);
    for c in s.chars() {
        let add = match c {
            '\t' if tab > 0 => tab - col % tab,
            '\t' => 0,
            _ => 1,
        };
        col = if c == '\n' || c == '\r' { 0 } else { col + add };
        total = total
            .checked_add(if c == '\t' { add } else { c.len_utf8() })
            .filter(|&t| t <= isize::MAX as usize)
            .ok_or_else(|| PyErr::overflow("new string is too long"))?;
    }
    let mut out = crate::reserve::string(total)?;
    col = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat_n(' ', n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(out)
}

/// `s.removeprefix(prefix)`, or `removesuffix` when `at_end`.
pub fn remove_affix<'a>(s: &'a str, affix: &str, at_end: bool) -> &'a str {
    if at_end {
        s.strip_suffix(affix).unwrap_or(s)
    } else {
        s.strip_prefix(affix).unwrap_or(s)
    }
}

/// `s.replace(old, new, count)`; `count < 0` replaces all.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let n = usize::try_from(count).unwrap_or(usize::MAX);
    s.replacen(old, new, n)
}

/// The code-point range `[start, end)` that `find`-like methods search, as CPython adjusts it;
/// `None` when it is empty past the end (so even `''` is not found).
fn search_range(s: &str, ascii: bool, char_len: usize, start: Option<i64>, end: Option<i64>) -> Option<(usize, usize, usize)> {
    let (start, end) = crate::slice::search_bounds(char_len, start, end)?;
    let b0 = byte_offset(s, ascii, start);
    let b1 = b0 + byte_offset(&s[b0..], ascii, end - start);
    Some((start, b0, b1))
}

fn char_index(s: &str, ascii: bool, byte: usize) -> usize {
    if ascii {
        byte
    } else {
        s[..byte].chars().count()
    }
}

/// `s.find(sub, start, end)`, or `rfind` when `from_right`; -1 when absent.
pub fn find(s: &str, ascii: bool, char_len: usize, sub: &str, start: Option<i64>, end: Option<i64>, from_right: bool) -> i64 {
    let Some((_, b0, b1)) = search_range(s, ascii, char_len, start, end) else {
        return -1;
    };
    let hay = &s[b0..b1];
    let found = if from_right { hay.rfind(sub) } else { hay.find(sub) };
    found.map_or(-1, |b| char_index(s, ascii, b0 + b) as i64)
}

/// `s.index(sub, ...)` / `rindex`: like `find` but raising when absent.
pub fn index(s: &str, ascii: bool, char_len: usize, sub: &str, start: Option<i64>, end: Option<i64>, from_right: bool) -> PyResult<i64> {
    match find(s, ascii, char_len, sub, start, end, from_right) {
        -1 => Err(PyErr::value("substring not found")),
        i => Ok(i),
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences.
pub fn count(s: &str, ascii: bool, char_len: usize, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((_, b0, b1)) = search_range(s, ascii, char_len, start, end) else {
        return 0;
    };
    let hay = &s[b0..b1];
    if sub.is_empty() {
        return hay.chars().count() as i64 + 1;
    }
    hay.matches(sub).count() as i64
}

/// `s.startswith(prefix, start, end)`, or `endswith` when `at_end`.
pub fn starts_or_ends_with(s: &str, ascii: bool, char_len: usize, affix: &str, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let Some((_, b0, b1)) = search_range(s, ascii, char_len, start, end) else {
        return false;
    };
    let hay = &s[b0..b1];
    if at_end {
        hay.ends_with(affix)
    } else {
        hay.starts_with(affix)
    }
}

/// The `str.is*()` predicates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Digit,
    Alpha,
    Space,
    Alnum,
    Upper,
    Lower,
    Decimal,
    Numeric,
    Title,
    Identifier,
    Ascii,
}

pub fn is_class(s: &str, class: Class) -> bool {
    let all = |f: fn(char) -> bool| !s.is_empty() && s.chars().all(f);
    match class {
        Class::Digit => all(unicode::is_digit),
        Class::Alpha => all(unicode::is_alpha),
        Class::Space => all(unicode::is_space),
        Class::Alnum => all(unicode::is_alnum),
        // At least one cased character and none of the other case (titlecase counts as other).
        Class::Upper => {
            s.chars().any(char::is_uppercase)
                && !s.chars().any(|c| c.is_lowercase() || unicode::is_titlecase(c))
        }
        Class::Lower => {
            s.chars().any(char::is_lowercase)
                && !s.chars().any(|c| c.is_uppercase() || unicode::is_titlecase(c))
        }
        Class::Decimal => all(|c| unicode::decimal_value(c).is_some()),
        Class::Numeric => all(unicode::is_numeric),
        Class::Title => str_unicode::is_title(s),
        Class::Identifier => str_unicode::is_identifier(s),
        // Unlike the others, true for the empty string.
        Class::Ascii => s.is_ascii(),
    }
}

/// Which way `ljust`/`rjust`/`center` pad.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Justify {
    Left,
    Right,
    Center,
}

/// `s.ljust(width, fill)` and friends; `fill` must be exactly one character.
pub fn justify(s: &str, char_len: usize, width: i64, fill: Option<&str>, how: Justify) -> PyResult<String> {
    let fill = match fill {
        None => ' ',
        Some(f) => {
            let mut it = f.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(PyErr::type_error(
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
    };
    let width = usize::try_from(width).unwrap_or(0);
    if width <= char_len {
        return Ok(s.to_string());
    }
    let marg = width - char_len;
    let left = match how {
        Justify::Left => 0,
        Justify::Right => marg,
        // CPython's `pad`: the odd column goes left only when both margin and width are odd.
        Justify::Center => marg / 2 + (marg & width & 1),
    };
    let bytes = marg.checked_mul(fill.len_utf8()).and_then(|m| m.checked_add(s.len())).ok_or_else(PyErr::memory)?;
    let mut out = crate::reserve::string(bytes)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, marg - left));
    Ok(out)
}

/// `s.zfill(width)`: zeros after any sign.
pub fn zfill(s: &str, char_len: usize, width: i64) -> PyResult<String> {
    let width = usize::try_from(width).unwrap_or(0);
    if width <= char_len {
        return Ok(s.to_string());
    }
    let (sign, digits) = match s.as_bytes().first() {
        Some(b'+' | b'-') => s.split_at(1),
        _ => ("", s),
    };
    let mut out = crate::reserve::string(width.saturating_add(s.len()))?;
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', width - char_len));
    out.push_str(digits);
    Ok(out)
}

/// `ord(s)`.
pub fn ord(s: &str, char_len: usize) -> PyResult<i64> {
    match s.chars().next() {
        Some(c) if char_len == 1 => Ok(i64::from(u32::from(c))),
        _ => Err(PyErr::type_error(format!(
            "ord() expected a character, but string of length {char_len} found"
        ))),
    }
}

/// `chr(i)`. Lone surrogates are valid in Python but cannot be held in a UTF-8 string.
pub fn chr(i: i64) -> PyResult<char> {
    let code = u32::try_from(i)
        .ok()
        .filter(|&c| c < 0x110000)
        .ok_or_else(|| PyErr::value("chr() arg not in range(0x110000)"))?;
    char::from_u32(code)
        .ok_or_else(|| PyErr::value("chr() of a lone surrogate is not supported by mesapyc"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(s: &str) -> (bool, usize) {
        (s.is_ascii(), s.chars().count())
    }

    #[test]
    fn repr_quotes_like_cpython() {
        assert_eq!(repr("abc"), "'abc'");
        assert_eq!(repr("it's"), "\"it's\"");
        assert_eq!(repr("it's \"x\""), "'it\\'s \"x\"'");
        assert_eq!(repr("a\nb\t\\\r"), "'a\\nb\\t\\\\\\r'");
        assert_eq!(repr("\x00\x7f\u{85}é\u{200b}😀\u{e000}\u{10ffff}"),
            "'\\x00\\x7f\\x85é\\u200b😀\\ue000\\U0010ffff'");
        assert_eq!(ascii("é😀"), "'\\xe9\\U0001f600'");
    }

    #[test]
    fn indexing_and_slicing_by_code_point() {
        let s = "héllo wörld";
        let (a, n) = info(s);
        assert_eq!(n, 11);
        assert_eq!(getitem(s, a, n, 1).unwrap(), "é");
        assert_eq!(getitem(s, a, n, -4).unwrap(), "ö");
        assert_eq!(getitem(s, a, n, 11).unwrap_err().msg, "string index out of range");
        assert_eq!(slice(s, a, n, Some(1), Some(4), None).unwrap(), "éll");
        assert_eq!(slice(s, a, n, None, None, Some(-1)).unwrap(), "dlröw olléh");
        assert_eq!(slice("abcdef", true, 6, Some(1), None, Some(2)).unwrap(), "bdf");
        assert_eq!(slice("abc", true, 3, None, None, Some(0)).unwrap_err().msg, "slice step cannot be zero");
    }

    #[test]
    fn searching() {
        let s = "aéaéa";
        let (a, n) = info(s);
        assert_eq!(find(s, a, n, "a", Some(1), None, false), 2);
        assert_eq!(find(s, a, n, "a", None, None, true), 4);
        assert_eq!(find(s, a, n, "é", Some(-2), None, false), 3);
        assert_eq!(find("abc", true, 3, "", Some(3), None, false), 3);
        assert_eq!(find("abc", true, 3, "", Some(4), None, false), -1);
        assert_eq!(count(s, a, n, "a", None, None), 3);
        assert_eq!(count("abc", true, 3, "", None, None), 4);
        assert_eq!(count("aaaa", true, 4, "aa", None, None), 2);
        assert_eq!(index("abc", true, 3, "z", None, None, false).unwrap_err().msg, "substring not found");
        assert!(starts_or_ends_with("abc", true, 3, "bc", Some(1), None, false));
        assert!(starts_or_ends_with("abc", true, 3, "ab", None, Some(2), true));
        assert!(!starts_or_ends_with("abc", true, 3, "", Some(4), None, false));
    }

    #[test]
    fn splitting_stripping_replacing() {
        assert_eq!(split("  a  b  c  ", None, -1).unwrap(), vec!["a", "b", "c"]);
        assert_eq!(split("  a  b  c  ", None, 1).unwrap(), vec!["a", "b  c  "]);
        assert_eq!(split("a,b,,c", Some(","), -1).unwrap(), vec!["a", "b", "", "c"]);
        assert_eq!(split("a,b,c", Some(","), 1).unwrap(), vec!["a", "b,c"]);
        assert_eq!(split("", None, -1).unwrap(), Vec::<&str>::new());
        assert_eq!(split("", Some(","), -1).unwrap(), vec![""]);
        assert_eq!(split("a", Some(""), -1).unwrap_err().msg, "empty separator");
        assert_eq!(strip("\u{3000} x \n", None, Side::Both), "x");
        assert_eq!(strip("xxaxx", Some("x"), Side::Left), "axx");
        assert_eq!(replace("aaa", "a", "b", 2), "bba");
        assert_eq!(replace("ab", "", "-", -1), "-a-b-");
    }

    #[test]
    fn rsplit_splitlines_partition() {
        assert_eq!(rsplit("  a  b  c  ", None, -1).unwrap(), vec!["a", "b", "c"]);
        assert_eq!(rsplit("  a  b  c  ", None, 1).unwrap(), vec!["  a  b", "c"]);
        assert_eq!(rsplit("  a b ", None, 0).unwrap(), vec!["  a b"]);
        assert_eq!(rsplit("a\u{3000}b", None, -1).unwrap(), vec!["a", "b"]);
        assert_eq!(rsplit("a,b,,c", Some(","), 2).unwrap(), vec!["a,b", "", "c"]);
        assert_eq!(rsplit("aaa", Some("aa"), -1).unwrap(), vec!["a", ""]);
        assert_eq!(rsplit("", None, -1).unwrap(), Vec::<&str>::new());
        assert_eq!(rsplit("a", Some(""), -1).unwrap_err().msg, "empty separator");
        let all = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\u{85}j\u{2028}k\u{2029}l";
        assert_eq!(splitlines(all, false), vec!["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"]);
        assert_eq!(splitlines("a\n\nb\r\n", true), vec!["a\n", "\n", "b\r\n"]);
        assert_eq!(splitlines("", false), Vec::<&str>::new());
        assert_eq!(splitlines("\n", false), vec![""]);
        assert_eq!(splitlines("x\r", true), vec!["x\r"]);
        assert_eq!(partition("a=b=c", "=", false).unwrap(), ["a", "=", "b=c"]);
        assert_eq!(partition("a=b=c", "=", true).unwrap(), ["a=b", "=", "c"]);
        assert_eq!(partition("abc", "x", false).unwrap(), ["abc", "", ""]);
        assert_eq!(partition("abc", "x", true).unwrap(), ["", "", "abc"]);
        assert_eq!(partition("abc", "", true).unwrap_err().msg, "empty separator");
    }

    #[test]
    fn expandtabs_and_affixes() {
        assert_eq!(expandtabs("a\tbc\td\n\tx", 8).unwrap(), "a       bc      d\n        x");
        assert_eq!(expandtabs("a\tbc\td", 4).unwrap(), "a   bc  d");
        assert_eq!(expandtabs("é\tx", 3).unwrap(), "é  x");
        assert_eq!(expandtabs("a\tb", 0).unwrap(), "ab");
        assert_eq!(expandtabs("a\tb", -3).unwrap(), "ab");
        assert_eq!(expandtabs("ab\r\tc", 4).unwrap(), "ab\r    c");
        assert_eq!(expandtabs("a\tb", 1 << 40).unwrap_err().msg, "Python int too large to convert to C int");
        assert_eq!(remove_affix("prefix.txt", "prefix", false), ".txt");
        assert_eq!(remove_affix("prefix.txt", ".txt", true), "prefix");
        assert_eq!(remove_affix("abc", "x", true), "abc");
    }

    #[test]
    fn more_predicates() {
        assert!(is_class("0123٣", Class::Decimal) && !is_class("²", Class::Decimal) && !is_class("", Class::Decimal));
        assert!(is_class("½²一", Class::Numeric) && !is_class("1a", Class::Numeric));
        assert!(is_class("Hello World", Class::Title) && !is_class("Hello world", Class::Title));
        assert!(is_class("_a1", Class::Identifier) && !is_class("1a", Class::Identifier));
        assert!(is_class("", Class::Ascii) && is_class("a\x7f", Class::Ascii) && !is_class("é", Class::Ascii));
    }

    #[test]
    fn predicates_and_padding() {
        assert!(is_class("123", Class::Digit) && !is_class("", Class::Digit));
        assert!(is_class("ABC1", Class::Upper) && !is_class("123", Class::Upper));
        assert!(is_class("straße", Class::Lower) && !is_class("Ǆ", Class::Lower));
        assert!(is_class("a1½", Class::Alnum) && is_class(" \t", Class::Space));
        assert_eq!(justify("ab", 2, 5, None, Justify::Center).unwrap(), "  ab ");
        assert_eq!(justify("abc", 3, 6, Some("*"), Justify::Center).unwrap(), "*abc**");
        assert_eq!(justify("a", 1, 4, Some("*"), Justify::Center).unwrap(), "*a**");
        assert_eq!(justify("ab", 2, 5, Some("é"), Justify::Right).unwrap(), "éééab");
        assert_eq!(justify("ab", 2, 5, Some("xy"), Justify::Left).unwrap_err().msg,
            "The fill character must be exactly one character long");
        assert_eq!(zfill("-42", 3, 6).unwrap(), "-00042");
        assert_eq!(ord("ab", 2).unwrap_err().msg, "ord() expected a character, but string of length 2 found");
        assert_eq!(chr(0x110000).unwrap_err().msg, "chr() arg not in range(0x110000)");
        assert_eq!(repeat("ab", 3).unwrap(), "ababab");
        assert_eq!(repeat("ab", -1).unwrap(), "");
    }
}
