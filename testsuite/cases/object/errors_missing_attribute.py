# A boxed value whose class lacks the attribute raises CPython's AttributeError, naming the class
# of the value the box holds at run time.
class Point:
    def __init__(self, x):
        self.x = x


class Label:
    def __init__(self, text):
        self.text = text


items = [Point(1), Label("a"), Point(2)]
for it in items:
    if isinstance(it, Point):
        print("point", it.x)
print(items[1].text)
print(items[0].x)
print(items[1].x)
