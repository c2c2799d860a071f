//! Python `float` operations that are more than one machine instruction: floor division and
//! modulo, `**`, `round()` and `float(str)`, with CPython's special cases and messages.

#![forbid(unsafe_code)]

use num_bigint::BigInt;
use num_traits::One;

use crate::errors::{PyErr, PyResult};
use crate::int::{self, Int};

/// `x // y` (CPython's `float_floor_div`).
pub fn floordiv(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(PyErr::zero_div("float floor division by zero"));
    }
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && (y < 0.0) != (m < 0.0) {
        div -= 1.0;
    }
    if div == 0.0 {
        return Ok((0.0f64).copysign(x / y));
    }
    let mut floor = div.floor();
    if div - floor > 0.5 {
        floor += 1.0;
    }
    Ok(floor)
}

/// `x % y`, with the sign of `y` (CPython's `float_rem`).
pub fn modulo(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(PyErr::zero_div("float modulo"));
    }
    let m = x % y;
    if m == 0.0 {
        return Ok((0.0f64).copysign(y));
    }
    Ok(if (y < 0.0) != (m < 0.0) { m + y } else { m })
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.floor() == x && (x % 2.0).abs() == 1.0
}

/// `x ** y` (CPython's `float_pow`). A negative base with a fractional exponent has a complex
/// result in Python, which compiled code cannot represent yet.
pub fn pow(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    let y_odd = is_odd_integer(y);
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        return Ok(match (y > 0.0, y_odd) {
            (true, true) => x,
            (true, false) => x.abs(),
            (false, true) => (0.0f64).copysign(x),
            (false, false) => 0.0,
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(PyErr::zero_div("0.0 cannot be raised to a negative power"));
        }
        return Ok(if y_odd { x } else { 0.0 });
    }
    let mut negate = false;
    let mut base = x;
    if x < 0.0 {
        if y.floor() != y {
            return Err(PyErr::value(
                "negative number cannot be raised to a fractional power \
                 (the result is complex, which mesapyc does not support yet)",
            ));
        }
        base = -x;
        negate = y_odd;
    }
    let r = if base == 1.0 { 1.0 } else { base.powf(y) };
    if r.is_infinite() {
        return Err(PyErr::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

/// `round(x)`: nearest integer, ties to even.
pub fn round(x: f64) -> PyResult<Int> {
    int::from_float(x.round_ties_even())
}

/// The exact value of a finite `x`: `(negative, m, e)` with `|x| = m * 2^e`.
fn decompose(x: f64) -> (bool, u64, i32) {
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    if exp_bits == 0 {
        (negative, frac, -1074)
    } else {
        (negative, frac | (1 << 52), exp_bits - 1075)
    }
}

/// `round(x, n)`: `x` rounded to `n` decimal places, correctly rounded, ties to even on the exact
/// binary value (what CPython's dtoa-based `double_round` computes).
pub fn round_n(x: f64, n: i64) -> PyResult<f64> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if n > NDIGITS_MAX || !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if n < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (negative, m, e) = decompose(x);
    let two_pow = |k: i32| -> BigInt { BigInt::one() << k.max(0) as usize };
    let ten_pow = |k: i64| -> BigInt { num_traits::pow(BigInt::from(10), k as usize) };
    let (num, den) = if n >= 0 {
        (BigInt::from(m) * ten_pow(n) * two_pow(e), two_pow(-e))
    } else {
        (BigInt::from(m) * two_pow(e), ten_pow(-n) * two_pow(-e))
    };
    let q = int::round_half_even(&num, &den);
    let text = format!("{}{q}e{}", if negative { "-" } else { "" }, -n);
    // A digit string with an exponent always parses; the result is the nearest double.
    let r: f64 = text.parse().unwrap_or(f64::NAN);
    if r.is_infinite() {
        return Err(PyErr::overflow("rounded value too large to represent"));
    }
    Ok(r)
}

/// `float(s)`: Python's float literal grammar (with `_` between digits and Unicode decimal
/// digits), `inf`/`infinity`/`nan` in any case, surrounding whitespace.
pub fn parse(s: &str) -> PyResult<f64> {
    let invalid = || {
        PyErr::value(format!("could not convert string to float: {}", crate::str_ops::repr(s)))
    };
    let body: String = s
        .trim_matches(crate::unicode::is_space)
        .chars()
        .map(|c| match crate::unicode::decimal_value(c) {
            Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
            _ => c,
        })
        .collect();
    let unsigned = body.strip_prefix(['+', '-']).unwrap_or(&body);
    let lower = unsigned.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        let v = if lower == "nan" { f64::NAN } else { f64::INFINITY };
        return Ok(if body.starts_with('-') { -v } else { v });
    }
    if !is_float_literal(unsigned.as_bytes()) {
        return Err(invalid());
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    clean.parse().map_err(|_| invalid())
}

/// `digits [. [digits]] | . digits`, then an optional exponent; `_` only between digits.
fn is_float_literal(s: &[u8]) -> bool {
    fn digit_part(s: &[u8], i: &mut usize) -> bool {
        let start = *i;
        while *i < s.len() {
            let underscore_between_digits =
                s[*i] == b'_' && *i > start && s.get(*i + 1).is_some_and(u8::is_ascii_digit);
            if !(s[*i].is_ascii_digit() || underscore_between_digits) {
                break;
            }
            *i += 1;
        }
        *i > start
    }
    let mut i = 0;
    let int_part = digit_part(s, &mut i);
    let mut frac_part = false;
    if s.get(i) == Some(&b'.') {
        i += 1;
        frac_part = digit_part(s, &mut i);
    }
    if !int_part && !frac_part {
        return false;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(s.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digit_part(s, &mut i) {
            return false;
        }
    }
    i == s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_division_and_modulo() {
        assert_eq!(floordiv(-7.5, 2.0).unwrap(), -4.0);
        assert_eq!(modulo(7.5, -2.0).unwrap(), -0.5);
        assert!(modulo(-0.0, 5.0).unwrap().is_sign_positive());
        assert!(floordiv(0.0, -1.0).unwrap().is_sign_negative());
        assert_eq!(floordiv(1.0, 0.0).unwrap_err().msg, "float floor division by zero");
        assert_eq!(modulo(1.0, 0.0).unwrap_err().msg, "float modulo");
    }

    #[test]
    fn powers() {
        assert_eq!(pow(-2.0, 3.0).unwrap(), -8.0);
        assert_eq!(pow(0.0, 0.0).unwrap(), 1.0);
        assert_eq!(pow(2.0, 0.5).unwrap(), 2f64.sqrt());
        assert_eq!(pow(f64::INFINITY, 2.0).unwrap(), f64::INFINITY);
        assert_eq!(pow(0.0, -1.0).unwrap_err().msg, "0.0 cannot be raised to a negative power");
        assert_eq!(pow(10.0, 400.0).unwrap_err().msg, "(34, 'Numerical result out of range')");
        assert!(pow(-8.0, 0.5).is_err());
    }

    #[test]
    fn rounding() {
        assert_eq!(round(2.5).unwrap(), Int::Small(2));
        assert_eq!(round(-0.5).unwrap(), Int::Small(0));
        assert_eq!(round_n(2.675, 2).unwrap(), 2.67);
        assert_eq!(round_n(0.125, 2).unwrap(), 0.12);
        assert_eq!(round_n(1234.5, -2).unwrap(), 1200.0);
        assert_eq!(round_n(5e-324, 400).unwrap(), 5e-324);
        assert!(round_n(-1.5, -400).unwrap().is_sign_negative());
        assert!(round_n(-0.1, 0).unwrap().is_sign_negative());
        assert_eq!(round_n(1.7976931348623157e308, -308).unwrap_err().msg,
            "rounded value too large to represent");
        assert_eq!(round(f64::NAN).unwrap_err().msg, "cannot convert float NaN to integer");
    }

    #[test]
    fn parsing() {
        assert_eq!(parse(" 1_0.5 ").unwrap(), 10.5);
        assert_eq!(parse(".5").unwrap(), 0.5);
        assert_eq!(parse("5.").unwrap(), 5.0);
        assert_eq!(parse("-iNF").unwrap(), f64::NEG_INFINITY);
        assert_eq!(parse("infinity").unwrap(), f64::INFINITY);
        assert!(parse("nan").unwrap().is_nan());
        assert_eq!(parse("٣.٥").unwrap(), 3.5);
        assert_eq!(parse("1e5").unwrap(), 100000.0);
        for bad in ["1e", "1_e5", "1e_5", " ", "abc", "1__0", "0x10", "."] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert_eq!(parse("abc").unwrap_err().msg, "could not convert string to float: 'abc'");
    }
}

/// The C library's function number `op` of `x`, for the `math` shim: 0 sqrt, 1 exp, 2 log,
/// 3 sin, 4 cos, 5 tan, 6 floor, 7 ceil, 8 fabs, 9 log10, 10 log2, 11 atan, 12 asin, 13 acos.
pub fn math1(op: i64, x: f64) -> f64 {
    match op {
        0 => x.sqrt(),
        1 => x.exp(),
        2 => x.ln(),
        3 => x.sin(),
        4 => x.cos(),
        5 => x.tan(),
        6 => x.floor(),
        7 => x.ceil(),
        8 => x.abs(),
        9 => x.log10(),
        10 => x.log2(),
        11 => x.atan(),
        12 => x.asin(),
        _ => x.acos(),
    }
}

/// Function number `op` of `x` and `y`: 0 pow, 1 atan2, 2 hypot, 3 fmod.
pub fn math2(op: i64, x: f64, y: f64) -> f64 {
    match op {
        0 => x.powf(y),
        1 => x.atan2(y),
        2 => x.hypot(y),
        _ => x % y,
    }
}
