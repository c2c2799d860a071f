//! The codecs of `str.encode` and `bytes.decode`: UTF-8, ASCII and Latin-1 under CPython's
//! names for them, with CPython's `UnicodeDecodeError`, `UnicodeEncodeError` and `LookupError`
//! messages (strict error handling only).

#![forbid(unsafe_code)]

use crate::errors::{ExcKind, PyErr, PyResult};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec an encoding name means, after CPython's normalisation (case, and `-` or
    /// spaces for `_`); `LookupError` for any other.
    fn lookup(encoding: &str) -> PyResult<Codec> {
        let norm = encoding.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Ok(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "ascii" | "us_ascii" | "us" | "646" | "cp367" | "csascii" | "ibm367" | "iso646_us" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819" | "iso8859" | "ibm819" => Codec::Latin1,
            _ => return Err(PyErr::new(ExcKind::LookupError, format!("unknown encoding: {encoding}"))),
        })
    }

    /// The name CPython's error messages give the codec.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// `b.decode(encoding)`.
pub fn decode(b: &[u8], encoding: &str) -> PyResult<String> {
    let codec = Codec::lookup(encoding)?;
    match codec {
        Codec::Utf8 => std::str::from_utf8(b).map(str::to_string).map_err(|e| {
            let start = e.valid_up_to();
            let (end, reason) = match e.error_len() {
                None => (b.len(), "unexpected end of data"),
                // A byte that starts no sequence, or the start of one whose next byte is wrong.
                Some(n) if matches!(b[start], 0x80..=0xc1 | 0xf5..=0xff) => (start + n, "invalid start byte"),
                Some(n) => (start + n, "invalid continuation byte"),
            };
            decode_error(codec, b, start, end, reason)
        }),
        Codec::Ascii => match b.iter().position(|c| !c.is_ascii()) {
            Some(i) => Err(decode_error(codec, b, i, i + 1, "ordinal not in range(128)")),
            None => Ok(b.iter().map(|&c| char::from(c)).collect()),
        },
        Codec::Latin1 => Ok(b.iter().map(|&c| char::from(c)).collect()),
    }
}

fn decode_error(codec: Codec, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let name = codec.name();
    let msg = if end == start + 1 {
        format!("'{name}' codec can't decode byte 0x{:02x} in position {start}: {reason}", b[start])
    } else {
        format!("'{name}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
    };
    PyErr::new(ExcKind::UnicodeDecodeError, msg)
}

/// `s.encode(encoding)`: a run of characters the codec cannot encode is reported together, as
/// CPython does.
pub fn encode(s: &str, encoding: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup(encoding)?;
    let limit = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 128,
        Codec::Latin1 => 256,
    };
    let chars: Vec<char> = s.chars().collect();
    let Some(start) = chars.iter().position(|&c| c as u32 >= limit) else {
        return Ok(chars.iter().map(|&c| c as u8).collect());
    };
    let run = chars[start..].iter().take_while(|&&c| c as u32 >= limit).count();
    let name = codec.name();
    let reason = format!("ordinal not in range({limit})");
    let msg = if run == 1 {
        let c = chars[start] as u32;
        let shown = match c {
            0..=0xff => format!("\\x{c:02x}"),
            0x100..=0xffff => format!("\\u{c:04x}"),
            _ => format!("\\U{c:08x}"),
        };
        format!("'{name}' codec can't encode character '{shown}' in position {start}: {reason}")
    } else {
        format!("'{name}' codec can't encode characters in position {start}-{}: {reason}", start + run - 1)
    };
    Err(PyErr::new(ExcKind::UnicodeEncodeError, msg))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_msg(b: &[u8], enc: &str) -> String {
        decode(b, enc).unwrap_err().msg
    }

    #[test]
    fn decode_errors_match_cpython() {
        assert_eq!(decode("é".as_bytes(), "UTF8").unwrap(), "é");
        assert_eq!(decode(b"\xe9", "latin-1").unwrap(), "é");
        assert_eq!(decode_msg(b"\xff", "utf_8"), "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
        assert_eq!(decode_msg(b"\xc3", "utf-8"), "'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data");
        assert_eq!(decode_msg(b"\xe2\x82", "utf-8"), "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
        assert_eq!(decode_msg(b"a\xe2\x82A", "utf-8"), "'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte");
        assert_eq!(decode_msg(b"\xc3\xa9", "ascii"), "'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)");
        assert_eq!(decode_msg(b"", "foo"), "unknown encoding: foo");
    }

    #[test]
    fn encode_errors_match_cpython() {
        assert_eq!(encode("aé", "latin1").unwrap(), b"a\xe9");
        let msg = |s: &str, enc: &str| encode(s, enc).unwrap_err().msg;
        assert_eq!(msg("é", "ascii"), "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
        assert_eq!(msg("aéé", "ascii"), "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)");
        assert_eq!(msg("a€b", "latin-1"), "'latin-1' codec can't encode character '\\u20ac' in position 1: ordinal not in range(256)");
        assert_eq!(msg("\u{1f600}", "ascii"), "'ascii' codec can't encode character '\\U0001f600' in position 0: ordinal not in range(128)");
    }
}
