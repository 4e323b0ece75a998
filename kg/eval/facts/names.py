"""Comparable forms of names: normalized spelling, and the rule for two names of one person."""
from __future__ import annotations

import re
from collections.abc import Sequence

_QID = re.compile(r"Q\d+")
_QUOTES = re.compile(r"[«»“”„‟\"'‘’‚‛`]")
_DASH = re.compile(r"\s*[‐‑‒–—―−-]\s*")     # any dash, with the spaces around it
_SPACE = re.compile(r"\s+")


def normalize(name: str) -> str:
    """Case, ё/е, quotes, dashes and whitespace folded: «Шанхайская  пятёрка» → шанхайская пятерка."""
    folded = _QUOTES.sub("", name).casefold().replace("ё", "е")
    return _SPACE.sub(" ", _DASH.sub("-", folded)).strip()


def is_qid(name: str) -> bool:
    return _QID.fullmatch(name.strip()) is not None


def same_person(gold: Sequence[str], predicted: Sequence[str]) -> bool:
    """Whether two person names (lemmatized words) can name one person.

    Gold writes a person as "Имя [Отчество] Фамилия", so its last word is the surname. The names
    match when the predicted name contains that surname (in any position: "Масадыков Таалатбек"),
    and the other words are compatible: when both names have any, every word of the shorter side
    equals a word of the other or is its initial ("В." for "Владимир"). So "Путин" and "Владимир
    Владимирович Путин" match "Владимир Путин"; "Дмитрий Путин" and "Владимир" do not.
    """
    if not gold or not predicted or _is_initial(gold[-1]):
        return False
    surname, others = gold[-1], list(predicted)
    if surname not in others:
        return False
    others.remove(surname)
    given = list(gold[:-1])
    if not given or not others:
        return True
    shorter, longer = sorted((given, others), key=len)
    return all(any(_compatible(word, other) for other in longer) for word in shorter)


def _is_initial(word: str) -> bool:
    return len(word) == 1


def _compatible(first: str, second: str) -> bool:
    if _is_initial(first) or _is_initial(second):
        return first[0] == second[0]
    return first == second
