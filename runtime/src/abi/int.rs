//! `rt_int_*` and `rt_float_*`: numeric slow paths and conversions.

use super::{check, fatal, int_arg, int_clamped, int_word, str_parts};
use crate::errors::{ExcKind, PyErr};
use crate::float;
use crate::gc::object::Str;
use crate::int;

#[no_mangle]
pub unsafe extern "C" fn rt_int_add(a: i64, b: i64) -> i64 {
    // SAFETY: int words per the ABI (here and in every function below).
    int_word(int::add(unsafe { int_arg(a) }, unsafe { int_arg(b) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_sub(a: i64, b: i64) -> i64 {
    // SAFETY: int words per the ABI.
    int_word(int::sub(unsafe { int_arg(a) }, unsafe { int_arg(b) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_mul(a: i64, b: i64) -> i64 {
    // SAFETY: int words per the ABI.
    int_word(int::mul(unsafe { int_arg(a) }, unsafe { int_arg(b) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_floordiv(a: i64, b: i64) -> i64 {
    // SAFETY: int words per the ABI.
    int_word(check(int::floordiv(unsafe { int_arg(a) }, unsafe { int_arg(b) })))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_mod(a: i64, b: i64) -> i64 {
    // SAFETY: int words per the ABI.
    int_word(check(int::modulo(unsafe { int_arg(a) }, unsafe { int_arg(b) })))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_pow(a: i64, b: i64) -> i64 {
    // SAFETY: int words per the ABI.
    int_word(check(int::pow(unsafe { int_arg(a) }, unsafe { int_arg(b) })))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_pow_mod(a: i64, b: i64, m: i64) -> i64 {
    // SAFETY: int words per the ABI.
    let (a, b, m) = unsafe { (int_arg(a), int_arg(b), int_arg(m)) };
    int_word(check(int::pow_mod(a, b, m)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_truediv(a: i64, b: i64) -> f64 {
    // SAFETY: int words per the ABI.
    check(int::truediv(unsafe { int_arg(a) }, unsafe { int_arg(b) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_neg(a: i64) -> i64 {
    // SAFETY: an int word per the ABI.
    int_word(int::neg(unsafe { int_arg(a) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_invert(a: i64) -> i64 {
    // SAFETY: an int word per the ABI.
    int_word(int::invert(unsafe { int_arg(a) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_abs(a: i64) -> i64 {
    // SAFETY: an int word per the ABI.
    int_word(int::abs(unsafe { int_arg(a) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_and(a: i64, b: i64) -> i64 {
    // SAFETY: int words per the ABI.
    int_word(int::and(unsafe { int_arg(a) }, unsafe { int_arg(b) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_or(a: i64, b: i64) -> i64 {
    // SAFETY: int words per the ABI.
    int_word(int::or(unsafe { int_arg(a) }, unsafe { int_arg(b) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_xor(a: i64, b: i64) -> i64 {
    // SAFETY: int words per the ABI.
    int_word(int::xor(unsafe { int_arg(a) }, unsafe { int_arg(b) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_lshift(a: i64, b: i64) -> i64 {
    // SAFETY: int words per the ABI.
    int_word(check(int::lshift(unsafe { int_arg(a) }, unsafe { int_arg(b) })))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_rshift(a: i64, b: i64) -> i64 {
    // SAFETY: int words per the ABI.
    int_word(check(int::rshift(unsafe { int_arg(a) }, unsafe { int_arg(b) })))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_cmp(a: i64, b: i64) -> i32 {
    // SAFETY: int words per the ABI.
    int::cmp(unsafe { int_arg(a) }, unsafe { int_arg(b) }) as i32
}

/// -1, 0 or 1 as the int is below, equal to or above the float; 2 when the float is NaN.
#[no_mangle]
pub unsafe extern "C" fn rt_int_float_cmp(a: i64, f: f64) -> i32 {
    // SAFETY: an int word per the ABI.
    match int::cmp_float(unsafe { int_arg(a) }, f) {
        Some(o) => o as i32,
        None => 2,
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_to_float(a: i64) -> f64 {
    // SAFETY: an int word per the ABI.
    check(int::to_float(unsafe { int_arg(a) }))
}

#[no_mangle]
pub extern "C" fn rt_int_from_float(x: f64) -> i64 {
    int_word(check(int::from_float(x)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_from_decimal(digits: *const u8, len: u64) -> i64 {
    // SAFETY: per the ABI, `digits` points to `len` bytes.
    let bytes = unsafe { std::slice::from_raw_parts(digits, len as usize) };
    match int::from_decimal(bytes) {
        Some(v) => int_word(v),
        None => fatal(PyErr::new(ExcKind::RuntimeError, "mesapyc: malformed integer literal")),
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_parse(s: *const Str, base: i64) -> i64 {
    // SAFETY: a str object and an int word per the ABI.
    let (text, base) = unsafe { (str_parts(s).0, int_clamped(base)) };
    int_word(check(int::parse(text, base)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_int_round(n: i64, ndigits: i64) -> i64 {
    // SAFETY: int words per the ABI.
    int_word(int::round(unsafe { int_arg(n) }, unsafe { int_arg(ndigits) }))
}

#[no_mangle]
pub extern "C" fn rt_float_floordiv(x: f64, y: f64) -> f64 {
    check(float::floordiv(x, y))
}

#[no_mangle]
pub extern "C" fn rt_float_mod(x: f64, y: f64) -> f64 {
    check(float::modulo(x, y))
}

#[no_mangle]
pub extern "C" fn rt_float_pow(x: f64, y: f64) -> f64 {
    check(float::pow(x, y))
}

#[no_mangle]
pub extern "C" fn rt_float_round(x: f64) -> i64 {
    int_word(check(float::round(x)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_float_round_n(x: f64, n: i64) -> f64 {
    // SAFETY: an int word per the ABI.
    check(float::round_n(x, unsafe { int_clamped(n) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_float_parse(s: *const Str) -> f64 {
    // SAFETY: a str object per the ABI.
    check(float::parse(unsafe { str_parts(s).0 }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_fmath(op: i64, x: f64) -> f64 {
    // SAFETY: an int word per the ABI.
    crate::float::math1(unsafe { int_clamped(op) }, x)
}

#[no_mangle]
pub unsafe extern "C" fn rt_fmath2(op: i64, x: f64, y: f64) -> f64 {
    // SAFETY: an int word per the ABI.
    crate::float::math2(unsafe { int_clamped(op) }, x, y)
}
