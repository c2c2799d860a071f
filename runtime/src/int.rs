//! Python `int`: the tagged-word representation and every operation's slow path.
//!
//! A small int `v` (`-2^62 <= v < 2^62`) travels as the word `(v << 1) | 1`; anything else is a
//! heap big int. The functions here work on [`IntRef`] (a borrowed operand) and return [`Int`],
//! which is normalised: `Int::Big` never holds a value that fits a small int. The ABI layer boxes
//! an `Int::Big` into a heap object.

#![forbid(unsafe_code)]

use std::borrow::Cow;
use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use crate::errors::{PyErr, PyResult};

pub const SMALL_MIN: i64 = -(1 << 62);
pub const SMALL_MAX: i64 = (1 << 62) - 1;

/// CPython 3.11's limit on decimal conversions of ints (`sys.get_int_max_str_digits()`).
pub const MAX_STR_DIGITS: usize = 4300;

/// Whether `v` is stored inline in a tagged word.
pub fn fits(v: i64) -> bool {
    (SMALL_MIN..=SMALL_MAX).contains(&v)
}

/// The tagged word of a small int; `v` must fit.
pub fn tag(v: i64) -> u64 {
    debug_assert!(fits(v));
    ((v << 1) | 1) as u64
}

/// Whether the word holds a small int inline.
pub fn is_small(w: u64) -> bool {
    w & 1 == 1
}

/// The value of a small-int word.
pub fn untag(w: u64) -> i64 {
    (w as i64) >> 1
}

/// An int operand: inline or a borrowed big int.
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// An int result, normalised: `Big` only when the value does not fit a small int.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

impl Int {
    pub fn from_i128(v: i128) -> Int {
        match i64::try_from(v) {
            Ok(v) if fits(v) => Int::Small(v),
            _ => Int::Big(BigInt::from(v)),
        }
    }

    pub fn from_big(b: BigInt) -> Int {
        match b.to_i64() {
            Some(v) if fits(v) => Int::Small(v),
            _ => Int::Big(b),
        }
    }

    pub fn as_ref(&self) -> IntRef<'_> {
        match self {
            Int::Small(v) => IntRef::Small(*v),
            Int::Big(b) => IntRef::Big(b),
        }
    }
}

impl<'a> IntRef<'a> {
    fn big(self) -> Cow<'a, BigInt> {
        match self {
            IntRef::Small(v) => Cow::Owned(BigInt::from(v)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }

    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    fn is_zero(self) -> bool {
        match self {
            IntRef::Small(v) => v == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    /// The value as an `i64` when it has one (a normalised big int may still fit an i64).
    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(v) => Some(v),
            IntRef::Big(b) => b.to_i64(),
        }
    }
}

/// Applies `small` to two inline operands (exact in i128) or `big` otherwise.
fn binary(
    a: IntRef,
    b: IntRef,
    small: impl FnOnce(i128, i128) -> i128,
    big: impl FnOnce(&BigInt, &BigInt) -> BigInt,
) -> Int {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => Int::from_i128(small(x.into(), y.into())),
        _ => Int::from_big(big(&a.big(), &b.big())),
    }
}

pub fn add(a: IntRef, b: IntRef) -> Int {
    binary(a, b, |x, y| x + y, |x, y| x + y)
}

pub fn sub(a: IntRef, b: IntRef) -> Int {
    binary(a, b, |x, y| x - y, |x, y| x - y)
}

pub fn mul(a: IntRef, b: IntRef) -> Int {
    binary(a, b, |x, y| x * y, |x, y| x * y)
}

/// CPython 3.11 words the two differently: `//` and `divmod` say "division or modulo", `%` only
/// "modulo".
fn check_divisor(b: IntRef, msg: &str) -> PyResult<()> {
    if b.is_zero() {
        return Err(PyErr::zero_div(msg));
    }
    Ok(())
}

/// `a // b`, rounding toward negative infinity.
pub fn floordiv(a: IntRef, b: IntRef) -> PyResult<Int> {
    check_divisor(b, "integer division or modulo by zero")?;
    Ok(binary(a, b, |x, y| Integer::div_floor(&x, &y), |x, y| x.div_floor(y)))
}

/// `a % b`, with the sign of `b`.
pub fn modulo(a: IntRef, b: IntRef) -> PyResult<Int> {
    check_divisor(b, "integer modulo by zero")?;
    Ok(binary(a, b, |x, y| Integer::mod_floor(&x, &y), |x, y| x.mod_floor(y)))
}

