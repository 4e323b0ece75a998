"""Nominative form of a multi-word name, guided by the dependency tree (after natasha's
`syntax_normalize`, natasha/norm.py, but reading spaCy tokens).

Only the span's head words and the words agreeing with them change: in "Антинаркотической
стратегии ШОС на 2024-2029 годы" the head "стратегии" and its adjective become nominative while
the dependents "ШОС", "на 2024-2029 годы" keep their form. Parts of a name joined by `flat`
("Касым-Жомарта Токаева") agree with the head and are inflected too.

Three repairs on top of that:
* a counted noun follows its numeral: "трем силам зла" → "три силы зла" (numerals.tsv says
  which numerals take the genitive singular and which the genitive plural);
* the parser sometimes makes a leading adjective the head and hangs the noun under it
  ("транснациональной организованной преступности"); leading modifiers that agree with the
  first noun in number and gender are read as that noun's modifiers;
* words of a person's name take a name reading even when the tagger got the gender wrong
  ("Зухрой Муртазиной", tagged masculine, → "Зухра Муртазина").
"""
from __future__ import annotations

from functools import cache, lru_cache

from natasha import MorphVocab
from natasha.norm import normal_word, select_form
from natasha.shape import recover_shape
from spacy.tokens import Span, Token

from kg.nlp.base import Language
from kg.nlp.ru.lexicons import rows
from kg.nlp.ru.names import is_name_reading
from kg.nlp.ru.person_names import nominative_name

