"""Mentions found by token patterns: topics (`topics.yml`) and role references (`roles.yml`)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.extract.spans import PERSON
from kg.resources import load_yaml

BARE_DEPS = {"case", "punct", "cc", "conj", "acl", "acl:relcl", "parataxis"}


def find_topics(doc: Doc, lang: str) -> list[Span]:
    return _matches(doc, load_yaml("extract", "topics.yml", lang))


def find_roles(doc: Doc, lang: str) -> Iterator[tuple[Span, str]]:
    """(span, class) of phrases standing for a person or country named elsewhere (titles standing
    for their holder are found with the titles, kg.extract.mentions)."""
    entries = load_yaml("extract", "roles.yml", lang)
    labels = {entry["id"]: entry["label"] for entry in entries}
    bare = {entry["id"] for entry in entries if entry.get("bare")}
    for span in _matches(doc, entries):
        if not next_to_name(span) and (span.label_ not in bare or _is_bare(span)):
            yield span, labels[span.label_]


def _matches(doc: Doc, entries: list[dict]) -> list[Span]:
    matcher = Matcher(doc.vocab)
    for entry in entries:
        matcher.add(entry["id"], [entry["pattern"]])
    return filter_spans(matcher(doc, as_spans=True))   # longest match wins


def _is_bare(span: Span) -> bool:
    """No modifier but a demonstrative or possessive («эта организация», «нашего объединения»)."""
    return not any(c.dep_ not in BARE_DEPS and not (c.dep_ == "det" and c.pos_ in {"DET", "PRON"})
                   for token in span for c in token.children)


def next_to_name(span: Span) -> bool:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (after is not None and after.ent_type_ == PERSON) or any(t.ent_type_ == PERSON for t in span)
