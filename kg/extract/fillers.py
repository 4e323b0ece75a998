"""From the tokens an argument path reaches to the mentions that fill a role: moves shared by all frames.

- coordination distributes: «A, B и C» fills the role three times;
- lists continue a role noun: «четыре страны: A, B, C», «10 стран, в том числе A и B», «лидеры,
  включая президента Бразилии Лулу»;
- relative words stand for their antecedent: «НАТО, в которое входят …», «встречи …, где …»;
- personal and possessive pronouns stand for the nearest earlier mention that fits the role
  («в ней приняли участие …», «его членами стали …»);
- a name in apposition stands for its title («генсек ООН Антониу Гутерреш»), an owner for its
  proxy («спецслужбы России»), a subject for its predicate noun («АТЭС — образованная … площадка»);
- `collective` roles read a group or an event as the organization it belongs to («лидеры БРИКС»,
  «по итогам саммита ОТГ»); `group_members` roles read a group of leaders as its states or people.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.arguments import tokens
from kg.extract.collectives import (COLLECTIVE_LABELS, ORGANIZATIONS, for_unnamed_members, governs, included,
                                    is_proxy, listed_under, listed_with_unnamed_leaders, organization_of,
                                    plural_description)
from kg.extract.coordination import conjuncts
from kg.extract.lists import item_roots
from kg.extract.antecedents import (agreement, antecedents, counted_people, document_antecedent, personal,
                                    pronoun_antecedents, stands_for_nothing)
from kg.extract.mentions import Found, MentionIndex, mention_of
from kg.extract.spans import mention
from kg.extract.tree import NOUNS, Reach, children, in_capacity, preposition

Filled = Found
PERSON = "Person"
STATE_LABELS = {"Country", "Place"}
STATES = "states"                     # `group_members: states`: a group's people or states, not its organization
COLLECTIVE_ONLY = {"event_owner"}     # paths that may only reach an organization through an event or group


def fill_role(path: str, trigger, role, index: MentionIndex, words: dict, lang: str) -> list[Found]:
    """Mentions of the role's classes reached by `path` from the trigger, after the shared moves."""
    slot = role.slot if isinstance(role.slot, tuple) else ()
    reach = Reach(words, lang, slot, trigger.frame.transitive)
    searched = role.labels | COLLECTIVE_LABELS | {"Person"} if role.collective else role.labels
    if role.group_members:
        searched = searched | {"Group"}       # «Лидеры шести стран подписали …»: read as its members below
    found: list[Found] = []
    spoken_for: set[Found] = set()       # mentions a word stands for («государства-члены НАТО» → НАТО)
    for head in tokens(path, trigger.token, reach):
        for token in _expanded(head, index, role.labels, reach):
            if token != trigger.token:      # «Катар и другие члены ССАГПЗ»: not the role noun itself
                reached = [_without(f, trigger) for f in _mentions(token, index, searched, words,
                                                                   stand_ins=not role.direct)]
                spoken_for |= {f for f in reached if not f.span.start <= token.i < f.span.end}
                if role.group_members == STATES and "Plur" in token.morph.get("Number"):
                    reached = [f for f in reached if not for_unnamed_members(token, f, words)]
                found += reached
    if role.direct:                        # «Главы государств» tagged a name is no party of its own
        found = [f for f in found if not is_proxy(f.span.root.lemma_.lower(), words["proxies"])]
    if role.collective:
        read = [(f, organization_of(f, index, words, role.members_as_one)) for f in found]
        found = [new for old, new in read if new.mention.label in role.labels
                 and ((path not in COLLECTIVE_ONLY and not role.through_group) or new is not old or old in spoken_for)]
    if role.group_members:
        found = [member for f in found
                 for member in _members_of(f, index, role.labels, words, lang, role.group_members == STATES)]
    if role.without:                       # «провели переговоры с X» is a meeting, not an event held
        found = [f for f in found if not governs(f.span.root, role.without)
                 and not governs(f.span.root.head, role.without)]
    return list({f.mention: f for f in found}.values())


def _without(found: Found, trigger) -> Found:
    """«Странами-партнерами БРИКС» tagged as one name: the filler is the name after the role noun."""
    span, token = found.span, trigger.token
    if trigger.realization != "agent_noun" or not span.start <= token.i < span.end - 1 or found.kind != "entity":
        return found
    rest = span.doc[token.i + 1:span.end]
    return Found(rest, replace(found.mention, start=rest.start_char, end=rest.end_char, text=rest.text,
                               normal=rest.text), found.kind)


