//! Arithmetic. Ints take the inline fast path when both operands are small (low bit set), using
//! LLVM's overflow intrinsics on the tagged words directly, and call the runtime for big
//! operands or on overflow. Floats are plain machine arithmetic, with CPython's zero checks.

use super::func::{ll, FnLower};
use inkwell::intrinsics::Intrinsic;
use inkwell::types::BasicTypeEnum;
use inkwell::values::{BasicValueEnum, FloatValue, IntValue};
use inkwell::IntPredicate;
use mesapy_annotator::annotate::ExcKind;
use mesapy_annotator::ir::*;
use mesapy_annotator::types::{Mutability, Type};

impl<'c, 'ctx, 'a> FnLower<'c, 'ctx, 'a> {
    /// Both words are small ints.
    fn both_small(&self, a: IntValue<'ctx>, b: IntValue<'ctx>) -> IntValue<'ctx> {
        let and = ll!(self.b().build_and(a, b, "ab"));
        let bit = ll!(self.b().build_and(and, self.i64(1), "bit"));
        ll!(self.b().build_int_compare(IntPredicate::NE, bit, self.i64(0), "small"))
    }

    /// Calls `llvm.{op}.with.overflow.i64` and returns (result, overflowed).
    fn overflow_op(&self, op: &str, a: IntValue<'ctx>, b: IntValue<'ctx>) -> (IntValue<'ctx>, IntValue<'ctx>) {
        let name = format!("llvm.{op}.with.overflow");
        let intrinsic = Intrinsic::find(&name).expect("LLVM has the overflow intrinsics");
        let decl = intrinsic
            .get_declaration(&self.cg.module, &[self.cg.ctx.i64_type().into()])
            .expect("the overflow intrinsics take i64");
        let pair = ll!(self.b().build_call(decl, &[a.into(), b.into()], op)).try_as_basic_value().basic().expect("returns a pair");
        let pair = pair.into_struct_value();
        let r = ll!(self.b().build_extract_value(pair, 0, "r")).into_int_value();
        let o = ll!(self.b().build_extract_value(pair, 1, "o")).into_int_value();
        (r, o)
    }

    /// Emits `fast` when `take_fast` holds and `slow` otherwise, and merges their values. The fast
    /// path may also report a condition (an overflow) that sends it to the slow path instead.
    pub(crate) fn fast_or_slow(
        &self,
        take_fast: IntValue<'ctx>,
        ty: BasicTypeEnum<'ctx>,
        fast: impl FnOnce(&Self) -> (BasicValueEnum<'ctx>, Option<IntValue<'ctx>>),
        slow: impl FnOnce(&Self) -> BasicValueEnum<'ctx>,
    ) -> BasicValueEnum<'ctx> {
        let (fast_b, slow_b, done_b) = (self.new_block("fast"), self.new_block("slow"), self.new_block("done"));
        ll!(self.b().build_conditional_branch(take_fast, fast_b, slow_b));
        self.b().position_at_end(fast_b);
        let (quick, bail) = fast(self);
        let fast_end = self.b().get_insert_block().expect("positioned");
        match bail {
            Some(b) => ll!(self.b().build_conditional_branch(b, slow_b, done_b)),
            None => ll!(self.b().build_unconditional_branch(done_b)),
        };
        self.b().position_at_end(slow_b);
        let general = slow(self);
        let slow_end = self.b().get_insert_block().expect("positioned");
        ll!(self.b().build_unconditional_branch(done_b));
        self.b().position_at_end(done_b);
        let phi = ll!(self.b().build_phi(ty, "merged"));
        phi.add_incoming(&[(&quick, fast_end), (&general, slow_end)]);
        phi.as_basic_value()
    }

    /// The word is a small int (low bit set).
    pub(crate) fn is_small(&self, x: IntValue<'ctx>) -> IntValue<'ctx> {
        let bit = ll!(self.b().build_and(x, self.i64(1), "bit"));
        ll!(self.b().build_int_compare(IntPredicate::NE, bit, self.i64(0), "small"))
    }

    /// Runs `fast` when both ints are small, falling back to `rt_slow` when it reports overflow
    /// or when an operand is big.
    fn int_fast_or_slow(
        &mut self,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
        rt_slow: &str,
        fast: impl FnOnce(&Self, IntValue<'ctx>, IntValue<'ctx>) -> (IntValue<'ctx>, Option<IntValue<'ctx>>),
    ) -> IntValue<'ctx> {
        let small = self.both_small(a, b);
        let i64t = self.cg.ctx.i64_type().into();
        self.fast_or_slow(
            small,
            i64t,
            |s| {
                let (r, o) = fast(s, a, b);
                (r.into(), o)
            },
            |s| s.call_rt_value(rt_slow, &[a.into(), b.into()]),
        )
        .into_int_value()
    }

    /// A small tagged int as a raw i64.
    pub(crate) fn untag(&self, a: IntValue<'ctx>) -> IntValue<'ctx> {
        ll!(self.b().build_right_shift(a, self.i64(1), true, "raw"))
    }

    /// A raw i64 known to fit 63 bits as a tagged int.
    pub(crate) fn tag(&self, raw: IntValue<'ctx>) -> IntValue<'ctx> {
        let sh = ll!(self.b().build_left_shift(raw, self.i64(1), "sh"));
        ll!(self.b().build_or(sh, self.i64(1), "tagged"))
    }

    /// Tags a raw result, reporting whether it does not fit in 63 bits.
    fn retag(&self, raw: IntValue<'ctx>) -> (IntValue<'ctx>, IntValue<'ctx>) {
        let shifted = ll!(self.b().build_left_shift(raw, self.i64(1), "sh"));
        let back = ll!(self.b().build_right_shift(shifted, self.i64(1), true, "back"));
        let lost = ll!(self.b().build_int_compare(IntPredicate::NE, back, raw, "lost"));
        (ll!(self.b().build_or(shifted, self.i64(1), "tagged")), lost)
    }

    pub(crate) fn int_binary(&mut self, op: BinOp, a: IntValue<'ctx>, b: IntValue<'ctx>) -> IntValue<'ctx> {
        match op {
            BinOp::Add => self.int_fast_or_slow(a, b, "rt_int_add", |s, a, b| {
                let b2 = ll!(s.b().build_xor(b, s.i64(1), "b2"));
                let (r, o) = s.overflow_op("sadd", a, b2);
                (r, Some(o))
            }),
            BinOp::Sub => self.int_fast_or_slow(a, b, "rt_int_sub", |s, a, b| {
                let b2 = ll!(s.b().build_xor(b, s.i64(1), "b2"));
                let (r, o) = s.overflow_op("ssub", a, b2);
                (r, Some(o))
            }),
            BinOp::Mul => self.int_fast_or_slow(a, b, "rt_int_mul", |s, a, b| {
                let x = s.untag(a);
                let b2 = ll!(s.b().build_xor(b, s.i64(1), "b2"));
                let (r, o) = s.overflow_op("smul", x, b2);
                (ll!(s.b().build_or(r, s.i64(1), "tagged")), Some(o))
            }),
            BinOp::FloorDiv | BinOp::Mod => {
                let slow = if op == BinOp::FloorDiv { "rt_int_floordiv" } else { "rt_int_mod" };
                self.int_fast_or_slow(a, b, slow, |s, a, b| {
                    let (x, y) = (s.untag(a), s.untag(b));
                    // Division by zero goes to the runtime, which raises.
                    let zero = ll!(s.b().build_int_compare(IntPredicate::EQ, y, s.i64(0), "zero"));
                    let y_safe = ll!(s.b().build_select(zero, s.i64(1), y, "y")).into_int_value();
                    let q = ll!(s.b().build_int_signed_div(x, y_safe, "q"));
                    let r = ll!(s.b().build_int_signed_rem(x, y_safe, "r"));
                    // Floor semantics: adjust when the remainder's sign differs from the divisor's.
                    let r_nonzero = ll!(s.b().build_int_compare(IntPredicate::NE, r, s.i64(0), "rnz"));
                    let signs = ll!(s.b().build_xor(r, y_safe, "signs"));
                    let differ = ll!(s.b().build_int_compare(IntPredicate::SLT, signs, s.i64(0), "differ"));
                    let adjust = ll!(s.b().build_and(r_nonzero, differ, "adjust"));
                    let raw = if op == BinOp::FloorDiv {
                        let q1 = ll!(s.b().build_int_sub(q, s.i64(1), "q1"));
                        ll!(s.b().build_select(adjust, q1, q, "fq")).into_int_value()
                    } else {
                        let r1 = ll!(s.b().build_int_add(r, y_safe, "r1"));
                        ll!(s.b().build_select(adjust, r1, r, "fr")).into_int_value()
                    };
                    let (tagged, lost) = s.retag(raw);
                    (tagged, Some(ll!(s.b().build_or(lost, zero, "slow"))))
                })
            }
            BinOp::BitAnd => self.int_fast_or_slow(a, b, "rt_int_and", |s, a, b| (ll!(s.b().build_and(a, b, "and")), None)),
            BinOp::BitOr => self.int_fast_or_slow(a, b, "rt_int_or", |s, a, b| (ll!(s.b().build_or(a, b, "or")), None)),
            BinOp::BitXor => self.int_fast_or_slow(a, b, "rt_int_xor", |s, a, b| {
                let x = ll!(s.b().build_xor(a, b, "xor"));
                (ll!(s.b().build_or(x, s.i64(1), "tagged")), None)
            }),
            BinOp::RShift => self.int_fast_or_slow(a, b, "rt_int_rshift", |s, a, b| {
                let (x, y) = (s.untag(a), s.untag(b));
                let neg = ll!(s.b().build_int_compare(IntPredicate::SLT, y, s.i64(0), "neg"));
                let big = ll!(s.b().build_int_compare(IntPredicate::SGT, y, s.i64(63), "big"));
                let y = ll!(s.b().build_select(big, s.i64(63), y, "y")).into_int_value();
                let r = ll!(s.b().build_right_shift(x, y, true, "shr"));
                let (tagged, _) = s.retag(r);
                (tagged, Some(neg))
            }),
            BinOp::LShift => self.call_rt_value("rt_int_lshift", &[a.into(), b.into()]).into_int_value(),
            BinOp::Pow => self.call_rt_value("rt_int_pow", &[a.into(), b.into()]).into_int_value(),
            BinOp::Div => unreachable!("true division of ints is float division"),
        }
    }

    /// Compares two tagged ints.
    pub(crate) fn int_compare(&mut self, pred: IntPredicate, a: IntValue<'ctx>, b: IntValue<'ctx>) -> IntValue<'ctx> {
        let small = self.both_small(a, b);
        let bool_t = self.cg.ctx.bool_type().into();
        self.fast_or_slow(
            small,
            bool_t,
            |s| (ll!(s.b().build_int_compare(pred, a, b, "c")).into(), None),
            |s| {
                let r = s.call_rt_value("rt_int_cmp", &[a.into(), b.into()]).into_int_value();
                ll!(s.b().build_int_compare(pred, r, r.get_type().const_zero(), "c")).into()
            },
        )
        .into_int_value()
    }

    pub(crate) fn int_to_float(&self, a: IntValue<'ctx>) -> FloatValue<'ctx> {
        let f64t = self.cg.ctx.f64_type();
        self.fast_or_slow(
            self.is_small(a),
            f64t.into(),
            |s| (ll!(s.b().build_signed_int_to_float(s.untag(a), f64t, "f")).into(), None),
            |s| s.call_rt_value("rt_int_to_float", &[a.into()]),
        )
        .into_float_value()
    }

    fn float_binary(&mut self, op: BinOp, a: FloatValue<'ctx>, b: FloatValue<'ctx>) -> BasicValueEnum<'ctx> {
        let zero_check = |s: &mut Self, msg: &str| {
            let z = ll!(s.b().build_float_compare(inkwell::FloatPredicate::OEQ, b, s.cg.ctx.f64_type().const_zero(), "z"));
            s.raise_if(z, ExcKind::ZeroDivisionError, msg);
        };
        match op {
            BinOp::Add => ll!(self.b().build_float_add(a, b, "fadd")).into(),
            BinOp::Sub => ll!(self.b().build_float_sub(a, b, "fsub")).into(),
            BinOp::Mul => ll!(self.b().build_float_mul(a, b, "fmul")).into(),
            BinOp::Div => {
                zero_check(self, "float division by zero");
                ll!(self.b().build_float_div(a, b, "fdiv")).into()
            }
            BinOp::FloorDiv => self.call_rt_value("rt_float_floordiv", &[a.into(), b.into()]),
            BinOp::Mod => self.call_rt_value("rt_float_mod", &[a.into(), b.into()]),
            BinOp::Pow => self.float_pow(a, b).into(),
            _ => unreachable!("the annotator rejects bitwise operators on floats"),
        }
    }

    /// `a ** b` on floats. For a finite positive base and finite exponent CPython calls C's `pow`
    /// directly, and so does this; a non-finite result (overflow) and every other case go to the
    /// runtime, which raises CPython's errors.
    fn float_pow(&mut self, a: FloatValue<'ctx>, b: FloatValue<'ctx>) -> FloatValue<'ctx> {
        use inkwell::FloatPredicate::{OGT, OLT};
        let f64t = self.cg.ctx.f64_type();
        let inf = f64t.const_float(f64::INFINITY);
        let fabs = Intrinsic::find("llvm.fabs").expect("llvm.fabs exists").get_declaration(&self.cg.module, &[f64t.into()]).expect("fabs.f64");
        let pow = Intrinsic::find("llvm.pow").expect("llvm.pow exists").get_declaration(&self.cg.module, &[f64t.into()]).expect("pow.f64");
        let positive = ll!(self.b().build_float_compare(OGT, a, f64t.const_zero(), "pos"));
        let finite_a = ll!(self.b().build_float_compare(OLT, a, inf, "fa"));
        let abs_b = ll!(self.b().build_call(fabs, &[b.into()], "absb")).try_as_basic_value().basic().expect("fabs returns").into_float_value();
        let finite_b = ll!(self.b().build_float_compare(OLT, abs_b, inf, "fb"));
        let ok = ll!(self.b().build_and(positive, finite_a, "ok"));
        let ok = ll!(self.b().build_and(ok, finite_b, "ok"));
        self.fast_or_slow(
            ok,
            f64t.into(),
            |s| {
                let r = ll!(s.b().build_call(pow, &[a.into(), b.into()], "pow")).try_as_basic_value().basic().expect("pow returns");
                let overflow = ll!(s.b().build_float_compare(inkwell::FloatPredicate::OEQ, r.into_float_value(), inf, "overflow"));
                (r, Some(overflow))
            },
            |s| s.call_rt_value("rt_float_pow", &[a.into(), b.into()]),
        )
        .into_float_value()
    }

    pub(crate) fn binary(&mut self, op: BinOp, a: Value, b: Value) -> Option<BasicValueEnum<'ctx>> {
        let (ta, tb) = (self.ty(a), self.ty(b));
        let (va, vb) = (self.get(a), self.get(b));
        self.binary_values(op, va, &ta, vb, &tb)
    }

    pub(crate) fn binary_values(&mut self, op: BinOp, va: BasicValueEnum<'ctx>, ta: &Type, vb: BasicValueEnum<'ctx>, tb: &Type) -> Option<BasicValueEnum<'ctx>> {
        Some(match (ta, tb) {
            (Type::Object, _) | (_, Type::Object) if !(*ta == Type::Str && op == BinOp::Mod) => self.object_binary(op, va, ta, vb, tb),
            // `fmt % value`: the runtime reads a tuple's fields as the arguments.
            (Type::Str, t) if op == BinOp::Mod => {
                let w = self.to_word(vb, t);
                let d = self.desc(t);
                self.call_rt_value("rt_str_percent", &[va, w.into(), d.into()])
            }
            (Type::Bool, Type::Bool) if matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) => {
                let (x, y) = (va.into_int_value(), vb.into_int_value());
                match op {
                    BinOp::BitAnd => ll!(self.b().build_and(x, y, "and")).into(),
                    BinOp::BitOr => ll!(self.b().build_or(x, y, "or")).into(),
                    _ => ll!(self.b().build_xor(x, y, "xor")).into(),
                }
            }
            (x, y) if x.is_intlike() && y.is_intlike() => {
                let (ia, ib) = (self.as_int(va, ta), self.as_int(vb, tb));
                if op == BinOp::Div {
                    self.call_rt_value("rt_int_truediv", &[ia.into(), ib.into()])
                } else {
                    self.int_binary(op, ia, ib).into()
                }
            }
            (x, y) if x.is_number() && y.is_number() => {
                let (fa, fb) = (self.as_float(va, ta), self.as_float(vb, tb));
                self.float_binary(op, fa, fb)
            }
            (Type::Str, Type::Str) => self.call_rt_value("rt_str_concat", &[va, vb]),
            (Type::Str, n) if n.is_intlike() => self.call_rt_value("rt_str_repeat", &[va, self.as_int(vb, tb).into()]),
            (n, Type::Str) if n.is_intlike() => self.call_rt_value("rt_str_repeat", &[vb, self.as_int(va, ta).into()]),
            (Type::List(_), Type::List(_)) => self.call_rt_value("rt_list_concat", &[va, vb]),
            (Type::Set(..), Type::Set(..)) | (Type::Dict(_), Type::Dict(_)) => self.set_binary(op, va, ta, vb, false),
            (Type::Bytes(_), Type::Bytes(_)) => self.call_rt_value("rt_bytes_concat", &[va, vb]),
            (Type::Bytes(_), n) if n.is_intlike() => self.call_rt_value("rt_bytes_repeat", &[va, self.as_int(vb, tb).into()]),
            (n, Type::Bytes(_)) if n.is_intlike() => self.call_rt_value("rt_bytes_repeat", &[vb, self.as_int(va, ta).into()]),
            (Type::List(_), n) if n.is_intlike() => self.call_rt_value("rt_list_repeat", &[va, self.as_int(vb, tb).into()]),
            (n, Type::List(_)) if n.is_intlike() => self.call_rt_value("rt_list_repeat", &[vb, self.as_int(va, ta).into()]),
            // The empty tuple repeated is itself.
            (Type::Tuple(ts), n) if n.is_intlike() && ts.is_empty() => va,
            (n, Type::Tuple(ts)) if n.is_intlike() && ts.is_empty() => vb,
            (Type::Tuple(xs), Type::Tuple(ys)) => {
                let mut vals = Vec::new();
                for i in 0..xs.len() {
                    vals.push((self.tuple_field(va.into_pointer_value(), xs, i), xs[i].clone()));
                }
                for i in 0..ys.len() {
                    vals.push((self.tuple_field(vb.into_pointer_value(), ys, i), ys[i].clone()));
                }
                self.build_tuple_of(&vals).into()
            }
            _ => unreachable!("the annotator rejects {op:?} on {ta:?} and {tb:?}"),
        })
    }

    /// `a op= b`: lists change in place and stay the result; `s += t` appends into a growable
    /// buffer when it can; everything else rebinds.
    pub(crate) fn inplace_binary(&mut self, op: BinOp, a: Value, b: Value) -> Option<BasicValueEnum<'ctx>> {
        let (ta, tb) = (self.ty(a), self.ty(b));
        let (va, vb) = (self.get(a), self.get(b));
        match (op, &ta) {
            _ if ta == Type::Object || tb == Type::Object => self.binary_values(op, va, &ta, vb, &tb),
            (BinOp::Add, Type::List(_)) => {
                self.call_rt("rt_list_extend", &[va, vb]);
                Some(va)
            }
            (BinOp::Add, Type::Str) if tb == Type::Str => Some(self.call_rt_value("rt_str_append", &[va, vb])),
            (_, Type::Set(Mutability::Mutable, _) | Type::Dict(_)) => Some(self.set_binary(op, va, &ta, vb, true)),
            // A bytearray changes in place (its aliases see it); bytes rebind.
            (BinOp::Add, Type::Bytes(Mutability::Mutable)) => {
                self.call_rt("rt_bytes_extend", &[va, vb]);
                Some(va)
            }
            (BinOp::Mul, Type::Bytes(Mutability::Mutable)) => {
                let repeated = self.call_rt_value("rt_bytes_repeat", &[va, self.as_int(vb, &tb).into()]);
                self.set_list_len(va.into_pointer_value(), self.i64(0));
                self.call_rt("rt_bytes_extend", &[va, repeated]);
                Some(va)
            }
            (BinOp::Mul, Type::List(_)) => {
                let repeated = self.call_rt_value("rt_list_repeat", &[va, self.as_int(vb, &tb).into()]);
                self.set_list_len(va.into_pointer_value(), self.i64(0));
                self.call_rt("rt_list_extend", &[va, repeated]);
                Some(va)
            }
            _ => self.binary_values(op, va, &ta, vb, &tb),
        }
    }

    pub(crate) fn unary(&mut self, op: UnOp, a: Value) -> Option<BasicValueEnum<'ctx>> {
        let (t, v) = (self.ty(a), self.get(a));
        Some(match (op, &t) {
            (UnOp::Not, _) => {
                let c = self.truth(v, &t);
                let n = ll!(self.b().build_not(c, "not"));
                self.bool_value(n)
            }
            (_, Type::Object) => self.object_unary(op, v, &t),
            (UnOp::Neg, Type::Float) => ll!(self.b().build_float_neg(v.into_float_value(), "fneg")).into(),
            (UnOp::Pos, Type::Float) => v,
            (UnOp::Pos, _) => self.as_int(v, &t).into(),
            (UnOp::Neg, _) => {
                let x = self.as_int(v, &t);
                // 2 - (2x + 1) = 2(-x) + 1, overflowing only for the smallest small int.
                self.int_unary(x, "rt_int_neg", |s, x| {
                    let (r, o) = s.overflow_op("ssub", s.i64(2), x);
                    (r, Some(o))
                })
                .into()
            }
            (UnOp::Invert, _) => {
                let x = self.as_int(v, &t);
                // ~x = -x - 1: flipping every bit but the tag, which never overflows.
                self.int_unary(x, "rt_int_invert", |s, x| (ll!(s.b().build_xor(x, s.i64(-2), "inv")), None)).into()
            }
        })
    }

    /// A unary int operation: `fast` on a small int (it may report overflow), else `rt_slow`.
    fn int_unary(
        &mut self,
        x: IntValue<'ctx>,
        rt_slow: &str,
        fast: impl FnOnce(&Self, IntValue<'ctx>) -> (IntValue<'ctx>, Option<IntValue<'ctx>>),
    ) -> IntValue<'ctx> {
        let i64t = self.cg.ctx.i64_type().into();
        self.fast_or_slow(
            self.is_small(x),
            i64t,
            |s| {
                let (r, o) = fast(s, x);
                (r.into(), o)
            },
            |s| s.call_rt_value(rt_slow, &[x.into()]),
        )
        .into_int_value()
    }
}
