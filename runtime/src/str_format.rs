//! `str.format(*args)`: replacement fields with automatic or explicit numbering, `!r`/`!s`/`!a`
//! conversions and format specs (which may themselves contain replacement fields).

#![forbid(unsafe_code)]

use crate::desc::{self, Heap};
use crate::errors::{ExcKind, PyErr, PyResult};
use crate::format_spec;
use crate::str_ops;

/// How fields were numbered so far (`'{}'` and `'{0}'` may not be mixed).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

/// `fmt.format(*args)`; `args` pairs each value word with its type.
pub fn format_method<H: Heap>(h: &H, fmt: &str, args: &[(u64, H::Ty)]) -> PyResult<String> {
    let mut numbering = Numbering::Unknown;
    render(h, fmt, args, &mut numbering, 2)
}

fn render<H: Heap>(h: &H, fmt: &str, args: &[(u64, H::Ty)], numbering: &mut Numbering, depth: u32) -> PyResult<String> {
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
fn field<H: Heap>(h: &H, text: &str, args: &[(u64, H::Ty)], numbering: &mut Numbering, depth: u32) -> PyResult<String> {
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
        next
    } else if name.bytes().all(|b| b.is_ascii_digit()) {
        if matches!(*numbering, Numbering::Auto(_)) {
            return Err(PyErr::value(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *numbering = Numbering::Manual;
        name.parse().unwrap_or(usize::MAX)
    } else if name.as_bytes()[0].is_ascii_digit() || name.starts_with(['.', '[']) {
        return Err(PyErr::value(format!(
            "mesapyc does not support attribute or index lookups in format fields: '{{{name}}}'"
        )));
    } else {
        return Err(PyErr::new(ExcKind::KeyError, str_ops::repr(name)));
    };
    let &(w, t) = args.get(index).ok_or_else(|| {
        PyErr::index(format!("Replacement index {index} out of range for positional args tuple"))
    })?;
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
    }
}
