# `import m as x` and `from m import a, b as c`.
import textutils as tu
from textutils import shout, whisper as quiet, GREETING, Counter as Tally

print(tu.shout("hello"))
print(shout("direct"))
print(quiet("SOFT"))
print(GREETING)
t = Tally()
t.add("a")
t.add("b")
t.add("a")
print(t.count("a"), t.count("b"), t.count("z"))
print(tu.join_words(["x", "y", "z"], sep="-"))
print(tu.join_words(["p", "q"]))
