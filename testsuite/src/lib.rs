//! End-to-end tests for `mesapyc`: the helpers shared by the test files in `tests/`.
//!
//! The suite treats the compiler as a black box. Every test builds Python programs with the
//! `mesapyc` binary, runs the executables it produces, and compares what they print with goldens:
//!
//! - `tests/cases.rs`: `cases/**.py` must print exactly what CPython prints. The goldens beside
//!   each program (`.out`, and `.status` / `.err` when it fails) are written by `bless.py` from
//!   `python3`, and re-checked against `python3` whenever it is on `PATH`, so a wrong golden fails.
//! - `tests/errors.rs`: `errors/**.py` must be rejected with exit status 2 and the diagnostic in the
//!   `.stderr` file beside them (a `goldenfile` snapshot; `UPDATE_GOLDENFILES=1` rewrites them).
//! - `tests/binary.rs`: properties of the compiler and its output as files: the compiler works
//!   when copied alone elsewhere, executables link only the C library's family, and the GC keeps
//!   the memory of an allocation-heavy program bounded.
//!
//! The compiler is found through [`mesapyc`]: the `MESAPYC` environment variable, else
//! `target/release/mesapyc` in the workspace. Build it first with `cargo build --release -p mesapyc`.
//!
//! **Architecture Invariant:** the suite never links the compiler's crates; it runs the binary, so
//! it tests exactly what users get.
#![forbid(unsafe_code)]

use std::env;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// Output of a program beyond this many bytes per stream is dropped, so that a runaway program
/// cannot exhaust the test's memory before its timeout.
pub const OUTPUT_CAP: usize = 16 << 20;

/// The workspace root: the folder above this crate.
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// This crate's folder, which holds `cases/`, `errors/` and `programs/`.
pub fn testsuite_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `mesapyc` binary under test, or an explanation of where it was looked for.
///
/// `MESAPYC` may be an absolute path, a path relative to the current directory or to the workspace
/// root, or a bare name looked up on `PATH`. Without it, `<workspace>/target/release/mesapyc`.
pub fn find_mesapyc() -> Result<PathBuf, String> {
    let hint = "build it with `cargo build --release -p mesapyc`, or set MESAPYC=/path/to/mesapyc";
    match env::var_os("MESAPYC") {
        Some(value) if !value.is_empty() => {
            let given = PathBuf::from(&value);
            let mut tried = Vec::new();
            if given.components().count() == 1 && !given.is_absolute() {
                for dir in env::split_paths(&env::var_os("PATH").unwrap_or_default()) {
                    tried.push(dir.join(&given));
                }
            }
            tried.push(given.clone());
            if given.is_relative() {
                tried.push(workspace_root().join(&given));
            }
            for candidate in &tried {
                if candidate.is_file() {
                    return Ok(absolute(candidate));
                }
            }
            Err(format!("MESAPYC={} is not a file; {hint}", given.display()))
        }
        _ => {
            let default = workspace_root()
                .join("target")
                .join("release")
                .join("mesapyc");
            if default.is_file() {
                Ok(default)
            } else {
                Err(format!(
                    "mesapyc not found at {}; {hint}",
                    default.display()
                ))
            }
        }
    }
}

/// Like [`find_mesapyc`], but panics with the explanation: the tests cannot do anything without
/// the compiler, and a missing compiler must fail them, not skip them.
pub fn mesapyc() -> PathBuf {
    find_mesapyc().unwrap_or_else(|why| panic!("{why}"))
}

fn absolute(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The `python3` used to re-check goldens, when it runs; `PYTHON3` overrides the name.
pub fn python3() -> Option<String> {
    let name = env::var("PYTHON3").unwrap_or_else(|_| "python3".to_string());
    let ok = Command::new(&name)
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    ok.then_some(name)
}

/// The environment variables every golden run under `python3` uses (the same as `bless.py`).
pub fn python_env(cmd: &mut Command) -> &mut Command {
    cmd.env("PYTHONUTF8", "1")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONHASHSEED", "0")
}

/// How a program ended and what it printed.
#[derive(Debug, Clone)]
pub struct RunOutput {
    /// `None` when the program was killed because it ran past its timeout.
    pub status: Option<ExitStatus>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub elapsed: Duration,
}

impl RunOutput {
    /// True when the program ran past its timeout and was killed.
    pub fn timed_out(&self) -> bool {
        self.status.is_none()
    }

    /// The exit code, or `None` for a timeout or a death by signal.
    pub fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }

    /// "exit status 1", "killed by signal 11", "timed out after 20 s".
    pub fn describe_end(&self) -> String {
        match self.status {
            None => format!("timed out after {:.0} s", self.elapsed.as_secs_f64()),
            Some(s) => match s.code() {
                Some(c) => format!("exit status {c}"),
                None => describe_signal(s),
            },
        }
    }

    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
}

