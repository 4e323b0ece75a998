"""Frames: one entry per meaning (frames.yml), with roles; the engine derives how they are said.

A frame names its trigger words (verbs, their nominalizations, nouns naming the subject role),
its roles with the classes they accept and the slot each takes in the active clause, and the
ontology statements it makes from those roles. kg.extract.realizations turns a trigger into the
argument paths of its realization (active, passive, participle, nominalization, agent noun),
kg.extract.fillers turns the tokens those paths reach into mentions, and this module checks
negation and modality (kg.extract.assertion) and writes the candidates.
"""
from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.assertion import blocking_reason
from kg.extract.bodies import with_bodies
from kg.extract.context import ExtractContext
from kg.extract.agentless import AGENTLESS, agentless_organization
from kg.extract.fillers import Filled, fill_role, implicit_event, implicit_organization, own_mention
from kg.extract.mentions import MentionIndex, index_mentions
from kg.extract.periods import clause_date, clause_time
from kg.extract.propositions import phrase_fillers
from kg.extract.realizations import Trigger, find_triggers, role_paths
from kg.resources import load_yaml
from kg.extract.spans import provenance
from kg.types import Candidate, Value
from kg.extract.tree import VERBS

DATE = "date"          # the pseudo-role of a date literal the clause names
COMPANIONS = "alongside"   # the path to those who share the subject's role
EVENT_LABELS = frozenset({"Event", "Meeting", "Summit"})   # roles whose implicit filler is the article's event
BODY_LABELS = frozenset({"Organization", "IntergovernmentalOrganization", "GovernmentBody"})
PERSON = "Person"
BILATERAL = 2          # a symmetric frame without an object pairs its subjects only when there are two


@dataclass(frozen=True)
class Role:
    name: str
    slot: str | tuple[str, ...]      # "subject", "object", "self", or prepositions
    labels: frozenset[str]
    also: tuple[str, ...] = ()
    collective: bool = False         # a group or event stands for its organization («лидеры БРИКС»)
    group_members: bool | str = False  # a group of leaders stands for its people or states; `states`: never
                                       # for the organization whose unnamed members it describes
    without: tuple[str, ...] = ()    # prepositions a filler must not govern
    phrase: str | None = None        # class of the noun phrase that fills the role when no mention does
    implicit: bool | str = False     # unnamed: the article's organization (a status) or event (a delegate);
                                     # AGENTLESS: the organization of a passive act that names no agent
    through_group: bool = False      # `collective: only`: an organization only as a group's or event's
    direct: bool = False             # only a mention the path reaches itself, not one its word stands for
    members_as_one: bool = False     # `collective: members`: leaders of several named states act as their organization


@dataclass(frozen=True)
class Statement:
    """One ontology statement a frame makes: predicate, subject role, object role (or DATE)."""

    predicate: str
    subject: str
    object: str
    time: str | None = None          # qualifier of a date in the clause: pointInTime, validFrom, validUntil
    dated: bool = False              # without a date in the clause, the article's date is the pointInTime
    unnamed: str | None = None       # only when this role names no person («Армению представляет замминистра»)


@dataclass(frozen=True)
class Frame:
    id: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    agent_nouns: frozenset[str]
    roles: tuple[Role, ...]
    facts: tuple[Statement, ...]
    verb_pos: frozenset[str] = VERBS
    governors: frozenset[str] = frozenset()
    needs: frozenset[str] | None = None  # lemmas of which the trigger needs a child («под», «с»/«при»)
    symmetric: bool = False
    stance: bool = False
    future: bool = False             # a plain future states a decided fact («возглавит Рапота»)
    timed_future: bool = True        # a future the clause times is decided («в следующем году будет …»)
    confidence: float = 0.9

    @property
    def transitive(self) -> bool:
        """The verb takes a direct object: its nominalization's genitive is then that object."""
        return any(role.slot == "object" for role in self.roles)

    def role(self, name: str) -> Role:
        return next(role for role in self.roles if role.name == name)


@functools.cache
def load_frames(lang: str, resource: str) -> tuple[tuple[Frame, ...], dict]:
    """(frames, shared word lists) from a frames file."""
    data = load_yaml("extract", resource, lang)
    groups = load_yaml("extract", "labels.yml", lang)

    def labels(names: list[str]) -> frozenset[str]:
        return frozenset(label for name in names for label in groups.get(name, [name]))

    def role(name: str, spec: dict) -> Role:
        slot = spec["slot"] if isinstance(spec["slot"], str) else tuple(spec["slot"])
        collective = spec.get("collective", False)
        return Role(name, slot, labels(spec["labels"]), tuple(spec.get("also", ())),
                    bool(collective), spec.get("group_members", False), tuple(spec.get("without", ())),
                    spec.get("phrase"), spec.get("implicit", False), collective == "only", spec.get("direct", False),
                    collective == "members")

    frames = tuple(Frame(
        id=entry["id"], verbs=frozenset(entry.get("verbs", ())), nouns=frozenset(entry.get("nouns", ())),
        agent_nouns=frozenset(entry.get("agent_nouns", ())),
        roles=tuple(role(name, spec) for name, spec in entry["roles"].items()),
        facts=tuple(Statement(**fact) for fact in entry["facts"]),
        verb_pos=frozenset(entry.get("pos", ("VERB", "AUX"))), governors=frozenset(entry.get("governors", ())),
        needs=_needs(entry.get("needs")), symmetric=entry.get("symmetric", False), stance=entry.get("stance", False),
        future=entry.get("future", False), timed_future=entry.get("timed_future", True),
        confidence=entry.get("confidence", 0.9)) for entry in data["frames"])
    return frames, data["words"]


