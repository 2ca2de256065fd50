"""The exceptions govreport raises, as one small tree.

    GovreportError
    ├── InputError            a file cannot be read as a document (the batch goes on)
    │   ├── EmptyInput        zero bytes, or nothing but white space
    │   ├── BinaryInput       bytes that are no text and no supported format
    │   ├── TruncatedInput    a PDF, DOCX or archive cut short
    │   ├── UndecodableInput  text in no encoding we can read with confidence
    │   ├── TooLargeInput     larger than the configured limit
    │   └── UnsupportedInput  a format we recognise but do not read
    └── ConfigError           a setting or option with a bad value

Every message names the file and says what the user can do about it.
"""

from __future__ import annotations

import re


def shown(name: str) -> str:
    """A file name fit for one line of output: a newline or other control character in it
    is written as its escape (a\\nb), so an error line stays one line."""
    return re.sub(r"[\x00-\x1f\x7f\u2028\u2029]", lambda m: m.group().encode("unicode_escape").decode("ascii"), name)


class GovreportError(Exception):
    """Base class of every error govreport raises on purpose."""


class InputError(GovreportError):
    """A file cannot be read as a document."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{shown(source)}: {problem}")

    def __reduce__(self):  # keep the two fields when a worker process sends the error back
        return (type(self), (self.source, self.problem))


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class TruncatedInput(InputError):
    pass


class UndecodableInput(InputError):
    pass


class TooLargeInput(InputError):
    pass


class UnsupportedInput(InputError):
    pass


class ConfigError(GovreportError):
    pass
