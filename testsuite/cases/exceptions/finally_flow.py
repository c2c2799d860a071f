# `finally` runs on every way out: normal end, return, break, continue and exceptions.
def returns_inside():
    try:
        return "from try"
    finally:
        print("finally after return")


def return_in_finally():
    try:
        raise ValueError("dropped")
    finally:
        return "finally wins"


def nested(n):
    log = []
    try:
        try:
            if n == 0:
                raise KeyError(n)
            log.append("inner body")
        finally:
            log.append("inner finally")
        log.append("after inner")
    except KeyError:
        log.append("caught")
    finally:
        log.append("outer finally")
    return log


print(returns_inside())
print(return_in_finally())
print(nested(0))
print(nested(1))

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

total = 0
while True:
    try:
        total += 1
        if total > 3:
            break
    finally:
        print("loop finally", total)
print("total", total)


def handler_return(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return -1
    finally:
        print("cleanup", x)


print(handler_return(5), handler_return(0))
