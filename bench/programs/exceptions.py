# Exception-heavy: validation that fails often, errors raised deep in a call chain and caught
# near the top, the try/except KeyError idiom, and finally blocks on every call.


class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"bad {field}")
        self.field = field
        self.value = value


def check_age(age):
    if age < 0 or age > 150:
        raise ValidationError("age", age)
    return age


def check_record(i):
    age = (i * 37) % 200 - 20
    return check_age(age)


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def level3(n):
    if n % 7 == 0:
        raise KeyError(n)
    return n


def level2(n):
    try:
        return level3(n) * 2
    finally:
        pass


def level1(n):
    return level2(n) + 1


def main():
    valid = 0
    invalid = 0
    by_field = {}
    for i in range(300000):
        try:
            valid += check_record(i)
        except ValidationError as e:
            invalid += 1
            try:
                by_field[e.field] += 1
            except KeyError:
                by_field[e.field] = 1
    print(valid, invalid, by_field)

    words = ["12", "x", "7", "", "300", "4b"] * 50000
    print(sum(parse(w) for w in words))

    total = 0
    missed = 0
    for n in range(400000):
        try:
            total += level1(n)
        except LookupError:
            missed += 1
    print(total, missed)


main()
