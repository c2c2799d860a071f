# A syntax error in an imported module is reported in its file.
import lib
