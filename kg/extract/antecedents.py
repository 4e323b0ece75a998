"""What relative words and personal pronouns stand for: the antecedent a role is filled by.

«саммит, который …», «встречи …, где …» (a relative word: the noun its clause describes); «в ней
приняли участие …», «его членами стали …» (a pronoun: the nearest earlier mention that fits the role
and agrees in gender and number); «… делегаций Индии, Ирана и Пакистана. Они имеют статус …» (a
plural pronoun: the nearest earlier coordinated list).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.grammar import grammar
from kg.extract.mentions import Found, MentionIndex, mention_of
from kg.resources import load_yaml
from kg.extract.tree import NOUNS, SUBJECTS, VERBS

PLURAL = "Plur"
NAME_PARTS = frozenset({"flat:name", "flat", "appos"})
CHAIN_DEPS = frozenset({"nmod", "appos", "parataxis", "flat:name"})   # a genitive chain and the names in it
PRONOUN_REACH = 2                     # sentences back where a pronoun's antecedent may be


def antecedents(relative: Token) -> list[Token]:
    """«саммит, который …»: the noun the relative clause describes (or the noun above a «в формате …»)."""
    clause = relative
    while clause.dep_ not in {"acl:relcl", "acl"} and clause.head != clause:
        clause = clause.head
    if clause.head == clause:
        return []
    antecedent = clause.head
    if PLURAL in relative.morph.get("Number") and antecedent.dep_ == "conj":
        # «Венгрия и Турция, которые состоят в НАТО»: a plural relative hung on the last of coordinated
        # nouns stands for all of them
        return [antecedent.head, *antecedent.head.conjuncts]
    antecedent = _agreeing_antecedent(relative, antecedent)
    return [antecedent] + ([antecedent.head] if antecedent.dep_ == "nmod" else [])


def _agreeing_antecedent(relative: Token, head: Token) -> Token:
    """«саммит Шанхайской организации сотрудничества (ШОС), в которую входят …»: the parser hangs a
    relative clause on the top of a genitive chain, but the relative word agrees in gender and number
    with the noun it stands for; when the top does not agree, the nearest noun of its chain before the
    relative word that does (else the top, as parsed)."""
    if _agrees_with(relative, head):
        return head
    chain = [t for t in head.subtree if t.i < relative.i and t.pos_ in NOUNS and _in_chain(t, head)]
    agreeing = [t for t in chain if t != head and _agrees_with(relative, t)]
    return max(agreeing, key=lambda t: t.i, default=head)


def _in_chain(token: Token, head: Token) -> bool:
    """A noun reached from `head` through genitive dependents and their names only («саммит → организации
    → (ШОС)»), not through a prepositional phrase or a clause of its own."""
    while token != head:
        if token.dep_ not in CHAIN_DEPS or any(c.dep_ == "case" for c in token.children):
            return False
        token = token.head
    return True


def _agrees_with(relative: Token, noun: Token) -> bool:
    """The relative word's gender and number (where both are marked) are the noun's."""
    for feature in ("Number", "Gender"):
        own, its = set(relative.morph.get(feature)), set(noun.morph.get(feature))
        if own and its and not own & its:
            return False
    return True


def personal(token: Token) -> str | None:
    """The personal pronoun a token is or is the possessive of («ее» → «она»), else None."""
    if is_personal(token):
        return token.lemma_.lower()
    possessives = _pronouns(token.doc.lang_)["possessives"]
    return possessives.get(token.text.lower()) if token.pos_ in {"PRON", "DET"} else None


def is_personal(token: Token) -> bool:
    """A personal pronoun itself («он», «ней»), not a possessive."""
    return token.pos_ == "PRON" and token.lemma_.lower() in _pronouns(token.doc.lang_)["personal"]


def agreement(pronoun: Token) -> tuple[frozenset[str] | None, str]:
    """The genders (None: any) and the number of what a personal pronoun or possessive may stand for."""
    found = _pronouns(pronoun.doc.lang_)["personal"][personal(pronoun)]
    genders = found["genders"]
    return (frozenset(genders) if genders is not None else None), found["number"]


def _pronouns(lang: str) -> dict:
    return load_yaml("extract", "pronouns.yml", lang)


def pronoun_antecedents(pronoun: Token, index: MentionIndex, labels, state_nouns: list[str]) -> list[Found]:
    """The mention a personal pronoun stands for; for a plural one with no plural mention, a list."""
    found = _pronoun_antecedent(pronoun, index, labels)
    if found is None and agreement(pronoun)[1] == PLURAL:
        return _list_antecedent(pronoun, index, labels, state_nouns)
    return [found] if found is not None else []


def stands_for_nothing(pronoun: Token, index: MentionIndex) -> bool:
    """No earlier mention of any class agrees with the pronoun within its reach."""
    return _pronoun_antecedent(pronoun, index, {f.mention.label for f in index.found}) is None


def _pronoun_antecedent(pronoun: Token, index: MentionIndex, labels) -> Found | None:
    """The nearest earlier mention of the role's classes that agrees with the pronoun."""
    genders, number = agreement(pronoun)
    start = _sentences_in_reach(pronoun)[0].start
    candidates = [f for f in index.found if start <= f.span.start and f.span.end <= pronoun.i
                  and f.mention.label in labels and _agrees(f.span, genders, number) and not _predicative(f)]
    return max(candidates, key=lambda f: f.span.start, default=None)


