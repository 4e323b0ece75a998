"""Token features of the NER tagger, the same code for training and inference.

A sequence is one sentence of kg's own `Doc` (what kg.nlp produced), whitespace tokens left
out. Each token becomes a list of "name=value" strings (binary features, as crfsuite trains them):
its word shape, lemma, POS, case and number, suffixes, word clusters, the label slovnet's NER
gave it, its dependency relation, and the same kind of facts about the tokens ±2 around it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

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
    """"Токаев" → "Xx", "ШОС" → "X", "2024-2029" → "d-d", "G20" → "Xd"."""
    classes = re.sub(r"[^\W\d_]", lambda m: "X" if m[0].isupper() else "x", text)
    classes = re.sub(r"\d", "d", classes)
    return re.sub(r"(.)\1+", r"\1", classes)[:6]


def sentence_features(words: list[Token], clusters: WordClusters) -> list[list[str]]:
    facts = [_token_facts(token, clusters) for token in words]
    names, near_keys, far_keys = _fact_layout(len(clusters.centroids))
    # what a token says about its neighbours ±1 and ±2, made once per token
    near = [[f"{name}={fact[k]}" for name, k in near_keys] for fact in facts]
    far = [[f"{name}={fact[k]}" for name, k in far_keys] for fact in facts]
    features = []
    for i, token in enumerate(words):
        own = [f"{name}={value}" for name, value in zip(names, facts[i])]
        own += _own_extra(token)
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(words):
                prefix = f"{offset}:"
                own += [prefix + fact for fact in (near[j] if abs(offset) == 1 else far[j])]
            else:
                own.append(f"{offset}:edge")
        if i > 0:
            own.append(f"-1|0:lemma={facts[i - 1][1]}|{facts[i][1]}")
        if i + 1 < len(words):
            own.append(f"0|+1:lemma={facts[i][1]}|{facts[i + 1][1]}")
        features.append(own)
    return features


@cache
def _fact_layout(clusterings: int) -> tuple[tuple[str, ...], tuple, tuple]:
    """The names of a token's facts in the order the shipped models' features were made in, and
    (name, position) of those told about the tokens ±1 and ±2 around."""
    names = ("word", "lemma", "pos", "case", "shape", "ner", *(f"c{n}" for n in range(clusterings)))
    near = tuple((name, names.index(name)) for name in _NEAR_KEYS if name in names)
    far = tuple((name, names.index(name)) for name in _FAR_KEYS if name in names)
    return names, near, far


_NEAR_KEYS = ("word", "lemma", "pos", "case", "shape", "c0", "c1", "ner")
_FAR_KEYS = ("lemma", "pos", "case", "shape", "c0", "ner")


def _token_facts(token: Token, clusters: WordClusters) -> tuple[str, ...]:
    text = token.text
    return (text.lower(), token.lemma_.lower(), token.pos_, case_and_number(token)[0], shape(text),
            f"{token.ent_iob_}-{ner_tag(token.ent_type_)}" if token.ent_type_ else "O", *clusters.of(text))


def ner_tag(label: str) -> str:
    """A Doc entity's ontology class → the NER model's tag ("Person" → "PER"), the name the shipped
    models were trained with (kg.nlp's entity_labels.tsv read backwards: the Doc has carried
    classes since they were trained, and the same features must come out)."""
    return _tags_of_classes().get(label, label)


@cache
def _tags_of_classes() -> dict[str, str]:
    return {cls: tag for tag, cls in reversed(entity_classes(LANGUAGE).items())}   # the first tag wins


def _own_extra(token: Token) -> list[str]:
    word = token.text.lower()
    return ["bias", f"number={case_and_number(token)[1]}", f"dep={token.dep_}",
            f"head={token.head.lemma_.lower() if token.head is not token else 'ROOT'}",
            f"suf2={word[-2:]}", f"suf3={word[-3:]}", f"suf4={word[-4:]}", f"pre3={word[:3]}",
            f"length={min(len(word), 8)}"]


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
