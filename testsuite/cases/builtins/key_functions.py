# key= of sorted, list.sort, min and max: named functions, builtins, str methods, lambdas
# that read the enclosing function's locals, and reverse= with stable order.


class Task:
    def __init__(self, name, prio, cost):
        self.name = name
        self.prio = prio
        self.cost = cost

    def __repr__(self):
        return f"Task({self.name!r}, {self.prio}, {self.cost})"


def neg(x):
    return -x


def by_cost(t):
    return t.cost


def report(tasks, weights):
    # The lambda reads `weights`, a local of this function.
    ranked = sorted(tasks, key=lambda t: weights[t.name] * t.cost)
    print([t.name for t in ranked])
    print(max(tasks, key=lambda t: (t.prio, -t.cost)))
    print(min(tasks, key=by_cost))


xs = [5, -3, 2, -8, 7, 0, 2]
print(sorted(xs, key=abs))
print(sorted(xs, key=neg, reverse=True))
print(sorted(xs, key=lambda v: v % 3))
print(sorted(xs, key=lambda v: v % 3, reverse=True))
ys = list(xs)
ys.sort(key=abs)
print(ys)
ys.sort(key=lambda v: -v, reverse=False)
print(ys)
print(min(xs, key=abs), max(xs, key=abs), max(xs, key=lambda v: v % 4))

words = ["pear", "Fig", "apple", "kiwi", "Banana", "date"]
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(max(words, key=len), min(words, key=len))
print(sorted(words, key=None))

tasks = [Task("a", 2, 30), Task("b", 1, 10), Task("c", 2, 20), Task("d", 3, 10)]
report(tasks, {"a": 1, "b": 5, "c": 2, "d": 1})
tasks.sort(key=lambda t: t.prio, reverse=True)
print(tasks)

counts = {"x": 3, "y": 1, "z": 3, "w": 2}
print(sorted(counts, key=counts.get))
print(max(counts, key=counts.get), min(counts, key=lambda k: counts[k]))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(min(4, 9, -12, key=abs), max("b", "aaa", "cc", key=len))
print(min([], default="none"), max([3, 1], default=0), min([], key=abs, default=None))
print(sorted([[2, 1], [1, 2], [1]], key=sum))
print(sorted((x for x in range(6)), key=lambda v: (v % 2, -v)))