/// Compares an int with a float exactly, as CPython does; `None` when the float is NaN.
pub fn cmp_float(a: IntRef, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    if let IntRef::Small(v) = a {
        if v.unsigned_abs() <= 1 << 53 {
            return (v as f64).partial_cmp(&f);
        }
    }
    // floor(f) is an integer an f64 holds exactly; compare with it, then with the fraction.
    let floor = f.floor();
    let floor_int = BigInt::from_f64(floor)?;
    Some(match a.big().as_ref().cmp(&floor_int) {
        Ordering::Equal if f > floor => Ordering::Less,
        other => other,
    })
}

pub fn neg(a: IntRef) -> Int {
    match a {
        IntRef::Small(v) => Int::from_i128(-i128::from(v)),
        IntRef::Big(b) => Int::from_big(-b),
    }
}

pub fn invert(a: IntRef) -> Int {
    match a {
        IntRef::Small(v) => Int::from_i128(!i128::from(v)),
        IntRef::Big(b) => Int::from_big(!b),
    }
}

pub fn abs(a: IntRef) -> Int {
    match a {
        IntRef::Small(v) => Int::from_i128(i128::from(v).abs()),
        IntRef::Big(b) => Int::from_big(b.abs()),
    }
}

pub fn and(a: IntRef, b: IntRef) -> Int {
    binary(a, b, |x, y| x & y, |x, y| x & y)
}

pub fn or(a: IntRef, b: IntRef) -> Int {
    binary(a, b, |x, y| x | y, |x, y| x | y)
}

pub fn xor(a: IntRef, b: IntRef) -> Int {
    binary(a, b, |x, y| x ^ y, |x, y| x ^ y)
}

/// A shift count: negative counts are an error, huge ones saturate.
fn shift_count(n: IntRef) -> PyResult<u64> {
    if n.is_negative() {
        return Err(PyErr::value("negative shift count"));
    }
    Ok(n.big().to_u64().unwrap_or(u64::MAX))
}

pub fn lshift(a: IntRef, n: IntRef) -> PyResult<Int> {
    let n = shift_count(n)?;
    if a.is_zero() {
        return Ok(Int::Small(0));
    }
    if let IntRef::Small(v) = a {
        if n < 64 {
            return Ok(Int::from_i128(i128::from(v) << n));
        }
    }
    // CPython refuses results whose digit count overflows its size type; mirror that for counts
    // that could never be allocated.
    let n = usize::try_from(n)
        .ok()
        .filter(|&n| n <= (isize::MAX as usize) / 4)
        .ok_or_else(|| PyErr::overflow("too many digits in integer"))?;
    Ok(Int::from_big(a.big().into_owned() << n))
}

pub fn rshift(a: IntRef, n: IntRef) -> PyResult<Int> {
    let n = shift_count(n)?;
    if let IntRef::Small(v) = a {
        return Ok(Int::Small(v >> n.min(63)));
    }
    let b = a.big();
    if n >= b.bits() {
        return Ok(Int::Small(if b.is_negative() { -1 } else { 0 }));
    }
    // `>>` on a negative BigInt rounds toward negative infinity, like Python; the check above
    // bounds n by the bit length, so it fits usize.
    Ok(Int::from_big(b.into_owned() >> n as usize))
}

pub fn cmp(a: IntRef, b: IntRef) -> Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
        _ => a.big().cmp(&b.big()),
    }
}

/// `a ** b` for `b >= 0`; a negative exponent would need a float result.
pub fn pow(a: IntRef, b: IntRef) -> PyResult<Int> {
    if b.is_negative() {
        return Err(PyErr::value(
            "negative exponent: mesapyc computes int ** int only for exponents >= 0; \
             write float(x) ** y for a float result",
        ));
    }
    match a.to_i64() {
        Some(0) => return Ok(Int::Small(if b.is_zero() { 1 } else { 0 })),
        Some(1) => return Ok(Int::Small(1)),
        Some(-1) => {
            let odd = b.big().is_odd();
            return Ok(Int::Small(if odd { -1 } else { 1 }));
        }
        _ => {}
    }
    let exp = b
        .to_i64()
        .and_then(|e| u32::try_from(e).ok())
        .ok_or_else(PyErr::memory)?;
    if let IntRef::Small(x) = a {
        if let Some(r) = i128::from(x).checked_pow(exp) {
            return Ok(Int::from_i128(r));
        }
    }
    Ok(Int::from_big(num_traits::pow(a.big().into_owned(), exp as usize)))
}

