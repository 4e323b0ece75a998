"""Features of a pair of mentions in one sentence, shared by relation training and inference.

What tells a relation in news text: the two types and their order, how far apart they are and
what stands between (lemmas and parts of speech, other mentions, and whether one of either
argument's own type does: the nearest candidate is the likelier one), the dependency path between
their heads with its words and parts of speech, the heads' lemmas and cases, trigger words of each
relation (a data file), whether one name is the acronym of the other, and the word clusters of the
heads.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.tokens import Doc, Token

from kg.learn import LANGUAGE
from kg.learn.clusters import WordClusters
from kg.learn.features import SPACE_POS, case_and_number
from kg.resources import load_yaml

MAX_BETWEEN = 12       # lemmas between the mentions are features only up to this distance
MAX_PATH = 6           # longer dependency paths are just "long"


@dataclass(frozen=True)
class PairMention:
    start: int           # token span [start, end) in the Doc
    end: int
    type: str            # NEREL type


@cache
def triggers(lang: str = LANGUAGE) -> dict[str, frozenset[str]]:
    """Trigger lemma → the relations it hints at."""
    data = load_yaml("learn", "triggers.yml", lang)
    by_lemma: dict[str, set[str]] = {}
    for relation, lemmas in data.items():
        for lemma in lemmas:
            by_lemma.setdefault(lemma, set()).add(relation)
    return {lemma: frozenset(relations) for lemma, relations in by_lemma.items()}


class DocView:
    """What pair features read of an article's Doc, looked up once per article (not once per
    pair): lowercased lemmas, which tokens are words, each mention's head token and text."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.lemmas: list[str] = []
        self.is_word: list[bool] = []
        self.pos: list[str] = []
        # the dependency tree as indices: a pair's path is walked without making spaCy tokens
        self.governors: list[int] = []
        self.deps: list[str] = []
        for token in doc:   # one pass: each spaCy token made once
            self.lemmas.append(token.lemma_.lower())
            self.pos.append(token.pos_)
            self.is_word.append(self.pos[-1] != SPACE_POS)
            self.governors.append(token.head.i)
            self.deps.append(token.dep_)
        self._chains: dict[int, list[int]] = {}
        self._heads: dict[tuple[int, int], Token] = {}
        self._texts: dict[tuple[int, int], str] = {}
        self._head_facts: dict[int, tuple] = {}

    def head(self, mention: PairMention) -> Token:
        key = (mention.start, mention.end)
        if key not in self._heads:
            self._heads[key] = self.doc[mention.start:mention.end].root
        return self._heads[key]

    def head_facts(self, head: Token, clusters: WordClusters) -> tuple:
        """What `head_word_features` and `head_type_features` read of a head token (lemma, case, dependency, governor's lemma, word
        clusters, trigger relations): once per token, though a mention is in many pairs."""
        found = self._head_facts.get(head.i)
        if found is None:
            lemma = head.lemma_.lower()
            found = self._head_facts[head.i] = (
                lemma, case_and_number(head)[0], head.dep_, head.head.lemma_.lower(), tuple(clusters.of(head.text)),
                tuple(triggers().get(lemma, ())))
        return found

    def chain(self, i: int) -> list[int]:
        """Token i and its ancestors up to the root, as `Token.ancestors` walks them (at most as
        many steps as the Doc has tokens)."""
        found = self._chains.get(i)
        if found is None:
            found, at = [i], i
            while self.governors[at] != at and len(found) <= len(self.governors):
                at = self.governors[at]
                found.append(at)
            self._chains[i] = found
        return found

    def text(self, mention: PairMention) -> str:
        key = (mention.start, mention.end)
        if key not in self._texts:
            self._texts[key] = self.doc[mention.start:mention.end].text
        return self._texts[key]


# (view, head token, "a" or "b", clusters, "A>B" types) → that head's features, encoded
HeadEncoder = Callable[[DocView, Token, str, WordClusters, str], Sequence]


def pair_features(view: DocView, a: PairMention, b: PairMention, others: Sequence[PairMention],
                  clusters: WordClusters) -> list[str]:
    """The pair's feature names, as the classifier is trained on them."""
    return [name for part in pair_layout(view, a, b, others, clusters, list, head_features) for name in part]


