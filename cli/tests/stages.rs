//! The CLI's stage dumps and `check`: what a user sees of each stage.

use std::process::Command;

fn mesapyc(args: &[&str], program: &str) -> (i32, String, String) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join("app.py");
    std::fs::write(&file, program).expect("the program is written");
    let out = Command::new(env!("CARGO_BIN_EXE_mesapyc"))
        .args(args)
        .arg(&file)
        .output()
        .expect("mesapyc runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The body of the LLVM function for the Python function `name`.
fn llvm_function<'a>(ir: &'a str, name: &str) -> &'a str {
    let start = ir.find(&format!("@py.{name}.")).and_then(|i| ir[..i].rfind("define ")).expect("the function is in the IR");
    let end = ir[start..].find("\n}\n").expect("the function ends") + start;
    &ir[start..end]
}

/// Every function a body calls.
fn callees(body: &str) -> Vec<&str> {
    body.split("call ")
        .skip(1)
        .filter_map(|rest| rest.split('@').nth(1))
        .map(|s| s.split('(').next().unwrap_or(s))
        .collect()
}

const LOOPS: &str = "
def int_loop(n):
    s = 0
    i = 0
    while i < n:
        s += i * i - 3
        i += 1
    return s

def float_loop(n):
    x = 0.0
    v = 1.5
    for i in range(n):
        x = x * 0.5 + v * 2.0 - 1.0
    return x

print(int_loop(100), float_loop(100))
print(int_loop(7), float_loop(9))
";

#[test]
fn int_loops_are_machine_arithmetic_with_overflow_checks() {
    let (status, ir, err) = mesapyc(&["build", "--emit", "llvm"], LOOPS);
    assert_eq!(status, 0, "{err}");
    let body = llvm_function(&ir, "int_loop");
    assert!(body.contains("@llvm.sadd.with.overflow.i64"), "{body}");
    assert!(body.contains("@llvm.smul.with.overflow.i64"), "{body}");
    // Runtime calls appear only on the slow paths (big ints, overflow) and at safepoints.
    for callee in callees(body) {
        let allowed = callee.starts_with("llvm.")
            || callee.starts_with("rt_int_")
            || ["rt_gc_collect", "rt_recursion_error", "rt_raise"].contains(&callee);
        assert!(allowed, "unexpected call of {callee} in\n{body}");
    }
}

#[test]
fn float_loops_call_nothing_but_the_collector() {
    let (status, ir, err) = mesapyc(&["build", "--emit", "llvm"], LOOPS);
    assert_eq!(status, 0, "{err}");
    let body = llvm_function(&ir, "float_loop");
    assert!(body.contains("fmul double"), "{body}");
    for callee in callees(body) {
        let allowed = callee.starts_with("llvm.")
            || ["rt_gc_collect", "rt_recursion_error", "rt_int_add", "rt_int_cmp"].contains(&callee);
        assert!(allowed, "unexpected call of {callee} in\n{body}");
    }
}

#[test]
fn check_reports_each_variant() {
    let program = "def twice(x):\n    return x + x\n\nprint(twice(2), twice('ab'))\n";
    let (status, out, err) = mesapyc(&["check"], program);
    assert_eq!(status, 0, "{err}");
    assert!(out.contains("twice(x: int) -> int"), "{out}");
    assert!(out.contains("twice(x: str) -> str"), "{out}");
}

#[test]
fn check_reports_where_values_widened_to_object() {
    let program = "x = 1\nx = 'one'\nprint(x)\n";
    let (status, out, err) = mesapyc(&["check"], program);
    assert_eq!(status, 0, "{err}");
    assert!(out.contains("x: object"), "{out}");
    assert!(out.contains("app.py:2:1: widened to object: the global `x` holds both int and str\n    x = 'one'\n"), "{out}");
    let (_, typed, _) = mesapyc(&["check"], "x = 1\nprint(x)\n");
    assert!(typed.contains("no value widened to a boxed object"), "{typed}");
}

#[test]
fn emit_flow_prints_graphs() {
    let (status, out, err) = mesapyc(&["build", "--emit", "flow"], "x = 1\nprint(x + 2)\n");
    assert_eq!(status, 0, "{err}");
    assert!(out.starts_with("function f0:<module>() {\nblock0:\n    v0 = const 1\n"), "{out}");
}

#[test]
fn rejected_programs_exit_2_with_a_located_diagnostic() {
    let (status, out, err) = mesapyc(&["build", "--emit", "types"], "x = 1\nmatch x:\n    case 1:\n        pass\n");
    assert_eq!(status, 2);
    assert!(out.is_empty());
    assert!(err.contains("error[E0201]: unsupported construct: `match` statement"), "{err}");
    assert!(err.contains("app.py:2:1"), "{err}");
}
