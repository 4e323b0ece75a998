"""Who holds a title: the person the text gives it to.

- apposition: "генсек НАТО Марк Рютте", "Рютте, генсек НАТО", "Назарбаев – президент Казахстана";
- lists: "главы МИД РФ, КНР и Белоруссии Сергей Лавров, Ван И, Максим Рыженков" (in order),
  "президенты Грузии Михаил Саакашвили и Украины Виктор Ющенко" (each title its name), unless what
  is known of the names says otherwise (kg/extract/listed_holders.py);
- chains of titles: "президент ОПЕК, министр энергетики Катара X", "глава … и глава … X";
- a clause (kg/extract/holder_clauses.py): the title in the instrumental under «являться, стать,
  назначить, избрать …» ("X избран генсеком", "генсеком стал X", "назначить X генсеком"), or in
  the genitive under a post noun («пост, должность, обязанности») of «занимать, вступить, исполнять, сменить …»
  ("пост генсека занимал X", "X сменит на посту генсека Y": Y held it).

A title only ever goes to the person such a structure names: a title inside another person's
title ("помощник президента РФ Юрий Ушаков") is part of that title (kg/extract/titles.py), and
a negated or possible clause ("может стать генсеком") gives nothing (kg/extract/assertion.py).
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kg.extract.context import ExtractContext
from kg.extract.grammar import grammar
from kg.extract.holder_clauses import by_antecedent, by_clause
from kg.extract.holding import Holding, person_at, post_words
from kg.extract.listed_holders import repair_lists
from kg.extract.mentions import Found, MentionIndex
from kg.extract.post_labels import is_bracketed_abbreviation
from kg.extract.titles import Title, for_organization

CLAUSE_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj"})
DASHES = frozenset({"-", "–", "—"})


def find_holdings(doc: Doc, titles: list[Title], index: MentionIndex, ctx: ExtractContext) -> Iterator[Holding]:
    words = post_words(ctx.lang)
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
            held[position] = list(by_clause(title, index, holder_of, words, ctx))
    repair_lists(held, titles, ctx)
    for holdings in held.values():
        yield from holdings
    held_by = {t.words.root.i: held[p][0].holder for p, t in enumerate(titles) if held[p]}
    yield from by_antecedent(doc, titles, index, holder_of, words, ctx, held_by)


def _by_apposition(title: Title, titles: list[Title], index: MentionIndex, words: dict) -> Iterator[Holding]:
    """The names right after the post (one per post of a list, in order), or the name before it."""
    siblings = [t for t in titles if t.post == title.post and t.words == title.words]
    doc = title.post.doc
    if _of_another_person(title):
        return
    names = _names_after(doc, _after_list_dash(title), index, words["honorifics"])
    if names and title.words.root.head.lemma_.lower() in words["post_nouns"] and \
            CLAUSE_ARGUMENTS & {names[0].span.root.dep_, doc[_after_abbreviation(doc, title.post.end)].dep_}:
        return              # "На посту руководителя ЮНЕСКО Бокова должна сменить …": the clause decides
    if len(siblings) > 1:                          # "главы МИД РФ, КНР и Белоруссии Лавров, Ван И, …"
        if len(names) == len(siblings):
            yield Holding(title, names[siblings.index(title)], "list")
        return
    if names and not _object_of_later_verb(title, names[0]):
        yield Holding(title, names[0], "apposition")


def _after_list_dash(title: Title) -> int:
    """Where the names after a plural title start: past a dash that sets them off ("премьеры Белоруссии,
    Казахстана и Киргизии - Александр Турчин, Олжас Бектенов …", "премьеры Белоруссии - Александр
    Турчин, Армении - Никол Пашинян"). Only after a plural title, whose list the dash opens; a singular
    title's dash is read by titles.py (another title: "Председатель … – Исполнительный секретарь СНГ")."""
    doc, end = title.post.doc, title.post.end
    return end + 1 if title.plural and end + 1 < len(doc) and doc[end].text in DASHES else end


def _object_of_later_verb(title: Title, name: Found) -> bool:
    """"после вступления в должность … президента России Лаврова вновь назначили …": a name in the
    accusative after a title in the genitive is the object of the verb after it that lacks one, not
    the title's holder."""
    root, doc = name.span.root, name.span.doc
    if "Gen" not in title.words.root.morph.get("Case") or set(root.morph.get("Case")) != {"Acc"}:
        return False
    verb = next((t for t in doc[name.span.end:name.span.sent.end] if t.pos_ == "VERB"), None)
    return verb is not None and "Fin" in verb.morph.get("VerbForm") and \
        not any(c.dep_ == "obj" for c in verb.children)


def _of_another_person(title: Title) -> bool:
    """"эмиссар генерального секретаря ООН Имя", "супруга президента Франции Имя": a title in the
    genitive of a person noun right before it names whose that person is; the name is not its holder."""
    root, doc = title.words.root, title.post.doc
    head = root.head
    if "Gen" not in root.morph.get("Case") or head.pos_ != "NOUN" or "Anim" not in head.morph.get("Animacy"):
        return False
    between = doc[head.i + 1:title.post.start]
    return head.i < title.post.start and all(t.pos_ == "ADJ" for t in between)


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
        person = person_at(doc[after], index) if after < len(doc) else None
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
        found = person_at(doc[position], index)
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
    """"… Шанхайской организации сотрудничества (ШОС) Чжан Мин": past a bracketed abbreviation
    ("/ШОС/" too)."""
    if is_bracketed_abbreviation(doc, start, len(doc)):
        return start + 3
    return start


def _name_before(post: Span, index: MentionIndex) -> Found | None:
    """"Рютте, генсек НАТО", "Назарбаев – президент Казахстана": the name before a comma or dash."""
    doc = post.doc
    joiner = post.start - 1
    if joiner - 1 < post.sent.start or doc[joiner].text not in {","} | DASHES:
        return None
    found = person_at(doc[joiner - 1], index)
    if found is None or found.span.end != joiner:
        return None
    if "Ins" in post.root.morph.get("Case") and "Ins" not in found.span.root.morph.get("Case"):
        return None     # "… Гарлем Дезир, главой бюро … избран X": a predicate of the next clause
    return found


def _by_chain(titles: list[Title], position: int, held: dict[int, list[Holding]]) -> list[Holding]:
    """"президент ОПЕК, министр энергетики Катара X": a title followed by another one with a holder (after a
    comma, a conjunction or a dash, or right after it in the same case). A
    plural title names other people («президенты Алжира, Ливии, председатель ПНА Махмуд Аббас»)."""
    title = titles[position]
    if title.plural:
        return []
    doc = title.post.doc
    gap = title.post.end
    if gap < len(doc) and doc[gap].text == "(":            # "(ОБСЕ)"
        closing = next((t.i for t in doc[gap:title.post.sent.end] if t.text == ")"), None)
        gap = closing + 1 if closing is not None else gap
    if gap >= len(doc):
        return []
    joined = doc[gap].text in grammar(doc.lang_).list_joiners | DASHES
    for later in range(position + 1, len(titles)):
        following = titles[later]
        stacked = following.post.start == gap and _same_case(title, following)
        if (stacked or (joined and following.post.start == gap + 1)) and held[later]:
            return [Holding(title, holding.holder, "chain") for holding in held[later][:1]]
    return []


def _same_case(first: Title, second: Title) -> bool:
    """"действующий председатель ОБСЕ глава МИД Литвы Аудронюс Ажубалис", "председатель Межгоссовета
    президент Белоруссии Александр Лукашенко": titles stacked without a comma are one person's when they
    stand in the same case (an apposition agrees)."""
    cases = set(first.words.root.morph.get("Case")), set(second.words.root.morph.get("Case"))
    return bool(cases[0] & cases[1])

