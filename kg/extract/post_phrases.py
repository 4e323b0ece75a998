"""The words that complete a title into a post, what the post belongs to, and its names.

"главы МИД Египта" → the post "глава МИД Египта" belongs to the body "МИД Египта", owned by
"Египта"; "министр иностранных дел России" → to "России" ("иностранных дел" is a portfolio, no
body); "главы МИД РФ, КНР и Белоруссии" → three posts, one per state listed; "генсек организации"
and a bare "генеральный секретарь" → to the article's organization, "премьер-министр" alone → to
the one state its sentence names (kg/extract/post_context.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ExtractContext
from kg.extract.mentions import Found, MentionIndex
from kg.extract.post_context import (article_organization, genitive_name, is_igo, post_aliases, recent_state,
                                     sentence_state)
from kg.extract.post_labels import compose, nominative_title, title_lemma, unbracketed, without_abbreviations
from kg.extract.spans import PERSON, mention
from kg.extract.states import gazetteer_entries
from kg.resources import load_yaml

ORGANIZATION_LABELS = frozenset({"Organization", "Place", "Country"})
NAMED_KINDS = frozenset({"entity", "state"})
PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
LIST_JOINERS = frozenset({",", "и"})


@dataclass(frozen=True)
class Variant:
    post: Span
    label: str
    organization: Found | None
    owner: Found | None
    aliases: tuple[str, ...] = ()
    owner_igo: bool = False       # the owner is an international organization ("Генассамблеи ООН")
    vague: bool = False           # a bare title that names no particular post ("заместитель")


@dataclass(frozen=True)
class Completion:
    end: int                              # token index after the post
    variants: tuple[Variant, ...]
    state_first: bool = False
    compound: bool = False


@dataclass
class _Reading:
    """What a left-to-right read of the words after the title finds."""
    end: int
    named: list[Found] = field(default_factory=list)        # names that may own the post, in order
    listed: list[Found] = field(default_factory=list)       # the last of them and the names joined to it
    body_start: int | None = None                           # where a body noun begins ("МИД", "кабинета")
    body_owner: Found | None = None                         # a state adjective before it ("российского МИД")
    role_noun: Token | None = None                          # "организации", "альянса"
    compound: bool = False


@cache
def _words(lang: str) -> dict:
    data = load_yaml("extract", "posts.yml", lang)
    complements = {prep: frozenset(nouns) for prep, nouns in data["complements"].items()}
    return {"body": frozenset(data["body_nouns"]), "roles": frozenset(data["organization_nouns"]),
            "complements": complements, "placed": frozenset(data["placed_titles"]),
            "organization_titles": frozenset(data["organization_titles"]),
            "state_nouns": frozenset(data["state_nouns"]), "state_bodies": frozenset(data["state_body_nouns"]),
            "state_titles": frozenset(data["state_titles"])}


def complete(words: Span, index: MentionIndex, lexicon, ctx: ExtractContext) -> Completion:
    vocabulary = _words(ctx.lang)
    reading = _read(words, index, lexicon, vocabulary, ctx)
    head = nominative_title(words, ctx)
    doc = words.doc
    state = _state_before(words, index)
    if state is not None and not reading.named and reading.role_noun is None:
        post = doc[state.span.start:reading.end]
        variant = _state_variant(words, post, head, state, reading, index, ctx)
        return Completion(reading.end, (variant,), True, reading.compound)
    post = doc[words.start:reading.end]
    if not reading.listed or _bare_body(reading, vocabulary):
        variant = _contextual_variant(words, post, head, reading, index, lexicon, ctx, vocabulary)
        return Completion(reading.end, (variant,), compound=reading.compound)
    variants = tuple(_named_variant(words, post, head, reading, item, index, ctx) for item in reading.listed)
    return Completion(reading.end, variants, compound=reading.compound)


def _named_variant(words: Span, post: Span, head: str, reading: _Reading, item: Found, index: MentionIndex,
                   ctx: ExtractContext) -> Variant:
    """The post of a title that names its organization (one of a list: "главы МИД РФ, КНР …")."""
    doc = words.doc
    organization, owner = _organization(reading, item, index, ctx)
    if len(reading.listed) > 1:
        label = compose(head, doc[words.end:reading.listed[0].span.start].text, item.span.text)
    else:
        label = compose(head, without_abbreviations(doc[words.end:reading.end]))
    prefix = compose(head, doc[words.end:organization.span.start].text)
    aliases = post_aliases(prefix, organization, ctx)
    if owner is not None and owner.span.start > organization.span.start:
        body = doc[organization.span.start:owner.span.start].text
        aliases += post_aliases(compose(prefix, body), owner, ctx)
    elif owner is not None:                       # "главы российского МИД": "глава МИД" + Russia's names
        aliases += post_aliases(compose(prefix, doc[owner.span.end:organization.span.end].text), owner, ctx)
    return Variant(post, label, organization, owner, (label, *aliases), owner is not None and is_igo(owner, ctx))


def _state_variant(words: Span, post: Span, head: str, state: Found, reading: _Reading, index: MentionIndex,
                   ctx: ExtractContext) -> Variant:
    """"британский премьер" → "премьер Великобритании" when the article names the state in the
    genitive somewhere, else the phrase in the nominative."""
    prefix = compose(head, words.doc[words.end:reading.end].text)
    genitive = genitive_name(state, index, ctx)
    label = compose(prefix, genitive) if genitive else compose(ctx.language.normalize(post))
    return Variant(post, label, state, None, (label, compose(ctx.language.normalize(post)),
                                               *post_aliases(prefix, state, ctx)))


def _contextual_variant(words: Span, post: Span, head: str, reading: _Reading, index: MentionIndex, lexicon,
                        ctx: ExtractContext, vocabulary: dict) -> Variant:
    """A title that names no organization, or only a role noun or a bare body ("генсек
    организации", "генеральный секретарь", "глава МИД"): its organization from the context."""
    doc = words.doc
    written = compose(head, doc[words.end:reading.end].text)
    key = " ".join(title_lemma(t) for t in words)
    if reading.role_noun is not None and reading.role_noun.lemma_.lower() in vocabulary["state_nouns"]:
        state = recent_state(index, ctx, reading.role_noun.i)     # "президент страны Вацлав Клаус"
        if state is not None:
            prefix = compose(head, doc[words.end:_modifiers_start(doc, reading.role_noun.i, words.end)].text)
            return _state_owned(post, prefix, None, state, index, ctx)
        return Variant(post, written, None, None, (written,))
    if reading.role_noun is not None or (key in vocabulary["organization_titles"] and not reading.listed):
        noun = reading.role_noun
        organization = article_organization(index, ctx, noun.lemma_.lower() if noun is not None else None,
                                             noun.i if noun is not None else None)
        if organization is None:
            return Variant(post, written, None, None, (written,))
        end = _modifiers_start(doc, noun.i, words.end) if noun is not None else reading.end
        prefix = compose(head, doc[words.end:end].text)
        label = compose(prefix, genitive_name(organization, index, ctx) or organization.mention.normal)
        return Variant(post, label, organization, None, (label, written, *post_aliases(prefix, organization, ctx)))
    body = reading.listed[0] if reading.listed else None
    if body is not None or key in vocabulary["state_titles"]:
        state = sentence_state(post, index, ctx, lexicon)
        if state is not None:
            return _state_owned(post, written, body, state, index, ctx)
    # "заместитель", "председатель" alone name no post a reader could write down
    vague = reading.end == words.end and key not in vocabulary["state_titles"] | vocabulary["organization_titles"]
    return Variant(post, written, None, None, (written,), vague=vague)


def _state_owned(post: Span, written: str, body: Found | None, state: Found, index: MentionIndex,
                 ctx: ExtractContext) -> Variant:
    """"глава МИД" + the sentence's Russia → the post "глава МИД России" of the body "МИД России"."""
    genitive = genitive_name(state, index, ctx) or state.mention.normal
    label = compose(written, genitive)
    aliases = (label, written, *post_aliases(written, state, ctx))
    if body is None:
        return Variant(post, label, state, None, aliases)
    named = replace(body.mention, normal=f"{body.mention.normal} {genitive}")
    return Variant(post, label, Found(body.span, named, body.kind), state, aliases)


def _bare_body(reading: _Reading, vocabulary: dict) -> bool:
    """"глава МИД": a state's body named by its common noun alone, with no owner."""
    return (len(reading.named) == 1 and len(reading.named[0].span) == 1
            and reading.named[0].span.root.lemma_.lower() in vocabulary["state_bodies"])


def _read(words: Span, index: MentionIndex, lexicon, vocabulary: dict, ctx: ExtractContext) -> _Reading:
    doc = words.doc
    end = words.sent.end
    reading = _Reading(words.end)
    placed = " ".join(t.lemma_.lower() for t in words) in vocabulary["placed"]
    j = words.end
    while j < end:
        token = doc[j]
        if token.ent_type_ == PERSON:
            break
        named = _named_at(token, index) or _known_name(token, ctx)
        if named is not None:
            if _is_body_name(named, vocabulary) and reading.body_start is None:
                reading.body_start = named.span.start
                if reading.named and reading.named[-1].kind == "state" and reading.named[-1].span.end == j:
                    reading.body_owner = reading.named[-1]        # "российского МИД"
            reading.named.append(named)
            reading.listed = [named]
            j = reading.end = named.span.end
            j = reading.end = _listed(doc, j, reading, index)
            continue
        inner = lexicon.match(list(doc[j:end])) if _genitive(token) else None
        if inner is not None:                                # "помощник президента", "и.о. генсека"
            reading.compound = True
            j = reading.end = j + inner[0]
            continue
        if token.pos_ in PHRASE_POS and _genitive(token) and (not _animate(token) or _after_body(doc, j, vocabulary)):
            lemma = token.lemma_.lower()
            if lemma in vocabulary["body"] and reading.body_start is None:
                reading.body_start = _modifiers_start(doc, j, words.end)
            if lemma in vocabulary["roles"] or lemma in vocabulary["state_nouns"]:
                reading.role_noun = token
            j = reading.end = j + 1
            continue
        if _joins_portfolio(doc, j, end, reading, lexicon):   # "министр энергетики и индустрии Катара"
            j += 1
            continue
        if _bracketed_abbreviation(doc, j, end):              # "… структуры (РАТС) ШОС"
            j += 3
            continue
        complement = _complement(doc, j, end, index, vocabulary, placed)
        if complement is not None:
            j = reading.end = complement
            continue
        break
    return reading


def _known_name(token: Token, ctx: ExtractContext) -> Found | None:
    """A capitalized word the NER left untagged that the gazetteer knows ("Европарламента")."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_:
        return None
    span = token.doc[token.i:token.i + 1]
    found = Found(span, mention(span, "Organization", ctx), "entity")
    types = {entry.type for entry in gazetteer_entries(found.mention.normal, ctx)}
    if not types or "Country" in types:
        return None
    return found


def _bracketed_abbreviation(doc: Doc, j: int, end: int) -> bool:
    """"(РАТС)" inside a post, with more of the post after it."""
    return (j + 3 < end and doc[j].text == "(" and doc[j + 1].text.isupper() and doc[j + 2].text == ")"
            and doc[j + 3].pos_ in PHRASE_POS and doc[j + 3].ent_type_ != PERSON)


def _joins_portfolio(doc: Doc, j: int, end: int, reading: _Reading, lexicon) -> bool:
    """"и" between two genitive nouns of a portfolio, before any name is read."""
    if doc[j].text != "и" or reading.named or j + 1 >= end or j == 0:
        return False
    before, after = doc[j - 1], doc[j + 1]
    return (before.pos_ == "NOUN" and after.pos_ == "NOUN" and not after.ent_type_ and _genitive(before)
            and _genitive(after) and lexicon.match([after]) is None)


def _named_at(token: Token, index: MentionIndex) -> Found | None:
    found = index.at(token)
    if found is None or found.kind not in NAMED_KINDS or found.mention.label not in ORGANIZATION_LABELS:
        return None
    return found if found.span.start == token.i else None


def _listed(doc: Doc, j: int, reading: _Reading, index: MentionIndex) -> int:
    """Names joined to the one just read ("РФ, КНР и Белоруссии"): the post is one per name."""
    while j + 1 < len(doc) and doc[j].text in LIST_JOINERS:
        following = _named_at(doc[j + 1], index)
        if following is None or following.mention.label != reading.listed[-1].mention.label:
            break
        reading.listed.append(following)
        reading.named.append(following)
        j = following.span.end
    return j


def _complement(doc: Doc, j: int, end: int, index: MentionIndex, vocabulary: dict, placed: bool) -> int | None:
    """End of a prepositional complement of the post starting at `j`, or None."""
    token = doc[j]
    preposition = token.lemma_.lower()
    if j + 1 >= end:
        return None
    following = doc[j + 1]
    if preposition == "в" and placed:                     # "посол РФ в Индии"
        named = _named_at(following, index)
        return named.span.end if named is not None and "Loc" in following.morph.get("Case") else None
    nouns = vocabulary["complements"].get(preposition)
    if nouns is None:
        return None
    k = j + 1
    while k < end and doc[k].pos_ == "ADJ":
        k += 1
    if k >= end or (doc[k].lemma_.lower() not in nouns and "*" not in nouns):
        return None
    # "по особым поручениям | МИД России": a name after the complement's words is the post's owner,
    # unless the complement takes any noun ("при ООН")
    names_inside = "*" in nouns
    k = j + 1
    while k < end and doc[k].ent_type_ != PERSON and (names_inside or not doc[k].ent_type_) and (
            doc[k].pos_ in PHRASE_POS or doc[k].ent_type_ or (doc[k].text == "и" and k + 1 < end
                                                               and doc[k + 1].pos_ in PHRASE_POS)):
        k += 1
    return k


def _genitive(token: Token) -> bool:
    cases = token.morph.get("Case")
    return not cases or "Gen" in cases


def _animate(token: Token) -> bool:
    return "Anim" in token.morph.get("Animacy")


def _after_body(doc: Doc, j: int, vocabulary: dict) -> bool:
    """"кабинета министров", "Комитета секретарей": people in a body's name."""
    return j > 0 and doc[j - 1].lemma_.lower() in vocabulary["body"]


def _modifiers_start(doc: Doc, j: int, floor: int) -> int:
    """"Исполнительного комитета": the adjectives before a body noun are part of its name."""
    while j - 1 >= floor and doc[j - 1].pos_ == "ADJ":
        j -= 1
    return j


def _is_body_name(named: Found, vocabulary: dict) -> bool:
    """An organization named by a body noun: "МИД", "Правительства" (of a state named after it)."""
    return named.mention.label == "Organization" and named.span.root.lemma_.lower() in vocabulary["body"]


def _state_before(words: Span, index: MentionIndex) -> Found | None:
    """A state adjective right before the title words ("северокорейский лидер")."""
    before = words.start - 1
    if before < words.sent.start:
        return None
    found = index.at(words.doc[before])
    return found if found is not None and found.kind == "state" else None


def _owned_body(state: Found, body: Found, index: MentionIndex, ctx: ExtractContext) -> Found:
    """"российского МИД" → the body "МИД России" when the article names Russia in the genitive."""
    span = body.span.doc[state.span.start:body.span.end]
    genitive = genitive_name(state, index, ctx)
    named = mention(span, "Organization", ctx)
    names = post_aliases(body.mention.normal, state, ctx)          # "МИД Россия", "МИД РФ"
    named = replace(named, normal=f"{body.mention.normal} {genitive}", aliases=names) if genitive else \
        replace(named, aliases=names)
    return Found(span, named, "entity")


def _organization(reading: _Reading, item: Found, index: MentionIndex,
                  ctx: ExtractContext) -> tuple[Found, Found | None]:
    """(organization, owner) of the post whose last name is `item`: a body and its owner
    ("МИД Египта", "Египта"), or the name itself."""
    doc = item.span.doc
    if reading.body_owner is not None and reading.body_start == item.span.start:
        return _owned_body(reading.body_owner, item, index, ctx), reading.body_owner
    if reading.body_start is None or reading.body_start >= item.span.start:
        return item, None
    if len(reading.listed) > 1:          # "главы МИД РФ, КНР и …": the body of each state listed
        span = doc[reading.body_start:reading.listed[0].span.start]
        body = mention(span, "Organization", ctx)
        text, normal = f"{span.text} {item.span.text}", f"{body.normal} {item.span.text}"
        return Found(span, replace(body, text=text, normal=normal), "entity"), item
    span = doc[reading.body_start:item.span.end]
    # the owner is the first name after the body's own ("Исполнительного комитета | Региональной
    # антитеррористической структуры (РАТС) ШОС": РАТС, not ШОС)
    owner = next((n for n in reading.named if n.span.start > reading.body_start), item)
    body = mention(span, "Organization", ctx)
    return Found(span, replace(body, normal=unbracketed(body.normal)), "entity"), owner
