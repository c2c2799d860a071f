//! `str.format(*args, **kwargs)`: replacement fields with automatic or explicit numbering or
//! keyword names, `!r`/`!s`/`!a` conversions and format specs (which may themselves contain
//! replacement fields); `fmt % args`, printf-style formatting; and `s.translate(table)`, the
//! other str method that reads objects of any type.

#![forbid(unsafe_code)]

use crate::desc::{self, Heap, Kind};
use crate::errors::{ExcKind, PyErr, PyResult};
use crate::format_spec;
use crate::int::{self, Int};
use crate::str_ops;

/// How fields were numbered so far (`'{}'` and `'{0}'` may not be mixed).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

/// The arguments of one `format` call: positional values and named ones, each a value word
/// with its type.
struct Args<'a, T> {
    positional: &'a [(u64, T)],
    keywords: &'a [(&'a str, (u64, T))],
}

/// `fmt.format(*args)`; `args` pairs each value word with its type.
pub fn format_method<H: Heap>(h: &H, fmt: &str, args: &[(u64, H::Ty)]) -> PyResult<String> {
    format_method_kw(h, fmt, args, &[])
}

/// `fmt.format(*args, **kwargs)`.
pub fn format_method_kw<H: Heap>(h: &H, fmt: &str, args: &[(u64, H::Ty)], kwargs: &[(&str, (u64, H::Ty))]) -> PyResult<String> {
    let mut numbering = Numbering::Unknown;
    render(h, fmt, &Args { positional: args, keywords: kwargs }, &mut numbering, 2)
}

