# Typed functions called with boxed arguments: a queue of mixed jobs (ints, strs, floats and
# None in one list, so each item is an `object`) whose int jobs go to an integer-only hot
# function and whose str jobs go to a str function. Both functions are also called with typed
# arguments, so they have typed variants, which the calls with boxes enter once the boxes'
# types are checked.


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def checksum(s):
    h = 0
    for ch in s:
        h = (h * 31 + (7 if ch < "a" else 3)) % 1000003
    return h


def make_jobs(n):
    jobs = []
    for i in range(n):
        jobs.append(i % 5000 + 1)
        if i % 4 == 0:
            jobs.append("job" + str(i))
        if i % 10 == 0:
            jobs.append(i * 0.5)
        if i % 25 == 0:
            jobs.append(None)
    return jobs


def run(jobs):
    steps = 0
    sums = 0
    skipped = 0
    for job in jobs:
        if isinstance(job, int):
            steps += collatz_steps(job)
        elif isinstance(job, str):
            sums += checksum(job)
        else:
            skipped += 1
    return steps, sums, skipped


print(collatz_steps(27), checksum("typed"))
jobs = make_jobs(120000)
for _ in range(3):
    print(run(jobs))
