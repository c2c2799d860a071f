import sys


def retry(times):
    def decorate(fn):
        def wrapper(*args):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except ValueError as e:
                    last = e
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times}") from last
        return wrapper
    return decorate


state = {"calls": 0}


@retry(3)
def flaky(n):
    state["calls"] += 1
    if state["calls"] < n:
        raise ValueError(f"call {state['calls']}")
    return f"ok after {state['calls']}"


print(flaky(2))
state["calls"] = 0
try:
    flaky(10)
except RuntimeError as e:
    print(e, "| cause:", e.__cause__)


def batched(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


for b in batched(range(7), 3):
    print(b)


class Timer:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


with Timer("outer"):
    with Timer("inner"):
        print("work")
print(sorted(["b", "A", "c"], key=str.lower), file=sys.stdout)
