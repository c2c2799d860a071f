//! The `lower` and `emit` stages: annotated flow graphs to an LLVM module, and that module to
//! an object file.
//!
//! Each live variant becomes one internal LLVM function. Values use the machine representation
//! of `runtime/ABI.md`: tagged `i64` ints, unboxed `f64` floats, `i8` bools and `None`, and
//! pointers for str, list and tuple. Every reference a function defines is also written to a
//! slot of its shadow-stack frame so that the runtime's precise GC can find it; collection only
//! happens at safepoints (function entry and loop headers).
//!
//! This module and its children are the compiler's only `unsafe` code: inkwell's GEP builders
//! are `unsafe fn`s.

mod attrs;
mod builtins;
mod bytes;
mod classes;
mod containers;
mod convert;
mod func;
mod generators;
mod object;
mod int;
mod functions;
mod iter;
mod runtime_fns;
mod tuples;
mod values;

use crate::CompileError;
use inkwell::builder::Builder;
use inkwell::debug_info::{DICompileUnit, DWARFEmissionKind, DWARFSourceLanguage, DebugInfoBuilder};
use inkwell::context::Context;
use inkwell::module::{FlagBehavior, Linkage, Module};
use inkwell::targets::{CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine};
use inkwell::types::{BasicMetadataTypeEnum, BasicType, BasicTypeEnum, FunctionType};
use inkwell::values::{FunctionValue, GlobalValue, PointerValue};
use inkwell::{AddressSpace, GlobalVisibility, OptimizationLevel};
use mesapy_annotator::annotate::{Annotation, VariantId};
use mesapy_annotator::ir::{GlobalId, Program};
use mesapy_annotator::source::{SourceFile, SourceMap, Span};
use mesapy_annotator::types::Type;
use std::collections::HashMap;

/// Module-wide state of the lowering.
pub(crate) struct Codegen<'ctx, 'a> {
    pub(crate) ctx: &'ctx Context,
    pub(crate) module: Module<'ctx>,
    pub(crate) builder: Builder<'ctx>,
    pub(crate) program: &'a Program,
    pub(crate) ann: &'a Annotation,
    pub(crate) source: &'a SourceMap,
    pub(crate) functions: HashMap<VariantId, FunctionValue<'ctx>>,
    /// Per global: its storage, and for non-reference types a "defined" flag.
    pub(crate) globals: Vec<(GlobalValue<'ctx>, Option<GlobalValue<'ctx>>)>,
    /// Cached constant objects (strs, big ints): a root slot per distinct literal.
    pub(crate) const_slots: HashMap<String, GlobalValue<'ctx>>,
    /// Type descriptors emitted so far, by type; behind a `RefCell` so that conversions that
    /// box values (`coerce`) can emit one through a shared borrow.
    pub(crate) descs: std::cell::RefCell<HashMap<String, GlobalValue<'ctx>>>,
    /// The `FuncInfo` constant of each function made into a value, for its objects' field 0.
    pub(crate) function_infos: HashMap<mesapy_annotator::ir::FuncId, PointerValue<'ctx>>,
    /// Each class's `ClassInfo` constant, indexed by `ClassId`.
    pub(crate) class_infos: Vec<GlobalValue<'ctx>>,
    /// Byte-string constants (messages, str literals, names) by content.
    pub(crate) byte_constants: HashMap<Vec<u8>, PointerValue<'ctx>>,
    /// Each file's `SourceInfo`, made on first use, by the file's index in the source map.
    pub(crate) source_infos: HashMap<u32, GlobalValue<'ctx>>,
    /// DWARF line tables, so that `gdb` and `perf` show Python files and lines.
    pub(crate) debug: DebugInfoBuilder<'ctx>,
    pub(crate) debug_unit: DICompileUnit<'ctx>,
    pub(crate) optimize: bool,
    /// Per class, the fields every instance has set once constructed (`attrs::InitScan`).
    pub(crate) set_by_init: std::cell::RefCell<HashMap<mesapy_annotator::ir::ClassId, std::rc::Rc<std::collections::HashSet<String>>>>,
}

