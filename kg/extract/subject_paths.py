"""Argument paths to who does or is something: the subject of the trigger, of the verb that
governs or controls it, of a copula or light verb («стал членом», «принял участие»), a possessor,
and the speaker of reported speech. Registered by name in `arguments.PATHS`."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.coordination import heads_gapped_clause, remnant_subject
from kg.extract.grammar import grammar
from kg.extract.lists import item_roots
from kg.extract.tree import STOP, SUBJECTS, VERBS, Reach, children, genitive, in_capacity, stray_nominatives

PERSON = "Person"
# what ends a run of titled names after its verb: another clause, a prepositional phrase, a colon or dash
RUN_STOP_POS = {"VERB", "AUX", "ADP", "SCONJ"}
RUN_STOP_TEXT = {";", ":", "(", "-", "–", "—"}
DASHES = {"-", "–", "—"}
STATES = {"Place", "Country"}
TITLE_POS = {"NOUN", "PROPN"}


def controller(token: Token, reach: Reach) -> list[Token]:
    """«решили принять»: the subject of the verb an infinitive depends on (also for coordinated verbs)."""
    if token.dep_ == "xcomp":
        return children(token.head, *SUBJECTS)
    if token.dep_ == "conj" and token.head.pos_ == "VERB":
        return children(token.head, "nsubj") if not children(token, *SUBJECTS) else []
    return []


def converb_subject(token: Token, reach: Reach) -> list[Token]:
    """«выступая на саммите, Путин заявил …»: a gerund's subject is its clause's subject."""
    return children(token.head, "nsubj") if "Conv" in token.morph.get("VerbForm") else []


def light_verb_subject(token: Token, reach: Reach) -> list[Token]:
    """«X принял участие в Y», «для участия в форуме прибыли X», «эстафету председательства принимает X»:
    the governing verb's subject (through nouns that only frame the role); not the subject of a wish
    («Лукашенко пожелал Путину успешного председательства»: the wish holds nothing)."""
    while token.dep_ == "nmod" and token.head.lemma_.lower() in reach.words["transparent"]:
        token = token.head
    verb = token.head
    if verb.lemma_.lower() in reach.words["wishes"]:
        return []
    if verb.lemma_.lower() in reach.words["transfers"] and token.dep_ == "obj":
        # «Белоруссия передала председательство Казахстану»: both ends of a handover hold the role
        receivers = [c for c in verb.children if (c.dep_ in {"iobj", "obl"} and "Dat" in c.morph.get("Case")
                                                   and not children(c, "case")) or
                     (c.dep_ in {"obl", "nmod"} and any(g.lemma_.lower() in reach.words["transfer_receivers"] for g in children(c, "case")))]
        return subjects(verb, reach) + receivers
    if token.dep_ in SUBJECTS and verb.pos_ in VERBS and _reflexive_passive(verb, reach.words):
        # «председательство будет осуществляться Туркменистаном»: the instrumental of a -ся passive
        return [c for c in verb.children if c.dep_ in {"obl", "obl:agent", "nmod"} and not children(c, "case")
                and "Ins" in c.morph.get("Case")]
    if token.dep_ not in {"obj", "obl", "nsubj:pass"} or verb.pos_ not in VERBS:
        return []
    return subjects(verb, reach) or children(verb, "nsubj:pass") if token.dep_ != "nsubj:pass" else []


def _reflexive_passive(verb: Token, words: dict) -> bool:
    return "Pass" in verb.morph.get("Voice") or verb.lemma_.lower().endswith(tuple(words["reflexive_endings"]))


def subjects(verb: Token, reach: Reach) -> list[Token]:
    """The verb's subject; a run of several titled names is read whole («В заседании приняли участие
    Президент России Дмитрий Медведев, Президент Армении Серж Саргсян, …», «Владимир Путин, Премьер-министр
    Армении Никол Пашинян, … провели заседание»): parsers hang the later names of such lists on the wrong
    titles, so the people named from the subject to the verb (or, after the verb, to the next clause,
    preposition, colon or dash) are the subjects."""
    found = children(verb, "nsubj")
    if len(found) != 1 or found[0].ent_type_ not in {"", PERSON}:
        return found
    subject = found[0]
    doc = verb.doc
    window = doc[subject.i:verb.i] if subject.i < verb.i else doc[subject.i:verb.sent.end]
    people = []
    for t in window:
        if (t.pos_ in RUN_STOP_POS or t.text in RUN_STOP_TEXT) and not _elliptical_dash(t):
            break
        if t.ent_type_ == PERSON and t.ent_iob_ == "B":
            people.append(t)
    if subject.ent_type_ == PERSON:
        return people if len(people) > 1 else found
    return people or found


def _elliptical_dash(token: Token) -> bool:
    """«премьер-министр России Дмитрий Медведев, Казахстана – Карим Мсимов»: a dash between a state and a
    name stands for the title said once before; «заместитель Премьер-министра – Министр иностранных дел
    Республики Казахстан М.Нуртлеу»: a dash between two titles of one person joins them. The run of names
    goes on (not after a name: «…, Шахбаз Шариф - все, как главы делегаций»)."""
    doc = token.doc
    if token.text not in DASHES or token.i == 0 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.ent_type_ in STATES and after.ent_type_ == PERSON:
        return True
    # titles are often capitalized and tagged as proper nouns («Премьер-министра – Министр»), but name nothing
    return (before.pos_ in TITLE_POS and not before.ent_type_ and after.pos_ in TITLE_POS | {"ADJ"}
            and not after.ent_type_)


# how a parser hangs the predicate noun of a gapped copular clause on the copula of the first one
GAPPED_PREDICATES = frozenset({"advcl", "conj", "parataxis"})


def copula_subject(token: Token, reach: Reach) -> list[Token]:
    """«Иран стал членом ШОС», «X является одним из приоритетов», «X — член Y», «выбрала Швейцарию
    своим председателем», «имеют статус наблюдателей»: whom the role noun is said of."""
    words = reach.words
    own = children(token, "nsubj")
    if own:                                             # «БРИКС — это объединение …»
        return own
    role_noun = token
    while (token.dep_ == "nmod" and token.head.lemma_.lower() in words["transparent"]) or token.dep_ == "appos":
        if remnant_subject(token) is not None:
            break
        token = token.head                              # «статус наблюдателя», «странами — партнерами»
    remnant = remnant_subject(token)
    if remnant is not None:
        return [remnant]                                # «…, а Азербайджан, Египет … – статусом партнера»
    verb = token.head
    if token.dep_ in GAPPED_PREDICATES and verb.i < token.i and item_roots(token, reach.lang):
        return []               # «Наблюдателями являются A и B, партнерами – C, D»: its own list (`listed`)
    if _as_status(token, token != role_noun, words) and verb.pos_ in VERBS:
        return children(verb, "nsubj")                  # «участвовала в ШОС в статусе партнера», «как наблюдатель»
    if verb.lemma_.lower() in words["one_of"] and verb.head != verb:      # "одним из приоритетов"
        verb = verb.head
    lemma = verb.lemma_.lower()
    if lemma in words["electives"]:
        return children(verb, "obj")
    if lemma not in words["copulas"] and token.dep_ != "nsubj":
        return []
    if verb.dep_ in {"acl", "amod"} and "Part" in verb.morph.get("VerbForm"):
        return [verb.head]                              # «Индия и Пакистан, имеющие статус наблюдателей»
    # a subject heading a gapped clause's remnant is that clause's («A обладают статусом наблюдателя,
    # а B — статусом партнера»: B is no observer)
    subjects = [s for s in children(verb, *SUBJECTS) if s != token and not heads_gapped_clause(s)]
    # parsers often hang later parts of a long coordinated subject on the verb itself
    stray = [c for s in subjects for c in verb.children
             if s.i < c.i < verb.i and c.dep_ in {"amod", "nmod", "conj", "obl", "iobj"}]
    return subjects + stray


def _as_status(token: Token, framed: bool, words: dict) -> bool:
    """«в статусе …», «в качестве …» (`framed`: reached through such a noun), «как наблюдатель»: the
    capacity the clause's subject acts in."""
    marks = {c.lemma_.lower() for c in token.children if c.dep_ in {"case", "mark"}}
    wanted = set(words["status_marks"]) if framed else {grammar(token.doc.lang_).comparison}
    return (bool(marks & wanted) or in_capacity(token, words)) and token.dep_ in {"obl", "advcl", "nmod"}