/// `pow(a, b, m)`, including modular inverses for negative `b`.
pub fn pow_mod(a: IntRef, b: IntRef, m: IntRef) -> PyResult<Int> {
    if m.is_zero() {
        return Err(PyErr::value("pow() 3rd argument cannot be 0"));
    }
    let m = m.big();
    let mut base = a.big().into_owned();
    let mut exp = b.big().into_owned();
    if exp.is_negative() {
        base = mod_inverse(&base, &m.abs())
            .ok_or_else(|| PyErr::value("base is not invertible for the given modulus"))?;
        exp = -exp;
    }
    Ok(Int::from_big(base.modpow(&exp, &m)))
}

/// The inverse of `a` modulo `m > 0`, if `gcd(a, m) == 1`.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let e = a.mod_floor(m).extended_gcd(m);
    e.gcd.is_one().then(|| e.x.mod_floor(m))
}

/// `a / b`, correctly rounded (CPython's `long_true_divide`).
pub fn truediv(a: IntRef, b: IntRef) -> PyResult<f64> {
    if b.is_zero() {
        return Err(PyErr::zero_div("division by zero"));
    }
    const EXACT: i64 = 1 << 53;
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if x.abs() <= EXACT && y.abs() <= EXACT {
            return Ok(x as f64 / y as f64);
        }
    }
    let negative = a.is_negative() != b.is_negative();
    let (n, d) = (a.big().magnitude().clone(), b.big().magnitude().clone());
    if n.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    const MANT: i64 = f64::MANTISSA_DIGITS as i64; // 53
    let diff = n.bits() as i64 - d.bits() as i64;
    if diff > f64::MAX_EXP as i64 + 1 {
        return Err(PyErr::overflow("integer division result too large for a float"));
    }
    if diff < f64::MIN_EXP as i64 - MANT - 2 {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the quotient has MANT + 2 or MANT + 3 bits (fewer for subnormal results), with a
    // sticky bit for a non-zero remainder, then round that to the precision the result has.
    let shift = diff.max(f64::MIN_EXP as i64) - MANT - 2;
    let (q, r) = if shift >= 0 {
        n.div_rem(&(d << shift as usize))
    } else {
        (n << (-shift) as usize).div_rem(&d)
    };
    // The scaling bounds q below 2^(MANT + 3), so it fits a u64.
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    if !r.is_zero() {
        q |= 1;
    }
    let q_bits = 64 - i64::from(q.leading_zeros());
    let extra = (q_bits.max(f64::MIN_EXP as i64 - shift) - MANT).max(0);
    if extra > 0 {
        let half = 1u64 << (extra - 1);
        let low = q & ((1u64 << extra) - 1);
        q >>= extra;
        if low > half || (low == half && q & 1 == 1) {
            q += 1;
        }
    }
    let x = ldexp(q as f64, shift + extra);
    if x.is_infinite() {
        return Err(PyErr::overflow("integer division result too large for a float"));
    }
    Ok(if negative { -x } else { x })
}

/// `x * 2^e` for an `x` whose result is exactly representable (or overflows).
fn ldexp(x: f64, e: i64) -> f64 {
    let e = e.clamp(-2200, 2200) as i32;
    let half = e / 2;
    x * 2f64.powi(half) * 2f64.powi(e - half)
}

/// `float(n)`.
pub fn to_float(a: IntRef) -> PyResult<f64> {
    match a {
        IntRef::Small(v) => Ok(v as f64),
        IntRef::Big(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(PyErr::overflow("int too large to convert to float")),
        },
    }
}

/// `int(x)` for a float: truncates toward zero.
pub fn from_float(x: f64) -> PyResult<Int> {
    if x.is_nan() {
        return Err(PyErr::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 4.0e18 {
        return Ok(Int::from_i128(t as i128));
    }
    // A finite float converts exactly.
    Ok(Int::from_big(BigInt::from_f64(t).unwrap_or_default()))
}

/// `round(n, ndigits)`: rounds to a multiple of `10^-ndigits`, ties to even.
pub fn round(n: IntRef, ndigits: IntRef) -> Int {
    if !ndigits.is_negative() {
        return Int::from_big(n.big().into_owned());
    }
    // 10^k exceeds any int with fewer than k digits: such counts round everything to 0.
    let k = ndigits.to_i64().map_or(u64::MAX, |d| d.unsigned_abs());
    if k > n.big().bits() {
        return Int::Small(0);
    }
    let p = num_traits::pow(BigInt::from(10), k as usize);
    Int::from_big(round_half_even(&n.big(), &p) * p)
}

/// `num / den` rounded to the nearest integer, ties to even; `den > 0`.
pub fn round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    let twice: BigInt = r << 1;
    match twice.cmp(den) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    }
}

