"""Nominative form of a multi-word name, guided by the dependency tree (after natasha's
`syntax_normalize`, natasha/norm.py, but reading spaCy tokens).

Only the span's head words and the words agreeing with them change: in "Антинаркотической
стратегии ШОС на 2024-2029 годы" the head "стратегии" and its adjective become nominative while
the dependents "ШОС", "на 2024-2029 годы" keep their form. Parts of a name joined by `flat`
("Касым-Жомарта Токаева") agree with the head and are inflected too.
"""
from __future__ import annotations

from natasha import MorphVocab
from natasha.norm import normal_word, select_form
from natasha.shape import recover_shape
from spacy.tokens import Span, Token

INFLECTED_POS = frozenset({"PROPN", "NOUN", "ADJ", "VERB"})
AGREEING_POS = frozenset({"ADJ", "VERB", "DET"})    # VERB: participles ("обновляемой")


def normalize(vocab: MorphVocab, span: Span) -> str:
    agreeing = _agreeing_tokens(span)
    parts = []
    for token in span:
        word = _nominative(vocab, token) if token.i in agreeing else token.text
        parts.append(word + token.whitespace_)
    return "".join(parts).strip()


def _agreeing_tokens(span: Span) -> set[int]:
    """Indices of the span's heads and of the tokens that agree with them, transitively."""
    heads = [token for token in span if not span.start <= token.head.i < span.end or token.head == token]
    agreeing, stack = set(), [token for token in heads if not token.is_space]
    while stack:
        token = stack.pop()
        agreeing.add(token.i)
        stack.extend(child for child in token.children
                     if span.start <= child.i < span.end and _agrees_with_head(child))
    return agreeing


def _agrees_with_head(token: Token) -> bool:
    return token.pos_ in AGREEING_POS or token.dep_.startswith("flat")


def _nominative(vocab: MorphVocab, token: Token) -> str:
    feats = token.morph.to_dict()
    if token.pos_ not in INFLECTED_POS or feats.get("Case") == "Nom":
        return token.text
    form = _select_form(vocab(normal_word(token.text)), token.pos_, feats)
    inflected = form.inflect({"Nom"}) if form else None
    return recover_shape(normal_word(inflected.word), token.text) if inflected else token.text


def _select_form(forms: list, pos: str, feats: dict[str, str]):
    """pymorphy's parse agreeing with the tagger; slovnet tags participles ADJ, pymorphy VERB."""
    form = select_form(forms, pos, feats)
    if form is None and pos == "ADJ":
        participles = [form for form in forms if form.feats.get("VerbForm") == "Part"]
        form = select_form(participles, "VERB", feats)
    return form
