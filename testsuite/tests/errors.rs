//! Diagnostic goldens: every program under `errors/` uses one construct the compiler does not
//! support yet, so `mesapyc build` must exit with status 2 and print the diagnostic stored in the
//! `.stderr` file beside it, like rustc's UI tests.
//!
//! These goldens are our own diagnostics, so they are blessed from `mesapyc` itself:
//! `UPDATE_GOLDENFILES=1 cargo test -p mesapy-testsuite --test errors` writes them (only for
//! programs that were rejected with status 2), and review the diff before committing.
//!
//! The compiler runs inside `errors/` with the program's relative path, so the `-->` lines of the
//! diagnostics do not depend on where the repository is checked out.

use std::env;
use std::fs;
use std::io::Write;
use std::process::Command;
use std::time::Duration;

use goldenfile::Mint;
use mesapy_testsuite::{
    discover_programs, first_lines, mesapyc, run_with_timeout, short_diff, testsuite_dir,
};

const BUILD_TIMEOUT: Duration = Duration::from_secs(120);

fn updating() -> bool {
    env::var("UPDATE_GOLDENFILES").is_ok_and(|v| v == "1")
}

#[test]
fn unsupported_constructs_are_rejected_with_a_diagnostic() {
    let compiler = mesapyc();
    let root = testsuite_dir().join("errors");
    let programs = discover_programs(&root).expect("cannot read testsuite/errors");
    assert!(!programs.is_empty(), "no program under {}", root.display());
    let out_dir = tempfile::Builder::new()
        .prefix("mesapy-errors-")
        .tempdir()
        .expect("cannot create a temp dir");

    let mut mint = Mint::new(&root);
    let mut failures = Vec::new();
    for program in &programs {
        let rel = program
            .entry
            .strip_prefix(&root)
            .expect("program outside errors/");
        let golden_rel = rel.with_extension("stderr");
        let exe = out_dir.path().join(program.exe_name());
        let run = run_with_timeout(
            Command::new(&compiler)
                .arg("build")
                .arg(rel)
                .arg("-o")
                .arg(&exe)
                .current_dir(&root)
                .env("NO_COLOR", "1"),
            BUILD_TIMEOUT,
        )
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", compiler.display()));
        let stderr = run.stderr_text();

        if run.code() != Some(2) {
            failures.push(format!(
                "{}: expected exit status 2, got {}; stderr: {}",
                program.name,
                run.describe_end(),
                first_lines(&stderr, 2)
            ));
            continue; // A wrong status must never bless its stderr.
        }
        let golden = root.join(&golden_rel);
        if !updating() {
            match fs::read(&golden) {
                Err(_) => {
                    failures.push(format!(
                        "{}: no golden {}; create it with UPDATE_GOLDENFILES=1",
                        program.name,
                        golden_rel.display()
                    ));
                    continue; // The mint would only say "file not found".
                }
                Ok(old) if old != stderr.as_bytes() => failures.push(format!(
                    "{}: stderr {}",
                    program.name,
                    short_diff(&old, stderr.as_bytes())
                )),
                Ok(_) => {}
            }
        }
        let mut file = mint
            .new_goldenfile(&golden_rel)
            .expect("cannot create a goldenfile");
        file.write_all(stderr.as_bytes())
            .expect("cannot write a goldenfile");
    }

    for line in &failures {
        println!("FAIL {line}");
    }
    println!(
        "errors: {} passed, {} failed",
        programs.len() - failures.len(),
        failures.len()
    );
    // Dropping the mint checks (or with UPDATE_GOLDENFILES=1 writes) the goldens; on a mismatch it
    // panics with a full diff of the first one, which complements the summary above.
    drop(mint);
    assert!(
        failures.is_empty(),
        "{} of {} error programs failed (see the FAIL lines above)",
        failures.len(),
        programs.len()
    );
}
