# Bytes written to sys.stdout.buffer, between prints.
import sys
print("before")
sys.stdout.flush()
n = sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
print("after", n)
sys.stdout.flush()
sys.stdout.buffer.write("caf\u00e9\n".encode())
sys.stdout.buffer.flush()
