//! Golden end-to-end cases: every program under `cases/` is compiled with `mesapyc`, run, and
//! must print what CPython printed (`.out`), end with the same status (`.status`, default 0) and,
//! when it fails, with the same last stderr line (`.err`).
//!
//! When `python3` is on `PATH` every case is also run under it and must agree with its goldens, so
//! a wrong or stale golden fails here instead of silently blessing a bug (regenerate goldens with
//! `python3 testsuite/bless.py`).
//!
//! One test runs all cases on two worker threads and reports every failure at the end, one line
//! per case, then `cases: N passed, M failed`. `CASES=<substring>` runs only the cases whose name
//! contains the substring.

use std::env;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

use mesapy_testsuite::{
    discover_programs, first_lines, mesapyc, python3, python_env, run_with_input, run_with_timeout, testsuite_dir,
    Expected, Program,
};

const WORKERS: usize = 2;
const BUILD_TIMEOUT: Duration = Duration::from_secs(120);
const RUN_TIMEOUT: Duration = Duration::from_secs(20);

/// What happened to one case: `None` when it passed, else a one-line reason.
fn check_case(
    program: &Program,
    compiler: &Path,
    python: Option<&str>,
    out_dir: &Path,
) -> Option<String> {
    let expected = match Expected::load(program) {
        Ok(e) => e,
        Err(why) => return Some(why),
    };
    let mut problems = Vec::new();
    // A golden that CPython disagrees with says nothing about the compiler: report only that (and
    // a failing build), so the line points at the real problem.
    let golden_is_wrong = match python {
        Some(python) => {
            problems.extend(check_golden_with_python(program, &expected, python));
            !problems.is_empty()
        }
        None => false,
    };

    let exe = out_dir.join(program.exe_name());
    let build = run_with_timeout(
        Command::new(compiler)
            .arg("build")
            .arg(&program.entry)
            .arg("-o")
            .arg(&exe)
            .env("NO_COLOR", "1"),
        BUILD_TIMEOUT,
    );
    match build {
        Err(e) => problems.push(format!("cannot start mesapyc: {e}")),
        Ok(b) if b.code() != Some(0) => problems.push(format!(
            "build failed ({}): {}",
            b.describe_end(),
            first_lines(&b.stderr_text(), 2)
        )),
        Ok(_) if !exe.is_file() => {
            problems.push(format!("build succeeded but wrote no {}", exe.display()))
        }
        Ok(_) if golden_is_wrong => {}
        Ok(_) => match run_with_input(Command::new(&exe).current_dir(program.dir()), program.stdin().as_deref(), RUN_TIMEOUT)
        {
            Err(e) => problems.push(format!("cannot run the executable: {e}")),
            Ok(run) => problems.extend(expected.mismatches(&run)),
        },
    }
    (!problems.is_empty()).then(|| problems.join("; "))
}

/// Re-runs the case under CPython and reports where its goldens disagree.
fn check_golden_with_python(program: &Program, expected: &Expected, python: &str) -> Vec<String> {
    let mut cmd = Command::new(python);
    python_env(&mut cmd)
        .arg(program.entry.file_name().unwrap())
        .current_dir(program.dir());
    match run_with_input(&mut cmd, program.stdin().as_deref(), RUN_TIMEOUT) {
        Err(e) => vec![format!("cannot run {python}: {e}")],
        Ok(run) => expected
            .mismatches(&run)
            .into_iter()
            .map(|w| format!("golden disagrees with {python} (re-bless it): {w}"))
            .collect(),
    }
}

#[test]
fn cases_match_cpython() {
    let compiler = mesapyc();
    let root = testsuite_dir().join("cases");
    let mut programs = discover_programs(&root).expect("cannot read testsuite/cases");
    let filter = env::var("CASES").unwrap_or_default();
    if !filter.is_empty() {
        programs.retain(|p| p.name.contains(&filter));
    }
    assert!(
        !programs.is_empty(),
        "no case under {} matches CASES={filter:?}",
        root.display()
    );

    let python = python3();
    if python.is_none() {
        println!("note: python3 not found; the goldens are not re-checked against CPython");
    }
    let out_dir = tempfile::Builder::new()
        .prefix("mesapy-cases-")
        .tempdir()
        .expect("cannot create a temp dir");

    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..WORKERS.min(programs.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(program) = programs.get(i) else {
                    break;
                };
                if let Some(why) = check_case(program, &compiler, python.as_deref(), out_dir.path())
                {
                    failures.lock().unwrap().push((program.name.clone(), why));
                }
            });
        }
    });

    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    for (name, why) in &failures {
        println!("FAIL {name}: {why}");
    }
    let failed = failures.len();
    let passed = programs.len() - failed;
    println!("cases: {passed} passed, {failed} failed");
    assert!(
        failed == 0,
        "cases: {passed} passed, {failed} failed (see the FAIL lines above)"
    );
}
