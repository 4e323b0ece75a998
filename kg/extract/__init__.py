"""Extraction: a parsed article (spaCy `Doc`) → `Extraction(article, mentions, candidates)`.

    ctx = ExtractContext(article, kg.nlp.load("ru"), kg.gazetteer.load_gazetteer())
    extraction = extract(doc, ctx)                  # every registered extractor
    extract(doc, ctx, ["titles"])                   # a selection; unknown names raise KgError

Adding an extractor = one module with a callable (`name`, `__call__(doc, ctx)`) registered below
with its description, the Doc features it requires and its data files under resources/<lang>/.
Negated and modal statements are never candidates: every trigger passes kg.extract.assertion.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from kg.extract import registry
from kg.extract.context import ExtractContext
from kg.extract.learned import rule_facts_win, rule_mentions_win, with_learned
from kg.extract.mentions import find_mentions
from kg.extract.registry import (Extractor, UnknownExtractorError, check_language, check_names, describe, get,
                                 names, register, resources)
from kg.identity import all_mentions
from kg.types import Extraction

register("predicates", "kg.extract.predicates:create",
         description="verb and noun predicates from the lexicon: chairs, adopts, proposes, callsFor, meetsWith, "
                     "memberOf, signs, condemns, cooperatesWith, prioritizes …",
         resources=("frames.yml", "realizations.yml", "labels.yml", "modality.yml", "periods.yml", "pronouns.yml"))
register("titles", "kg.extract.posts:TitleExtractor",
         description="posts from titles next to names and from appointments (holdsPosition, headOf, worksFor, "
                     "with validFrom/validUntil)",
         resources=("titles.tsv", "posts.yml", "modality.yml", "pronouns.yml"))
register("documents", "kg.extract.documents:DocumentExtractor",
         description="validity periods (validFrom/validUntil) and topics (about) of named documents",
         resources=("periods.yml",))
register("adjacent", "kg.extract.adjacent:AdjacentExtractor",
         description="facts from neighbouring names: seats of organizations (МВД России, американская Monsanto)",
         resources=("adjacent.yml",))
register("bodies", "kg.extract.bodies:BodyExtractor",
         description="bodies named with their organization (subOrganizationOf): «Совет глав государств ШОС»",
         resources=("posts.yml",))
# The tagger's and the classifier's features read every Doc feature (lemma, POS, morphology,
# dependencies, sentences, NER); the models' own files are in kg/learn (Russian only).
register("learned", "kg.extract.learned:LearnedExtractor",
         description="relations read by the classifier trained on NEREL (kg.learn), with a calibrated confidence; "
                     "`kg build --no-learned` leaves the learned models out",
         requires=("token.lemma", "token.pos", "token.morph", "token.dep", "doc.sents", "doc.ents"))


def extract(doc: Doc, ctx: ExtractContext, names: Sequence[str] | None = None) -> Extraction:
    """Mentions of the article and the candidates of the selected (default: all) extractors."""
    selected = tuple(names) if names is not None else registry.names()
    check_names(selected)
    check_language(selected, ctx.lang)
    rules = find_mentions(doc, ctx)
    ctx = replace(ctx, mentions=rules, with_learned=with_learned(doc, ctx, rules))
    candidates = tuple(dict.fromkeys(c for name in selected for c in get(name)(doc, ctx)))
    found, candidates = rule_mentions_win(ctx.with_learned.mentions, candidates, rules)
    candidates = tuple(dict.fromkeys(rule_facts_win(candidates)))
    mentions = all_mentions(found, candidates)
    return Extraction(ctx.article, mentions, candidates)


__all__ = ["ExtractContext", "Extractor", "UnknownExtractorError", "check_language", "check_names", "describe", "resources",
           "extract", "get", "names", "register"]