#[cfg(unix)]
fn describe_signal(s: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match s.signal() {
        Some(sig) => format!("killed by signal {sig}{}", signal_name(sig)),
        None => format!("{s}"),
    }
}

#[cfg(not(unix))]
fn describe_signal(s: ExitStatus) -> String {
    format!("{s}")
}

fn signal_name(sig: i32) -> &'static str {
    match sig {
        4 => " (SIGILL)",
        6 => " (SIGABRT)",
        7 => " (SIGBUS)",
        8 => " (SIGFPE)",
        9 => " (SIGKILL)",
        11 => " (SIGSEGV)",
        _ => "",
    }
}

/// Runs `cmd` with stdin closed, capturing stdout and stderr, and kills it after `timeout`.
pub fn run_with_timeout(cmd: &mut Command, timeout: Duration) -> io::Result<RunOutput> {
    run_with_input(cmd, None, timeout)
}

/// Runs `cmd` with stdin read from the file `input` (closed without one), capturing stdout and
/// stderr, and kills it after `timeout`.
///
/// On Unix the program runs in its own process group and a timeout kills the whole group, so a
/// wrapper script's children die with it. Output still held open by a stray grandchild is
/// waited for only briefly.
pub fn run_with_input(cmd: &mut Command, input: Option<&Path>, timeout: Duration) -> io::Result<RunOutput> {
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    let stdin = match input {
        Some(path) => Stdio::from(fs::File::open(path)?),
        None => Stdio::null(),
    };
    cmd.stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = spawn_retrying(cmd)?;
    let out = spawn_reader(child.stdout.take());
    let err = spawn_reader(child.stderr.take());
    let status = wait_with_timeout(&mut child, timeout)?;
    let elapsed = start.elapsed();
    let drain_deadline = Instant::now() + Duration::from_secs(2);
    let stdout = collect(out, drain_deadline);
    let stderr = collect(err, drain_deadline);
    Ok(RunOutput {
        status,
        stdout,
        stderr,
        elapsed,
    })
}

/// Spawns `cmd`, retrying while the executable is "busy" (ETXTBSY): a file just written by this
/// process can still be open for writing in a child that another test thread forked meanwhile.
fn spawn_retrying(cmd: &mut Command) -> io::Result<Child> {
    const ETXTBSY: i32 = 26;
    let mut attempts = 0;
    loop {
        match cmd.spawn() {
            Err(e) if e.raw_os_error() == Some(ETXTBSY) && cfg!(unix) && attempts < 100 => {
                attempts += 1;
                thread::sleep(Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

type Reader = (Arc<Mutex<Vec<u8>>>, thread::JoinHandle<()>);

fn spawn_reader<R: Read + Send + 'static>(pipe: Option<R>) -> Reader {
    let kept = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&kept);
    let handle = thread::spawn(move || {
        let Some(mut pipe) = pipe else { return };
        let mut buf = [0u8; 64 * 1024];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    let mut kept = sink.lock().unwrap_or_else(|e| e.into_inner());
                    let room = OUTPUT_CAP.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
    });
    (kept, handle)
}

/// What a reader has read once its pipe closed, or at `deadline` if something keeps it open.
fn collect((kept, handle): Reader, deadline: Instant) -> Vec<u8> {
    while !handle.is_finished() && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(5));
    }
    if handle.is_finished() {
        let _ = handle.join();
    }
    let bytes = kept.lock().unwrap_or_else(|e| e.into_inner()).clone();
    bytes
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> io::Result<Option<ExitStatus>> {
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            kill_tree(child);
            // Reap it, so that no zombie is left behind.
            let _ = child.wait();
            return Ok(None);
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// Kills the child and, on Unix, the process group it leads (std has no call for that, and the
/// suite keeps to std: the `kill` utility does it).
fn kill_tree(child: &mut Child) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
}

/// The last non-blank line of a program's stderr: for an uncaught Python exception, the
/// `ExcType: message` line.
pub fn last_line(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr)
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string()
}

/// One program of `cases/`: a `<name>.py`, or a folder holding `main.py` and its modules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Program {
    /// Path relative to the root without `.py`, with `/` separators: `int/big_pow`, or the folder
    /// for a multi-file program.
    pub name: String,
    /// The file to compile: `<name>.py` or `<folder>/main.py`.
    pub entry: PathBuf,
    /// The goldens are `<base>.out`, `<base>.status`, `<base>.err`.
    pub golden_base: PathBuf,
}

