print("pong starts")
import ping


def pong(n):
    if n == 0:
        return "pong done"
    return ping.ping(n - 1)


print("pong ends")
