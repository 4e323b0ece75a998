"""Argument paths: from a trigger token to the tokens that may fill one of its roles.

Paths are named in realizations.yml (per realization) and frames.yml (`also`); each follows UD
relations from the trigger. `Reach` carries what a path may need: the shared word lists, the
prepositions of the role's slot and whether the frame's verb takes a direct object.
`governor.<path>` applies a path to the trigger's head («провел встречу»: the meeting's subject
is the subject of «провел»).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.lists import item_roots

OBLIQUE = {"obl", "nmod", "iobj", "obl:agent"}
EMBEDDING = {"xcomp", "csubj", "csubj:pass", "ccomp"}
STOP = {"parataxis", "acl:relcl", "acl", "appos", "ROOT", "root"}
SUBJECTS = ("nsubj", "nsubj:pass")
PERSON = "Person"
# what ends a run of titled names after its verb: another clause, a prepositional phrase, a colon or dash
RUN_STOP_POS = {"VERB", "AUX", "ADP", "SCONJ"}
RUN_STOP_TEXT = {";", ":", "(", "-", "–", "—"}
REFLEXIVE_POSSESSIVE = "свой"
AS = "как"
AGREEMENT_REACH = 5      # words after a participle where the noun it agrees with may stand
NAME_DEPTH = 4           # genitives an event's name runs through («заседание Совета глав государств ШОС»)


@dataclass(frozen=True)
class Reach:
    words: dict
    lang: str
    preps: tuple[str, ...] = ()
    transitive: bool = False


Path = Callable[[Token, Reach], list[Token]]


def tokens(path: str, trigger: Token, reach: Reach) -> list[Token]:
    """Tokens reached from `trigger` by `path`."""
    if path.startswith("governor."):
        head = trigger.head
        return [] if head == trigger else tokens(path.removeprefix("governor."), head, reach)
    return PATHS[path](trigger, reach)


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def preposition(token: Token) -> str | None:
    case = next((c for c in token.children if c.dep_ == "case"), None)
    return case.lemma_.lower() if case is not None else None


def is_genitive(token: Token) -> bool:
    cases = token.morph.get("Case")
    # abbreviations ("ШОС", "ООН") often carry no or a wrong case; their position decides
    return preposition(token) is None and ("Gen" in cases or token.pos_ == "PROPN")


def through_transparent(token: Token, words: dict) -> Token:
    """«в состав Совета» → «Совета», «в число членов Совета» → «Совета»: skip nouns that only frame a role."""
    seen = 0
    while token.lemma_.lower() in words["transparent"] and seen < 3:
        inner = [c for c in token.children if c.dep_ == "nmod" and c.i > token.i and is_genitive(c)]
        if not inner:
            break
        token, seen = inner[0], seen + 1
    return token


def through_location(token: Token, words: dict) -> list[Token]:
    """«в столице Лаоса Вьентьяне», «в г. Габала», «в штаб-квартире ООН в Нью-Йорке»: the place a
    location noun names; the noun itself when it names none."""
    if token.lemma_.lower() not in words["locations"]:
        return [token]
    named = [c for c in token.children if c.dep_ in {"appos", "flat:name", "flat"}]
    inner = [c for c in token.children if c.dep_ == "nmod" and preposition(c) in {"в", "на"}]
    return named or inner or [token]


def prepositional(token: Token, reach: Reach) -> list[Token]:
    found = [c for c in token.children if c.dep_ in OBLIQUE and preposition(c) in reach.preps]
    found = [place for c in found for place in through_location(c, reach.words)]
    found += [c for c in token.children if c.dep_ == "advmod" and c.lemma_.lower() in reach.words["relatives"]
              and reach.preps and set(reach.preps) & {"в", "на"}]          # «…, где приняли участие»
    return [through_transparent(t, reach.words) for t in found]


def name_place(token: Token, reach: Reach) -> list[Token]:
    """«на заседании Совета коллективной безопасности ОДКБ в Москве»: the place of an event named with
    its body, which the parser hangs on a genitive of the name rather than on the event noun."""
    found: list[Token] = []
    frontier = genitive_chain(token)
    for _ in range(NAME_DEPTH):
        found += [t for noun in frontier for t in prepositional(noun, reach)]
        frontier = [g for noun in frontier for g in genitive_chain(noun)]
    return found


def genitive_chain(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ == "nmod" and c.i > token.i and preposition(c) is None]


def complement_prep(token: Token, reach: Reach) -> list[Token]:
    """«статус партнера по диалогу в ШОС»: the parser hangs the role's preposition on the «по …»
    complement that is part of the role noun («партнер по диалогу»)."""
    complements = [c for c in token.children if c.dep_ == "nmod" and c.i > token.i and preposition(c) == "по"]
    return [t for c in complements for t in prepositional(c, reach)]


def genitive(token: Token, reach: Reach) -> list[Token]:
    return [through_transparent(c, reach.words) for c in token.children
            if c.dep_ == "nmod" and c.i > token.i and is_genitive(c)]


def state_adjective(token: Token, reach: Reach) -> list[Token]:
    """«российского председательства в АТЭС»: a state adjective is the nominalization's subject."""
    return [c for c in token.children if c.dep_ == "amod" and c.i < token.i]


