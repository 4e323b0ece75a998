"""Token features of the NER tagger, the same code for training and inference.

A sequence is one sentence of kg's own `Doc` (what kg.nlp produced), whitespace tokens left
out. Each token becomes a list of "name=value" strings (python-crfsuite's binary features):
its word shape, lemma, POS, case and number, suffixes, word clusters, the label slovnet's NER
gave it, its dependency relation, and the same kind of facts about the tokens ±2 around it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.learn.clusters import WordClusters
from kg.learn import LANGUAGE
from kg.nlp.analysis import entity_classes

WINDOW = 2
SPACE_POS = "SPACE"


def sentences(doc: Doc) -> Iterator[list[Token]]:
    """The tokens of each sentence that are words (not whitespace)."""
    for sentence in doc.sents:
        words = [token for token in sentence if token.pos_ != SPACE_POS]
        if words:
            yield words


def shape(text: str) -> str:
    """"Токаев" → "Xx", "ШОС" → "X", "2024-2029" → "d-d", "G20" → "Xd"."""
    classes = re.sub(r"[^\W\d_]", lambda m: "X" if m[0].isupper() else "x", text)
    classes = re.sub(r"\d", "d", classes)
    return re.sub(r"(.)\1+", r"\1", classes)[:6]


def sentence_features(words: list[Token], clusters: WordClusters) -> list[list[str]]:
    facts = [_token_facts(token, clusters) for token in words]
    features = []
    for i, token in enumerate(words):
        own = [f"{name}={value}" for name, value in facts[i].items()]
        own += _own_extra(token)
        for offset in range(-WINDOW, WINDOW + 1):
            if offset == 0:
                continue
            j = i + offset
            if 0 <= j < len(words):
                near = facts[j]
                keys = _NEAR_KEYS if abs(offset) == 1 else _FAR_KEYS
                own += [f"{offset}:{name}={near[name]}" for name in keys if name in near]
            else:
                own.append(f"{offset}:edge")
        if i > 0:
            own.append(f"-1|0:lemma={facts[i - 1]['lemma']}|{facts[i]['lemma']}")
        if i + 1 < len(words):
            own.append(f"0|+1:lemma={facts[i]['lemma']}|{facts[i + 1]['lemma']}")
        features.append(own)
    return features


_NEAR_KEYS = ("word", "lemma", "pos", "case", "shape", "c0", "c1", "ner")
_FAR_KEYS = ("lemma", "pos", "case", "shape", "c0", "ner")


def _token_facts(token: Token, clusters: WordClusters) -> dict[str, str]:
    word = token.text.lower()
    facts = {
        "word": word, "lemma": token.lemma_.lower(), "pos": token.pos_,
        "case": _morph(token, "Case"), "shape": shape(token.text),
        "ner": f"{token.ent_iob_}-{ner_tag(token.ent_type_)}" if token.ent_type_ else "O",
    }
    facts.update((f"c{n}", cluster) for n, cluster in enumerate(clusters.of(word)))
    return facts


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
    return ["bias", f"number={_morph(token, 'Number')}", f"dep={token.dep_}",
            f"head={token.head.lemma_.lower() if token.head is not token else 'ROOT'}",
            f"suf2={word[-2:]}", f"suf3={word[-3:]}", f"suf4={word[-4:]}", f"pre3={word[:3]}",
            f"length={min(len(word), 8)}"]


def _morph(token: Token, feature: str) -> str:
    values = token.morph.get(feature)
    return values[0] if values else "-"


def span_tokens(span: Span) -> list[Token]:
    return [token for token in span if token.pos_ != SPACE_POS]
