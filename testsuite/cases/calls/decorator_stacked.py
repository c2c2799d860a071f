# Stacked decorators, each passing *args and **kwargs to the next.
def bold(f):
    def wrapper(*args, **kwargs):
        return "<b>" + f(*args, **kwargs) + "</b>"
    return wrapper


def italic(f):
    def wrapper(*args, **kwargs):
        return "<i>" + f(*args, **kwargs) + "</i>"
    return wrapper


def repeat(times):
    def deco(f):
        def wrapper(*args, **kwargs):
            parts = []
            for _ in range(times):
                parts.append(f(*args, **kwargs))
            return " ".join(parts)
        return wrapper
    return deco


@bold
@italic
def word(text, upper=False):
    return text + "!" if upper else text


@repeat(3)
@bold
def tag(name, sep="-"):
    return sep + name + sep


print(word("hi"))
print(word("hi", upper=True))
print(word(text="yo", upper=False))
print(tag("x"))
print(tag("y", sep="="))
print(tag(sep="+", name="z"))
