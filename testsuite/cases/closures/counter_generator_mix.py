def make_ids(prefix):
    count = 0

    def next_id():
        nonlocal count
        count += 1
        return f"{prefix}{count}"

    def all_ids(n):
        for _ in range(n):
            yield next_id()

    return next_id, all_ids


nid, ids = make_ids("item-")
print(nid(), nid())
print(list(ids(3)))
print(nid())
