"""`implicit: agentless`: who adopts a document adopted or signed in the passive with no agent named."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.mentions import Found, MentionIndex
from kg.extract.spans import mention
from kg.extract.tree import children, preposition

AGENTLESS = "agentless"
PASSIVES = {"passive", "participle_passive"}
GATHERINGS = {"Summit", "Meeting", "Event"}


def agentless_organization(trigger, index: MentionIndex, words: dict, ctx) -> list[Found]:
    """«Кроме того, подписано решение о бюджете», «было принято 14 документов, в том числе Заявление …»:
    a document adopted or signed in the passive, with neither agent nor gathering named in its clause,
    is the article's organization's (GUIDE §8; a reference resolution links to it, or drops) when a
    gathering is told of just before — the meeting that adopted it. Not elsewhere («соглашение о
    создании ЕАЭС было подписано 29 мая 2014 года»: its signers are named apart), not a state's own act
    («закон был принят»), nor a document between named parties («соглашение между …»)."""
    token = trigger.token
    if trigger.realization not in PASSIVES or _has_agent(token) or not _after_gathering(token, index, words):
        return []
    documents = children(token, "nsubj:pass", "nsubj") if trigger.realization == "passive" else [token.head]
    if any(d.text[:1].isupper() and not any(c.dep_ in {"nmod", "amod", "appos"} for c in d.children) for d in documents):
        return []                          # «"Решение принято сейчас»: a bare word names no document
    if any(d.lemma_.lower() in words["national_acts"] or any(preposition(c) in words["between"] for c in d.subtree)
           for d in documents):
        return []
    span = token.doc[token.i:token.i + 1]
    return [Found(span, replace(mention(span, "Organization", ctx, proper=False), normal=words["collective_reference"]),
                  "role")]


def _after_gathering(token: Token, index: MentionIndex, words: dict) -> bool:
    """A summit, meeting or session mentioned in the sentence or the few before it."""
    sentences = list(token.doc.sents)
    here = next(i for i, sentence in enumerate(sentences) if sentence.start <= token.i < sentence.end)
    start = sentences[max(0, here - words["gathering_reach"])].start
    return any(f.mention.label in GATHERINGS and start <= f.span.start < token.sent.end for f in index.found)


def _has_agent(token: Token) -> bool:
    """«подписано Казахстаном и Россией»: a bare instrumental names who acted, whatever the frame's roles made of it."""
    return any(c.dep_.startswith("obl") and preposition(c) is None and "Ins" in c.morph.get("Case")
               for c in token.children)
