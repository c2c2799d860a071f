import sys

data = sys.stdin.read()
lines = data.splitlines()
print(len(data), len(lines))
words = data.split()
print(len(words), sorted(set(words))[:5])
longest = max(lines, key=len)
print(repr(longest))
