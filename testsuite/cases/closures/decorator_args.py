# Decorators with arguments, and stacked decorators.
def repeat(n):
    def decorate(fn):
        def wrapper(x):
            out = []
            for _ in range(n):
                out.append(fn(x))
            return out

        return wrapper

    return decorate


def shout(fn):
    def wrapper(x):
        return [s.upper() for s in fn(x)]

    return wrapper


@repeat(3)
def echo(x):
    return x + "!"


@shout
@repeat(2)
def hey(x):
    return "hey " + x


print(echo("a"))
print(hey("bob"))
