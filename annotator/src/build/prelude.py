# The built-in exception classes and file objects, compiled with every program that uses
# exceptions or files, and the helpers of builtins called with starred arguments.
#
# CPython 3.11's hierarchy (`BaseException` and below). An instance's `args` is set by the
# constructor call itself (`BaseException.__new__`), so these classes define no `__init__`.
# `__exc_new` is what the runtime calls to turn an error it raised (a class number from
# runtime/ABI.md and a message) into an instance when a handler catches it.


class BaseException:
    def __str__(self):
        args = self.args
        n = len(args)
        if n == 0:
            return ""
        if n == 1:
            return str(args[0])
        return str(args)

    def __repr__(self):
        args = self.args
        if len(args) == 1:
            return type(self).__name__ + "(" + repr(args[0]) + ")"
        return type(self).__name__ + repr(args)


class SystemExit(BaseException):
    pass


class KeyboardInterrupt(BaseException):
    pass


class GeneratorExit(BaseException):
    pass


class Exception(BaseException):
    pass


class ArithmeticError(Exception):
    pass


class FloatingPointError(ArithmeticError):
    pass


class OverflowError(ArithmeticError):
    pass


class ZeroDivisionError(ArithmeticError):
    pass


class AssertionError(Exception):
    pass


class AttributeError(Exception):
    pass


class BufferError(Exception):
    pass


class EOFError(Exception):
    pass


class ImportError(Exception):
    pass


class ModuleNotFoundError(ImportError):
    pass


class LookupError(Exception):
    pass


class IndexError(LookupError):
    pass


class KeyError(LookupError):
    def __str__(self):
        args = self.args
        if len(args) == 1:
            return repr(args[0])
        return BaseException.__str__(self)


class MemoryError(Exception):
    pass


class NameError(Exception):
    pass


class UnboundLocalError(NameError):
    pass


class OSError(Exception):
    # OSError(errno, strerror[, filename]) keeps its parts as attributes; `args` leaves out the
    # file name, as CPython's does.
    def __init__(self, *args):
        self.errno = None
        self.strerror = None
        self.filename = None
        if 2 <= len(args) <= 5:
            self.errno = args[0]
            self.strerror = args[1]
            if len(args) > 2:
                self.filename = args[2]
                self.args = (args[0], args[1])

    def __str__(self):
        if self.errno is not None and self.strerror is not None:
            if self.filename is not None:
                return "[Errno " + str(self.errno) + "] " + str(self.strerror) + ": " + repr(self.filename)
            return "[Errno " + str(self.errno) + "] " + str(self.strerror)
        return BaseException.__str__(self)


class FileExistsError(OSError):
    pass


class FileNotFoundError(OSError):
    pass


class IsADirectoryError(OSError):
    pass


class NotADirectoryError(OSError):
    pass


class PermissionError(OSError):
    pass


class TimeoutError(OSError):
    pass


class ReferenceError(Exception):
    pass


class RuntimeError(Exception):
    pass


class NotImplementedError(RuntimeError):
    pass


class RecursionError(RuntimeError):
    pass


class StopIteration(Exception):
    pass


class SyntaxError(Exception):
    pass


class SystemError(Exception):
    pass


class TypeError(Exception):
    pass


class ValueError(Exception):
    pass


class UnicodeError(ValueError):
    pass


class UnicodeDecodeError(UnicodeError):
    pass


class UnicodeEncodeError(UnicodeError):
    pass


class UnsupportedOperation(OSError, ValueError):
    pass


class Warning(Exception):
    pass


class UserWarning(Warning):
    pass


class DeprecationWarning(Warning):
    pass


class RuntimeWarning(Warning):
    pass


def __key_of_repr(text):
    # The runtime's KeyError carries its key's repr; give back str and int keys themselves.
    if len(text) >= 2 and text[0] == "'" and text[-1] == "'" and "\\" not in text and "'" not in text[1:-1]:
        return text[1:-1]
    if len(text) > 0 and text.lstrip("-").isdigit():
        return int(text)
    return text


def __os_error(kind, msg):
    # The runtime words its OS errors "[Errno N] message: 'path'": the instance CPython makes.
    close = msg.find("] ")
    sep = msg.find(": '")
    if not msg.startswith("[Errno ") or close < 0 or sep < 0 or not msg.endswith("'"):
        return OSError(msg)
    n = int(msg[7:close])
    text = msg[close + 2:sep]
    path = msg[sep + 3:len(msg) - 1]
    if kind == 18:
        return FileNotFoundError(n, text, path)
    if kind == 19:
        return PermissionError(n, text, path)
    if kind == 20:
        return FileExistsError(n, text, path)
    if kind == 21:
        return NotADirectoryError(n, text, path)
    if kind == 22:
        return IsADirectoryError(n, text, path)
    return OSError(n, text, path)


