class Bad:
    def __len__(self):
        raise ValueError("no length")


measure = len
print(measure([1, 2]))
print(measure(Bad()))
