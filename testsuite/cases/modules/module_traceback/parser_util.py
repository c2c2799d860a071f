def parse(s):
    return int(s) * 2
