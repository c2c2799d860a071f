print("ping starts")
import pong
print("ping continues")


def ping(n):
    if n == 0:
        return "ping done"
    return pong.pong(n - 1)
