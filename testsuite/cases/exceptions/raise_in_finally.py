def risky():
    try:
        raise ValueError("first")
    finally:
        print("cleaning up")


try:
    risky()
except ValueError as e:
    print("got", e)


def replaced():
    try:
        raise ValueError("original")
    finally:
        raise RuntimeError("from finally")


try:
    replaced()
except RuntimeError as e:
    print("replaced by", e)
replaced()
