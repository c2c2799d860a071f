x = "left x"


def f():
    return "left f " + str(x)


class C:
    def who(self):
        return "left C"
