# Opening a missing file in binary mode raises FileNotFoundError.
try:
    open("/tmp/mesapy-case-no-such-dir/x.bin", "rb")
except FileNotFoundError as e:
    print("caught:", e)
with open("/tmp/mesapy-case-no-such-dir/y.bin", "wb") as f:
    f.write(b"never")
