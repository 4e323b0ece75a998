"""The `bodies` extractor: a body named with its organization is part of it (subOrganizationOf).

"Совет глав государств ШОС" → ШОС, "Совет управляющих МАГАТЭ" → МАГАТЭ, "Совет ООН по правам
человека" → ООН, "Исполнительный комитет Региональной антитеррористической структуры ШОС" → РАТС
ШОС (the nearest organization named after the body noun), and РАТС ШОС → ШОС. The body noun comes
from `part_nouns` (posts.yml), in the singular ("правительства стран ЕС" are the members'); the words up to the organization are genitives, names of people in
the body's name ("глав государств-членов", "министров"), parentheses and dashes; a state or
place there ends the search ("Совет Федерации России" is no part of an organization). A body
named inside a post or an event ("директор Исполнительного комитета …", "заседание Совета …")
counts as well.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ExtractContext
from kg.extract.grammar import grammar
from kg.extract.mentions import Found, MentionIndex, index_mentions
from kg.extract.post_labels import is_bracketed_abbreviation, part_nouns, unbracketed, without_abbreviations
from kg.extract.spans import ORGANIZATION, PERSON, PLACE, mention, provenance
from kg.extract.states import gazetteer_entries
from kg.resources import load_yaml
from kg.types import Candidate
from kg.extract.tree import NOUNS

PREDICATE = "subOrganizationOf"
STATE_TYPES = frozenset({"Country", "Place"})
NAME_POS = frozenset({"NOUN", "PROPN", "ADJ"})
BRIDGES = frozenset({"(", ")", "-", "—", "–"})
MAX_WORDS = 12          # a body's name is short; further on, a name belongs to something else
DIRECT_CASES = frozenset({"Nom", "Acc"})
MAX_NAME = 6            # words of an organization's name inside it ("Организации тюркских государств")


class BodyExtractor:
    name = "bodies"

    def __call__(self, doc: Doc, ctx: ExtractContext) -> Iterator[Candidate]:
        for body, owner in _all_bodies(doc, index_mentions(doc, ctx), ctx):
            yield self._candidate(body, owner, doc, ctx)

    def _candidate(self, body: Found, owner: Found, doc: Doc, ctx: ExtractContext) -> Candidate:
        parts = [(body.span.start_char, body.span.end_char), (owner.span.start_char, owner.span.end_char)]
        evidence = provenance(doc, ctx, body.span.sent, parts, self.name, f"{PREDICATE}/{body.span.root.lemma_}", 0.8)
        return Candidate(body.mention, PREDICATE, owner.mention, evidence)


def with_bodies(doc: Doc, index: MentionIndex, ctx: ExtractContext) -> MentionIndex:
    """The index plus the bodies the NER left untagged («совет государств СНГ», «коллегия ЕЭК»), so
    that a frame can fill a role with one («Кыргызстан возглавит совет государств СНГ»). Titles keep
    the plain index: «председатель коллегии ЕЭК» works for the commission, not for its board."""
    named = {f.span for f in index.found if f.kind == "entity"}
    bodies = [body for body, _ in _all_bodies(doc, index, ctx) if body.span not in named]
    return MentionIndex((*index.found, *bodies)) if bodies else index


def _all_bodies(doc: Doc, index: MentionIndex, ctx: ExtractContext) -> Iterator[tuple[Found, Found]]:
    nouns = part_nouns(ctx.lang)
    covered_until = 0       # "правительств" inside "Совет глав правительств … ШОС" is no body of its own
    for token in doc:
        if (token.i >= covered_until and token.pos_ in NOUNS and token.lemma_.lower() in nouns
                and token.ent_type_ != PERSON and _singular(token)):
            for body, owner in _bodies(token, index, ctx):
                covered_until = max(covered_until, owner.span.end)
                yield body, owner


def _bodies(noun: Token, index: MentionIndex, ctx: ExtractContext) -> Iterator[tuple[Found, Found]]:
    """The body the noun heads and its organization, and, when that organization is a body named
    with another one ("Региональной антитеррористической структуры ШОС"), that one's too."""
    found = _body_and_owner(noun, index, ctx)
    while found is not None:
        yield found
        body, owner = found
        inner = next((t for t in owner.span if t.lemma_.lower() in part_nouns(ctx.lang) and _singular(t)), None)
        found = _body_and_owner(inner, index, ctx) if inner is not None else None
        if found is not None and _same(found[1], owner, ctx):
            found = None                  # "Евразийской экономической комиссии (ЕЭК)" names itself


