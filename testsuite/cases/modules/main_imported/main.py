# A module that imports the main file gets a second module, `main`, whose body runs again
# (with `__name__ == "main"`), as in CPython.
import helper

COUNT = 3
print("main body:", __name__)
if __name__ == "__main__":
    print(helper.twice_count())
