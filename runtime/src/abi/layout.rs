//! The fixed `#[repr(C)]` layouts of ABI.md: generated code reads and writes these directly, so
//! field order, sizes and offsets must never change without changing ABI.md.

use crate::dict_ops::Table;
use crate::set_ops::SetTable;

/// The first 8 bytes of every heap object.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct Header {
    /// Which object this is (`gc::object::KIND_*`); private to the runtime.
    pub kind: u8,
    /// The collector's mark bit; 0 outside a collection.
    pub mark: u8,
    /// Per kind: for a list, 1 when its items are references; for a str, 1 when it is ASCII; for
    /// a dict or set, bit 0 when its keys are references and bit 1 when its values are
    /// (`gc::object::KEYS_REF`, `VALUES_REF`).
    pub flags: u8,
    pub pad: u8,
    /// Per kind: a tuple's field count.
    pub aux: u32,
}

/// `list[T]`: `len` at +8, `items` at +24. The item buffer is owned by the list.
#[repr(C)]
pub struct List {
    pub header: Header,
    pub len: i64,
    pub cap: i64,
    pub items: *mut u64,
}

/// `bytes` and `bytearray`: `len` at +8 (the byte count, which generated code reads for `len(b)`
/// and iteration); the buffer of `cap` bytes at `data` is owned by the object. A `bytes` object
/// is never changed after it is made; the static type says which of the two an object is.
#[repr(C)]
pub struct Bytes {
    pub header: Header,
    pub len: i64,
    pub cap: i64,
    pub data: *mut u8,
}

/// `tuple[...]`: field `i` at +16 + 8*i, `header.aux` fields; bit `i` of `ref_mask` says whether
/// field `i` is a reference, and bit 63 whether fields 63 and up are (so a tuple of any length
/// whose items are references has every bit set).
#[repr(C)]
pub struct Tuple {
    pub header: Header,
    pub ref_mask: u64,
    pub items: [u64; 0],
}

/// `dict[K, V]`: `len` at +8 is the raw count of live entries, which generated code reads for
/// `len(d)` and the iteration size check. The rest is private to the runtime: the type descriptor
/// the object was created with, and the table it owns.
#[repr(C)]
pub struct Dict {
    pub header: Header,
    pub len: i64,
    pub desc: *const TypeDesc,
    pub table: Table,
}

/// `set[T]`: the same prefix as [`Dict`] (`len` at +8, then the descriptor), so generated code and
/// the `rt_dict_*` functions that also take sets read both alike; its table is CPython's set
/// table instead of the compact dict.
#[repr(C)]
pub struct Set {
    pub header: Header,
    pub len: i64,
    pub desc: *const TypeDesc,
    pub table: SetTable,
}

/// A function activation on the shadow stack; `slots` (at +32) hold its reference values.
#[repr(C)]
pub struct Frame {
    pub prev: *mut Frame,
    pub info: *const FuncInfo,
    pub line: u32,
    pub depth: u32,
    pub nslots: u64,
    pub slots: [u64; 0],
}

/// A function's name and source file, emitted as a constant by the code generator.
#[repr(C)]
pub struct FuncInfo {
    pub name: *const u8,
    pub name_len: u64,
    pub file: *const SourceInfo,
}

/// A source file's path and text, for tracebacks.
#[repr(C)]
pub struct SourceInfo {
    pub path: *const u8,
    pub path_len: u64,
    pub text: *const u8,
    pub text_len: u64,
}

/// A static type, emitted as a constant: kind 0 int, 1 float, 2 bool, 3 None, 4 str, 5 list
/// (`args[0]` the item type), 6 tuple (`args` the field types), 7 dict (`args[0]` the key type,
/// `args[1]` the value type), 8 set (`args[0]` the item type), 9, 10, 11 the `keys()`, `values()`
/// and `items()` views (`args[0]` the dict's type; the value is the dict itself), 12 an instance,
/// 13 `T | None`, 14 `object`, 15 frozenset (`args[0]` the item type), 16 bytes, 17 bytearray,
/// 22 a tuple of any length (`args[0]` the type of every field).
#[repr(C)]
pub struct TypeDesc {
    pub kind: u32,
    pub nargs: u32,
    pub args: *const *const TypeDesc,
}

