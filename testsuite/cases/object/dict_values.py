# A dict whose values have several types: its values are boxed.
ages = {"ann": 31}
ages["bob"] = "unknown"
ages["cy"] = 27.5
ages["di"] = None
print(ages)
for name in ages:
    v = ages[name]
    print(name, v, repr(v), v == 31, v is None)
print(ages["ann"] + 1, ages["cy"] * 2, ages["bob"] + "?")
print(len(ages), "bob" in ages, ages.get("zed"), ages.get("ann"))
record = {"name": "widget", "price": 9.99, "qty": 3, "tags": ["a", "b"]}
print(f"{record['name']}: {record['qty']} x {record['price']} = {record['qty'] * record['price']:.2f}")
print(record["tags"], len(record["tags"]), record)
