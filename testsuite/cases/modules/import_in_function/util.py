LIMIT = 3
def helper(x):
    return x * LIMIT
print("helper loaded")
