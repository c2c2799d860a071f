//! Case mappings and character classes of `str` methods that `unicode` does not cover: `title`,
//! `capitalize`, `swapcase`, `casefold`, `isnumeric`, `istitle`, `isidentifier`.
//!
//! Rust's `char::to_uppercase`/`to_lowercase` are the full Unicode mappings CPython uses, and
//! `str::to_lowercase` knows the final-sigma rule; what Rust lacks (title case, case folding,
//! identifier and numeric classes) comes from small tables generated from CPython, each holding
//! only where CPython's answer differs from one computable here.

#![forbid(unsafe_code)]

mod tables;

use crate::unicode;

fn mapped(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let c = c as u32;
    table.binary_search_by_key(&c, |&(k, _)| k).ok().map(|i| table[i].1)
}

/// CPython's `Cased` property: upper, lower or title case.
pub fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || unicode::is_titlecase(c)
}

/// Whether `c` may start an identifier (XID_Start or `_`).
pub fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    (unicode::is_alpha(c) && !unicode::in_table(tables::START_EXCLUDED, c)) || unicode::in_table(tables::START_EXTRA, c)
}

/// Whether `c` may continue an identifier (XID_Continue).
pub fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    is_id_start(c) || unicode::in_table(tables::CONTINUE_EXTRA, c)
}

/// `s.isidentifier()`.
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    it.next().is_some_and(is_id_start) && it.all(is_id_continue)
}

/// `s.istitle()`: cased characters start words in upper or title case and continue them in
/// lower case, and there is at least one.
pub fn is_title(s: &str) -> bool {
    let (mut cased, mut previous_is_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || unicode::is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// Lower-cases the characters of one string, applying the final-sigma rule to its capital
/// sigmas as CPython's `lower_ucs4` does (in the context of the whole string).
struct Lowerer {
    /// For each 'Σ' of the string in order, whether it is word-final ('ς').
    finals: Vec<bool>,
    next: usize,
}

impl Lowerer {
    fn new(s: &str) -> Lowerer {
        let mut finals = Vec::new();
        if s.contains('Σ') {
            // `str::to_lowercase` maps every character on its own except 'Σ', which it maps by
            // context with CPython's rule; walking both results side by side finds each sigma's
            // lower case.
            let whole: Vec<char> = s.to_lowercase().chars().collect();
            let mut k = 0;
            for c in s.chars() {
                if c == 'Σ' {
                    finals.push(whole.get(k) == Some(&'ς'));
                    k += 1;
                } else {
                    k += c.to_lowercase().count();
                }
            }
        }
        Lowerer { finals, next: 0 }
    }

    /// Appends the lower case of `c`, the next character of the string (every 'Σ' of the
    /// string must pass through here, in order).
    fn push(&mut self, out: &mut String, c: char) {
        if c == 'Σ' {
            let last = self.finals.get(self.next).copied().unwrap_or(false);
            self.next += 1;
            out.push(if last { 'ς' } else { 'σ' });
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

fn push_title(out: &mut String, c: char) {
    match mapped(tables::TITLE, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_uppercase()),
    }
}

/// `s.title()`: title case after an uncased character, lower case after a cased one.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut lower = Lowerer::new(s);
    let mut previous_is_cased = false;
    for c in s.chars() {
        if previous_is_cased {
            lower.push(&mut out, c);
        } else {
            if c == 'Σ' {
                lower.next += 1;
            }
            push_title(&mut out, c);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: the first character in title case, the rest in lower case.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut lower = Lowerer::new(s);
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        if c == 'Σ' {
            lower.next += 1;
        }
        push_title(&mut out, c);
    }
    for c in chars {
        lower.push(&mut out, c);
    }
    out
}

/// `s.swapcase()`: upper-case characters to lower case and lower-case ones to upper case.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut lower = Lowerer::new(s);
    for c in s.chars() {
        if c.is_uppercase() {
            lower.push(&mut out, c);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.casefold()`: full case folding, character by character.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match mapped(tables::CASEFOLD, c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_mappings_agree_with_cpython() {
        assert_eq!(title("hello wORLD 2nd-try o'neil"), "Hello World 2Nd-Try O'Neil");
        assert_eq!(title("ßa ǆemal ﬁre"), "Ssa ǅemal Fire");
        assert_eq!(title("ΣΑΣ ΣΑΣ."), "Σας Σας.");
        assert_eq!(capitalize("hELLO World"), "Hello world");
        assert_eq!(capitalize("ǆungla ΟΔΟΣ"), "ǅungla οδος");
        assert_eq!(capitalize("ßx"), "Ssx");
        assert_eq!(capitalize(""), "");
        assert_eq!(swapcase("Hello ß İ ǅ"), "hELLO SS i̇ ǅ");
        assert_eq!(swapcase("ΑΣ aσ"), "ας AΣ");
        assert_eq!(casefold("Straße ΣΑΣ µ ﬁ Ꭰ"), "strasse σασ μ fi Ꭰ");
        assert_eq!(casefold("ABC"), "abc");
    }

    #[test]
    fn classes_agree_with_cpython() {
        assert!(unicode::is_numeric('½') && unicode::is_numeric('一') && unicode::is_numeric('Ⅻ') && unicode::is_numeric('٣'));
        assert!(!unicode::is_numeric('a') && !unicode::is_numeric('é'));
        assert!(is_identifier("_x1") && is_identifier("été") && is_identifier("℘x"));
        assert!(!is_identifier("1x") && !is_identifier("") && !is_identifier("a-b") && !is_identifier("ͺ"));
        assert!(is_identifier("a\u{301}") && !is_identifier("\u{301}"));
        assert!(is_title("Hello World") && is_title("ǅungla") && is_title("A1B"));
        assert!(!is_title("HEllo") && !is_title("hello") && !is_title("123") && !is_title(""));
    }
}
