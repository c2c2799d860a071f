# A variable that holds an int and then a str is a boxed `object` in between.
def main():
    x = 1
    print(x + 1)
    x = "one"
    print(x)
    print(x + "!", x * 2, len(x), x == "one")


main()
