def show(label, thunk_id):
    try:
        if thunk_id == 0:
            [1, 2][5]
        elif thunk_id == 1:
            {"a": 1}["b"]
        elif thunk_id == 2:
            int("abc")
        elif thunk_id == 3:
            float("x.y")
        elif thunk_id == 4:
            "abc" + 5
        elif thunk_id == 5:
            None.upper()
        elif thunk_id == 6:
            [1, 2].index(3)
        elif thunk_id == 7:
            [].pop()
        elif thunk_id == 8:
            "x" * -1 + "abc"[10]
        elif thunk_id == 9:
            10 % 0
        elif thunk_id == 10:
            2.0 ** 10000
        elif thunk_id == 11:
            chr(-1)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for i in range(12):
    show(i, i)