def possessor(token: Token, reach: Reach) -> list[Token]:
    """«его членами стали …» (the pronoun, resolved later), «ОБСЕ выбрала … своим председателем» (the
    subject of the clause)."""
    found = []
    for child in (c for c in token.children if c.dep_ in {"det", "nmod:poss"} and c.pos_ in {"PRON", "DET"}):
        lemma = child.lemma_.lower()
        if lemma == REFLEXIVE_POSSESSIVE:
            found += children(token.head, *SUBJECTS)
        elif lemma in reach.words["possessives"]:
            found.append(child)
    return found


def subject_genitive(token: Token, reach: Reach) -> list[Token]:
    """«председательство Малайзии», «участие России»: the genitive of an intransitive nominalization."""
    return [] if reach.transitive else genitive(token, reach)


def object_genitive(token: Token, reach: Reach) -> list[Token]:
    """«принятие декларации»: the genitive of a transitive nominalization."""
    return genitive(token, reach) if reach.transitive else []


def agent(token: Token, reach: Reach) -> list[Token]:
    return [c for c in token.children if c.dep_ in OBLIQUE and preposition(c) is None
            and "Ins" in c.morph.get("Case")]


def modified(token: Token, reach: Reach) -> list[Token]:
    """The noun a participle or apposition describes («принятая декларация», «Иран, член ШОС»): the
    participle agrees with it, so a participle hung on a noun it does not agree with describes the
    agreeing noun after it («премьер председательствующей в ЕМПС Белоруссии»)."""
    if token.dep_ not in {"acl", "amod", "appos"} or token.head == token:
        return []
    if "Part" in token.morph.get("VerbForm") and not _agrees(token, token.head):
        following = token.doc[token.i + 1:min(token.i + 1 + AGREEMENT_REACH, token.sent.end)]
        for noun in following:
            if noun.is_punct:
                break
            if noun.pos_ in {"NOUN", "PROPN"} and preposition(noun) is None and _agrees(token, noun):
                return [noun]
    return [token.head]


def _agrees(participle: Token, noun: Token) -> bool:
    """Same case, number and (in the singular) gender, where the tagger gives them."""
    for feature in ("Case", "Number", "Gender"):
        own, other = participle.morph.get(feature), noun.morph.get(feature)
        if feature == "Gender" and "Plur" in participle.morph.get("Number"):
            continue
        if own and other and not set(own) & set(other):
            return False
    return True


def embedded_obj(token: Token, reach: Reach) -> list[Token]:
    """"предложено выработать и принять Инициативу": the object of the infinitive(s)."""
    infinitives = [c for c in token.children if c.dep_ in EMBEDDING and "Inf" in c.morph.get("VerbForm")]
    infinitives += [conj for inf in infinitives for conj in inf.conjuncts if conj.pos_ == "VERB"]
    return [obj for inf in infinitives for obj in children(inf, "obj")]


