//! The format-spec mini-language (`format(x, spec)`, f-string `{x:spec}`, `str.format`) for int,
//! float, str and bool, with CPython's layout rules and error messages.
//!
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`

#![forbid(unsafe_code)]

use crate::errors::{PyErr, PyResult};
use crate::float_repr;
use crate::int::{self, IntRef};

/// A parsed spec. `ty` is the type code, or the object's default when the spec has none.
#[derive(Debug)]
struct Spec {
    fill: char,
    align: Option<char>,
    sign: Option<char>,
    no_neg_zero: bool,
    alt: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

/// Reads decimal digits at `*i`; `None` if there are none.
fn read_number(chars: &[char], i: &mut usize) -> PyResult<Option<usize>> {
    let start = *i;
    let mut n: usize = 0;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| PyErr::value("Too many decimal digits in format string"))?;
        *i += 1;
    }
    Ok((*i > start).then_some(n))
}

/// Parses `spec` for an object of `type_name` whose default alignment is `default_align` ('>' for
/// numbers, '<' for strings) and whose default type code is `default_ty`.
fn parse(spec: &str, type_name: &str, default_align: char, default_ty: Option<char>) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_zero: false,
        alt: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: default_ty,
    };
    let mut i = 0;
    let mut fill_specified = false;
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = chars[0];
        s.align = Some(chars[1]);
        fill_specified = true;
        i = 2;
    } else if chars.first().is_some_and(|&c| is_align(c)) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(i) {
        s.sign = Some(c);
        i += 1;
    }
    if chars.get(i) == Some(&'z') {
        s.no_neg_zero = true;
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        s.alt = true;
        i += 1;
    }
    if !fill_specified && chars.get(i) == Some(&'0') {
        s.fill = '0';
        if s.align.is_none() && default_align == '>' {
            s.align = Some('=');
        }
        i += 1;
    }
    s.width = read_number(&chars, &mut i)?.unwrap_or(0);
    if let Some(&g @ (',' | '_')) = chars.get(i) {
        s.grouping = Some(g);
        i += 1;
        if let Some(&g2 @ (',' | '_')) = chars.get(i) {
            return Err(PyErr::value(if g2 == g {
                format!("Cannot specify '{g}' with '{g}'.")
            } else {
                "Cannot specify both ',' and '_'.".to_string()
            }));
        }
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        s.precision = Some(
            read_number(&chars, &mut i)?
                .ok_or_else(|| PyErr::value("Format specifier missing precision"))?,
        );
    }
    match chars.len() - i {
        0 => {}
        1 => s.ty = Some(chars[i]),
        _ => {
            return Err(PyErr::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )))
        }
    }
    if let Some(g) = s.grouping {
        let ok = match s.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            // With no type code the object's default applies; only strings have one ('s').
            let t = s.ty.unwrap_or('s');
            return Err(PyErr::value(format!("Cannot specify '{g}' with '{t}'.")));
        }
    }
    Ok(s)
}

fn unknown_code(ty: char, type_name: &str) -> PyErr {
    PyErr::value(format!("Unknown format code '{ty}' for object of type '{type_name}'"))
}

/// Inserts `sep` every `size` digits from the right; with a `min_width`, first pads with zeros
/// (separators included) until the result is at least that wide, as CPython's `0` flag does.
fn group(digits: &str, sep: char, size: usize, min_width: usize) -> PyResult<String> {
    let grouped_len = |k: usize| k + (k.max(1) - 1) / size;
    // The fewest digits whose grouped form is `min_width` wide: start near the answer, since the
    // width can be huge, then step to it exactly.
    let mut k = digits.len().max(min_width / (size + 1) * size);
    while k > digits.len() && grouped_len(k - 1) >= min_width {
        k -= 1;
    }
    while grouped_len(k) < min_width {
        k += 1;
    }
    let mut padded = crate::reserve::vec(k)?;
    padded.extend(std::iter::repeat_n(b'0', k - digits.len()).chain(digits.bytes()));
    let mut out = crate::reserve::string(grouped_len(k))?;
    for (idx, &d) in padded.iter().enumerate() {
        // `%` rather than `is_multiple_of`, which is newer than the workspace's rust-version.
        #[allow(clippy::manual_is_multiple_of)]
        let boundary = idx > 0 && (k - idx) % size == 0;
        if boundary {
            out.push(sep);
        }
        out.push(char::from(d));
    }
    Ok(out)
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

/// Lays out `content` in `width` with `fill`/`align`.
fn pad(content: &str, fill: char, align: char, width: usize) -> PyResult<String> {
    let len = content.chars().count();
    let total = width.saturating_sub(len);
    let (left, right) = match align {
        '<' => (0, total),
        '^' => (total / 2, total - total / 2),
        _ => (total, 0),
    };
    let bytes = total.checked_mul(fill.len_utf8()).and_then(|t| t.checked_add(content.len())).ok_or_else(PyErr::memory)?;
    let mut out = crate::reserve::string(bytes)?;
    push_fill(&mut out, fill, left);
    out.push_str(content);
    push_fill(&mut out, fill, right);
    Ok(out)
}

/// Assembles a formatted number: sign, prefix, integer digits (grouped), the rest (fraction,
/// exponent, `%`), padded to the width.
fn finish_number(s: &Spec, negative: bool, prefix: &str, digits: &str, rest: &str, group_size: usize) -> PyResult<String> {
    let sign = if negative {
        "-"
    } else {
        match s.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let align = s.align.unwrap_or('>');
    let zero_fill = align == '=' && s.fill == '0';
    let body = match s.grouping {
        Some(sep) if !digits.is_empty() => {
            let min = if zero_fill {
                s.width.saturating_sub(sign.len() + prefix.len() + rest.chars().count())
            } else {
                0
            };
            group(digits, sep, group_size, min)?
        }
        _ => digits.to_string(),
    };
    let len = sign.len() + prefix.len() + body.len() + rest.chars().count();
    if align == '=' {
        let fill = s.width.saturating_sub(len);
        let bytes = fill.checked_mul(s.fill.len_utf8()).and_then(|f| f.checked_add(len + rest.len())).ok_or_else(PyErr::memory)?;
        let mut out = crate::reserve::string(bytes)?;
        out.push_str(sign);
        out.push_str(prefix);
        push_fill(&mut out, s.fill, fill);
        out.push_str(&body);
        out.push_str(rest);
        return Ok(out);
    }
    pad(&format!("{sign}{prefix}{body}{rest}"), s.fill, align, s.width)
}

/// `format(n, spec)` for an int (`type_name` is "int" or "bool").
pub fn format_int(v: IntRef, spec: &str, type_name: &str) -> PyResult<String> {
    if spec.is_empty() {
        return int::to_decimal(v);
    }
    let s = parse(spec, type_name, '>', None)?;
    let ty = s.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return float_with(int::to_float(v)?, &s, type_name);
    }
    if !matches!(ty, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') {
        return Err(unknown_code(ty, type_name));
    }
    if s.precision.is_some() {
        return Err(PyErr::value("Precision not allowed in integer format specifier"));
    }
    if s.no_neg_zero {
        return Err(PyErr::value("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if ty == 'c' {
        if s.sign.is_some() {
            return Err(PyErr::value("Sign not allowed with integer format specifier 'c'"));
        }
        if s.alt {
            return Err(PyErr::value("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let c = v
            .to_i64()
            .and_then(|c| u32::try_from(c).ok())
            .and_then(char::from_u32)
            .ok_or_else(|| PyErr::overflow("%c arg not in range(0x110000)"))?;
        return finish_number(&s, false, "", "", &c.to_string(), 3);
    }
    let negative = int::cmp(v, IntRef::Small(0)).is_lt();
    let magnitude = int::abs(v);
    let m = magnitude.as_ref();
    let (prefix, digits, group_size) = match ty {
        'b' => ("0b", radix_digits(m, 2), 4),
        'o' => ("0o", radix_digits(m, 8), 4),
        'x' => ("0x", radix_digits(m, 16), 4),
        'X' => ("0X", radix_digits(m, 16).to_ascii_uppercase(), 4),
        _ => ("", int::to_decimal(m)?, 3),
    };
    let prefix = if s.alt { prefix } else { "" };
    finish_number(&s, negative, prefix, &digits, "", group_size)
}

fn radix_digits(v: IntRef, radix: u32) -> String {
    match v {
        IntRef::Small(n) => match radix {
            2 => format!("{n:b}"),
            8 => format!("{n:o}"),
            _ => format!("{n:x}"),
        },
        IntRef::Big(b) => b.to_str_radix(radix),
    }
}

/// `format(b, spec)` for a bool: `str(b)` for an empty spec, else formatted as the int 0/1.
pub fn format_bool(b: bool, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(if b { "True" } else { "False" }.to_string());
    }
    format_int(IntRef::Small(i64::from(b)), spec, "bool")
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(float_repr::repr(x));
    }
    float_with(x, &parse(spec, "float", '>', None)?, "float")
}

fn float_with(x: f64, s: &Spec, type_name: &str) -> PyResult<String> {
    let ty = s.ty;
    if !matches!(ty, None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) {
        return Err(unknown_code(ty.unwrap_or('?'), type_name));
    }
    // CPython formats floats through C ints: a larger precision is refused before anything else.
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(PyErr::value("precision too big"));
    }
    let val = if ty == Some('%') { x * 100.0 } else { x };
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut negative = val.is_sign_negative() && !val.is_nan();
    if !val.is_finite() {
        let text = match (val.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        let rest = if ty == Some('%') { format!("{text}%") } else { text.to_string() };
        return finish_number(s, negative, "", "", &rest, 3);
    }
    let a = val.abs();
    let mut text = match ty {
        None => match s.precision {
            None => float_repr::repr(a),
            Some(p) => general(a, p.max(1), s.alt, true, false),
        },
        Some('e' | 'E') => {
            let p = s.precision.unwrap_or(6);
            let (digits, exp) = float_repr::digits(a, Some(p + 1));
            let mut out = String::new();
            float_repr::push_exponent_form(&mut out, &digits, exp, upper);
            if p == 0 && s.alt {
                out.insert(1, '.');
            }
            out
        }
        Some('f' | 'F' | '%') => {
            let p = s.precision.unwrap_or(6);
            let mut out = format!("{a:.p$}");
            if p == 0 && s.alt {
                out.push('.');
            }
            out
        }
        _ => general(a, s.precision.unwrap_or(6).max(1), s.alt, false, upper),
    };
    if s.no_neg_zero && negative && !text.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        negative = false;
    }
    if ty == Some('%') {
        text.push('%');
    }
    let split = text.find(['.', 'e', 'E', '%']).unwrap_or(text.len());
    let (digits, rest) = text.split_at(split);
    finish_number(s, negative, "", digits, rest, 3)
}

/// The `g` presentation of a finite `a >= 0` with `p` significant digits. `add_dot_0` is the
/// no-type-code variant: exponent form one digit earlier and always a fractional part.
fn general(a: f64, p: usize, alt: bool, add_dot_0: bool, upper: bool) -> String {
    let (mut digits, exp) = float_repr::digits(a, Some(p));
    if !alt {
        let kept = digits.trim_end_matches('0').len().max(1);
        digits.truncate(kept);
    }
    let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
    let mut out = String::new();
    if exp < -4 || exp >= limit {
        float_repr::push_exponent_form(&mut out, &digits, exp, upper);
        if alt && digits.len() == 1 {
            out.insert(1, '.');
        }
    } else {
        float_repr::push_fixed_form(&mut out, &digits, exp);
        if !out.contains('.') && (alt || add_dot_0) {
            out.push('.');
            if add_dot_0 {
                out.push('0');
            }
        }
    }
    out
}

/// `format(s, spec)` for a str.
pub fn format_str(text: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(text.to_string());
    }
    let s = parse(spec, "str", '<', Some('s'))?;
    if let Some(ty) = s.ty.filter(|&t| t != 's') {
        return Err(unknown_code(ty, "str"));
    }
    if s.sign.is_some() {
        return Err(PyErr::value("Sign not allowed in string format specifier"));
    }
    if s.no_neg_zero {
        return Err(PyErr::value("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if s.alt {
        return Err(PyErr::value("Alternate form (#) not allowed in string format specifier"));
    }
    if s.align == Some('=') {
        return Err(PyErr::value("'=' alignment not allowed in string format specifier"));
    }
    let content = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    pad(&content, s.fill, s.align.unwrap_or('<'), s.width)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, spec: &str) -> String {
        format_float(x, spec).unwrap_or_else(|e| format!("{:?}: {}", e.kind, e.msg))
    }

    fn i(v: i64, spec: &str) -> String {
        format_int(IntRef::Small(v), spec, "int").unwrap_or_else(|e| format!("{:?}: {}", e.kind, e.msg))
    }

    fn s(v: &str, spec: &str) -> String {
        format_str(v, spec).unwrap_or_else(|e| format!("{:?}: {}", e.kind, e.msg))
    }

    #[test]
    fn floats_match_cpython() {
        let cases: &[(f64, &str, &str)] = &[
            (12.34567, ">8.3f", "  12.346"),
            (1234.5678, ".2e", "1.23e+03"),
            (1.0, "g", "1"),
            (0.0001, "g", "0.0001"),
            (0.00001, "g", "1e-05"),
            (123456789.0, "g", "1.23457e+08"),
            (123456.0, "g", "123456"),
            (1234567.0, "g", "1.23457e+06"),
            (-0.0, "g", "-0"),
            (1.0, "#g", "1.00000"),
            (0.5, "%", "50.000000%"),
            (1234.5678, ".2%", "123456.78%"),
            (1.0, ".3", "1.0"),
            (1e20, ".3", "1e+20"),
            (1e16, ".17", "1e+16"),
            (100.0, ".2", "1e+02"),
            (123456789.0, ".3", "1.23e+08"),
            (0.125, ".2f", "0.12"),
            (2.5, ".0f", "2"),
            (2.5, "#.0f", "2."),
            (1.5, ".0e", "2e+00"),
            (1.5, "#.0e", "2.e+00"),
            (-0.0, "z.1f", "0.0"),
            (-0.001, "z.1f", "0.0"),
            (123.0, "10", "     123.0"),
            (1234.5, "_", "1_234.5"),
            (1234.5, "012,.1f", "00,001,234.5"),
            (1.5, ",.2f", "1.50"),
            (3.25, "08.3", "00003.25"),
            (-3.25, "=8", "-   3.25"),
            (f64::INFINITY, "010", "0000000inf"),
            (f64::INFINITY, "F", "INF"),
            (f64::INFINITY, "=+10", "+      inf"),
            (f64::NAN, "+f", "+nan"),
            (-f64::NAN, "f", "nan"),
            (1e22, ",", "1e+22"),
            (123456.0, "_g", "123_456"),
            (1.23456789e-7, "", "1.23456789e-07"),
            (1.5, "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
            (1.5, "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        ];
        for &(x, spec, want) in cases {
            assert_eq!(f(x, spec), want, "format({x:?}, {spec:?})");
        }
    }

    #[test]
    fn ints_match_cpython() {
        let cases: &[(i64, &str, &str)] = &[
            (42, "05d", "00042"),
            (-42, "05d", "-0042"),
            (255, "x", "ff"),
            (255, "X", "FF"),
            (255, "#X", "0XFF"),
            (8, "#o", "0o10"),
            (5, "#b", "0b101"),
            (1234567, ",", "1,234,567"),
            (1234, "08,", "0,001,234"),
            (1234, "09,", "0,001,234"),
            (-1234, "010,", "-0,001,234"),
            (1234, "0=10,", "00,001,234"),
            (1234, "x=10,", "xxxxx1,234"),
            (1234, "0<10,", "1,23400000"),
            (255, "#010_x", "0x000_00ff"),
            (-255, "#010x", "-0x00000ff"),
            (12345678, "_x", "bc_614e"),
            (255, "#_b", "0b1111_1111"),
            (123, "^9", "   123   "),
            (3, "<<5", "3<<<<"),
            (3, " 05", " 0003"),
            (1, "+", "+1"),
            (-1, " ", "-1"),
            (3, "00", "3"),
            (65, "c", "A"),
            (1, "%", "100.000000%"),
            (1, ".2f", "1.00"),
            (12345, "e", "1.234500e+04"),
            (-1, "c", "OverflowError: %c arg not in range(0x110000)"),
            (65, "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
            (1, ".2d", "ValueError: Precision not allowed in integer format specifier"),
            (1, ",x", "ValueError: Cannot specify ',' with 'x'."),
            (1, ",,", "ValueError: Cannot specify ',' with ','."),
            (1, ",_", "ValueError: Cannot specify both ',' and '_'."),
            (1, "_n", "ValueError: Cannot specify '_' with 'n'."),
            (1, "q", "ValueError: Unknown format code 'q' for object of type 'int'"),
            (1, "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
            (1, "5..", "ValueError: Format specifier missing precision"),
            (1, "1000000000000000000000", "ValueError: Too many decimal digits in format string"),
            (1, "z", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(i(v, spec), want, "format({v}, {spec:?})");
        }
        let big: num_bigint::BigInt = "10000000000000000000000000".parse().expect("literal");
        assert_eq!(format_int(IntRef::Big(&big), ",d", "int").unwrap(),
            "10,000,000,000,000,000,000,000,000");
    }

    #[test]
    fn strs_and_bools_match_cpython() {
        assert_eq!(s("ab", "*^7"), "**ab***");
        assert_eq!(s("ab", "05"), "ab000");
        assert_eq!(s("abcdef", ".3"), "abc");
        assert_eq!(s("é", "^5"), "  é  ");
        assert_eq!(s("a", ","), "ValueError: Cannot specify ',' with 's'.");
        assert_eq!(s("a", "+"), "ValueError: Sign not allowed in string format specifier");
        assert_eq!(s("a", "=5"), "ValueError: '=' alignment not allowed in string format specifier");
        assert_eq!(s("a", "#"), "ValueError: Alternate form (#) not allowed in string format specifier");
        assert_eq!(s("a", "d"), "ValueError: Unknown format code 'd' for object of type 'str'");
        assert_eq!(format_bool(true, "").unwrap(), "True");
        assert_eq!(format_bool(true, ">5").unwrap(), "    1");
        assert_eq!(format_bool(true, "d").unwrap(), "1");
        assert_eq!(format_bool(true, "q").unwrap_err().msg,
            "Unknown format code 'q' for object of type 'bool'");
    }
}
