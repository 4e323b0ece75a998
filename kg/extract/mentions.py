"""Every mention of an article: NER entities plus the phrases the extractors know how to find.

`MentionIndex` answers "which mention is this token part of?" (the smallest one, so the token
"ШОС" inside "стратегии ШОС на 2024-2029 годы" is the organization, not the strategy).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ExtractContext
from kg.extract.grammar import grammar
from kg.extract.lists import document_items
from kg.extract.patterns import find_roles, find_topics, next_to_name
from kg.extract.phrases import find_phrases
from kg.extract.post_labels import part_nouns, unbracketed, without_abbreviations
from kg.extract.tree import NOUNS, VERBS
from kg.extract.spans import ORGANIZATION, PERSON, PLACE, mention
from kg.extract.states import find_state_adjectives
from kg.types import Mention


NAME_KINDS = {"entity", "state", "topic"}   # kinds of mention a word inside names (not a phrase it sits in)
STATE_TYPES = frozenset({"Country", "Place"})     # gazetteer types of what is no organization
LIST_ITEM_LABEL = "Document"      # «приняты следующие документы: • …; • …»


def with_topic(entity: Span, ctx: ExtractContext) -> Span:
    """«Совета Организации Объединенных Наций по правам человека», «Совета ООН по правам человека»: the
    NER stops before the topic a body is named by; the name runs on through a «по …» dependent of
    one of its words, over the genitive names between («ООН»), or, where the parser hung the topic
    elsewhere, over the words up to the next punctuation when that makes a name the gazetteer knows."""
    doc = entity.doc
    end = entity.end
    while True:
        topic = _topic_at(doc[entity.start:end], end)
        if topic is not None:
            return Span(doc, entity.start, topic.right_edge.i + 1, label=entity.label)
        genitive = [c for t in doc[entity.start:end] for c in t.children if c.dep_ == "nmod"
                    and c.left_edge.i == end and c.ent_type_ and not _punctuated(c)]
        if not genitive:
            return _known_with_topic(doc[entity.start:end], entity, ctx)
        end = genitive[0].right_edge.i + 1


def within_known_name(entity: Span, ctx: ExtractContext) -> Span:
    """A name the NER cut apart, read whole where the gazetteer knows the whole as an organization:
    the phrase of the noun that governs it and that it closes («Продовольственная и
    сельскохозяйственная организация ООН», «… организации (FAO) ООН», the NER tagging «ООН» alone),
    or a place the NER read with the places in its genitive («Союзного государства Белоруссии и
    России», which it calls three places). A bracketed abbreviation inside is no part of the name."""
    governed = _governing_phrase(entity, ctx) if entity.label_ == ORGANIZATION else None
    if governed is not None and _known_organization(governed, ctx):
        return Span(entity.doc, governed.start, governed.end, label=entity.label)
    places = [c for t in entity for c in t.children if c.dep_ == "nmod" and c.left_edge.i == entity.end
              and c.ent_type_ == PLACE and not _punctuated(c)]
    if entity.label_ == PLACE and places:     # an organization's own name, not a state's body («Верховный суд Испании»)
        longer = entity.doc[entity.start:places[0].right_edge.i + 1]
        if _known_organization(longer, ctx):
            return Span(entity.doc, longer.start, longer.end, label=ORGANIZATION)
    return entity


def _governing_phrase(entity: Span, ctx: ExtractContext) -> Span | None:
    doc, head = entity.doc, entity.root.head
    closed = head.right_edge.i <= max(entity.end - 1, entity.root.right_edge.i)    # «… ООН (ФАО)» is the name's own
    if entity.root.dep_ != "nmod" or head.i >= entity.start or head.pos_ not in NOUNS or not closed:
        return None               # the name closes the noun's phrase («… в управлении комитета Армении по …» does not)
    if head.lemma_.lower() in part_nouns(ctx.lang):
        return None               # a body and its organization stay two names (kg.extract.bodies links them)
    phrase = doc[head.left_edge.i:entity.end]
    if phrase.start < entity.sent.start or any(t.ent_type_ == PERSON for t in phrase):
        return None
    return phrase


def _known_organization(phrase: Span, ctx: ExtractContext) -> bool:
    key = ctx.language.lemmatize(without_abbreviations(phrase))
    return any(match.entry.type not in STATE_TYPES for match in ctx.gazetteer.matches(key, ctx.language.lemmatize))


def _name_mention(span: Span, ctx: ExtractContext) -> Mention:
    """A name's mention, named without the abbreviation bracketed inside it («… организация (FAO) ООН»)."""
    found = mention(span, span.label_, ctx)
    inner = any(t.text == "(" for t in span[1:])
    return replace(found, normal=unbracketed(found.normal)) if inner else found


