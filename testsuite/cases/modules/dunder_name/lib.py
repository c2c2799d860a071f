NAME = __name__


def whoami():
    return __name__


if __name__ == "__main__":
    print("never printed: lib is imported")
else:
    print("lib imported as", __name__)