def embedded_verb(token: Token, reach: Reach) -> list[Token]:
    """«призвал создать Банк развития»: the infinitive itself, for roles filled by what is to be done."""
    return [c for c in token.children if c.dep_ in EMBEDDING and "Inf" in c.morph.get("VerbForm")]


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
    """«X принял участие в Y», «для участия в форуме прибыли X»: the governing verb's subject."""
    verb = token.head
    if token.dep_ not in {"obj", "obl", "nsubj:pass"} or verb.pos_ not in {"VERB", "AUX"}:
        return []
    return subjects(verb, reach) or children(verb, "nsubj:pass") if token.dep_ != "nsubj:pass" else []


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
        if t.pos_ in RUN_STOP_POS or t.text in RUN_STOP_TEXT:
            break
        if t.ent_type_ == PERSON and t.ent_iob_ == "B":
            people.append(t)
    if subject.ent_type_ == PERSON:
        return people if len(people) > 1 else found
    return people or found


def prep_of_light_verb(token: Token, reach: Reach) -> list[Token]:
    """«приняла председательство в организации», «имел в АСЕАН статус наблюдателя», «участвовала в ШОС
    в статусе партнера»: the role's preposition hangs on the verb."""
    framed = (token.dep_ == "nmod" and token.head.lemma_.lower() in reach.words["transparent"]) or any(
        c.lemma_.lower() == AS for c in token.children if c.dep_ in {"case", "mark"})
    while token.dep_ == "nmod" and token.head.lemma_.lower() in reach.words["transparent"]:
        token = token.head
    light = {"obj", "nsubj", "obl", "advcl"} if framed else {"obj", "nsubj"}
    if token.dep_ not in light or token.head.pos_ not in {"VERB", "AUX"}:
        return []
    return [t for t in prepositional(token.head, reach) if t != token]


def copula_subject(token: Token, reach: Reach) -> list[Token]:
    """«Иран стал членом ШОС», «X является одним из приоритетов», «X — член Y», «выбрала Швейцарию
    своим председателем», «имеют статус наблюдателей»: whom the role noun is said of."""
    words = reach.words
    own = children(token, "nsubj")
    if own:                                             # «БРИКС — это объединение …»
        return own
    role_noun = token
    while (token.dep_ == "nmod" and token.head.lemma_.lower() in words["transparent"]) or token.dep_ == "appos":
        token = token.head                              # «статус наблюдателя», «странами — партнерами»
    verb = token.head
    if _as_status(token, token != role_noun, words) and verb.pos_ in {"VERB", "AUX"}:
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
    subjects = [s for s in children(verb, *SUBJECTS) if s != token]
    # parsers often hang later parts of a long coordinated subject on the verb itself
    stray = [c for s in subjects for c in verb.children
             if s.i < c.i < verb.i and c.dep_ in {"amod", "nmod", "conj", "obl", "iobj"}]
    return subjects + stray


def _as_status(token: Token, framed: bool, words: dict) -> bool:
    """«в статусе …», «в качестве …» (`framed`: reached through such a noun), «как наблюдатель»: the
    capacity the clause's subject acts in."""
    marks = {c.lemma_.lower() for c in token.children if c.dep_ in {"case", "mark"}}
    wanted = set(words["status_marks"]) if framed else {AS}
    return bool(marks & wanted) and token.dep_ in {"obl", "advcl", "nmod"}


def named(token: Token, reach: Reach) -> list[Token]:
    """«председатель ОБСЕ Швейцария», «генсек ООН Гутерреш»: the name after the role noun."""
    return [c for c in token.children if c.dep_ in {"appos", "flat:name"}]


def listed(token: Token, reach: Reach) -> list[Token]:
    """«государства ГУАМ – Грузия, Украина …», «члены ОПЕК: Алжир, Ангола …»: a list after a mark,
    also when the parser hangs it on the role noun's genitive («государств-членов организации – России, …»)."""
    return [item for noun in (token, *genitive(token, reach)) for item in item_roots(noun, reach.lang)]


