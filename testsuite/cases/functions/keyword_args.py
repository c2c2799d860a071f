# Positional and keyword arguments in any order.
def describe(name, age, city):
    return name + " (" + str(age) + ") from " + city


print(describe("Ann", 30, "Oslo"))
print(describe("Bob", city="Rome", age=25))
print(describe(city="Lima", name="Cid", age=41))
print(describe("Dee", 19, city="Pune"))


def area(width, height):
    return width * height


print(area(3, 4), area(height=2, width=10))
