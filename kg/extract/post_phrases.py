"""The words that complete a title into a post, what the post belongs to, and its names.

"главы МИД Египта" → the post "глава МИД Египта" belongs to the body "МИД Египта", owned by
"Египта"; "министр иностранных дел России" → to "России" ("иностранных дел" is a portfolio, no
body); "главы МИД РФ, КНР и Белоруссии" → three posts, one per state listed; "генсек организации"
and a bare "генеральный секретарь" → to the article's organization, "премьер-министр" alone → to
the one state its sentence names (kg/extract/post_context.py).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span

from kg.extract.context import ExtractContext
from kg.extract.mentions import Found, MentionIndex
from kg.extract.post_context import (article_organization, genitive_name, is_igo, post_aliases, recent_state,
                                     sentence_state)
from kg.extract.post_labels import compose, nominative_title, title_lemma, unbracketed, without_abbreviations
from kg.extract.post_reading import Reading, modifiers_start, read, vocabulary_of
from kg.extract.spans import mention

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


def complete(words: Span, index: MentionIndex, lexicon, ctx: ExtractContext) -> Completion:
    vocabulary = vocabulary_of(ctx.lang)
    reading = read(words, index, lexicon, vocabulary, ctx)
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


def _named_variant(words: Span, post: Span, head: str, reading: Reading, item: Found, index: MentionIndex,
                   ctx: ExtractContext) -> Variant:
    """The post of a title that names its organization (one of a list: "главы МИД РФ, КНР …")."""
    doc = words.doc
    organization, owner = _organization(reading, item, index, ctx)
    if len(reading.listed) > 1:
        label = compose(head, doc[words.end:reading.listed[0].span.start].text, item.span.text)
    else:
        label = compose(head, without_abbreviations(doc[words.end:reading.end], reading.skipped))
    prefix = compose(head, without_abbreviations(doc[words.end:organization.span.start], reading.skipped))
    aliases = post_aliases(prefix, organization, ctx)
    if owner is not None and owner.span.start > organization.span.start:
        body = without_abbreviations(doc[organization.span.start:owner.span.start], reading.skipped)
        aliases += post_aliases(compose(prefix, body), owner, ctx)
    elif owner is not None:                       # "главы российского МИД": "глава МИД" + Russia's names
        aliases += post_aliases(compose(prefix, doc[owner.span.end:organization.span.end].text), owner, ctx)
    return Variant(post, label, organization, owner, (label, *aliases), owner is not None and is_igo(owner, ctx))


def _state_variant(words: Span, post: Span, head: str, state: Found, reading: Reading, index: MentionIndex,
                   ctx: ExtractContext) -> Variant:
    """"британский премьер" → "премьер Великобритании" when the article names the state in the
    genitive somewhere, else the phrase in the nominative."""
    prefix = compose(head, words.doc[words.end:reading.end].text)
    genitive = genitive_name(state, index, ctx)
    label = compose(prefix, genitive) if genitive else compose(ctx.language.normalize(post))
    return Variant(post, label, state, None, (label, compose(ctx.language.normalize(post)),
                                               *post_aliases(prefix, state, ctx)))


def _contextual_variant(words: Span, post: Span, head: str, reading: Reading, index: MentionIndex, lexicon,
                        ctx: ExtractContext, vocabulary: dict) -> Variant:
    """A title that names no organization, or only a role noun or a bare body ("генсек
    организации", "генеральный секретарь", "глава МИД"): its organization from the context."""
    doc = words.doc
    written = compose(head, doc[words.end:reading.end].text)
    key = " ".join(title_lemma(t) for t in words)
    if reading.role_noun is not None and reading.role_noun.lemma_.lower() in vocabulary["state_nouns"]:
        state = recent_state(index, ctx, reading.role_noun.i)     # "президент страны Вацлав Клаус"
        if state is not None:               # the state's name stands for the noun: "посол республики в Киргизии"
            prefix = compose(head, doc[words.end:modifiers_start(doc, reading.role_noun.i, words.end)].text)
            rest = doc[reading.role_noun.i + 1:reading.end].text
            return _state_owned(post, prefix, rest, written, None, state, index, ctx)
        return Variant(post, written, None, None, (written,))
    if reading.role_noun is not None or (key in vocabulary["organization_titles"] and not reading.listed):
        noun = reading.role_noun
        organization = article_organization(index, ctx, noun.lemma_.lower() if noun is not None else None,
                                             noun.i if noun is not None else None)
        if organization is None:
            return Variant(post, written, None, None, (written,))
        end = modifiers_start(doc, noun.i, words.end) if noun is not None else reading.end
        prefix = compose(head, doc[words.end:end].text)
        label = compose(prefix, genitive_name(organization, index, ctx) or organization.mention.normal)
        return Variant(post, label, organization, None, (label, written, *post_aliases(prefix, organization, ctx)))
    body = reading.listed[0] if reading.listed else None
    if body is not None or key in vocabulary["state_titles"]:
        state = sentence_state(post, index, ctx, lexicon)
        if state is not None:
            split = _owner_place(words, reading.end, vocabulary)
            prefix, rest = compose(head, doc[words.end:split].text), doc[split:reading.end].text
            return _state_owned(post, prefix, rest, written, body, state, index, ctx)
    # "заместитель", "председатель" alone name no post a reader could write down
    vague = reading.end == words.end and key not in vocabulary["state_titles"] | vocabulary["organization_titles"]
    return Variant(post, written, None, None, (written,), vague=vague)


def _state_owned(post: Span, prefix: str, rest: str, written: str, body: Found | None, state: Found,
                 index: MentionIndex, ctx: ExtractContext) -> Variant:
    """"глава МИД" + the sentence's Russia → the post "глава МИД России" of the body "МИД России";
    the state's name goes between the `prefix` and the `rest` of the post ("посол" Белоруссии "в
    России"); `written`: the post as the text has it."""
    genitive = genitive_name(state, index, ctx) or state.mention.normal
    label = compose(prefix, genitive, rest)
    aliases = (label, written, *post_aliases(prefix, state, ctx, after=rest))
    if body is None:
        return Variant(post, label, state, None, aliases)
    # the body's other names, as for "российского МИД": the genitive may be missing ("МИД российский")
    named = replace(body.mention, normal=f"{body.mention.normal} {genitive}",
                    aliases=(*body.mention.aliases, *post_aliases(body.mention.normal, state, ctx)))
    return Variant(post, label, Found(body.span, named, body.kind), state, aliases)


def _owner_place(words: Span, end: int, vocabulary: dict) -> int:
    """Where a post's owner goes when the text names it apart: before a complement like «в России»
    or «при ООН» (posts.yml `owner_before`), else after the post's words."""
    doc = words.doc
    return next((i for i in range(words.end, end)
                 if doc[i].pos_ == "ADP" and doc[i].lemma_.lower() in vocabulary["owner_before"]), end)


def _bare_body(reading: Reading, vocabulary: dict) -> bool:
    """"глава МИД": a state's body named by its common noun alone, with no owner."""
    return (len(reading.named) == 1 and len(reading.named[0].span) == 1
            and reading.named[0].span.root.lemma_.lower() in vocabulary["state_bodies"])


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


def _organization(reading: Reading, item: Found, index: MentionIndex,
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
    if reading.topic is not None and reading.body_start <= reading.topic[0] < item.span.end:
        span = doc[reading.body_start:reading.topic[1]]     # "центра ОБСЕ по предотвращению конфликтов"
    # the owner is the first name after the body's own ("Исполнительного комитета | Региональной
    # антитеррористической структуры (РАТС) ШОС": РАТС, not ШОС)
    owner = next((n for n in reading.named if n.span.start > reading.body_start), item)
    skipped = next(((start, end) for start, end in reading.skipped if span.start < start < span.end), None)
    if skipped is not None:     # "МИД председательствующей в организации Финляндии" → "МИД Финляндии"
        body = mention(doc[span.start:skipped[0]], "Organization", ctx)
        normal = f"{body.normal} {without_abbreviations(doc[skipped[1]:span.end])}"
        return Found(span, replace(body, text=span.text, end=span.end_char, normal=normal), "entity"), owner
    body = mention(span, "Organization", ctx)
    return Found(span, replace(body, normal=unbracketed(body.normal)), "entity"), owner
