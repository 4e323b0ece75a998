"""Argument paths: from a trigger token to the tokens that may fill one of its roles.

Paths are named in realizations.yml (per realization) and frames.yml (`also`); each follows UD
relations from the trigger. `Reach` (kg.extract.tree) carries what a path may need: the shared word
lists, the prepositions of the role's slot and whether the frame's verb takes a direct object.
`governor.<path>` applies a path to the trigger's head («провел встречу»: the meeting's subject
is the subject of «провел»). The paths to subjects live in `subject_paths`; this module holds the
others and the table of all of them.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.grammar import grammar
from kg.extract.lists import item_roots
from kg.extract.participle_paths import modified
from kg.resources import load_yaml
from kg.extract.complement_paths import (adjacent_name, dative, document_party, granter, listed_after, listed_later,
                                         name_of_complement, party)
from kg.extract.subject_paths import (controller, converb_subject, copula_subject, displaced_subject,
                                      light_verb_subject, possessor, speaker, stray_subject, subjects)
from kg.extract.tree import (NOUNS, OBLIQUE, SUBJECTS, VERBS, Path, Reach, agent, children, genitive, genitive_chain,
                             in_capacity, is_genitive, preposition, prepositional, through_location,
                             through_transparent)

EMBEDDING = {"xcomp", "csubj", "csubj:pass", "ccomp"}
NAME_DEPTH = 4           # genitives an event's name runs through («заседание Совета глав государств ШОС»)


def tokens(path: str, trigger: Token, reach: Reach) -> list[Token]:
    """Tokens reached from `trigger` by `path`."""
    if path.startswith("governor."):
        head = trigger.head
        if trigger.dep_ == "case" and head.dep_ == "amod":
            head = head.head        # «в ходе 15-го … саммита» with «в» hung on the adjective: the noun's
        return [] if head == trigger else tokens(path.removeprefix("governor."), head, reach)
    return PATHS[path](trigger, reach)


def name_place(token: Token, reach: Reach) -> list[Token]:
    """«на заседании Совета коллективной безопасности ОДКБ в Москве»: the place of an event named with
    its body, which the parser hangs on a genitive of the name rather than on the event noun."""
    found: list[Token] = []
    frontier = genitive_chain(token)
    for _ in range(NAME_DEPTH):
        found += [t for noun in frontier for t in prepositional(noun, reach)]
        frontier = [g for noun in frontier for g in genitive_chain(noun)]
    return found


def co_located(token: Token, reach: Reach) -> list[Token]:
    """«переизбран в Душанбе на саммите», «в Тяньцзинь на встречу приехали лидеры»: an event in an
    oblique «в/на» phrase of a verb happens at the place another «в/на» phrase of that verb names."""
    verb = token.head
    if preposition(token) not in reach.words["gathering_places"] or token.dep_ not in {"obl", "nmod"} or verb.pos_ not in VERBS:
        return []
    if _future(verb, reach.lang):          # «будет согласована 25 июня в Батуми на встрече»: only announced
        return []
    return [t for t in prepositional(verb, reach) if t != token]


def _future(verb: Token, lang: str) -> bool:
    auxiliaries = load_yaml("extract", "modality.yml", lang)["future_auxiliaries"]
    return "Fut" in verb.morph.get("Tense") or any(
        c.dep_.startswith("aux") and (c.text.lower() in auxiliaries or "Fut" in c.morph.get("Tense")) for c in verb.children)


def reported_prep(token: Token, reach: Reach) -> list[Token]:
    """«…», — заявил Дачич на заседании ОБСЕ»: a reporting verb after a quote owns the words after it,
    but the parser hangs their «на …» phrase across it on the quoted clause."""
    if token.dep_ != "parataxis" or token.head.i > token.i:
        return []
    inside = {t.i for t in token.subtree}
    crossing = [t for t in token.sent[token.i - token.sent.start + 1:]
                if t.i not in inside and t.head.i < token.i]
    phrases = [c for c in crossing if c.dep_ in OBLIQUE and preposition(c) in reach.preps]
    return [through_transparent(t, reach.words) for c in phrases for t in through_location(c, reach.words)]


def complement_prep(token: Token, reach: Reach) -> list[Token]:
    """«статус партнера по диалогу в ШОС»: the parser hangs the role's preposition on the «по …»
    complement that is part of the role noun («партнер по диалогу»)."""
    complements = [c for c in token.children if c.dep_ == "nmod" and c.i > token.i and preposition(c) == "по"]
    return [t for c in complements for t in prepositional(c, reach)]


def state_adjective(token: Token, reach: Reach) -> list[Token]:
    """«российского председательства в АТЭС»: a state adjective is the nominalization's subject."""
    return [c for c in token.children if c.dep_ == "amod" and c.i < token.i]


