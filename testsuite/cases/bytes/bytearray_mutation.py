# A bytearray changes in place, and its aliases see the changes.
ba = bytearray(b"hello")
alias = ba
ba[0] = 72
ba[-1] = ord("O")
print(ba, alias)
ba.append(33)
ba.extend(b" world")
ba.extend([0x21, 0x21])
ba.extend(bytearray(b"?"))
print(ba, len(alias))
ba += b"+"
print(alias)
ba *= 2
print(alias, ba is alias)
b = b"imm"
c = b
b += b"utable"
print(b, c)
grow = bytearray()
for i in range(300):
    grow.append(i % 256)
print(len(grow), grow[255], grow[256], bytes(grow[250:260]))
grow.extend(grow)
print(len(grow), grow[-1])
frozen = bytes(ba)
ba[0] = 0
print(frozen[0], ba[0])
