KIND = "shapes package"
print("init", __name__)
