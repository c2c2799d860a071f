# An inventory report: parse CSV-like text, aggregate with parallel lists, format a table.
DATA = """widget,hardware,4,2.50
gadget,hardware,10,12.00
sprocket,parts,250,0.15
doohickey,misc,1,99.99
gizmo,hardware,3,7.25
flange,parts,40,1.10
thingamajig,misc,0,15.00"""

names = []
cats = []
qtys = []
prices = []
for line in DATA.split("\n"):
    fields = line.split(",")
    names.append(fields[0])
    cats.append(fields[1])
    qtys.append(int(fields[2]))
    prices.append(float(fields[3]))

categories = []
cat_totals = []
cat_counts = []
for i in range(len(names)):
    value = qtys[i] * prices[i]
    if cats[i] in categories:
        k = categories.index(cats[i])
        cat_totals[k] += value
        cat_counts[k] += 1
    else:
        categories.append(cats[i])
        cat_totals.append(value)
        cat_counts.append(1)

print(f"{'name':<12}{'category':<10}{'qty':>5}{'price':>8}{'value':>9}")
for i in range(len(names)):
    flag = " (out)" if qtys[i] == 0 else ""
    print(f"{names[i]:<12}{cats[i]:<10}{qtys[i]:>5}{prices[i]:>8.2f}{qtys[i] * prices[i]:>9.2f}{flag}")
print()
order = []
for i in range(len(categories)):
    order.append((-cat_totals[i], categories[i]))
order.sort()
for neg, cat in order:
    k = categories.index(cat)
    print(f"{cat:<10}{cat_counts[k]:>3} items {-neg:>10.2f}")
grand = sum(cat_totals)
print(f"grand total {grand:.2f}, mean price {sum(prices) / len(prices):.3f}")
cheap = []
for i in range(len(names)):
    if prices[i] < 5.0 and qtys[i] > 0:
        cheap.append(names[i].upper())
print(", ".join(cheap))