def _inside(span: Span, other: Span) -> bool:
    """Words the NER tagged apart that a known name now covers («Продовольственной и
    сельскохозяйственной организации» of «… (FAO) ООН»); a bracketed abbreviation stays its own name."""
    bracketed = span.start > 0 and span.doc[span.start - 1].text == "("
    return other.start <= span.start and span.end <= other.end and span != other and not bracketed


def _without_verbs(entity: Span) -> Span | None:
    """«в Содружестве председательствовала Киргизия» tagged «Содружестве председательствовала»: a name
    holds no finite verb that governs it; the NER's span ends before that verb (None when it starts with one)."""
    verb = next((t for t in entity if t.pos_ in VERBS and "Fin" in t.morph.get("VerbForm")), None)
    quoted = any(t.is_quote for t in entity.doc[max(0, entity.start - 1):entity.end])
    if verb is None or quoted or not verb.is_ancestor(entity[0]):
        return entity                     # a quoted title may hold a verb; so may a name the verb does not govern
    return Span(entity.doc, entity.start, verb.i, label=entity.label) if verb.i > entity.start else None


def with_leading_name(entity: Span) -> Span:
    """«Пан Ги Мун»: the NER starts a person's name after a first word it took for a common noun,
    which the parser makes the head of the name's other words (flat:name)."""
    doc, start = entity.doc, entity.start
    if entity.label_ != PERSON or start == 0:
        return entity
    first = doc[start - 1]
    joined = all(t.head == first and t.dep_ in {"flat:name", "flat"} for t in entity if t.head.i < entity.start)
    if first.pos_ == "PROPN" and first.text[:1].isupper() and not first.ent_type_ and entity.root.head == first \
            and joined:
        return Span(doc, start - 1, entity.end, label=entity.label)
    return entity


def _known_with_topic(name: Span, entity: Span, ctx: ExtractContext) -> Span:
    doc = name.doc
    if name.end >= len(doc) or doc[name.end].lemma_.lower() != grammar(doc.lang_).topic_preposition:
        return entity
    end = name.end + 1
    while end < name.sent.end and doc[end].pos_ in {"NOUN", "ADJ", "PROPN"}:
        end += 1
    longer = doc[name.start:end]
    known = ctx.gazetteer.matches(ctx.language.lemmatize(longer.text), ctx.language.lemmatize)
    return Span(doc, name.start, end, label=entity.label) if known else entity


def _topic_at(span: Span, end: int) -> Token | None:
    for token in span:
        for child in token.children:
            if (child.dep_ == "nmod" and child.left_edge.i == end and not _punctuated(child)
                    and any(g.dep_ == "case" and g.lemma_.lower() == grammar(span.doc.lang_).topic_preposition for g in child.children)):
                return child
    return None


def _punctuated(token: Token) -> bool:
    return any(t.is_punct for t in token.doc[token.left_edge.i:token.right_edge.i + 1])


@dataclass(frozen=True)
class Found:
    span: Span
    mention: Mention
    kind: str      # entity, document, group, event, topic, role, state, learned
    learned: str = ""   # the NEREL type the learned tagger gave this very span, if any


class MentionIndex:
    def __init__(self, found: Iterable[Found]):
        unique = {(f.span.start, f.span.end, f.mention.label): f for f in found}
        self.found = tuple(sorted(unique.values(), key=lambda f: (f.span.start, -len(f.span))))
        self._smallest: dict[int, Found] = {}
        for f in self.found:   # token index → the smallest mention covering it (first found wins ties)
            for i in range(f.span.start, f.span.end):
                known = self._smallest.get(i)
                if known is None or len(f.span) < len(known.span):
                    self._smallest[i] = f

    @property
    def mentions(self) -> tuple[Mention, ...]:
        return tuple(f.mention for f in self.found)

    def at(self, token: Token) -> Found | None:
        """The smallest mention covering `token`."""
        return self._smallest.get(token.i)

    def headed_by(self, token: Token, labels: frozenset[str] | None = None) -> Found | None:
        """The mention whose syntactic head is `token` (the largest, e.g. the whole document name);
        with `labels`, the largest of those classes if there is one («Хартия ШОС» is both a
        document and, for the NER, an organization)."""
        headed = [f for f in self.found if f.span.root == token or _noun_head(f.span) == token]
        wanted = [f for f in headed if labels is not None and f.mention.label in labels] or headed
        return max(wanted, key=lambda f: len(f.span), default=None)

    def inside(self, span: Span, labels: Iterable[str]) -> list[Found]:
        wanted = set(labels)
        return [f for f in self.found if f.mention.label in wanted
                and span.start <= f.span.start and f.span.end <= span.end and f.span != span]


