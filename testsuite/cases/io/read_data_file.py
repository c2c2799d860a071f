totals = {}
with open("read_data_file.csv") as f:
    header = f.readline().strip().split(",")
    for line in f:
        city, month, rain = line.strip().split(",")
        totals[city] = totals.get(city, 0.0) + float(rain)
print(header)
for city in sorted(totals):
    print(f"{city}: {totals[city]:.1f}")
