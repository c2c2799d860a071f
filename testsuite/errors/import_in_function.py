# Imports run at module level only for now.
def load():
    import json
    return json
