"""The one engine behind the lexicon-driven extractors: frames (frames.yml) → candidates.

For every token whose lemma and part of speech match a frame, the frame's argument paths give
subject and object tokens; these become mentions of the allowed classes (a conjunction yields one
fact per conjunct), negated or modal triggers are skipped (kg.extract.assertion), and event-like
predicates get a time qualifier.
"""
from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations

from spacy.tokens import Doc, Token

from kg.extract.arguments import tokens
from kg.extract.assertion import blocking_reason
from kg.extract.context import ExtractContext
from kg.extract.mentions import Found, MentionIndex, index_mentions
from kg.extract.periods import point_in_time
from kg.extract.spans import provenance
from kg.resources import load_yaml
from kg.types import Candidate


@dataclass(frozen=True)
class Frame:
    id: str
    predicate: str
    lemmas: frozenset[str]
    pos: frozenset[str]
    subject: tuple[str, ...]
    object: tuple[str, ...]
    subject_labels: frozenset[str]
    object_labels: frozenset[str]
    case: str | None = None
    governors: frozenset[str] = frozenset()
    symmetric: bool = False
    stance: bool = False
    confidence: float = 0.9

    def triggered_by(self, token: Token) -> bool:
        return (token.lemma_.lower() in self.lemmas and token.pos_ in self.pos
                and (not self.governors or token.head.lemma_.lower() in self.governors)
                and (self.case is None or any(c.dep_ == "case" and c.lemma_.lower() == self.case
                                              for c in token.children)))


@functools.cache
def load_frames(lang: str, resource: str) -> tuple[tuple[Frame, ...], dict, frozenset[str]]:
    """(frames, shared word lists, predicates that get a time) from a frames file."""
    data = load_yaml("extract", resource, lang)
    groups = load_yaml("extract", "labels.yml", lang)

    def labels(names: list[str]) -> frozenset[str]:
        return frozenset(label for name in names for label in groups.get(name, [name]))

    frames = tuple(Frame(
        id=entry["id"], predicate=entry["predicate"], lemmas=frozenset(entry["lemmas"]),
        pos=frozenset(entry["pos"]), subject=tuple(entry["subject"]), object=tuple(entry["object"]),
        subject_labels=labels(entry["subject_labels"]), object_labels=labels(entry["object_labels"]),
        case=entry.get("case"), governors=frozenset(entry.get("governors", ())),
        symmetric=entry.get("symmetric", False), stance=entry.get("stance", False),
        confidence=entry.get("confidence", 0.9)) for entry in data["frames"])
    return frames, data["words"], frozenset(data.get("dated", ()))


class FrameExtractor:
    """A registered extractor reading one frames file."""

    def __init__(self, name: str, resource: str):
        self.name, self.resource = name, resource

    def __call__(self, doc: Doc, ctx: ExtractContext) -> Iterator[Candidate]:
        frames, words, dated = load_frames(ctx.lang, self.resource)
        index = index_mentions(doc, ctx)
        for token in doc:
            for frame in frames:
                if frame.triggered_by(token) and not _inside_name(token, index):
                    if blocking_reason(token, ctx.lang, stance=frame.stance) is None:
                        yield from self._read(frame, token, index, words, dated, ctx)

    def _read(self, frame: Frame, trigger: Token, index: MentionIndex, words: dict,
              dated: frozenset[str], ctx: ExtractContext) -> Iterator[Candidate]:
        object_tokens = _first_path(frame.object, trigger, words)
        objects = _mentions(object_tokens, index, frame.object_labels, words)
        subjects = _mentions(_first_path(frame.subject, trigger, words, object_tokens), index,
                             frame.subject_labels, words)
        time = point_in_time(trigger, ctx) if frame.predicate in dated else ()
        for subject, obj in _pairs(subjects, objects, frame.symmetric):
            if subject.mention != obj.mention:
                evidence = provenance(trigger.doc, ctx, trigger.sent,
                                      [(trigger.idx, trigger.idx + len(trigger)),
                                       (subject.mention.start, subject.mention.end),
                                       (obj.mention.start, obj.mention.end)],
                                      self.name, frame.id, frame.confidence)
                yield Candidate(subject.mention, frame.predicate, obj.mention, evidence, time)


def _first_path(paths: tuple[str, ...], trigger: Token, words: dict, objects=()) -> list[Token]:
    """Tokens of the first path that reaches any (later filtered by class)."""
    for path in paths:
        found = tokens(path, trigger, words, objects)
        if found:
            return found
    return []


def _mentions(heads: list[Token], index: MentionIndex, labels: frozenset[str], words: dict) -> list[Found]:
    """Mentions of the allowed classes at each argument token and its conjuncts."""
    found: list[Found] = []
    for head in heads:
        for token in (head, *head.conjuncts):
            found += _mentions_at(token, index, labels, words)
    unique = {f.mention: f for f in found}
    return list(unique.values())


def _mentions_at(token: Token, index: MentionIndex, labels: frozenset[str], words: dict) -> list[Found]:
    found = index.headed_by(token) or index.at(token)
    if "Topic" in labels and (found is None or found.kind == "topic"):
        # "противодействие терроризму", "преступности, обороту наркотиков": every topic under the word
        subtree = index.inside(token.doc[token.left_edge.i:token.right_edge.i + 1], {"Topic"})
        return ([found] if found is not None else []) + subtree
    if found is not None:
        return [found] if found.mention.label in labels else []
    named = [c for c in token.children if c.dep_ in {"appos", "flat:name"}]
    if named:                                          # "Генсек ООН Антониу Гутерреш осудил …"
        return [f for c in named for f in _mentions_at(c, index, labels, words)]
    if token.lemma_.lower() in words["proxies"]:       # "спецслужбы России" act for Russia
        owners = [c for c in token.children if c.dep_ == "nmod"]
        return [f for o in owners for t in (o, *o.conjuncts) for f in _mentions_at(t, index, labels, words)]
    return []


def _pairs(subjects: list[Found], objects: list[Found], symmetric: bool):
    if symmetric and not objects:
        return list(combinations(subjects, 2))
    return [(s, o) for s in subjects for o in objects]


def _inside_name(token: Token, index: MentionIndex) -> bool:
    """"Шанхайская организация сотрудничества" names an organization; its words trigger nothing."""
    found = index.at(token)
    return found is not None and found.kind == "entity"
