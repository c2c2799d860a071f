# Allocation churn for the GC test in tests/binary.rs: 20 million short-lived strings and lists,
# plus a few survivors that must still be intact at the end. With MESAPY_STATS=1 the runtime
# reports its peak RSS, which must stay far below what keeping everything alive would take.
def churn(n):
    total = 0
    kept = []
    for i in range(n):
        s = str(i) + "x"
        xs = [i, i + 1]
        pair = [s, s + "y"]
        total += len(pair[1]) + xs[1] - xs[0]
        if i % 1000000 == 0:
            kept.append(pair[1])
    print(len(kept), kept[0], kept[-1], " ".join(kept)[:40])
    return total


print(churn(20000000))
