"""Shorter names of one article joining the fuller name that contains them.

- An organization named by one capitalized word («Совет», «Ассоциация», «Союз») joins the
  organization whose fuller name in the same article contains that word («Совет по правам
  человека», «Ассоциация государств Юго-Восточной Азии») when it is that name's head word (not
  «Пушкина» of «Института Пушкина»); a longer name joins the one that only adds the name of
  another organization of the article («Совет Безопасности» → «Совет Безопасности ООН», not
  «Верховный суд» → «Верховный суд Испании»).
- A document named by part of a fuller name joins it («заявление по ситуации в Украине» →
  «заявление председателя по ситуации в Украине»).
- An event named by part of a fuller event name («саммит», «саммит БРИКС») joins the event whose
  name contains all its words («XVI саммит БРИКС»): one event node per event per article. A name
  with a word the fuller one lacks («предыдущее заседание совета», «саммит в Баку») stays apart,
  except a number: «XV саммит» joins «саммит БРИКС» (not «саммит в Йоханнесбурге», «прошедший саммит»).

When several fuller names contain the short one, the cluster with clearly most mentions wins
(the lexicon's dominance ratio); otherwise the short name stays on its own. A bare event noun
(«в заседании приняли участие …») means the article's most mentioned event with that noun in
its name (the earliest on a tie); with no such event, the article's dominant gathering (counted
with the bare nouns its name has), if any.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence


ORGANIZATION, EVENT, DOCUMENT = "organization", "event", "document"
ADJECTIVE_ENDINGS = ("ый", "ий", "ой")       # lemma endings of adjectives
ORDINAL = re.compile(r"[ivxlcх]+|\d+(?:-\w{1,3})?")   # «xv», «32-й» in a lemma key


def merge_contained(readings: Sequence, named: list[int], partition, dominance_ratio: float,
                    place_prepositions: Sequence[str]) -> None:
    organizations = {readings[i].key for i in named if readings[i].group == ORGANIZATION}
    for group in (ORGANIZATION, EVENT, DOCUMENT):
        members = [i for i in named if readings[i].group == group]
        for i in sorted(members, key=lambda i: len(readings[i].key.split()), reverse=True):
            if group == ORGANIZATION and readings[i].entry is not None:
                continue
            fuller = {partition.find(j) for j in members
                      if _fuller(readings[j], readings[i], group, organizations, place_prepositions)}
            fuller.discard(partition.find(i))
            target = _chosen(fuller, partition, members, dominance_ratio)
            if target is not None:
                partition.union(target, i)


def _fuller(longer, short, group: str, organizations: set[str], place_prepositions: Sequence[str]) -> bool:
    """Whether `longer` is a fuller name of what `short` names."""
    words = short.key.split()
    if group == EVENT:
        return _contains(longer.key.split(), Counter(words)) or _numbered_head_of(longer.key.split(), words, place_prepositions)
    if group != ORGANIZATION:
        return _contains(longer.key.split(), Counter(words))
    if len(words) == 1:            # «Совет», «Ассоциация», «Союз»: the head word of the fuller name
        text = short.mention.text
        return text[:1].isupper() and not text.isupper() and _head_word(longer.key.split()) == words[0]
    rest = longer.key.removeprefix(short.key + " ")
    return rest != longer.key and rest in organizations     # «Совет Безопасности» of «Совет Безопасности ООН»


def _numbered_head_of(longer: list[str], short: list[str], place_prepositions: Sequence[str]) -> bool:
    """«XV саммит» of «саммит БРИКС»: a numbered event noun is the event named with that noun and a
    complement, when that name has no number of its own («саммит, 24 августа» stays apart) and is more
    than adjectives before the noun («прошедший саммит» stays apart) or the noun and its place (another
summit may have been there: «саммит в Йоханнесбурге»)."""
    numbers = [word for word in short if ORDINAL.fullmatch(word)]
    rest = [word for word in short if word not in numbers]
    if not numbers or not rest or any(ORDINAL.fullmatch(word) for word in longer):
        return False
    modifiers = 0
    while modifiers < len(longer) and longer[modifiers].endswith(ADJECTIVE_ENDINGS):
        modifiers += 1
    complement = longer[modifiers + 1:modifiers + 2]
    return bool(complement) and complement[0] not in place_prepositions and _contains(longer, Counter(rest))


def _head_word(words: list[str]) -> str:
    """The first noun of a name's lemma key: «совет» of «совет по право человек», «союз» of «африканский
    союз» (leading adjectives skipped)."""
    for word in words:
        if not word.endswith(ADJECTIVE_ENDINGS):
            return word
    return words[-1]


def _contains(longer: list[str], short: Counter) -> bool:
    return len(longer) > sum(short.values()) and not short - Counter(longer)


def _chosen(roots: set[int], partition, members: list[int], ratio: float) -> int | None:
    if len(roots) <= 1:
        return next(iter(roots), None)
    sizes = Counter(partition.find(i) for i in members)
    ranked = sorted(roots, key=lambda root: sizes[root], reverse=True)
    return ranked[0] if sizes[ranked[0]] >= ratio * sizes[ranked[1]] else None


def event_reference_target(readings: Sequence, index: int, events: list[list[int]]) -> list[int] | None:
    """The event cluster a bare event noun refers to, or None (then the dominant event applies)."""
    head = Counter(readings[index].key.split())
    named = [group for group in events if any(_contains(readings[i].key.split(), head) for i in group)]
    if not named:
        return None
    return max(named, key=lambda group: (len(group), -min(readings[i].mention.start for i in group)))
