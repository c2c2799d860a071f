# Registering handlers with a decorator that stores them in a dict.
handlers = {}


def on(event):
    def register(fn):
        handlers[event] = fn
        return fn

    return register


@on("start")
def starting(data):
    return "starting " + data


@on("stop")
def stopping(data):
    return "stopping " + data


for ev in ["start", "stop", "start"]:
    print(handlers[ev](ev.upper()))
print(sorted(handlers))
