# `__name__` is "__main__" only in the main module.
import lib


def whoami():
    return __name__


print("main sees", __name__, whoami())
print("lib says", lib.whoami(), lib.NAME)
if __name__ == "__main__":
    print("running as the main program")
