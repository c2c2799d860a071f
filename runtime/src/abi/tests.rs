//! Tests through the exported functions, as generated code calls them: objects, descriptors and
//! the collector together.

use std::ptr::null;

use super::dict::*;
use super::set::*;
use super::entry::rt_gc_collect;
use super::generic::{rt_eq, rt_format, rt_hash, rt_repr, rt_str_of};
use super::int::{rt_int_add, rt_int_mul, rt_int_sub};
use super::layout::{Dict, Frame, List, Set, TypeDesc};
use super::list::{rt_list_append, rt_list_new, rt_list_pop, rt_list_sort};
use super::tuple::rt_tuple_new;
use super::str::{rt_list_from_str, rt_str_format_method, rt_str_from_utf8, rt_str_getitem, rt_str_len, rt_str_slice, rt_str_split};
use super::{list_items, rt_frame_top, str_ref, tuple_items};
use crate::gc::object::{BigObj, Str};
use crate::gc::{self, rt_gc_pending};
use crate::int::tag;

fn desc(kind: u32, args: &[&'static TypeDesc]) -> &'static TypeDesc {
    let ptrs: Vec<*const TypeDesc> = args.iter().map(|&d| d as *const TypeDesc).collect();
    let args = Box::leak(ptrs.into_boxed_slice());
    Box::leak(Box::new(TypeDesc { kind, nargs: args.len() as u32, args: args.as_ptr() }))
}

fn s(text: &str) -> *mut Str {
    // SAFETY: a valid byte range.
    unsafe { rt_str_from_utf8(text.as_ptr(), text.len() as u64) }
}

fn text(p: *const Str) -> String {
    // SAFETY: test objects are live str objects.
    unsafe { str_ref(p) }.to_string()
}

#[test]
fn strings_through_the_abi() {
    let h = s("héllo");
    // SAFETY: live objects and tagged ints throughout.
    unsafe {
        assert_eq!(rt_str_len(h), tag(5) as i64);
        assert_eq!(text(rt_str_getitem(h, tag(1) as i64)), "é");
        assert_eq!(text(rt_str_getitem(h, tag(-1) as i64)), "o");
        assert_eq!(text(rt_str_slice(h, 0, 0, tag(-1) as i64)), "olléh");
        let parts = rt_str_split(s(" a b  c "), null(), tag(-1) as i64);
        let words: Vec<String> = list_items(parts).iter().map(|&w| text(w as *const Str)).collect();
        assert_eq!(words, ["a", "b", "c"]);
        let chars = rt_list_from_str(h);
        assert_eq!(list_items(chars).len(), 5);
        // One-character ASCII strings are shared.
        assert_eq!(rt_str_getitem(h, tag(0) as i64), list_items(chars)[0] as *mut Str);
    }
}

#[test]
fn descriptors_drive_repr_format_and_sort() {
    let int = desc(0, &[]);
    let float = desc(1, &[]);
    let string = desc(4, &[]);
    let list_str = desc(5, &[string]);
    let tup = desc(6, &[int, float, string]);
    // SAFETY: live objects of the described types throughout.
    unsafe {
        let l = rt_list_new(0, 1);
        for w in ["pear", "apple", "fig"] {
            rt_list_append(l, s(w) as u64);
        }
        rt_list_sort(l, string, 0);
        assert_eq!(text(rt_repr(l as u64, list_str)), "['apple', 'fig', 'pear']");
        assert_eq!(text(rt_list_pop(l, 0) as *const Str), "pear");
        let t = rt_tuple_new(3, 0b100);
        let fields = (&raw mut (*t).items).cast::<u64>();
        *fields = tag(7);
        *fields.add(1) = 0.5f64.to_bits();
        *fields.add(2) = s("x") as u64;
        assert_eq!(text(rt_repr(t as u64, tup)), "(7, 0.5, 'x')");
        assert_eq!(text(rt_format(0.5f64.to_bits(), float, s(">8.2%"))), "  50.00%");
        assert_eq!(rt_eq(s("ab") as u64, s("ab") as u64, string), 1);
        let args = [tag(3), s("é") as u64];
        let descs = [int as *const TypeDesc, string];
        let out = rt_str_format_method(s("{:03d}|{!r:>5}"), 2, args.as_ptr(), descs.as_ptr());
        assert_eq!(text(out), "003|  'é'");
        assert_eq!(tuple_items(t).len(), 3);
    }
}

/// Serialises the tests that link a frame and collect: `rt_frame_top` is one global shared by the
/// test threads, while each thread has its own heap, so a collection must never see another
/// test's frame.
fn exclusive_collector() -> std::sync::MutexGuard<'static, ()> {
    static COLLECTOR: std::sync::Mutex<()> = std::sync::Mutex::new(());
    COLLECTOR.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[repr(C)]
struct TestFrame {
    frame: Frame,
    slots: [u64; 4],
}

#[test]
fn collector_keeps_what_frames_reach_and_frees_the_rest() {
    let _collector = exclusive_collector();
    // SAFETY: every word stored in the frame is a live object or a tagged int, and the frame is
    // unlinked before it goes out of scope.
    unsafe {
        let kept = rt_list_new(0, 1);
        for i in 0..1000 {
            let item = s(&format!("item{i}"));
            if i % 10 == 0 {
                rt_list_append(kept, item as u64);
            }
        }
        // Temporaries that become garbage: floats in a raw list and big-int intermediates.
        let raw = rt_list_new(100, 0);
        let _ = raw;
        let big = rt_int_mul(tag(1 << 40) as i64, tag(1 << 40) as i64);
        let _garbage = rt_int_add(big, big);
        assert_eq!(rt_int_sub(big, big), tag(0) as i64, "a zero result is small again");
        let tuple = rt_tuple_new(2, 0b01);
        let fields = (&raw mut (*tuple).items).cast::<u64>();
        *fields = s("in a tuple") as u64;
        *fields.add(1) = tag(5);
        // A deep chain of nested lists: marking must not recurse.
        let mut nested = rt_list_new(0, 1);
        for _ in 0..200_000 {
            let outer = rt_list_new(0, 1);
            rt_list_append(outer, nested as u64);
            nested = outer;
        }
        let mut frame = TestFrame {
            frame: Frame { prev: std::ptr::null_mut(), info: null(), line: 0, depth: 1, nslots: 4, slots: [] },
            slots: [kept as u64, big as u64, tuple as u64, nested as u64],
        };
        (&raw mut rt_frame_top).write(&mut frame.frame);
        rt_gc_collect();
        (&raw mut rt_frame_top).write(std::ptr::null_mut());

        // kept list + 100 strs, the big int, the tuple + its str, 200_001 nested lists.
        assert_eq!(gc::object_count(), 1 + 100 + 1 + 2 + 200_001);
        let kept_words: Vec<String> = list_items(kept).iter().map(|&w| text(w as *const Str)).collect();
        assert_eq!(kept_words.len(), 100);
        assert_eq!(kept_words[0], "item0");
        assert_eq!(kept_words[99], "item990");
        assert_eq!((*(big as *const BigObj)).value, num_bigint::BigInt::from(1u128 << 80));
        assert_eq!(text(tuple_items(tuple)[0] as *const Str), "in a tuple");
        assert_eq!(tuple_items(tuple)[1], tag(5));
        assert_eq!((&raw const rt_gc_pending).read(), 0);

        // Allocating past the threshold (now twice the ~8 MB live) requests a collection; with no
        // frame linked, everything is freed.
        for _ in 0..400 {
            rt_list_new(8192, 0);
        }
        assert_eq!((&raw const rt_gc_pending).read(), 1);
        rt_gc_collect();
        assert_eq!(gc::object_count(), 0);
        assert_eq!((&raw const rt_gc_pending).read(), 0);
    }
}

#[test]
fn appending_shares_a_buffer_without_changing_earlier_strings() {
    use super::str::rt_str_append;
    let _collector = exclusive_collector();
    // SAFETY: live str objects throughout; the frame is unlinked before it goes out of scope.
    unsafe {
        let mut acc = s("");
        let mut snapshots = Vec::new();
        for i in 0..1000 {
            acc = rt_str_append(acc, s(&format!("{}é", i % 10)));
            if i % 100 == 0 {
                snapshots.push(acc);
            }
        }
        assert_eq!(rt_str_len(acc), tag(2000) as i64);
        // An alias taken earlier keeps its text, and appending to it does not disturb `acc`.
        let early = snapshots[1];
        assert_eq!(text(early), "0é1é2é3é4é5é6é7é8é9é".repeat(10) + "0é");
        let branch = rt_str_append(early, s("!"));
        assert!(text(branch).ends_with("0é!"));
        assert!(text(acc).starts_with(&text(early)));
        assert_eq!(text(rt_str_slice(acc, tag(-2) as i64, 0, 0)), "9é");
        // The collector keeps the buffer alive through the str that uses it.
        let mut frame = TestFrame {
            frame: Frame { prev: std::ptr::null_mut(), info: null(), line: 0, depth: 1, nslots: 4, slots: [] },
            slots: [acc as u64, early as u64, branch as u64, 0],
        };
        (&raw mut rt_frame_top).write(&mut frame.frame);
        rt_gc_collect();
        (&raw mut rt_frame_top).write(std::ptr::null_mut());
        assert_eq!(&text(acc)[..6], "0é1é");
        assert!(text(branch).ends_with("0é!"));
    }
}

/// The keys of a dict or set in the order generated code's `for k in d` visits them.
///
/// # Safety
/// `d` must be a live dict or set object.
unsafe fn iterate(d: *const Dict) -> Vec<u64> {
    // SAFETY: per the caller; the loop is the one ABI.md prescribes.
    unsafe {
        let (size0, mut pos, mut keys) = ((*d).len, 0, Vec::new());
        loop {
            let i = rt_dict_next(d, pos, size0);
            if i < 0 {
                break keys;
            }
            keys.push(rt_dict_key_at(d, i));
            pos = i + 1;
        }
    }
}

#[test]
fn dicts_through_the_abi() {
    let int = desc(0, &[]);
    let string = desc(4, &[]);
    let list_int = desc(5, &[int]);
    let dict_t = desc(7, &[string, list_int]);
    let items_t = desc(11, &[dict_t]);
    let pair_t = desc(6, &[string, list_int]);
    // SAFETY: live objects of the described types throughout.
    unsafe {
        let d = rt_dict_new(dict_t);
        for (k, n) in [("ab", 1), ("cd", 2), ("ef", 3)] {
            let l = rt_list_new(0, 1);
            rt_list_append(l, tag(n));
            rt_dict_setitem(d, s(k) as u64, l as u64);
        }
        assert_eq!((*d).len, 3);
        assert_eq!(text(rt_repr(d as u64, dict_t)), "{'ab': [1], 'cd': [2], 'ef': [3]}");
        rt_dict_delitem(d, s("ab") as u64);
        rt_dict_setitem(d, s("ab") as u64, rt_list_new(0, 1) as u64);
        rt_dict_setitem(d, s("cd") as u64, rt_dict_getitem(d, s("ef") as u64));
        let keys: Vec<String> = iterate(d).iter().map(|&w| text(w as *const Str)).collect();
        assert_eq!(keys, ["cd", "ef", "ab"]);
        assert_eq!(text(rt_str_of(d as u64, dict_t)), "{'cd': [3], 'ef': [3], 'ab': []}");
        assert_eq!(text(rt_repr(d as u64, items_t)), "dict_items([('cd', [3]), ('ef', [3]), ('ab', [])])");
        assert_eq!(rt_dict_contains(d, s("ef") as u64), 1);
        assert_eq!(rt_dict_get(d, s("zz") as u64, 0), 0);

        let copy = rt_dict_copy(d);
        assert_eq!(rt_eq(d as u64, copy as u64, dict_t), 1);
        let last = rt_dict_popitem(copy);
        assert_eq!(text(rt_repr(last as u64, pair_t)), "('ab', [])");
        assert_eq!((*last).ref_mask, 0b11);
        assert_eq!(rt_eq(d as u64, copy as u64, dict_t), 0);
        rt_dict_update(copy, d);
        rt_dict_update(copy, copy);
        assert_eq!(rt_eq(d as u64, copy as u64, dict_t), 1);
        let default = rt_list_new(0, 1);
        assert_eq!(rt_dict_setdefault(copy, s("new") as u64, default as u64), default as u64);
        assert_eq!(rt_dict_pop(copy, s("new") as u64), default as u64);
        assert_eq!(rt_dict_pop_default(copy, s("new") as u64, 0), 0);

        let items = rt_dict_items(d);
        assert_eq!((*items).header.flags, 1);
        assert_eq!(text(rt_repr(items as u64, desc(5, &[pair_t]))), "[('cd', [3]), ('ef', [3]), ('ab', [])]");
        let values = rt_dict_values(d);
        assert_eq!(text(rt_repr(values as u64, desc(5, &[list_int]))), "[[3], [3], []]");
        let first = rt_dict_item_at(d, rt_dict_next(d, 0, 3));
        assert_eq!(text(rt_repr(first as u64, pair_t)), "('cd', [3])");

        // dict.fromkeys over raw values: the value words are not references.
        let flags_t = desc(7, &[string, desc(2, &[])]);
        let names = rt_str_split(s("x y x z"), null(), tag(-1) as i64);
        let seen = rt_dict_from_keys(flags_t, names, 1);
        assert_eq!(text(rt_repr(seen as u64, flags_t)), "{'x': True, 'y': True, 'z': True}");
        assert_eq!((*seen).header.flags, 1);
        assert_eq!((*rt_dict_values(seen)).header.flags, 0);
        rt_dict_clear(seen);
        assert_eq!(((*seen).len, rt_dict_next(seen, 0, 0)), (0, -1));
    }
}

#[test]
fn sets_through_the_abi() {
    let int = desc(0, &[]);
    let set_t = desc(8, &[int]);
    let ints = |xs: &[i64]| {
        let l = rt_list_new(0, 1);
        // SAFETY: a fresh list.
        xs.iter().for_each(|&x| unsafe { rt_list_append(l, tag(x)) });
        l
    };
    let repr = |x: *mut Set| text(
        // SAFETY: a live set.
        unsafe { rt_repr(x as u64, set_t) },
    );
    // SAFETY: live set objects of one type throughout; the expected texts are CPython 3.11's.
    unsafe {
        let a = rt_set_from_list(set_t, ints(&[5, 1, 3, 1, 7]));
        let b = rt_set_from_list(set_t, ints(&[3, 9, 5]));
        assert_eq!(repr(a), "{1, 3, 5, 7}");
        assert_eq!(repr(rt_set_union(a, b)), "{1, 3, 5, 7, 9}");
        assert_eq!(repr(rt_set_intersection(a, b)), "{3, 5}");
        assert_eq!(repr(rt_set_difference(a, b)), "{1, 7}");
        assert_eq!(repr(rt_set_symmetric_difference(a, b)), "{1, 7, 9}");
        assert_eq!(repr(rt_set_new(set_t)), "set()");
        assert_eq!(repr(rt_set_from_constants(set_t, ints(&[10, 5, 100, 7, 33]))), "{33, 100, 5, 7, 10}");
        let c = rt_set_copy(a);
        rt_set_intersection_update(c, b);
        assert_eq!(repr(c), "{3, 5}");
        assert_eq!((rt_set_issubset(c, a), rt_set_issuperset(c, a), rt_set_issuperset(a, c)), (1, 0, 1));
        assert_eq!(rt_set_isdisjoint(c, rt_set_difference(a, b)), 1);
        rt_set_symmetric_difference_update(c, a);
        assert_eq!(repr(c), "{1, 7}");
        rt_set_update(c, b);
        rt_set_difference_update(c, c);
        assert_eq!(repr(c), "set()");
        rt_set_add(c, tag(4));
        rt_set_add(c, tag(2));
        rt_set_add(c, tag(4));
        rt_set_discard(c, tag(8));
        rt_set_remove(c, tag(4));
        assert_eq!((rt_set_contains(c, tag(2)), rt_set_contains(c, tag(4)), (*c).len), (1, 0, 1));
        assert_eq!(rt_set_pop(a), tag(1), "the first element in slot order");
        assert_eq!(iterate(a.cast()), [tag(3), tag(5), tag(7)]);
        assert_eq!(rt_eq(a as u64, rt_set_from_list(set_t, ints(&[7, 5, 3])) as u64, set_t), 1);
        assert_eq!((rt_dict_contains(a.cast(), tag(5)), rt_dict_contains(a.cast(), tag(1))), (1, 0));
        let d = rt_dict_copy(a.cast());
        rt_dict_clear(a.cast());
        assert_eq!(((*a).len, rt_dict_next(a.cast(), 0, 0)), (0, -1));
        assert_eq!(repr(d.cast()), "{3, 5, 7}");
        assert_eq!(list_items(rt_dict_keys(b.cast())), [tag(9), tag(3), tag(5)]);
    }
}

#[test]
fn hash_of_ints_and_tuples_is_cpythons() {
    let int = desc(0, &[]);
    let unit = desc(6, &[]);
    let pair = desc(6, &[int, int]);
    // SAFETY: live objects of the described types.
    unsafe {
        assert_eq!(rt_hash(tag(-1), int), tag(-2) as i64);
        let t = rt_tuple_new(2, 0);
        let fields = (&raw mut (*t).items).cast::<u64>();
        *fields = tag(1);
        *fields.add(1) = tag(2);
        // Both numbers were printed by CPython 3.11: hash((1, 2)) and hash(()).
        assert_eq!(rt_hash(t as u64, pair), tag(-3_550_055_125_485_641_917) as i64);
        let big = rt_hash(rt_tuple_new(0, 0) as u64, unit);
        assert_eq!((*(big as *const BigObj)).value, num_bigint::BigInt::from(5_740_354_900_026_072_187i64));
    }
}

#[test]
fn collector_traces_dict_and_set_contents() {
    let _collector = exclusive_collector();
    let int = desc(0, &[]);
    let float = desc(1, &[]);
    let string = desc(4, &[]);
    let list_int = desc(5, &[int]);
    let dict_t = desc(7, &[string, list_int]);
    let raw_t = desc(7, &[int, float]);
    let set_t = desc(8, &[desc(6, &[int, string])]);
    // SAFETY: every word stored in the frame is a live object, and the frame is unlinked before
    // it goes out of scope.
    unsafe {
        let d = rt_dict_new(dict_t);
        for i in 0..1000 {
            let l = rt_list_new(0, 1);
            rt_list_append(l, tag(i));
            rt_dict_setitem(d, s(&format!("key{i}")) as u64, l as u64);
        }
        for i in (0..1000).filter(|i| i % 10 != 0) {
            rt_dict_delitem(d, s(&format!("key{i}")) as u64);
        }
        let raw = rt_dict_new(raw_t);
        rt_dict_setitem(raw, tag(1), 0.5f64.to_bits());
        let set = rt_set_new(set_t);
        for i in 0..10 {
            let t = rt_tuple_new(2, 0b10);
            let fields = (&raw mut (*t).items).cast::<u64>();
            *fields = tag(i);
            *fields.add(1) = s(&format!("item{i}")) as u64;
            rt_set_add(set, t as u64);
        }
        let dropped = rt_dict_copy(d);
        rt_dict_setitem(dropped, s("only here") as u64, rt_list_new(0, 1) as u64);

        let mut frame = TestFrame {
            frame: Frame { prev: std::ptr::null_mut(), info: null(), line: 0, depth: 1, nslots: 4, slots: [] },
            slots: [d as u64, raw as u64, set as u64, 0],
        };
        (&raw mut rt_frame_top).write(&mut frame.frame);
        rt_gc_collect();
        // The dict with its 100 live keys and lists, the raw dict, the set with 10 tuples and
        // their strs; the deleted entries, the lookup keys and the copy are gone.
        assert_eq!(gc::object_count(), 1 + 200 + 1 + 1 + 20);
        let value = rt_dict_getitem(d, s("key990") as u64);
        assert_eq!(list_items(value as *const List), [tag(990)]);
        assert_eq!(text(rt_repr(set as u64, set_t)).split(", (").count(), 10);
        assert!(text(rt_repr(set as u64, set_t)).contains("(9, 'item9')"));
        (&raw mut rt_frame_top).write(std::ptr::null_mut());
        rt_gc_collect();
        assert_eq!(gc::object_count(), 0);
    }
}
