# A dict whose values have two types needs boxed values, which are not there yet.
ages = {"ann": 31}
ages["bob"] = "unknown"
print(ages)
