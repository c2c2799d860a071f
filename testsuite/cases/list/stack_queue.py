# A stack with append/pop and a queue with pop(0): balanced brackets and BFS.
def balanced(s):
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in ")]}":
            if not stack:
                return False
            top = stack.pop()
            if "([{".index(top) != ")]}".index(ch):
                return False
    return len(stack) == 0


for t in ["()", "([]{})", "(]", "((", "", "{[()()]}"]:
    print(repr(t), balanced(t))

adj = [[1, 2], [3], [3, 4], [5], [5], []]
dist = [-1] * 6
dist[0] = 0
queue = [0]
while queue:
    node = queue.pop(0)
    for nxt in adj[node]:
        if dist[nxt] == -1:
            dist[nxt] = dist[node] + 1
            queue.append(nxt)
print(dist)
