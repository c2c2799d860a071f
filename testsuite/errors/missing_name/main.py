# `from m import name` of a name the module does not define.
from lib import helper, missing