def alongside(token: Token, reach: Reach) -> list[Token]:
    """«Беларусь стала членом ШОС наряду с Индией, Ираном …», «вместе с РФ членами стали …»: the
    companions share the role of the clause's subject."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    companions = reach.words["companions"]
    found = [c for c in verb.children if c.dep_ in OBLIQUE and preposition(c) == "с"
             and any(g.lemma_.lower() in companions for g in c.children)]
    for adverb in (c for c in verb.children if c.lemma_.lower() in companions):
        found += [g for g in adverb.children if g.dep_ in OBLIQUE and preposition(g) == "с"]
    return found


def coordinated_head(token: Token, reach: Reach) -> list[Token]:
    """«Катар, Саудовская Аравия и другие члены ССАГПЗ»: the names coordinated with the role noun."""
    if token.dep_ != "conj":
        return []
    head = token.head
    return [head] + [c for c in head.children if c.dep_ == "conj" and c != token]


def recipient(token: Token, reach: Reach) -> list[Token]:
    """«председательство перешло к Китаю», «полномочия председателя перешли от Лаоса к Малайзии»,
    «функции председателя возложены на Мальту»: who receives the role, and who hands it over (both
    ends of a handover hold it, one until, one from then)."""
    words = reach.words
    noun = token
    if noun.dep_ == "nmod" and noun.head.lemma_.lower() in words["transparent"]:
        noun = noun.head
    verb = noun.head
    if verb.lemma_.lower() not in words["transfers"] or noun.dep_ not in {"nsubj", "nsubj:pass", "obj", "nmod"}:
        return []
    return [c for c in verb.children if (c.dep_ in OBLIQUE and preposition(c) in {"к", "на", "от"})
            or (c.dep_ in {"iobj", "obl"} and preposition(c) is None and "Dat" in c.morph.get("Case"))]


def chaired_event(token: Token, reach: Reach) -> list[Token]:
    """«заседание прошло под председательством X», «заседание под председательством X»: what is chaired."""
    if preposition(token) != "под":
        return []
    head = token.head
    if head.pos_ in {"NOUN", "PROPN"}:
        return [head]
    if head.dep_ in {"acl", "amod"}:             # «комитет, заседавший под председательством X»
        return [head.head]
    return children(head, *SUBJECTS)


def event_owner(token: Token, reach: Reach) -> list[Token]:
    """«по итогам саммита ОТГ был подписан ряд документов»: the event in the clause, read as its
    organization by `collective` roles. Only for a clause that names no subject or agent itself."""
    if children(token, "nsubj") or agent(token, reach):
        return []
    found = []
    for child in token.children:
        if child.dep_ in OBLIQUE:
            found += [child] + [c for c in child.children if c.dep_ == "nmod"]
    return found


def object_owner(token: Token, reach: Reach) -> list[Token]:
    """«принятие Антинаркотической стратегии ШОС», «утверждена Стратегия развития ШОС»: the
    organization the adopted document is named after (when the clause names no agent)."""
    if children(token, "nsubj") or agent(token, reach):
        return []
    objects = children(token, "obj", "nsubj:pass") or object_genitive(token, reach)
    return [g for obj in objects for g in genitive(obj, reach)]


def owner(token: Token, reach: Reach) -> list[Token]:
    """"приоритетов председательства Казахстана": the owner of a chairmanship is its holder."""
    found = []
    for noun in [c for c in token.children if c.dep_ == "nmod" and c.i > token.i and is_genitive(c)]:
        found += owner(noun, reach) if noun.lemma_.lower() in reach.words["transparent"] else [noun]
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


PATHS: dict[str, Path] = {
    "itself": lambda t, r: [t],
    "nsubj": subjects,
    "nsubj_pass": lambda t, r: children(t, "nsubj:pass"),
    "obj": lambda t, r: children(t, "obj"),
    "prep": prepositional,
    "agent": agent,
    "genitive": genitive,
    "name_place": name_place,
    "complement_prep": complement_prep,
    "subject_genitive": subject_genitive,
    "object_genitive": object_genitive,
    "possessor": possessor,
    "state_adjective": state_adjective,
    "modified": modified,
    "owner": owner,
    "embedded_obj": embedded_obj,
    "embedded_verb": embedded_verb,
    "controller": controller,
    "converb_subject": converb_subject,
    "light_verb_subject": light_verb_subject,
    "prep_of_light_verb": prep_of_light_verb,
    "copula_subject": copula_subject,
    "named": named,
    "listed": listed,
    "coordinated_head": coordinated_head,
    "alongside": alongside,
    "recipient": recipient,
    "chaired_event": chaired_event,
    "event_owner": event_owner,
    "object_owner": object_owner,
    "speaker": speaker,
}