def subject_genitive(token: Token, reach: Reach) -> list[Token]:
    """«председательство Малайзии», «участие России»: the genitive of an intransitive nominalization."""
    return [] if reach.transitive else genitive(token, reach)


def object_genitive(token: Token, reach: Reach) -> list[Token]:
    """«принятие декларации»: the genitive of a transitive nominalization."""
    return genitive(token, reach) if reach.transitive else []


def embedded_obj(token: Token, reach: Reach) -> list[Token]:
    """"предложено выработать и принять Инициативу": the object of the infinitive(s)."""
    infinitives = [c for c in token.children if c.dep_ in EMBEDDING and "Inf" in c.morph.get("VerbForm")]
    infinitives += [conj for inf in infinitives for conj in inf.conjuncts if conj.pos_ == "VERB"]
    return [obj for inf in infinitives for obj in children(inf, "obj")]


def embedded_verb(token: Token, reach: Reach) -> list[Token]:
    """«призвал создать Банк развития»: the infinitive itself, for roles filled by what is to be done."""
    return [c for c in token.children if c.dep_ in EMBEDDING and "Inf" in c.morph.get("VerbForm")]


def prep_of_light_verb(token: Token, reach: Reach) -> list[Token]:
    """«приняла председательство в организации», «имел в АСЕАН статус наблюдателя», «участвовала в ШОС
    в статусе партнера»: the role's preposition hangs on the verb."""
    framed = (token.dep_ == "nmod" and token.head.lemma_.lower() in reach.words["transparent"]) or any(
        c.lemma_.lower() == grammar(token.doc.lang_).comparison for c in token.children if c.dep_ in {"case", "mark"}) or in_capacity(token, reach.words)
    while token.dep_ == "nmod" and token.head.lemma_.lower() in reach.words["transparent"]:
        token = token.head
    light = {"obj", "nsubj", "obl", "advcl"} if framed else {"obj", "nsubj"}
    if token.dep_ not in light or token.head.pos_ not in VERBS:
        return []
    return [t for t in prepositional(token.head, reach) if t != token]


def named(token: Token, reach: Reach) -> list[Token]:
    """«председатель ОБСЕ Швейцария», «генсек ООН Гутерреш»: the name after the role noun."""
    return [c for c in token.children if c.dep_ in {"appos", "flat:name"}]


def listed(token: Token, reach: Reach) -> list[Token]:
    """«государства ГУАМ – Грузия, Украина …», «члены ОПЕК: Алжир, Ангола …»: a list after a mark,
    also when the parser hangs it on the role noun's genitive («государств-членов организации – России, …»)
    or prepositional dependent («Наблюдатели при ЕАЭС — Куба, Узбекистан и Иран»)."""
    dependents = [c for c in token.children if c.dep_ == "nmod" and c.i > token.i and preposition(c) is not None]
    return [item for noun in (token, *genitive(token, reach), *dependents) for item in item_roots(noun, reach.lang)]


def alongside(token: Token, reach: Reach) -> list[Token]:
    """«Беларусь стала членом ШОС наряду с Индией, Ираном …», «вместе с РФ членами стали …»: the
    companions share the role of the clause's subject."""
    verb = token if token.pos_ in VERBS else token.head
    companions = reach.words["companions"]
    found = [c for c in verb.children if c.dep_ in OBLIQUE and preposition(c) == "с"
             and any(g.lemma_.lower() in companions for g in c.children)]
    for adverb in (c for c in verb.children if c.lemma_.lower() in companions):
        found += [g for g in adverb.children if g.dep_ in OBLIQUE and preposition(g) == "с"]
    return found


