def greet(n):
    return "hello " + n
