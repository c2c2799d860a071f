//! Properties of the compiler and its executables as files on disk:
//!
//! - the installed compiler is one file: copied alone into an empty folder, it still compiles and
//!   links a program (the runtime library is embedded in it, and only `cc` is needed);
//! - a compiled program needs only the C library's family of shared libraries (never LLVM);
//! - the GC bounds memory: `programs/churn.py` allocates tens of millions of short-lived strings
//!   and lists, `programs/cycles.py` millions of reference cycles (instances, lists and dicts
//!   pointing at each other), and with `MESAPY_STATS=1` the runtime must report a small peak RSS
//!   and at least one collection.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use mesapy_testsuite::{
    disallowed_libraries, first_lines, ldd_libraries, mesapyc, parse_stats, run_with_timeout,
    short_diff, testsuite_dir, RunOutput,
};

const BUILD_TIMEOUT: Duration = Duration::from_secs(120);
const RUN_TIMEOUT: Duration = Duration::from_secs(20);
/// Generous: the churn program does 20 million iterations.
const CHURN_TIMEOUT: Duration = Duration::from_secs(300);
const CHURN_MAX_PEAK_RSS_KB: u64 = 200_000;

fn program(name: &str) -> PathBuf {
    testsuite_dir().join("programs").join(name)
}

/// Builds `source` into `exe` with `compiler`, running in `cwd`; panics with the diagnostic on failure.
fn build(compiler: &Path, source: &Path, exe: &Path, cwd: &Path, clean_env: bool) {
    let mut cmd = Command::new(compiler);
    cmd.arg("build")
        .arg(source)
        .arg("-o")
        .arg(exe)
        .current_dir(cwd)
        .env("NO_COLOR", "1");
    if clean_env {
        // Nothing may lead the copied compiler back to the workspace it was built in.
        for (key, _) in env::vars_os() {
            let key = key.to_string_lossy().into_owned();
            if key.starts_with("CARGO") || key.starts_with("MESAPY") || key.starts_with("RUST") {
                cmd.env_remove(&key);
            }
        }
    }
    let out = run_with_timeout(&mut cmd, BUILD_TIMEOUT)
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", compiler.display()));
    assert_eq!(
        out.code(),
        Some(0),
        "`mesapyc build {}` failed ({}):\n{}",
        source.display(),
        out.describe_end(),
        out.stderr_text()
    );
    assert!(
        exe.is_file(),
        "`mesapyc build` exited 0 but wrote no {}",
        exe.display()
    );
}

fn run(exe: &Path, envs: &[(&str, &str)], timeout: Duration) -> RunOutput {
    let mut cmd = Command::new(exe);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    run_with_timeout(&mut cmd, timeout)
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", exe.display()))
}

fn golden_stdout(name: &str) -> Vec<u8> {
    let path = program(name).with_extension("out");
    fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "missing {} ({e}); run `python3 testsuite/bless.py --programs programs/`",
            path.display()
        )
    })
}

#[test]
fn compiler_works_when_copied_alone() {
    let compiler = mesapyc();
    let dir = tempfile::Builder::new()
        .prefix("mesapy-alone-")
        .tempdir()
        .unwrap();
    let lonely = dir.path().join("mesapyc");
    fs::copy(&compiler, &lonely)
        .unwrap_or_else(|e| panic!("cannot copy {}: {e}", compiler.display()));
    let source = dir.path().join("hello.py");
    fs::copy(program("hello.py"), &source).unwrap();
    let exe = dir.path().join("hello");
    build(&lonely, Path::new("hello.py"), &exe, dir.path(), true);
    let out = run(&exe, &[], RUN_TIMEOUT);
    assert_eq!(
        out.code(),
        Some(0),
        "hello world {}: {}",
        out.describe_end(),
        out.stderr_text()
    );
    let want = golden_stdout("hello.py");
    assert!(
        out.stdout == want,
        "hello world stdout {}",
        short_diff(&want, &out.stdout)
    );
}

#[cfg(target_os = "linux")]
#[test]
fn executables_link_only_the_c_library() {
    let compiler = mesapyc();
    let dir = tempfile::Builder::new()
        .prefix("mesapy-ldd-")
        .tempdir()
        .unwrap();
    let exe = dir.path().join("hello");
    build(&compiler, &program("hello.py"), &exe, dir.path(), false);
    let out = run_with_timeout(Command::new("ldd").arg(&exe), RUN_TIMEOUT)
        .unwrap_or_else(|e| panic!("cannot run ldd (part of the C library's tools): {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        out.stderr_text()
    );
    if out.code() != Some(0) {
        // A static executable has no dependencies at all, which is fine; anything else is not.
        assert!(
            text.contains("not a dynamic executable") || text.contains("statically linked"),
            "ldd {} failed ({}): {text}",
            exe.display(),
            out.describe_end()
        );
        return;
    }
    let libs = ldd_libraries(&text);
    let bad = disallowed_libraries(&libs);
    assert!(
        bad.is_empty(),
        "a compiled hello world needs {bad:?} beyond the C library's family; ldd says:\n{text}"
    );
}

#[test]
fn gc_bounds_memory_of_allocation_churn() {
    assert_bounded_memory("churn.py");
}

#[test]
fn gc_reclaims_reference_cycles() {
    assert_bounded_memory("cycles.py");
}

/// Builds and runs a program of `programs/`, which must print its golden, collect at least
/// once and stay under `CHURN_MAX_PEAK_RSS_KB` of RSS.
fn assert_bounded_memory(name: &str) {
    let compiler = mesapyc();
    let dir = tempfile::Builder::new()
        .prefix("mesapy-churn-")
        .tempdir()
        .unwrap();
    let exe = dir.path().join("program");
    build(&compiler, &program(name), &exe, dir.path(), false);
    let out = run(&exe, &[("MESAPY_STATS", "1")], CHURN_TIMEOUT);
    let stderr = out.stderr_text();
    assert_eq!(
        out.code(),
        Some(0),
        "{name} {}: {}",
        out.describe_end(),
        first_lines(&stderr, 5)
    );
    let want = golden_stdout(name);
    assert!(
        out.stdout == want,
        "{name} stdout {}",
        short_diff(&want, &out.stdout)
    );
    let stats = parse_stats(&stderr).unwrap_or_else(|| {
        panic!("MESAPY_STATS=1 printed no `mesapy-stats: peak_rss_kb=N collections=M` line; stderr: {stderr:?}")
    });
    assert!(
        stats.peak_rss_kb < CHURN_MAX_PEAK_RSS_KB,
        "{name} peaked at {} kB of RSS (limit {CHURN_MAX_PEAK_RSS_KB} kB): garbage is not being reclaimed",
        stats.peak_rss_kb
    );
    assert!(
        stats.collections > 0,
        "{name} finished without a single collection: {stats:?}"
    );
}
