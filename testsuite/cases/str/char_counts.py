# Letter frequencies with a list of 26 counters, using ord and chr.
text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!"
counts = [0] * 26
for ch in text.lower():
    if "a" <= ch <= "z":
        counts[ord(ch) - ord("a")] += 1
best = 0
for i in range(26):
    if counts[i] > counts[best]:
        best = i
    if counts[i] >= 5:
        print(chr(ord("a") + i), counts[i])
print("most common:", chr(97 + best))
print(sum(counts), len(text))
