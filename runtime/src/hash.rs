//! `hash(x)`: CPython's algorithms wherever CPython's result does not depend on the process (ints,
//! floats, bools, tuples, frozensets of them), so programs that print hashes match, and a fixed
//! hash elsewhere.
//!
//! Like CPython, a hash is never -1: the dict and set tables use that value to mark slots without
//! an element.

#![forbid(unsafe_code)]

use std::hash::Hasher as _;

use num_bigint::BigUint;

use crate::desc::{int_ref, Heap, Kind};
use crate::errors::{PyErr, PyResult};
use crate::int::IntRef;

/// The Mersenne prime `2**61 - 1`: numeric hashes are values modulo it (`sys.hash_info.modulus`).
const MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))` (`sys.hash_info.inf`).
const INF: i64 = 314_159;
/// CPython 3.11 hashes NaN by object identity, which a word does not have; any fixed value keeps
/// NaN keys apart anyway, since NaN is unequal to itself.
const NAN: i64 = 0;
/// CPython 3.11 hashes `None` by its address, which differs between runs; any constant will do.
const NONE: i64 = 0x00FC_A864;

// The constants of CPython's xxHash-based `tuplehash` (Objects/tupleobject.c) for 64-bit hashes.
const XXPRIME_1: u64 = 11_400_714_785_074_694_791;
const XXPRIME_2: u64 = 14_029_467_366_897_019_727;
const XXPRIME_5: u64 = 2_870_177_450_012_600_261;

/// `hash(w)` for a value of type `t`; lists, dicts, sets and key or item views are unhashable.
pub fn hash<H: Heap>(h: &H, w: u64, t: H::Ty) -> PyResult<i64> {
    let (w, t) = crate::desc::value(h, w, t);
    Ok(match h.kind(t) {
        Kind::Int => int(int_ref(h, w)),
        Kind::Float => float(f64::from_bits(w)),
        Kind::Bool => w as i64,
        Kind::None => NONE,
        Kind::Str => h.str_hash(w),
        Kind::Bytes => bytes(h.bytes(w)),
        Kind::Tuple => tuple(h, h.items(w), t)?,
        Kind::FrozenSet => frozenset(h.set(w)),
        // CPython hashes a values view by identity; the word (the dict's address) stands for it.
        Kind::DictValues | Kind::Iterator | Kind::Class => identity(w),
        // Equal bound methods (the same function and instance) hash alike.
        Kind::Function => match h.bound_method(w) {
            Some((info, this)) => identity(info) ^ identity(this),
            None => identity(w),
        },
        Kind::Instance => h.instance_hash(w)?,
        k @ (Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray | Kind::DictKeys | Kind::DictItems | Kind::Optional | Kind::Object) => {
            return Err(PyErr::type_error(format!("unhashable type: '{}'", k.name())))
        }
    })
}

/// The hash of an object that hashes by identity: CPython's `_Py_HashPointer`, the address
/// rotated by 4 bits (objects are 16-byte aligned).
pub fn identity(w: u64) -> i64 {
    not_minus_one(w.rotate_right(4) as i64)
}

/// The hash of an instance whose `__hash__` returned `v`: `v` itself when it fits a machine
/// word, else `v`'s int hash (CPython's `slot_tp_hash`).
pub fn of_method(v: IntRef) -> i64 {
    match v {
        IntRef::Small(x) => not_minus_one(x),
        IntRef::Big(b) => num_traits::ToPrimitive::to_i64(b).map_or_else(|| int(v), not_minus_one),
    }
}

/// -1 is reserved; CPython maps it to -2.
fn not_minus_one(x: i64) -> i64 {
    if x == -1 {
        -2
    } else {
        x
    }
}

/// The magnitude modulo `2**61 - 1`, with the sign: CPython's `long_hash`.
fn int(v: IntRef) -> i64 {
    let (negative, residue) = match v {
        IntRef::Small(x) => (x < 0, x.unsigned_abs() % MODULUS),
        IntRef::Big(b) => {
            let r = b.magnitude() % BigUint::from(MODULUS);
            // The residue is below 2**61, so it is at most one 64-bit digit (none when zero).
            (b.sign() == num_bigint::Sign::Minus, r.iter_u64_digits().next().unwrap_or(0))
        }
    };
    let x = residue as i64;
    not_minus_one(if negative { -x } else { x })
}

/// CPython's `_Py_HashDouble`: the hash of the exact rational value modulo `2**61 - 1`, so that
/// `hash(2.0) == hash(2)`. A finite float is `mantissa * 2**exp` with an integer mantissa below
/// 2**53, and since `2**61 == 1` modulo the prime, multiplying by `2**exp` is a rotation by
/// `exp mod 61` within 61 bits.
fn float(x: f64) -> i64 {
    if x.is_nan() {
        return NAN;
    }
    if x.is_infinite() {
        return if x > 0.0 { INF } else { -INF };
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    let shift = exp.rem_euclid(61) as u32;
    let residue = (u128::from(mantissa) << shift) % u128::from(MODULUS);
    let h = residue as i64;
    not_minus_one(if x < 0.0 { -h } else { h })
}

/// A fixed SipHash of the UTF-8 bytes. CPython's str hash is randomised per process, so no
/// program output depends on it; a keyed hash still keeps crafted collisions unlikely.
/// Never 0, so that 0 can mean "not computed yet" in a str's hash cache.
pub fn str(s: &str) -> i64 {
    bytes(s.as_bytes())
}

/// The hash of a `bytes` value: the hash of the str with the same bytes, as in CPython for ASCII.
pub fn bytes(b: &[u8]) -> i64 {
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write(b);
    match not_minus_one(hasher.finish() as i64) {
        0 => 1,
        h => h,
    }
}

/// CPython 3.11's `tuplehash` (xxHash's mixing over the fields' hashes).
fn tuple<H: Heap>(h: &H, fields: &[u64], t: H::Ty) -> PyResult<i64> {
    let mut acc = XXPRIME_5;
    for (i, &w) in fields.iter().enumerate() {
        let lane = hash(h, w, h.arg(t, i))? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(fields.len() as u64 ^ (XXPRIME_5 ^ 3_527_539));
    Ok(if acc == u64::MAX { 1_546_275_796 } else { acc as i64 })
}

/// CPython 3.11's `frozenset_hash`: the elements' hashes, each shuffled, xored together (so the
/// table's history does not matter), then mixed with the size.
fn frozenset(t: &crate::set_ops::SetTable) -> i64 {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut acc = t.iter().fold(0u64, |acc, e| acc ^ shuffle(e.hash as u64));
    acc ^= (t.len() as u64 + 1).wrapping_mul(1_927_868_237);
    acc ^= (acc >> 11) ^ (acc >> 25);
    acc = acc.wrapping_mul(69_069).wrapping_add(907_133_923);
    if acc == u64::MAX {
        590_923_713
    } else {
        acc as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desc::tests::{MockHeap, Obj};
    use crate::int::tag;

    // Every expected number below was printed by CPython 3.11 (`python3 -c 'print(hash(...))'`).

    #[test]
    fn ints_match_cpython() {
        let mut h = MockHeap::new();
        let int_t = h.ty(Kind::Int, &[]);
        let small = [(0, 0), (1, 1), (-1, -2), (-2, -2), (4_611_686_018_427_387_903, 1)];
        for (v, expected) in small {
            assert_eq!(hash(&h, tag(v), int_t), Ok(expected), "hash({v})");
        }
        let big = [
            ("2305843009213693951", 0),
            ("2305843009213693952", 1),
            ("1267650600228229401496703205376", 549_755_813_888),
            ("-1267650600228229401496703205376", -549_755_813_888),
            ("-2305843009213693952", -2),
            ("4611686018427387904", 2),
        ];
        for (digits, expected) in big {
            let w = h.add(Obj::Big(digits.parse().expect("literal")));
            assert_eq!(hash(&h, w, int_t), Ok(expected), "hash({digits})");
        }
        let bool_t = h.ty(Kind::Bool, &[]);
        assert_eq!(hash(&h, 1, bool_t), Ok(1));
    }

    #[test]
    fn floats_match_cpython() {
        let cases = [
            (0.0, 0),
            (-0.0, 0),
            (1.0, 1),
            (-1.0, -2),
            (1.5, 1_152_921_504_606_846_977),
            (-1.5, -1_152_921_504_606_846_977),
            (1e300, 1_224_995_262_755_759_164),
            (0.1, 230_584_300_921_369_408),
            (5e-324, 16_777_216),
            (2f64.powi(70), 512),
            (f64::INFINITY, 314_159),
            (f64::NEG_INFINITY, -314_159),
        ];
        for (x, expected) in cases {
            assert_eq!(float(x), expected, "hash({x:e})");
        }
    }

    #[test]
    fn tuples_match_cpython() {
        let mut h = MockHeap::new();
        let int_t = h.ty(Kind::Int, &[]);
        let float_t = h.ty(Kind::Float, &[]);
        let bool_t = h.ty(Kind::Bool, &[]);
        let unit = h.ty(Kind::Tuple, &[]);
        let one = h.ty(Kind::Tuple, &[int_t]);
        let pair = h.ty(Kind::Tuple, &[int_t, int_t]);
        let nested = h.ty(Kind::Tuple, &[pair, int_t]);
        let of_unit = h.ty(Kind::Tuple, &[unit]);
        let mixed = h.ty(Kind::Tuple, &[float_t, bool_t, int_t]);

        let empty = h.add(Obj::Seq(vec![]));
        let t1 = h.add(Obj::Seq(vec![tag(1)]));
        let t12 = h.add(Obj::Seq(vec![tag(1), tag(2)]));
        let t123 = h.add(Obj::Seq(vec![t12, tag(3)]));
        let tu = h.add(Obj::Seq(vec![empty]));
        let big = h.add(Obj::Big("1267650600228229401496703205376".parse().expect("literal")));
        let tm = h.add(Obj::Seq(vec![1.5f64.to_bits(), 1, big]));

        assert_eq!(hash(&h, empty, unit), Ok(5_740_354_900_026_072_187));
        assert_eq!(hash(&h, t1, one), Ok(-6_644_214_454_873_602_895));
        assert_eq!(hash(&h, t12, pair), Ok(-3_550_055_125_485_641_917));
        assert_eq!(hash(&h, t123, nested), Ok(-333_907_151_259_015_829));
        assert_eq!(hash(&h, tu, of_unit), Ok(-5_486_347_211_504_344_842));
        assert_eq!(hash(&h, tm, mixed), Ok(3_653_178_991_816_364_416));
    }

    #[test]
    fn frozensets_match_cpython() {
        let mut h = MockHeap::new();
        let int_t = h.ty(Kind::Int, &[]);
        let frozen = h.ty(Kind::FrozenSet, &[int_t]);
        let empty = crate::desc::tests::add_set(&mut h, int_t, &[]);
        let three = crate::desc::tests::add_set(&mut h, int_t, &[tag(3), tag(1), tag(2)]);
        assert_eq!(hash(&h, empty, frozen), Ok(133_146_708_735_736));
        assert_eq!(hash(&h, three, frozen), Ok(-272_375_401_224_217_160));
    }

    #[test]
    fn containers_are_unhashable() {
        let mut h = MockHeap::new();
        let int_t = h.ty(Kind::Int, &[]);
        let list_t = h.ty(Kind::List, &[int_t]);
        let dict_t = h.ty(Kind::Dict, &[int_t, int_t]);
        let set_t = h.ty(Kind::Set, &[int_t]);
        let keys_t = h.ty(Kind::DictKeys, &[dict_t]);
        let tuple_t = h.ty(Kind::Tuple, &[int_t, list_t]);
        let l = h.add(Obj::Seq(vec![]));
        let t = h.add(Obj::Seq(vec![tag(1), l]));
        let message = |w, ty| hash(&h, w, ty).unwrap_err().msg;
        assert_eq!(message(l, list_t), "unhashable type: 'list'");
        assert_eq!(message(t, tuple_t), "unhashable type: 'list'");
        assert_eq!(message(l, dict_t), "unhashable type: 'dict'");
        assert_eq!(message(l, set_t), "unhashable type: 'set'");
        assert_eq!(message(l, keys_t), "unhashable type: 'dict_keys'");
    }

    #[test]
    fn strings_hash_by_content_and_never_to_minus_one() {
        let mut h = MockHeap::new();
        let str_t = h.ty(Kind::Str, &[]);
        let a = h.add(Obj::Str("key".into()));
        let b = h.add(Obj::Str("key".into()));
        let c = h.add(Obj::Str("kez".into()));
        assert_eq!(hash(&h, a, str_t), hash(&h, b, str_t));
        assert_ne!(hash(&h, a, str_t), hash(&h, c, str_t));
        assert_eq!(not_minus_one(-1), -2);
    }
}
