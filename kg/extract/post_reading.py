"""A left-to-right read of the words after a title: the names that may own the post, a body noun
and its owner, a role noun, prepositional complements ("посол РФ в Индии"), lists of states.

kg/extract/post_phrases.py turns a reading into the post's variants.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.extract.context import ExtractContext
from kg.extract.grammar import grammar
from kg.extract.mentions import Found, MentionIndex
from kg.extract.post_labels import is_bracketed_abbreviation, title_lemma
from kg.extract.spans import PERSON, mention
from kg.extract.states import gazetteer_entries
from kg.resources import load_yaml
from kg.extract.tree import NOUNS

ORGANIZATION_LABELS = frozenset({"Organization", "Place", "Country"})
NAMED_KINDS = frozenset({"entity", "state"})
PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ"})


@dataclass
class Reading:
    """What a left-to-right read of the words after the title finds."""
    end: int
    named: list[Found] = field(default_factory=list)        # names that may own the post, in order
    listed: list[Found] = field(default_factory=list)       # the last of them and the names joined to it
    body_start: int | None = None                           # where a body noun begins ("МИД", "кабинета")
    body_owner: Found | None = None                         # a state adjective before it ("российского МИД")
    role_noun: Token | None = None                          # "организации", "альянса"
    compound: bool = False
    topic: tuple[int, int] | None = None                   # (its noun's head, its end): "по предотвращению конфликтов"
    skipped: list[tuple[int, int]] = field(default_factory=list)   # words of no post: "председательствующей в ЕАЭС"


@cache
def vocabulary_of(lang: str) -> dict:
    data = load_yaml("extract", "posts.yml", lang)
    complements = {prep: frozenset(nouns) for prep, nouns in data["complements"].items()}
    return {"body": frozenset(data["body_nouns"]), "roles": frozenset(data["organization_nouns"]),
            "complements": complements, "placed": frozenset(data["placed_titles"]),
            "organization_titles": frozenset(data["organization_titles"]),
            "state_nouns": frozenset(data["state_nouns"]), "state_bodies": frozenset(data["state_body_nouns"]),
            "state_titles": frozenset(data["state_titles"]), "topics": frozenset(data["topic_prepositions"]),
            "owner_before": frozenset(data["owner_before"]), "placed_bodies": frozenset(data["placed_bodies"])}


def read(words: Span, index: MentionIndex, lexicon, vocabulary: dict, ctx: ExtractContext) -> Reading:
    doc = words.doc
    end = words.sent.end
    reading = Reading(words.end)
    placed = " ".join(title_lemma(t) for t in words) in vocabulary["placed"]     # "экс-посол" is placed too
    j = words.end
    while j < end:
        token = doc[j]
        if token.ent_type_ == PERSON:
            break
        named = _named_at(token, index) or _known_name(token, ctx)
        if named is not None:
            if is_body_name(named, vocabulary) and reading.body_start is None:
                reading.body_start = named.span.start
                if reading.named and reading.named[-1].kind == "state" and reading.named[-1].span.end == j:
                    reading.body_owner = reading.named[-1]        # "российского МИД"
            reading.named.append(named)
            reading.listed = [named]
            j = reading.end = named.span.end
            j = reading.end = _listed(doc, j, reading, index)
            continue
        described = _described_owner(doc, j, end, index)
        if described is not None:                            # "президент председательствующей в ЕАЭС Беларуси"
            reading.skipped.append((j, described.span.start))
            j = described.span.start
            continue
        inner = lexicon.match(list(doc[j:end])) if _genitive(token) else None
        if inner is not None:                                # "помощник президента", "и.о. генсека"
            reading.compound = True
            j = reading.end = j + inner[0]
            continue
        if _phrase_word(token) and _genitive(token) and (not _animate(token) or _after_body(doc, j, vocabulary)):
            lemma = token.lemma_.lower()
            placed = placed or lemma in vocabulary["placed_bodies"]     # "посольства Белоруссии в России"
            if lemma in vocabulary["body"] and reading.body_start is None:
                reading.body_start = modifiers_start(doc, j, words.end)
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
        topic = _attached_topic(doc, j, end, words, vocabulary) if complement is None else None
        if topic is not None:
            reading.topic = topic
            complement = topic[1]
        if complement is not None:
            j = reading.end = complement
            continue
        break
    return reading


def _described_owner(doc: Doc, j: int, end: int, index: MentionIndex) -> Found | None:
    """"президент председательствующей в 2020 году в ЕАЭС Беларуси", "глава МИД председательствующей в
    организации Финляндии": a participle phrase in the genitive that describes the name closing it (a
    state or organization in the genitive, not one of its own «в ЕАЭС») says what the owner is doing; the
    owner is the post's, the phrase no part of the post's name."""
    token = doc[j]
    if "Part" not in token.morph.get("VerbForm") or not {"Gen"} & set(token.morph.get("Case")):
        return None
    owner, k = None, j + 1
    while k < end and not doc[k].is_punct and doc[k].ent_type_ != PERSON and "Fin" not in doc[k].morph.get("VerbForm"):
        found = _named_at(doc[k], index)
        if found is not None:
            owner, k = found, found.span.end
            continue
        owner, k = None, k + 1
    if owner is None or any(c.dep_ == "case" for c in owner.span.root.children) or not _genitive(owner.span.root):
        return None
    described, named = set(token.morph.get("Gender")), set(owner.span.root.morph.get("Gender"))
    return owner if not described or not named or described & named else None


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
    """"(РАТС)", "/РАТС/" inside a post, with more of the post after it."""
    return (j + 3 < end and is_bracketed_abbreviation(doc, j, end)
            and doc[j + 3].pos_ in PHRASE_POS and doc[j + 3].ent_type_ != PERSON)


def _joins_portfolio(doc: Doc, j: int, end: int, reading: Reading, lexicon) -> bool:
    """"и" between two genitive nouns of a portfolio, before any name is read; a comma where the
    parser joins the next noun to the one before ("министр промышленности, рудников и торговли")."""
    if doc[j].text not in grammar(doc.lang_).list_joiners or reading.named or j + 1 >= end or j == 0:
        return False
    before, after = doc[j - 1], doc[j + 1]
    if doc[j].text == "," and not (after.dep_ == "conj" and _noun_before(after.head, j)):
        return False
    return (before.pos_ == "NOUN" and after.pos_ == "NOUN" and not after.ent_type_ and _genitive(before)
            and _genitive(after) and lexicon.match([after]) is None)


def _noun_before(token: Token, j: int) -> bool:
    return token.i < j and token.pos_ == "NOUN"


def _named_at(token: Token, index: MentionIndex) -> Found | None:
    found = index.at(token)
    if found is None or found.kind not in NAMED_KINDS or found.mention.label not in ORGANIZATION_LABELS:
        return None
    return found if found.span.start == token.i else None


def _listed(doc: Doc, j: int, reading: Reading, index: MentionIndex) -> int:
    """Names joined to the one just read ("РФ, КНР и Белоруссии"): the post is one per name."""
    while j + 1 < len(doc) and doc[j].text in grammar(doc.lang_).list_joiners:
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


def _attached_topic(doc: Doc, j: int, end: int, words: Span, vocabulary: dict) -> tuple[int, int] | None:
    """"главой центра ОБСЕ по предотвращению конфликтов": a «по» phrase the parser hangs on a noun
    of the post is the post's (or its body's) topic; one hung on the verb is not («по итогам»).
    Returns (the noun it hangs on, the phrase's end)."""
    if doc[j].lemma_.lower() not in vocabulary["topics"] or j + 1 >= end:
        return None
    noun = next((t for t in doc[j + 1:end] if t.pos_ in NOUNS), None)
    if noun is None or noun.dep_ != "nmod" or not words.start <= noun.head.i < j or noun.ent_type_ == PERSON:
        return None
    last = min(noun.right_edge.i + 1, end)
    return (noun.head.i, last) if not any(t.is_punct or t.ent_type_ == PERSON for t in doc[j:last]) else None


def _phrase_word(token: Token) -> bool:
    """A noun, name or adjective of the post's words, or a participle standing as an adjective
    ("министр … охраны окружающей среды")."""
    return token.pos_ in PHRASE_POS or (token.dep_ == "amod" and "Part" in token.morph.get("VerbForm"))


def _genitive(token: Token) -> bool:
    cases = token.morph.get("Case")
    return not cases or "Gen" in cases


def _animate(token: Token) -> bool:
    return "Anim" in token.morph.get("Animacy")


def _after_body(doc: Doc, j: int, vocabulary: dict) -> bool:
    """"кабинета министров", "Комитета секретарей": people in a body's name."""
    return j > 0 and doc[j - 1].lemma_.lower() in vocabulary["body"]


def modifiers_start(doc: Doc, j: int, floor: int) -> int:
    """"Исполнительного комитета": the adjectives before a body noun are part of its name."""
    while j - 1 >= floor and doc[j - 1].pos_ == "ADJ":
        j -= 1
    return j


def is_body_name(named: Found, vocabulary: dict) -> bool:
    """An organization named by a body noun: "МИД", "Правительства" (of a state named after it)."""
    return named.mention.label == "Organization" and named.span.root.lemma_.lower() in vocabulary["body"]
