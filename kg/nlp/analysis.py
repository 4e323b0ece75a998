"""A language-neutral analysis of one text, and its conversion to a spaCy `Doc`.

Plug-ins fill an `Analysis` (words with character offsets, already grouped in sentences);
`to_doc` adds what spaCy needs: `spaces`, whitespace tokens for any other gap (newlines,
double spaces, no-break spaces) so that `doc.text` is the input text exactly, one-rooted trees,
and entity spans labelled with ontology classes: a model's own tags (natasha's PER/ORG/LOC) are
mapped through the language's `entity_labels.tsv` here, so no later stage sees a model's tag set.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.nlp.tree import single_rooted
from kg.resources import load_tsv

SPACE_POS = "SPACE"
SPACE_DEP = "dep"
ROOT_DEP = "ROOT"           # spaCy's spelling of the UD `root` relation
# keyword arguments of spacy.tokens.Doc, in the order `_DocBuilder._append` takes them
COLUMNS = ("words", "spaces", "pos", "morphs", "lemmas", "heads", "deps", "sent_starts")


class Word(NamedTuple):           # a NamedTuple: one per token, so creation cost matters
    start: int
    end: int
    pos: str
    morph: str               # UD FEATS string, e.g. "Case=Nom|Gender=Masc|Number=Sing"
    lemma: str
    head: int | None         # index of the head inside the sentence; None for a root
    dep: str


@dataclass(frozen=True)
class Analysis:
    text: str
    sentences: tuple[tuple[Word, ...], ...]
    entities: tuple[tuple[int, int, str], ...]   # (start char, end char, the model's label)


def to_doc(vocab: Vocab, analysis: Analysis, lang: str) -> Doc:
    builder = _DocBuilder(analysis.text)
    for sentence in analysis.sentences:
        builder.add_sentence(sentence)
    builder.add_gap(len(analysis.text))
    doc = builder.build(vocab)
    doc.ents = _entity_spans(doc, analysis.entities, entity_classes(lang))
    return doc


def entity_classes(lang: str) -> dict[str, str]:
    """The NER model's label → ontology class ("PER" → "Person"); other labels are not entities."""
    return dict(load_tsv("nlp", "entity_labels.tsv", lang))


class _DocBuilder:
    """Collects spaCy's parallel token arrays, word by word and gap by gap."""

    def __init__(self, text: str):
        self.text = text
        self.cursor = 0                      # end of the text covered so far
        self.columns: dict[str, list] = {key: [] for key in COLUMNS}

    def add_sentence(self, sentence: tuple[Word, ...]) -> None:
        heads, deps = single_rooted([w.head for w in sentence], [w.dep for w in sentence])
        positions = []                       # doc index of each word (gaps may come between)
        for word in sentence:
            self.add_gap(word.start)
            positions.append(len(self.columns["words"]))
            self._append(self.text[word.start:word.end], False, word.pos, word.morph, word.lemma,
                         head=None, dep=None, sent_start=not positions[:-1])
            self.cursor = word.end
        for position, head, dep in zip(positions, heads, deps):
            self.columns["heads"][position] = positions[head] if head is not None else position
            self.columns["deps"][position] = dep if head is not None else ROOT_DEP

    def add_gap(self, until: int) -> None:
        """Whitespace before `until`: one trailing space, or a whitespace token (spaCy's convention)."""
        gap = self.text[self.cursor:until]
        if not gap:
            return
        words = self.columns["words"]
        if words and gap[0] == " " and not self.columns["spaces"][-1]:
            self.columns["spaces"][-1] = True
            gap = gap[1:]
        if gap:
            index = len(words)
            # whitespace hangs on the previous token; at the very start it is a token of its own
            self._append(gap, False, SPACE_POS, "", gap, head=index - 1 if words else index,
                         dep=SPACE_DEP if words else ROOT_DEP, sent_start=not words)
        self.cursor = until

    def _append(self, word, space, pos, morph, lemma, *, head, dep, sent_start) -> None:
        for column, value in zip(self.columns.values(),
                                 (word, space, pos, morph, lemma, head, dep, sent_start)):
            column.append(value)

    def build(self, vocab: Vocab) -> Doc:
        columns = self._attach_leading_space(self.columns)
        return Doc(vocab, **columns)

    @staticmethod
    def _attach_leading_space(columns: dict[str, list]) -> dict[str, list]:
        """Leading whitespace joins the first sentence instead of forming a sentence alone."""
        if len(columns["words"]) > 1 and columns["pos"][0] == SPACE_POS:
            columns["heads"][0], columns["deps"][0] = 1, SPACE_DEP
            columns["sent_starts"][1] = False
        return columns


def _entity_spans(doc: Doc, entities: tuple[tuple[int, int, str], ...], classes: dict[str, str]) -> list:
    """Entity spans snapped to token boundaries, labelled with ontology classes; an entity
    overlapping an earlier one, or with a label the language does not map, is dropped."""
    spans, taken = [], set()
    for start, end, label in sorted(entities):
        if label not in classes:
            continue
        span = doc.char_span(start, end, label=classes[label], alignment_mode="expand")
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        spans.append(span)
    return spans
