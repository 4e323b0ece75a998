"""Token features of the NER tagger, the same code for training and inference.

A sequence is one sentence of kg's own `Doc` (what kg.nlp produced), whitespace tokens left
out. Each token becomes a list of "name=value" strings (binary features, as crfsuite trains them):
its word shape, lemma, POS, case and number, suffixes, word clusters, the label slovnet's NER
gave it, its dependency relation, and the same kind of facts about the tokens ±2 around it.
Inference asks for the same features as ids of the model's names (`sentence_ids`): one layout
(`_features`) makes both, so they cannot drift apart.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import cache, lru_cache
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from kg.learn.clusters import WordClusters
from kg.learn import LANGUAGE
from kg.nlp.analysis import entity_classes

SPACE_POS = "SPACE"


def sentences(doc: Doc) -> Iterator[list[Token]]:
    """The tokens of each sentence that are words (not whitespace)."""
    for sentence in doc.sents:
        words = [token for token in sentence if token.pos_ != SPACE_POS]
        if words:
            yield words


@lru_cache(maxsize=1 << 16)   # a word's shape is asked for again and again
def shape(text: str) -> str:
    """"Токаев" → "Xx", "ШОС" → "X", "2024-2029" → "d-d", "G20" → "Xd": letters as X/x, decimal
    digits as d, anything else as itself, runs of one class as one. (What three regular
    expressions made at training, `[^\\W\\d_]` → X/x, `\\d` → d, `(.)\\1+` → \\1, at a tenth of the
    cost: the same on navec's vocabulary, NEREL's words and 200,000 random strings.)"""
    classes: list[str] = []
    for char in text:
        if char.isdecimal():
            kind = "d"
        elif char.isalnum() and char != "_":
            kind = "X" if char.isupper() else "x"
        else:
            kind = char
        if not classes or classes[-1] != kind or kind == "\n":   # "." of `(.)\\1+` is not "\n"
            classes.append(kind)
    return "".join(classes)[:6]


def sentence_features(words: list[Token], clusters: WordClusters) -> list[list[str]]:
    """Each token's feature names ("lemma=саммит", "-1:pos=ADJ", …), as crfsuite trains on them."""
    return _features(words, clusters, _names(len(clusters.centroids)))


def sentence_ids(words: list[Token], clusters: WordClusters, vocabulary: "FeatureIds") -> list[list[int]]:
    """The ids `vocabulary` gives the names `sentence_features` makes, in the same order, unknown
    names left out, without building the names (inference: most of them are unknown)."""
    return _features(words, clusters, vocabulary)


class _Encoder(Protocol):
    def encode(self, role: str, values: Sequence[str]) -> Sequence: ...

    def views(self, fact: tuple[str, ...], near_at: Sequence[int], far_at: Sequence[int]) -> tuple[Sequence, ...]: ...

    def extra(self, values: tuple[str, ...]) -> Sequence: ...

    def each(self, role: str, values: Sequence[str]) -> list[Sequence]: ...


def _features(words: list[Token], clusters: WordClusters, encoder: _Encoder) -> list[list]:
    """The layout of a token's features, in the order the models were trained with: its own facts,
    the extra ones, the facts of the tokens -2, -1, +1, +2 (or an edge), the lemma bigrams."""
    facts, extra = [], []
    for token in words:   # what the layout reads of each token, read once
        word, (case, number) = token.text.lower(), case_and_number(token)
        facts.append(_token_facts(token, clusters, case, word))
        extra.append(encoder.extra(_extra_values(token, number, word)))
    near_at, far_at = _neighbour_positions(len(clusters.centroids))
    views = [encoder.views(fact, near_at, far_at) for fact in facts]
    # each column below holds what token i reads at its place in the layout: the view of the token
    # `offset` away, an edge where there is none (lists shifted once, not an index test per token)
    size = len(words)
    shifted = []
    for n, offset in enumerate(OFFSETS, start=1):
        edge, seen = encoder.encode(f"edge{offset}", ("",)), [view[n] for view in views]
        shifted.append([edge] * -offset + seen[:size + offset] if offset < 0 else seen[offset:] + [edge] * offset)
    bigrams = [f"{facts[i][1]}|{facts[i + 1][1]}" for i in range(size - 1)]   # lemmas i, i+1
    left, right = [[], *encoder.each("-1|0", bigrams)], [*encoder.each("0|+1", bigrams), []]
    return [[*view[0], *more, *minus2, *minus1, *plus1, *plus2, *before, *after]
            for view, more, minus2, minus1, plus1, plus2, before, after
            in zip(views, extra, *shifted, left, right)]


