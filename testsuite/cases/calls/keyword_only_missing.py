# Keyword-only parameters filled from a ** dict, or missing.
def connect(host, *, port, timeout=10):
    return f"{host}:{port} ({timeout}s)"


print(connect("a", **{"port": 80}))
print(connect(**{"host": "b", "port": 8080, "timeout": 1}))
for d in [{"host": "c"}, {"timeout": 5}]:
    try:
        print(connect(**d))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(connect(*["d", 1]))
except TypeError as e:
    print("TypeError:", e)