impl<'ctx, 'a> Codegen<'ctx, 'a> {
    pub(crate) fn ptr(&self) -> inkwell::types::PointerType<'ctx> {
        self.ctx.ptr_type(AddressSpace::default())
    }

    /// The machine type of a Python type.
    pub(crate) fn repr(&self, t: &Type) -> BasicTypeEnum<'ctx> {
        match t {
            Type::Int | Type::Class(_) => self.ctx.i64_type().into(),
            Type::Float => self.ctx.f64_type().into(),
            Type::Str | Type::Bytes(_) | Type::List(_) | Type::Tuple(_) | Type::TupleOf(_) | Type::Dict(_) | Type::Set(..) | Type::View(..) | Type::Instance(_) => self.ptr().into(),
            Type::Bool | Type::None | Type::Bottom => self.ctx.i8_type().into(),
            Type::Optional(t) => self.repr(t),
            Type::Object | Type::Iter(_) | Type::Function(_) | Type::Cell(_) | Type::Gen(_) => self.ptr().into(),
        }
    }

    /// Declares (once) and returns a runtime function.
    pub(crate) fn rt(&self, name: &str) -> FunctionValue<'ctx> {
        if let Some(f) = self.module.get_function(name) {
            return f;
        }
        let sig = runtime_fns::RUNTIME_FNS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, s)| *s)
            .unwrap_or_else(|| panic!("internal error: runtime function {name} is not in RUNTIME_FNS"));
        let (args, ret) = sig.split_once('>').expect("RUNTIME_FNS signatures contain '>'");
        let ty = |c: char| -> BasicTypeEnum<'ctx> {
            match c {
                'I' | 'W' | 'U' => self.ctx.i64_type().into(),
                'F' => self.ctx.f64_type().into(),
                'B' => self.ctx.i8_type().into(),
                'N' => self.ctx.i32_type().into(),
                _ => self.ptr().into(),
            }
        };
        let params: Vec<BasicMetadataTypeEnum> = args.chars().map(|c| ty(c).into()).collect();
        let fn_type: FunctionType = match ret {
            "v" => self.ctx.void_type().fn_type(&params, false),
            r => ty(r.chars().next().unwrap_or('W')).fn_type(&params, false),
        };
        let f = self.module.add_function(name, fn_type, Some(Linkage::External));
        // The runtime is linked statically into the same executable: call it directly, not
        // through the PLT.
        f.as_global_value().set_visibility(GlobalVisibility::Hidden);
        if ret == "!" {
            let noreturn = inkwell::attributes::Attribute::get_named_enum_kind_id("noreturn");
            f.add_attribute(inkwell::attributes::AttributeLoc::Function, self.ctx.create_enum_attribute(noreturn, 0));
            let cold = inkwell::attributes::Attribute::get_named_enum_kind_id("cold");
            f.add_attribute(inkwell::attributes::AttributeLoc::Function, self.ctx.create_enum_attribute(cold, 0));
        }
        f
    }

    /// A private constant holding `bytes`, and its address; one per distinct content.
    pub(crate) fn bytes_global(&mut self, bytes: &[u8], name: &str) -> PointerValue<'ctx> {
        if let Some(p) = self.byte_constants.get(bytes) {
            return *p;
        }
        let value = self.ctx.const_string(bytes, false);
        let g = self.module.add_global(value.get_type(), None, name);
        g.set_initializer(&value);
        g.set_constant(true);
        g.set_linkage(Linkage::Private);
        g.set_unnamed_addr(true);
        self.byte_constants.insert(bytes.to_vec(), g.as_pointer_value());
        g.as_pointer_value()
    }

    /// The root slot that caches the constant object named by `key`.
    pub(crate) fn const_slot(&mut self, key: String) -> GlobalValue<'ctx> {
        if let Some(g) = self.const_slots.get(&key) {
            return *g;
        }
        let i64t = self.ctx.i64_type();
        let g = self.module.add_global(i64t, None, &format!("const.{}", self.const_slots.len()));
        g.set_initializer(&i64t.const_zero());
        g.set_linkage(Linkage::Private);
        self.const_slots.insert(key, g);
        g
    }

    fn declare_globals(&mut self) {
        for (i, (g, t)) in self.program.globals.iter().zip(&self.ann.globals).enumerate() {
            let ty = self.repr(t);
            let storage = self.module.add_global(ty, None, &format!("global.{i}.{}", g.name));
            storage.set_initializer(&ty.const_zero());
            storage.set_linkage(Linkage::Private);
            // 0 is a value of a non-reference or optional type, so those need a flag.
            let flag = (!t.is_gc_ref() || matches!(t, Type::Optional(_))).then(|| {
                let i8t = self.ctx.i8_type();
                let f = self.module.add_global(i8t, None, &format!("global.{i}.defined"));
                f.set_initializer(&i8t.const_zero());
                f.set_linkage(Linkage::Private);
                f
            });
            self.globals.push((storage, flag));
        }
    }

    pub(crate) fn global(&self, g: GlobalId) -> (GlobalValue<'ctx>, Option<GlobalValue<'ctx>>) {
        self.globals[g.index()]
    }

    /// The `SourceInfo` of the file that holds `span`, for tracebacks.
    pub(crate) fn source_info(&mut self, span: Span) -> PointerValue<'ctx> {
        let id = self.source.file_id_of(span.start);
        if let Some(g) = self.source_infos.get(&id.0) {
            return g.as_pointer_value();
        }
        let file = self.source.file(id);
        // CPython prints the absolute paths of the script and of the modules it imports.
        let absolute = std::fs::canonicalize(&file.path).map_or(file.path.clone(), |p| p.display().to_string());
        let path = self.bytes_global(absolute.as_bytes(), "source.path");
        let text = self.bytes_global(file.text.as_bytes(), "source.text");
        let i64t = self.ctx.i64_type();
        let ty = self.ctx.struct_type(&[self.ptr().into(), i64t.into(), self.ptr().into(), i64t.into()], false);
        let value = ty.const_named_struct(&[
            path.into(),
            i64t.const_int(absolute.len() as u64, false).into(),
            text.into(),
            i64t.const_int(file.text.len() as u64, false).into(),
        ]);
        let g = self.module.add_global(ty, None, &format!("source.info.{}", id.0));
        g.set_initializer(&value);
        g.set_constant(true);
        g.set_linkage(Linkage::Private);
        self.source_infos.insert(id.0, g);
        g.as_pointer_value()
    }

    /// The DWARF file of the source file that holds `span`.
    pub(crate) fn debug_file(&self, span: Span) -> inkwell::debug_info::DIFile<'ctx> {
        let (name, dir) = file_and_dir(self.source.file_of(span.start));
        self.debug.create_file(&name, &dir)
    }

    /// The `FuncInfo` of a function (`span` is its definition), for tracebacks.
    pub(crate) fn func_info(&mut self, name: &str, span: Span, index: usize) -> PointerValue<'ctx> {
        let file = self.source_info(span);
        let name_ptr = self.bytes_global(name.as_bytes(), &format!("name.{index}"));
        let i64t = self.ctx.i64_type();
        let ty = self.ctx.struct_type(&[self.ptr().into(), i64t.into(), self.ptr().into()], false);
        let value = ty.const_named_struct(&[name_ptr.into(), i64t.const_int(name.len() as u64, false).into(), file.into()]);
        let g = self.module.add_global(ty, None, &format!("info.{index}"));
        g.set_initializer(&value);
        g.set_constant(true);
        g.set_linkage(Linkage::Private);
        g.as_pointer_value()
    }

    /// Exported runtime globals that generated code reads and writes directly.
    /// Marks a conditional branch as almost never taking its first target (an exception).
    pub(crate) fn expect_false(&self, br: inkwell::values::InstructionValue<'ctx>) {
        let i32t = self.ctx.i32_type();
        let weights = self.ctx.metadata_node(&[
            self.ctx.metadata_string("branch_weights").into(),
            i32t.const_int(1, false).into(),
            i32t.const_int(2000, false).into(),
        ]);
        // Fails only for a non-instruction value, which a branch is not.
        let _ = br.set_metadata(weights, self.ctx.get_kind_id("prof"));
    }

    pub(crate) fn runtime_global(&self, name: &str, ty: BasicTypeEnum<'ctx>) -> GlobalValue<'ctx> {
        self.module.get_global(name).unwrap_or_else(|| {
            let g = self.module.add_global(ty, None, name);
            g.set_linkage(Linkage::External);
            // Linked into the same executable: address it directly, not through the GOT.
            g.set_visibility(GlobalVisibility::Hidden);
            g
        })
    }
}

