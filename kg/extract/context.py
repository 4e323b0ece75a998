"""What every extractor is given besides the parsed `Doc`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.types import Article


@dataclass(frozen=True)
class ExtractContext:
    """The article being read, the NLP `Language` that parsed it (for `normalize`/`lemma_key`) and
    the gazetteer (kg.gazetteer.Gazetteer: state adjectives), handed down by the pipeline.

    `mentions` is the article's `MentionIndex` once `extract` has built it: every extractor reads
    the same one instead of finding all mentions again (that was half the extraction time).
    """

    article: Article
    language: Any   # kg.nlp.Language; typed loosely so extraction does not import the NLP models
    gazetteer: Any   # kg.gazetteer.Gazetteer
    mentions: Any = None   # kg.extract.mentions.MentionIndex, set by `extract`
    learned: Any = None    # kg.learn.LearnedModels, or None for rules only (`kg build --no-learned`)
    # `mentions` plus the learned tagger's (kg.extract.learned): what the learned extractor pairs
    # and what the graph gets as nodes; the rule extractors read `mentions` alone, so they behave
    # the same with or without the learned models.
    with_learned: Any = None

    @property
    def lang(self) -> str:
        return self.article.lang

    @property
    def state_adjectives(self) -> frozenset[str]:
        """Lemmas of the adjectives that name a state in the article's language."""
        return self.gazetteer.state_adjectives(self.lang)
