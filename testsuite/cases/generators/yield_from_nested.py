def leaves(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from leaves(sub)
    else:
        yield tree


def flatten_depth(tree, depth=0):
    if isinstance(tree, list):
        for sub in tree:
            yield from flatten_depth(sub, depth + 1)
    else:
        yield (depth, tree)


data = [1, [2, [3, 4]], [[5]], 6]
print(list(leaves(data)))
print(list(flatten_depth(data)))
print(sum(leaves(data)), max(leaves(data)))
