# A variable must keep one type for its whole function.
def main():
    x = 1
    print(x + 1)
    x = "one"
    print(x)


main()