def implicit_organization(trigger, words: dict, ctx) -> list[Found]:
    """«Партнерами по диалогу являлись Азербайджан, Армения …», «статус наблюдателей имели Афганистан и
    Монголия» after a sentence about the ШОС: a status stated without its organization is a status in
    the article's organization (a reference resolution links to it, or drops). Only for status phrases
    (under «статус», a compound «страна-наблюдатель», «партнер по диалогу»), not for any «партнер»,
    and for a rotating chairmanship («с первого дня российского председательства»), not for «под
    председательством X», which chairs an event."""
    token = trigger.token
    rotation = (token.lemma_.lower() in words["rotations"] and preposition(token) not in words["chaired_events"]
                and not any(preposition(c) in words["chaired_places"] and c.text[:1].islower()
                            for c in children(token, "nmod", "obl")))
    status = (rotation or token.head.lemma_.lower() in words["status_nouns"] or "-" in token.text
              or in_capacity(token, words) or _bare_predicate(token, words)
              or any(c.dep_ == "nmod" and any(g.dep_ == "case" and g.lemma_.lower() == "по" for g in c.children)
                     for c in token.children))
    if not status:
        return []
    span = token.doc[token.i:token.i + 1]
    reference = replace(mention(span, "Organization", ctx, proper=False), normal=words["collective_reference"])
    return [Found(span, reference, "role")]


def _bare_predicate(token: Token, words: dict) -> bool:
    """«Наблюдателем на сегодня является Молдова», «Молдова остается наблюдателем»: the predicate noun
    of a copula states a status when nothing but the present («на сегодня», «в настоящее время») is
    placed on it or its copula (not «наблюдателем на выборах является ОБСЕ») and no adjective
    qualifies it (not «Китай является крупнейшим торговым партнером»)."""
    copula = token.head
    placed = [c for c in (*token.children, *copula.children) if c.dep_ in {"nmod", "obl"} and preposition(c) is not None]
    return (token.dep_ in {"xcomp", "obl"} and copula.lemma_.lower() in words["copulas"] and preposition(token) is None
            and not any(c.dep_ == "amod" for c in token.children)      # «крупнейшим торговым партнером»
            and all(c.lemma_.lower() in words["present_times"] for c in placed))


def implicit_event(trigger, words: dict, ctx) -> list[Found]:
    """«Армению представляет вице-премьер Ваче Габриелян», «Российскую делегацию возглавляет президент»
    in an article about a meeting: who represents a state or leads a delegation without the event
    named takes part in the article's event (a reference resolution links to its dominant event, or
    drops when the article has none). Not who represents a state in an organization («Россию в ООН
    представляет Василий Небензя»): that is a post, not a gathering; a state or city there is where the
    gathering is («Российскую делегацию в Индии возглавляет глава МИД»)."""
    if any(c.dep_ in {"obl", "nmod"} and preposition(c) in words["standing_places"]
           and c.ent_type_ not in words["venues"] for c in trigger.token.children):
        return []
    span = trigger.token.doc[trigger.token.i:trigger.token.i + 1]
    return [Found(span, replace(mention(span, "Event", ctx, proper=False), normal=words["event_reference"]), "role")]


def own_mention(token: Token, index: MentionIndex, labels: frozenset[str]) -> Found | None:
    found = mention_of(token, index, labels)
    return found if found is not None and found.mention.label in labels else None


def _expanded(token: Token, index: MentionIndex, labels, reach: Reach) -> list[Token]:
    """The token, its conjuncts, and the items of a list it introduces when it names nothing itself."""
    items = [token, *_conjuncts(token)]
    if own_mention(token, index, labels) is None:
        for item in list(items):
            # «подписали ряд важных документов, в том числе Договор …»: the list hangs on the genitive
            # of a noun the role passes through
            through = [c for c in item.children if c.dep_ == "nmod" and c.i > item.i] \
                if item.lemma_.lower() in reach.words["transparent"] else []
            for introducer in (item, *through):
                for first in _list_items(introducer, reach):
                    items += [first, *first.conjuncts]
    return list(dict.fromkeys(items))


def _conjuncts(token: Token) -> list[Token]:
    """The token's conjuncts; a person's only when they name people too: in a list of titled names the
    parser coordinates a name with the next title or its state («… К.Расулзода и Премьер-министр …»,
    «президенты Грузии Михаил Саакашвили и Украины Виктор Ющенко»), whose own name the list reads."""
    found = conjuncts(token)
    if token.ent_type_ != PERSON:
        return found
    return [c for c in found if c.ent_type_ == PERSON]