def possessor(token: Token, reach: Reach) -> list[Token]:
    """«его членами стали …» (the pronoun, resolved later), «ОБСЕ выбрала … своим председателем» (the
    subject of the clause); the parser may hang a possessive before the noun as its nmod («Ее
    участниками являются …», «Его участники – …»)."""
    found = []
    for child in (c for c in token.children if c.pos_ in {"PRON", "DET"} and (
            c.dep_ in {"det", "nmod:poss"} or (c.dep_ == "nmod" and c.i < token.i))):
        lemma = child.lemma_.lower()
        if lemma == grammar(token.doc.lang_).reflexive_possessive:
            found += children(token.head, *SUBJECTS)
        elif lemma in reach.words["possessives"]:
            found.append(child)
    return found


def speaker(token: Token, reach: Reach) -> list[Token]:
    """Who says or thinks the clause: the subject of a governing or parenthetical speech verb."""
    words = reach.words
    clause = token
    while True:
        if clause != token and clause.lemma_.lower() in words["speech"]:
            return children(clause, "nsubj")
        said = [c for c in clause.children if c.dep_ == "parataxis" and c.lemma_.lower() in words["speech"]]
        opinion = [c for c in clause.children if c.lemma_.lower() in words["opinion_nouns"]]
        if said or opinion:
            return children(said[0], "nsubj") if said else genitive(opinion[0], reach)
        if clause.dep_ in STOP or clause.head == clause:
            return []
        clause = clause.head


def stray_subject(token: Token, reach: Reach) -> list[Token]:
    """«В ходе неформального саммита президенты России и Киргизии обсудили …» with «президенты» hung on
    «саммита»: the subject its verb lacks (kg.extract.tree.stray_nominatives)."""
    return stray_nominatives(token)


def displaced_subject(verb: Token, reach: Reach) -> list[Token]:
    """«На заседании Си Цзиньпин выступил …»: a verb without a subject has the one the parser hung on a
    noun phrase before it (`stray_subject` of that phrase)."""
    if verb.pos_ not in VERBS:
        return []
    return [s for c in verb.children if c.dep_ in {"obl", "obj"} and c.i < verb.i for s in stray_subject(c, reach)]
