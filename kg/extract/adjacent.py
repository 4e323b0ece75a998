"""The `adjacent` extractor: facts from two mentions side by side, as listed in `adjacent.yml`.

"МВД России" → the ministry's country is Russia; "американскую Monsanto" → the company's country is
the USA; "Администрации Уфы" → the administration sits in Ufa (headquarteredIn: a seat is a city). Word order alone decides, so each pattern names the labels,
the exact tokens between the two mentions and, where needed, the case of the right one.

A mention inside a list ("в Москве, Казани и Уфе") is no container of its neighbour: a pair with
a list item on either side is skipped.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from kg.extract.context import ExtractContext
from kg.extract.mentions import Found, index_mentions
from kg.extract.spans import mention, provenance
from kg.extract.post_context import is_igo
from kg.extract.states import is_state_name
from kg.resources import load_yaml
from kg.types import Candidate

NAMED_KINDS = {"entity", "state"}
CONTINUATION_POS = {"NOUN", "PROPN", "ADJ"}


@dataclass(frozen=True)
class Pattern:
    id: str
    left: frozenset[str]
    right: frozenset[str]
    between: tuple[str, ...]
    subject: str                 # "left" or "right"
    predicate: str
    right_case: str | None = None
    name: str | None = None      # "whole": the subject's name spans both mentions
    right_capitalized: bool = False
    right_state: bool | None = None   # the right mention must (True) or must not (False) name a state


@cache
def load_patterns(lang: str) -> tuple[Pattern, ...]:
    return tuple(Pattern(p["id"], frozenset(p["left"]), frozenset(p["right"]), tuple(p["between"]),
                         p["subject"], p["predicate"], p.get("right_case"), p.get("name"),
                         p.get("right_capitalized", False), p.get("right_state"))
                 for p in load_yaml("extract", "adjacent.yml", lang)["patterns"])


class AdjacentExtractor:
    name = "adjacent"

    def __call__(self, doc: Doc, ctx: ExtractContext) -> Iterator[Candidate]:
        index = index_mentions(doc, ctx)
        named = [f for f in index.found if f.kind in NAMED_KINDS]
        starts = {f.span.start: f for f in named}
        joiners = frozenset(load_yaml("extract", "adjacent.yml", ctx.lang)["list_joiners"])
        for pattern in load_patterns(ctx.lang):
            for left in named:
                right = _right_neighbour(left, pattern, starts)
                if (right is not None and _matches(left, right, pattern)
                        and _stands_alone(left, right, named, joiners)
                        and _state_as_required(right, pattern, ctx)):
                    yield _candidate(left, right, pattern, doc, ctx)


def _right_neighbour(left: Found, pattern: Pattern, starts: dict[int, Found]) -> Found | None:
    doc = left.span.doc
    gap = doc[left.span.end:left.span.end + len(pattern.between)]
    if tuple(t.text for t in gap) != pattern.between or gap.end > left.span.sent.end:
        return None
    return starts.get(gap.end)


def _matches(left: Found, right: Found, pattern: Pattern) -> bool:
    if left.mention.label not in pattern.left or right.mention.label not in pattern.right:
        return False
    if pattern.right_capitalized and not right.span.text[:1].isupper():
        return False
    return pattern.right_case is None or pattern.right_case in right.span.root.morph.get("Case")


def _state_as_required(right: Found, pattern: Pattern, ctx: ExtractContext) -> bool:
    if pattern.right_state is None:
        return True
    state = right.mention.label == "Country" or is_state_name(right.mention.normal, ctx)
    # «Совмин Союзного государства»: the NER's place is an international organization, no seat
    return state == pattern.right_state and (state or not is_igo(right, ctx))


def _stands_alone(left: Found, right: Found, named: list[Found], joiners: frozenset[str]) -> bool:
    """Neither mention is a list item ("Европу, Америку, Японию") nor is the pair part of a longer
    name ("Администрации Советского района Уфы": the seat is Ufa's district, not the district)."""
    doc = right.span.doc
    after = right.span.end
    if after < len(doc) and doc[after].pos_ in CONTINUATION_POS and "Gen" in doc[after].morph.get("Case"):
        return False
    return not (_joined(right, right.span.end, 1, named, joiners)
                or _joined(left, left.span.start - 1, -1, named, joiners))


def _joined(found: Found, joiner: int, side: int, named: list[Found], joiners: frozenset[str]) -> bool:
    """A joiner at `joiner` links `found` to another name of its label on `side` (1 right, -1 left)."""
    doc = found.span.doc
    if not (0 <= joiner < len(doc) and doc[joiner].text in joiners):
        return False
    edge = joiner + 1 if side > 0 else joiner
    return any((f.span.start if side > 0 else f.span.end) == edge and f.mention.label == found.mention.label
               for f in named)


def _candidate(left: Found, right: Found, pattern: Pattern, doc: Doc, ctx: ExtractContext) -> Candidate:
    subject, obj = (left, right) if pattern.subject == "left" else (right, left)
    subject_mention = subject.mention
    if pattern.name == "whole":
        subject_mention = mention(doc[left.span.start:right.span.end], subject.mention.label, ctx)
    parts = [(left.span.start_char, left.span.end_char), (right.span.start_char, right.span.end_char)]
    evidence = provenance(doc, ctx, left.span.sent, parts, AdjacentExtractor.name, pattern.id, 0.8)
    return Candidate(subject_mention, pattern.predicate, obj.mention, evidence)
