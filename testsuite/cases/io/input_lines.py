name = input("Name: ")
print(f"Hello, {name}!")
words = []
while True:
    try:
        words.append(input())
    except EOFError:
        break
print(len(words), "more lines:", words)
