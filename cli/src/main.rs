//! `mesapyc`: compiles a Python program into a standalone native executable.
//!
//! `build` runs the pipeline parse -> flow -> annotate -> lower -> emit -> link; `--emit` stops
//! after a stage and prints it. `run` builds into a temporary folder and runs the result.
//! `check` prints what the annotator proved for every function. Exit status 2 means the
//! program was rejected, with diagnostics on stderr.
#![forbid(unsafe_code)]

use clap::{Parser, Subcommand, ValueEnum};
use mesapy_annotator::annotate::{annotate, annotation_text, Annotation};
use mesapy_annotator::build::build_program;
use mesapy_annotator::diagnostic::Diagnostic;
use mesapy_annotator::ir::Program;
use mesapy_annotator::print::program_text;
use mesapy_annotator::source::SourceMap;
use mesapy_compiler::llvm::{lower, Output};
use mesapy_compiler::CompileError;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "mesapyc", version, about = "Compile Python 3 programs into fast, standalone native executables")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Stage {
    /// Flow graphs, one per function.
    Flow,
    /// The whole-program type annotation.
    Types,
    /// Optimised LLVM IR.
    Llvm,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a program into an executable.
    Build {
        file: PathBuf,
        /// The executable to write (default: the file name without `.py`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Print the program after this stage instead of building.
        #[arg(long, value_enum)]
        emit: Option<Stage>,
        /// Skip LLVM's optimisations (faster builds, slower programs).
        #[arg(long)]
        no_opt: bool,
    },
    /// Build into a temporary folder and run the program with the given arguments.
    Run {
        file: PathBuf,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Report, per function, the types the annotator proved.
    Check { file: PathBuf },
}

/// Why mesapyc stopped.
enum Failure {
    /// The program was rejected: diagnostics are printed, exit status 2.
    Rejected,
    /// Something else went wrong, exit status 1.
    Error(String),
}

impl From<CompileError> for Failure {
    fn from(e: CompileError) -> Failure {
        Failure::Error(e.to_string())
    }
}

/// A source map holding the main file; the front end adds the modules it imports.
fn read_source(file: &Path) -> Result<SourceMap, Failure> {
    let text = std::fs::read_to_string(file).map_err(|e| Failure::Error(format!("cannot read {}: {e}", file.display())))?;
    Ok(SourceMap::new(file.display().to_string(), text))
}

fn report(sources: &SourceMap, diags: &[Diagnostic]) -> Failure {
    for d in diags {
        eprint!("{}", d.render(sources));
    }
    let n = diags.len();
    eprintln!("error: could not compile `{}` ({n} error{})", sources.main().path, if n == 1 { "" } else { "s" });
    Failure::Rejected
}

fn front(sources: &mut SourceMap) -> Result<(Program, Annotation), Failure> {
    let program = build_program(sources).map_err(|d| report(sources, &d))?;
    let ann = annotate(&program).map_err(|d| report(sources, &d))?;
    Ok((program, ann))
}

fn build(file: &Path, output: &Path, optimize: bool) -> Result<(), Failure> {
    let mut source = read_source(file)?;
    let (program, ann) = front(&mut source)?;
    let object = lower(&program, &ann, &source, Output::Object, optimize)?;
    let dir = tempfile::tempdir().map_err(|e| Failure::Error(format!("cannot create a temporary folder: {e}")))?;
    let obj_path = dir.path().join("program.o");
    std::fs::write(&obj_path, object).map_err(|e| Failure::Error(format!("cannot write {}: {e}", obj_path.display())))?;
    mesapy_compiler::link::link(&obj_path, output)?;
    Ok(())
}

fn emit(file: &Path, stage: Stage, optimize: bool) -> Result<(), Failure> {
    let mut source = read_source(file)?;
    let program = build_program(&mut source).map_err(|d| report(&source, &d))?;
    if let Stage::Flow = stage {
        print!("{}", program_text(&program));
        return Ok(());
    }
    let ann = annotate(&program).map_err(|d| report(&source, &d))?;
    match stage {
        Stage::Types => print!("{}", annotation_text(&program, &ann)),
        _ => {
            let ir = lower(&program, &ann, &source, Output::LlvmIr, optimize)?;
            print!("{}", String::from_utf8_lossy(&ir));
        }
    }
    Ok(())
}

fn check(file: &Path) -> Result<(), Failure> {
    let mut source = read_source(file)?;
    let (program, ann) = front(&mut source)?;
    print!("{}", annotation_text(&program, &ann));
    if ann.widenings.is_empty() {
        println!("every function is fully typed: no value widened to a boxed object");
    }
    for w in &ann.widenings {
        let file = source.file_of(w.span.start);
        let (line, col) = file.line_col(w.span.start);
        println!("{}:{line}:{col}: widened to object: {}", file.path, w.reason);
        println!("    {}", file.line_text(line).trim());
    }
    Ok(())
}

fn run(file: &Path, args: &[String]) -> Result<ExitCode, Failure> {
    let dir = tempfile::tempdir().map_err(|e| Failure::Error(format!("cannot create a temporary folder: {e}")))?;
    let exe = dir.path().join(file.file_stem().unwrap_or_default());
    build(file, &exe, true)?;
    let status = std::process::Command::new(&exe)
        .args(args)
        .status()
        .map_err(|e| Failure::Error(format!("cannot run {}: {e}", exe.display())))?;
    Ok(ExitCode::from(status.code().unwrap_or(1) as u8))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build { file, output, emit: Some(stage), no_opt } => {
            let _ = output;
            emit(&file, stage, !no_opt).map(|_| ExitCode::SUCCESS)
        }
        Command::Build { file, output, emit: None, no_opt } => {
            let output = output.unwrap_or_else(|| file.with_extension(""));
            build(&file, &output, !no_opt).map(|_| ExitCode::SUCCESS)
        }
        Command::Run { file, args } => run(&file, &args),
        Command::Check { file } => check(&file).map(|_| ExitCode::SUCCESS),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Rejected) => ExitCode::from(2),
        Err(Failure::Error(msg)) => {
            eprintln!("mesapyc: {msg}");
            ExitCode::from(1)
        }
    }
}
