# pop() from an empty list.
stack = [1, 2]
print(stack.pop(), stack.pop())
print(stack.pop())