def _needs(needs: str | list[str] | None) -> frozenset[str] | None:
    """`needs: под` or `needs: [с, при]`: the lemmas of which one must be the trigger's child."""
    return None if needs is None else frozenset([needs] if isinstance(needs, str) else needs)


class FrameExtractor:
    """A registered extractor reading one frames file."""

    def __init__(self, name: str, resource: str):
        self.name, self.resource = name, resource

    def __call__(self, doc: Doc, ctx: ExtractContext) -> Iterator[Candidate]:
        frames, words = load_frames(ctx.lang, self.resource)
        index = with_bodies(doc, index_mentions(doc, ctx), ctx)
        for trigger in find_triggers(doc, frames, words, ctx.lang):
            if _inside_name(trigger, index):
                continue
            if blocking_reason(trigger.token, ctx.lang, stance=trigger.frame.stance,
                               future=trigger.frame.future, timed_future=trigger.frame.timed_future,
                               published=ctx.article.published) is None:
                yield from self._read(trigger, index, words, ctx)

    def _read(self, trigger: Trigger, index: MentionIndex, words: dict, ctx: ExtractContext) -> Iterator[Candidate]:
        frame = trigger.frame
        filled = {role.name: self._fill(trigger, role, index, words, ctx) for role in frame.roles}
        for statement in frame.facts:
            if statement.unnamed and any(f.kind == "entity" and f.mention.label == PERSON
                                         for f in filled[statement.unnamed]):
                continue
            subjects = filled[statement.subject]
            objects = _dates(trigger, ctx) if statement.object == DATE else filled[statement.object]
            qualifiers = () if statement.object == DATE else _qualifiers(trigger, statement, ctx)
            paired = frame.symmetric and not objects and len(subjects) == BILATERAL
            if paired:
                subjects, objects = subjects[:1], subjects[1:]     # «Россия и Казахстан сотрудничают»
            for subject, obj in ((s, o) for s in subjects for o in objects):
                if isinstance(obj, Value) or (subject.mention != obj.mention
                                              and (paired or not _one_list(subject, obj))):
                    yield self._candidate(trigger, statement, subject, obj, qualifiers, ctx)

    def _fill(self, trigger: Trigger, role: Role, index: MentionIndex, words: dict,
              ctx: ExtractContext) -> list[Filled]:
        if role.slot == "self":
            found = own_mention(trigger.token, index, role.labels)
            return [found] if found is not None else []
        paths = (*role_paths(trigger, role.slot, ctx.lang), *role.also)
        for path in paths:
            found = fill_role(path, trigger, role, index, words, ctx.lang)
            if found and role.slot == "subject":      # «… наряду с Индией, Ираном»: companions too
                found += [f for f in fill_role(COMPANIONS, trigger, role, index, words, ctx.lang) if f not in found]
            if found:
                return _without_occasions(found)
        if role.implicit == AGENTLESS:
            return agentless_organization(trigger, index, words, ctx)
        if role.implicit:
            implicit = implicit_organization if role.labels & BODY_LABELS else implicit_event
            return implicit(trigger, words, ctx)
        return phrase_fillers(paths, trigger, role, words, ctx) if role.phrase else []

    def _candidate(self, trigger: Trigger, statement: Statement, subject: Filled, obj, qualifiers,
                   ctx: ExtractContext) -> Candidate:
        token = trigger.token
        parts = [(token.idx, token.idx + len(token)), (subject.mention.start, subject.mention.end)]
        if not isinstance(obj, Value):
            parts.append((obj.mention.start, obj.mention.end))
        evidence = provenance(token.doc, ctx, token.sent, parts, self.name,
                              f"{trigger.frame.id}/{trigger.realization}", trigger.frame.confidence)
        return Candidate(subject.mention, statement.predicate, obj if isinstance(obj, Value) else obj.mention,
                         evidence, qualifiers)


def _one_list(first: Filled, second: Filled) -> bool:
    """«Страны объединения (Грузия, Украина, Азербайджан, Молдова)»: items of one coordinated list share
    the role the list fills; two roles of one fact are never filled by two of its items."""
    return second.span.root in first.span.root.conjuncts


def _without_occasions(found: list[Filled]) -> list[Filled]:
    """«На нынешней сессии председательство во всех уставных органах ОДКБ перешло к Казахстану»: a
    role that reaches a body and an event at once is the body's; the event is the occasion."""
    events = [f for f in found if f.mention.label in EVENT_LABELS]
    bodies = [f for f in found if f.mention.label in BODY_LABELS]
    return [f for f in found if f not in events] if events and bodies else found


def _qualifiers(trigger: Trigger, statement: Statement, ctx: ExtractContext):
    if statement.time is None:
        return ()
    return clause_time(trigger.token, statement.time, ctx, fallback=statement.dated)


def _dates(trigger: Trigger, ctx: ExtractContext) -> list[Value]:
    date = clause_date(trigger.token, ctx)
    return [date] if date is not None else []


def _inside_name(trigger: Trigger, index: MentionIndex) -> bool:
    """"Шанхайская организация сотрудничества" names an organization; its words trigger nothing. A
    role noun the NER took for a name by itself («Странами-наблюдателями при ЕАЭС …») still does."""
    found = index.at(trigger.token)
    mistaken_role = trigger.realization == "agent_noun" and found is not None and (
        len(found.span) == 1 or "-" in trigger.token.text)        # «Странами-партнерами БРИКС» tagged a name
    return found is not None and found.kind == "entity" and not mistaken_role
