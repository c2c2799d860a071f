# An import cycle: `ping` imports `pong`, which imports `ping` while `ping` is still running.
# The inner import only binds the name; the functions meet each other at call time.
import ping

print(ping.ping(5))
print(ping.pong.pong(4))
