# partition and rpartition refuse an empty separator like split does.
line = "k=v"
print(line.partition("="), line.rpartition("="))
sep = ""
print(line.rpartition(sep))
