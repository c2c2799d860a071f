# A tiny tokenizer and evaluator for arithmetic expressions over a string.
def tokenize(src):
    kinds = []
    texts = []
    i = 0
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == " " or ch == "\t":
            i += 1
        elif ch.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            kinds.append("num")
            texts.append(src[i:j])
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalpha() or src[j].isdigit() or src[j] == "_"):
                j += 1
            kinds.append("name")
            texts.append(src[i:j])
            i = j
        elif ch in "+-*/()^,":
            kinds.append("op")
            texts.append(ch)
            i += 1
        else:
            kinds.append("error")
            texts.append(ch)
            i += 1
    kinds.append("end")
    texts.append("")
    return kinds, texts


pos = 0
kinds = []
texts = []


def peek():
    return texts[pos]


def advance():
    global pos
    pos += 1
    return texts[pos - 1]


def parse_expr():
    value = parse_term()
    while peek() == "+" or peek() == "-":
        if advance() == "+":
            value += parse_term()
        else:
            value -= parse_term()
    return value


def parse_term():
    value = parse_power()
    while peek() == "*" or peek() == "/":
        if advance() == "*":
            value *= parse_power()
        else:
            value /= parse_power()
    return value


def parse_power():
    base = parse_atom()
    if peek() == "^":
        advance()
        return base ** parse_power()
    return base


def parse_atom():
    global pos
    t = advance()
    if t == "-":
        return -parse_atom()
    if t == "(":
        v = parse_expr()
        advance()
        return v
    if kinds[pos - 1] == "name":
        if t == "pi":
            return 3.141592653589793
        return 0.0
    return float(t)


def evaluate(src):
    global pos, kinds, texts
    kinds, texts = tokenize(src)
    pos = 0
    return parse_expr()


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "pi * 2", "3.5 * (2 - 0.5)"]:
    k, t = tokenize(src)
    print(src, "->", len(k) - 1, "tokens:", " ".join(t).strip())
    print("   =", evaluate(src))
k2, t2 = tokenize("x_1 = foo(3, 4.25) # $")
for i in range(len(k2)):
    print(f"{k2[i]:>6} {t2[i]!r}")
