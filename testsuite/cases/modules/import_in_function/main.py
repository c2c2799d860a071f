def main():
    import sys
    import util
    from util import LIMIT, helper
    print(len(sys.argv), util.helper(2), helper(5), LIMIT)

print("start")
main()
main()
