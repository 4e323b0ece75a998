"""Mentions found by token patterns: topics (`topics.yml`) and role references (`roles.yml`, titles)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.resources import load_yaml
from kg.extract.spans import PERSON
from kg.extract.titles import find_titles

BARE_DEPS = {"case", "punct", "cc", "conj", "acl", "acl:relcl", "parataxis"}


def find_topics(doc: Doc, lang: str) -> list[Span]:
    return _matches(doc, load_yaml("extract", "topics.yml", lang))


def find_roles(doc: Doc, lang: str, states: frozenset[str]) -> Iterator[tuple[Span, str]]:
    """(span, class) of phrases standing for a person or country named elsewhere."""
    entries = load_yaml("extract", "roles.yml", lang)
    labels = {entry["id"]: entry["label"] for entry in entries}
    bare = {entry["id"] for entry in entries if entry.get("bare")}
    for span in _matches(doc, entries):
        if not _next_to_name(span) and (span.label_ not in bare or _is_bare(span)):
            yield span, labels[span.label_]
    for title in find_titles(doc, lang, states):
        # "президент Казахстана" alone stands for its holder; "Президент Токаев" is a title, not a role.
        # "британский премьер" alone is left to the state adjective (NEREL: COUNTRY "британский").
        if (title.holder is None and title.organization is not None and not title.state_first
                and not _next_to_name(title.post)):
            yield title.post, "Person"


def _matches(doc: Doc, entries: list[dict]) -> list[Span]:
    if not entries:   # a language may have no patterns of a kind yet
        return []
    matcher = Matcher(doc.vocab)
    for entry in entries:
        matcher.add(entry["id"], [entry["pattern"]])
    return filter_spans(matcher(doc, as_spans=True))   # longest match wins


def _is_bare(span: Span) -> bool:
    """No modifier but a demonstrative or possessive («эта организация», «нашего объединения»)."""
    return not any(c.dep_ not in BARE_DEPS and not (c.dep_ == "det" and c.pos_ in {"DET", "PRON"})
                   for token in span for c in token.children)


def _next_to_name(span: Span) -> bool:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (after is not None and after.ent_type_ == PERSON) or any(t.ent_type_ == PERSON for t in span)
