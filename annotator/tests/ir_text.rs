//! IR text tests: each `tests/flow/*.py` is built into flow graphs and each `tests/types/*.py`
//! is annotated; the text form must match the `.flow` / `.types` file beside it (or, for a
//! program that must be rejected, the rendered diagnostics). `UPDATE_GOLDENFILES=1` rewrites them;
//! review the diff, since these texts are our own output.

use goldenfile::Mint;
use mesapy_annotator::annotate::{annotate, annotation_text};
use mesapy_annotator::build::build_program;
use mesapy_annotator::print::program_text;
use mesapy_annotator::source::SourceMap;
use std::io::Write;
use std::path::Path;

fn run(dir: &str, ext: &str, stage: fn(&mut SourceMap) -> String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(dir);
    let mut mint = Mint::new(&root);
    let mut inputs: Vec<_> = std::fs::read_dir(&root)
        .expect("the test folder exists")
        .map(|e| e.expect("readable folder entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty(), "no inputs in {}", root.display());
    for input in inputs {
        let name = input.file_name().expect("a file").to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&input).expect("readable input");
        let mut source = SourceMap::new(name.clone(), text);
        let golden = name.replace(".py", ext);
        let mut file = mint.new_goldenfile(&golden).expect("golden file can be opened");
        file.write_all(stage(&mut source).as_bytes()).expect("golden file can be written");
    }
}

fn diagnostics(source: &SourceMap, diags: &[mesapy_annotator::diagnostic::Diagnostic]) -> String {
    diags.iter().map(|d| d.render(source)).collect()
}

#[test]
fn flow_graphs() {
    run("flow", ".flow", |source| match build_program(source) {
        Ok(program) => {
            mesapy_annotator::verify::verify(&program).expect("the flow builder's graphs verify");
            program_text(&program)
        }
        Err(d) => diagnostics(source, &d),
    });
}

#[test]
fn annotations() {
    run("types", ".types", |source| {
        let program = match build_program(source) {
            Ok(p) => p,
            Err(d) => return diagnostics(source, &d),
        };
        match annotate(&program) {
            Ok(ann) => annotation_text(&program, &ann),
            Err(d) => diagnostics(source, &d),
        }
    });
}
