import sys

first = sys.stdin.readline()
rest = sys.stdin.readlines()
print(repr(first), len(rest))
table = [line.rstrip("\n").split(",") for line in rest]
for name, score in table:
    print(f"{name:<6}|{int(score):>4}")
print("best:", max(table, key=lambda row: int(row[1]))[0])
