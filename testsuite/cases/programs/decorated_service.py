# A small service whose handlers are wrapped by decorators taking *args and **kwargs:
# logging, argument validation and caching by key.
log = []


def logged(f):
    def wrapper(*args, **kwargs):
        log.append(f.__name__ + str(args) + str(sorted(kwargs)))
        return f(*args, **kwargs)
    return wrapper


def positive(f):
    def wrapper(*args, **kwargs):
        for a in args:
            if a < 0:
                raise ValueError(f"{f.__name__}: negative argument {a}")
        return f(*args, **kwargs)
    return wrapper


def cached(f):
    cache = {}

    def wrapper(*args, **kwargs):
        key = str(args) + str(sorted(kwargs.items()))
        if key in cache:
            return cache[key]
        result = f(*args, **kwargs)
        cache[key] = result
        return result
    return wrapper


@logged
@positive
def price(qty, unit, *, discount=0):
    return qty * unit - discount


@cached
def report(name, *, width=10):
    return name.ljust(width, ".") + "|"


class Shop:
    def __init__(self, name, **stock):
        self.name = name
        self.stock = stock

    def sell(self, item, qty=1, **options):
        have = self.stock.get(item, 0)
        if qty > have:
            return f"{self.name}: only {have} {item}"
        self.stock[item] = have - qty
        return f"{self.name}: sold {qty} {item} {sorted(options)}"


print(price(3, 5))
print(price(3, 5, discount=2))
print(price(qty=2, unit=7))
try:
    price(-1, 5)
except ValueError as e:
    print("ValueError:", e)
print(report("total"))
print(report("total"))
print(report("sum", width=6))
print(report("avg", **{"width": 4}))
shop = Shop("corner", apples=5, pears=2)
orders = [("apples", [2]), ("pears", [3]), ("apples", [1, ])]
for item, args in orders:
    print(shop.sell(item, *args, gift=True))
print(shop.sell(**{"item": "pears", "qty": 2}))
print(shop.stock)
for line in log:
    print(line)