def _list_items(token: Token, reach: Reach) -> list[Token]:
    doc, words = token.doc, reach.words
    items = item_roots(token, reach.lang)
    for child in token.children:
        between = doc[token.i + 1:child.i]
        if child.dep_ in {"parataxis", "appos"} and child.i > token.i and _includes(between.text, words):
            items.append(child)                                  # «10 стран, в том числе Китай»
        elif child.dep_ in {"advmod", "acl"} and child.lemma_.lower() in words["inclusions"]:
            items += children(child, "obj", "nmod")             # «лидеры, включая президента Бразилии»
    return items


def _includes(text: str, words: dict) -> bool:
    return any(phrase in text.lower() for phrase in words["inclusions"])


def _mentions(token: Token, index: MentionIndex, labels, words: dict, depth: int = 0,
              stand_ins: bool = True) -> list[Found]:
    lemma = token.lemma_.lower()
    if depth > 2:
        return []
    if lemma in words["relatives"] and token.pos_ in {"PRON", "ADV", "DET"}:
        return [f for t in antecedents(token) for f in _mentions(t, index, labels, words, depth + 1)]
    if personal(token) is not None:
        return pronoun_antecedents(token, index, labels, words["state_nouns"]) or _article_organization(
            token, index, labels, words)
    found = mention_of(token, index, labels)
    if "Topic" in labels and (found is None or found.kind == "topic"):
        # "противодействие терроризму", "преступности, обороту наркотиков": every topic under the word
        subtree = index.inside(token.doc[token.left_edge.i:token.right_edge.i + 1], {"Topic"})
        return ([found] if found is not None else []) + subtree
    if found is not None and found.mention.label in labels:
        return [found]
    return _stand_ins(token, index, labels, words, depth) if stand_ins else []


def _article_organization(pronoun: Token, index: MentionIndex, labels, words: dict) -> list[Found]:
    """«… была основана в 2001 году. Ее участниками являются Китай, Индия …» with the organization's name
    left untagged: a singular possessive of an organization role with no mention of any class nearby to
    stand for is the article's organization (a reference resolution links to it, or drops)."""
    possessive = pronoun.pos_ == "DET" or (pronoun.dep_ in {"det", "nmod:poss", "nmod"} and pronoun.i < pronoun.head.i)
    if not possessive or not ORGANIZATIONS & set(labels) or agreement(pronoun)[1] != "Sing" \
            or not index.found or not stands_for_nothing(pronoun, index):
        return []                       # «Саммит прошел в Астане. Его участниками стали …»: the summit's
    span = pronoun.doc[pronoun.i:pronoun.i + 1]
    reference = replace(index.found[0].mention, start=span.start_char, end=span.end_char, text=span.text,
                        label="Organization", normal=words["collective_reference"])
    return [Found(span, reference, "role")]


def _stand_ins(token: Token, index: MentionIndex, labels, words: dict, depth: int) -> list[Found]:
    """Mentions that speak for a token naming nothing of the role's classes itself."""
    named = [c for c in token.children if c.dep_ in {"appos", "flat:name"}]
    if named:                                          # "Генсек ООН Антониу Гутерреш осудил …"
        return [f for c in named for f in _mentions(c, index, labels, words, depth + 1)]
    holder = _name_after(token, index, labels, words)
    if holder is not None:                             # «под председательством Президента Казахстана Касым-Жомарта Токаева»
        return [holder]
    owners = [c for c in token.children if c.dep_ == "nmod" and c.i > token.i and preposition(c) is None] \
        or _owner_hung_elsewhere(token)
    others = any(c.dep_ in {"amod", "det"} and c.lemma_.lower() in words["others"] for c in token.children)
    if is_proxy(token.lemma_.lower(), words["proxies"]) and owners and not others:   # "спецслужбы России" act for Russia
        # («Катар и другие члены ССАГПЗ поддержали …»: the others are more of the named, not their organization)
        return [f for o in owners for t in (o, *o.conjuncts) for f in _mentions(t, index, labels, words, depth + 1)]
    if token.dep_ == "appos" and depth == 0:          # «президент Кыргызстана – председательствующей страны»
        return _mentions(token.head, index, labels, words, depth + 1)
    if token.lemma_.lower() in words["generic_heads"]:  # «Объединение БРИКС», «Формат ГУАМ»
        names = [c for c in token.children if c.dep_ in {"nmod", "appos"} and c.i > token.i and c.ent_type_]
        if names:
            return _mentions(names[0], index, labels, words, depth + 1)
    if token.dep_ == "nsubj" and token.head.pos_ in NOUNS and depth == 0:
        return _mentions(token.head, index, labels, words, depth + 1)   # «АТЭС — … площадка» parsed inverted
    subjects = children(token, "nsubj")                # «АТЭС — образованная в 1989 году площадка»
    if subjects and token.pos_ == "NOUN":
        return [f for s in subjects for f in _mentions(s, index, labels, words, depth + 1)]
    return document_antecedent(token, index, labels, words)     # «Документ подписали …»


