"""Entity spans cut the way NEREL draws them.

slovnet tags tokens, so a name running into a gloss comes out as one span: "Томас Шефер (Thomas
Schäfer)", "Фонда борьбы с коррупцией (ФБК)", or across a line break from a headline into the
text. NEREL annotates each name separately, without brackets, quotes or dashes around it, and a
company without its legal form ("ЗАО «Медиа-Мост»" → "Медиа-Мост").
"""
from __future__ import annotations

import re

from kg.nlp.ru.lexicons import words

Entity = tuple[int, int, str]      # (start char, end char, label)

# a line break or a bracket separates two names (and a comma inside brackets, see _names); so do
# the slashes TASS puts around an abbreviation ("структуры /РАТС/ ШОС", "нефти /ОПЕК/")
_SEPARATOR = re.compile(r"\n|[()]|(?<=\s)/(?=[A-ZА-ЯЁ]{2,}/)|(?<=[A-ZА-ЯЁ])/(?=[\s.,;:]|$)")
_EDGE = " \t.,;:—–-"
_QUOTES = {"«": "»", "\"": "\"", "“": "”", "„": "“"}
_QUOTED = re.compile(r"«([^«»]+)»|\"([^\"]+)\"")
# initials before a surname: "В. М. Шукшина", "Дж.Коми", "К.-Ж.К.Токаев"; NEREL's person span includes them
_INITIALS = re.compile(r"(?:\b[А-ЯЁA-Z][а-яёa-z]?\.[ -]?)+$")


def tidy(entities: list[Entity], text: str) -> list[Entity]:
    pieces = [_with_initials(piece, text) for entity in entities for piece in _pieces(entity, text)]
    return [piece for piece in pieces if not any(_inside(piece, other) for other in pieces)]


def _with_initials(entity: Entity, text: str) -> Entity:
    start, end, label = entity
    initials = _INITIALS.search(text, max(0, start - 12), start) if label == "PER" else None
    return (initials.start(), end, label) if initials else entity


def _inside(entity: Entity, other: Entity) -> bool:
    """Strictly inside: "Дж" tagged alone within "Дж.Коми"."""
    return entity != other and other[0] <= entity[0] and entity[1] <= other[1]


def _pieces(entity: Entity, text: str) -> list[Entity]:
    start, end, label = entity
    if _SEPARATOR.search(text, start, end) is None:
        return [_without_legal_form(_trimmed(start, end, text), label, text)]
    pieces, cursor = [], start
    inside = False
    for match in _SEPARATOR.finditer(text, start, end):
        pieces += _names(cursor, match.start(), label, text, inside)
        inside = match.group() == "("
        cursor = match.end()
    return pieces + _names(cursor, end, label, text, inside)


def _names(start: int, end: int, label: str, text: str, inside_brackets: bool) -> list[Entity]:
    """The names between two separators; inside brackets, a comma lists several."""
    bounds = [(start, end)]
    if inside_brackets:
        bounds = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^,]+", text[start:end])]
    trimmed = (_trimmed(s, e, text) for s, e in bounds)
    return [(s, e, label) for s, e in trimmed if _is_name(text[s:e])]


def _trimmed(start: int, end: int, text: str) -> tuple[int, int]:
    """Without punctuation around; a quote stays when its pair is inside, or right after the end
    (the NER often stops before the closing quote of «РИА "Новости"»)."""
    while True:
        before = (start, end)
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        start, end = _balanced(start, end, text)
        if (start, end) == before:
            return start, end


def _balanced(start: int, end: int, text: str) -> tuple[int, int]:
    """One step towards paired quotes: drop an unpaired edge quote or take in the closing one."""
    for opening, closing in _QUOTES.items():
        inner = text[start:end]
        if opening == closing:
            unclosed = inner.count(opening) % 2 == 1
            unopened = unclosed and not inner.startswith(opening)
        else:
            unclosed = inner.count(opening) > inner.count(closing)
            unopened = inner.count(closing) > inner.count(opening)
        if unclosed and inner.startswith(opening):
            return start + 1, end
        if unopened and inner.endswith(closing):
            return start, end - 1
        if unclosed and text[end:end + 1] == closing:
            return start, end + 1
    return start, end


def _is_name(piece: str) -> bool:
    """A name has a capital letter or a caseless (CJK) one: "(справа)" is not a name."""
    return any(char.isalpha() and not char.islower() for char in piece)


def _without_legal_form(bounds: tuple[int, int], label: str, text: str) -> Entity:
    start, end = bounds
    quoted = _QUOTED.search(text, start, end)
    if (label == "ORG" and quoted is not None and quoted.end() == end
            and _is_legal_form(text[start:quoted.start()])):
        group = 1 if quoted.group(1) is not None else 2
        return quoted.start(group), quoted.end(group), label
    return start, end, label


def _is_legal_form(prefix: str) -> bool:
    tokens = prefix.split()
    return bool(tokens) and all(token in words("legal_forms.tsv") for token in tokens)