/// A user class, emitted as a constant by the code generator; field 0 of every instance (a
/// tuple-layout object) points to its class's. `repr` and `str` are C-ABI wrappers around the
/// class's `__repr__` and `__str__`, or null. `hash` wraps `__hash__` (its result is the int
/// word the method returned) and `eq` wraps `__eq__` for a second instance of a class the
/// method accepts (else it compares identities); null means identity. `unhashable` is 1 when the
/// class (or the nearest base that defines `__eq__` or `__hash__`) defines `__eq__` alone, which
/// makes CPython set `__hash__ = None`. `module` names the class's module (the default repr's
/// `<module.C object at 0x...>`).
#[repr(C)]
pub struct ClassInfo {
    pub name: *const u8,
    pub name_len: u64,
    pub repr: Option<extern "C" fn(u64) -> *const crate::gc::object::Str>,
    pub str: Option<extern "C" fn(u64) -> *const crate::gc::object::Str>,
    pub hash: Option<extern "C" fn(u64) -> u64>,
    pub eq: Option<extern "C" fn(u64, u64) -> u8>,
    pub unhashable: u64,
    /// The class's module as its default `repr` and an uncaught exception name it (`__main__`),
    /// empty for the built-in classes.
    pub module: *const u8,
    pub module_len: u64,
    pub lt: Option<extern "C" fn(u64, u64) -> u8>,
    /// The attributes a name computed at run time may find (`getattr(o, name)`, `vars(o)`):
    /// `attrs_len` entries, the instance's fields first (in layout order), then the class
    /// attributes, then the methods and properties, each name once.
    pub attrs: *const AttrInfo,
    pub attrs_len: u64,
    /// The index of the field that holds the instance's dictionary of attributes that are no
    /// field (0 until the first is set), or 0 when the program gives instances none.
    pub dict_slot: u64,
}

/// One entry of a class's attribute table (`ClassInfo::attrs`).
#[repr(C)]
pub struct AttrInfo {
    pub name: *const u8,
    pub name_len: u64,
    /// 0 a field, 1 a class attribute, 2 a method, 3 a property.
    pub kind: u64,
    /// A field's index in the instance (1 is the first field); a class attribute's address
    /// (its global's storage, one byte for a bool or `None`, else a word); a property's getter
    /// wrapper (`extern "C" fn(u64) -> u64`, the instance to the result's word), or 0.
    pub at: u64,
    /// The field's or class attribute's type, or the type of a property getter's result.
    pub desc: *const TypeDesc,
    /// The word of a field that is not set (never assigned, or deleted); a property's setter
    /// wrapper (`extern "C" fn(u64, u64)`, the instance and the boxed value), or 0.
    pub unset: u64,
}

impl AttrInfo {
    pub fn name(&self) -> &str {
        // SAFETY: the code generator emits `name_len` bytes of UTF-8 at `name`, for the program.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.name, self.name_len as usize)) }
    }
}

impl FuncInfo {
    pub fn name(&self) -> &str {
        // SAFETY: the code generator emits `name_len` bytes of UTF-8 at `name`, for the program.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.name, self.name_len as usize)) }
    }
}

impl SourceInfo {
    pub fn path(&self) -> &str {
        // SAFETY: the code generator emits `path_len` bytes of UTF-8 at `path`, for the program.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.path, self.path_len as usize)) }
    }
}

impl ClassInfo {
    pub fn name(&self) -> &str {
        // SAFETY: the code generator emits `name_len` bytes of UTF-8 at `name`, for the program.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.name, self.name_len as usize)) }
    }

    /// The attribute table.
    pub fn attrs(&self) -> &[AttrInfo] {
        if self.attrs.is_null() {
            return &[];
        }
        // SAFETY: the code generator emits `attrs_len` entries at `attrs`, for the program.
        unsafe { std::slice::from_raw_parts(self.attrs, self.attrs_len as usize) }
    }

    pub fn module(&self) -> &str {
        if self.module.is_null() {
            return "";
        }
        // SAFETY: as for `name`.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.module, self.module_len as usize)) }
    }
}

// SAFETY: these descriptors are immutable after construction (constants emitted by the code
// generator or statics of the runtime), so sharing them between threads cannot race.
unsafe impl Sync for FuncInfo {}
// SAFETY: as above.
unsafe impl Sync for SourceInfo {}
// SAFETY: as above.
unsafe impl Sync for TypeDesc {}
// SAFETY: as above.
unsafe impl Sync for ClassInfo {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::{offset_of, size_of};

    #[test]
    fn offsets_match_abi_md() {
        assert_eq!(size_of::<Header>(), 8);
        assert_eq!(offset_of!(List, len), 8);
        assert_eq!(offset_of!(List, items), 24);
        assert_eq!(offset_of!(Tuple, items), 16);
        assert_eq!(offset_of!(Bytes, len), 8);
        assert_eq!(offset_of!(Dict, len), 8);
        assert_eq!((offset_of!(Set, len), offset_of!(Set, desc)), (8, offset_of!(Dict, desc)));
        assert_eq!(offset_of!(Frame, line), 16);
        assert_eq!(offset_of!(Frame, depth), 20);
        assert_eq!(offset_of!(Frame, slots), 32);
        assert_eq!(size_of::<FuncInfo>(), 24);
        assert_eq!(size_of::<SourceInfo>(), 32);
        assert_eq!(size_of::<TypeDesc>(), 16);
    }
}
