//! `rt_str_*`, `rt_ord`, `rt_chr` and `rt_write_stdout`.

use std::cell::Cell;

use super::{check, index_arg, index_sized, int_clamped, list_items, opt_arg, opt_str, str_parts, str_ref};
use crate::gc::object::{new_list, new_str, new_tuple, Str};
use crate::int;
use crate::str_ops::{self, Class, Justify, Side};
use super::generic::RawHeap;
use super::layout::{Dict, List, Tuple, TypeDesc};

thread_local! {
    /// One-character ASCII strings, allocated once (indexing and `list(s)` produce many).
    static CHAR_CACHE: [Cell<u64>; 128] = const { [const { Cell::new(0) }; 128] };
}

/// A str object for `s`, shared for one-character ASCII strings.
pub(super) fn str_obj(s: &str) -> *mut Str {
    let &[b] = s.as_bytes() else {
        return new_str(s);
    };
    if !b.is_ascii() {
        return new_str(s);
    }
    CHAR_CACHE.with(|cache| {
        let slot = &cache[usize::from(b)];
        if slot.get() == 0 {
            slot.set(new_str(s) as u64);
            // The cache lives as long as the thread, so its slot is a valid root.
            crate::gc::add_root(slot.as_ptr());
        }
        slot.get() as *mut Str
    })
}

/// A list of str objects.
pub(super) fn str_list<'a>(items: impl Iterator<Item = &'a str>) -> *mut List {
    new_list(items.map(|s| str_obj(s) as u64).collect(), true)
}

