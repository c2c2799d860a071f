# A report laid out with f-string widths.
rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 250, 0.02), ("dates", 7, 1.75)]
print(f"{'item':<10}{'qty':>6}{'price':>8}{'total':>10}")
print("-" * 34)
grand = 0.0
for row in rows:
    item, qty, price = row
    total = qty * price
    grand += total
    print(f"{item:<10}{qty:>6d}{price:>8.2f}{total:>10.2f}")
print("-" * 34)
print(f"{'sum':<10}{'':>6}{'':>8}{grand:>10.2f}")
print(f"{len(rows)} rows, average {grand / len(rows):.3f}")
