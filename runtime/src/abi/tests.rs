//! Tests through the exported functions, as generated code calls them: objects, descriptors and
//! the collector together.

use std::ptr::null;

use super::entry::rt_gc_collect;
use super::generic::{rt_eq, rt_format, rt_repr};
use super::int::{rt_int_add, rt_int_mul, rt_int_sub};
use super::layout::{Frame, TypeDesc};
use super::list::{rt_list_append, rt_list_new, rt_list_pop, rt_list_sort, rt_tuple_new};
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

#[repr(C)]
struct TestFrame {
    frame: Frame,
    slots: [u64; 4],
}

#[test]
fn collector_keeps_what_frames_reach_and_frees_the_rest() {
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