def pair_layout(view: DocView, a: PairMention, b: PairMention, others: Sequence[PairMention], clusters: WordClusters,
                encode: Callable[[list[str]], Sequence], encode_head: HeadEncoder) -> list[Sequence]:
    """A pair's features in four parts: the pair's own before its heads' (types, order, what is
    between), the first head's, the second head's, the pair's own after them (the dependency path,
    acronyms). `encode` turns the pair's own names into what the caller wants (a list of names, the
    ids a model knows); `encode_head` makes a head's features (`head_features`, or the classifier's
    ids of them, which it remembers: a mention's head is in many pairs of an article)."""
    types = f"{a.type}>{b.type}"
    head_a, head_b = view.head(a), view.head(b)
    before = ["bias", f"types={types}", f"order={_order(a, b)}|{types}", *_between(view, a, b, others, types)]
    after = _path(view, head_a.i, head_b.i, types)
    text_a, text_b = view.text(a), view.text(b)
    if is_acronym(text_a, text_b):
        after.append(f"acronym=a_of_b|{types}")
    if is_acronym(text_b, text_a):
        after.append(f"acronym=b_of_a|{types}")
    return [encode(before), encode_head(view, head_a, "a", clusters, types),
            encode_head(view, head_b, "b", clusters, types), encode(after)]


@lru_cache(maxsize=1 << 16)   # asked for every pair, of the same few names
def is_acronym(short: str, long: str) -> bool:
    """"ШОС" and "Шанхайская организация сотрудничества": initials of the long name's words."""
    letters = short.replace(".", "")
    words = [w for w in long.replace("-", " ").split() if w[:1].isalpha()]
    if not (2 <= len(letters) <= 8 and letters.isupper() and len(words) >= 2):
        return False
    initials = "".join(w[0] for w in words).upper()
    significant = "".join(w[0] for w in words if len(w) > 3 or w[0].isupper()).upper()
    return letters in (initials, significant)


def _order(a: PairMention, b: PairMention) -> str:
    if a.start <= b.start and b.end <= a.end:
        return "b_in_a"
    if b.start <= a.start and a.end <= b.end:
        return "a_in_b"
    if a.end <= b.start:
        return "a_first"
    if b.end <= a.start:
        return "b_first"
    return "overlap"


def _between(view: DocView, a: PairMention, b: PairMention, others: Sequence[PairMention], types: str) -> list[str]:
    left, right = (a, b) if a.start <= b.start else (b, a)
    gap = [k for k in range(min(left.end, right.start), right.start) if view.is_word[k]]
    features = [f"distance={_bucket(len(gap))}|{types}"]
    inside = [m for m in others if left.end <= m.start and m.end <= right.start]
    features.append(f"mentions_between={min(len(inside), 3)}|{types}")
    features += [f"type_between={m.type}" for m in inside]
    features += _rivals(inside, a, b, types)
    if len(gap) <= MAX_BETWEEN:
        lemmas = [view.lemmas[k] for k in gap]
        features += [f"between={lemma}" for lemma in lemmas]
        features += [f"between={lemma}|{types}" for lemma in lemmas]
        features.append(f"between_all={' '.join(lemmas[:6])}|{types}")
        features.append(f"between_pos={' '.join(view.pos[k] for k in gap[:6])}|{types}")
        features += [f"trigger_between={r}" for lemma in lemmas for r in triggers().get(lemma, ())]
    features.append(f"before={view.lemmas[left.start - 1] if left.start > 0 else '<s>'}")
    features.append(f"after={view.lemmas[right.end] if right.end < len(view.lemmas) else '</s>'}")
    return features


def _rivals(inside: Sequence[PairMention], a: PairMention, b: PairMention, types: str) -> list[str]:
    """Whether a mention of a's or b's own type stands between them: «президент США Барак Обама»
    links the post to the nearest person, not to one across another person."""
    same_a = sum(m.type == a.type for m in inside)
    same_b = sum(m.type == b.type for m in inside)
    return [f"rivals={min(same_a, 2)},{min(same_b, 2)}|{types}"]


