//! Character classes with CPython's definitions.
//!
//! Rust's `char` predicates follow different Unicode properties than `str.isalpha()` and friends
//! (for example `char::is_alphabetic` includes combining marks), and Rust has no notion of
//! "printable", which `repr(str)` needs. So the classes come from tables generated from CPython.

#![forbid(unsafe_code)]

mod tables;

/// Whether `c` lies in one of the sorted, inclusive ranges of `table`.
pub(crate) fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// `str.isprintable()` for one character; `repr` escapes the others.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(tables::PRINTABLE, c)
}

/// `str.isspace()` for one character: what `strip()` and `split()` remove.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f');
    }
    in_table(tables::SPACE, c)
}

/// `str.isalpha()` for one character.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(tables::ALPHA, c)
}

/// `str.isdigit()` for one character.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(tables::DIGIT, c)
}

/// `str.isnumeric()` for one character (decimal and digit characters are numeric too).
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(tables::NUMERIC, c)
}

/// `str.isalnum()` for one character (alpha, decimal, digit or numeric; numeric contains the others).
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_alpha(c) || is_numeric(c)
}

/// The value of a Unicode decimal digit (what `int()` and `float()` accept), if `c` is one.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let code = c as u32;
    let table = tables::DECIMAL;
    let i = table.partition_point(|&(_, hi)| hi < code);
    match table.get(i) {
        // The generator checks that every range starts at a zero digit.
        Some(&(lo, hi)) if lo <= code && code <= hi => Some((code - lo) % 10),
        _ => None,
    }
}

/// Titlecase letters are cased but neither upper nor lower case (`str.isupper()` needs them).
pub fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F
        | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_agree_with_cpython() {
        assert!(is_printable('é') && !is_printable('\u{85}') && !is_printable('\u{200b}'));
        assert!(is_space('\u{85}') && is_space('\x1c') && is_space('\u{3000}') && !is_space('\u{200b}'));
        assert!(is_alpha('é') && !is_alpha('\u{93e}') && !is_alpha('Ⅰ'));
        assert!(is_digit('²') && !is_digit('½') && is_alnum('½'));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('𝟗'), Some(9));
        assert_eq!(decimal_value('x'), None);
    }
}
