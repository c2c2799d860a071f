# Caesar cipher and palindrome check with ord/chr and slicing.
def shift(text, k):
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - 97 + k) % 26 + 97)
        elif "A" <= ch <= "Z":
            out += chr((ord(ch) - 65 + k) % 26 + 65)
        else:
            out += ch
    return out


def is_palindrome(s):
    clean = ""
    for ch in s.lower():
        if ch.isalpha():
            clean += ch
    return clean == clean[::-1]


secret = shift("Hello, World!", 3)
print(secret, shift(secret, -3), shift("xyz", 29))
for p in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]:
    print(is_palindrome(p))
