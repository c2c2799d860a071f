# pass as a placeholder in every statement position.
def todo():
    pass


for i in range(3):
    pass
if True:
    pass
else:
    pass
n = 0
while n < 2:
    n += 1
    pass
todo()
print("done", n)
