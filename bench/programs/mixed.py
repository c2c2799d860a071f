# Mixed-type workload: values whose type is known only at run time (boxed `object` values).
# An RPN calculator whose tokens are ints, floats and operator strs on one stack, and records
# (dicts of mixed values) filtered and summed with isinstance checks.


def make_program(n):
    tokens = []
    for i in range(n):
        tokens.append(i % 97)
        tokens.append((i % 13) * 0.5)
        tokens.append("+" if i % 3 else "*")
        tokens.append(i % 7 + 1)
        tokens.append("-" if i % 2 else "+")
        tokens.append("=")
    return tokens


def run(tokens):
    stack = []
    total = 0
    count = 0
    for t in tokens:
        if t == "=":
            total = total + stack.pop()
            count += 1
        elif t == "+":
            b = stack.pop()
            a = stack.pop()
            stack.append(a + b)
        elif t == "-":
            b = stack.pop()
            a = stack.pop()
            stack.append(a - b)
        elif t == "*":
            b = stack.pop()
            a = stack.pop()
            stack.append(a * b)
        else:
            stack.append(t)
    return total, count


def make_records(n):
    records = []
    for i in range(n):
        rec = {"id": i, "name": "item" + str(i), "price": (i % 50) * 1.25, "tags": ["t" + str(i % 5), "all"]}
        if i % 4 == 0:
            rec["price"] = None
        if i % 6 == 0:
            rec["price"] = i % 9
        records.append(rec)
    return records


def summarize(records):
    total = 0.0
    ints = 0
    missing = 0
    tagged = 0
    for rec in records:
        p = rec["price"]
        if p is None:
            missing += 1
        elif isinstance(p, int):
            ints += 1
            total = total + p
        else:
            total = total + p
        if "t3" in rec["tags"]:
            tagged += 1
        for tag in rec["tags"]:
            if len(tag) > 3:
                tagged += 0
    return total, ints, missing, tagged


def main(n):
    tokens = make_program(n)
    result = (0, 0)
    for _ in range(5):
        result = run(tokens)
    print("rpn", result)
    records = make_records(n // 2)
    s = (0.0, 0, 0, 0)
    for _ in range(5):
        s = summarize(records)
    print("records", s)


main(200000)
