"""Named entities: natasha's NER spans, cut as NEREL cuts them, plus names it missed.

slovnet tags "ШОС" as ORG in most sentences but not in every context. An all-caps abbreviation
names the same thing throughout an article, so an untagged occurrence gets the label the NER gave
it elsewhere in the same text, or the label from a small lexicon of unambiguous abbreviations.
Common nouns NEREL counts as organizations ("полиция", "правительство") come from a word list;
names NEREL never counts as entities ("СМИ", "Twitter") are dropped.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cache

from natasha import NewsNERTagger
from razdel.substring import Substring

from kg.nlp.ru.lexicons import rows, words
from kg.nlp.ru.spans import tidy

Entity = tuple[int, int, str]      # (start char, end char, label)
ORGANIZATION = "ORG"


@cache
def abbreviation_lexicon() -> dict[str, str]:
    return {abbreviation: label for abbreviation, label in rows("abbreviation_labels.tsv")}


def recognize(tagger: NewsNERTagger, text: str, tokens: list[Substring]) -> list[Entity]:
    if not text.strip():
        return []
    tagged = tidy([(span.start, span.stop, span.type) for span in tagger(text).spans], text)
    found = [entity for entity in tagged if text[entity[0]:entity[1]] not in words("not_entities.tsv")]
    found += _missed_abbreviations(text, tokens, found)
    return sorted(found + _organization_words(tokens, found))


def without_leading_titles(entities: list[Entity], ends: dict[int, int], text: str,
                           is_title: Callable[[str], bool]) -> list[Entity]:
    """Person spans without a title word the NER swept in: "Император Акихито" → "Акихито",
    "Папа Франциск" → "Франциск". `ends` maps each token start to its end; `is_title` tells a
    common noun (no name reading) from a name."""
    trimmed = []
    for start, end, label in entities:
        while label == "PER" and start in ends and ends[start] < end and is_title(text[start:ends[start]]):
            start = ends[start]
            start += len(text[start:end]) - len(text[start:end].lstrip(" -"))
        trimmed.append((start, end, label))
    return trimmed


def is_abbreviation(word: str) -> bool:
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _missed_abbreviations(text: str, tokens: list[Substring], found: list[Entity]) -> list[Entity]:
    labels = {**abbreviation_lexicon(), **_labels_seen(text, found)}
    covered = _covered_chars(found)
    return [(token.start, token.stop, labels[token.text]) for token in tokens
            if token.text in labels and is_abbreviation(token.text) and token.start not in covered]


def _organization_words(tokens: list[Substring], found: list[Entity]) -> list[Entity]:
    covered = _covered_chars(found)
    return [(token.start, token.stop, ORGANIZATION) for token in tokens
            if token.text.lower() in words("organization_words.tsv") and token.start not in covered]


def _labels_seen(text: str, found: list[Entity]) -> dict[str, str]:
    """The label the NER gave most often to each abbreviation tagged alone in this text."""
    votes: dict[str, Counter] = {}
    for start, end, label in found:
        if is_abbreviation(text[start:end]):
            votes.setdefault(text[start:end], Counter())[label] += 1
    return {word: counter.most_common(1)[0][0] for word, counter in votes.items()}


def _covered_chars(found: list[Entity]) -> set[int]:
    return {char for start, end, _ in found for char in range(start, end)}
