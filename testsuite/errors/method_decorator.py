def logged(f):
    return f


class Shape:
    @staticmethod
    @logged
    def area():
        return 0