/// A source file's name and folder, as DWARF names a file.
fn file_and_dir(file: &SourceFile) -> (String, String) {
    let path = std::path::Path::new(&file.path);
    let name = path.file_name().map_or(file.path.clone(), |f| f.to_string_lossy().into_owned());
    let dir = path.parent().map_or(String::new(), |d| d.to_string_lossy().into_owned());
    (name, dir)
}

/// What to produce from the lowered module.
pub enum Output {
    /// Textual LLVM IR after optimisation (`--emit llvm`).
    LlvmIr,
    /// An ELF object file.
    Object,
}

/// Lowers an annotated program and returns LLVM IR text or object-file bytes.
pub fn lower(program: &Program, ann: &Annotation, source: &SourceMap, output: Output, optimize: bool) -> Result<Vec<u8>, CompileError> {
    Target::initialize_native(&InitializationConfig::default()).map_err(CompileError::Llvm)?;
    let ctx = Context::create();
    let module = ctx.create_module(&source.main().path);
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| CompileError::Llvm(e.to_string()))?;
    let machine = target
        .create_target_machine(&triple, "x86-64-v2", "", OptimizationLevel::Default, RelocMode::PIC, CodeModel::Default)
        .ok_or_else(|| CompileError::Llvm("cannot create a target machine for this host".into()))?;
    module.set_triple(&triple);
    module.set_data_layout(&machine.get_target_data().get_data_layout());
    let (file_name, dir) = file_and_dir(source.main());
    let (debug, debug_unit) = module.create_debug_info_builder(
        true,
        DWARFSourceLanguage::Python,
        &file_name,
        &dir,
        "mesapyc",
        optimize,
        "",
        0,
        "",
        DWARFEmissionKind::LineTablesOnly,
        0,
        false,
        false,
        "",
        "",
    );
    module.add_basic_value_flag("Debug Info Version", FlagBehavior::Warning, ctx.i32_type().const_int(3, false));
    let mut cg = Codegen {
        ctx: &ctx,
        module,
        builder: ctx.create_builder(),
        program,
        ann,
        source,
        functions: HashMap::new(),
        globals: Vec::new(),
        const_slots: HashMap::new(),
        descs: std::cell::RefCell::new(HashMap::new()),
        function_infos: HashMap::new(),
        class_infos: Vec::new(),
        byte_constants: HashMap::new(),
        source_infos: HashMap::new(),
        debug,
        debug_unit,
        optimize,
        set_by_init: std::cell::RefCell::new(HashMap::new()),
    };
    cg.declare_globals();
    for &vid in &ann.live {
        func::declare(&mut cg, vid);
    }
    cg.emit_class_infos()?;
    for &vid in &ann.live {
        func::lower_variant(&mut cg, vid)?;
    }
    func::emit_main(&mut cg);
    cg.debug.finalize();
    cg.module.verify().map_err(|e| CompileError::Internal(format!("LLVM verifier: {}", e.to_string())))?;
    if optimize {
        cg.module
            .run_passes("default<O2>", &machine, inkwell::passes::PassBuilderOptions::create())
            .map_err(|e| CompileError::Llvm(e.to_string()))?;
    }
    match output {
        Output::LlvmIr => Ok(cg.module.print_to_string().to_bytes().to_vec()),
        Output::Object => {
            let buf = machine.write_to_memory_buffer(&cg.module, FileType::Object).map_err(|e| CompileError::Llvm(e.to_string()))?;
            Ok(buf.as_slice().to_vec())
        }
    }
}
