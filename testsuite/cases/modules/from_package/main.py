# `from pkg import sub` (a submodule), `from pkg.sub import f`, and a name the package defines.
from tools import strings
from tools.numbers import double, triple as thrice
from tools import VERSION

print(strings.reverse("abc"))
print(double(21), thrice(5))
print(VERSION)
print(strings.__name__)
