"""Sentence boundaries for Russian: razdel's sentences, corrected for news-page layout.

Two corrections: a line break always ends a sentence (headlines, bylines and list items carry no
final punctuation, and razdel would glue them to the next line), and a sentence razdel ends
right after an abbreviation ("3 апр." | "2024 г.") continues when the next part starts with a digit
or a lowercase letter.
"""
from __future__ import annotations

import razdel
from razdel.substring import Substring

from kg.nlp.ru.lexicons import words

Group = list[Substring]            # the tokens of one sentence


def abbreviations() -> frozenset[str]:
    return words("sentence_abbreviations.tsv")


def sentences(text: str, tokens: list[Substring]) -> list[Group]:
    """`tokens` (razdel's, in order) grouped into sentences."""
    groups = _razdel_groups(text, tokens)
    groups = _merge_after_abbreviations(text, groups)
    return [part for group in groups for part in _split_at_line_breaks(text, group)]


def _razdel_groups(text: str, tokens: list[Substring]) -> list[Group]:
    ends = [sentence.stop for sentence in razdel.sentenize(text)] if text else []
    groups: list[Group] = []
    current: Group = []
    sentence = 0
    for token in tokens:
        while sentence < len(ends) and token.start >= ends[sentence]:
            sentence += 1
            if current:
                groups.append(current)
                current = []
        current.append(token)
    if current:
        groups.append(current)
    return groups


def _merge_after_abbreviations(text: str, groups: list[Group]) -> list[Group]:
    merged: list[Group] = []
    for group in groups:
        if merged and _continues(text, merged[-1], group):
            merged[-1] = merged[-1] + group
        else:
            merged.append(group)
    return merged


def _continues(text: str, previous: Group, following: Group) -> bool:
    if len(previous) < 2 or previous[-1].text != "." or "\n" in _gap(text, previous[-1], following[0]):
        return False
    first_char = following[0].text[0]
    return previous[-2].text.lower() in abbreviations() and (first_char.isdigit() or first_char.islower())


def _split_at_line_breaks(text: str, group: Group) -> list[Group]:
    parts: list[Group] = [[group[0]]]
    for previous, token in zip(group, group[1:]):
        if "\n" in _gap(text, previous, token):
            parts.append([token])
        else:
            parts[-1].append(token)
    return parts


def _gap(text: str, left: Substring, right: Substring) -> str:
    return text[left.stop:right.start]
