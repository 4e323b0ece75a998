"""Nominative form of a person's name: "Ламберто Дзанньером" → "Ламберто Дзанньер".

News names many foreign people whose names no dictionary holds, and the generic normalizer
then trusts pymorphy's guesses: "Гросси" became "Гросся", the nominative "Силуанов" a plural
"Силуаны". Here the name is read in three steps:

1. its case: nominative for a subject; else the case of the title noun it stands in apposition
   to ("министра … Маргуса Цахкны": genitive, as "министра" is); else the case of the words
   pymorphy knows as names; else the tagger's case. A nominative name is returned as written.
2. its gender: from the words pymorphy knows as names in that case, else the tagger's.
3. each word: a dictionary name word is inflected by pymorphy ("Юрия" → "Юрий"); any other word
   loses the case ending `data/name_endings.tsv` lists for that case and gender, or stays as it is
   (indeclinable "Гросси", a woman's "Каллас"). Hyphenated parts are read one by one
   ("Франку-Вальтеру" → "Франк-Вальтер"); lowercase particles ("де", "фон", "аль-") never change.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from natasha import MorphVocab
from spacy.tokens import Span, Token

from kg.nlp.ru.lexicons import rows
from kg.nlp.ru.names import is_name_reading

NOMINATIVE = "Nom"
MASCULINE, FEMININE = "Masc", "Fem"
ANY = "*"
NAMED_CLASSES = frozenset({"Organization", "Place"})   # Doc entity labels are ontology classes (entity_labels.tsv)
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
VOWELS = frozenset("аеёиоуыэюяaeiouy")


@dataclass(frozen=True)
class Ending:
    cases: frozenset[str]
    gender: str
    ending: str
    nominative: str
    stem: str          # consonant, vowel, * or the letters allowed before the ending

    def fits(self, word: str, case: str, gender: str) -> bool:
        if not self.cases & _same_form(case) or self.gender not in (ANY, gender) or not word.lower().endswith(self.ending):
            return False
        stem = word[:-len(self.ending)]
        if len(stem) < 2:
            return False
        last = stem[-1].lower()
        if self.stem in (ANY, "vowel", "consonant"):
            return self.stem == ANY or (self.stem == "vowel") == (last in VOWELS)
        return last in self.stem


def _same_form(case: str) -> frozenset[str]:
    """Cases a name may take after a noun in `case`: the accusative of a masculine person noun
    ("министра") is its genitive, so either form follows it."""
    return frozenset({"Gen", "Acc"}) if case in ("Gen", "Acc") else frozenset({case})


@cache
def endings() -> tuple[Ending, ...]:
    table = [Ending(frozenset(cases.split(",")), gender, ending, nominative, stem)
             for cases, gender, ending, nominative, stem in _padded(rows("name_endings.tsv"))]
    return tuple(sorted(table, key=lambda row: -len(row.ending)))


def _padded(table: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
    # an empty nominative ending is an empty cell, which the row reader may drop at the line's end
    return [tuple(row) if len(row) == 5 else (*row[:3], "", *row[3:]) for row in table]


def nominative_name(vocab: MorphVocab, span: Span) -> str:
    words = [token for token in span if not token.is_space]
    case = name_case(vocab, span)
    if case == NOMINATIVE:
        return span.text.strip()
    gender = _gender(vocab, words, case)
    parts = [_nominative_word(vocab, token.text, case, gender) + token.whitespace_ for token in words]
    return "".join(parts).strip()


def name_case(vocab: MorphVocab, span: Span) -> str:
    """The grammatical case the name stands in (UD name: Nom, Gen, …)."""
    tagged = span.root.morph.get("Case")
    if span.root.dep_ in SUBJECT_DEPS:    # "На посту руководителя организации Бокова должна …"
        return NOMINATIVE
    title = _title_before(span) or _title_in_apposition(span)
    if title is not None:
        return title.morph.get("Case")[0]
    known = [cases for token in span if (cases := _dictionary_name_cases(vocab, token))]
    shared = frozenset.intersection(*known) if known else frozenset()
    if shared and NOMINATIVE not in shared:        # "Маргуса", "Зухрой": never a nominative
        return tagged[0] if tagged and tagged[0] in shared else sorted(shared)[0]
    return tagged[0] if tagged else NOMINATIVE


def _title_in_apposition(span: Span) -> Token | None:
    """The person noun the parser hangs the name on ("высокий представитель ЕС по внешним
    отношениям … | Кая Каллас"), when words other than genitives stand between them."""
    head = span.root.head
    if span.root.dep_ == "appos" and head.i < span.start and _is_person_noun(head) and head.morph.get("Case"):
        return head
    return None


def _is_person_noun(token: Token) -> bool:
    """An animate common noun ("министра"; "Министром" capitalized and tagged PROPN), not a name."""
    return (token.pos_ in {"NOUN", "PROPN"} and not token.ent_type_
            and "Anim" in token.morph.get("Animacy"))


def _title_before(span: Span) -> Token | None:
    """The person noun the name directly follows, over the genitive words and names that complete
    it: "с Министром обороны Республики Армения | Давидом Тонояном" → "Министром". A person noun
    in the genitive may itself complete the title ("главе кабинета министров Киргизии Адылбеку")."""
    found = None
    for i in range(span.start - 1, span.sent.start - 1, -1):
        token = span.doc[i]
        cases = token.morph.get("Case")
        if _is_person_noun(token) and cases:
            if "Gen" not in cases:
                return token
            found = token
        elif not (token.ent_type_ in NAMED_CLASSES or token.pos_ == "PROPN"
                  or (token.pos_ in {"NOUN", "ADJ"} and "Gen" in cases)):
            break
    return found


def _dictionary_name_cases(vocab: MorphVocab, token: Token) -> frozenset[str]:
    """Cases of the singular name readings of a dictionary word in the gender the tagger gives it
    ("Кая" of a woman is not the genitive of "Кай"); empty for unknown words."""
    gender = token.morph.get("Gender")
    return frozenset(form.feats.get("Case", "") for form in _name_forms(vocab, token.text)
                     if not gender or form.feats.get("Gender") in (gender[0], None))


def _name_forms(vocab: MorphVocab, word: str) -> tuple:
    lower = word.lower()
    if not word[:1].isupper() or not vocab.word_is_known(lower):
        return ()
    return tuple(form for form in _forms(vocab, lower)
                 if is_name_reading(form) and form.feats.get("Number") == "Sing")


def _gender(vocab: MorphVocab, words: Sequence[Token], case: str) -> str:
    """The gender of the name words pymorphy knows in this case; else masculine when a word has a
    case ending only men's names take ("Наифа", genitive: a woman's name would end in -ы); else
    the tagger's."""
    tagged = next((token.morph.get("Gender")[0] for token in words if token.morph.get("Gender")), MASCULINE)
    for token in words:
        genders = {form.feats.get("Gender") for form in _name_forms(vocab, token.text)
                   if form.feats.get("Case") == case}
        if tagged in genders:
            return tagged
        if len(genders) == 1:
            return genders.pop() or tagged
    masculine_only = [row for row in endings() if row.gender == MASCULINE]
    if any(row.fits(part, case, MASCULINE) for token in words for part in token.text.split("-")
           if part[:1].isupper() for row in masculine_only):
        return MASCULINE
    return tagged


def _nominative_word(vocab: MorphVocab, word: str, case: str, gender: str) -> str:
    if "-" in word:
        return "-".join(_nominative_word(vocab, part, case, gender) for part in word.split("-"))
    if not word[:1].isupper():           # "де", "фон", "аль"
        return word
    known = _dictionary_nominative(vocab, word, case, gender)
    if known is not None:
        return known
    ending = next((row for row in endings() if row.fits(word, case, gender)), None)
    if ending is None:
        return word
    return word[:len(word) - len(ending.ending)] + ending.nominative


def _dictionary_nominative(vocab: MorphVocab, word: str, case: str, gender: str) -> str | None:
    for form in _name_forms(vocab, word):
        if form.feats.get("Case") == case and form.feats.get("Gender") in (gender, None):
            inflected = form.inflect({NOMINATIVE})
            if inflected is not None:
                return _shaped(inflected.word, word)
    return None


def _shaped(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


@cache
def _forms(vocab: MorphVocab, word: str) -> tuple:
    return tuple(vocab(word))
