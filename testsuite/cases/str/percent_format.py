# printf-style formatting with `%`: conversions, flags, width and precision, tuples and single values.
print("%s is %d years old" % ("Ada", 36))
print("%d%%" % 50, "100%%", "%s" % "single", "%s" % 7, "%s" % (7,))
print("[%5d] [%-5d] [%05d] [%+d] [% d] [%+05d]" % (42, 42, 42, 42, 42, -42))
print("[%x] [%X] [%o] [%#x] [%#X] [%#o] [%#08x]" % (255, 255, 8, 255, 255, 8, 255))
print("[%x] [%#x] [%o]" % (-255, -255, -8))
print("[%.3d] [%8.3d] [%-8.3d|]" % (7, -7, 7))
print("[%f] [%.2f] [%10.3f] [%-10.1f] [%+.0f] [%#.0f]" % (3.14159, 3.14159, 3.14159, 3.14159, 2.5, 2.0))
print("[%e] [%.2E] [%g] [%G] [%g] [%.3g] [%#g]" % (12345.678, 0.000123, 0.00001, 1e20, 100000.0, 3.14159, 1.0))
big = 1e308 * 10
print("[%f] [%e] [%F] [%5.1f] [%g]" % (big, -big, big, big - big, 1e300 * 10))
print("[%010.2f] [%-010.2f] [%+010.2f]" % (-3.5, -3.5, 3.5))
print("[%s] [%10s] [%-10s] [%.2s] [%5.1s]" % ("abc", "abc", "abc", "abc", "abc"))
print("[%r] [%a] [%5r]" % ("it's", "naïve", "x"))
print("[%c] [%c] [%3c] [%-3c]" % ("x", 9731, 65, "é"))
print("%d %i %u" % (3.99, -3.99, True), "%f" % 3, "%x" % True)
print("%s %s %s %s" % (None, True, 2.5, [1, 2]))
print("%s|%r" % ((1, "a"), ["x", "y"]))
print("%(name)s scored %(score)05.1f" % {"name": 2.5, "score": 93.25})
print("%(x)s-%(y)s %(x)r" % {"x": "ex", "y": "why"})
print("%s" % {"k": 1}, "no fields" % {"k": 1}, "no fields" % [1, 2])
print("%d" % 10**30, "%x" % 2**100, "%.40d" % 12345)
print("%*d|%-*s|%.*f" % (6, 42, 6, "ab", 2, 3.14159))
print("%ld %hd %Lf" % (1, 2, 3.0))

rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 2.75)]
for name, qty, price in rows:
    print("%-8s x%3d @ %6.2f = %7.2f" % (name, qty, price, qty * price))
pct = 0.4567
label = "done"
print("%s: %.1f%%" % (label, pct * 100))
