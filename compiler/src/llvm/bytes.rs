//! `bytes` and `bytearray` values (construction, indexing, `in`, methods) and `str.maketrans`.
//! Both types are one runtime object with the length at +8; the static type picks the
//! functions, and the few messages that name the type get a flag.

use super::func::{ll, FnLower};
use inkwell::values::{BasicValueEnum, IntValue};
use inkwell::IntPredicate;
use mesapy_annotator::ir::Value;
use mesapy_annotator::types::{Mutability, Type};

impl<'c, 'ctx, 'a> FnLower<'c, 'ctx, 'a> {
    /// The flag the runtime takes for messages that name `bytearray`.
    fn bytearray_flag(&self, kind: Mutability) -> BasicValueEnum<'ctx> {
        self.cg.ctx.i8_type().const_int(u64::from(kind == Mutability::Mutable), false).into()
    }

    /// `b[i]` with a tagged index: an int.
    pub(crate) fn bytes_getitem(&self, b: BasicValueEnum<'ctx>, index: IntValue<'ctx>, kind: Mutability) -> BasicValueEnum<'ctx> {
        self.call_rt_value("rt_bytes_getitem", &[b, index.into(), self.bytearray_flag(kind)])
    }

    /// A needle of `in` or of a search method: a bytes value, or an int as its one byte.
    fn bytes_arg(&self, v: BasicValueEnum<'ctx>, t: &Type) -> BasicValueEnum<'ctx> {
        match t {
            Type::Bytes(_) => v,
            t => self.call_rt_value("rt_bytes_of_byte", &[self.as_int(v, t).into()]),
        }
    }

    /// `needle in hay` for a bytes `hay`, as an i1.
    pub(crate) fn bytes_contains(&mut self, hay: BasicValueEnum<'ctx>, needle: BasicValueEnum<'ctx>, tn: &Type) -> IntValue<'ctx> {
        let needle = self.bytes_arg(needle, tn);
        let r = self.call_rt_value("rt_bytes_contains", &[hay, needle]).into_int_value();
        ll!(self.b().build_int_compare(IntPredicate::NE, r, r.get_type().const_zero(), "in"))
    }

    /// A new bytes object of the ints of any iterable (a list of bool words included).
    fn bytes_of_items(&mut self, v: BasicValueEnum<'ctx>, t: &Type, kind: Mutability) -> BasicValueEnum<'ctx> {
        let (list, item) = self.list_or_items(v, t);
        let d = self.desc(&item);
        self.call_rt_value("rt_bytes_from_list", &[list, d.into(), self.bytearray_flag(kind)])
    }

    /// `bytes(...)` and `bytearray(...)`, whose arguments the annotator checked.
    pub(crate) fn new_bytes(&mut self, kind: Mutability, vals: &[BasicValueEnum<'ctx>], types: &[Type]) -> BasicValueEnum<'ctx> {
        match types {
            [] => self.call_rt_value("rt_bytes_zeros", &[self.tagged(0).into()]),
            [n] if n.is_intlike() => self.call_rt_value("rt_bytes_zeros", &[self.as_int(vals[0], n).into()]),
            [Type::Bytes(_)] => self.call_rt_value("rt_bytes_copy", &[vals[0]]),
            [Type::Str, _] => self.call_rt_value("rt_str_encode", &[vals[0], vals[1]]),
            [t, ..] => self.bytes_of_items(vals[0], t, kind),
        }
    }

    pub(crate) fn bytes_method(&mut self, b: BasicValueEnum<'ctx>, kind: Mutability, name: &str, vals: &[BasicValueEnum<'ctx>], types: &[Type]) -> BasicValueEnum<'ctx> {
        let rt = format!("rt_bytes_{name}");
        match name {
            "append" => {
                let v = self.as_int(vals[0], &types[0]);
                self.call_rt("rt_bytes_append", &[b, v.into()]);
                self.none()
            }
            "extend" => {
                let more = match &types[0] {
                    Type::Bytes(_) => vals[0],
                    t => self.bytes_of_items(vals[0], t, kind),
                };
                self.call_rt("rt_bytes_extend", &[b, more]);
                self.none()
            }
            "decode" => {
                let encoding = self.opt_ref(vals, types, 0);
                self.call_rt_value(&rt, &[b, encoding])
            }
            "strip" | "lstrip" | "rstrip" => {
                let chars = self.opt_ref(vals, types, 0);
                self.call_rt_value(&rt, &[b, chars])
            }
            "split" => {
                let sep = self.opt_ref(vals, types, 0);
                let maxsplit = match types.get(1) {
                    Some(t) => self.as_int(vals[1], t),
                    None => self.tagged(-1),
                };
                self.call_rt_value(&rt, &[b, sep, maxsplit.into()])
            }
            "join" => self.call_rt_value(&rt, &[b, vals[0]]),
            "replace" => {
                let count = match types.get(2) {
                    Some(t) => self.as_int(vals[2], t),
                    None => self.tagged(-1),
                };
                self.call_rt_value(&rt, &[b, vals[0], vals[1], count.into()])
            }
            "find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith" => {
                let sub = self.bytes_arg(vals[0], &types[0]);
                let (start, end) = (self.opt_arg(vals, types, 1), self.opt_arg(vals, types, 2));
                self.call_rt_value(&rt, &[b, sub, start, end])
            }
            // hex, upper, lower and the is* tests take only the receiver.
            _ => self.call_rt_value(&rt, &[b]),
        }
    }

    /// `str.maketrans(...)`: a new dict of the result's type.
    pub(crate) fn maketrans(&mut self, vals: &[BasicValueEnum<'ctx>], types: &[Type], result: Option<Value>) -> BasicValueEnum<'ctx> {
        let d = self.desc(&self.result_type(result));
        match types {
            [Type::Dict(_)] => self.call_rt_value("rt_str_maketrans_dict", &[d.into(), vals[0]]),
            _ => {
                let delete = self.opt_ref(vals, types, 2);
                self.call_rt_value("rt_str_maketrans", &[d.into(), vals[0], vals[1], delete])
            }
        }
    }
}
