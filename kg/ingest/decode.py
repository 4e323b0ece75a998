"""File bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1251 Russian.

Anything else is refused with a one-line reason (`kg.errors.InputError`) rather than guessed,
so mojibake never reaches the NLP stage.
"""
from __future__ import annotations

import codecs
import re

from kg.errors import InputError

_SAMPLE = 8192                 # bytes inspected for binary content
_MAX_CONTROL_RATIO = 0.05      # text files have (almost) no control characters
_MIN_CYRILLIC_RATIO = 0.5      # a cp1251 reading must be mostly Cyrillic letters to be believed
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")   # not \t \n \v \f \r or ESC
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode(data: bytes) -> str:
    """The text of a file's bytes; raises InputError for empty, binary or undecodable files."""
    if not data.strip():
        raise InputError("empty file")
    if data.startswith(_UTF16_BOMS):
        return _strict(data, "utf-16")
    _reject_binary(data[:_SAMPLE])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        utf8_error = error
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:   # 0x98 is the one byte cp1251 leaves undefined
        text = ""
    if not looks_russian(text):
        raise InputError(f"undecodable bytes: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
                         "and not Windows-1251 Russian text")
    return text


def looks_russian(text: str) -> bool:
    """Most letters are Cyrillic: what a correct cp1251 reading of Russian text gives."""
    letters = [char for char in text if char.isalpha()]
    cyrillic = sum("\u0400" <= char <= "\u04ff" for char in letters)
    return bool(letters) and cyrillic / len(letters) >= _MIN_CYRILLIC_RATIO


def _reject_binary(sample: bytes) -> None:
    if b"\x00" in sample:
        raise InputError("binary file (contains NUL bytes)")
    if len(_CONTROL.findall(sample)) / len(sample) > _MAX_CONTROL_RATIO:
        raise InputError("binary file (too many control characters)")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"undecodable bytes: not valid {encoding} ({error.reason} at byte {error.start})") from None
