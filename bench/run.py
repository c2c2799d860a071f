#!/usr/bin/env python3
"""Time mesapyc executables against CPython and PyPy on the same machine, in one run.

For every program in bench/programs/ this builds an executable with `mesapyc build`, runs it,
`python3` and `pypy3` (when installed) best-of-N, checks that all of them print the same thing,
and prints a Markdown table of times and ratios (CPython time / mesapyc time, PyPy time /
mesapyc time: above 1 means mesapyc is faster). It also generates a ~1,000-line program of small
first-slice functions and reports how long `mesapyc build` takes on it.

Usage:
    python3 bench/run.py                 # print the table
    python3 bench/run.py --write         # also write bench/RESULTS.md
    python3 bench/run.py --repeat 5 fib nbody

The compiler is $MESAPYC, else target/release/mesapyc in the repository. Benchmarks are never
timed assertions in the test suite; this script is the only place where speed is measured.
"""

import argparse
import datetime
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, "programs")
RESULTS = os.path.join(HERE, "RESULTS.md")
RUN_TIMEOUT = 600
GENERATED_LINES = 1000


def find_mesapyc():
    given = os.environ.get("MESAPYC")
    if given:
        for candidate in (given, os.path.join(ROOT, given), shutil.which(given) or ""):
            if candidate and os.path.isfile(candidate):
                return os.path.abspath(candidate)
        sys.exit("bench: MESAPYC=%s is not a file" % given)
    default = os.path.join(ROOT, "target", "release", "mesapyc")
    if not os.path.isfile(default):
        sys.exit("bench: %s not found; build it with `cargo build --release -p mesapyc` "
                 "or set MESAPYC" % default)
    return default


