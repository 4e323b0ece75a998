"""What every extractor is given besides the parsed `Doc`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.types import Article


@dataclass(frozen=True)
class ExtractContext:
    """The article being read and the NLP `Language` that parsed it (for `normalize`/`lemma_key`).

    `mentions` is the article's `MentionIndex` once `extract` has built it: every extractor reads
    the same one instead of finding all mentions again (that was half the extraction time).
    """

    article: Article
    language: Any   # kg.nlp.Language; typed loosely so extraction does not import the NLP models
    mentions: Any = None   # kg.extract.mentions.MentionIndex, set by `extract`
    learned: Any = None    # kg.learn.LearnedModels, or None for rules only (`kg build --no-learned`)
    # `mentions` plus the learned tagger's (kg.extract.learned): what the learned extractor pairs
    # and what the graph gets as nodes; the rule extractors read `mentions` alone, so they behave
    # the same with or without the learned models.
    with_learned: Any = None

    @property
    def lang(self) -> str:
        return self.article.lang
