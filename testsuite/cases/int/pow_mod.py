# Three-argument pow and repeated squaring written by hand.
def power_mod(base, exp, mod):
    result = 1
    base = base % mod
    while exp > 0:
        if exp % 2 == 1:
            result = result * base % mod
        base = base * base % mod
        exp = exp // 2
    return result


M = 1000000007
print(pow(3, 1000, M), power_mod(3, 1000, M))
print(pow(2, 10 ** 18, M), power_mod(2, 10 ** 18, M))
print(pow(7, 2 ** 70, 13), power_mod(7, 2 ** 70, 13))
print(pow(-3, 5, 7), pow(3, 0, 7))
print(pow(2, 64), pow(-2, 63))
print(pow(2 ** 64, 3, 10 ** 30))
