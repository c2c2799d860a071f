import sys

header = sys.stdin.readline().strip()
print("header:", header)
total = 0
count = 0
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    total += int(line)
    count += 1
print(f"{count} numbers, total {total}")
print(repr(sys.stdin.readline()))
