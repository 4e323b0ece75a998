"""Argument paths: from a trigger token to the tokens that fill its subject or object.

Each path is named in frames.yml; `tokens(path, trigger, words)` follows it over UD relations.
`governor.<path>` applies a path to the trigger's head ("провел встречу": the meeting's subject
is the subject of "провел").
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

OBLIQUE = {"obl", "nmod", "iobj", "obl:agent"}
EMBEDDING = {"xcomp", "csubj", "csubj:pass", "ccomp"}
STOP = {"parataxis", "acl:relcl", "acl", "appos", "ROOT", "root"}

Path = Callable[[Token, dict, Sequence[Token]], list[Token]]


def tokens(path: str, trigger: Token, words: dict, objects: Sequence[Token] = ()) -> list[Token]:
    """Tokens reached from `trigger` by `path`; `objects` are the object tokens already found."""
    if path.startswith("governor."):
        head = trigger.head
        return [] if head is trigger else tokens(path.removeprefix("governor."), head, words, objects)
    if path.startswith("prep:"):
        return prepositional(trigger, path.removeprefix("prep:"))
    return PATHS[path](trigger, words, objects)


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def preposition(token: Token) -> str | None:
    case = next((c for c in token.children if c.dep_ == "case"), None)
    return case.lemma_.lower() if case is not None else None


def is_genitive(token: Token) -> bool:
    cases = token.morph.get("Case")
    # abbreviations ("ШОС", "ООН") often carry no or a wrong case; their position decides
    return preposition(token) is None and ("Gen" in cases or token.pos_ == "PROPN")


def prepositional(token: Token, lemma: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in OBLIQUE and preposition(c) == lemma]


def genitive(token: Token, words: dict, objects: Sequence[Token] = ()) -> list[Token]:
    return [c for c in token.children if c.dep_ == "nmod" and c.i > token.i and is_genitive(c)]


def owner(token: Token, words: dict, objects: Sequence[Token] = ()) -> list[Token]:
    """"приоритетов председательства Казахстана": the owner of a chairmanship is its holder."""
    found = []
    for noun in genitive(token, words):
        found += owner(noun, words) if noun.lemma_.lower() in words["transparent"] else [noun]
    return found


def agent(token: Token, words: dict, objects: Sequence[Token] = ()) -> list[Token]:
    return [c for c in token.children if c.dep_ in OBLIQUE | {"obl"} and preposition(c) is None
            and "Ins" in c.morph.get("Case")]


def embedded_obj(token: Token, words: dict, objects: Sequence[Token] = ()) -> list[Token]:
    """"предложено выработать и принять Инициативу": the object of the infinitive(s)."""
    infinitives = [c for c in token.children if c.dep_ in EMBEDDING and "Inf" in c.morph.get("VerbForm")]
    infinitives += [conj for inf in infinitives for conj in inf.conjuncts if conj.pos_ == "VERB"]
    return [obj for inf in infinitives for obj in children(inf, "obj")]


def controller(token: Token, words: dict, objects: Sequence[Token] = ()) -> list[Token]:
    return children(token.head, "nsubj") if token.dep_ == "xcomp" else []


def copula_subject(token: Token, words: dict, objects: Sequence[Token] = ()) -> list[Token]:
    """"Иран стал членом ШОС", "X является одним из приоритетов": the subject of the copula."""
    verb = token.head
    if verb.lemma_.lower() in words["one_of"] and verb.head is not verb:      # "одним из приоритетов"
        verb = verb.head
    if verb.lemma_.lower() not in words["copulas"] and token.dep_ != "nsubj":
        return []
    subjects = [s for s in children(verb, "nsubj", "nsubj:pass") if s != token]
    # parsers often hang later parts of a long coordinated subject on the verb itself
    stray = [c for s in subjects for c in verb.children
             if s.i < c.i < verb.i and c.dep_ in {"amod", "nmod", "conj", "obl", "iobj"}]
    return subjects + stray


def object_genitive(token: Token, words: dict, objects: Sequence[Token] = ()) -> list[Token]:
    """"принятия стратегии ШОС": the organization a document belongs to adopts it."""
    return [g for obj in objects for g in genitive(obj, words)]


def speaker(token: Token, words: dict, objects: Sequence[Token] = ()) -> list[Token]:
    """Who says or thinks the clause: the subject of a governing or parenthetical speech verb."""
    clause = token
    while True:
        if clause is not token and clause.lemma_.lower() in words["speech"]:
            return children(clause, "nsubj")
        said = [c for c in clause.children if c.dep_ == "parataxis" and c.lemma_.lower() in words["speech"]]
        opinion = [c for c in clause.children if c.lemma_.lower() in words["opinion_nouns"]]
        if said or opinion:
            return children(said[0], "nsubj") if said else genitive(opinion[0], words)
        if clause.dep_ in STOP or clause.head is clause:
            return []
        clause = clause.head


def itself(token: Token, words: dict, objects: Sequence[Token] = ()) -> list[Token]:
    return [token]


PATHS: dict[str, Path] = {
    "nsubj": lambda t, w, o: children(t, "nsubj"),
    "nsubj_pass": lambda t, w, o: children(t, "nsubj:pass"),
    "obj": lambda t, w, o: children(t, "obj"),
    "agent": agent,
    "genitive": genitive,
    "owner": owner,
    "embedded_obj": embedded_obj,
    "controller": controller,
    "copula_subject": copula_subject,
    "object_genitive": object_genitive,
    "speaker": speaker,
    "self": itself,
}
