"""The head-noun lexicon of kg.learn.heads, mined from a brat corpus (NEREL train).

For every noun lemma: how often its occurrence, as the noun alone or with the adjectives before it
(kg.learn.heads.adjectives_start), is exactly the span of a gold entity of each type. A lemma is
kept for a type when it occurs at least `min_count` times and the better of its two shapes is so
annotated in at least the type's least share of them: a word the annotators read one way nearly everywhere.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kg.learn.heads import ADJECTIVES, NOUNS, WORD, Head, adjectives_start
from kg.train.corpus import Example

HEADER = """\
# lemma, NEREL type, span shape (word: the noun alone; adjectives: with the adjectives before it),
# share of the lemma's noun occurrences on NEREL train whose span so shaped is so annotated, occurrences.
# Made by tools/nerel_heads.py (kg.train.heads.mine) from NEREL train; read by kg.learn.heads.
"""


def mine(examples: Iterable[Example], min_shares: dict[str, float], min_count: int) -> list[Head]:
    """The lexicon's rows, by lemma, for the types `min_shares` names with the least share of each."""
    wanted = frozenset(min_shares)
    occurrences: Counter[str] = Counter()
    hits: Counter[tuple[str, str, str]] = Counter()     # (lemma, type, shape)
    for example in examples:
        gold = {(e.start, e.end): e.type for e in example.entities if e.type in wanted}
        golds = {}
        for (start, end), entity_type in gold.items():
            golds.setdefault((start, end), set()).add(entity_type)
        for token in example.doc:
            if token.pos_ not in NOUNS:
                continue
            lemma = token.lemma_.lower()
            occurrences[lemma] += 1
            for shape, start in ((WORD, token.i), (ADJECTIVES, adjectives_start(token))):
                for entity_type in golds.get((start, token.i + 1), ()):
                    hits[lemma, entity_type, shape] += 1
    best: dict[str, Head] = {}
    for (lemma, entity_type, shape), count in sorted(hits.items(), key=lambda item: (item[0][0], item[0][1], item[0][2] != WORD)):
        share = count / occurrences[lemma]
        # the noun alone unless the adjectives are annotated more often (ties: the noun alone)
        if occurrences[lemma] >= min_count and share >= min_shares[entity_type] and (
                lemma not in best or share > best[lemma].share):
            best[lemma] = Head(lemma, entity_type, shape, round(share, 3), occurrences[lemma])
    return [best[lemma] for lemma in sorted(best)]


def lines(heads: Iterable[Head]) -> str:
    return HEADER + "".join(f"{h.lemma}\t{h.type}\t{h.shape}\t{h.share}\t{h.count}\n" for h in heads)
