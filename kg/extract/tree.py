"""The steps every argument path takes: `Reach` (what a path may need) and the UD moves shared by
the paths of `arguments` and `subject_paths` (children by relation, prepositions, genitives, nouns
that only frame a role, location nouns)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.grammar import grammar

OBLIQUE = {"obl", "nmod", "iobj", "obl:agent"}
STOP = {"parataxis", "acl:relcl", "acl", "appos", "ROOT", "root"}
SUBJECTS = ("nsubj", "nsubj:pass")
NOUNS = frozenset({"NOUN", "PROPN"})     # parts of speech of a noun phrase's head (Universal Dependencies)
VERBS = frozenset({"VERB", "AUX"})       # parts of speech of a verb


@dataclass(frozen=True)
class Reach:
    words: dict
    lang: str
    preps: tuple[str, ...] = ()
    transitive: bool = False


Path = Callable[[Token, Reach], list[Token]]


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def agent(token: Token, reach: Reach | None = None) -> list[Token]:
    """The instrumental agent of a passive or a participle («принята лидерами», «статус предоставлен Советом»)."""
    return [c for c in token.children if c.dep_ in OBLIQUE and preposition(c) is None
            and "Ins" in c.morph.get("Case")]


def preposition(token: Token) -> str | None:
    case = _case_marker(token)
    return case.lemma_.lower() if case is not None else None


def _case_marker(token: Token) -> Token | None:
    """The preposition of a noun. The parser sometimes hangs two on one noun and none on the noun
    before it («Председательство в СНГ … переходит от Таджикистана»: «в» and «от» both on
    «Таджикистана»): the one right before a noun is its own, the nearest one before a noun with two."""
    cases = [c for c in token.children if c.dep_ == "case"]
    if len(cases) > 1:
        return max((c for c in cases if c.i < token.i), key=lambda c: c.i, default=cases[0])
    if cases:
        return cases[0]
    before = token.doc[token.i - 1] if token.i > 0 else None
    if (before is not None and before.dep_ == "case" and before.head.i > token.i
            and sum(c.dep_ == "case" for c in before.head.children) > 1):
        return before
    return None


def in_capacity(token: Token, words: dict) -> bool:
    """«в качестве наблюдателей», «в статусе партнера» parsed as one compound preposition (the status
    noun a `fixed` part of «в»): the noun names the capacity its clause's subject acts in."""
    return any(c.dep_ == "case" and c.lemma_.lower() in words["status_marks"]
               and any(f.dep_ == "fixed" and f.lemma_.lower() in words["status_nouns"] for f in c.children)
               for c in token.children)


def is_genitive(token: Token) -> bool:
    cases = token.morph.get("Case")
    # abbreviations ("ШОС", "ООН") often carry no or a wrong case; their position decides
    return preposition(token) is None and ("Gen" in cases or token.pos_ == "PROPN")


def through_transparent(token: Token, words: dict) -> Token:
    """«в состав Совета» → «Совета», «в число членов Совета» → «Совета»: skip nouns that only frame a role."""
    seen = 0
    while token.lemma_.lower() in words["transparent"] and seen < 3:
        inner = [c for c in token.children if c.dep_ == "nmod" and c.i > token.i and is_genitive(c)]
        if not inner:
            break
        token, seen = inner[0], seen + 1
    return token


def through_location(token: Token, words: dict) -> list[Token]:
    """«в столице Лаоса Вьентьяне», «в г. Габала», «в штаб-квартире ООН в Нью-Йорке»: the place a
    location noun names; the noun itself when it names none."""
    if token.lemma_.lower() not in words["locations"]:
        return [token]
    named = [c for c in token.children if c.dep_ in {"appos", "flat:name", "flat"}]
    # «в столице Лаоса Вьентьяне»: the parser hangs the city's name on the state's
    named += [n for c in token.children if c.dep_ == "nmod" and preposition(c) is None
              for n in c.children if n.dep_ in {"appos", "flat:name"} and n.ent_type_ and n.ent_type_ == c.ent_type_]
    inner = [c for c in token.children if c.dep_ == "nmod" and preposition(c) in {"в", "на"}]
    return named or inner or [token]


def prepositional(token: Token, reach: Reach) -> list[Token]:
    found = [c for c in token.children if c.dep_ in OBLIQUE and preposition(c) in reach.preps]
    found = [place for c in found for place in through_location(c, reach.words)]
    found += [c for c in token.children if c.dep_ == "advmod" and c.lemma_.lower() in reach.words["relatives"]
              and reach.preps and set(reach.preps) & {"в", "на"}]          # «…, где приняли участие»
    return [through_transparent(t, reach.words) for t in found]


def genitive(token: Token, reach: Reach) -> list[Token]:
    return [through_transparent(c, reach.words) for c in token.children
            if c.dep_ == "nmod" and c.i > token.i and is_genitive(c)]


def genitive_chain(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "nmod" and c.i > token.i and preposition(c) is None]


def stray_nominatives(noun: Token) -> list[Token]:
    """The subject a verb lacks, which the parser hung on a noun phrase of that verb: a nominative
    dependent of the noun («В ходе неформального саммита президенты России … обсудили»), or, for a
    plural verb, a form the nominative plural shares («В ходе встречи делегации России, Китая …
    рассмотрели», read as a genitive singular)."""
    verb = noun.head
    if verb.pos_ not in VERBS or children(verb, *SUBJECTS):
        return []
    plural = "Plur" in verb.morph.get("Number")
    return [c for c in children(noun, "nmod") if c.i > noun.i and not any(g.dep_ == "case" for g in c.children)
            and (_nominative(c) or (plural and _plural_homonym(c)))]


def _nominative(noun: Token) -> bool:
    """Nominative, or a name a word of which is («Си Цзиньпин»: the tagger guesses a case for «Си»)."""
    return any("Nom" in t.morph.get("Case") for t in (noun, *children(noun, "flat:name")))


def _plural_homonym(noun: Token) -> bool:
    """A form the nominative plural shares (the feminine genitive singular: «делегации», «стороны»)."""
    features = set(str(noun.morph).split("|"))
    return noun.pos_ == "NOUN" and any(set(form.split("|")) <= features
                                       for form in grammar(noun.doc.lang_).plural_homonyms)
