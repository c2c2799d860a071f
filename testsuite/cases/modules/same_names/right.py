x = "right x"


def f():
    return "right f " + str(x)


class C:
    def who(self):
        return "right C"
