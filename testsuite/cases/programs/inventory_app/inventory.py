class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item
        self.wanted = wanted
        self.have = have


class Inventory:
    def __init__(self):
        self.stock = {}
        self.log = []

    def add(self, item, n):
        if n <= 0:
            raise ValueError(f"bad quantity {n}")
        self.stock[item] = self.stock.get(item, 0) + n
        self.log.append(("add", item, n))

    def take(self, item, n):
        have = self.stock.get(item, 0)
        if have < n:
            raise OutOfStock(item, n, have)
        self.stock[item] = have - n
        self.log.append(("take", item, n))

    def items(self):
        for name in sorted(self.stock):
            if self.stock[name] > 0:
                yield name, self.stock[name]

    def __len__(self):
        return sum(1 for _ in self.items())
