"""Who holds a title: the person the text gives it to.

- apposition: "генсек НАТО Марк Рютте", "Рютте, генсек НАТО", "Назарбаев – президент Казахстана";
- lists: "главы МИД РФ, КНР и Белоруссии Сергей Лавров, Ван И, Максим Рыженков" (in order),
  "президенты Грузии Михаил Саакашвили и Украины Виктор Ющенко" (each title its name);
- chains of titles: "президент ОПЕК, министр энергетики Катара X", "глава … и глава … X";
- a clause: the title in the instrumental under «являться, стать, назначить, избрать …»
  ("X избран генсеком", "генсеком стал X", "назначить X генсеком"), or in the genitive under a
  post noun («пост, должность, обязанности») of «занимать, вступить, исполнять, сменить …»
  ("пост генсека занимал X", "X сменит на посту генсека Y": Y held it).

A title only ever goes to the person such a structure names: a title inside another person's
title ("помощник президента РФ Юрий Ушаков") is part of that title (kg/extract/titles.py), and
a negated or possible clause ("может стать генсеком") gives nothing (kg/extract/assertion.py).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.extract.assertion import blocking_reason
from kg.extract.context import ExtractContext
from kg.extract.mentions import Found, MentionIndex
from kg.extract.titles import Title, acting, for_organization
from kg.resources import load_yaml

NAME_DEPS = frozenset({"flat:name", "flat", "appos"})
SUBJECTS = ("nsubj", "nsubj:pass")
CLAUSE_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj"})
DASHES = frozenset({"-", "–", "—"})
JOINERS = frozenset({",", "и"}) | DASHES
RELATIVE = "который"
DEMONSTRATIVES = frozenset({"этот", "тот", "данный"})


@dataclass(frozen=True)
class Holding:
    title: Title
    holder: Found
    rule: str               # apposition, list, chain, predicative, post-noun, antecedent
    clause: Token | None = None     # the verb that gives the post, whose dates are its tenure


@cache
def _words(lang: str) -> dict:
    data = load_yaml("extract", "posts.yml", lang)
    return {"predicative": frozenset(data["predicative_verbs"]), "post_nouns": frozenset(data["post_nouns"]),
            "post_verbs": {verb: frozenset(roles) for verb, roles in data["post_verbs"].items()},
            "owner_nouns": frozenset(data["owner_nouns"]), "replaced": frozenset(data["replacement_verbs"]),
            "honorifics": frozenset(data["honorifics"]), "acting_nouns": frozenset(data["acting"]["nouns"]),
            "acting_verbs": frozenset(data["acting"]["verbs"])}


def find_holdings(doc: Doc, titles: list[Title], index: MentionIndex, ctx: ExtractContext) -> Iterator[Holding]:
    words = _words(ctx.lang)
    held: dict[int, list[Holding]] = {}           # title position → its holdings
    for position, title in enumerate(titles):
        held[position] = list(_by_apposition(title, titles, index, words))
        more = list(_elliptical(held[position], index, ctx))
        if title.plural and not more and any(h.rule == "apposition" for h in held[position]):
            held[position] = []           # "саммит глав государств Содружества Сергей Лебедев"
        held[position] += more
    for position in reversed(range(len(titles))):   # right to left: a chain ends in a name
        if not held[position]:
            held[position] = _by_chain(titles, position, held)
    for position, title in enumerate(titles):        # "Рютте, генсек НАТО": unless the title leads on
        before = _name_before(title.post, index) if not held[position] and not title.plural else None
        if before is not None:
            held[position] = [Holding(title, before, "apposition")]
    holder_of = {t.words.root.i: held[p][0].holder for p, t in enumerate(titles) if held[p]}
    for position, title in enumerate(titles):
        if not held[position]:
            held[position] = list(_by_clause(title, index, holder_of, words, ctx))
    for holdings in held.values():
        yield from holdings
    yield from _by_antecedent(doc, titles, index, holder_of, words, ctx)


def _by_apposition(title: Title, titles: list[Title], index: MentionIndex, words: dict) -> Iterator[Holding]:
    """The names right after the post (one per post of a list, in order), or the name before it."""
    siblings = [t for t in titles if t.post == title.post and t.words == title.words]
    doc = title.post.doc
    names = _names_after(doc, title.post.end, index, words["honorifics"])
    if names and title.words.root.head.lemma_.lower() in words["post_nouns"] and \
            CLAUSE_ARGUMENTS & {names[0].span.root.dep_, doc[_after_abbreviation(doc, title.post.end)].dep_}:
        return              # "На посту руководителя ЮНЕСКО Бокова должна сменить …": the clause decides
    if len(siblings) > 1:                          # "главы МИД РФ, КНР и Белоруссии Лавров, Ван И, …"
        if len(names) == len(siblings):
            yield Holding(title, names[siblings.index(title)], "list")
        return
    if names:
        yield Holding(title, names[0], "apposition")


def _elliptical(holdings: list[Holding], index: MentionIndex, ctx: ExtractContext) -> Iterator[Holding]:
    """"премьер-министр России Дмитрий Медведев, Казахстана – Карим Мсимов, …", "президенты Грузии
    Михаил Саакашвили и Украины Виктор Ющенко": after a titled name, each further state and name
    take the same post of that state."""
    if len(holdings) != 1 or holdings[0].rule != "apposition":
        return
    title, doc = holdings[0].title, holdings[0].title.post.doc
    position = holdings[0].holder.span.end
    while position + 2 < len(doc) and doc[position].text in {",", "и"}:
        named = index.at(doc[position + 1])
        if (named is None or named.kind != "entity" or named.span.start != position + 1
                or named.mention.label not in {"Place", "Country", "Organization"}):
            return
        after = named.span.end + (1 if named.span.end < len(doc) and doc[named.span.end].text in DASHES else 0)
        person = _person_at(doc[after], index) if after < len(doc) else None
        derived = for_organization(title, named, ctx)
        if person is None or person.span.start != after or derived is None:
            return
        yield Holding(derived, person, "list")
        position = person.span.end


def _names_after(doc: Doc, start: int, index: MentionIndex, honorifics: frozenset[str]) -> list[Found]:
    """The person right after `start` and those listed after it ("Лавров, Ван И и Рыженков"); an
    honorific before a name is skipped ("лорд Робертсон")."""
    names = []
    position = _after_abbreviation(doc, start)
    if position < len(doc) and doc[position].lower_ in honorifics:
        position += 1
    while position < len(doc):
        found = _person_at(doc[position], index)
        if found is None or found.span.start != position:
            break
        names.append(found)
        position = found.span.end
        if position + 1 < len(doc) and doc[position].text in {",", "и"}:
            position += 1
        else:
            break
    return names


def _after_abbreviation(doc: Doc, start: int) -> int:
    """"… Шанхайской организации сотрудничества (ШОС) Чжан Мин": past a bracketed abbreviation."""
    if start + 2 < len(doc) and doc[start].text == "(" and doc[start + 1].text.isupper() and doc[start + 2].text == ")":
        return start + 3
    return start


def _name_before(post: Span, index: MentionIndex) -> Found | None:
    """"Рютте, генсек НАТО", "Назарбаев – президент Казахстана": the name before a comma or dash."""
    doc = post.doc
    joiner = post.start - 1
    if joiner - 1 < post.sent.start or doc[joiner].text not in {","} | DASHES:
        return None
    found = _person_at(doc[joiner - 1], index)
    if found is None or found.span.end != joiner:
        return None
    return found


def _by_chain(titles: list[Title], position: int, held: dict[int, list[Holding]]) -> list[Holding]:
    """"президент ОПЕК, министр энергетики Катара X": a title followed by another one with a holder."""
    title = titles[position]
    doc = title.post.doc
    gap = title.post.end
    if gap < len(doc) and doc[gap].text == "(":            # "(ОБСЕ)"
        closing = next((t.i for t in doc[gap:title.post.sent.end] if t.text == ")"), None)
        gap = closing + 1 if closing is not None else gap
    if gap >= len(doc) or doc[gap].text not in JOINERS:
        return []
    for later in range(position + 1, len(titles)):
        following = titles[later]
        if following.post.start == gap + 1 and held[later]:
            return [Holding(title, holding.holder, "chain") for holding in held[later][:1]]
    return []


def _by_clause(title: Title, index: MentionIndex, holder_of: dict[int, Found], words: dict,
               ctx: ExtractContext) -> Iterator[Holding]:
    head = title.words.root
    verb, roles, rule = _governing_verb(head, words)
    if verb is None:
        return
    if blocking_reason(verb, ctx.lang, future=True) is not None:
        # "Бокова должна сменить на посту … Мацуре": who is replaced held the post all the same
        roles = tuple(role for role in roles if role == "object" and verb.lemma_.lower() in words["replaced"])
    if rule == "post-noun" and head.head.lemma_.lower() in words["acting_nouns"] and \
            verb.lemma_.lower() in words["acting_verbs"]:
        title = acting(title)            # "Л.Кучма исполняет обязанности председателя Совета СНГ"
    for role in roles:
        for token in _role_tokens(verb, role, words):
            found = _holder_at(token, index, holder_of, words)
            if found is not None and not _inside(found, title.post):
                yield Holding(title, found, rule, verb)
                return


def _by_antecedent(doc: Doc, titles: list[Title], index: MentionIndex, holder_of: dict[int, Found], words: dict,
                   ctx: ExtractContext) -> Iterator[Holding]:
    """"На этом посту он сменит Амра Мусу", "Эту должность заняла X", "Им стал X": the post named
    last before (in this sentence or the one before) is the one meant."""
    for token in doc:
        verb, roles = _antecedent_clause(token, words)
        if verb is None:
            continue
        title = _title_before(token, titles)
        if title is None:
            continue
        if blocking_reason(verb, ctx.lang, future=True) is not None:
            roles = tuple(role for role in roles if role == "object" and verb.lemma_.lower() in words["replaced"])
        for role in roles:
            for argument in _role_tokens(verb, role, words):
                found = _holder_at(argument, index, holder_of, words)
                if found is not None:
                    yield Holding(title, found, "antecedent", verb)


def _antecedent_clause(token: Token, words: dict) -> tuple[Token | None, tuple[str, ...]]:
    """The verb of a post named by a pronoun or a demonstrative ("этом посту", "им"), and its roles."""
    lemma = token.lemma_.lower()
    if lemma in words["post_nouns"] and any(c.dep_ == "det" and c.lemma_.lower() in DEMONSTRATIVES
                                            for c in token.children):
        verb = token.head
        if verb.lemma_.lower() not in words["post_verbs"]:
            verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in words["post_verbs"]),
                        verb)
        roles = words["post_verbs"].get(verb.lemma_.lower())
        return (verb, tuple(sorted(roles))) if roles and verb is not token else (None, ())
    if (token.pos_ == "PRON" and lemma == "он" and "Ins" in token.morph.get("Case")
            and token.head.lemma_.lower() in words["predicative"]):
        return token.head, ("subject",)
    return None, ()


def _title_before(token: Token, titles: list[Title]) -> Title | None:
    """The last singular title with an organization before the token, in its sentence or the one before."""
    sentence = token.sent
    earliest = sentence.start
    if sentence.start > 0:
        earliest = token.doc[sentence.start - 1].sent.start
    before = [t for t in titles if earliest <= t.post.start and t.post.end <= token.i
              and t.organization is not None and not t.plural]
    return before[-1] if before else None


def _governing_verb(head: Token, words: dict) -> tuple[Token | None, tuple[str, ...], str]:
    """The verb a title depends on and who holds the post it gives: "subject" and/or "object"."""
    governor = head.head
    if "Ins" in head.morph.get("Case") and governor.lemma_.lower() in words["predicative"] and governor is not head:
        return governor, ("object", "subject"), "predicative"
    if "Ins" in head.morph.get("Case") and any(c.dep_ == "cop" for c in head.children):
        return head, ("subject",), "predicative"        # "X был главой делегации": the title heads the clause
    if governor.lemma_.lower() in words["post_nouns"] and governor is not head:
        verb = governor.head
        if verb.lemma_.lower() not in words["post_verbs"]:      # "На посту … должна сменить X"
            verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in words["post_verbs"]),
                        verb)
        roles = words["post_verbs"].get(verb.lemma_.lower())
        if roles and verb is not governor:
            return verb, tuple(sorted(roles)), "post-noun"
    return None, (), ""


def _role_tokens(verb: Token, role: str, words: dict) -> list[Token]:
    if role == "object":
        return [c for c in verb.children if c.dep_ == "obj"]
    if role == "subject":
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if not subjects and verb.dep_ == "xcomp":      # "исполнять обязанности генсека будет X"
            subjects = [c for c in verb.head.children if c.dep_ in SUBJECTS]
        if not subjects and verb.dep_ in {"acl", "amod"} and "Part" in verb.morph.get("VerbForm"):
            subjects = [verb.head]                     # "Гиёсов, ранее работавший первым заместителем …"
        return subjects
    # owner: "полномочия Гутерриша на посту генсека истекают"
    return [g for s in verb.children if s.dep_ in SUBJECTS and s.lemma_.lower() in words["owner_nouns"]
            for g in s.children if g.dep_ == "nmod"]


def _holder_at(token: Token, index: MentionIndex, holder_of: dict[int, Found], words: dict) -> Found | None:
    """The person a clause argument names: a name, a titled name, or the antecedent of «который»
    (the name right before the comma: parsers often hang the clause on the main verb)."""
    if token.lemma_.lower() == RELATIVE:
        before = token.i - 1
        while before >= token.sent.start and token.doc[before].is_punct:
            before -= 1
        if before < token.sent.start:
            return None
        found = index.at(token.doc[before])
        if found is not None and found.mention.label == "Person" and found.kind == "entity":
            return found
        token = token.doc[before]
    if token.i in holder_of:
        return holder_of[token.i]
    return _person_at(token, index) or _person_after(token, index, words["honorifics"])


def _person_after(token: Token, index: MentionIndex, honorifics: frozenset[str]) -> Found | None:
    """"кандидат Европейского совета госпожа Урсула фон дер Ляйен": the parser left the name out of
    the subject's phrase; the name right after it is the one meant."""
    doc, after = token.doc, token.right_edge.i + 1
    while after < token.sent.end and doc[after].lower_ in honorifics:
        after += 1
    found = _person_at(doc[after], index) if after < token.sent.end else None
    return found if found is not None and found.span.start == after and token.pos_ == "NOUN" else None


def _person_at(token: Token, index: MentionIndex) -> Found | None:
    for candidate in (token, *(c for c in token.children if c.dep_ in NAME_DEPS)):
        found = index.at(candidate)
        if found is not None and found.mention.label == "Person" and found.kind == "entity":
            return found
    return None


def _inside(found: Found, span: Span) -> bool:
    return span.start <= found.span.start < span.end
