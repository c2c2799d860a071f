#!/usr/bin/env python3
"""(Re)generate the golden files of testsuite/cases from CPython.

Every case program is run with `python3` (the one on PATH, or $PYTHON3) and its results are written
beside it:

    <name>.out      stdout, byte for byte (always written)
    <name>.status   the exit status, only when it is not 0
    <name>.err      the last line of stderr, only when the exit status is not 0

Object addresses in default reprs (`<__main__.Foo object at 0x7f3a...>`) differ between runs, so
both files hold them masked: ` at 0x` and hex digits become ` at 0xADDR` (the Rust runner masks
the outputs it compares the same way, `mask_addresses` in src/lib.rs).

A case is a `<name>.py` file, or a folder holding `main.py` (a multi-file program; its goldens are
`main.out` and so on inside the folder). Goldens are never written by hand: change the program and
run this script again. The Rust runner (`tests/cases.rs`) uses the same layout and re-checks the
goldens against `python3`, so a stale golden fails there too.

Usage:
    python3 testsuite/bless.py                 # every case
    python3 testsuite/bless.py str/ fib        # cases whose name contains one of these strings
    python3 testsuite/bless.py --check         # report stale goldens, write nothing
    python3 testsuite/bless.py --lint          # also check that cases stay inside the first slice
    python3 testsuite/bless.py --programs      # also testsuite/programs/*.py (slow: churn.py)
    python3 testsuite/bless.py --lint-only bench/programs/*.py

`--lint` is a best-effort guard, not the annotator: it rejects the constructs the first slice does
not support (classes, dicts, try, imports, lambdas, nested functions, comprehensions, ...) by
reading the AST, and runs the program under a tracer that records the type of every variable and
return value, reporting any variable that holds two types in one function and any list whose
elements differ in type.
"""

import argparse
import ast
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PROGRAMS = os.path.join(HERE, "programs")
PYTHON3 = os.environ.get("PYTHON3", "python3")
SLOW_SECONDS = 0.5