impl Program {
    /// The folder the program runs in (its entry's folder), under CPython and compiled alike.
    pub fn dir(&self) -> &Path {
        self.entry.parent().unwrap_or(Path::new("."))
    }

    pub fn golden(&self, ext: &str) -> PathBuf {
        let mut p = self.golden_base.clone().into_os_string();
        p.push(".");
        p.push(ext);
        PathBuf::from(p)
    }

    /// `<base>.in`, the program's stdin, when the case has one (else stdin is closed).
    pub fn stdin(&self) -> Option<PathBuf> {
        Some(self.golden("in")).filter(|p| p.is_file())
    }

    /// A file name for the compiled executable that is unique among the cases.
    pub fn exe_name(&self) -> String {
        self.name.replace('/', "__")
    }
}

/// All programs under `root`, sorted by name. A folder holding `main.py` is one program whose
/// other files are its modules; elsewhere every `.py` file is a program. Hidden entries are
/// skipped.
pub fn discover_programs(root: &Path) -> io::Result<Vec<Program>> {
    let mut found = Vec::new();
    walk(root, root, &mut found)?;
    found.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(found)
}

fn walk(root: &Path, dir: &Path, found: &mut Vec<Program>) -> io::Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .and_then(|n| n.to_str())
                .unwrap_or(".")
                .starts_with('.')
        })
        .collect();
    entries.sort();
    for path in entries {
        let rel = name_of(root, &path);
        if path.is_dir() {
            let main = path.join("main.py");
            if main.is_file() {
                found.push(Program {
                    name: rel,
                    golden_base: path.join("main"),
                    entry: main,
                });
            } else {
                walk(root, &path, found)?;
            }
        } else if path.extension().is_some_and(|e| e == "py") {
            let name = rel.strip_suffix(".py").unwrap_or(&rel).to_string();
            found.push(Program {
                name,
                golden_base: path.with_extension(""),
                entry: path,
            });
        }
    }
    Ok(())
}

fn name_of(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// What a case is expected to do, read from its goldens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub stdout: Vec<u8>,
    pub status: i32,
    /// The last stderr line; only checked when `status != 0`.
    pub err_line: Option<String>,
}

impl Expected {
    /// Reads `<base>.out` (required), `<base>.status` and `<base>.err` (when present).
    pub fn load(program: &Program) -> Result<Expected, String> {
        let out = program.golden("out");
        let stdout = fs::read(&out).map_err(|e| {
            format!(
                "missing golden {} ({e}); run `python3 testsuite/bless.py {}`",
                out.display(),
                program.name
            )
        })?;
        let status = match fs::read_to_string(program.golden("status")) {
            Ok(text) => text.trim().parse::<i32>().map_err(|_| {
                format!(
                    "bad golden {}: {text:?}",
                    program.golden("status").display()
                )
            })?,
            Err(_) => 0,
        };
        let err_line = fs::read_to_string(program.golden("err"))
            .ok()
            .map(|t| t.trim_end_matches(['\n', '\r']).to_string());
        Ok(Expected {
            stdout,
            status,
            err_line,
        })
    }

    /// Every way `actual` differs from this expectation, as short one-line descriptions.
    /// Object addresses are masked first (see [`mask_addresses`]); the goldens hold them masked.
    pub fn mismatches(&self, actual: &RunOutput) -> Vec<String> {
        let stdout = mask_addresses(&actual.stdout);
        let mut why = Vec::new();
        if actual.code() != Some(self.status) {
            why.push(format!(
                "expected exit status {}, got {}",
                self.status,
                actual.describe_end()
            ));
        }
        if stdout != self.stdout {
            why.push(format!("stdout {}", short_diff(&self.stdout, &stdout)));
        }
        if self.status != 0 {
            let want = self.err_line.clone().unwrap_or_default();
            let got = String::from_utf8_lossy(&mask_addresses(last_line(&actual.stderr).as_bytes())).into_owned();
            if got != want {
                why.push(format!("last stderr line: expected {want:?}, got {got:?}"));
            }
        }
        why
    }
}

