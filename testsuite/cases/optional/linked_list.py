# A singly linked list whose links are None at the end: `Node | None` fields and locals.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def find(self, value):
        cur = self.head
        while cur:
            if cur.value == value:
                return cur
            cur = cur.next
        return None

    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev = cur
            cur = cur.next
        return False

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def items(self):
        out = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out


xs = LinkedList()
for i in range(5):
    xs.append(i * 10)
xs.push(-1)
print(xs.items(), xs.size)
print(xs.find(20).value, xs.find(99))
print(xs.remove(20), xs.remove(99), xs.remove(-1))
print(xs.items(), xs.size)
xs.reverse()
print(xs.items())
empty = LinkedList()
print(empty.items(), empty.find(1), empty.head is None, empty.head)
empty.reverse()
print(empty.items())