def __exc_new(kind, msg):
    if kind == 0:
        e = ZeroDivisionError(msg)
    elif kind == 1:
        e = IndexError(msg)
    elif kind == 2:
        e = ValueError(msg)
    elif kind == 3:
        e = TypeError(msg)
    elif kind == 4:
        e = OverflowError(msg)
    elif kind == 5:
        e = RecursionError(msg)
    elif kind == 6:
        e = KeyError(__key_of_repr(msg))
    elif kind == 7:
        e = AttributeError(msg)
    elif kind == 8:
        e = RuntimeError(msg)
    elif kind == 9:
        e = MemoryError(msg)
    elif kind == 10:
        e = NameError(msg)
    elif kind == 11:
        e = UnboundLocalError(msg)
    elif kind == 12:
        e = UnicodeDecodeError(msg)
    elif kind == 13:
        e = UnicodeEncodeError(msg)
    elif kind == 14:
        e = LookupError(msg)
    elif kind == 15:
        e = StopIteration(msg)
    elif kind == 16:
        e = EOFError(msg)
    elif 17 <= kind <= 22:
        e = __os_error(kind, msg)
    elif kind == 24:
        e = GeneratorExit(msg)
    else:
        e = UnsupportedOperation(msg)
    if msg == "":
        e.args = ()
    return e


def __exit_status(e):
    # What the process does when `e` is not caught: "" prints the traceback; for a SystemExit,
    # "=N" exits quietly with status N, and any other text is printed to stderr before exiting
    # with status 1 (CPython's handling of `SystemExit.code`).
    if not isinstance(e, SystemExit):
        return ""
    args = e.args
    if len(args) == 0:
        return "=0"
    if len(args) > 1:
        return str(args)
    code = args[0]
    if code is None or code is False:
        return "=0"
    if code is True:
        return "=1"
    if isinstance(code, int):
        return "=" + str(code)
    return str(code)


class IOBase:
    # What text and binary files share: a runtime handle (0 stdin, 1 stdout, 2 stderr, 3 and up
    # the files `open` made), closing, `with`, and reading by lines through the subclass's
    # `readline` (which returns an empty str or bytes at the end).
    def readlines(self):
        lines = []
        line = self.readline()
        while line:
            lines.append(line)
            line = self.readline()
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        __mesapy_flush(self.handle)

    def close(self):
        if not self.closed:
            __mesapy_close(self.handle)
            self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()
        return False

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class TextIOWrapper(IOBase):
    # A text file or standard stream, read and written as UTF-8. `buffer` is the same handle
    # as a binary file.
    def __init__(self, handle, name, mode, encoding="utf-8"):
        self.handle = handle
        self.name = name
        self.mode = mode
        self.encoding = encoding
        self.closed = False
        if "r" in mode:
            self.buffer = BufferedReader(handle, name, mode + "b")
        else:
            self.buffer = BufferedWriter(handle, name, mode + "b")

    def __repr__(self):
        return "<_io.TextIOWrapper name=" + repr(self.name) + " mode=" + repr(self.mode) + " encoding=" + repr(self.encoding) + ">"

    def read(self):
        return __mesapy_read(self.handle)

    def readline(self):
        return __mesapy_readline(self.handle)

    def write(self, text):
        __mesapy_write(self.handle, text)
        return len(text)


class BufferedIOBase(IOBase):
    # A file opened in a binary mode (or a standard stream's `buffer`), read and written as
    # bytes.
    def __init__(self, handle, name, mode):
        self.handle = handle
        self.name = name
        self.mode = mode
        self.closed = False

    def read(self, size=-1):
        return __mesapy_read_bytes(self.handle, size)

    def readline(self):
        return __mesapy_readline_bytes(self.handle)

    def write(self, data):
        return __mesapy_write_bytes(self.handle, data)


class BufferedReader(BufferedIOBase):
    def __repr__(self):
        return "<_io.BufferedReader name=" + repr(self.name) + ">"


class BufferedWriter(BufferedIOBase):
    def __repr__(self):
        return "<_io.BufferedWriter name=" + repr(self.name) + ">"


def open(file, mode="r", encoding="utf-8"):
    if "b" in mode:
        raise ValueError("mesapyc: a binary mode must be written as a literal: open(path, \"rb\")")
    return TextIOWrapper(__mesapy_open(file, mode), file, mode, encoding)


def __open_binary(file, mode="rb"):
    # `open(file, "rb")` and the other binary modes written as literals (build/files.rs).
    handle = __mesapy_open(file, mode)
    if "r" in mode:
        return BufferedReader(handle, file, mode)
    return BufferedWriter(handle, file, mode)


