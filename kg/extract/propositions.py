"""What is supported, called for or proposed when the text names no document or event: the noun
phrase itself («выступает за выпуск совместных облигаций», «поддерживает присоединение Азербайджана
к ШОС», «призвал создать Банк развития ШОС»).

A frame role with `phrase: <class>` (frames.yml) falls back on this when none of its argument paths
reaches a mention: the first path that reaches a common noun or a verb gives the phrase headed by
it, one per coordinated head, as a mention of that class.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.arguments import tokens
from kg.extract.context import ExtractContext
from kg.extract.mentions import Found
from kg.extract.phrases import cut_children
from kg.extract.spans import mention, subtree_span
from kg.extract.tree import Reach, preposition

HEADS = {"NOUN", "VERB"}
# branches that are no part of what is proposed: its own subject, manner and time («как можно скорее»,
# and an oblique time noun from frames.yml `time_nouns`: «в ближайшее время»)
OUTSIDE = {"nsubj", "advmod", "obl:tmod", "mark", "cc", "discourse"}
KIND = "phrase"


def phrase_fillers(paths: tuple[str, ...], trigger, role, words: dict, ctx: ExtractContext) -> list[Found]:
    """Phrases headed by the tokens the first fruitful path reaches (see the module docstring)."""
    slot = role.slot if isinstance(role.slot, tuple) else ()
    reach = Reach(words, ctx.lang, slot, trigger.frame.transitive)
    for path in paths:
        heads = [h for h in tokens(path, trigger.token, reach) if _heads_phrase(h, trigger.token, words)]
        if heads:
            items = [c for h in heads for c in (h, *h.conjuncts, *_repeated(h, slot))]
            expanded = [h for h in dict.fromkeys(items) if _heads_phrase(h, trigger.token, words)]
            return [_found(_span(h, words, slot), role.phrase, ctx) for h in expanded]
    return []


def _repeated(head: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """«за выпуск облигаций, за создание инфраструктуры»: a word below the head with the role's own
    preposition starts the next item (the parser hangs it on the previous one)."""
    return [t for t in head.subtree if t != head and prepositions and preposition(t) in prepositions]


def _heads_phrase(token: Token, trigger: Token, words: dict) -> bool:
    """A common noun or a verb that names no entity itself (names are the mentions' business), is no
    pronoun's stand-in («такой вариант», «свою кандидатуру»: said elsewhere) and no relation kept up
    («поддерживает отношения», frames.yml `not_propositions`)."""
    anaphoric = any(c.dep_ in {"det", "nmod:poss"} and c.pos_ in {"DET", "PRON"} for c in token.children)
    return (token != trigger and token.pos_ in HEADS and not token.ent_type_ and not anaphoric
            and token.lemma_.lower() not in words["not_propositions"])


def _span(head: Token, words: dict, prepositions: tuple[str, ...] = ()) -> Span:
    excluded = cut_children(head) + [c for c in head.children if c.dep_ in OUTSIDE
                                      or (c.dep_ == "obl" and c.lemma_.lower() in words["time_nouns"])]
    return subtree_span(head, excluded + _repeated(head, prepositions))


def _found(span: Span, label: str, ctx: ExtractContext) -> Found:
    found = mention(span, label, ctx)
    if span.root.pos_ == "VERB":          # «создать Банк развития»: a deed, said as the text says it
        found = replace(found, normal=span.text)
    first = span[0]
    if first.i == first.sent.start and first.pos_ != "PROPN":    # «Нанесение ударов поддержали …»
        found = replace(found, normal=found.normal[:1].lower() + found.normal[1:])
    return Found(span, found, KIND)
