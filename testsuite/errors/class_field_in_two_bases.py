# Two unrelated bases both assign `self.label`: instances of Both need one slot for it, which
# Left and Right instances place differently. CPython runs this; mesapyc asks for a common base.
class Left:
    def __init__(self):
        self.label = "left"


class Right:
    def set_label(self):
        self.label = "right"


class Both(Left, Right):
    pass


b = Both()
b.set_label()
print(b.label)
r = Right()
r.set_label()
print(Left().label, r.label)
