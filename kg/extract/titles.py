"""Titles of posts in the text: "Президент Казахстана", "генерального секретаря ОДКБ", "главы МИД
РФ, КНР и Белоруссии", "помощник президента РФ", "посол по особым поручениям МИД России".

A title is a lexicon entry (`titles.tsv`) and the words that complete it: genitives, organization
and place names, a state adjective before it ("британский премьер"), another title it belongs to
("помощник президента", "заместитель генерального секретаря": the post is the outer one) and the
complements of `posts.yml` ("по делам беженцев", "при ООН", "в Индии" after «посол»). Read on the
surface, not the parse: parsers attach these words in many ways, while their order is rigid.

What the holder is to the organization is decided here too (`Title.head_of`, `Title.works_for`);
who the holder is, is kg/extract/holders.py's business.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ExtractContext
from kg.extract.grammar import grammar
from kg.extract.mentions import Found, MentionIndex
from kg.extract.post_context import post_aliases
from kg.extract.post_labels import compose, title_lemma
from kg.extract.post_phrases import Completion, complete
from kg.extract.post_reading import vocabulary_of
from kg.extract.spans import ORGANIZATION, PERSON
from kg.extract.states import gazetteer_entries
from kg.resources import load_tsv, load_yaml

HEAD_OF, WORKS_FOR, NO_RELATION, BODY, POST_ONLY = "headOf", "worksFor", "-", "body", "post"
PLACES = frozenset({"Place", "Country"})
DASHES = frozenset({"-", "–", "—"})


@dataclass(frozen=True)
class Title:
    words: Span                 # the lexicon words: "генеральным секретарем"
    post: Span                  # the whole title in the text: "генеральным секретарем НАТО"
    relation: str               # headOf, worksFor or "-" (titles.tsv)
    label: str                  # the post as the gold writes it: "генеральный секретарь НАТО"
    organization: Found | None  # what the post belongs to: "НАТО", "МИД Египта", "Россия"
    owner: Found | None         # who owns that organization, when named apart: "Египта" of "МИД Египта"
    state_first: bool = False   # the organization is a state adjective before the words ("британский премьер")
    compound: bool = False      # the post belongs to another title ("помощник президента РФ")
    plural: bool = False        # "президенты", "главы МИД": one post per organization listed
    aliases: tuple[str, ...] = ()   # the post's other names ("генеральный секретарь ОДКБ")
    owner_igo: bool = False     # the owner is an international organization ("Генассамблеи ООН")
    vague: bool = False         # a bare title that names no particular post ("заместитель")

    @property
    def head_of(self) -> Found | None:
        """What the holder heads: the organization, when the title heads and is its own."""
        if self.relation not in (HEAD_OF, BODY) or self.compound or self.organization is None:
            return None
        if self.relation == BODY and self.organization.mention.label in PLACES:
            return None
        return self.organization

    @property
    def works_for(self) -> Found | None:
        """Where the holder works: the owner of a body they head («глава МИД Египта» → Египет,
        «директор Исполкома РАТС ШОС» → РАТС ШОС), but an international organization's organ
        itself («председатель Генассамблеи ООН»); else the organization («официальный
        представитель МИД России» → МИД России)."""
        if self.relation == POST_ONLY:
            return None
        if self.head_of is not None and self.owner is not None and not self.owner_igo:
            return self.owner
        return self.organization

    @property
    def bare(self) -> bool:
        return self.organization is None


@dataclass(frozen=True)
class Lexicon:
    relations: dict[tuple[str, ...], str]
    longest: int
    first_words: frozenset[str]

    def match(self, tokens: list[Token]) -> tuple[int, str] | None:
        """(length, relation) of the longest entry the tokens start with."""
        if not tokens or title_lemma(tokens[0]) not in self.first_words:
            return None             # most words start no title: each sentence asks once per token
        words = tuple(title_lemma(t) for t in tokens[:self.longest])
        for size in range(len(words), 0, -1):
            if words[:size] in self.relations:
                return size, self.relations[words[:size]]
        return None


@cache
def title_lexicon(lang: str) -> Lexicon:
    relations = {tuple(words.split()): relation for words, relation in load_tsv("extract", "titles.tsv", lang)}
    return Lexicon(relations, max(map(len, relations), default=0),   # a language may list no titles yet
                   frozenset(words[0] for words in relations if words))


def find_titles(doc: Doc, index: MentionIndex, ctx: ExtractContext) -> Iterator[Title]:
    lexicon = title_lexicon(ctx.lang)
    covered_until = 0       # "генеральный секретарь" is one title, not also "секретарь"; nor is
                            # "президента" inside the post "помощник президента РФ"
    for sentence in doc.sents:
        tokens = list(sentence)
        for position, token in enumerate(tokens):
            if token.i < covered_until or token.ent_type_ == PERSON or _inside_organization(token):
                continue
            found = lexicon.match(tokens[position:])
            if found is None:
                continue
            size, relation = found
            if token.morph.get("VerbForm") and "Part" not in token.morph.get("VerbForm"):
                continue                  # "исполнять обязанности генсека" is no title; "исполняющий …" is
            words = doc[token.i:token.i + size]
            completion = complete(words, index, lexicon, ctx)
            covered_until = completion.end
            titles = list(_titles(words, relation, completion))
            second = _dashed_title(titles, tokens, completion.end, index, lexicon, ctx)
            if second is not None:      # "председатель исполнительного комитета – исполнительный секретарь СНГ"
                covered_until = second.post.end
                titles = [_joined(titles[0], second, ctx)]
            yield from titles


def _dashed_title(titles: list[Title], tokens: list[Token], end: int, index: MentionIndex, lexicon,
                  ctx: ExtractContext) -> Title | None:
    """A title right after a dash that completes a title naming no organization of its own, or only
    a body of no one ("Председатель Исполнительного комитета – Исполнительный секретарь СНГ": the
    committee is the CIS's, named by the second title)."""
    if len(titles) != 1 or not tokens or titles[0].plural or _organization_title(titles[0], ctx.lang):
        return None                 # "главы правительств - первый вице-президент Ирана …": a list follows
    if titles[0].organization is not None and not _ownerless_body(titles[0], ctx):
        return None
    doc, last = titles[0].post.doc, tokens[-1].i
    if end + 1 > last or doc[end].text not in DASHES:
        return None
    found = lexicon.match(list(doc[end + 1:last + 1]))
    if found is None:
        return None
    size, relation = found
    words = doc[end + 1:end + 1 + size]
    second = list(_titles(words, relation, complete(words, index, lexicon, ctx)))
    return second[0] if len(second) == 1 else None


def _ownerless_body(title: Title, ctx: ExtractContext) -> bool:
    """The title's organization is a body named by common words alone, whose owner the text leaves
    to what follows ("Исполнительного комитета"), not a name of its own ("Европейской комиссии")."""
    body = title.organization
    if title.owner is not None or body is None or body.mention.label != ORGANIZATION:
        return False
    if body.span.root.lemma_.lower() not in vocabulary_of(ctx.lang)["body"]:
        return False
    return not any(t.pos_ == "PROPN" or t.text.isupper() for t in body.span) and not gazetteer_entries(
        body.mention.normal, ctx)


def _organization_title(title: Title, lang: str) -> bool:
    """"генеральный секретарь - премьер-министр Норвегии": an organization's title is a post of its own."""
    words = " ".join(title_lemma(t) for t in title.words)
    return words in load_yaml("extract", "posts.yml", lang)["organization_titles"]


def _joined(first: Title, second: Title, ctx: ExtractContext) -> Title:
    """One post of two titles joined by a dash; the second names its organization. When the first
    names a body of no one, the body is the second's organization's, and the body is what the
    first title's holder heads: "Председатель Исполнительного комитета – Исполнительный секретарь
    СНГ" heads the CIS Executive Committee and works for the CIS."""
    label = f"{first.label} – {second.label}"
    post = first.post.doc[first.post.start:second.post.end]
    if first.organization is None or second.organization is None:
        return replace(second, words=first.words, post=post, label=label, aliases=(label, *second.aliases))
    owner = second.organization
    completed = compose(first.label, owner.span.text)
    named = first.organization.mention
    body = replace(first.organization, mention=replace(
        named, normal=f"{named.normal} {owner.span.text}",
        aliases=(*named.aliases, *post_aliases(named.normal, owner, ctx))))
    return replace(second, words=first.words, post=post, relation=first.relation, label=label,
                   organization=body, owner=owner, owner_igo=False, aliases=(label, completed, *second.aliases))


def for_organization(title: Title, organization: Found, ctx: ExtractContext) -> Title | None:
    """The same post of another organization, for elliptical lists ("премьер-министр России
    Дмитрий Медведев, Казахстана – Карим Мсимов"): the title's words before its organization,
    then the new one. None when the organization is no last word of the post (a body's owner)."""
    current = title.organization
    if current is None or title.owner is not None or not title.label.endswith(current.span.text):
        return None
    prefix = title.label[:-len(current.span.text)].strip()
    label = compose(prefix, organization.span.text)
    return replace(title, label=label, organization=organization, state_first=False, plural=False,
                   aliases=(label, *post_aliases(prefix, organization, ctx)))


def acting(title: Title) -> Title:
    """"исполняет обязанности председателя Совета СНГ": the acting post, named also as the post."""
    label = compose(grammar(title.post.doc.lang_).acting_title, title.post.text)
    return replace(title, label=label, aliases=(label, *title.aliases), compound=False)


def _inside_organization(token: Token) -> bool:
    """"Администрации президента РФ", "Палаты представителей США": a title word in an organization's name."""
    if token.ent_type_ != ORGANIZATION:
        return False
    return token.i > 0 and token.doc[token.i - 1].ent_type_ == ORGANIZATION and not token.doc[token.i - 1].is_punct


def _titles(words: Span, relation: str, completion: Completion) -> Iterator[Title]:
    """One title, or one per organization of a plural title with a list ("главы МИД РФ, КНР и …")."""
    plural = "Plur" in words.root.morph.get("Number")
    for variant in completion.variants:
        yield Title(words, variant.post, relation, variant.label, variant.organization, variant.owner,
                    completion.state_first, completion.compound, plural or len(completion.variants) > 1,
                    variant.aliases, variant.owner_igo, variant.vague)