OFFSETS = (-2, -1, 1, 2)
VIEWS_MEMO = 200_000   # distinct token facts kept (a few hundred bytes each)
_NEAR_KEYS = ("word", "lemma", "pos", "case", "shape", "c0", "c1", "ner")
_FAR_KEYS = ("lemma", "pos", "case", "shape", "c0", "ner")
_EXTRA_KEYS = ("bias", "number", "dep", "head", "suf2", "suf3", "suf4", "pre3", "length")


@cache
def _fact_names(clusterings: int) -> tuple[str, ...]:
    """The names of a token's facts (_token_facts), in the order the shipped models' features were made in."""
    return ("word", "lemma", "pos", "case", "shape", "ner", *(f"c{n}" for n in range(clusterings)))


@cache
def _neighbour_positions(clusterings: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the facts told about the tokens ±1 and ±2 around are in a token's facts."""
    names = _fact_names(clusterings)
    return (tuple(names.index(name) for name in _NEAR_KEYS if name in names),
            tuple(names.index(name) for name in _FAR_KEYS if name in names))


@cache
def _prefixes(clusterings: int) -> dict[str, tuple[str, ...]]:
    """Each role's feature name prefixes, one per value the layout gives the role: a name is its
    prefix and value joined ("-1:" + "lemma=" + "саммит"; "bias" + "")."""
    names = _fact_names(clusterings)
    prefixes = {"own": tuple(f"{name}=" for name in names),
                "extra": tuple("bias" if key == "bias" else f"{key}=" for key in _EXTRA_KEYS),
                "-1|0": ("-1|0:lemma=",), "0|+1": ("0|+1:lemma=",)}
    for offset in OFFSETS:
        keys = _NEAR_KEYS if abs(offset) == 1 else _FAR_KEYS
        prefixes[str(offset)] = tuple(f"{offset}:{key}=" for key in keys if key in names)
        prefixes[f"edge{offset}"] = (f"{offset}:edge",)
    return prefixes


def _views(encoder: _Encoder, fact: tuple[str, ...], near_at: Sequence[int], far_at: Sequence[int]) -> tuple[list, ...]:
    """What a token's facts say of it as itself and as the token -2, -1, +1, +2 away (OFFSETS)."""
    near, far = [fact[k] for k in near_at], [fact[k] for k in far_at]
    return (encoder.encode("own", fact),
            *(encoder.encode(str(offset), near if abs(offset) == 1 else far) for offset in OFFSETS))


class _Names:
    """Encodes features as their names (training: crfsuite reads names)."""

    def __init__(self, clusterings: int):
        self.prefixes = _prefixes(clusterings)

    def encode(self, role: str, values: Sequence[str]) -> list[str]:
        return [prefix + value for prefix, value in zip(self.prefixes[role], values)]

    def views(self, fact: tuple[str, ...], near_at: Sequence[int], far_at: Sequence[int]) -> tuple[list, ...]:
        return _views(self, fact, near_at, far_at)

    def extra(self, values: tuple[str, ...]) -> list[str]:
        return self.encode("extra", values)

    def each(self, role: str, values: Sequence[str]) -> list[list[str]]:
        return [self.encode(role, (value,)) for value in values]


@cache
def _names(clusterings: int) -> _Names:
    return _Names(clusterings)


class FeatureIds:
    """Encodes features as ids of a model's feature names (`index`: name → id): one table per
    role and prefix, value → id, so a value is looked up as it is (its hash cached), never
    joined into a name first. The ids come as tuples: the memos below keep hundreds of thousands
    of them for the whole process, and the garbage collector stops scanning a tuple of ints,
    where it walked every list in every full collection (NEREL dev under Python's default
    thresholds: collections took 8.9 ms per article with lists, 6.0 with tuples, 4.3 without
    the models)."""

    def __init__(self, index: Mapping[str, int], clusterings: int):
        by_prefix: dict[str, dict[str, int]] = {}
        for name, number in index.items():
            cut = name.find("=") + 1 or len(name)   # "bias", "-1:edge": the whole name, value ""
            by_prefix.setdefault(name[:cut], {})[name[cut:]] = number
        self.tables = {role: tuple(by_prefix.get(prefix, {}) for prefix in prefixes)
                       for role, prefixes in _prefixes(clusterings).items()}
        self._views: dict[tuple[str, ...], tuple[tuple[int, ...], ...]] = {}   # a memo: words recur, in an article and across

    def views(self, fact: tuple[str, ...], near_at: Sequence[int], far_at: Sequence[int]) -> tuple[tuple[int, ...], ...]:
        """`_views` of a token's facts, looked up once per distinct facts (most of the tagger's
        feature building was this lookup); the memo starts over past VIEWS_MEMO entries."""
        found = self._views.get(fact)
        if found is None:
            if len(self._views) >= VIEWS_MEMO:
                self._views.clear()
            found = self._views[fact] = _views(self, fact, near_at, far_at)
        return found

    def extra(self, values: tuple[str, ...]) -> tuple[int, ...]:
        """The ids of a token's extra facts (_EXTRA_KEYS), looked up each time: unlike `views`,
        not remembered. They hold the token's suffixes, dependency and head lemma, so 70% of
        tokens bring new ones (300 NEREL texts: 56,000 of 80,000); a memo of them held 36 MB
        after 300 articles, growing by ~0.12 MB an article, and cost more CPU than it saved
        (features of 100 texts: 0.72 s with it, 0.53 s without)."""
        return self.encode("extra", values)

    def each(self, role: str, values: Sequence[str]) -> list[tuple[int, ...]]:
        """`encode(role, (value,))` of each value (a role of one value: the lemma bigrams)."""
        table = self.tables[role][0]
        return [() if (number := table.get(value)) is None else (number,) for value in values]

    def encode(self, role: str, values: Sequence[str]) -> tuple[int, ...]:
        return tuple([number for table, value in zip(self.tables[role], values)
                      if (number := table.get(value)) is not None])


def _token_facts(token: Token, clusters: WordClusters, case: str, word: str) -> tuple[str, ...]:
    """`word`: the token's text, lowercased."""
    entity = token.ent_type_
    return (word, token.lemma_.lower(), token.pos_, case, shape(token.text),
            f"{token.ent_iob_}-{ner_tag(entity)}" if entity else "O", *clusters.of(word))


def ner_tag(label: str) -> str:
    """A Doc entity's ontology class → the NER model's tag ("Person" → "PER"), the name the shipped
    models were trained with (kg.nlp's entity_labels.tsv read backwards: the Doc has carried
    classes since they were trained, and the same features must come out)."""
    return _tags_of_classes().get(label, label)


@cache
def _tags_of_classes() -> dict[str, str]:
    return {cls: tag for tag, cls in reversed(entity_classes(LANGUAGE).items())}   # the first tag wins


def _extra_values(token: Token, number: str, word: str) -> tuple[str, ...]:
    """The values of _EXTRA_KEYS (`number`: the token's, from case_and_number; `word`: its text, lowercased)."""
    return ("", number, token.dep_, token.head.lemma_.lower() if token.head is not token else "ROOT",
            word[-2:], word[-3:], word[-4:], word[:3], str(min(len(word), 8)))


def case_and_number(token: Token) -> tuple[str, str]:
    """The token's case and number, "-" where it has none (read from the morphology's text:
    MorphAnalysis.get costs 20 times as much)."""
    return _case_and_number(str(token.morph))


@lru_cache(maxsize=4096)   # a language has few distinct morphology strings
def _case_and_number(morph: str) -> tuple[str, str]:
    values = dict(part.split("=", 1) for part in morph.split("|") if "=" in part)
    return values.get("Case", "-").split(",")[0], values.get("Number", "-").split(",")[0]


def span_tokens(span: Span) -> list[Token]:
    return [token for token in span if token.pos_ != SPACE_POS]
