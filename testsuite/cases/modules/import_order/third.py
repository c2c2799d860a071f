print("third runs")
VALUE = 1