def coordinated_head(token: Token, reach: Reach) -> list[Token]:
    """«Катар, Саудовская Аравия и другие члены ССАГПЗ»: the names coordinated with the role noun
    when it says «другие» (in «резолюция, разработанная Украиной и странами Евросоюза» Ukraine is
    beside the members, not one of them)."""
    if token.dep_ != "conj" or not any(c.lemma_.lower() in reach.words["others"] for c in children(token, "amod", "det")):
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
    if verb.lemma_.lower() in words["endowments"] and preposition(noun) is None:
        # «наделили ШОС статусом наблюдателя» (the role parsed an object too, beside the recipient)
        return [c for c in children(verb, "obj", "nsubj:pass") if c not in (noun, token)]
    if verb.lemma_.lower() not in words["transfers"] or noun.dep_ not in {"nsubj", "nsubj:pass", "obj", "iobj", "nmod"}:
        return []
    # the parser may hang «к Туркменистану» on the role noun instead of the verb
    ends = [c for c in noun.children if c.dep_ == "nmod" and preposition(c) in words["transfer_ends_on_noun"]]
    found = [c for c in verb.children if (c.dep_ in OBLIQUE and preposition(c) in words["transfer_ends"])
             or (c.dep_ in {"iobj", "obl"} and preposition(c) is None and "Dat" in c.morph.get("Case"))] + ends
    if verb.pos_ in NOUNS and not found:
        # «решение о предоставлении Лаосской Народно-Демократической Республике статуса партнера», «о
        # присвоении Лаоса статуса»: a nominalization's other bare dependent, whatever case the tagger gave it
        found = [c for c in verb.children if c.dep_ == "nmod" and c.i > verb.i and preposition(c) is None
                 and c not in (noun, token) and c.lemma_.lower() not in words["transparent"]]
    return found


def chaired_event(token: Token, reach: Reach) -> list[Token]:
    """«заседание прошло под председательством X», «заседание под председательством X»: what is chaired."""
    if preposition(token) != "под":
        return []
    head = token.head
    if head.pos_ in NOUNS:
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


CLAUSES = {"advcl", "ccomp", "parataxis", "acl", "csubj"}


def objects(token: Token, reach: Reach) -> list[Token]:
    """The verb's direct objects, not one the parser hung on it past a clause of the verb's own
    («поддерживает создание формата, поскольку это позволит вовлекать … другие страны»)."""
    clauses = [c for c in token.children if c.dep_ in CLAUSES and c.i > token.i]
    return [o for o in children(token, "obj") if not any(token.i < c.left_edge.i < o.i for c in clauses)]


def second_subject(token: Token, reach: Reach) -> list[Token]:
    """«A, B и C образуют Содружество Независимых Государств»: a name whose nominative and accusative are
    one form, parsed as a second subject after the verb, is the verb's object when the verb has a subject
    before it and no object (a common noun there is left alone: «поддержал консенсус» is no name)."""
    found = children(token, "nsubj")
    if children(token, "obj") or not any(s.i < token.i for s in found):
        return []
    return [s for s in found if s.i > token.i and "Acc" in _case_forms(s) and (s.ent_type_ or s.pos_ == "PROPN")]


def _case_forms(noun: Token) -> set[str]:
    """Cases the noun's form may have: the tagger's, and accusative for a neuter or inanimate nominative."""
    cases = set(noun.morph.get("Case"))
    if "Nom" in cases and ("Neut" in noun.morph.get("Gender") or "Inan" in noun.morph.get("Animacy")):
        cases.add("Acc")
    return cases


PATHS: dict[str, Path] = {
    "itself": lambda t, r: [t],
    "nsubj": subjects,
    "stray_subject": stray_subject,
    "displaced_subject": displaced_subject,
    "nsubj_pass": lambda t, r: children(t, "nsubj:pass"),
    "obj": objects,
    "second_subject": second_subject,
    "prep": prepositional,
    "agent": agent,
    "genitive": genitive,
    "name_place": name_place,
    "complement_prep": complement_prep,
    "reported_prep": reported_prep,
    "co_located": co_located,
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
    "dative": dative,
    "listed_after": listed_after,
    "document_party": document_party,
    "party": party,
    "listed_later": listed_later,
    "adjacent_name": adjacent_name,
    "granter": granter,
    "name_of_complement": name_of_complement,
    "speaker": speaker,
}