PERSON = Language.PERSON
INFLECTED_POS = frozenset({"PROPN", "NOUN", "ADJ", "VERB", "NUM"})
AGREEING_POS = frozenset({"ADJ", "VERB", "DET"})    # VERB: participles ("обновляемой")
AGREEING_DEPS = frozenset({"amod", "det", "nummod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
NOMINATIVE = frozenset({"Nom"})
DIRECT_CASES = frozenset({"Nom", "Acc"})   # after these a numeral already governs the right form
COUNTED_FORMS = {"paucal": frozenset({"Gen", "Sing"}), "many": frozenset({"Gen", "Plur"})}
COUNTED_MODIFIER = frozenset({"Gen", "Plur"})      # "трех крупных стран": adjectives go plural


@cache
def numeral_classes() -> dict[str, str]:
    """numeral lemma → "paucal" or "many" (data/numerals.tsv)."""
    return {lemma: kind for lemma, kind in rows("numerals.tsv")}


def normalize(vocab: MorphVocab, span: Span) -> str:
    if _is_person_name(span):
        return nominative_name(vocab, span)
    agreeing = _agreeing_tokens(span)
    targets = _counted_targets(span, agreeing)
    parts = []
    for token in span:
        word = _inflected(vocab, token, targets.get(token.i, NOMINATIVE)) if token.i in agreeing else token.text
        parts.append(word + token.whitespace_)
    return "".join(parts).strip()


def _is_person_name(span: Span) -> bool:
    words = [token for token in span if not token.is_space]
    return bool(words) and all(token.ent_type_ == PERSON for token in words)


def _agreeing_tokens(span: Span) -> set[int]:
    """Indices of the span's heads and of the tokens that agree with them, transitively."""
    heads = [token for token in span if not span.start <= token.head.i < span.end or token.head == token]
    heads = [token for token in heads if not token.is_space]
    # a noun with its preposition inside the span is a dependent the parser hung outside
    # («Договор о … союзе был подписан»: «союзе» hangs on the verb), not a head to put in the nominative
    heads = [token for token in heads if not _governed_inside(token, span)] or heads
    # a genitive after the span's first head is its dependent the parser hung outside («заседание
    # Высшего … совета» with «совета» on a noun before the span), not a head to put in the nominative
    heads = heads[:1] + [token for token in heads[1:] if "Gen" not in token.morph.get("Case")]
    agreeing, stack = set(), heads + _noun_under_leading_modifier(span, heads)
    while stack:
        token = stack.pop()
        agreeing.add(token.i)
        stack.extend(child for child in token.children
                     if span.start <= child.i < span.end and _agrees_with_head(child))
    return agreeing


def _governed_inside(token: Token, span: Span) -> bool:
    return any(c.dep_ == "case" and span.start <= c.i < token.i for c in token.children)


def _agrees_with_head(token: Token) -> bool:
    if "Inf" in token.morph.get("VerbForm"):      # «стремление Ирана вступить в ШОС»: an infinitive stays
        return False
    return (token.pos_ in AGREEING_POS or token.dep_.startswith("flat")
            or (token.pos_ == "NUM" and token.dep_ == "nummod"))


def _noun_under_leading_modifier(span: Span, heads: list[Token]) -> list[Token]:
    """The first noun, with its leading modifiers, when the parser made one of those modifiers a head."""
    modifiers = []
    for token in span:
        if token.pos_ in NOUN_POS:
            leading_head = any(m in heads for m in modifiers)
            if leading_head and all(_same_number_and_gender(m, token) for m in modifiers):
                return [token, *modifiers]
            return []
        if token.pos_ not in AGREEING_POS:
            return []
        modifiers.append(token)
    return []


def _same_number_and_gender(modifier: Token, noun: Token) -> bool:
    number = noun.morph.get("Number")
    gender = noun.morph.get("Gender") if number != ["Plur"] else []
    return (not number or modifier.morph.get("Number") == number) and (
        not gender or modifier.morph.get("Gender") == gender)


def _counted_targets(span: Span, agreeing: set[int]) -> dict[int, frozenset[str]]:
    """Grammemes for nouns counted by an oblique numeral ("трем силам") and for their modifiers."""
    targets: dict[int, frozenset[str]] = {}
    for numeral in (token for token in span if token.i in agreeing and token.dep_ == "nummod"):
        kind = numeral_classes().get(numeral.lemma_.lower())
        noun = numeral.head
        if kind is None or noun.i not in agreeing or DIRECT_CASES & set(numeral.morph.get("Case")):
            continue
        targets[noun.i] = COUNTED_FORMS[kind]
        gender = noun.morph.get("Gender")
        targets[numeral.i] = NOMINATIVE | set(gender[:1])     # "двум странам" → "две страны"
        for modifier in noun.children:
            if modifier.i in agreeing and modifier.dep_ in AGREEING_DEPS - {"nummod"}:
                targets[modifier.i] = COUNTED_MODIFIER
    return targets


def _inflected(vocab: MorphVocab, token: Token, grammemes: frozenset[str]) -> str:
    if token.pos_ not in INFLECTED_POS:
        return token.text
    return _inflected_word(vocab, token.text, token.pos_, tuple(token.morph.to_dict().items()),
                           token.ent_type_ == PERSON, grammemes)


@lru_cache(maxsize=1 << 15)   # the same words recur across mentions and articles; pymorphy's lexemes cost
def _inflected_word(vocab: MorphVocab, text: str, pos: str, morph: tuple[tuple[str, str], ...], person: bool,
                    grammemes: frozenset[str]) -> str:
    """The form of a word (`text` tagged `pos` with features `morph`, read as a person's name if
    `person`) with `grammemes`: all `_inflected` reads of its token, so it can be remembered."""
    feats = dict(morph)
    forms = vocab(normal_word(text))
    if person and feats.get("Case") == "Nom":
        feats = _case_of_name(forms, feats)
    if grammemes == NOMINATIVE and feats.get("Case") == "Nom":
        return text
    form = _select_form(forms, pos, person, feats)
    inflected = form and (form.inflect(set(grammemes)) or form.inflect(set(NOMINATIVE)))
    if inflected:
        inflected = _closest(form, inflected, normal_word(text))
    return recover_shape(normal_word(inflected.word), text) if inflected else text


def _closest(form, inflected, original: str):
    """Of the lexeme's forms with the inflected grammemes, the one nearest the original: pymorphy
    inflects the superlative "Высшего" to "высочайший" as readily as to "высший"."""
    same = [f for f in form.lexeme if all(f.feats.get(key) == value for key, value in inflected.feats.items())]
    return max(same, key=lambda f: _common_prefix(f.word, original), default=inflected) \
        if _common_prefix(inflected.word, original) < len(original) - 3 else inflected


def _common_prefix(first: str, second: str) -> int:
    return next((i for i, (a, b) in enumerate(zip(first, second)) if a != b), min(len(first), len(second)))


def _select_form(forms: list, pos: str, person: bool, feats: dict[str, str]):
    """pymorphy's parse agreeing with the tagger (`pos`, `feats`; `person`: a word of a person's
    name); slovnet tags participles ADJ, pymorphy VERB."""
    form = select_form(forms, pos, feats)
    if form is None and pos == "ADJ":
        participles = [form for form in forms if form.feats.get("VerbForm") == "Part"]
        form = select_form(participles, "VERB", feats)
    if form is None and pos == "NUM":
        form = next((f for f in forms if f.pos == "NUM" and f.feats.get("Case") == feats.get("Case")), None)
    if form is None and person:
        form = _name_form(forms, feats)
    if form is None and pos == "NOUN":        # common gender ("главой", "судьи"): pymorphy gives none
        form = next((f for f in forms if f.pos == "NOUN" and f.feats.get("Case") == feats.get("Case")
                     and f.feats.get("Number") == feats.get("Number") and "Gender" not in f.feats), None)
    return form


def _case_of_name(forms: list, feats: dict[str, str]) -> dict[str, str]:
    """The tagger calls a name nominative by default; a name pymorphy knows only in oblique
    cases ("Зухрой": instrumental) is not nominative, so its first name reading's case wins."""
    names = [form for form in forms if is_name_reading(form)]
    if not names or any(form.feats.get("Case") == "Nom" for form in names):
        return feats
    return {**feats, "Case": names[0].feats["Case"], "Number": names[0].feats.get("Number", "Sing")}


def _name_form(forms: list, feats: dict[str, str]):
    """A first-name/surname/patronymic reading in the tagged case and number, whatever its gender."""
    return next((form for form in forms if is_name_reading(form)
                 and form.feats.get("Case") == feats.get("Case")
                 and form.feats.get("Number") == feats.get("Number")), None)
