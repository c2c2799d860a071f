class Shape:
    def __init__(self, sides):
        if sides < 3:
            raise ValueError(f"a shape needs 3 sides, not {sides}")
        self.sides = sides
