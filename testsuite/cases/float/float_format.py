# str() of floats and the common format specs.
x = 1234.5678
print(f"{x:.3f}|{x:10.2f}|{x:<10.1f}|{x:^12.2f}|{x:+.1f}")
print(f"{x:e}|{x:.2e}|{x:E}|{x:g}|{x:.3g}|{x:.10g}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f}")
print(f"{0.25:%} {0.125:.1%}")
print(f"{1e-7:g} {1e16:g} {123456789.0:g}")
print(f"{x:,.2f}")
print(f"{-0.0:.2f} {float('inf'):.2f} {float('nan'):f}")
print(f"{x}")
print(f"{3.0:08.3f} {-3.0:08.3f}")
print(str(1e16), str(1.0), str(-2.5), str(1e-4), str(123.0))
print("{:.4f}".format(3.14159265), "{:>9.2f}|".format(2.0 / 3.0))
