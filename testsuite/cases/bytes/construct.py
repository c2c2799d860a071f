# The ways to make bytes and bytearrays.
print(bytes(), bytes(0), bytes(4), bytes([]), bytes([104, 105, 0, 255]))
print(bytes((1, 2)), bytes([True, False]), bytes(b"copy"), bytes(bytearray(b"ba")))
print(bytearray(), bytearray(3), bytearray(b"abc"), bytearray([65, 66]), bytearray(bytearray(b"x")))
print(bytes("héllo", "utf-8"), bytearray("abc", "ascii"), bytes("é", "latin-1"))
print("snowman ☃".encode(), "abc".encode("ascii"), "".encode())
print(bytes.fromhex("00 ff 10"), bytes.fromhex(" 4142\t43 "), bytearray.fromhex("deadbeef"))
print(b"\x00\xff\x10".hex(), bytearray(b"AB").hex(), b"".hex())
print(bytes.fromhex(b"round trip".hex()))
src = [72, 101, 108, 108, 111]
data = bytes(src)
print(data, list(data) == src, bytes(list(data)) == data)
copy = bytearray(data)
copy[0] = 74
print(data, copy)
print(bytes(sorted(b"python")), bytes(reversed(b"abc")))
