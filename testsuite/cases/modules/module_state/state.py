counter = 0
items = []
label = "start"


def bump():
    global counter
    counter += 1


def read():
    return counter


def count_items():
    return len(items)


def describe():
    return label + " " + str(counter)
