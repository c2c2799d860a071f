def level(n):
    try:
        try:
            if n == 0:
                raise KeyError("k")
            if n == 1:
                raise IndexError("i")
            if n == 2:
                return 1 / 0
            return "ok"
        except KeyError:
            return "inner caught key"
        finally:
            print("inner finally", n)
    except LookupError as e:
        return f"outer caught {type(e).__name__}"
    except ArithmeticError as e:
        return f"arith {e}"


for n in range(4):
    print(level(n))
