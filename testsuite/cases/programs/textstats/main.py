import sys
import textstats
from textstats.report import Report

SAMPLE = """The cat sat. The cat ran! Did the dog see the cat?
It did not, said the dog's owner."""


def write_sample(path):
    with open(path, "w") as f:
        f.write(SAMPLE)


def analyse(path):
    try:
        with open(path) as f:
            text = f.read()
    except FileNotFoundError as e:
        print("skipping:", e)
        return None
    return Report(path.split("/")[-1], text)


def main(argv):
    print("textstats", textstats.VERSION, "args:", len(argv) - 1)
    write_sample("/tmp/mesapy-textstats-sample.txt")
    with open("/tmp/mesapy-textstats-empty.txt", "w") as f:
        pass
    status = 0
    for path in ["/tmp/mesapy-textstats-sample.txt", "/tmp/mesapy-textstats-missing.txt", "/tmp/mesapy-textstats-empty.txt"]:
        try:
            report = analyse(path)
            if report is not None:
                for line in report.lines():
                    print(line)
        except textstats.StatsError as e:
            print("error:", e, isinstance(e, textstats.EmptyInput))
            status = 3
    print(list(textstats.words("Hello, hello world")))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