/// What an object's address in its default repr (`<__main__.Foo object at 0x7f3a...>`)
/// becomes in goldens and in the outputs compared with them: the address differs between runs
/// (and between CPython and mesapyc). `bless.py` masks the same way.
pub const ADDRESS_MASK: &[u8] = b" at 0xADDR";

/// Replaces every ` at 0x` followed by lowercase hex digits with [`ADDRESS_MASK`]. Only
/// addresses after ` at ` are masked, so that programs printing hex numbers stay checked.
pub fn mask_addresses(text: &[u8]) -> Vec<u8> {
    const PREFIX: &[u8] = b" at 0x";
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let digits = text[i..]
            .strip_prefix(PREFIX)
            .map_or(0, |rest| rest.iter().take_while(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f')).count());
        if digits > 0 {
            out.extend_from_slice(ADDRESS_MASK);
            i += PREFIX.len() + digits;
        } else {
            out.push(text[i]);
            i += 1;
        }
    }
    out
}

/// A one-line description of the first difference between two outputs.
pub fn short_diff(expected: &[u8], actual: &[u8]) -> String {
    if expected == actual {
        return "identical".to_string();
    }
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let e: Vec<&str> = exp.split_inclusive('\n').collect();
    let a: Vec<&str> = act.split_inclusive('\n').collect();
    let line = e
        .iter()
        .zip(a.iter())
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let show = |lines: &[&str], i: usize| match lines.get(i) {
        Some(l) => format!("{:?}", clip(l, 60)),
        None => "<end of output>".to_string(),
    };
    format!(
        "differs at line {}: expected {}, got {} ({} vs {} lines)",
        line + 1,
        show(&e, line),
        show(&a, line),
        e.len(),
        a.len()
    )
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

/// The first `n` non-blank lines of a text, joined with " | ": compact enough for one report line.
pub fn first_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(n)
        .collect();
    clip(&lines.join(" | "), 200)
}

/// Names of the shared libraries in `ldd` output (`libc.so.6`, `linux-vdso.so.1`, ...).
pub fn ldd_libraries(ldd_output: &str) -> Vec<String> {
    ldd_output
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|first| first.contains(".so"))
        .map(|first| first.rsplit('/').next().unwrap_or(first).to_string())
        .collect()
}

/// The C library's family: the only shared libraries a compiled program may need.
pub const ALLOWED_LIBRARIES: &[&str] = &[
    "linux-vdso",
    "linux-gate",
    "libc",
    "libm",
    "libgcc_s",
    "ld-linux",
    "libpthread",
    "libdl",
    "librt",
    "libutil",
];

/// The libraries in `libs` outside [`ALLOWED_LIBRARIES`].
pub fn disallowed_libraries(libs: &[String]) -> Vec<String> {
    libs.iter()
        .filter(|lib| {
            let stem = lib.split(".so").next().unwrap_or(lib);
            !ALLOWED_LIBRARIES
                .iter()
                .any(|ok| stem == *ok || stem.starts_with(&format!("{ok}-")))
        })
        .cloned()
        .collect()
}

/// Statistics the runtime prints on stderr when `MESAPY_STATS=1`:
/// `mesapy-stats: peak_rss_kb=N collections=M`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    pub peak_rss_kb: u64,
    pub collections: u64,
}

