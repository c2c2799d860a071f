# sorted(key=...), min/max(key=...) and list.sort with a function in a variable.
def by_len(s):
    return len(s)


words = ["pear", "fig", "banana", "kiwi"]
k = by_len
print(sorted(words, key=k))
last = lambda s: s[-1]
print(sorted(words, key=last))
print(min(words, key=k), max(words, key=last))
words.sort(key=k, reverse=True)
print(words)
