# Module variables: read through the module after it changed them, assigned from outside, and
# copied (not shared) by `from m import x`.
import state
from state import counter as snapshot

print(state.counter, snapshot)
state.bump()
state.bump()
print(state.counter, snapshot)
state.counter += 10
print(state.counter, state.read())
state.counter = 100
print(state.read())
state.items.append("x")
print(state.items, state.count_items())
state.label = "changed"
print(state.describe())
