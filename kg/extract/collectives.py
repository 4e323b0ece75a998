"""How a group, a gathering or a description of unnamed people stands for an organization or its members.

- a group or event stands for the organization it names last («лидерами стран-участниц ОТГ» → ОТГ);
- unnamed leaders of unnamed states, or a summit naming nobody, for the article's organization;
- a plural role phrase describes people or states («главы государств», «лидеры шести стран – …»),
  whose members are listed after it or included in it («включая …»);
- proxy nouns («спецслужбы», «государства-члены») act for their owner;
- taking part, unnamed leaders of unnamed member states are nobody («президенты стран ОДКБ»), and an unnamed
  title listed with plural ones names its state («президенты Азербайджана, …, премьер Армении»).
The shared filling moves that call these live in kg.extract.fillers.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.antecedents import counted_people
from kg.extract.coordination import conjuncts
from kg.extract.lists import item_roots
from kg.extract.mentions import Found, MentionIndex
from kg.extract.tree import children, preposition

COLLECTIVE_LABELS = {"Group", "Event", "Summit", "Meeting"}
SUMMITS = {"Summit", "Meeting"}          # gatherings that belong to an organization when they name nobody
ORGANIZATIONS = {"IntergovernmentalOrganization", "Organization", "GovernmentBody"}
LIST_DEPTH = 3                           # genitives a description of states runs through to the list of them


def is_proxy(lemma: str, proxies: list[str]) -> bool:
    """A proxy noun; the tagger lemmatizes a compound by its last part only («государства-член» for
    «государства-члены»), so a compound matches on its last part and the stem of its first."""
    if lemma in proxies or "-" not in lemma:
        return lemma in proxies
    first, _, last = lemma.partition("-")
    return any(p.partition("-")[2] == last and first.startswith(p.partition("-")[0][:-1])
               for p in proxies if "-" in p)


def organization_of(found: Found, index: MentionIndex, words: dict, members_as_one: bool = False) -> Found:
    """«лидерами стран-участниц ОТГ» → ОТГ: a group or event stands for the organization it names last;
    unnamed leaders of unnamed states («главы стран подписали …») for the article's organization,
    which resolution finds for the reference word; with `members_as_one`, so do the unnamed leaders of
    several named states («Руководители России, Белоруссии, Казахстана … приняли положение …», GUIDE §8)."""
    described = plural_description(found) or _mistaken_name(found, words)
    if found.mention.label not in COLLECTIVE_LABELS and not described:
        return found
    inside = [f for f in index.inside(found.span, ORGANIZATIONS)]
    if inside:
        return max(inside, key=lambda f: f.span.start)
    if members_as_one and found.mention.label == "Group" and not _names_inside(found, index, {"Person"}) and len(
            _names_inside(found, index, {"Country", "Place"})) >= words["members_acting_as_one"]:
        return Found(found.span, replace(found.mention, label="Organization", normal=words["collective_reference"]),
                     "role")
    if _unnamed_gathering(found, index, words) or (
            (found.mention.label == "Group" or described) and not _names_inside(found, index, {"Person", "Country", "Place"})
            and not counted_people(found.span.root, index, words)):      # «лидеры шести стран» named before
        reference = replace(found.mention, label="Organization", normal=words["collective_reference"])
        return Found(found.span, reference, "role")
    return found


def _mistaken_name(found: Found, words: dict) -> bool:
    """«Главы государств подписали …» with the words tagged an organization's name: a plural proxy noun
    («главы», «лидеры», «страны») names no organization; it describes people or states."""
    root = found.span.root
    # the tagger may give a compound the singular («Государства-члены … констатируют»): its verb's number tells
    plural = "Plur" in root.morph.get("Number") or (root.dep_ == "nsubj" and "Plur" in root.head.morph.get("Number"))
    return found.kind == "entity" and plural and is_proxy(root.lemma_.lower(), words["proxies"])


def _names_inside(found: Found, index: MentionIndex, labels: set[str]) -> list[Found]:
    """Mentions of `labels` inside the found span, not the same words read as a role («Главы государств» is a
    group and the role phrase «главы государств» at once: neither names anybody inside)."""
    edges = (found.span.start, found.span.end)
    return [f for f in index.inside(found.span, labels) if (f.span.start, f.span.end) != edges]


def _unnamed_gathering(found: Found, index: MentionIndex, words: dict) -> bool:
    """«декларация, принятая в ходе саммита», «по итогам встречи в верхах подписаны»: a summit or meeting
    that names no organization, person or state of its own is the article's organization's (a place
    it is held in names nobody: «саммит в Тяньцзине»)."""
    if found.mention.label not in SUMMITS:
        return False
    named = [f for f in index.inside(found.span, {"Person", "Country", "Place"})
             if f.mention.label == "Person" or not _placed(f.span, words)]
    return not named


def _placed(span: Span, words: dict) -> bool:
    return any(c.dep_ == "case" and c.lemma_.lower() in words["gathering_places"] for c in span.root.children)


def listed_under(owner: Token, lang: str) -> list[Token]:
    """«главы государств 11 стран: Азербайджана, Ирака …», «лидеры шести стран – России, Китая …»: the
    states listed after the innermost noun of a description of unnamed states (through its genitives)."""
    for _ in range(LIST_DEPTH):
        items = item_roots(owner, lang)
        if items:
            return items
        inner = [c for c in owner.children if c.dep_ == "nmod" and c.i > owner.i and preposition(c) is None]
        if not inner:
            return []
        owner = inner[0]
    return []


def included(owner: Token, words: dict) -> list[Token]:
    """«лидеры стран, заинтересованных в сотрудничестве с БРИКС, включая Азербайджан, Армению …»: the
    states a description of unnamed states includes, wherever the parser hung «включая» in it."""
    marks = [t for t in owner.subtree if t.lemma_.lower() in words["inclusions"] and t.sent == owner.sent]
    return [item for mark in marks for first in children(mark, "obj", "nmod") for item in (first, *first.conjuncts)]


def plural_description(found: Found) -> bool:
    """«главы государств», «лидеры США»: a role phrase describing several unnamed people."""
    return found.kind == "role" and found.mention.label == "Person" and "Plur" in found.span.root.morph.get("Number")


def governs(token: Token, prepositions: tuple[str, ...]) -> bool:
    return any(c.dep_ in {"nmod", "obl"} and any(g.dep_ == "case" and g.lemma_.lower() in prepositions for g in c.children)
               for c in token.children)


def listed_with_unnamed_leaders(root: Token) -> bool:
    """«президенты Азербайджана, Беларуси, …, премьер Армении, вице-премьер Туркменистана»: a singular title
    without a name, in one list with plural titles of states, names its state as they do (a title said
    alone may be a person the article names elsewhere: «Президент России вручил орден»)."""
    return "Plur" not in root.morph.get("Number") and any(
        "Plur" in t.morph.get("Number") and t.pos_ == "NOUN" for t in conjuncts(root) + [root.head] * (root.dep_ == "conj"))


def for_unnamed_members(owner: Token, found: Found, words: dict) -> bool:
    """«президенты стран ОДКБ»: an organization that a proxy noun stands for describes its members without
    naming them; taking part, it is not the organization that takes part (GUIDE §6: unnamed leaders
    make their states the participants, and these states are not named)."""
    return (found.mention.label in ORGANIZATIONS and is_proxy(owner.lemma_.lower(), words["proxies"])
            and not found.span.start <= owner.i < found.span.end)