/// `str(n)`, with CPython's limit on decimal digits.
pub fn to_decimal(a: IntRef) -> PyResult<String> {
    match a {
        IntRef::Small(v) => Ok(v.to_string()),
        IntRef::Big(b) => {
            // bits * log10(2) bounds the digit count from above; only check when close.
            if b.bits() > (MAX_STR_DIGITS as u64) * 3 {
                let s = b.to_string();
                let digits = s.len() - usize::from(b.is_negative());
                if digits > MAX_STR_DIGITS {
                    return Err(too_many_digits_for_str());
                }
                return Ok(s);
            }
            Ok(b.to_string())
        }
    }
}

pub(crate) fn too_many_digits_for_str() -> PyErr {
    PyErr::value(format!(
        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The value of a decimal literal's digits (as the compiler emits big literals).
pub fn from_decimal(digits: &[u8]) -> Option<Int> {
    let clean: Vec<u8> = digits.iter().copied().filter(|&c| c != b'_').collect();
    BigInt::parse_bytes(&clean, 10).map(Int::from_big)
}

/// `int(s, base)` with CPython's rules: surrounding whitespace, a sign, a prefix for bases
/// 0/2/8/16, single `_` between digits, Unicode decimal digits.
pub fn parse(s: &str, base: i64) -> PyResult<Int> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(PyErr::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let invalid = || {
        PyErr::value(format!(
            "invalid literal for int() with base {base}: {}",
            crate::str_ops::repr(s)
        ))
    };
    let body = s.trim_matches(crate::unicode::is_space);
    let (negative, body) = match body.as_bytes().first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let lower_prefix = body.get(..2).map(|p| p.to_ascii_lowercase());
    let prefix_base: u32 = match lower_prefix.as_deref() {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 0,
    };
    let base_arg = base;
    let (base, digits, after_prefix) = if prefix_base != 0 && (base == 0 || base == i64::from(prefix_base)) {
        (prefix_base, &body[2..], true)
    } else if base == 0 {
        (10, body, false)
    } else {
        (base as u32, body, false)
    };
    let mut values: Vec<u8> = Vec::with_capacity(digits.len());
    let mut prev_underscore = false;
    for c in digits.chars() {
        if c == '_' {
            // One `_` between digits, or right after a prefix (`0x_ff`), never at the start.
            if prev_underscore || (values.is_empty() && !after_prefix) {
                return Err(invalid());
            }
            prev_underscore = true;
            continue;
        }
        let v = match crate::unicode::decimal_value(c) {
            Some(v) => v,
            None => c.to_digit(36).filter(|_| c.is_ascii()).ok_or_else(invalid)?,
        };
        if v >= base {
            return Err(invalid());
        }
        values.push(v as u8);
        prev_underscore = false;
    }
    if values.is_empty() || prev_underscore {
        return Err(invalid());
    }
    // With base 0, a decimal literal may not have leading zeros unless it is all zeros.
    if base_arg == 0 && !after_prefix && values[0] == 0 && values.iter().any(|&v| v != 0) {
        return Err(invalid());
    }
    if !base.is_power_of_two() && values.len() > MAX_STR_DIGITS {
        return Err(PyErr::value(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has \
             {} digits; use sys.set_int_max_str_digits() to increase the limit",
            values.len()
        )));
    }
    let magnitude = BigInt::from_radix_be(Sign::Plus, &values, base).ok_or_else(invalid)?;
    Ok(Int::from_big(if negative { -magnitude } else { magnitude }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small(v: i64) -> IntRef<'static> {
        IntRef::Small(v)
    }

    fn big(s: &str) -> BigInt {
        s.parse().expect("test literal")
    }

    #[test]
    fn tagging_round_trips_at_the_boundaries() {
        for v in [0, 1, -1, SMALL_MAX, SMALL_MIN] {
            assert!(fits(v));
            assert!(is_small(tag(v)));
            assert_eq!(untag(tag(v)), v);
        }
        assert!(!fits(SMALL_MAX + 1) && !fits(SMALL_MIN - 1));
    }

    #[test]
    fn overflow_becomes_big_and_big_results_that_fit_become_small() {
        let b = add(small(SMALL_MAX), small(1));
        assert_eq!(b, Int::Big(BigInt::from(1i64 << 62)));
        assert_eq!(sub(b.as_ref(), small(1)), Int::Small(SMALL_MAX));
        assert_eq!(sub(small(SMALL_MIN), small(1)), Int::Big(BigInt::from(SMALL_MIN) - 1));
        assert_eq!(neg(small(SMALL_MIN)), Int::Big(BigInt::from(1i64 << 62)));
        let sq = mul(small(1 << 40), small(1 << 40));
        assert_eq!(sq, Int::Big(BigInt::from(1i128 << 80)));
        assert_eq!(floordiv(sq.as_ref(), small(1 << 41)).unwrap(), Int::Small(1 << 39));
    }

    #[test]
    fn floor_division_and_modulo() {
        assert_eq!(floordiv(small(-7), small(2)).unwrap(), Int::Small(-4));
        assert_eq!(modulo(small(-7), small(3)).unwrap(), Int::Small(2));
        assert_eq!(modulo(small(7), small(-3)).unwrap(), Int::Small(-2));
        let b = big("-100000000000000000000000");
        assert_eq!(modulo(IntRef::Big(&b), small(7)).unwrap(), Int::Small(2));
        let err = floordiv(small(1), small(0)).unwrap_err();
        assert_eq!(err.msg, "integer division or modulo by zero");
        assert_eq!(modulo(small(1), small(0)).unwrap_err().msg, "integer modulo by zero");
    }

    #[test]
    fn exact_comparison_with_floats() {
        // 2**53 + 1 is not float(2**53 + 1); 2**63 + 1 is above 9.223372036854776e18.
        let two53 = small((1 << 53) + 1);
        assert_eq!(cmp_float(two53, 9007199254740992.0), Some(Ordering::Greater));
        let b = big("9223372036854775809");
        assert_eq!(cmp_float(IntRef::Big(&b), 9.223372036854776e18), Some(Ordering::Greater));
        assert_eq!(cmp_float(small(3), 2.5), Some(Ordering::Greater));
        assert_eq!(cmp_float(small(-3), -2.5), Some(Ordering::Less));
        assert_eq!(cmp_float(small(2), 2.0), Some(Ordering::Equal));
        assert_eq!(cmp_float(IntRef::Big(&b), f64::INFINITY), Some(Ordering::Less));
        assert_eq!(cmp_float(small(0), f64::NAN), None);
    }

    #[test]
    fn powers() {
        assert_eq!(pow(small(2), small(10)).unwrap(), Int::Small(1024));
        assert_eq!(pow(small(2), small(100)).unwrap(), Int::Big(big("1267650600228229401496703205376")));
        assert_eq!(pow(small(-3), small(3)).unwrap(), Int::Small(-27));
        assert_eq!(pow(small(-1), IntRef::Big(&big("100000000000000000001"))).unwrap(), Int::Small(-1));
        assert_eq!(pow(small(0), small(0)).unwrap(), Int::Small(1));
        assert!(pow(small(2), small(-1)).is_err());
        assert_eq!(pow_mod(small(2), small(10), small(1000)).unwrap(), Int::Small(24));
        assert_eq!(pow_mod(small(2), small(3), small(-5)).unwrap(), Int::Small(-2));
        assert_eq!(pow_mod(small(2), small(-1), small(7)).unwrap(), Int::Small(4));
        assert_eq!(pow_mod(small(2), small(-1), small(4)).unwrap_err().msg,
            "base is not invertible for the given modulus");
        assert_eq!(pow_mod(small(2), small(1), small(0)).unwrap_err().msg,
            "pow() 3rd argument cannot be 0");
    }

    #[test]
    fn shifts_and_bits() {
        assert_eq!(lshift(small(1), small(62)).unwrap(), Int::Big(BigInt::from(1i64 << 62)));
        assert_eq!(lshift(small(1), small(61)).unwrap(), Int::Small(1 << 61));
        assert_eq!(rshift(small(-7), small(1)).unwrap(), Int::Small(-4));
        let b = big("-1000000000000000000000000000001");
        assert_eq!(rshift(IntRef::Big(&b), small(1000)).unwrap(), Int::Small(-1));
        assert_eq!(rshift(IntRef::Big(&b), small(80)).unwrap(), Int::Small(-827181));
        assert_eq!(lshift(small(1), small(-1)).unwrap_err().msg, "negative shift count");
        assert_eq!(invert(small(5)), Int::Small(-6));
        assert_eq!(and(small(-1), IntRef::Big(&big("36893488147419103231"))),
            Int::Big(big("36893488147419103231")));
        assert_eq!(xor(small(6), small(3)), Int::Small(5));
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        assert_eq!(truediv(small(1), small(3)).unwrap(), 1.0 / 3.0);
        let a = big("1000000000000000000000000000000");
        assert_eq!(truediv(IntRef::Big(&a), small(3)).unwrap(), 3.333333333333333e29);
        let b = big("12345678901234567890123");
        assert_eq!(truediv(IntRef::Big(&b), IntRef::Big(&a)).unwrap(), 1.2345678901234567e-8);
        assert_eq!(truediv(small(1), IntRef::Big(&(BigInt::one() << 1074usize))).unwrap(), 5e-324);
        assert_eq!(truediv(small(1), IntRef::Big(&(BigInt::one() << 1076usize))).unwrap(), 0.0);
        assert_eq!(truediv(small(-9007199254740993), small(1)).unwrap(), -9007199254740992.0);
        assert_eq!(truediv(IntRef::Big(&(BigInt::one() << 1024usize)), small(1)).unwrap_err().msg,
            "integer division result too large for a float");
        assert_eq!(truediv(small(1), small(0)).unwrap_err().msg, "division by zero");
    }

    #[test]
    fn float_conversions() {
        assert_eq!(to_float(IntRef::Big(&big("9007199254740993"))).unwrap(), 9007199254740992.0);
        assert!(to_float(IntRef::Big(&(BigInt::one() << 1024usize))).is_err());
        assert_eq!(from_float(-2.9).unwrap(), Int::Small(-2));
        assert_eq!(from_float(1e20).unwrap(), Int::Big(big("100000000000000000000")));
        assert_eq!(from_float(f64::NAN).unwrap_err().msg, "cannot convert float NaN to integer");
        assert_eq!(from_float(f64::INFINITY).unwrap_err().msg, "cannot convert float infinity to integer");
    }

    #[test]
    fn rounding() {
        assert_eq!(round(small(15), small(-1)), Int::Small(20));
        assert_eq!(round(small(25), small(-1)), Int::Small(20));
        assert_eq!(round(small(-25), small(-1)), Int::Small(-20));
        assert_eq!(round(small(1234), small(2)), Int::Small(1234));
        assert_eq!(round(small(1234), small(-100)), Int::Small(0));
    }

    #[test]
    fn parsing_follows_cpython() {
        let ok = |s: &str, base: i64| match parse(s, base).unwrap() {
            Int::Small(v) => v,
            Int::Big(_) => panic!("unexpected big"),
        };
        assert_eq!(ok(" -42\n", 10), -42);
        assert_eq!(ok("0x_ff", 16), 255);
        assert_eq!(ok("0_0", 0), 0);
        assert_eq!(ok("  -0b101 ", 0), -5);
        assert_eq!(ok("1_000", 10), 1000);
        assert_eq!(ok("z", 36), 35);
        assert_eq!(ok("٣٤", 10), 34);
        assert_eq!(ok("0o17", 8), 15);
        let msg = |s: &str, base: i64| parse(s, base).unwrap_err().msg;
        assert_eq!(msg(" abc ", 10), "invalid literal for int() with base 10: ' abc '");
        assert_eq!(msg("010", 0), "invalid literal for int() with base 0: '010'");
        assert_eq!(msg("0b", 0), "invalid literal for int() with base 0: '0b'");
        assert_eq!(msg("1__0", 10), "invalid literal for int() with base 10: '1__0'");
        assert_eq!(msg("_1", 10), "invalid literal for int() with base 10: '_1'");
        assert_eq!(msg("1_", 10), "invalid literal for int() with base 10: '1_'");
        assert_eq!(msg("", 10), "invalid literal for int() with base 10: ''");
        assert_eq!(msg("12", 1), "int() base must be >= 2 and <= 36, or 0");
        assert!(msg(&"1".repeat(4301), 10).starts_with("Exceeds the limit (4300 digits)"));
        assert_eq!(parse("99999999999999999999", 10).unwrap(), Int::Big(big("99999999999999999999")));
    }

    #[test]
    fn decimal_strings_respect_the_digit_limit() {
        assert_eq!(to_decimal(small(-12)).unwrap(), "-12");
        let b = num_traits::pow(BigInt::from(10), 4299);
        assert_eq!(to_decimal(IntRef::Big(&b)).unwrap().len(), 4300);
        assert!(to_decimal(IntRef::Big(&(b * 10))).is_err());
    }
}
