//! Dicts, sets and dict views, and the iteration protocol every `for` loop and comprehension
//! uses (`IterNext`/`IterItem`): inline for lists, strs and tuples, through the runtime's entry
//! positions for dicts and sets (runtime/ABI.md, "dict").

use super::func::{ll, FnLower};
use inkwell::values::{BasicValueEnum, IntValue};
use inkwell::IntPredicate;
use mesapy_annotator::annotate::ExcKind;
use mesapy_annotator::ir::*;
use mesapy_annotator::types::{Mutability, Type, ViewKind};

impl<'c, 'ctx, 'a> FnLower<'c, 'ctx, 'a> {
    /// The key (item) and value types of a dict, set or view type.
    fn key_value(&self, t: &Type) -> (Type, Type) {
        match t {
            Type::Dict(c) | Type::Set(_, c) | Type::View(_, c) => (self.cg.ann.containers.item(*c), self.cg.ann.containers.value(*c)),
            t => unreachable!("not a dict or set: {t:?}"),
        }
    }

    /// A value as a word of the container slot type `slot` (a key, item or value).
    fn slot_word(&self, v: Value, slot: &Type) -> BasicValueEnum<'ctx> {
        let val = self.coerce(self.get(v), &self.ty(v), slot);
        self.to_word(val, slot).into()
    }

    pub(crate) fn build_dict(&mut self, pairs: &[(Value, Value)], result: Option<Value>) -> BasicValueEnum<'ctx> {
        let t = self.result_type(result);
        let (kt, vt) = self.key_value(&t);
        let d = self.desc(&t);
        let dict = self.call_rt_value("rt_dict_new", &[d.into()]);
        for &(k, v) in pairs {
            let (kw, vw) = (self.slot_word(k, &kt), self.slot_word(v, &vt));
            self.call_rt("rt_dict_setitem", &[dict, kw, vw]);
        }
        dict
    }

    /// Whether CPython's compiler folds the expression defining `v` into a constant: a literal,
    /// a unary or binary operation on constants, a tuple of constants.
    fn folds_to_constant(&self, v: Value) -> bool {
        let def = self.func.blocks.iter().flat_map(|b| &b.insts).find(|i| i.result == Some(v));
        match def.map(|i| &i.kind) {
            Some(InstKind::Const(_)) => true,
            Some(InstKind::Unary(UnOp::Neg | UnOp::Pos | UnOp::Invert, a)) => self.folds_to_constant(*a),
            Some(InstKind::Binary(_, a, b)) => self.folds_to_constant(*a) && self.folds_to_constant(*b),
            Some(InstKind::BuildTuple(xs)) => xs.iter().all(|x| self.folds_to_constant(*x)),
            _ => false,
        }
    }

    pub(crate) fn build_set(&mut self, vs: &[Value], result: Option<Value>) -> BasicValueEnum<'ctx> {
        let t = self.result_type(result);
        let (it, _) = self.key_value(&t);
        let d = self.desc(&t);
        // CPython builds a display of three or more constants from a frozenset constant, whose
        // iteration order the runtime reproduces.
        if vs.len() >= 3 && vs.iter().all(|v| self.folds_to_constant(*v)) {
            let list = self.new_list(self.i64(vs.len() as i64), &it);
            for (i, &v) in vs.iter().enumerate() {
                let w = self.slot_word(v, &it);
                let p = self.list_item_ptr(list, self.i64(i as i64));
                ll!(self.b().build_store(p, w.into_int_value()));
            }
            return self.call_rt_value("rt_set_from_constants", &[d.into(), list.into()]);
        }
        let set = self.call_rt_value("rt_set_new", &[d.into()]);
        for &v in vs {
            let w = self.slot_word(v, &it);
            self.call_rt("rt_set_add", &[set, w]);
        }
        set
    }

    pub(crate) fn dict_getitem(&mut self, o: Value, k: Value) -> BasicValueEnum<'ctx> {
        let (kt, vt) = self.key_value(&self.ty(o));
        let kw = self.slot_word(k, &kt);
        let w = self.call_rt_value("rt_dict_getitem", &[self.get(o), kw]).into_int_value();
        self.from_word(w, &vt)
    }

    pub(crate) fn dict_setitem(&mut self, o: Value, k: Value, v: Value) {
        let (kt, vt) = self.key_value(&self.ty(o));
        let (kw, vw) = (self.slot_word(k, &kt), self.slot_word(v, &vt));
        self.call_rt("rt_dict_setitem", &[self.get(o), kw, vw]);
    }

    /// `del o[i]`.
    pub(crate) fn delitem(&mut self, o: Value, i: Value) {
        match self.ty(o) {
            Type::List(_) => {
                let list = self.get(o).into_pointer_value();
                let len = self.list_len(list);
                let idx = self.checked_index(self.int_of(i), len, "list assignment index out of range");
                self.call_rt("rt_list_pop", &[list.into(), self.tag(idx).into()]);
            }
            t => {
                let (kt, _) = self.key_value(&t);
                let kw = self.slot_word(i, &kt);
                self.call_rt("rt_dict_delitem", &[self.get(o), kw]);
            }
        }
    }

    /// `needle in hay` for a dict, set or view.
    pub(crate) fn contains_key(&mut self, hay: BasicValueEnum<'ctx>, th: &Type, needle: BasicValueEnum<'ctx>, tn: &Type) -> IntValue<'ctx> {
        let (f, slot) = match th {
            // Values and items have no index: search a list of them, as `x in list(view)` does.
            Type::View(ViewKind::Values | ViewKind::Items, _) => {
                let (list, item) = self.list_of(hay, th);
                if !self.same_shape(tn, &item) {
                    return self.generic_contains(hay, th, needle, tn);
                }
                let d = self.desc(&item);
                let w = self.to_word(self.coerce(needle, tn, &item), &item);
                let r = self.call_rt_value("rt_list_contains", &[list, w.into(), d.into()]).into_int_value();
                return ll!(self.b().build_int_compare(IntPredicate::NE, r, r.get_type().const_zero(), "in"));
            }
            Type::Set(..) => ("rt_set_contains", self.key_value(th).0),
            _ => ("rt_dict_contains", self.key_value(th).0),
        };
        if !self.fits_item(tn, &slot) {
            return self.generic_contains(hay, th, needle, tn);
        }
        let w = self.to_word(self.coerce(needle, tn, &slot), &slot);
        let r = self.call_rt_value(f, &[hay, w.into()]).into_int_value();
        ll!(self.b().build_int_compare(IntPredicate::NE, r, r.get_type().const_zero(), "in"))
    }

    /// `IterNext(seq, pos, size)`: a tagged position, -1 at the end.
    pub(crate) fn iter_next(&mut self, seq: Value, pos: Value, size: Value) -> BasicValueEnum<'ctx> {
        let (s, p, n) = (self.get(seq), self.int_of(pos), self.int_of(size));
        match self.ty(seq) {
            Type::Iter(inner) => self.iterator_next(s, &inner),
            t => self.next_position(s, &t, p, n).into(),
        }
    }

    /// The tagged position of the next item of container `s` (of type `seq_t`) at or after the
    /// tagged position `pos`, or -1 at the end; `size` is the container's tagged size when the
    /// iteration began (a dict or set that changed size raises).
    fn next_position(&mut self, s: BasicValueEnum<'ctx>, seq_t: &Type, pos: IntValue<'ctx>, size: IntValue<'ctx>) -> IntValue<'ctx> {
        let p = self.untag(pos);
        let len = match seq_t {
            Type::List(_) | Type::Bytes(_) => self.list_len(s.into_pointer_value()),
            Type::Str => self.untag(self.call_rt_value("rt_str_len", &[s]).into_int_value()),
            Type::Tuple(ts) => self.i64(ts.len() as i64),
            Type::TupleOf(_) => self.tuple_len(s.into_pointer_value()),
            _ => {
                let size = self.untag(size);
                let at = self.call_rt_value("rt_dict_next", &[s, p.into(), size.into()]).into_int_value();
                return self.tag(at);
            }
        };
        let more = ll!(self.b().build_int_compare(IntPredicate::SLT, p, len, "more"));
        let at = ll!(self.b().build_select(more, p, self.i64(-1), "at")).into_int_value();
        self.tag(at)
    }

    /// `iter(x)` of a built-in container: the iterator object (ABI.md "Iterators").
    pub(crate) fn new_iterator(&mut self, v: BasicValueEnum<'ctx>, t: &Type) -> BasicValueEnum<'ctx> {
        let size = match t {
            Type::Dict(_) | Type::Set(..) | Type::View(..) => {
                let n = self.list_len(v.into_pointer_value());
                self.tag(n)
            }
            _ => self.tagged(0),
        };
        let start = self.tagged(0);
        self.build_tuple_of(&[(v, t.clone()), (start.into(), Type::Int), (size.into(), Type::Int)]).into()
    }

    /// One step of the iterator object `it` over a container of type `inner`: the tagged
    /// position of its next item (stored back as the iterator's position plus one), or -1.
    fn iterator_next(&mut self, it: BasicValueEnum<'ctx>, inner: &Type) -> BasicValueEnum<'ctx> {
        let it = it.into_pointer_value();
        let field = |fl: &Self, i: i64| fl.tuple_item_ptr(it, fl.i64(i));
        let load = |fl: &Self, i: i64| ll!(fl.b().build_load(fl.cg.ctx.i64_type(), field(fl, i), "it")).into_int_value();
        let seq = self.from_word(load(self, 0), inner);
        let (pos, size) = (load(self, 1), load(self, 2));
        let at = self.next_position(seq, inner, pos, size);
        // Tagged `at + 1`, or the position unchanged at the end (-1 + 1 would restart a list).
        let found = ll!(self.b().build_int_compare(IntPredicate::SGE, at, self.tagged(0), "found"));
        let after = ll!(self.b().build_int_add(at, self.i64(2), "after"));
        let next = ll!(self.b().build_select(found, after, pos, "next")).into_int_value();
        ll!(self.b().build_store(field(self, 1), next));
        at.into()
    }

    /// `next(it)` or `next(it, default)` of an iterator object over a container of type
    /// `inner`: the item, else the default or CPython's `StopIteration`.
    pub(crate) fn iterator_step(&mut self, it: BasicValueEnum<'ctx>, inner: &Type, default: Option<(BasicValueEnum<'ctx>, Type)>, out: &Type) -> BasicValueEnum<'ctx> {
        let at = self.iterator_next(it, inner).into_int_value();
        let ended = ll!(self.b().build_int_compare(IntPredicate::SLT, at, self.tagged(0), "ended"));
        let item_t = self.iterator_item_type(inner);
        let found = |fl: &mut Self| {
            let seq = fl.iterator_container(it, inner);
            let item = fl.item_at(seq, inner, at, &item_t);
            fl.coerce(item, &item_t, out)
        };
        match default {
            Some(d) => self.found_or_default(ended, found, d, out),
            None => {
                self.raise_if(ended, ExcKind::StopIteration, "");
                found(self)
            }
        }
    }

    /// `found(self)` unless `ended`, else the `default` (a value and its type), both as `out`:
    /// `next(it, default)`, `min(xs, default=d)`.
    pub(crate) fn found_or_default(&mut self, ended: IntValue<'ctx>, found: impl FnOnce(&mut Self) -> BasicValueEnum<'ctx>, (dv, dt): (BasicValueEnum<'ctx>, Type), out: &Type) -> BasicValueEnum<'ctx> {
        let (found_b, ended_b, done) = (self.new_block("found"), self.new_block("ended"), self.new_block("or_default"));
        ll!(self.b().build_conditional_branch(ended, ended_b, found_b));
        self.b().position_at_end(found_b);
        let item = found(self);
        let found_end = self.b().get_insert_block().expect("a block is open");
        ll!(self.b().build_unconditional_branch(done));
        self.b().position_at_end(ended_b);
        let d = self.coerce(dv, &dt, out);
        ll!(self.b().build_unconditional_branch(done));
        self.b().position_at_end(done);
        let phi = ll!(self.b().build_phi(self.cg.repr(out), "or_default"));
        phi.add_incoming(&[(&item, found_end), (&d, ended_b)]);
        phi.as_basic_value()
    }

    /// The (canonical) type of the items of an iterator over a container of type `inner`.
    fn iterator_item_type(&self, inner: &Type) -> Type {
        let item = self.cg.ann.containers.iter_item(inner).unwrap_or_else(|| match inner {
            Type::Tuple(ts) => ts.first().cloned().unwrap_or(Type::None),
            t => unreachable!("the annotator types iterators of containers, not {t:?}"),
        });
        self.cg.ann.containers.canonical(&item)
    }

    /// The container an iterator object walks.
    fn iterator_container(&self, it: BasicValueEnum<'ctx>, inner: &Type) -> BasicValueEnum<'ctx> {
        let p = self.tuple_item_ptr(it.into_pointer_value(), self.i64(0));
        let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "seq")).into_int_value();
        self.from_word(w, inner)
    }

    /// `IterPrev(seq, pos)`: a tagged position, -1 once `pos` left the sequence.
    pub(crate) fn iter_prev(&mut self, seq: Value, pos: Value) -> BasicValueEnum<'ctx> {
        let (s, p) = (self.get(seq), self.untag(self.int_of(pos)));
        let len = match self.ty(seq) {
            Type::List(_) | Type::Bytes(_) => self.list_len(s.into_pointer_value()),
            Type::Str => self.untag(self.call_rt_value("rt_str_len", &[s]).into_int_value()),
            Type::Tuple(ts) => self.i64(ts.len() as i64),
            Type::TupleOf(_) => self.tuple_len(s.into_pointer_value()),
            t => unreachable!("the annotator rejects reversing {t:?}"),
        };
        // Unsigned, so that -1 is out of range too.
        let inside = ll!(self.b().build_int_compare(IntPredicate::ULT, p, len, "inside"));
        let at = ll!(self.b().build_select(inside, p, self.i64(-1), "at")).into_int_value();
        self.tag(at).into()
    }

    /// `IterItem(seq, at)`: the item at a position `iter_next` just returned, so in bounds.
    pub(crate) fn iter_item(&mut self, seq: Value, at: Value, result: Value) -> BasicValueEnum<'ctx> {
        let (s, at, item_t) = (self.get(seq), self.int_of(at), self.ty(result));
        match self.ty(seq) {
            Type::Iter(inner) => {
                let container = self.iterator_container(s, &inner);
                self.item_at(container, &inner, at, &item_t)
            }
            t => self.item_at(s, &t, at, &item_t),
        }
    }

    /// The item at tagged position `at` of container `s` (of type `seq_t`), a position
    /// [`Self::next_position`] just returned, so in bounds.
    fn item_at(&mut self, s: BasicValueEnum<'ctx>, seq_t: &Type, at: IntValue<'ctx>, item_t: &Type) -> BasicValueEnum<'ctx> {
        let i = self.untag(at);
        match seq_t {
            Type::TupleOf(_) => {
                let p = self.tuple_item_ptr(s.into_pointer_value(), i);
                let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "w")).into_int_value();
                self.from_word(w, item_t)
            }
            Type::List(_) => {
                let p = self.list_item_ptr(s.into_pointer_value(), i);
                let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "w")).into_int_value();
                self.from_word(w, item_t)
            }
            Type::Str => self.call_rt_value("rt_str_getitem", &[s, at.into()]),
            Type::Bytes(k) => self.bytes_getitem(s, at, *k),
            Type::Tuple(fields) => {
                let p = self.tuple_item_ptr(s.into_pointer_value(), i);
                let w = ll!(self.b().build_load(self.cg.ctx.i64_type(), p, "w")).into_int_value();
                match fields.first() {
                    // Fields of several types come out boxed, each with its own descriptor.
                    Some(first) if *item_t == Type::Object && fields.iter().any(|f| f != first) => {
                        let descs: Vec<_> = fields.iter().map(|f| self.desc(f)).collect();
                        let table_t = self.cg.ptr().array_type(descs.len() as u32);
                        let table = self.cg.module.add_global(table_t, None, "field.descs");
                        table.set_initializer(&self.cg.ptr().const_array(&descs));
                        table.set_constant(true);
                        table.set_linkage(inkwell::module::Linkage::Private);
                        // SAFETY: `i` is a position `next_position` returned, inside the tuple, so
                        // inside the table of one descriptor per field.
                        let at = unsafe { ll!(self.b().build_in_bounds_gep(table_t, table.as_pointer_value(), &[self.i64(0), i], "desc.p")) };
                        let d = ll!(self.b().build_load(self.cg.ptr(), at, "desc"));
                        self.call_rt_value("rt_box", &[w.into(), d])
                    }
                    _ => self.from_word(w, item_t),
                }
            }
            Type::View(ViewKind::Items, _) => self.call_rt_value("rt_dict_item_at", &[s, i.into()]),
            Type::View(ViewKind::Values, _) => {
                let w = self.call_rt_value("rt_dict_value_at", &[s, i.into()]).into_int_value();
                self.from_word(w, item_t)
            }
            _ => {
                let w = self.call_rt_value("rt_dict_key_at", &[s, i.into()]).into_int_value();
                self.from_word(w, item_t)
            }
        }
    }

    /// A new list of the items of any iterable, with the items' type (`list(x)`, `sorted(x)`).
    pub(crate) fn list_of(&mut self, v: BasicValueEnum<'ctx>, t: &Type) -> (BasicValueEnum<'ctx>, Type) {
        match t {
            Type::List(l) => (self.copy_list(v), self.cg.ann.containers.item(*l)),
            Type::Str => (self.call_rt_value("rt_list_from_str", &[v]), Type::Str),
            Type::Bytes(_) => (self.call_rt_value("rt_bytes_list", &[v]), Type::Int),
            Type::View(ViewKind::Values, c) => (self.call_rt_value("rt_dict_values", &[v]), self.cg.ann.containers.value(*c)),
            Type::View(ViewKind::Items, c) => {
                let item = Type::Tuple(vec![self.cg.ann.containers.item(*c), self.cg.ann.containers.value(*c)]);
                (self.call_rt_value("rt_dict_items", &[v]), item)
            }
            Type::Dict(c) | Type::Set(_, c) | Type::View(ViewKind::Keys, c) => (self.call_rt_value("rt_dict_keys", &[v]), self.cg.ann.containers.item(*c)),
            Type::Tuple(ts) => {
                // Fields of several types are boxed, as the annotator typed the items.
                let item = match ts.first() {
                    Some(first) if ts.iter().any(|t| t != first) => Type::Object,
                    first => first.cloned().unwrap_or(Type::None),
                };
                let list = self.new_list(self.i64(ts.len() as i64), &item);
                for i in 0..ts.len() {
                    let f = self.tuple_field(v.into_pointer_value(), ts, i);
                    let f = self.coerce(f, &ts[i], &item);
                    let w = self.to_word(f, &item);
                    let p = self.list_item_ptr(list, self.i64(i as i64));
                    ll!(self.b().build_store(p, w));
                }
                (list.into(), item)
            }
            Type::TupleOf(item) => (self.list_from_tuple(v, item), (**item).clone()),
            Type::Iter(inner) => self.iterator_rest(v, inner),
            t => unreachable!("the annotator rejects iterating {t:?}"),
        }
    }

    /// A new list of the items an iterator object has not produced yet (it ends exhausted).
    /// The loop calls only runtime functions, which never collect, so its temporaries need no
    /// frame slots.
    fn iterator_rest(&mut self, it: BasicValueEnum<'ctx>, inner: &Type) -> (BasicValueEnum<'ctx>, Type) {
        let item_t = self.iterator_item_type(inner);
        let list = self.new_list(self.i64(0), &item_t);
        let (header, body, done) = (self.new_block("rest"), self.new_block("rest_item"), self.new_block("rest_done"));
        ll!(self.b().build_unconditional_branch(header));
        self.b().position_at_end(header);
        let at = self.iterator_next(it, inner).into_int_value();
        let ended = ll!(self.b().build_int_compare(IntPredicate::SLT, at, self.tagged(0), "ended"));
        ll!(self.b().build_conditional_branch(ended, done, body));
        self.b().position_at_end(body);
        let seq = self.iterator_container(it, inner);
        let item = self.item_at(seq, inner, at, &item_t);
        let w = self.to_word(item, &item_t);
        self.call_rt("rt_list_append", &[list.into(), w.into()]);
        ll!(self.b().build_unconditional_branch(header));
        self.b().position_at_end(done);
        (list.into(), item_t)
    }

    /// `set(x)` or `frozenset(x)` (as `set_t` says) for any iterable. From a set or frozenset it
    /// is CPython's copy (a new set updated from the other); `frozenset(f)` is `f` itself.
    pub(crate) fn set_of(&mut self, v: BasicValueEnum<'ctx>, t: &Type, set_t: &Type) -> BasicValueEnum<'ctx> {
        let d = self.desc(set_t);
        match (t, set_t) {
            // Items of another representation are converted into a new set, which is the copy.
            (Type::Set(..), _) if !self.same_container_items(t, set_t) => self.container_as(v, t, set_t),
            (Type::Set(Mutability::Immutable, _), Type::Set(Mutability::Immutable, _)) => v,
            (Type::Set(Mutability::Mutable, _), Type::Set(Mutability::Mutable, _)) => self.call_rt_value("rt_set_copy", &[v]),
            (Type::Set(..), _) => {
                let set = self.call_rt_value("rt_set_new", &[d.into()]);
                self.call_rt("rt_set_update", &[set, v]);
                set
            }
            _ => {
                let (list, item) = self.list_of(v, t);
                let list = self.list_as(list, &item, &self.key_value(set_t).0);
                self.call_rt_value("rt_set_from_list", &[d.into(), list])
            }
        }
    }

    pub(crate) fn dict_method(&mut self, d: BasicValueEnum<'ctx>, dt: &Type, name: &str, args: &[Value]) -> BasicValueEnum<'ctx> {
        let (kt, vt) = self.key_value(dt);
        let key = |s: &Self, i: usize| s.slot_word(args[i], &kt);
        let value = |s: &Self, i: usize| s.slot_word(args[i], &vt);
        let from = |s: &Self, w: BasicValueEnum<'ctx>| s.from_word(w.into_int_value(), &vt);
        match (name, args.len()) {
            ("keys" | "values" | "items", _) => d,
            // A value type without a spare word: the result is boxed (`object`).
            ("get", 1) if !(vt.nullable() || matches!(vt, Type::Optional(_) | Type::None)) => self.call_rt_value("rt_dict_get_boxed", &[d, key(self, 0)]),
            // Without a default, a missing key gives the word 0: `None` of the `T | None` result.
            ("get", 1) => {
                let w = self.call_rt_value("rt_dict_get", &[d, key(self, 0), self.i64(0).into()]);
                from(self, w)
            }
            ("get", _) => {
                let w = self.call_rt_value("rt_dict_get", &[d, key(self, 0), value(self, 1)]);
                from(self, w)
            }
            ("setdefault", 1) => {
                let w = self.call_rt_value("rt_dict_setdefault", &[d, key(self, 0), self.i64(0).into()]);
                from(self, w)
            }
            ("setdefault", _) => {
                let w = self.call_rt_value("rt_dict_setdefault", &[d, key(self, 0), value(self, 1)]);
                from(self, w)
            }
            ("pop", 1) => {
                let w = self.call_rt_value("rt_dict_pop", &[d, key(self, 0)]);
                from(self, w)
            }
            ("pop", _) => {
                let w = self.call_rt_value("rt_dict_pop_default", &[d, key(self, 0), value(self, 1)]);
                from(self, w)
            }
            ("popitem", _) => self.call_rt_value("rt_dict_popitem", &[d]),
            ("clear", _) => {
                self.call_rt("rt_dict_clear", &[d]);
                self.none()
            }
            ("copy", _) => self.call_rt_value("rt_dict_copy", &[d]),
            ("update", _) => {
                let other = self.container_as(self.get(args[0]), &self.ty(args[0]), dt);
                self.call_rt("rt_dict_update", &[d, other]);
                self.none()
            }
            _ => unreachable!("the annotator rejects dict.{name}"),
        }
    }

    /// The argument of a set method as a set: itself, or a new set of an iterable's items.
    fn as_set(&mut self, v: Value, set_t: &Type) -> BasicValueEnum<'ctx> {
        match self.ty(v) {
            Type::Set(..) => self.container_as(self.get(v), &self.ty(v), set_t),
            t => self.set_of(self.get(v), &t, set_t),
        }
    }

    pub(crate) fn set_method(&mut self, s: BasicValueEnum<'ctx>, st: &Type, name: &str, args: &[Value]) -> BasicValueEnum<'ctx> {
        let (it, _) = self.key_value(st);
        match name {
            "add" | "remove" | "discard" => {
                let w = self.slot_word(args[0], &it);
                self.call_rt(&format!("rt_set_{name}"), &[s, w]);
                self.none()
            }
            "pop" => {
                let w = self.call_rt_value("rt_set_pop", &[s]).into_int_value();
                self.from_word(w, &it)
            }
            "clear" => {
                self.call_rt("rt_set_clear", &[s]);
                self.none()
            }
            // A frozenset's copy is itself, as in CPython.
            "copy" if matches!(st, Type::Set(Mutability::Immutable, _)) => s,
            "copy" => self.call_rt_value("rt_set_copy", &[s]),
            "update" | "intersection_update" | "difference_update" | "symmetric_difference_update" => {
                let other = self.as_set(args[0], st);
                self.call_rt(&format!("rt_set_{name}"), &[s, other]);
                self.none()
            }
            _ => {
                let other = self.as_set(args[0], st);
                self.call_rt_value(&format!("rt_set_{name}"), &[s, other])
            }
        }
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` on sets, and `a | b` on dicts; in place for `|=` etc.
    pub(crate) fn set_binary(&mut self, op: BinOp, a: BasicValueEnum<'ctx>, ta: &Type, b: BasicValueEnum<'ctx>, inplace: bool) -> BasicValueEnum<'ctx> {
        if let Type::Dict(_) = ta {
            let target = if inplace { a } else { self.call_rt_value("rt_dict_copy", &[a]) };
            self.call_rt("rt_dict_update", &[target, b]);
            return target;
        }
        let name = match op {
            BinOp::BitOr => "union",
            BinOp::BitAnd => "intersection",
            BinOp::Sub => "difference",
            _ => "symmetric_difference",
        };
        if inplace {
            let f = if op == BinOp::BitOr { "rt_set_update".to_string() } else { format!("rt_set_{name}_update") };
            self.call_rt(&f, &[a, b]);
            a
        } else {
            self.call_rt_value(&format!("rt_set_{name}"), &[a, b])
        }
    }

    /// `<`, `<=`, `>`, `>=` between sets: subset and superset tests.
    pub(crate) fn set_order(&mut self, op: CmpOp, a: BasicValueEnum<'ctx>, b: BasicValueEnum<'ctx>) -> IntValue<'ctx> {
        let (sub, sup) = match op {
            CmpOp::Lt | CmpOp::Le => (a, b),
            _ => (b, a),
        };
        let r = self.call_rt_value("rt_set_issubset", &[sub, sup]).into_int_value();
        let is_sub = ll!(self.b().build_int_compare(IntPredicate::NE, r, r.get_type().const_zero(), "sub"));
        if matches!(op, CmpOp::Le | CmpOp::Ge) {
            return is_sub;
        }
        let (ls, lp) = (self.list_len(sub.into_pointer_value()), self.list_len(sup.into_pointer_value()));
        let smaller = ll!(self.b().build_int_compare(IntPredicate::SLT, ls, lp, "proper"));
        ll!(self.b().build_and(is_sub, smaller, "lt"))
    }

    /// `hash(x)`.
    pub(crate) fn hash_of(&mut self, v: BasicValueEnum<'ctx>, t: &Type) -> BasicValueEnum<'ctx> {
        let w = self.to_word(v, t);
        let d = self.desc(t);
        self.call_rt_value("rt_hash", &[w.into(), d.into()])
    }
}
