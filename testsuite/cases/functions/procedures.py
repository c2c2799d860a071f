# Procedures that print and modify lists, returning None.
def draw_box(w, h):
    print("+" + "-" * w + "+")
    for _ in range(h):
        print("|" + " " * w + "|")
    print("+" + "-" * w + "+")


def fill(xs, v, n):
    for _ in range(n):
        xs.append(v)


def nothing():
    return


draw_box(4, 2)
data = []
fill(data, 7, 3)
print(data, nothing())