def _predicative(found: Found) -> bool:
    """«… а так же был заместителем главы МИД Италии»: a role in the instrumental says what someone
    named before is; a pronoun after it stands for that someone."""
    return found.kind == "role" and "Ins" in found.span.root.morph.get("Case")


def person_antecedent(pronoun: Token, index: MentionIndex, electives: frozenset[str]) -> Found | None:
    """«Стаффан де Мистура занимал посты в ООН … Кроме этого, он возглавлял …»: the named person a
    personal pronoun stands for, in the nearest sentence (this one or the PRONOUN_REACH before) naming
    one that agrees with it: its subject («Алипов сменил Кудашева. Ранее он …»), unless the subject
    appoints someone named («… назначил послом Алипова. Ранее он …»: the appointee); else the last one."""
    genders, number = agreement(pronoun)
    for sentence in reversed(_sentences_in_reach(pronoun)):
        named = [f for f in index.found if sentence.start <= f.span.start and f.span.end <= min(pronoun.i, sentence.end)
                 and f.kind == "entity" and f.mention.label == "Person" and _agrees(f.span, genders, number)]
        subjects = [f for f in named if _name_head(f.span).dep_ in SUBJECTS and
                    not (_name_head(f.span).head.lemma_.lower() in electives and len(named) > 1)]
        if named:
            return (subjects or named)[-1]
    return None


def dropped_subject(predicate: Token, index: MentionIndex) -> Found | None:
    """«Андрей Сердюков … В январе 2022 года был назначен командующим …»: a main clause that names no
    subject goes on about the person named as the subject of the sentence before, when the
    predicate (or its auxiliary) agrees with that person in gender and number. Only the main clause's
    subject: «…, когда в должность вступил Медведев. В мае 2012 года был назначен …» is not Medvedev."""
    if predicate.dep_ != "ROOT" or any(c.dep_ in {*SUBJECTS, "expl"} for c in predicate.children):
        return None
    marked = [predicate, *(c for c in predicate.children if c.dep_ in {"aux", "aux:pass", "cop"})]
    genders = {g for token in marked for g in token.morph.get("Gender")}
    if not genders or any(PLURAL in token.morph.get("Number") for token in marked):
        return None                       # an impersonal («было решено») or plural clause
    sentences = _sentences_in_reach(predicate, reach=1)
    if len(sentences) < 2 or any(f.span.start < predicate.i and f.mention.label == "Person"
                                 for f in index.found if sentences[1].start <= f.span.start):
        return None
    subjects = [f for f in index.found if sentences[0].start <= f.span.start and f.span.end <= sentences[0].end
                and f.kind == "entity" and f.mention.label == "Person" and _name_head(f.span).dep_ in SUBJECTS
                and _name_head(f.span).head.dep_ == "ROOT" and _agrees(f.span, genders, "Sing")]
    return subjects[-1] if subjects else None


def _sentences_in_reach(pronoun: Token, reach: int = PRONOUN_REACH) -> list[Span]:
    """The pronoun's sentence and the `reach` sentences before it."""
    sentences = list(pronoun.doc.sents)
    current = next(i for i, s in enumerate(sentences) if s.start <= pronoun.i < s.end)
    return sentences[max(0, current - reach):current + 1]


def _name_head(span: Span) -> Token:
    """The token that holds a name's place in its clause (past its flat parts and appositions)."""
    token = span.root
    while token.dep_ in NAME_PARTS and token.head != token:
        token = token.head
    return token


