# Word frequencies: str keys hashed and looked up in a dict, counts updated in place, the
# result sorted. Deterministic text from a small vocabulary and a linear congruential generator.
VOCAB = ("the of and to in is was he for it with as his on be at by had are but from or "
         "have an they which one you were all her she there would their we him been has "
         "when who will no more if out so up said what its about than into them can only "
         "other time new some could these two may first then do any like my now over such "
         "our man me even most made after also did many off before must well back through").split()


def make_words(n):
    words = []
    x = 12345
    k = len(VOCAB)
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        w = VOCAB[x % k]
        if x % 7 == 0:
            w = w + str(x % 50)
        words.append(w)
    return words


def count(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def pairs(words):
    seen = {}
    for i in range(len(words) - 1):
        key = (words[i], words[i + 1])
        seen[key] = seen.get(key, 0) + 1
    return seen


words = make_words(400000)
total = 0
for rep in range(5):
    counts = count(words)
    total += len(counts)
top = sorted([(-n, w) for w, n in counts.items()])[:10]
for neg, w in top:
    print(w, -neg)
bigrams = pairs(words)
print(len(counts), len(bigrams), total)
distinct = {w for w in words if len(w) > 4}
print(len(distinct))
