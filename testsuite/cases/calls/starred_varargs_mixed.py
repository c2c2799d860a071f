# Arguments before the starred list of another type: *args holds both, boxed.
def show(*args):
    print(len(args), args)


nums = [1, 2]
show("x", *nums)
show(1.5, *nums)
show(*nums)
floats = [0.5, 0.25]
show(*floats)
show(True, *floats)