/// Bytes at `p` as text; invalid UTF-8 (never emitted by the compiler) is replaced.
///
/// # Safety
/// `p` must point to `len` readable bytes.
unsafe fn utf8_arg(p: *const u8, len: u64) -> String {
    if len == 0 {
        return String::new();
    }
    // SAFETY: per the caller.
    String::from_utf8_lossy(unsafe { std::slice::from_raw_parts(p, len as usize) }).into_owned()
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_const(slot: *mut u64, p: *const u8, len: u64) -> *mut Str {
    // SAFETY: per the ABI, `slot` is a global word and `p` points to `len` bytes.
    unsafe {
        if *slot == 0 {
            *slot = str_obj(&utf8_arg(p, len)) as u64;
            crate::gc::add_root(slot);
        }
        *slot as *mut Str
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_from_utf8(p: *const u8, len: u64) -> *mut Str {
    // SAFETY: per the ABI, `p` points to `len` bytes.
    str_obj(&unsafe { utf8_arg(p, len) })
}

/// `a += b`: like `a + b`, but amortised O(len(b)) in a loop (see `gc::object::str_append`).
#[no_mangle]
pub unsafe extern "C" fn rt_str_append(a: *const Str, b: *const Str) -> *mut Str {
    // SAFETY: str objects per the ABI; `b`'s text is read before anything is written, and the
    // append only writes past the end of every str sharing `a`'s buffer.
    unsafe {
        let b_text = str_ref(b);
        if b_text.is_empty() {
            return a.cast_mut();
        }
        crate::gc::object::str_append(a, b_text)
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_concat(a: *const Str, b: *const Str) -> *mut Str {
    // SAFETY: str objects per the ABI.
    let (a_text, b_text) = unsafe { (str_ref(a), str_ref(b)) };
    if b_text.is_empty() {
        return a.cast_mut();
    }
    if a_text.is_empty() {
        return b.cast_mut();
    }
    str_obj(&[a_text, b_text].concat())
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_concat_n(n: u64, parts: *const *const Str) -> *mut Str {
    let mut out = String::new();
    for i in 0..n as usize {
        // SAFETY: per the ABI, `parts` holds `n` str objects.
        out.push_str(unsafe { str_ref(*parts.add(i)) });
    }
    str_obj(&out)
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_repeat(s: *const Str, n: i64) -> *mut Str {
    // SAFETY: a str object and an int word per the ABI.
    let (text, n) = unsafe { (str_ref(s), index_sized(n)) };
    str_obj(&check(str_ops::repeat(text, n)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_len(s: *const Str) -> i64 {
    // SAFETY: a str object per the ABI.
    int::tag(unsafe { str_parts(s).2 } as i64) as i64
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_getitem(s: *const Str, i: i64) -> *mut Str {
    // SAFETY: a str object and an int word per the ABI.
    let ((text, ascii, n), i) = unsafe { (str_parts(s), index_arg(i)) };
    str_obj(check(str_ops::getitem(text, ascii, n, i)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_slice(s: *const Str, start: i64, stop: i64, step: i64) -> *mut Str {
    // SAFETY: a str object and optional int words per the ABI.
    let ((text, ascii, n), a, b, c) = unsafe { (str_parts(s), opt_arg(start), opt_arg(stop), opt_arg(step)) };
    str_obj(&check(str_ops::slice(text, ascii, n, a, b, c)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_eq(a: *const Str, b: *const Str) -> u8 {
    // SAFETY: str objects per the ABI.
    u8::from(a == b || unsafe { str_ref(a) == str_ref(b) })
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_cmp(a: *const Str, b: *const Str) -> i32 {
    // SAFETY: str objects per the ABI. UTF-8 byte order is code-point order.
    unsafe { str_ref(a).cmp(str_ref(b)) as i32 }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_contains(hay: *const Str, needle: *const Str) -> u8 {
    // SAFETY: str objects per the ABI.
    u8::from(unsafe { str_ref(hay).contains(str_ref(needle)) })
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_upper(s: *const Str) -> *mut Str {
    // SAFETY: a str object per the ABI.
    str_obj(&str_ops::upper(unsafe { str_ref(s) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_lower(s: *const Str) -> *mut Str {
    // SAFETY: a str object per the ABI.
    str_obj(&str_ops::lower(unsafe { str_ref(s) }))
}

/// Shared body of the three strip functions: returns `s` itself when nothing is stripped.
///
/// # Safety
/// `s` must be a str object, `chars` null or a str object.
unsafe fn strip(s: *const Str, chars: *const Str, side: Side) -> *mut Str {
    // SAFETY: per the caller.
    let (text, chars) = unsafe { (str_ref(s), opt_str(chars)) };
    let out = str_ops::strip(text, chars, side);
    if out.len() == text.len() {
        return s.cast_mut();
    }
    str_obj(out)
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_strip(s: *const Str, chars: *const Str) -> *mut Str {
    // SAFETY: arguments per the ABI.
    unsafe { strip(s, chars, Side::Both) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_lstrip(s: *const Str, chars: *const Str) -> *mut Str {
    // SAFETY: arguments per the ABI.
    unsafe { strip(s, chars, Side::Left) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_rstrip(s: *const Str, chars: *const Str) -> *mut Str {
    // SAFETY: arguments per the ABI.
    unsafe { strip(s, chars, Side::Right) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_split(s: *const Str, sep: *const Str, maxsplit: i64) -> *mut List {
    // SAFETY: arguments per the ABI.
    let (text, sep, maxsplit) = unsafe { (str_ref(s), opt_str(sep), int_clamped(maxsplit)) };
    str_list(check(str_ops::split(text, sep, maxsplit)).into_iter())
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_rsplit(s: *const Str, sep: *const Str, maxsplit: i64) -> *mut List {
    // SAFETY: arguments per the ABI.
    let (text, sep, maxsplit) = unsafe { (str_ref(s), opt_str(sep), int_clamped(maxsplit)) };
    str_list(check(str_ops::rsplit(text, sep, maxsplit)).into_iter())
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_splitlines(s: *const Str, keepends: u8) -> *mut List {
    // SAFETY: a str object per the ABI.
    let text = unsafe { str_ref(s) };
    str_list(str_ops::splitlines(text, keepends != 0).into_iter())
}

/// Shared body of `partition` and `rpartition`: a 3-tuple of strs.
///
/// # Safety
/// `s` and `sep` must be str objects.
unsafe fn partition(s: *const Str, sep: *const Str, from_right: bool) -> *mut Tuple {
    // SAFETY: per the caller.
    let (text, sep) = unsafe { (str_ref(s), str_ref(sep)) };
    let parts = check(str_ops::partition(text, sep, from_right));
    let t = new_tuple(3, 0b111);
    // SAFETY: the new tuple has three fields; allocation never collects, so the strs made
    // before the tuple holds them stay alive.
    unsafe {
        let fields = (&raw mut (*t).items).cast::<u64>();
        for (i, part) in parts.iter().enumerate() {
            *fields.add(i) = str_obj(part) as u64;
        }
    }
    t
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_partition(s: *const Str, sep: *const Str) -> *mut Tuple {
    // SAFETY: arguments per the ABI.
    unsafe { partition(s, sep, false) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_rpartition(s: *const Str, sep: *const Str) -> *mut Tuple {
    // SAFETY: arguments per the ABI.
    unsafe { partition(s, sep, true) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_title(s: *const Str) -> *mut Str {
    // SAFETY: a str object per the ABI.
    str_obj(&crate::str_unicode::title(unsafe { str_ref(s) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_capitalize(s: *const Str) -> *mut Str {
    // SAFETY: a str object per the ABI.
    str_obj(&crate::str_unicode::capitalize(unsafe { str_ref(s) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_swapcase(s: *const Str) -> *mut Str {
    // SAFETY: a str object per the ABI.
    str_obj(&crate::str_unicode::swapcase(unsafe { str_ref(s) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_casefold(s: *const Str) -> *mut Str {
    // SAFETY: a str object per the ABI.
    str_obj(&crate::str_unicode::casefold(unsafe { str_ref(s) }))
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_expandtabs(s: *const Str, tabsize: i64) -> *mut Str {
    // SAFETY: arguments per the ABI.
    let (text, tabsize) = unsafe { (str_ref(s), int_clamped(tabsize)) };
    str_obj(&check(str_ops::expandtabs(text, tabsize)))
}

/// Shared body of `removeprefix` and `removesuffix`: returns `s` itself when nothing is removed.
///
/// # Safety
/// `s` and `affix` must be str objects.
unsafe fn remove_affix(s: *const Str, affix: *const Str, at_end: bool) -> *mut Str {
    // SAFETY: per the caller.
    let (text, affix) = unsafe { (str_ref(s), str_ref(affix)) };
    let out = str_ops::remove_affix(text, affix, at_end);
    if out.len() == text.len() {
        return s.cast_mut();
    }
    str_obj(out)
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_removeprefix(s: *const Str, prefix: *const Str) -> *mut Str {
    // SAFETY: arguments per the ABI.
    unsafe { remove_affix(s, prefix, false) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_removesuffix(s: *const Str, suffix: *const Str) -> *mut Str {
    // SAFETY: arguments per the ABI.
    unsafe { remove_affix(s, suffix, true) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_join(sep: *const Str, items: *const List) -> *mut Str {
    // SAFETY: a str object and a list of str objects per the ABI.
    let (sep, parts) = unsafe {
        let parts: Vec<&str> = list_items(items).iter().map(|&w| str_ref(w as *const Str)).collect();
        (str_ref(sep), parts)
    };
    str_obj(&parts.join(sep))
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_replace(s: *const Str, old: *const Str, new: *const Str, count: i64) -> *mut Str {
    // SAFETY: arguments per the ABI.
    let (text, old, new, count) = unsafe { (str_ref(s), str_ref(old), str_ref(new), int_clamped(count)) };
    str_obj(&str_ops::replace(text, old, new, count))
}

/// The arguments of the `find` family.
///
/// # Safety
/// `s` and `sub` must be str objects; `start` and `end` optional int words.
unsafe fn search_args<'a>(s: *const Str, sub: *const Str, start: i64, end: i64) -> ((&'a str, bool, usize), &'a str, Option<i64>, Option<i64>) {
    // SAFETY: per the caller.
    unsafe { (str_parts(s), str_ref(sub), opt_arg(start), opt_arg(end)) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_find(s: *const Str, sub: *const Str, start: i64, end: i64) -> i64 {
    // SAFETY: arguments per the ABI.
    let ((t, a, n), sub, b, e) = unsafe { search_args(s, sub, start, end) };
    int::tag(str_ops::find(t, a, n, sub, b, e, false)) as i64
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_rfind(s: *const Str, sub: *const Str, start: i64, end: i64) -> i64 {
    // SAFETY: arguments per the ABI.
    let ((t, a, n), sub, b, e) = unsafe { search_args(s, sub, start, end) };
    int::tag(str_ops::find(t, a, n, sub, b, e, true)) as i64
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_index(s: *const Str, sub: *const Str, start: i64, end: i64) -> i64 {
    // SAFETY: arguments per the ABI.
    let ((t, a, n), sub, b, e) = unsafe { search_args(s, sub, start, end) };
    int::tag(check(str_ops::index(t, a, n, sub, b, e, false))) as i64
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_rindex(s: *const Str, sub: *const Str, start: i64, end: i64) -> i64 {
    // SAFETY: arguments per the ABI.
    let ((t, a, n), sub, b, e) = unsafe { search_args(s, sub, start, end) };
    int::tag(check(str_ops::index(t, a, n, sub, b, e, true))) as i64
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_count(s: *const Str, sub: *const Str, start: i64, end: i64) -> i64 {
    // SAFETY: arguments per the ABI.
    let ((t, a, n), sub, b, e) = unsafe { search_args(s, sub, start, end) };
    int::tag(str_ops::count(t, a, n, sub, b, e)) as i64
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_startswith(s: *const Str, sub: *const Str, start: i64, end: i64) -> u8 {
    // SAFETY: arguments per the ABI.
    let ((t, a, n), sub, b, e) = unsafe { search_args(s, sub, start, end) };
    u8::from(str_ops::starts_or_ends_with(t, a, n, sub, b, e, false))
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_endswith(s: *const Str, sub: *const Str, start: i64, end: i64) -> u8 {
    // SAFETY: arguments per the ABI.
    let ((t, a, n), sub, b, e) = unsafe { search_args(s, sub, start, end) };
    u8::from(str_ops::starts_or_ends_with(t, a, n, sub, b, e, true))
}

/// Shared body of the `is*` predicates.
///
/// # Safety
/// `s` must be a str object.
unsafe fn is_class(s: *const Str, class: Class) -> u8 {
    // SAFETY: per the caller.
    u8::from(str_ops::is_class(unsafe { str_ref(s) }, class))
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_isdigit(s: *const Str) -> u8 {
    // SAFETY: a str object per the ABI.
    unsafe { is_class(s, Class::Digit) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_isalpha(s: *const Str) -> u8 {
    // SAFETY: a str object per the ABI.
    unsafe { is_class(s, Class::Alpha) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_isspace(s: *const Str) -> u8 {
    // SAFETY: a str object per the ABI.
    unsafe { is_class(s, Class::Space) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_isalnum(s: *const Str) -> u8 {
    // SAFETY: a str object per the ABI.
    unsafe { is_class(s, Class::Alnum) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_isupper(s: *const Str) -> u8 {
    // SAFETY: a str object per the ABI.
    unsafe { is_class(s, Class::Upper) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_islower(s: *const Str) -> u8 {
    // SAFETY: a str object per the ABI.
    unsafe { is_class(s, Class::Lower) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_isdecimal(s: *const Str) -> u8 {
    // SAFETY: a str object per the ABI.
    unsafe { is_class(s, Class::Decimal) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_isnumeric(s: *const Str) -> u8 {
    // SAFETY: a str object per the ABI.
    unsafe { is_class(s, Class::Numeric) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_istitle(s: *const Str) -> u8 {
    // SAFETY: a str object per the ABI.
    unsafe { is_class(s, Class::Title) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_isidentifier(s: *const Str) -> u8 {
    // SAFETY: a str object per the ABI.
    unsafe { is_class(s, Class::Identifier) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_isascii(s: *const Str) -> u8 {
    // SAFETY: a str object per the ABI.
    unsafe { is_class(s, Class::Ascii) }
}

/// Shared body of `ljust`, `rjust` and `center`.
///
/// # Safety
/// `s` must be a str object, `width` an int word, `fill` null or a str object.
unsafe fn justify(s: *const Str, width: i64, fill: *const Str, how: Justify) -> *mut Str {
    // SAFETY: per the caller.
    let ((text, _, n), width, fill) = unsafe { (str_parts(s), int_clamped(width), opt_str(fill)) };
    str_obj(&check(str_ops::justify(text, n, width, fill, how)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_ljust(s: *const Str, width: i64, fill: *const Str) -> *mut Str {
    // SAFETY: arguments per the ABI.
    unsafe { justify(s, width, fill, Justify::Left) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_rjust(s: *const Str, width: i64, fill: *const Str) -> *mut Str {
    // SAFETY: arguments per the ABI.
    unsafe { justify(s, width, fill, Justify::Right) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_center(s: *const Str, width: i64, fill: *const Str) -> *mut Str {
    // SAFETY: arguments per the ABI.
    unsafe { justify(s, width, fill, Justify::Center) }
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_zfill(s: *const Str, width: i64) -> *mut Str {
    // SAFETY: arguments per the ABI.
    let ((text, _, n), width) = unsafe { (str_parts(s), int_clamped(width)) };
    str_obj(&check(str_ops::zfill(text, n, width)))
}

#[no_mangle]
pub unsafe extern "C" fn rt_str_format_method(fmt: *const Str, n: u64, args: *const u64, descs: *const *const TypeDesc) -> *mut Str {
    // SAFETY: per the ABI, `args` and `descs` hold `n` words and descriptors.
    let (fmt, pairs, heap) = unsafe {
        let pairs: Vec<(u64, &'static TypeDesc)> =
            (0..n as usize).map(|i| (*args.add(i), super::desc_arg(*descs.add(i)))).collect();
        (str_ref(fmt), pairs, RawHeap::new())
    };
    str_obj(&check(crate::str_format::format_method(&heap, fmt, &pairs)))
}

/// `fmt.format(*args, **kwargs)`: the first `npos` of the `n` values are positional, the others
/// keywords, named in order by `names` (the names joined with commas).
#[no_mangle]
pub unsafe extern "C" fn rt_str_format_kw(
    fmt: *const Str,
    n: u64,
    args: *const u64,
    descs: *const *const TypeDesc,
    npos: u64,
    names: *const Str,
) -> *mut Str {
    // SAFETY: per the ABI, `args` and `descs` hold `n` words and descriptors, `npos <= n`.
    let (fmt, pairs, names, heap) = unsafe {
        let pairs: Vec<(u64, &'static TypeDesc)> =
            (0..n as usize).map(|i| (*args.add(i), super::desc_arg(*descs.add(i)))).collect();
        (str_ref(fmt), pairs, str_ref(names), RawHeap::new())
    };
    let (positional, named) = pairs.split_at((npos as usize).min(pairs.len()));
    let kwargs: Vec<(&str, (u64, &'static TypeDesc))> = names.split(',').zip(named.iter().copied()).collect();
    str_obj(&check(crate::str_format::format_method_kw(&heap, fmt, positional, &kwargs)))
}

/// `fmt.format(*args, **kwargs)` with starred arguments: the fields of the tuple `args` (of the
/// type `item`) are positional, the items of the dict `kwargs` (str keys, values of the type
/// `value`) the keywords.
#[no_mangle]
pub unsafe extern "C" fn rt_str_format_star(fmt: *const Str, args: *const Tuple, item: *const TypeDesc, kwargs: *const Dict, value: *const TypeDesc) -> *mut Str {
    // SAFETY: per the ABI, a str, a tuple of words of type `item` and a dict with str keys and
    // values of type `value`.
    let (fmt, positional, named, heap) = unsafe {
        let (item, value) = (super::desc_arg(item), super::desc_arg(value));
        let positional: Vec<(u64, &'static TypeDesc)> = super::tuple_items(args).iter().map(|&w| (w, item)).collect();
        let named: Vec<(&str, (u64, &'static TypeDesc))> = super::dict::snapshot(kwargs).into_iter().map(|e| (str_ref(e.key as *const Str), (e.value, value))).collect();
        (str_ref(fmt), positional, named, RawHeap::new())
    };
    str_obj(&check(crate::str_format::format_method_kw(&heap, fmt, &positional, &named)))
}

/// `fmt % value`: a tuple value (kind 6 descriptor) supplies the arguments, any other value is
/// one argument (or, a dict, the mapping of `%(key)s` fields).
#[no_mangle]
pub unsafe extern "C" fn rt_str_percent(fmt: *const Str, value: u64, desc: *const TypeDesc) -> *mut Str {
    // SAFETY: per the ABI, `value` is a word of the type `desc` describes.
    let (fmt, t, heap) = unsafe { (str_ref(fmt), super::desc_arg(desc), RawHeap::new()) };
    str_obj(&check(crate::str_format::percent(&heap, fmt, value, t)))
}

/// `s.translate(table)` for a dict table (`X` with its descriptor `D`).
#[no_mangle]
pub unsafe extern "C" fn rt_str_translate(s: *const Str, table: *const u8, desc: *const TypeDesc) -> *mut Str {
    // SAFETY: per the ABI, `table` is a dict object of the type `desc` describes.
    let (text, t, heap) = unsafe { (str_ref(s), super::desc_arg(desc), RawHeap::new()) };
    let out = check(crate::str_format::translate(&heap, text, table as u64, t));
    if out.len() == text.len() && out == text {
        return s.cast_mut();
    }
    str_obj(&out)
}

/// `str.maketrans(x, y)` / `str.maketrans(x, y, z)` (`z` null when absent): a new dict of type `d`.
#[no_mangle]
pub unsafe extern "C" fn rt_str_maketrans(d: *const TypeDesc, x: *const Str, y: *const Str, z: *const Str) -> *mut Dict {
    // SAFETY: a dict descriptor (`dict[int, int]` or `dict[int, int | None]`) and strs per the ABI.
    unsafe {
        let pairs = check(crate::str_format::maketrans(str_ref(x), str_ref(y), opt_str(z)));
        super::dict::from_pairs(d, &pairs)
    }
}

/// `str.maketrans(table)`: a new dict of type `d` (`dict[int, V]`) from the dict `table`.
#[no_mangle]
pub unsafe extern "C" fn rt_str_maketrans_dict(d: *const TypeDesc, table: *const Dict) -> *mut Dict {
    // SAFETY: per the ABI, a dict descriptor whose value type is the table's, and a dict object,
    // whose own descriptor describes its words.
    unsafe {
        let h = RawHeap::new();
        let pairs = check(crate::str_format::maketrans_dict(&h, table as u64, super::desc_arg((*table).desc)));
        super::dict::from_pairs(d, &pairs)
    }
}

#[no_mangle]
pub unsafe extern "C" fn rt_ord(s: *const Str) -> i64 {
    // SAFETY: a str object per the ABI.
    let (text, _, n) = unsafe { str_parts(s) };
    int::tag(check(str_ops::ord(text, n))) as i64
}

#[no_mangle]
pub unsafe extern "C" fn rt_chr(i: i64) -> *mut Str {
    // SAFETY: an int word per the ABI.
    let c = check(str_ops::chr(unsafe { int_clamped(i) }));
    str_obj(c.encode_utf8(&mut [0; 4]))
}

#[no_mangle]
pub unsafe extern "C" fn rt_write_stdout(s: *const Str) {
    // SAFETY: a str object per the ABI.
    crate::io::write(unsafe { str_ref(s) }.as_bytes());
}

#[no_mangle]
pub unsafe extern "C" fn rt_list_from_str(s: *const Str) -> *mut List {
    // SAFETY: a str object per the ABI.
    let text = unsafe { str_ref(s) };
    str_list(text.char_indices().map(|(i, c)| &text[i..i + c.len_utf8()]))
}