fn render<H: Heap>(h: &H, fmt: &str, args: &Args<H::Ty>, numbering: &mut Numbering, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(PyErr::value("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(fmt.len());
    let mut rest = fmt;
    while let Some(pos) = rest.find(['{', '}']) {
        out.push_str(&rest[..pos]);
        let brace = rest.as_bytes()[pos];
        let after = &rest[pos + 1..];
        if after.as_bytes().first() == Some(&brace) {
            out.push(char::from(brace));
            rest = &after[1..];
            continue;
        }
        if brace == b'}' {
            return Err(PyErr::value("Single '}' encountered in format string"));
        }
        // Find the matching '}' (specs may nest one level of fields).
        let mut level = 1;
        let mut end = None;
        for (i, c) in after.char_indices() {
            match c {
                '{' => level += 1,
                '}' => {
                    level -= 1;
                    if level == 0 {
                        end = Some(i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(end) = end else {
            return Err(PyErr::value(if after.is_empty() {
                "Single '{' encountered in format string"
            } else {
                "expected '}' before end of string"
            }));
        };
        out.push_str(&field(h, &after[..end], args, numbering, depth)?);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Renders one replacement field's contents (between the braces).
fn field<H: Heap>(h: &H, text: &str, args: &Args<H::Ty>, numbering: &mut Numbering, depth: u32) -> PyResult<String> {
    let name_end = text.find(['!', ':']).unwrap_or(text.len());
    let name = &text[..name_end];
    let (conversion, spec) = match text[name_end..].strip_prefix('!') {
        Some(conv) => {
            let mut chars = conv.chars();
            let c = chars.next().ok_or_else(|| {
                PyErr::value("end of string while looking for conversion specifier")
            })?;
            let rest = chars.as_str();
            let spec = match rest.strip_prefix(':') {
                Some(spec) => spec,
                None if rest.is_empty() => "",
                None => return Err(PyErr::value("expected ':' after conversion specifier")),
            };
            (Some(c), spec)
        }
        None => (None, text[name_end..].strip_prefix(':').unwrap_or("")),
    };
    // `{name.attr}` and `{name[key]}` look the first part up, then go further.
    let (name, lookups) = name.split_at(name.find(['.', '[']).unwrap_or(name.len()));
    let unsupported_lookup = || {
        PyErr::value(format!(
            "mesapyc does not support attribute or index lookups in format fields: '{{{name}{lookups}}}'"
        ))
    };
    if name.is_empty() && !lookups.is_empty() {
        return Err(unsupported_lookup());
    }
    let index = if name.is_empty() {
        let next = match *numbering {
            Numbering::Manual => {
                return Err(PyErr::value(
                    "cannot switch from manual field specification to automatic field numbering",
                ))
            }
            Numbering::Unknown => 0,
            Numbering::Auto(n) => n,
        };
        *numbering = Numbering::Auto(next + 1);
        Some(next)
    } else if name.bytes().all(|b| b.is_ascii_digit()) {
        if matches!(*numbering, Numbering::Auto(_)) {
            return Err(PyErr::value(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *numbering = Numbering::Manual;
        Some(name.parse().map_err(|_| PyErr::value("Too many decimal digits in format string"))?)
    } else {
        // A keyword field: CPython takes any other name as a key of the keyword arguments.
        None
    };
    let &(w, t) = match index {
        Some(index) => args.positional.get(index).ok_or_else(|| {
            PyErr::index(format!("Replacement index {index} out of range for positional args tuple"))
        })?,
        None => args
            .keywords
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, a)| a)
            .ok_or_else(|| PyErr::new(ExcKind::KeyError, str_ops::repr(name)))?,
    };
    if !lookups.is_empty() {
        return Err(unsupported_lookup());
    }
    let spec = if spec.contains('{') {
        render(h, spec, args, numbering, depth - 1)?
    } else {
        spec.to_string()
    };
    match conversion {
        None => desc::format(h, w, t, &spec),
        Some(c) => {
            let text = match c {
                's' => desc::str_of(h, w, t)?,
                'r' => desc::repr(h, w, t)?,
                'a' => ascii_of(&desc::repr(h, w, t)?),
                c => return Err(PyErr::value(format!("Unknown conversion specifier {c}"))),
            };
            format_spec::format_str(&text, &spec)
        }
    }
}

/// `fmt % value`: printf-style formatting. A tuple value supplies the arguments in order; any
/// other value is the single argument, and a dict (or list, which CPython also treats as a
/// mapping here) may instead be looked up by `%(key)s` fields.
pub fn percent<H: Heap>(h: &H, fmt: &str, w: u64, t: H::Ty) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let (w, t) = desc::value(h, w, t);
    let mapping = matches!(h.kind(t), Kind::Dict | Kind::List).then_some((w, t));
    let mut args = if h.kind(t) == Kind::Tuple {
        let items: Vec<(u64, H::Ty)> = h.items(w).iter().enumerate().map(|(i, &x)| desc::value(h, x, h.arg(t, i))).collect();
        PercentArgs { arglen: items.len() as i64, items, argidx: 0 }
    } else {
        PercentArgs::single((w, t))
    };
    let mut pos = 0;
    while pos < chars.len() {
        if chars[pos] != '%' {
            let end = chars[pos..].iter().position(|&c| c == '%').map_or(chars.len(), |i| pos + i);
            out.extend(&chars[pos..end]);
            pos = end;
            continue;
        }
        pos += 1;
        if chars.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        percent_field(h, &chars, &mut pos, &mut args, mapping, &mut out)?;
        if mapping.is_some() && args.argidx < args.arglen {
            return Err(PyErr::type_error("not all arguments converted during string formatting"));
        }
    }
    if args.argidx < args.arglen && mapping.is_none() {
        return Err(PyErr::type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// The arguments of `%` formatting, counted as CPython counts them: `arglen` is -1 for a single
/// argument (`argidx` then starts at -2).
struct PercentArgs<T> {
    items: Vec<(u64, T)>,
    arglen: i64,
    argidx: i64,
}

impl<T: Copy> PercentArgs<T> {
    fn single(arg: (u64, T)) -> PercentArgs<T> {
        PercentArgs { items: vec![arg], arglen: -1, argidx: -2 }
    }

    fn next(&mut self) -> PyResult<(u64, T)> {
        if self.argidx >= self.arglen {
            return Err(PyErr::type_error("not enough arguments for format string"));
        }
        self.argidx += 1;
        Ok(if self.arglen < 0 { self.items[0] } else { self.items[self.argidx as usize - 1] })
    }
}

/// `%` flags.
#[derive(Default)]
struct Flags {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

/// Parses and renders one `%` field; `*pos` is just past the `%` and ends past the field.
fn percent_field<H: Heap>(
    h: &H,
    chars: &[char],
    pos: &mut usize,
    args: &mut PercentArgs<H::Ty>,
    mapping: Option<(u64, H::Ty)>,
    out: &mut String,
) -> PyResult<()> {
    // Running out of characters anywhere is only reported at the end, as CPython does.
    let mut exhausted = false;
    let mut next = |pos: &mut usize| match chars.get(*pos) {
        Some(&c) => {
            *pos += 1;
            Some(c)
        }
        None => {
            exhausted = true;
            None
        }
    };
    if chars.get(*pos) == Some(&'(') {
        let Some((w, t)) = mapping else {
            return Err(PyErr::type_error("format requires a mapping"));
        };
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while depth > 0 {
            match next(pos) {
                Some(')') => depth -= 1,
                Some('(') => depth += 1,
                Some(_) => {}
                None => return Err(PyErr::value("incomplete format key")),
            }
        }
        let key: String = chars[start..*pos - 1].iter().collect();
        *args = PercentArgs::single(mapping_item(h, w, t, &key)?);
    }
    let mut flags = Flags::default();
    let mut ch = None;
    while let Some(c) = next(pos) {
        match c {
            '-' => flags.ljust = true,
            '+' => flags.sign = true,
            ' ' => flags.blank = true,
            '#' => flags.alt = true,
            '0' => flags.zero = true,
            c => {
                ch = Some(c);
                break;
            }
        }
    }
    let mut width = None;
    if ch == Some('*') {
        let (w, t) = args.next()?;
        let n = star_arg(h, w, t)?;
        if n < 0 {
            flags.ljust = true;
        }
        width = Some(n.unsigned_abs());
        ch = next(pos);
    } else if let Some(d @ '0'..='9') = ch {
        let (n, after) = read_number(d, || next(pos), isize::MAX as u64, "width too big")?;
        width = Some(n);
        ch = after;
    }
    let mut prec = None;
    if ch == Some('.') {
        prec = Some(0);
        ch = next(pos);
        if ch == Some('*') {
            let (w, t) = args.next()?;
            prec = Some(u64::try_from(star_arg(h, w, t)?.clamp(0, i64::from(i32::MAX))).unwrap_or(0));
            ch = next(pos);
        } else if let Some(d @ '0'..='9') = ch {
            let (n, after) = read_number(d, || next(pos), i32::MAX as u64, "precision too big")?;
            prec = Some(n);
            ch = after;
        }
    }
    if matches!(ch, Some('h' | 'l' | 'L')) {
        ch = next(pos);
    }
    let ch = match ch {
        Some(c) if !exhausted => c,
        _ => return Err(PyErr::value("incomplete format")),
    };
    let (w, t) = args.next()?;
    let (text, numeric) = match ch {
        's' | 'r' | 'a' => {
            let text = match (ch, h.kind(t)) {
                ('s', Kind::Str) => h.str(w).to_string(),
                ('s', _) => desc::str_of(h, w, t)?,
                ('r', _) => desc::repr(h, w, t)?,
                _ => ascii_of(&desc::repr(h, w, t)?),
            };
            (text, false)
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (percent_int(h, w, t, ch, flags.alt, prec)?, true),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match h.kind(t) {
                Kind::Float => f64::from_bits(w),
                Kind::Int => int::to_float(desc::int_ref(h, w))?,
                Kind::Bool => if w != 0 { 1.0 } else { 0.0 },
                k => return Err(PyErr::type_error(format!("must be real number, not {}", k.name()))),
            };
            let spec = format!("{}.{}{ch}", if flags.alt { "#" } else { "" }, prec.unwrap_or(6));
            (format_spec::format_float(x, &spec)?, true)
        }
        'c' => {
            let c = match h.kind(t) {
                Kind::Str => {
                    let mut it = h.str(w).chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => return Err(PyErr::type_error("%c requires int or char")),
                    }
                }
                Kind::Int | Kind::Bool => {
                    let code = if h.kind(t) == Kind::Bool { Some(w as i64) } else { desc::int_ref(h, w).to_i64() };
                    let code = code
                        .and_then(|c| u32::try_from(c).ok())
                        .filter(|&c| c < 0x110000)
                        .ok_or_else(|| PyErr::overflow("%c arg not in range(0x110000)"))?;
                    char::from_u32(code).ok_or_else(|| PyErr::value("%c of a lone surrogate is not supported by mesapyc"))?
                }
                _ => return Err(PyErr::type_error("%c requires int or char")),
            };
            (c.to_string(), false)
        }
        c => {
            let shown = if (31..=126).contains(&(c as u32)) { c } else { '?' };
            return Err(PyErr::value(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {}",
                c as u32,
                *pos - 1
            )));
        }
    };
    percent_output(out, &text, ch, &flags, width, prec, numeric)
}

/// `mapping[key]` for a `%(key)s` field.
fn mapping_item<H: Heap>(h: &H, w: u64, t: H::Ty, key: &str) -> PyResult<(u64, H::Ty)> {
    if h.kind(t) == Kind::List {
        return Err(PyErr::type_error("list indices must be integers or slices, not str"));
    }
    let key_is_str = h.kind(h.arg(t, 0)) == Kind::Str;
    h.dict(w)
        .iter()
        .find(|e| key_is_str && h.str(e.key) == key)
        .map(|e| desc::value(h, e.value, h.arg(t, 1)))
        .ok_or_else(|| PyErr::new(ExcKind::KeyError, str_ops::repr(key)))
}

/// A `*` width or precision.
fn star_arg<H: Heap>(h: &H, w: u64, t: H::Ty) -> PyResult<i64> {
    match h.kind(t) {
        Kind::Bool => Ok(w as i64),
        Kind::Int => desc::int_ref(h, w)
            .to_i64()
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t")),
        _ => Err(PyErr::type_error("* wants int")),
    }
}

/// The text of an integer conversion before padding: sign, `0x`/`0o` prefix with `#`, and at
/// least `prec` digits (CPython's `_PyUnicode_FormatLong`).
fn percent_int<H: Heap>(h: &H, w: u64, t: H::Ty, ch: char, alt: bool, prec: Option<u64>) -> PyResult<String> {
    let converted: Int;
    let v = match h.kind(t) {
        Kind::Int => desc::int_ref(h, w),
        Kind::Bool => int::IntRef::Small(i64::from(w != 0)),
        Kind::Float if matches!(ch, 'd' | 'i' | 'u') => {
            converted = int::from_float(f64::from_bits(w))?;
            converted.as_ref()
        }
        Kind::Float => return Err(PyErr::type_error(format!("%{ch} format: an integer is required, not float"))),
        k if matches!(ch, 'o' | 'x' | 'X') => {
            return Err(PyErr::type_error(format!("%{ch} format: an integer is required, not {}", k.name())))
        }
        k => return Err(PyErr::type_error(format!("%{ch} format: a real number is required, not {}", k.name()))),
    };
    let negative = int::cmp(v, int::IntRef::Small(0)).is_lt();
    let magnitude = int::abs(v);
    let m = magnitude.as_ref();
    let (prefix, digits) = match ch {
        'o' => ("0o", format_spec::format_int(m, "o", "int")?),
        'x' => ("0x", format_spec::format_int(m, "x", "int")?),
        'X' => ("0X", format_spec::format_int(m, "X", "int")?),
        _ => ("", int::to_decimal(m)?),
    };
    let prec = usize::try_from(prec.unwrap_or(0)).unwrap_or(usize::MAX);
    if prec > i32::MAX as usize - 3 {
        return Err(PyErr::overflow("precision too large"));
    }
    let zeros = prec.saturating_sub(digits.len());
    let mut out = crate::reserve::string(digits.len() + zeros + 3)?;
    if negative {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(&digits);
    Ok(out)
}

/// Pads a converted field into `out` (CPython's `unicode_format_arg_output`): a number's sign
/// and `0x` prefix go before zero padding; `prec` truncates `%s`, `%r` and `%a`.
fn percent_output(out: &mut String, text: &str, ch: char, flags: &Flags, width: Option<u64>, prec: Option<u64>, numeric: bool) -> PyResult<()> {
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    let width_big = width.map_or(0, |w| usize::try_from(w).unwrap_or(usize::MAX));
    if width_big <= len && prec.is_none_or(|p| p >= len as u64) && !(flags.sign || flags.blank) {
        out.push_str(text);
        return Ok(());
    }
    if matches!(ch, 's' | 'r' | 'a') {
        if let Some(p) = prec {
            len = len.min(usize::try_from(p).unwrap_or(usize::MAX));
        }
    }
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut start = 0;
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                len -= 1;
                start = 1;
            }
            _ if flags.sign => sign = Some('+'),
            _ if flags.blank => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = width_big.max(len);
    out.try_reserve(width.saturating_add(1)).map_err(|_| PyErr::memory())?;
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = flags.alt && matches!(ch, 'x' | 'X' | 'o');
    if prefixed {
        if fill != ' ' {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.ljust {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if prefixed {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
    }
    out.extend(&chars[start..start + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    Ok(())
}

/// `s.translate(table)` for a dict table: each character whose code point is a key is replaced
/// by the value (a code point, a str, or `None` to delete it).
pub fn translate<H: Heap>(h: &H, s: &str, table: u64, t: H::Ty) -> PyResult<String> {
    let (kt, vt) = (h.arg(t, 0), h.arg(t, 1));
    let entries = h.dict(table);
    if entries.is_empty() || !matches!(h.kind(kt), Kind::Int | Kind::Bool | Kind::Float) {
        // Only numbers can equal a code point.
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let code = u32::from(c);
        let key = match h.kind(kt) {
            Kind::Int => int::tag(i64::from(code)),
            Kind::Bool if code < 2 => u64::from(code),
            Kind::Float => f64::from(code).to_bits(),
            _ => {
                out.push(c);
                continue;
            }
        };
        let Some(e) = entries.get(h, kt, key)? else {
            out.push(c);
            continue;
        };
        let (value, vt) = desc::value(h, e.value, vt);
        match h.kind(vt) {
            Kind::None => {}
            Kind::Str => out.push_str(h.str(value)),
            Kind::Int | Kind::Bool => {
                let v = if h.kind(vt) == Kind::Bool { Some(value as i64) } else { desc::int_ref(h, value).to_i64() };
                let code = v
                    .and_then(|v| u32::try_from(v).ok())
                    .filter(|&v| v < 0x110000)
                    .ok_or_else(|| PyErr::value("character mapping must be in range(0x110000)"))?;
                out.push(char::from_u32(code).ok_or_else(|| PyErr::value("mesapyc cannot hold a lone surrogate in a str"))?);
            }
            _ => return Err(PyErr::type_error("character mapping must return integer, None or str")),
        }
    }
    Ok(out)
}

/// `str.maketrans(x, y, z)`: the table's (key, value) words in insertion order, code point to
/// code point, then the characters of `z` to `None` (the word 0 of the `int | None` values).
pub fn maketrans(x: &str, y: &str, z: Option<&str>) -> PyResult<Vec<(u64, u64)>> {
    if x.chars().count() != y.chars().count() {
        return Err(PyErr::value("the first two maketrans arguments must have equal length"));
    }
    let code = |c: char| int::tag(i64::from(u32::from(c)));
    let pairs = x.chars().zip(y.chars()).map(|(a, b)| (code(a), code(b)));
    Ok(pairs.chain(z.unwrap_or("").chars().map(|c| (code(c), 0))).collect())
}

/// `str.maketrans(table)` for a dict `table` of type `t`: its entries in order, each key as a
/// code point (a str key must be one character); the values stay as they are.
pub fn maketrans_dict<H: Heap>(h: &H, table: u64, t: H::Ty) -> PyResult<Vec<(u64, u64)>> {
    let kt = h.arg(t, 0);
    h.dict(table)
        .iter()
        .map(|e| {
            let (k, kt) = desc::value(h, e.key, kt);
            let key = match h.kind(kt) {
                Kind::Str => {
                    let mut chars = h.str(k).chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => int::tag(i64::from(u32::from(c))),
                        _ => return Err(PyErr::value("string keys in translate table must be of length 1")),
                    }
                }
                Kind::Int => k,
                Kind::Bool => int::tag(k as i64),
                _ => return Err(PyErr::type_error("keys in translate table must be strings or integers")),
            };
            Ok((key, e.value))
        })
        .collect()
}

/// `ascii(x)` from `repr(x)`: escapes the non-ASCII characters the repr kept.
fn ascii_of(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desc::tests::{MockHeap, Obj};
    use crate::desc::Kind;
    use crate::int;

    fn run(fmt: &str) -> String {
        let mut h = MockHeap::new();
        let ti = h.ty(Kind::Int, &[]);
        let tf = h.ty(Kind::Float, &[]);
        let ts = h.ty(Kind::Str, &[]);
        let s = h.add(Obj::Str("hé".into()));
        let args = [(int::tag(42), ti), (2.5f64.to_bits(), tf), (s, ts), (int::tag(8), ti)];
        format_method(&h, fmt, &args).unwrap_or_else(|e| format!("{:?}: {}", e.kind, e.msg))
    }

    #[test]
    fn fields_conversions_and_specs() {
        assert_eq!(run("{} {} {}"), "42 2.5 hé");
        assert_eq!(run("{2}{0}{0}"), "hé4242");
        assert_eq!(run("{{{}}}"), "{42}");
        assert_eq!(run("{:>5}|{:.3f}|{!r}"), "   42|2.500|'hé'");
        assert_eq!(run("{2!a}"), "'h\\xe9'");
        assert_eq!(run("{0:{3}}|"), "      42|");
        assert_eq!(run("{2:^{3}}|"), "   hé   |");
        assert_eq!(run("{} {0}"),
            "ValueError: cannot switch from automatic field numbering to manual field specification");
        assert_eq!(run("{0} {}"),
            "ValueError: cannot switch from manual field specification to automatic field numbering");
        assert_eq!(run("{"), "ValueError: Single '{' encountered in format string");
        assert_eq!(run("}"), "ValueError: Single '}' encountered in format string");
        assert_eq!(run("{9}"), "IndexError: Replacement index 9 out of range for positional args tuple");
        assert_eq!(run("{a}"), "KeyError: 'a'");
        assert_eq!(run("{0!x}"), "ValueError: Unknown conversion specifier x");
        assert_eq!(run("{0.real}"),
            "ValueError: mesapyc does not support attribute or index lookups in format fields: '{0.real}'");
        assert_eq!(run("{99999999999999999999}"), "ValueError: Too many decimal digits in format string");
    }

    #[test]
    fn keyword_fields() {
        let mut h = MockHeap::new();
        let ti = h.ty(Kind::Int, &[]);
        let ts = h.ty(Kind::Str, &[]);
        let s = h.add(Obj::Str("hé".into()));
        let args = [(int::tag(1), ti)];
        let kwargs = [("name", (s, ts)), ("n", (int::tag(7), ti))];
        let run = |fmt: &str| {
            format_method_kw(&h, fmt, &args, &kwargs).unwrap_or_else(|e| format!("{:?}: {}", e.kind, e.msg))
        };
        assert_eq!(run("{name}:{n:03d}:{}:{name!r:>6}"), "hé:007:1:  'hé'");
        assert_eq!(run("{0}{n}{0}"), "171");
        assert_eq!(run("{x}"), "KeyError: 'x'");
        assert_eq!(run("{0a}"), "KeyError: '0a'");
        assert_eq!(run("{name.upper}"),
            "ValueError: mesapyc does not support attribute or index lookups in format fields: '{name.upper}'");
    }

    /// `fmt % args` over named sample values: a tuple of them, or the first alone.
    fn pct(fmt: &str, names: &[&str], tuple: bool) -> String {
        let mut h = MockHeap::new();
        let ti = h.ty(Kind::Int, &[]);
        let tf = h.ty(Kind::Float, &[]);
        let ts = h.ty(Kind::Str, &[]);
        let tb = h.ty(Kind::Bool, &[]);
        let tn = h.ty(Kind::None, &[]);
        let tl = h.ty(Kind::List, &[ti]);
        let td = h.ty(Kind::Dict, &[ts, ti]);
        let s = h.add(Obj::Str("hé".into()));
        let c = h.add(Obj::Str("x".into()));
        let big = h.add(Obj::Big("1000000000000000000000000000000".parse().unwrap()));
        let l = h.add(Obj::Seq(vec![int::tag(1), int::tag(2)]));
        let (ka, kb) = (h.add(Obj::Str("a".into())), h.add(Obj::Str("bb".into())));
        let d = crate::desc::tests::add_dict(&mut h, ts, &[(ka, int::tag(1)), (kb, int::tag(2))]);
        let value = |name: &str| match name {
            "i" => (int::tag(42), ti),
            "f" => (2.5f64.to_bits(), tf),
            "s" => (s, ts),
            "big" => (big, ti),
            "neg" => (int::tag(-255), ti),
            "w" => (int::tag(-7), ti),
            "t" => (1, tb),
            "n" => (0, tn),
            "l" => (l, tl),
            "d" => (d, td),
            "c" => (c, ts),
            "z" => ((-0.0f64).to_bits(), tf),
            "huge" => (1e300f64.to_bits(), tf),
            _ => panic!("no sample {name}"),
        };
        let (w, t) = if tuple {
            let fields: Vec<(u64, usize)> = names.iter().map(|n| value(n)).collect();
            let tt = h.ty(Kind::Tuple, &fields.iter().map(|f| f.1).collect::<Vec<_>>());
            (h.add(Obj::Seq(fields.iter().map(|f| f.0).collect())), tt)
        } else {
            value(names[0])
        };
        percent(&h, fmt, w, t).unwrap_or_else(|e| format!("{:?}: {}", e.kind, e.msg))
    }

    #[test]
    fn translate_with_dicts() {
        let mut h = MockHeap::new();
        let ti = h.ty(Kind::Int, &[]);
        let ts = h.ty(Kind::Str, &[]);
        let tn = h.ty(Kind::None, &[]);
        let tf = h.ty(Kind::Float, &[]);
        let (d_is, d_ii, d_in, d_fs) = (h.ty(Kind::Dict, &[ti, ts]), h.ty(Kind::Dict, &[ti, ti]), h.ty(Kind::Dict, &[ti, tn]), h.ty(Kind::Dict, &[tf, ts]));
        let cc = h.add(Obj::Str("CC".into()));
        let to_str = crate::desc::tests::add_dict(&mut h, ti, &[(int::tag(99), cc)]);
        let to_int = crate::desc::tests::add_dict(&mut h, ti, &[(int::tag(98), int::tag(66)), (int::tag(97), int::tag(0x110000))]);
        let to_none = crate::desc::tests::add_dict(&mut h, ti, &[(int::tag(97), 0)]);
        let floats = crate::desc::tests::add_dict(&mut h, tf, &[(97.0f64.to_bits(), cc)]);
        let run = |table: u64, t: usize, s: &str| translate(&h, s, table, t).unwrap_or_else(|e| format!("{:?}: {}", e.kind, e.msg));
        assert_eq!(run(to_str, d_is, "abcé"), "abCCé");
        assert_eq!(run(to_int, d_ii, "bcb"), "BcB");
        assert_eq!(run(to_int, d_ii, "ab"), "ValueError: character mapping must be in range(0x110000)");
        assert_eq!(run(to_none, d_in, "banana"), "bnn");
        assert_eq!(run(floats, d_fs, "abc"), "CCbc");
    }

    /// Expected values printed by CPython 3.11.
    #[test]
    fn percent_formatting() {
        assert_eq!(pct("%s|%r|%a", &["s", "s", "s"], true), "hé|'hé'|'h\\xe9'");
        assert_eq!(pct("%d %i %u", &["i", "f", "t"], true), "42 2 1");
        assert_eq!(pct("%5d|%-5d|%05d|%+d|% d", &["i", "i", "neg", "i", "i"], true), "   42|42   |-0255|+42| 42");
        assert_eq!(pct("%x %X %o %#x %#X %#o", &["neg", "i", "i", "neg", "i", "i"], true), "-ff 2A 52 -0xff 0X2A 0o52");
        assert_eq!(pct("%+#010x|%#5X|%.5d|%-05d|", &["i", "i", "neg", "i"], true), "+0x000002a| 0X2A|-00255|42   |");
        assert_eq!(pct("%d|%x", &["big", "big"], true), "1000000000000000000000000000000|c9f2c9cd04674edea40000000");
        assert_eq!(pct("%f|%.2f|%+.1e|%g|%G|%#.0f|%010.3f", &["f", "f", "f", "huge", "huge", "f", "z"], true), "2.500000|2.50|+2.5e+00|1e+300|1E+300|2.|-00000.000");
        assert_eq!(pct("%c%c%5c|%-3c|", &["c", "i", "s", "i"], true), "TypeError: %c requires int or char");
        assert_eq!(pct("%c", &["i"], false), "*");
        assert_eq!(pct("%5s|%-5s|%.1s|%5.1r|%05s", &["c", "c", "s", "s", "c"], true), "    x|x    |h|    '|    x");
        assert_eq!(pct("%s and %s", &["l", "n"], true), "[1, 2] and None");
        assert_eq!(pct("%s", &["l"], false), "[1, 2]");
        assert_eq!(pct("%(a)s-%(bb)05d", &["d"], false), "1-00002");
        assert_eq!(pct("%s", &["d"], false), "{'a': 1, 'bb': 2}");
        assert_eq!(pct("abc", &["d"], false), "abc");
        assert_eq!(pct("abc", &["l"], false), "abc");
        assert_eq!(pct("100%% %s%%", &["i"], false), "100% 42%");
        assert_eq!(pct("%*d|%-*s|%.*f", &["w", "i", "w", "s", "t", "f"], true), "42     |hé     |2.5");
        assert_eq!(pct("%ld %hs", &["i", "s"], true), "42 hé");
        assert_eq!(pct("%s", &[], true), "TypeError: not enough arguments for format string");
        assert_eq!(pct("%s %s", &["i"], true), "TypeError: not enough arguments for format string");
        assert_eq!(pct("%s", &["i", "i"], true), "TypeError: not all arguments converted during string formatting");
        assert_eq!(pct("abc", &["i"], false), "TypeError: not all arguments converted during string formatting");
        assert_eq!(pct("%d", &["s"], false), "TypeError: %d format: a real number is required, not str");
        assert_eq!(pct("%x", &["f"], false), "TypeError: %x format: an integer is required, not float");
        assert_eq!(pct("%o", &["n"], false), "TypeError: %o format: an integer is required, not NoneType");
        assert_eq!(pct("%f", &["s"], false), "TypeError: must be real number, not str");
        assert_eq!(pct("%c", &["s"], false), "TypeError: %c requires int or char");
        assert_eq!(pct("%c", &["neg"], false), "OverflowError: %c arg not in range(0x110000)");
        assert_eq!(pct("%y", &["i"], false), "ValueError: unsupported format character 'y' (0x79) at index 1");
        assert_eq!(pct("%é", &["i"], false), "ValueError: unsupported format character '?' (0xe9) at index 1");
        assert_eq!(pct("%y", &[], true), "TypeError: not enough arguments for format string");
        assert_eq!(pct("%", &["i"], false), "ValueError: incomplete format");
        assert_eq!(pct("%5", &["i"], false), "ValueError: incomplete format");
        assert_eq!(pct("%(a", &["d"], false), "ValueError: incomplete format key");
        assert_eq!(pct("%(a)s", &["i"], false), "TypeError: format requires a mapping");
        assert_eq!(pct("%(zz)s", &["d"], false), "KeyError: 'zz'");
        assert_eq!(pct("%(a)s", &["l"], false), "TypeError: list indices must be integers or slices, not str");
        assert_eq!(pct("%*d", &["s", "i"], true), "TypeError: * wants int");
        assert_eq!(pct("%5%", &["i"], false), "ValueError: unsupported format character '%' (0x25) at index 2");
    }
}

/// Reads the rest of a `%` width or precision whose first digit is `first`: the number, and the
/// character after it. Past `limit` it is CPython's `ValueError(too_big)`.
fn read_number(first: char, mut next: impl FnMut() -> Option<char>, limit: u64, too_big: &str) -> PyResult<(u64, Option<char>)> {
    let mut n = u64::from(first as u8 - b'0');
    loop {
        let c = next();
        match c.and_then(|c| c.to_digit(10)) {
            Some(d) => {
                n = n.checked_mul(10).and_then(|n| n.checked_add(u64::from(d))).filter(|&n| n <= limit).ok_or_else(|| PyErr::value(too_big))?;
            }
            None => return Ok((n, c)),
        }
    }
}
