# A module that is neither beside the main file nor provided.
import helpers
from tools.strings import reverse

print(helpers.f(), reverse("ab"))