def head_features(view: DocView, head: Token, name: str, clusters: WordClusters, types: str) -> list[str]:
    """The features of one argument's head token (`name`: "a" or "b"), for a pair of `types`."""
    return [*head_word_features(view, head, name, clusters), *head_type_features(view, head, name, clusters, types)]


def head_word_features(view: DocView, head: Token, name: str, clusters: WordClusters) -> list[str]:
    """The features of an argument's head that do not name the pair's types: its lemma, dependency,
    governor, word clusters and trigger relations."""
    lemma, _, dep, governor, words_clusters, relations = view.head_facts(head, clusters)
    return [f"{name}_lemma={lemma}", f"{name}_dep={dep}", f"{name}_governor={governor}",
            *(f"{name}_c{n}={cluster}" for n, cluster in enumerate(words_clusters)),
            *(f"{name}_trigger={r}" for r in relations)]


def head_type_features(view: DocView, head: Token, name: str, clusters: WordClusters, types: str) -> list[str]:
    """The features of an argument's head joined to the pair's types: its lemma and case."""
    lemma, case = view.head_facts(head, clusters)[:2]
    return [f"{name}_lemma={lemma}|{types}", f"{name}_case={case}|{types}"]


def _path(view: DocView, head_a: int, head_b: int, types: str) -> list[str]:
    """The dependency path a → common ancestor → b, as relations and as relations with lemmas."""
    up, down = view.chain(head_a), view.chain(head_b)
    down_at = {i: n for n, i in enumerate(down)}
    rise = next((n for n, i in enumerate(up) if i in down_at), None)
    if rise is None:
        return ["path=none"]
    common = up[rise]
    rising, falling = up[:rise], down[:down_at[common]]
    lemmas, deps = view.lemmas, view.deps
    if len(rising) + len(falling) > MAX_PATH:
        return [f"path=long|{types}", f"path_top={lemmas[common]}"]
    relations = [f"↑{deps[i]}" for i in rising] + [f"↓{deps[i]}" for i in reversed(falling)]
    words = [lemmas[i] for i in rising[1:]] + [lemmas[common]] + [lemmas[i] for i in falling[1:]]
    features = [f"path={''.join(relations)}|{types}", f"path_words={''.join(relations)}|{' '.join(words)}",
                f"path_top={lemmas[common]}", f"path_length={len(relations)}|{types}"]
    tags = [view.pos[i] for i in rising[1:]] + [view.pos[common]] + [view.pos[i] for i in falling[1:]]
    features.append(f"path_pos={''.join(relations)}|{' '.join(tags)}|{types}")
    features += [f"path_word={w}" for w in words]
    features += [f"trigger_path={r}" for w in words for r in triggers().get(w, ())]
    return features


def _bucket(n: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (5, "3-5"), (10, "6-10"), (20, "11-20")):
        if n <= limit:
            return name
    return ">20"


def candidate_pairs(doc: Doc, mentions: Sequence[PairMention], type_pairs: Mapping[str, Sequence[str]],
                    symmetric: frozenset[str]) -> list[tuple[int, int]]:
    """Ordered index pairs of distinct mentions in one sentence whose types a relation links.

    A pair whose types only a symmetric relation links (ALTERNATIVE_NAME) is taken once, in
    text order, in training and at inference alike.
    """
    starts = {}   # token → its sentence's first token, for the tokens that start a mention
    wanted = {m.start for m in mentions}
    for sentence in doc.sents:
        starts.update((i, sentence.start) for i in wanted.intersection(range(sentence.start, sentence.end)))
    sentence_of = [starts[m.start] for m in mentions]
    in_sentence: dict[int, list[int]] = {}
    for i, sentence in enumerate(sentence_of):
        in_sentence.setdefault(sentence, []).append(i)
    pairs = []
    for i, a in enumerate(mentions):
        for j in in_sentence[sentence_of[i]]:
            b = mentions[j]
            allowed = type_pairs.get(f"{a.type}>{b.type}")
            if i == j or not allowed or (a.start, a.end) == (b.start, b.end):
                continue
            if symmetric.issuperset(allowed) and (a.start, a.end) > (b.start, b.end):
                continue
            pairs.append((i, j))
    return pairs
