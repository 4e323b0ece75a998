"""What the sentence of a classified pair must allow before its learned fact is written.

The classifier reads a pair of mentions from words around them, not from the clause that joins them;
labels.yml `keep` names, per property, which of these readings of the sentence a learned fact needs
(the rules' own frames check the same things on their triggers):

- `asserted`: the clause joining the two mentions states a fact (kg.extract.assertion): «Северная
  Македония станет 30-м членом Североатлантического альянса» is a future, no membership yet;
- `no_post_owner`: the subject is not the state or body a post is of («В состав СМИД входят министры
  иностранных дел Азербайджана, Армении, Беларуси …»: the ministers sit in the council, their states are
  named only as whose ministers they are);
- `no_origin`: the object is not the state a nationality title names («представительница Болгарии Ирина
  Бокова» comes from Bulgaria; kg.extract.posts reads the title so too and writes no post).

Nor is a tagged post added that runs over a comma into an apposition («генеральный директор организации,
представительница Болгарии»: `joins_appositions`).

A rank («генерал-полковник») is no post either: kg.extract.learned reads it as an occupation (titles.tsv
`rank`), like a profession.
"""
from __future__ import annotations

import datetime as dt
from functools import cache

from spacy.tokens import Span, Token

from kg.extract.assertion import blocking_reason
from kg.extract.post_labels import title_lemma
from kg.extract.titles import title_lexicon
from kg.extract.tree import VERBS
from kg.resources import load_yaml

CONJUNCT = "conj"
APPOSITION = "appos"
GENITIVE = "nmod"
GENITIVE_LINKS = frozenset({GENITIVE, "flat", "flat:name", "appos"})   # the words of one noun phrase
RANK = "rank"    # titles.tsv: a rank («генерал», «полковник»), held by a person, no post in an organization


def asserted(subject: Span, obj: Span, lang: str, published: dt.date | None) -> bool:
    """Whether the clause that joins two mentions of a sentence states a plain fact: the verb that joins
    them passes kg.extract.assertion (no negation, possibility, condition or plain future). Two mentions
    joined inside a noun phrase («член бюро высшего совета партии Андрей Исаев не исключил …») are stated
    by the phrase, whatever its clause says."""
    trigger = joining_word(subject, obj)
    return trigger is None or trigger.pos_ not in VERBS or blocking_reason(trigger, lang, published=published) is None


def joining_word(first: Span, second: Span) -> Token | None:
    """The lowest word both mentions hang from («Македония станет членом альянса»: «станет»); where that is
    in one of them, the word below it toward the other, whose clause says it («Юрия Сергеева, который
    возглавлял представительство»: «возглавлял», not the main clause «заменит Сергеева»). None across
    sentences."""
    path = [first.root]
    while path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    above = {t.i: n for n, t in enumerate(path)}
    below, token = None, second.root
    while token.i not in above:
        if token.head.i == token.i:
            return None
        below, token = token, token.head
    if _inside(token, second):                       # the first hangs from the second: the word under it
        return next((t for t in reversed(path[:above[token.i]]) if not _inside(t, second)), token)
    if _inside(token, first) and below is not None:
        return below
    return token


def _inside(token: Token, span: Span) -> bool:
    return span.start <= token.i < span.end


def origin(span: Span, lang: str) -> bool:
    """Whether a state is named as where a person comes from: the genitive of a nationality title
    («представительница Болгарии Ирина Бокова», posts.yml `nationality_titles`), not where they work."""
    root = span.root
    return root.dep_ == "nmod" and title_lemma(root.head) in _nationality_titles(lang)


@cache
def _nationality_titles(lang: str) -> frozenset[str]:
    return frozenset(load_yaml("extract", "posts.yml", lang)["nationality_titles"])


def profession(span: Span, lang: str) -> bool:
    """Whether a span names a profession («музыкант», «футболиста») or a rank («генерал-полковник»): no
    post title of titles.tsv («президент», «генерального секретаря ОДКБ», «кронпринц») starts at any of
    its words, nor ends a hyphenated one («вице-премьер-министр»: «премьер-министр»); titles.tsv's ranks
    are held by a person in no organization, and the domain gold never writes one as a post."""
    lexicon, tokens = title_lexicon(lang), list(span)
    if any(found is not None and found[1] != RANK for found in (lexicon.match(tokens[i:]) for i in range(len(tokens)))):
        return False
    return not any(lexicon.relations.get((part,), RANK) != RANK
                   for token in tokens for part in _hyphen_tails(title_lemma(token)))


def _hyphen_tails(lemma: str) -> list[str]:
    """«вице-премьер-министр» → «премьер-министр», «министр»."""
    parts = lemma.split("-")
    return ["-".join(parts[i:]) for i in range(1, len(parts))]


def joins_appositions(span: Span) -> bool:
    """Whether a span runs over a comma into an apposition of its own first phrase: «генеральный директор
    организации, представительница Болгарии» names a post and then where its holder comes from, two
    phrases; a comma inside a list («министр труда, занятости и социальной защиты») joins conjuncts."""
    return any(token.dep_ == APPOSITION and span.start <= token.head.i < span.end
               and any(t.text == "," for t in span.doc[token.head.i + 1:token.i]) for token in span)


def post_owner(span: Span, lang: str) -> bool:
    """Whether a mention names whose a post is: its phrase (through the conjuncts listed with it and the
    genitives above it) is the genitive of a post title of titles.tsv («министры иностранных дел
    Азербайджана, Армении, Беларуси»: Беларуси → Азербайджана → дел → министры). A name in apposition to a
    title is its holder, not its owner («члену ХДС Томасу Шеферу»)."""
    lexicon = title_lexicon(lang)
    token = span.root
    while token.dep_ == CONJUNCT and token.head.i != token.i:
        token = token.head                       # the first conjunct carries the list's link
    while token.dep_ in GENITIVE_LINKS and token.head.i != token.i:
        link, token = token.dep_, token.head
        found = lexicon.match(list(token.doc[token.i:token.sent.end]))
        if found is not None and found[1] != RANK:
            return link == GENITIVE
    return False