def version_of(cmd):
    try:
        p = subprocess.run(cmd + ["--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    text = (p.stdout + p.stderr).strip().splitlines()
    return " ".join(l.strip() for l in text[:2]) if p.returncode == 0 and text else "?"


def timed(cmd, cwd=None):
    """Runs cmd once; returns (seconds, stdout bytes, exit status, stderr text)."""
    env = dict(os.environ, PYTHONUTF8="1", PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    start = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, env=env,
                       timeout=RUN_TIMEOUT)
    return time.perf_counter() - start, p.stdout, p.returncode, p.stderr.decode("utf-8", "replace")


def best_of(cmd, repeat, cwd=None):
    """Best wall time of `repeat` runs, and the stdout of the first; None when a run fails."""
    best = None
    first_out = None
    for _ in range(repeat):
        secs, out, status, err = timed(cmd, cwd)
        if status != 0:
            print("  %s failed with status %d: %s" % (" ".join(cmd), status, err.strip()[-300:]),
                  file=sys.stderr)
            return None, out
        if first_out is None:
            first_out = out
        best = secs if best is None else min(best, secs)
    return best, first_out


def build(mesapyc, source, exe):
    """Builds source into exe; returns the wall time, or None with the diagnostic printed."""
    secs, _, status, err = timed([mesapyc, "build", source, "-o", exe])
    if status != 0:
        print("  mesapyc build %s failed (%d):\n%s" % (os.path.basename(source), status, err),
              file=sys.stderr)
        return None
    return secs


def fmt_secs(s):
    return "—" if s is None else "%.3f" % s


def fmt_ratio(num, den):
    if num is None or den is None or den == 0:
        return "—"
    return "%.2f×" % (num / den)


# ---------------------------------------------------------------------------------------------
# The generated program: many small functions in the first-slice subset, to time the compiler.

def generate_program(min_lines):
    """Python source of at least min_lines lines: functions over ints, floats, strs and lists,
    calling each other, and a main that calls all of them and prints checksums."""
    funcs = []
    calls = []
    i = 0
    while True:
        kind = i % 4
        a = 3 + i % 11
        b = 97 + i % 13
        prev = i - 4
        if kind == 0:
            body = [
                "def int_%d(n):" % i,
                "    total = %d" % i,
                "    for k in range(n):",
                "        total += k * %d %% %d" % (a, b),
                "    if n > 0 and total %% 2 == %d:" % (i % 2),
                "        total += %s" % ("int_%d(n - 1)" % prev if prev >= 0 else "1"),
                "    return total",
            ]
            calls.append("    acc = (acc + int_%d(%d)) %% 1000003" % (i, 5 + i % 7))
        elif kind == 1:
            body = [
                "def str_%d(word):" % i,
                '    out = ""',
                "    for ch in word:",
                "        if ord(ch) %% %d == 0:" % (2 + i % 3),
                "            out += ch.upper()",
                "        else:",
                "            out += ch",
                '    return out + "%d"' % i,
            ]
            calls.append('    text_len += len(str_%d("benchmark%d"))' % (i, i))
        elif kind == 2:
            body = [
                "def list_%d(n):" % i,
                "    xs = []",
                "    for k in range(n):",
                "        xs.append((k * %d + %d) %% %d)" % (a, i, b),
                "    xs.sort()",
                "    return xs[len(xs) // 2] + len(xs)",
            ]
            calls.append("    acc = (acc + list_%d(%d)) %% 1000003" % (i, 3 + i % 9))
        else:
            body = [
                "def float_%d(x):" % i,
                "    y = x * %d.25 + %d.5" % (a, i % 17),
                "    if y > %d.0:" % (10 + i % 40),
                "        y = y / 3.0",
                "    else:",
                "        y = y - %s" % ("float_%d(x / 2.0)" % prev if prev >= 0 else "1.0"),
                "    return y",
            ]
            calls.append("    facc += float_%d(%d.5)" % (i, i % 5))
        funcs.append("\n".join(body) + "\n")
        i += 1
        main = ["def main():", "    acc = 0", "    text_len = 0", "    facc = 0.0"] + calls + [
            "    print(acc, text_len, round(facc, 6))", "", "", "main()"]
        source = "# Generated by bench/run.py to time `mesapyc build`.\n\n\n" + "\n\n".join(funcs) + \
            "\n\n" + "\n".join(main) + "\n"
        if source.count("\n") >= min_lines:
            return source


def time_generated_build(mesapyc, tmp, repeat):
    src = os.path.join(tmp, "generated.py")
    with open(src, "w") as f:
        f.write(generate_program(GENERATED_LINES))
    lines = open(src).read().count("\n")
    exe = os.path.join(tmp, "generated")
    times = []
    for _ in range(repeat):
        secs = build(mesapyc, src, exe)
        if secs is None:
            return lines, None, False
        times.append(secs)
    _, ours, status, _ = timed([exe])
    _, theirs, _, _ = timed(["python3", src])
    return lines, min(times), status == 0 and ours == theirs


# ---------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="only these benchmarks (file names without .py)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per program; the best counts")
    ap.add_argument("--write", action="store_true", help="also write bench/RESULTS.md")
    args = ap.parse_args()

    mesapyc = find_mesapyc()
    pypy = shutil.which("pypy3")
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    if args.names:
        unknown = [n for n in args.names if n not in names]
        if unknown:
            sys.exit("bench: no such benchmark: %s (have %s)" % (", ".join(unknown), ", ".join(names)))
        names = args.names

    rows = []
    all_agree = True
    with tempfile.TemporaryDirectory(prefix="mesapy-bench-") as tmp:
        for name in names:
            src = os.path.join(PROGRAMS, name + ".py")
            exe = os.path.join(tmp, name)
            print("bench: %s" % name, file=sys.stderr)
            build_secs = build(mesapyc, src, exe)
            ours, our_out = (None, None)
            if build_secs is not None:
                ours, our_out = best_of([exe], args.repeat)
            cpy, cpy_out = best_of(["python3", src], args.repeat)
            pp, pp_out = best_of([pypy, src], args.repeat) if pypy else (None, None)
            outputs = [o for o in (our_out, cpy_out, pp_out) if o is not None]
            agree = ours is not None and cpy is not None and all(o == cpy_out for o in outputs)
            if not agree:
                all_agree = False
            rows.append((name, build_secs, ours, cpy, pp, agree))
        gen_lines, gen_secs, gen_ok = time_generated_build(mesapyc, tmp, args.repeat)

    stamp = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    out = []
    out.append("# mesapyc benchmarks")
    out.append("")
    out.append("Generated by `python3 bench/run.py --write` on %s; best of %d runs, wall time in seconds."
               % (stamp, args.repeat))
    out.append("Ratios are the other implementation's time divided by mesapyc's: above 1× mesapyc is faster.")
    out.append("")
    out.append("- machine: %s, %s, %d CPUs" % (platform.machine(), platform.platform(), os.cpu_count() or 0))
    out.append("- mesapyc: %s" % version_of([mesapyc]))
    out.append("- CPython: %s" % version_of(["python3"]))
    out.append("- PyPy: %s" % (version_of([pypy]) if pypy else "not installed"))
    out.append("")
    out.append("| benchmark | build | mesapyc | CPython | PyPy | CPython / mesapyc | PyPy / mesapyc | outputs agree |")
    out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for name, build_secs, ours, cpy, pp, agree in rows:
        out.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            name, fmt_secs(build_secs), fmt_secs(ours), fmt_secs(cpy), fmt_secs(pp),
            fmt_ratio(cpy, ours), fmt_ratio(pp, ours), "yes" if agree else "**NO**"))
    out.append("")
    out.append("Compile time: `mesapyc build` of a generated %d-line program of small functions: %s s%s."
               % (gen_lines, fmt_secs(gen_secs),
                  "" if gen_ok else " (**its output did not match python3's**)"))
    table = "\n".join(out) + "\n"
    print(table)
    if args.write:
        with open(RESULTS, "w") as f:
            f.write(table)
        print("bench: wrote %s" % os.path.relpath(RESULTS, ROOT), file=sys.stderr)
    if not all_agree or not gen_ok:
        print("bench: some outputs disagree or failed; the ratios above are not meaningful for them",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
