"""What a post belongs to when its title does not say it, and the other names of a post.

- An organization's title alone ("генеральный секретарь", "генсек организации", "президент
  нефтяного картеля") belongs to the article's organization: the one whose name the noun heads
  ("комиссии" → "Евразийской экономической комиссии"), else the intergovernmental organization
  the article names most.
- A state's title alone ("премьер-министр Дмитрий Медведев", "глава МИД Сергей Лавров") belongs
  to the state when the sentence names exactly one ("Россию на форуме представляет глава МИД …").
- A post's other names ("генеральный секретарь ОДКБ" for "генсек организации", "министр
  иностранных дел Россия" for "глава МИД России") join its title synonyms (`post_synonyms` in
  posts.yml) to every name the gazetteer knows for its organization.
"""
from __future__ import annotations

from collections import Counter
from functools import cache

from spacy.tokens import Span

from kg.extract.context import ExtractContext
from kg.extract.grammar import grammar
from kg.extract.mentions import Found, MentionIndex
from kg.extract.states import gazetteer_entries
from kg.resources import load_yaml

IGO = "IntergovernmentalOrganization"
CLAUSE_ENDS = frozenset({",", ";", ":"})
STATE = "Country"
MAX_ALIASES = 40


@cache
def _synonyms(lang: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(group) for group in load_yaml("extract", "posts.yml", lang)["post_synonyms"])


def article_organization(index: MentionIndex, ctx: ExtractContext, noun: str | None = None,
                         position: int | None = None) -> Found | None:
    """The organization a bare title or an organization noun ("организации", "комиссии") means."""
    organizations = [f for f in index.found if f.kind == "entity" and f.mention.label == "Organization"]
    if noun is not None:
        headed = [f for f in organizations if f.span.root.lemma_.lower() == noun and f.span.start != position]
        before = [f for f in headed if position is None or f.span.start < position]
        if before or headed:
            return before[-1] if before else headed[0]
    counts = Counter(entry.key for f in organizations for entry in _entries(f, ctx) if entry.type == IGO)
    if not counts:
        return None
    best = counts.most_common(1)[0][0]
    return next(f for f in organizations if any(entry.key == best for entry in _entries(f, ctx)))


def sentence_state(post: Span, index: MentionIndex, ctx: ExtractContext, lexicon) -> Found | None:
    """The one state the post's clause names before it, not after a preposition ("Армению
    представляет вице-премьер …, Узбекистан – первый зампред …": from the last comma; not "в
    рамках поездки в Китай"); states that complete other titles ("президента Казахстана") do not
    count."""
    doc = post.doc
    clause_start = next((i + 1 for i in range(post.start - 1, post.sent.start - 1, -1) if doc[i].text in CLAUSE_ENDS),
                        post.sent.start)
    clause_end = next((i for i in range(post.end, post.sent.end) if doc[i].text in CLAUSE_ENDS), post.sent.end)
    return _one_state(doc[clause_start:clause_end], post, index, ctx, lexicon)


def _one_state(span: Span, post: Span, index: MentionIndex, ctx: ExtractContext, lexicon) -> Found | None:
    found: dict[str, Found] = {}
    for f in index.found:
        if (span.start <= f.span.start < span.end and f.kind in {"entity", "state"}
                and not post.start <= f.span.start < post.end and not _after_title(f, lexicon)
                and not any(c.dep_ == "case" and c.lemma_.lower() not in grammar(span.doc.lang_).origin_prepositions for c in f.span.root.children)):
            for entry in _entries(f, ctx):
                if entry.type == STATE:
                    found.setdefault(entry.key, f)
    return next(iter(found.values())) if len(found) == 1 else None


def _after_title(found: Found, lexicon) -> bool:
    """The name completes a title: "президента Казахстана", "министра иностранных дел Казахстана"."""
    doc = found.span.doc
    i = found.span.start - 1
    while i >= found.span.sent.start and doc[i].pos_ in {"NOUN", "ADJ"} and "Gen" in doc[i].morph.get("Case") \
            and lexicon.match([doc[i]]) is None:
        i -= 1
    return i >= found.span.sent.start and lexicon.match([doc[i]]) is not None


def recent_state(index: MentionIndex, ctx: ExtractContext, position: int) -> Found | None:
    """The state named last before `position` ("В Чехии … Однако президент страны …")."""
    states = [f for f in index.found if f.span.start < position and f.kind in {"entity", "state"}
              and any(entry.type == STATE for entry in _entries(f, ctx))]
    return states[-1] if states else None


def is_igo(found: Found, ctx: ExtractContext) -> bool:
    return any(entry.type == IGO for entry in _entries(found, ctx))


def genitive_name(organization: Found, index: MentionIndex, ctx: ExtractContext) -> str | None:
    """A name of the organization that reads after a title: an abbreviation, else a genitive
    form the article uses ("России"), else its name when it stands in the genitive; None when
    the article has none (a state adjective alone)."""
    keys = {entry.key for entry in _entries(organization, ctx)}
    same = [f for f in index.found if f.kind == "entity" and keys & {entry.key for entry in _entries(f, ctx)}]
    abbreviation = next((f.span.text for f in same if f.span.text.isupper() and len(f.span) == 1), None)
    if abbreviation is not None and organization.mention.label == "Organization":
        return abbreviation                               # "ОДКБ", as the article writes it
    genitive = next((f.span.text for f in same if "Gen" in f.span.root.morph.get("Case")), None)
    if genitive is not None:
        return genitive
    if "Gen" in organization.span.root.morph.get("Case") and organization.kind == "entity":
        return organization.span.text
    return organization.mention.normal if organization.kind == "entity" else None


def post_aliases(prefix: str, organization: Found | None, ctx: ExtractContext, extra: tuple[str, ...] = (),
                 after: str = "") -> tuple[str, ...]:
    """Other names of the post `prefix` + organization (+ `after`, "в России"): title synonyms ×
    the organization's names."""
    prefixes = synonymous(prefix, ctx.lang)
    if organization is None:
        return tuple(prefixes)[:MAX_ALIASES]
    names = {organization.span.text, organization.mention.normal, *extra}
    for entry in _entries(organization, ctx):
        names |= {entry.ru, *entry.abbreviations, *entry.aliases}
    aliases = [f"{title} {name} {after}".strip() for title in prefixes for name in sorted(names) if name]
    return tuple(dict.fromkeys(aliases))[:MAX_ALIASES]


def synonymous(prefix: str, lang: str) -> list[str]:
    """"генсек" → ["генсек", "генеральный секретарь", "генсекретарь"]; "глава МИД" → also
    "министр иностранных дел" (a group member at the start of the prefix is replaced)."""
    found = [prefix]
    lowered = prefix.lower()
    for group in _synonyms(lang):
        for word in group:
            if lowered == word or lowered.startswith(word + " "):
                found += [other + prefix[len(word):] for other in group if other != word]
    return list(dict.fromkeys(found))


def _entries(found: Found, ctx: ExtractContext):
    return gazetteer_entries(found.mention.normal, ctx)
