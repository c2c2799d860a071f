d = {"a": 1, 2: "b"}
for k in ["a", "zz", 2, 7]:
    try:
        print(d[k])
    except KeyError as e:
        print("missing", e, e.args, e.args[0] == k)
