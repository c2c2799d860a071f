# An event bus: handlers are bound methods, functions, lambdas and builtins, registered by
# name and called with the event's payload.
class Bus:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def on(self, event, handler):
        if event not in self.handlers:
            self.handlers[event] = []
        self.handlers[event].append(handler)

    def emit(self, event, payload):
        results = []
        for h in self.handlers.get(event, []):
            results.append(h(payload))
        self.log.append((event, len(results)))
        return results


class Stats:
    def __init__(self):
        self.seen = 0
        self.total = 0

    def record(self, payload):
        self.seen += 1
        self.total += sum(payload)
        return self.total

    def describe(self, payload):
        return "stats: " + str(self.seen) + " events, total " + str(self.total)


def largest(payload):
    return max(payload)


bus = Bus()
stats = Stats()
bus.on("data", stats.record)
bus.on("data", largest)
bus.on("data", lambda p: len(p) * 10)
bus.on("data", sorted)
bus.on("report", stats.describe)
print(bus.emit("data", [3, 1, 2]))
print(bus.emit("data", [10, 5]))
print(bus.emit("report", []))
print(bus.emit("missing", [1]))
print(bus.log)
pick = {"max": max, "min": min, "len": len}
for name in sorted(pick):
    print(name, pick[name]([4, 7, 1]))
