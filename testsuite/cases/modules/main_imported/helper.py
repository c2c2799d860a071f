import main


def twice_count():
    return 2 * main.COUNT