/// Finds the last `mesapy-stats:` line in `stderr` and reads its fields.
pub fn parse_stats(stderr: &str) -> Option<Stats> {
    let line = stderr
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with("mesapy-stats:"))?;
    let mut rss = None;
    let mut collections = None;
    for field in line.split_whitespace().skip(1) {
        let (key, value) = field.split_once('=')?;
        match key {
            "peak_rss_kb" => rss = value.parse().ok(),
            "collections" => collections = value.parse().ok(),
            _ => {}
        }
    }
    Some(Stats {
        peak_rss_kb: rss?,
        collections: collections?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ldd_output_is_reduced_to_library_names() {
        let text = "\tlinux-vdso.so.1 (0x00007ffd5a1f2000)\n\
                    \tlibgcc_s.so.1 => /lib/x86_64-linux-gnu/libgcc_s.so.1 (0x00007f1)\n\
                    \tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f2)\n\
                    \tlibstdc++.so.6 => /lib/x86_64-linux-gnu/libstdc++.so.6 (0x00007f3)\n\
                    \t/lib64/ld-linux-x86-64.so.2 (0x00007f4)\n";
        let libs = ldd_libraries(text);
        assert_eq!(
            libs,
            [
                "linux-vdso.so.1",
                "libgcc_s.so.1",
                "libc.so.6",
                "libstdc++.so.6",
                "ld-linux-x86-64.so.2"
            ]
        );
        assert_eq!(disallowed_libraries(&libs), ["libstdc++.so.6"]);
        assert!(ldd_libraries("\tstatically linked\n").is_empty());
        assert!(ldd_libraries("\tnot a dynamic executable\n").is_empty());
        let llvm = vec!["libLLVM-19.so.1".to_string(), "libcrypt.so.1".to_string()];
        assert_eq!(disallowed_libraries(&llvm), llvm);
    }

    #[test]
    fn stats_line_is_found_after_other_output() {
        let err = "warning\nmesapy-stats: peak_rss_kb=51234 collections=17\n";
        assert_eq!(
            parse_stats(err),
            Some(Stats {
                peak_rss_kb: 51234,
                collections: 17
            })
        );
        assert_eq!(
            parse_stats("mesapy-stats: peak_rss_kb=x collections=1"),
            None
        );
        assert_eq!(parse_stats("nothing here"), None);
    }

    #[test]
    fn short_diff_names_the_first_differing_line() {
        assert_eq!(
            short_diff(b"a\nb\nc\n", b"a\nB\nc\n"),
            "differs at line 2: expected \"b\\n\", got \"B\\n\" (3 vs 3 lines)"
        );
        assert_eq!(
            short_diff(b"a\n", b"a\nextra\n"),
            "differs at line 2: expected <end of output>, got \"extra\\n\" (1 vs 2 lines)"
        );
        assert_eq!(
            short_diff(b"x", b"x\n"),
            "differs at line 1: expected \"x\", got \"x\\n\" (1 vs 1 lines)"
        );
    }

    #[test]
    fn last_line_skips_trailing_blank_lines() {
        assert_eq!(
            last_line(b"Traceback\n  File\nValueError: bad\n\n"),
            "ValueError: bad"
        );
        assert_eq!(last_line(b""), "");
    }

    #[test]
    fn discovery_treats_a_folder_with_main_py_as_one_program() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("g/multi")).unwrap();
        fs::create_dir_all(root.join(".hidden")).unwrap();
        for f in [
            "g/a.py",
            "g/a.out",
            "g/multi/main.py",
            "g/multi/helper.py",
            "top.py",
            ".hidden/x.py",
        ] {
            fs::write(root.join(f), "").unwrap();
        }
        let names: Vec<String> = discover_programs(root)
            .unwrap()
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, ["g/a", "g/multi", "top"]);
        let multi = &discover_programs(root).unwrap()[1];
        assert_eq!(multi.golden("out"), root.join("g/multi/main.out"));
        assert_eq!(multi.exe_name(), "g__multi");
    }

    #[test]
    fn timeout_kills_the_program() {
        let out =
            run_with_timeout(Command::new("sleep").arg("5"), Duration::from_millis(200)).unwrap();
        assert!(out.timed_out());
        assert!(out.elapsed < Duration::from_secs(4));
        // A grandchild holding the pipes open dies with its parent's process group.
        let start = Instant::now();
        let out = run_with_timeout(
            Command::new("sh").args(["-c", "sleep 30; true"]),
            Duration::from_millis(200),
        )
        .unwrap();
        assert!(out.timed_out());
        assert!(
            start.elapsed() < Duration::from_secs(4),
            "took {:?}",
            start.elapsed()
        );
        let out = run_with_timeout(
            Command::new("sh").args(["-c", "echo hi; echo oops >&2; exit 3"]),
            Duration::from_secs(10),
        )
        .unwrap();
        assert_eq!(
            (
                out.code(),
                out.stdout.as_slice(),
                last_line(&out.stderr).as_str()
            ),
            (Some(3), &b"hi\n"[..], "oops")
        );
    }
}