def _owner_hung_elsewhere(token: Token) -> list[Token]:
    """«В ходе встречи делегации России, Китая … рассмотрели …» with «России» hung on a noun further on:
    a genitive name right after a noun with no genitive of its own is that noun's."""
    after = token.right_edge.i + 1
    if after >= token.sent.end:
        return []
    name = token.doc[after]
    return [name] if (name.dep_ == "nmod" and name.ent_type_ and "Gen" in name.morph.get("Case")
                      and preposition(name) is None and name.head.i != token.i) else []


def _name_after(token: Token, index: MentionIndex, labels, words: dict) -> Found | None:
    """The person named right after a singular title and its state, whom the parser hung elsewhere
    («наряду с Президентом Казахстана Касым-Жомартом Токаевым», the name made another title's apposition)."""
    if PERSON not in labels or "Plur" in token.morph.get("Number") or not is_proxy(token.lemma_.lower(), words["proxies"]):
        return None
    after = token.right_edge.i + 1
    return next((f for f in index.found if f.span.start == after and f.mention.label == PERSON
                 and f.span.root.head.i != token.i), None)


def _members_of(found: Found, index: MentionIndex, labels, words: dict, lang: str,
                states_only: bool = False) -> list[Found]:
    """«лидеры США, Канады …» → the states; «президенты Грузии Михаил Саакашвили и …» → the people.

    A group, or a plural description of people («лидеры США»), stands for the people it names, or the
    people listed after it («главы стран: король …, президент …», «… главы стран. Среди них король …»),
    else for the states and organizations it is of (GUIDE: unnamed leaders make their state the
    participant).
    """
    root = found.span.root
    if states_only and found.mention.label in STATE_LABELS:
        # «президента Казахстана Касым-Жомарта Токаева, Киргизии Садыра Жапарова»: a state followed by a
        # name stands for the title it leaves out, whose holder takes part (however the parser hung the name)
        named = [f for f in index.found if f.span.start == found.span.end and f.mention.label == PERSON]
        if named:
            return _mentions(named[0].span.root, index, labels, words, 1)
    if states_only and found.kind == "role" and found.mention.label == PERSON:
        # «премьер Армении», «вице-премьер Туркменистана» with no name: the state takes part (GUIDE §6)
        states = [f for owner in children(root, "nmod") if owner.i > root.i and preposition(owner) is None
                  for f in _mentions(owner, index, labels, words, 1) if f.mention.label in STATE_LABELS]
        if states and listed_with_unnamed_leaders(root):
            return states
    if found.mention.label != "Group" and not plural_description(found):
        return [found]
    people = [f for f in index.inside(found.span, {"Person"}) if f.kind == "entity"]
    people = people or [f for first in item_roots(root, lang) for t in (first, *first.conjuncts)
                        for f in _mentions(t, index, labels, words, 1) if f.mention.label == "Person"]
    if people:
        return people
    owners = [c for c in root.children if c.dep_ == "nmod" and c.i > root.i]
    # the states listed after the description are its members, not the organization it names on the way
    # («делегации стран СНГ – России, Азербайджана …»)
    found = [f for owner in owners for t in listed_under(owner, lang) for f in _mentions(t, index, labels, words, 1)
             if not (states_only and for_unnamed_members(t, f, words))]
    found = found or [f for owner in owners for t in (owner, *owner.conjuncts)
                      for f in _mentions(t, index, labels, words, 1)
                      if not (states_only and for_unnamed_members(t, f, words))]
    found += [f for owner in owners for t in included(owner, words) for f in _mentions(t, index, labels, words, 1)]
    if states_only:             # «Главы стран ОДКБ»: unnamed states are nobody to take part
        return found
    return found or ([f for f in counted_people(root, index, words) if f.mention.label in labels])
