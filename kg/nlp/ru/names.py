"""Lemmas of personal names.

pymorphy2's best guess for an unknown surname is often a common word: "Токаев" is read as the
genitive plural of "токай" (a wine). Inside a PER entity we know the word is a name, so we prefer
pymorphy's parses tagged as first name / surname / patronymic that agree with the case and number
slovnet assigned; a name slovnet tagged nominative is already its own lemma.
"""
from __future__ import annotations

from functools import lru_cache

from natasha import MorphVocab

NAME_GRAMMEMES = ("Surn", "Name", "Patr")
AGREEMENT = ("Case", "Number", "Gender")


def person_lemma(vocab: MorphVocab, word: str, feats: dict[str, str]) -> str | None:
    """The lemma of `word` read as a personal name, or None when the name reading gives nothing."""
    for form in _forms(vocab, word.lower()):
        if is_name_reading(form) and _agrees(form.feats, feats):
            return form.normal
    if feats.get("Case") == "Nom":
        return word.lower()
    return None


def is_name_reading(form) -> bool:
    """A pymorphy parse as a first name, surname or patronymic."""
    return any(grammeme in form.tag for grammeme in NAME_GRAMMEMES)


def _agrees(candidate: dict[str, str], observed: dict[str, str]) -> bool:
    return all(observed.get(key) in (None, candidate.get(key)) for key in AGREEMENT)


def is_common_noun(vocab: MorphVocab, word: str) -> bool:
    """A dictionary noun for a person, with no name reading ("император", "премьер"; not "Лев",
    "Роза", nor the inanimate "ар" of "Ар Келли")."""
    forms = _forms(vocab, word.lower())
    return bool(forms) and all(form.pos == "NOUN" and "anim" in form.tag and vocab.word_is_known(word.lower())
                               and not any(g in form.tag for g in NAME_GRAMMEMES + ("Geox", "Orgn"))
                               for form in forms)


@lru_cache(maxsize=65536)
def _forms(vocab: MorphVocab, word: str) -> tuple:
    # Names recur through an article and a corpus; pymorphy's dictionary walk is the cost here.
    return tuple(vocab(word))