def python_env():
    """The environment every golden run uses; tests/cases.rs sets the same variables."""
    env = dict(os.environ)
    env["PYTHONUTF8"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONHASHSEED"] = "0"
    return env


def discover(root):
    """Yield (name, entry, golden_base) for every program under root, sorted by name."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        rel = os.path.relpath(dirpath, root)
        if "main.py" in filenames and dirpath != root:
            entry = os.path.join(dirpath, "main.py")
            found.append((rel.replace(os.sep, "/"), entry, os.path.join(dirpath, "main")))
            dirnames[:] = []  # The other files of the folder are its modules.
            continue
        for f in sorted(filenames):
            if f.endswith(".py") and not f.startswith("."):
                name = os.path.join(rel, f[:-3]) if rel != "." else f[:-3]
                base = os.path.join(dirpath, f[:-3])
                found.append((name.replace(os.sep, "/"), os.path.join(dirpath, f), base))
    return sorted(found)


ADDRESS = re.compile(rb" at 0x[0-9a-f]+")


def mask_addresses(data):
    """Mask object addresses as tests/cases.rs does (`mask_addresses` in src/lib.rs)."""
    return ADDRESS.sub(b" at 0xADDR", data)


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def run_python(entry, stdin_path=None, timeout=60):
    """Runs a program under python3 in its folder, stdin from `stdin_path` (`<base>.in`) if any."""
    entry = os.path.abspath(entry)
    start = time.monotonic()
    stdin = open(stdin_path, "rb") if stdin_path and os.path.isfile(stdin_path) else subprocess.DEVNULL
    try:
        p = subprocess.run(
            [PYTHON3, os.path.basename(entry)],
            cwd=os.path.dirname(entry),
            stdin=stdin,
            capture_output=True,
            env=python_env(),
            timeout=timeout,
        )
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    return p, time.monotonic() - start


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def bless_one(name, entry, base, check):
    """Run one program twice under python3 and write (or with check, compare) its goldens.

    Returns a list of problems (strings); empty when all is well."""
    problems = []
    p, elapsed = run_python(entry, base + ".in")
    again, _ = run_python(entry, base + ".in")
    err = mask_addresses(last_line(p.stderr.decode("utf-8", "replace")).encode("utf-8"))
    again_err = mask_addresses(last_line(again.stderr.decode("utf-8", "replace")).encode("utf-8"))
    if (mask_addresses(again.stdout), again.returncode, again_err) != (mask_addresses(p.stdout), p.returncode, err):
        problems.append("not deterministic: two python3 runs differ")
    if elapsed > SLOW_SECONDS and base.startswith(CASES):
        problems.append("slow: %.2f s under python3 (cases should take < %.1f s)" % (elapsed, SLOW_SECONDS))
    wanted = {base + ".out": mask_addresses(p.stdout)}
    if p.returncode != 0:
        wanted[base + ".status"] = b"%d\n" % p.returncode
        wanted[base + ".err"] = err + b"\n"
    else:
        if p.stderr:
            problems.append("exit status 0 but stderr is not empty: %r" % p.stderr[:200])
        wanted[base + ".status"] = None
        wanted[base + ".err"] = None
    for path, content in wanted.items():
        old = read(path)
        if old == content:
            continue
        rel = os.path.relpath(path, HERE)
        if check:
            problems.append("stale golden: " + rel)
        elif content is None:
            os.remove(path)
            print("removed", rel)
        else:
            with open(path, "wb") as f:
                f.write(content)
            print("wrote", rel)
    return problems


# ---------------------------------------------------------------------------------------------
# The lint: the subset of Python the compiler supports so far.

ALLOWED_BUILTINS = {
    "print", "len", "abs", "min", "max", "sum", "int", "float", "str", "bool", "ord", "chr",
    "range", "round", "divmod", "pow", "repr", "list", "format", "sorted", "set", "dict", "hash",
    "enumerate", "zip",
}

FORBIDDEN_NODES = {
    "ClassDef": "class definition",
    "GeneratorExp": "generator expression",
    "Try": "try statement",
    "TryStar": "try statement",
    "With": "with statement",
    "AsyncWith": "with statement",
    "Import": "import",
    "ImportFrom": "import",
    "Lambda": "lambda",
    "Yield": "generator (yield)",
    "YieldFrom": "generator (yield from)",
    "AsyncFunctionDef": "async function",
    "Await": "await",
    "Nonlocal": "nonlocal",
    "Raise": "raise statement",
    "Assert": "assert statement",
    "Match": "match statement",
    "NamedExpr": "assignment expression",
    "Starred": "starred expression",
}


def static_lint(path, tree):
    problems = []

    def where(node):
        return "%s:%d" % (os.path.basename(path), getattr(node, "lineno", 0))

    defined = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            defined.add(node.name)
    for node in ast.walk(tree):
        kind = type(node).__name__
        if kind in FORBIDDEN_NODES:
            problems.append("%s: %s" % (where(node), FORBIDDEN_NODES[kind]))
        if isinstance(node, ast.FunctionDef):
            a = node.args
            if a.vararg or a.kwarg:
                problems.append("%s: *args or **kwargs in %s" % (where(node), node.name))
            for inner in ast.walk(node):
                if inner is not node and isinstance(inner, (ast.FunctionDef, ast.Lambda)):
                    problems.append("%s: nested function in %s" % (where(inner), node.name))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            n = node.func.id
            if n not in ALLOWED_BUILTINS and n not in defined:
                problems.append("%s: call of %s, not a first-slice builtin" % (where(node), n))
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
            r = node.right
            base_is_float = isinstance(node.left, ast.Constant) and isinstance(node.left.value, float)
            if isinstance(r, ast.UnaryOp) and isinstance(r.op, ast.USub) and not base_is_float:
                problems.append("%s: ** with a negative exponent (only a float base may have one)" % where(node))
    return sorted(set(problems))


TRACER = r'''
import json, os, sys

def typ(v):
    t = type(v)
    if t is bool: return "bool"
    if t is int: return "int"
    if t is float: return "float"
    if t is str: return "str"
    if v is None: return "None"
    if t is tuple: return ["tuple"] + [typ(e) for e in v]
    if t is list:
        elem = None
        items = v if len(v) <= 64 else v[:32] + v[-32:]
        for e in items:
            u = unify(elem, typ(e))
            if u == "CONFLICT":
                problems.add("list with elements of two types: %s and %s" % (show(elem), show(typ(e))))
                return ["list", None]
            elem = u
        return ["list", elem]
    return "SKIP"

def show(t):
    if t is None: return "?"
    if isinstance(t, str): return t
    if t[0] == "list": return "list[%s]" % show(t[1])
    return "tuple[%s]" % ", ".join(show(e) for e in t[1:])

def unify(a, b):
    if a is None: return b
    if b is None: return a
    if a == b: return a
    if isinstance(a, list) and isinstance(b, list) and a[0] == b[0]:
        if a[0] == "list":
            e = unify(a[1], b[1])
            return "CONFLICT" if e == "CONFLICT" else ["list", e]
        if len(a) == len(b):
            parts = [unify(x, y) for x, y in zip(a[1:], b[1:])]
            return "CONFLICT" if "CONFLICT" in parts else ["tuple"] + parts
    return "CONFLICT"

target = os.path.abspath(sys.argv[1])
var_types = {}
ret_types = {}
raised = set()
problems = set()

def note(table, key, t, what):
    old = table.get(key)
    u = unify(old, t)
    if u == "CONFLICT":
        problems.add("%s holds two types: %s and %s" % (what, show(old), show(t)))
    else:
        table[key] = u

def local_types(frame):
    code = frame.f_code
    for name, value in list(frame.f_locals.items()):
        if name.startswith("__"):
            continue
        t = typ(value)
        if t != "SKIP":
            note(var_types, (code.co_name, code.co_firstlineno, name), t,
                 "variable %s in %s" % (name, code.co_name))

def tracer(frame, event, arg):
    if frame.f_code.co_filename != target:
        return None
    if event == "line":
        local_types(frame)
    elif event == "exception":
        raised.add(id(frame))
    elif event == "return":
        local_types(frame)
        if id(frame) not in raised and frame.f_code.co_name != "<module>":
            t = typ(arg)
            if t != "SKIP":
                code = frame.f_code
                note(ret_types, (code.co_name, code.co_firstlineno), t,
                     "return value of %s" % code.co_name)
        raised.discard(id(frame))
    return tracer

def report():
    sys.settrace(None)
    with open(os.environ["MESAPY_LINT_OUT"], "w") as f:
        json.dump(sorted(problems), f)

sys.argv = sys.argv[1:]
sys.setrecursionlimit(1000)
src = open(target, encoding="utf-8").read()
code = compile(src, target, "exec")
sys.settrace(tracer)
try:
    exec(code, {"__name__": "__main__", "__file__": target})
except BaseException:
    pass
report()
'''


def traced_lint(entry):
    entry = os.path.abspath(entry)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "lint.json")
        env = python_env()
        env["MESAPY_LINT_OUT"] = out
        subprocess.run(
            [PYTHON3, "-c", TRACER, os.path.abspath(entry)],
            cwd=os.path.dirname(entry),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            timeout=300,
        )
        try:
            with open(out) as f:
                return json.load(f)
        except FileNotFoundError:
            return ["tracer did not finish"]


def lint(entry):
    with open(entry, encoding="utf-8") as f:
        src = f.read()
    problems = static_lint(entry, ast.parse(src, entry))
    problems += traced_lint(entry)
    lines = src.count("\n")
    return problems, lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("filters", nargs="*", help="bless only cases whose name contains one of these")
    ap.add_argument("--check", action="store_true", help="compare only; write nothing")
    ap.add_argument("--lint", action="store_true", help="also check the first-slice restrictions")
    ap.add_argument("--programs", action="store_true", help="also bless testsuite/programs/*.py")
    ap.add_argument("--lint-only", nargs="+", metavar="FILE", help="lint these files and exit")
    args = ap.parse_args()

    if args.lint_only:
        bad = 0
        for path in args.lint_only:
            problems, _ = lint(path)
            for p in problems:
                print("%s: %s" % (path, p))
            bad += bool(problems)
        print("lint: %d files, %d with problems" % (len(args.lint_only), bad))
        return 1 if bad else 0

    programs = discover(CASES)
    if args.programs:
        programs += [("programs/" + n, e, b) for n, e, b in discover(PROGRAMS)]
    if args.filters:
        programs = [p for p in programs if any(f in p[0] for f in args.filters)]
    if not programs:
        print("no case matches", file=sys.stderr)
        return 1
    failed = 0
    for name, entry, base in programs:
        problems = bless_one(name, entry, base, args.check)
        if args.lint and not name.startswith("programs/"):
            lint_problems, lines = lint(entry)
            problems += ["lint: " + p for p in lint_problems]
        for p in problems:
            print("%s: %s" % (name, p))
        failed += bool(problems)
    print("bless: %d programs, %d with problems" % (len(programs), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
