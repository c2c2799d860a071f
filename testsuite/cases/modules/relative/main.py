# Relative imports inside a package: `from . import x`, `from .m import y`, `from ..m import z`.
import app
from app.inner import deep

print(app.run())
print(deep.compute(4))
print(app.helpers.twice(7))