def __exc_link(e, cause, context, suppress):
    # Called by the runtime when a handler catches `e`: its chain as attributes.
    e.__cause__ = cause
    e.__context__ = context
    e.__suppress_context__ = suppress


# The builtin functions as values (`f = len`, `[str, repr]`, `key=len` passed on): the builder
# makes `len` used as a value a function object of `__builtin_len`, whose `__name__` is `len`.
# Each is compiled for the argument types it is called with, like any function.

def __builtin_len(obj):
    return len(obj)


def __builtin_abs(x):
    return abs(x)


def __builtin_repr(obj):
    return repr(obj)


def __builtin_str(object=""):
    return str(object)


def __builtin_int(x=0):
    return int(x)


def __builtin_float(x=0.0):
    return float(x)


def __builtin_bool(x=False):
    return bool(x)


def __builtin_list(iterable=()):
    return list(iterable)


def __builtin_tuple(iterable=()):
    return tuple(iterable)


def __builtin_set(iterable=()):
    return set(iterable)


def __builtin_ord(c):
    return ord(c)


def __builtin_chr(i):
    return chr(i)


def __builtin_hex(number):
    return hex(number)


def __builtin_oct(number):
    return oct(number)


def __builtin_bin(number):
    return bin(number)


def __builtin_hash(obj):
    return hash(obj)


def __builtin_id(obj):
    return id(obj)


def __builtin_callable(obj):
    return callable(obj)


def __builtin_round(number, ndigits=None):
    if ndigits is None:
        return round(number)
    return round(number, ndigits)


def __builtin_divmod(a, b):
    return divmod(a, b)


def __builtin_pow(base, exp, mod=None):
    if mod is None:
        return pow(base, exp)
    return pow(base, exp, mod)


def __builtin_format(value, format_spec=""):
    return format(value, format_spec)


def __builtin_sum(iterable, start=0):
    return sum(iterable, start)


def __builtin_any(iterable):
    return any(iterable)


def __builtin_all(iterable):
    return all(iterable)


def __builtin_sorted(iterable, key=None, reverse=False):
    if key is None:
        return sorted(iterable, reverse=reverse)
    return sorted(iterable, key=key, reverse=reverse)


def __builtin_min(*args):
    return __min_star(args)


def __builtin_max(*args):
    return __max_star(args)


def __builtin_print(*args, sep=" ", end="\n", file=None):
    __print_star(args, sep, end, file)


def __builtin_input(prompt=""):
    return input(prompt)


# Builtins called with starred arguments (build/starred.rs): each helper gets the call's
# positional arguments as a list and its keywords, and does what the builtin does with them.


def __print_star(args, sep=" ", end="\n", file=None, flush=False):
    print(sep=sep, end="")  # CPython's TypeError for a `sep` that is no str or None
    text = (" " if sep is None else sep).join([str(a) for a in args])
    if file is None:
        print(text, end=end)
    else:
        print(text, end=end, file=file)


def __max_star(args):
    # With one argument, max iterates it.
    if len(args) == 1:
        return max(args[0])
    if not args:
        raise TypeError("max expected at least 1 argument, got 0")
    return max(args)


def __min_star(args):
    if len(args) == 1:
        return min(args[0])
    if not args:
        raise TypeError("min expected at least 1 argument, got 0")
    return min(args)


def __sum_star(args):
    if len(args) == 1:
        return sum(args[0])
    if len(args) == 2:
        return sum(args[0], args[1])
    if not args:
        raise TypeError("sum() takes at least 1 positional argument (0 given)")
    raise TypeError("sum() takes at most 2 arguments (" + str(len(args)) + " given)")


def __range_star(args):
    if len(args) == 1:
        return range(args[0])
    if len(args) == 2:
        return range(args[0], args[1])
    if len(args) == 3:
        return range(args[0], args[1], args[2])
    if not args:
        raise TypeError("range expected at least 1 argument, got 0")
    raise TypeError("range expected at most 3 arguments, got " + str(len(args)))


def __items_of(iterable):
    # An iterator over any iterable, also one of mixed type.
    for x in iterable:
        yield x


def __zip_star(args):
    # The list of the tuples CPython's zip would yield (it unpacks and iterates like the zip;
    # see README): each round takes the next item of every iterator, and the first that has
    # none ends it.
    its = [__items_of(a) for a in args]
    rows = []
    while its:
        row = []
        for it in its:
            for x in it:
                row.append(x)
                break
            else:
                return rows
        rows.append(tuple(row))
    return rows


def __dict_star(args, **kwargs):
    if len(args) > 1:
        raise TypeError("dict expected at most 1 argument, got " + str(len(args)))
    d = dict(args[0]) if args else {}
    for k in kwargs:
        d[k] = kwargs[k]
    return d


def __format_star(fmt, args, **kwargs):
    return __mesapy_format(fmt, args, kwargs)