def _list_antecedent(pronoun: Token, index: MentionIndex, labels, state_nouns: list[str]) -> list[Found]:
    """«… руководители делегаций Индии, Ирана, Монголии и Пакистана. Они имеют статус наблюдателей»: a
    plural pronoun stands for the nearest earlier coordinated list of mentions of the role's classes
    (not for a list that only says whose a proxy is: «Государства НАТО и Евросоюза … они приняли» are the
    states, not the two organizations)."""
    start = _sentences_in_reach(pronoun, reach=1)[0].start
    earlier = [f for f in index.found if start <= f.span.start and f.span.end <= pronoun.i and f.mention.label in labels]
    for found in sorted(earlier, key=lambda f: f.span.start, reverse=True):
        members = [found.span.root, *found.span.root.conjuncts]
        if len(members) > 1 and min(members, key=lambda t: t.i).head.lemma_.lower() in state_nouns:
            return []
        if len(members) > 1:
            listed = [mention_of(t, index, labels) for t in sorted(members, key=lambda t: t.i)]
            return [f for f in listed if f is not None and f.mention.label in labels]
    return []


def document_antecedent(noun: Token, index: MentionIndex, labels, words: dict) -> list[Found]:
    """«Документ подписали …», «под данным документом», «принял данный закон»: a singular document noun
    with nothing of its own but a demonstrative stands for the nearest document named before it (within
    PRONOUN_REACH sentences); «документ» for any document, another noun for one with its own head."""
    lemma = noun.lemma_.lower()
    if lemma not in words["document_references"] or "Plur" in noun.morph.get("Number"):
        return []
    if noun.head.pos_ not in VERBS and not any(c.dep_ == "case" for c in noun.children):
        return []          # «об утверждении документа сообщил Путин»: a nominalization's document is its own
    if any(c.dep_ not in {"case", "punct"} and c.lemma_.lower() not in words["reference_determiners"]
           for c in noun.children):
        return []
    sentences = list(noun.doc.sents)
    current = next(i for i, s in enumerate(sentences) if s.start <= noun.i < s.end)
    start = sentences[max(0, current - PRONOUN_REACH)].start
    earlier = [f for f in index.found if start <= f.span.start and f.span.end <= noun.i and f.mention.label in labels
               and f.kind != "role" and (lemma == grammar(noun.doc.lang_).general_document or f.span.root.lemma_.lower() == lemma)]
    nearest = max(earlier, key=lambda f: f.span.start, default=None)
    return [nearest] if nearest is not None else []


def counted_people(group: Token, index: MentionIndex, words: dict) -> list[Found]:
    """«… присутствовали председатель Китая Ху Цзиньтао, президент Казахстана …, президент Узбекистана
    Ислам Каримов. … Лидеры шести стран подписали …»: a group counted with a numeral («шести стран»,
    «6 государств») stands for the people the nearest earlier sentence (within PRONOUN_REACH) names,
    when it names exactly that many."""
    count = _count(group, words["counts"])
    if count is None:
        return []
    sentences = list(group.doc.sents)
    current = next(i for i, s in enumerate(sentences) if s.start <= group.i < s.end)
    for sentence in reversed(sentences[max(0, current - PRONOUN_REACH):current]):
        people = [f for f in index.found if f.kind == "entity" and f.mention.label == "Person"
                  and sentence.start <= f.span.start and f.span.end <= sentence.end]
        if len({f.mention.normal for f in people}) == count:
            return list({f.mention.normal: f for f in people}.values())
    return []


def _count(group: Token, counts: dict[str, int]) -> int | None:
    """The number a numeral under the group word or its genitive says («лидеры шести стран»)."""
    owners = [group, *(c for c in group.children if c.dep_ == "nmod")]
    numerals = [c for o in owners for c in o.children if c.dep_ in {"nummod", "nummod:gov"}]
    for numeral in numerals:
        if numeral.text.isdigit():
            return int(numeral.text)
        if numeral.lemma_.lower() in counts:
            return counts[numeral.lemma_.lower()]
    return None


def _agrees(span: Span, genders: set[str] | None, number: str) -> bool:
    root = span.root
    own, numbers = root.morph.get("Gender"), root.morph.get("Number")
    if numbers and number not in numbers:
        return False
    return genders is None or not own or bool(genders & set(own))
