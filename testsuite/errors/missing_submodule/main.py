# A package without the submodule the import names.
import pkg.absent