def _same(first: Found, second: Found, ctx: ExtractContext) -> bool:
    keys = {entry.key for entry in gazetteer_entries(first.mention.normal, ctx)}
    return bool(keys & {entry.key for entry in gazetteer_entries(second.mention.normal, ctx)})


def _body_and_owner(noun: Token, index: MentionIndex, ctx: ExtractContext) -> tuple[Found, Found] | None:
    doc = noun.doc
    end = min(noun.sent.end, noun.i + 1 + MAX_WORDS)
    complement = False          # "и" belongs to a body's name only inside a «по» phrase
    for position in range(noun.i + 1, end):
        owner = None if _own_abbreviation(doc, position) else _organization_from(doc, position, end, index, ctx)
        if owner is not None and _members_own(owner, end, index, ctx):
            owner = None
        if owner is not None:
            span = doc[_name_start(noun):_complement_end(doc, owner.span.end, end, ctx.lang)]
            return Found(span, _body_mention(span, noun, owner, index, ctx), "entity"), owner
        token = doc[position]
        complement = complement or token.lower_ == "по"
        if not _continues(token) or (token.lower_ == "и" and not complement):
            return None
    return None


def _members_own(owner: Found, end: int, index: MentionIndex, ctx: ExtractContext) -> bool:
    """"Совет глав МИД СНГ": an organization that people in the body's name head («глав»,
    «министров») and that another organization follows is each member's own (every CIS state's
    foreign ministry), not the body's organization: that is the one after it."""
    doc = owner.span.doc
    people = doc[owner.span.start - 1]
    headed = people.pos_ in NOUNS and "Plur" in people.morph.get("Number") and "Anim" in people.morph.get("Animacy")
    return headed and owner.span.end < end and _organization_from(doc, owner.span.end, end, index, ctx) is not None


def _own_abbreviation(doc: Doc, position: int) -> bool:
    """"Региональной антитеррористической структуры (РАТС) ШОС": a bracketed abbreviation is the
    body's own name, not its organization."""
    return 0 < position and is_bracketed_abbreviation(doc, position - 1, len(doc)) and len(doc[position].text) > 1


def _singular(noun: Token) -> bool:
    """"правительства стран ЕС" are the members' own; "силы" has no singular in this sense."""
    return "Plur" not in noun.morph.get("Number") or noun.lemma_.lower() == "сила"


def _name_start(noun: Token) -> int:
    """"Исполнительный комитет", "Парламентской ассамблее": adjectives before the noun name the body."""
    i = noun.i
    while i - 1 >= noun.sent.start and _modifies(noun.doc[i - 1], noun):
        i -= 1
    return i


def _modifies(token: Token, noun: Token) -> bool:
    """An adjective of the body's name: it agrees with the noun ("следующая страной-председателем
    совета" does not)."""
    adjective = token.dep_ == "amod" and token.head.i >= token.i
    return adjective and token.ent_type_ != PLACE and _same_case(token, noun)


def _same_case(adjective: Token, noun: Token) -> bool:
    """The adjective's case is the noun's; an inanimate noun's nominative and accusative are one
    form, so the tagger telling them apart («Министерский мониторинговый комитет»: Nom, Acc) is
    no disagreement."""
    cases = {adjective.morph.get("Case")[0] if adjective.morph.get("Case") else None,
             noun.morph.get("Case")[0] if noun.morph.get("Case") else None}
    return len(cases) == 1 or (cases == set(DIRECT_CASES) and "Anim" not in noun.morph.get("Animacy"))


def _continues(token: Token) -> bool:
    """Words inside a body's name before its organization: genitives (people included), parentheses."""
    if token.text in BRIDGES or token.lower_ in grammar(token.doc.lang_).body_inner_words:
        return True
    participle = token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm")   # "Совет управляющих"
    if token.ent_type_ in {PERSON, PLACE} or (token.pos_ not in NAME_POS and not participle):
        return False
    return "Gen" in token.morph.get("Case") or not token.morph.get("Case") or token.ent_type_ == ORGANIZATION


