# An uncaught TypeError from a method with a keyword-only parameter.
class Shape:
    def scaled(self, factor, *, around=0):
        return factor + around


s = Shape()
print(s.scaled(2, around=1))
print(s.scaled(2, 1))
