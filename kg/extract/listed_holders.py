"""A list of posts and a list of names, paired in order ("главы МИД РФ, КНР и Белоруссии Сергей
Лавров, Ван И, Максим Рыженков"), checked against what is known of the names: news also writes
«президенты России и Беларуси Александр Лукашенко и Владимир Путин», where the order misleads."""
from __future__ import annotations

from kg.extract.context import ExtractContext
from kg.extract.holding import Holding
from kg.extract.mentions import Found
from kg.extract.states import gazetteer_entries
from kg.extract.titles import Title


def repair_lists(held: dict[int, list[Holding]], titles: list[Title], ctx: ExtractContext) -> None:
    """A list paired in order ("президенты России и Беларуси Лукашенко и Путин") is checked against
    what is known of its names: the posts the rest of the document gives them ("президент Беларуси
    Александр Лукашенко") and their citizenship in the gazetteer. A name known to belong to another
    state or organization of the list takes that post; the names left over keep a post only when one
    name and one post are left, else the list gives them nothing."""
    known: dict[str, set[str]] = {}
    for holdings in held.values():
        for holding in holdings:
            if holding.rule != "list" and holding.title.organization is not None:
                known.setdefault(_person_key(holding.holder), set()).update(_post_keys(holding.title, ctx))
    for position, title in enumerate(titles):
        listed = [p for p, t in enumerate(titles) if t.post == title.post and t.words == title.words]
        if position != listed[0] or len(listed) < 2 or not all(len(held[p]) == 1 and held[p][0].rule == "list"
                                                             for p in listed):
            continue
        _repair_list([held[p][0] for p in listed], listed, held, known, ctx)


def _repair_list(holdings: list[Holding], listed: list[int], held: dict[int, list[Holding]],
                 known: dict[str, set[str]], ctx: ExtractContext) -> None:
    keys = {p: _post_keys(h.title, ctx) for h, p in zip(holdings, listed)}
    claimed: dict[int, Found] = {}
    for holding in holdings:
        evidence = known.get(_person_key(holding.holder), set()) | _citizenship(holding.holder, ctx)
        matching = [p for p in listed if keys[p] & evidence]
        if len(matching) == 1 and matching[0] not in claimed:
            claimed[matching[0]] = holding.holder
    if all(claimed[p] is h.holder for h, p in zip(holdings, listed) if p in claimed):
        return                                        # what is known agrees with the order
    free_posts = [p for p in listed if p not in claimed]
    free_names = [h.holder for h in holdings if h.holder not in claimed.values()]
    if len(free_posts) == 1 and len(free_names) == 1:
        claimed[free_posts[0]] = free_names[0]
    for p in listed:
        held[p] = [Holding(held[p][0].title, claimed[p], "list")] if p in claimed else []


def _person_key(person: Found) -> str:
    """A person's surname: "Александр Лукашенко" and a later "Лукашенко" are one person."""
    return person.mention.normal.split()[-1].lower().replace("ё", "е")


def _citizenship(person: Found, ctx: ExtractContext) -> set[str]:
    """The state the gazetteer gives a person ("Александр Лукашенко" → Белоруссия), as its key."""
    return {entry.citizenship for entry in gazetteer_entries(person.mention.normal, ctx)
            if entry.type == "Person" and entry.citizenship}


def _post_keys(title: Title, ctx: ExtractContext) -> set[str]:
    """The organization of a post and its owner, by gazetteer key ("Беларуси" and "Белоруссии" are
    one), else by name: "МИД КНР" → {"мид кнр", Китай}."""
    keys = set()
    for found in (title.organization, title.owner):
        if found is not None:
            entries = gazetteer_entries(found.mention.normal, ctx)
            keys.add(entries[0].key if len(entries) == 1 else found.mention.normal.lower())
    return keys