def _noun_head(span: Span) -> Token | None:
    """«Тяньдзинской декларации» with the adjective hung on the verb: two words of the span hang outside
    it on the same word, and spaCy's root may be the adjective; the noun among them heads the mention too."""
    outside = [t for t in span if not span.start <= t.head.i < span.end]
    if len(outside) < 2 or span.root.pos_ in NOUNS or len({t.head for t in outside}) > 1:
        return None                       # (both hung on one word: a phrase the parser split, no stretch)
    return next((t for t in outside if t.pos_ in NOUNS), None)


def mention_of(token: Token, index: MentionIndex, labels: frozenset[str] | None = None) -> Found | None:
    """The mention this token heads, or the name it is a word of; not a phrase it merely sits in
    («государств» inside «секретари советов безопасности государств – членов ШОС»)."""
    found = index.headed_by(token, labels)
    if found is not None:
        return found
    inside = index.at(token)
    return inside if inside is not None and inside.kind in NAME_KINDS else None


def index_mentions(doc: Doc, ctx: ExtractContext) -> MentionIndex:
    """The article's mentions: the index `extract` put in the context, else found now."""
    return ctx.mentions if ctx.mentions is not None else find_mentions(doc, ctx)


def find_mentions(doc: Doc, ctx: ExtractContext) -> MentionIndex:
    lang = ctx.lang
    entities = [ent for ent in (_without_verbs(e) for e in doc.ents) if ent is not None]
    known = [within_known_name(ent, ctx) for ent in entities]
    grown = [name for name, ent in zip(known, entities) if name.start < ent.start]     # the words before, tagged apart
    names = [with_topic(name, ctx) if name.label_ == ORGANIZATION else with_leading_name(name)
             for name in known if not any(_inside(name, other) for other in grown)]
    found = [Found(span, _name_mention(span, ctx), "entity") for span in names]
    found += [Found(p.span, mention(p.span, p.label, ctx), p.kind) for p in find_phrases(doc, lang)]
    found += [Found(s, mention(s, LIST_ITEM_LABEL, ctx), "document") for s in document_items(doc, lang)]
    found += [Found(s, mention(s, "Topic", ctx, proper=False), "topic") for s in find_topics(doc, lang)]
    roles = [Found(s, mention(s, label, ctx, proper=False), "role") for s, label in find_roles(doc, lang)]
    found += roles
    found += [Found(s, mention(s, "Country", ctx, proper=False), "state")
              for s in find_state_adjectives(doc, ctx.state_adjectives, ctx.lang)
              if not any(r.span.start <= s.start < r.span.end for r in roles)]
    return MentionIndex(found + _title_roles(doc, MentionIndex(found), ctx))


def _title_roles(doc: Doc, index: MentionIndex, ctx: ExtractContext) -> list[Found]:
    """"президент Казахстана" alone stands for its holder; "Президент Токаев" is a title, not a role.
    "британский премьер" alone is left to the state adjective (NEREL: COUNTRY "британский")."""
    from kg.extract.titles import find_titles   # titles read the mentions found so far

    return [Found(t.post, mention(t.post, "Person", ctx, proper=False), "role") for t in find_titles(doc, index, ctx)
            if t.organization is not None and t.post.start <= t.organization.span.start < t.post.end
            and not t.state_first and not t.plural and not next_to_name(t.post) and not _after_name(t.post)]


def _after_name(post: Span) -> bool:
    """"Рютте, генсек НАТО": the post is the name's apposition."""
    before = post.start - 1
    return before >= 1 and post.doc[before].text == "," and post.doc[before - 1].ent_type_ == PERSON
