counts = {"a": 1}
for k, v in counts.items():
    del counts[k]
squares = [i * i for i in range(3) if i]
