//! `repr(float)` as CPython prints it, and the decimal digit strings other float formatting uses.
//!
//! Rust's `{:e}` already yields the shortest digit string that round-trips and `{:.Ne}` a
//! correctly rounded one; this module only lays those digits out by CPython's rules.

#![forbid(unsafe_code)]

/// The decimal digits of a finite, non-negative `x` with its exponent: `x ≈ 0.d1d2d3... * 10^(exp+1)`,
/// i.e. `d1.d2d3... * 10^exp`. `precision` is `None` for the shortest round-trip digits, or the
/// number of significant digits wanted (at least 1), correctly rounded.
pub fn digits(x: f64, precision: Option<usize>) -> (String, i32) {
    let s = match precision {
        None => format!("{x:e}"),
        Some(p) => format!("{:.*e}", p.max(1) - 1, x),
    };
    // Rust prints `d[.ddd]e[-]N`; both parts are always present for finite values.
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// `repr(x)`: shortest round-trip digits, exponent form when `exp < -4` or `exp >= 16`.
pub fn repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let (digits, exp) = self::digits(x.abs(), None);
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    if !(-4..16).contains(&exp) {
        push_exponent_form(&mut out, &digits, exp, false);
    } else {
        push_fixed_form(&mut out, &digits, exp);
        if !out.contains('.') {
            out.push_str(".0");
        }
    }
    out
}

/// `d[.ddd]e±XX` with at least two exponent digits.
pub fn push_exponent_form(out: &mut String, digits: &str, exp: i32, upper: bool) {
    out.push_str(&digits[..1]);
    if digits.len() > 1 {
        out.push('.');
        out.push_str(&digits[1..]);
    }
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", exp.unsigned_abs()));
}

/// The digits placed around a decimal point; no point when there is no fractional digit.
pub fn push_fixed_form(out: &mut String, digits: &str, exp: i32) {
    if exp < 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-exp - 1) as usize));
        out.push_str(digits);
        return;
    }
    let int_len = exp as usize + 1;
    if digits.len() <= int_len {
        out.push_str(digits);
        out.extend(std::iter::repeat_n('0', int_len - digits.len()));
    } else {
        out.push_str(&digits[..int_len]);
        out.push('.');
        out.push_str(&digits[int_len..]);
    }
}

#[cfg(test)]
mod tests {
    use super::repr;

    #[test]
    fn repr_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (1.5e-5, "1.5e-05"),
            (0.0001, "0.0001"),
            (1.5, "1.5"),
            (100.0, "100.0"),
            (1e22, "1e+22"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (0.1 + 0.2, "0.30000000000000004"),
            (123456789012345.6, "123456789012345.6"),
            (-2.5e-7, "-2.5e-07"),
        ];
        for &(x, want) in cases {
            assert_eq!(repr(x), want, "repr({x:?})");
        }
    }
}
