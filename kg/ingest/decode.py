"""File bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy Cyrillic code page.

Legacy code pages (Windows-1251, KOI8-R, CP866, ISO 8859-5, Mac Cyrillic) are told apart by
charset-normalizer from how the decoded text reads, not by a guess; a file that two code pages
read equally well as different Russian texts, or that none reads as Russian, is refused with a
one-line reason (`kg.errors.InputError`), so mojibake never reaches the NLP stage.
"""
from __future__ import annotations

import codecs
import re

import charset_normalizer

from kg.errors import InputError

_SAMPLE = 8192                 # bytes inspected for binary content
_MAX_CONTROL_RATIO = 0.05      # text files have (almost) no control characters
_MIN_CYRILLIC_RATIO = 0.5      # a cp1251 reading must be mostly Cyrillic letters to be believed
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")   # not \t \n \v \f \r or ESC
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
CYRILLIC_CODE_PAGES = ["cp1251", "koi8_r", "cp866", "iso8859_5", "mac_cyrillic"]
_SAME_SCORE = 0.01             # charset-normalizer scores closer than this do not decide


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
    return legacy_cyrillic(data, f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start})")


def legacy_cyrillic(data: bytes, why_not_utf8: str) -> str:
    """The Russian text in a legacy code page, if exactly one reading of it is convincing."""
    readings = [match for match in charset_normalizer.from_bytes(data, cp_isolation=CYRILLIC_CODE_PAGES)
                if looks_russian(str(match))]
    if not readings:
        raise InputError(f"undecodable bytes: {why_not_utf8} and not Russian text in "
                         f"{', '.join(CYRILLIC_CODE_PAGES)}")
    best, text = readings[0], str(readings[0])
    rivals = [other.encoding for other in readings[1:] if str(other) != text
              and abs(other.chaos - best.chaos) < _SAME_SCORE and abs(other.coherence - best.coherence) < _SAME_SCORE]
    if rivals:
        raise InputError(f"cannot tell the encoding: {best.encoding} and {rivals[0]} read it equally well "
                         "as different texts; convert the file to UTF-8")
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
