path = "/tmp/mesapy-case-write-then-append.log"
for round in range(3):
    mode = "w" if round == 0 else "a"
    with open(path, mode) as log:
        log.write(f"round {round}\n")
        print("entries", round * 2, file=log)
with open(path) as log:
    lines = log.readlines()
print(len(lines))
print("".join(lines), end="")
try:
    with open(path, "x") as f:
        f.write("never")
except FileExistsError as e:
    print("exists:", e)
