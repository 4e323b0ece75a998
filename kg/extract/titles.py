"""Titles of posts next to names: "Президент Казахстана Касым-Жомарт Токаев", "Гутерреш, генсек ООН".

A title is a lexicon entry (`titles.tsv`) followed by the genitive words that complete it
("министр иностранных дел России"). Read on the surface, not the parse: parsers attach the
name to the title in many different ways, while word order here is rigid.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.spans import PERSON
from kg.resources import load_tsv

PHRASE_POS = {"NOUN", "PROPN", "ADJ"}


@dataclass(frozen=True)
class Title:
    post: Span              # "Президент Казахстана"
    relation: str           # what the holder is to the organization in the post: headOf, worksFor, "-"
    holder: Span | None     # the Person entity the title is attached to, if any
    organization: Span | None   # the first entity inside the post that is not a Person
    direct: bool = False        # the organization follows the title words directly ("глава МВД", not
                                # "глава комитета Совета Федерации", whose holder heads the committee)

    @property
    def state_first(self) -> bool:
        """The organization is a state adjective before the title words ("британский премьер")."""
        return self.organization is not None and self.organization.start == self.post.start


def title_lexicon(lang: str) -> dict[tuple[str, ...], str]:
    return {tuple(words.split()): relation for words, relation in load_tsv("extract", "titles.tsv", lang)}


def find_titles(doc: Doc, lang: str, states: frozenset[str]) -> Iterator[Title]:
    """Titles in `doc`; `states` are the lemmas of state adjectives ("британский премьер")."""
    lexicon = title_lexicon(lang)
    longest = max(map(len, lexicon), default=0)   # a language may list no titles yet
    covered_until = 0        # "генеральный секретарь" is one title, not also "секретарь"; nor is
                             # "представителей" inside the post "Член Палаты представителей США"
    for token in doc[:]:
        if token.i < covered_until or token.ent_type_ == PERSON:
            continue
        for size in range(longest, 0, -1):
            words = tuple(t.lemma_.lower() for t in doc[token.i:token.i + size])
            if words in lexicon:
                title = _title(doc[token.i:token.i + size], lexicon[words], states)
                covered_until = title.post.end
                yield title
                break


def _title(words: Span, relation: str, states: frozenset[str]) -> Title:
    doc = words.doc
    end = words.end
    while end < words.sent.end and _continues_post(doc[end]):
        end += 1
    state = _state_before(words, states)
    if state is not None and not _first_entity(doc[words.start:end]):
        post = doc[state.start:end]          # "британский премьер": the adjective names the state
        return Title(post, relation, _holder(post), state, direct=True)
    post = doc[words.start:end]
    organization = _first_entity(post)
    direct = organization is not None and organization.start == words.end
    return Title(post, relation, _holder(post), organization, direct)


def _state_before(words: Span, states: frozenset[str]) -> Span | None:
    """The state adjective right before the title words ("северокорейский лидер"), if any."""
    before = words.start - 1
    if before < words.sent.start:
        return None
    token = words.doc[before]
    is_state = token.pos_ == "ADJ" and not token.ent_type_ and token.lemma_.lower() in states
    return words.doc[before:words.start] if is_state else None


def _continues_post(token: Token) -> bool:
    if token.ent_type_ == PERSON:
        return False
    if token.ent_type_:                     # the whole name: "Палаты представителей США",
        return True                         # "Европейского суда по правам человека"
    if token.pos_ not in PHRASE_POS or "Anim" in token.morph.get("Animacy"):
        return False   # a person word ("республиканца") starts the holder's description, not the post
    return "Gen" in token.morph.get("Case") or not token.morph.get("Case")


def _holder(post: Span) -> Span | None:
    """The name right after the title, or the name the title is in apposition to ("Токаев, президент …")."""
    doc = post.doc
    if post.end < post.sent.end and doc[post.end].ent_type_ == PERSON:
        return _entity_at(doc[post.end])
    before = post.start - 1
    if before - 1 >= post.sent.start and doc[before].text == "," and doc[before - 1].ent_type_ == PERSON:
        return _entity_at(doc[before - 1])
    return None


def _first_entity(post: Span) -> Span | None:
    return next((_entity_at(t) for t in post if t.ent_type_ and t.ent_type_ != PERSON), None)


def _entity_at(token: Token) -> Span | None:
    return next((ent for ent in token.doc.ents if ent.start <= token.i < ent.end), None)