def _organization_from(doc: Doc, position: int, end: int, index: MentionIndex, ctx: ExtractContext) -> Found | None:
    """The longest organization named from `position` on: a name found there ("ШОС", "ООН" inside
    the NER's "Совет Безопасности ООН"), or a phrase the gazetteer knows as one ("Региональной
    антитеррористической структуры ШОС", "Евразийской экономической комиссии")."""
    token = doc[position]
    if token.pos_ not in {"ADJ", "PROPN"} and not token.ent_type_:
        return None
    found = index.at(token)
    candidates = [found] if found is not None and found.kind == "entity" and found.span.start == position else []
    for last in range(position, min(end, position + MAX_NAME)):
        if doc[last].ent_type_ == PERSON or not (_continues(doc[last]) or doc[last].ent_type_ == PLACE):
            break
        if doc[last].pos_ in NOUNS:
            span = doc[position:last + 1]
            candidates.append(Found(span, mention(span, "Organization", ctx), "entity"))
    organizations = [c for c in candidates if _is_organization(c, ctx)]
    return max(organizations, key=lambda c: len(c.span), default=None)


def _is_organization(found: Found, ctx: ExtractContext) -> bool:
    """A name the gazetteer knows as an organization only (the NER calls "Союзного государства" a place)."""
    entries = gazetteer_entries(found.mention.normal, ctx)
    return bool(entries) and not any(entry.type in STATE_TYPES for entry in entries)


def _complement_end(doc: Doc, end: int, limit: int, lang: str) -> int:
    """"Совет ООН | по правам человека": a «по» phrase right after the organization is the body's
    when its noun is one of a post's complements (posts.yml), not "по приглашению президента"."""
    nouns = load_yaml("extract", "posts.yml", lang)["complements"]["по"]
    if end + 1 < limit and doc[end].lower_ == "по" and doc[end + 1].lemma_.lower() in nouns:
        k = end + 1
        while k < limit and (doc[k].pos_ in NAME_POS or doc[k].text == "и") and not doc[k].ent_type_:
            k += 1
        return k if doc[k - 1].pos_ in NOUNS else end
    return end


def _body_mention(span: Span, noun: Token, owner: Found, index: MentionIndex, ctx: ExtractContext):
    """The body named in the nominative up to its noun and as written after it ("Совет глав
    государств — членов ШОС"), with its other names: the owner's other names after the same words,
    without a bracketed abbreviation ("Комитет секретарей советов безопасности ОДКБ")."""
    doc = span.doc
    found = index.at(span[0])
    head = ctx.language.normalize(doc[span.start:noun.i + 1])
    inner = doc[noun.i + 1:owner.span.start]
    after = doc[owner.span.end:span.end].text
    owner_names = {owner.span.text, owner.mention.normal}
    for entry in gazetteer_entries(owner.mention.normal, ctx):
        owner_names |= {entry.ru, *entry.abbreviations, *entry.aliases}
    aliases = [" ".join(part for part in (head, between, name, after) if part)
               for between in dict.fromkeys((without_abbreviations(inner), _without_members(inner, ctx.lang)))
               for name in sorted(owner_names)]
    alone = " ".join(part for part in (head, without_abbreviations(inner)) if part)
    if without_abbreviations(inner) != inner.text and not after:   # "Бюро по … (БДИПЧ) ОБСЕ"
        aliases.append(alone)
    aliases = tuple(dict.fromkeys(aliases))
    base = found.mention if found is not None and found.span == span else replace(
        mention(span, "Organization", ctx), normal=unbracketed(f"{head} {doc[noun.i + 1:span.end].text}".strip()))
    return replace(base, aliases=aliases)


def _without_members(span: Span, lang: str) -> str:
    """"глав государств-членов", "глав стран — членов" → "глав государств": the same body as the
    gold and other articles name it (`body_name_words` in posts.yml)."""
    words = load_yaml("extract", "posts.yml", lang)["body_name_words"]
    parts = []
    for token in span:
        lemma = token.lemma_.lower()
        if lemma in words["dropped"] or token.text in BRIDGES:
            continue
        replaced = words["replaced"].get(lemma)
        parts.append(replaced if replaced is not None else token.text)
    return " ".join(parts)

