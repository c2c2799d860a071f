import sys


def main(args):
    if len(args) < 2:
        sys.exit("usage: prog FILE")
    print("never")


print("arguments:", len(sys.argv))
main(sys.argv)
