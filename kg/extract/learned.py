"""The learned models (kg.learn) inside extraction: their mentions and their relations.

Mentions: the tagger's spans fill what the rules and the NER miss. A rule mention always wins:
a tagged span equal to one is not added (the rule mention only learns the tagger's finer
type, for the classifier), nor is one that crosses a rule mention's boundaries; tagged spans
nested in rule mentions or containing them are added (NEREL nests "генсек ОДКБ" ⊃ "ОДКБ"),
except a verb phrase around a rule mention of its own type ("открылся встречей" ⊃ "встречей"), a span
joining a rule mention of its own type to another conjunct ("стратегии … и Программы действий …") and an
event that is not one phrase of the parse ("в ходе переговоров ключевые вопросы").
A rule extractor's own mention of a tagged span (a post named with its organization) replaces
the tagged one once the extractors have run (`rule_mentions_win`).

Relations: the `learned` extractor classifies every same-sentence pair of mentions (rule and
learned alike) and proposes the mapped ontology property with the classifier's calibrated
probability as its confidence, for the properties and subject types that resources/labels.yml
`keep` lists, at its least confidence (chosen on the domain corpus's dev split; a post only when it is
singular, where `keep` says so, and only what the pair's sentence lets it say: kg.extract.learned_gates), and gives way
to the rules' facts about the same subject mention (`rule_facts_win`) or entity (`rule_subjects_win`).

Both stay out of articles in a language the models do not read (kg.learn.LANGUAGE).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Span

from kg.extract.context import ExtractContext
from kg.extract.learned_gates import asserted, joins_appositions, origin, post_owner, profession
from kg.extract.mentions import Found, MentionIndex, index_mentions
from kg.extract.spans import mention, provenance
from kg.extract.tree import VERBS
from kg.learn import LearnedModels
from kg.learn.heads import head_lexicon, head_spans
from kg.learn.labels import Keep, Labels, labels
from kg.learn.pairs import PairMention
from kg.learn.tagger import TaggedSpan
from kg.types import Candidate, Mention

LEARNED = "learned"
COMMON_NOUN_CLASSES = frozenset({"Post"})   # named by their lemma, lowercased, like rule roles
ROLE = "role"   # kg.extract.mentions' kind of a role phrase standing for a person or body
COORDINATING = "CCONJ"                 # «и», «а», «или» between two conjuncts
EVENT = "EVENT"                        # NEREL's event type: its tagged spans must be one phrase of the parse
PROFESSION = "PROFESSION"              # NEREL's post type: its tagged spans must not run into an apposition


def with_learned(doc: Doc, ctx: ExtractContext, index: MentionIndex) -> MentionIndex:
    """The rule mentions plus the tagger's spans that fill their gaps."""
    models = models_for(ctx)
    if models is None:
        return index
    found = list(index.found)
    classes = labels().classes
    by_span = {(f.span.start, f.span.end): i for i, f in enumerate(found)}
    merged, added = list(found), {}
    for tagged in sorted(proposed_spans(doc, models), key=lambda s: -s.confidence):
        key = (tagged.start, tagged.end)
        if key in by_span:
            rule = merged[by_span[key]]
            if not rule.learned:
                merged[by_span[key]] = replace(rule, learned=tagged.type)
        elif (tagged.type in classes and key not in added and not _crosses(key, found)
              and _reads_apart(doc[tagged.start:tagged.end], tagged.type, found)):
            span = doc[tagged.start:tagged.end]
            label = classes[tagged.type]
            added[key] = Found(span, mention(span, label, ctx, proper=label not in COMMON_NOUN_CLASSES),
                               LEARNED, tagged.type)
    return MentionIndex(merged + list(added.values()))


def proposed_spans(doc: Doc, models: LearnedModels) -> list[TaggedSpan]:
    """The tagger's spans, and the head nouns' (kg.learn.heads) where the tagger found none of their type."""
    tagged = models.tagger.tag(doc)
    return tagged + head_spans(doc, tagged, head_lexicon())


def rule_mentions_win(mentions: tuple[Mention, ...], candidates: tuple[Candidate, ...],
                      rules: MentionIndex) -> tuple[tuple[Mention, ...], tuple[Candidate, ...]]:
    """The article's mentions and candidates with every tagged mention that a rule extractor named
    itself (same span and class: the titles extractor's post with its full name) replaced by the
    rule's mention, so one span has one reading."""
    named = {}
    for candidate in candidates:
        if candidate.provenance.extractor != LEARNED:
            for m in (candidate.subject, candidate.object):
                if isinstance(m, Mention):
                    named.setdefault((m.start, m.end, m.label), m)
    ruled = set(rules.mentions)
    swap = {m: named[m.start, m.end, m.label] for m in mentions
            if m not in ruled and named.get((m.start, m.end, m.label), m) != m}
    if not swap:
        return mentions, candidates
    return (tuple(m for m in mentions if m not in swap),
            tuple(replace(c, subject=swap.get(c.subject, c.subject), object=swap.get(c.object, c.object))
                  for c in candidates))


def rule_facts_win(candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates without the classifier's where a rule already states the same property of the
    same subject mention: «президент Казахстана Касым-Жомарт Токаев» gives the titles extractor's
    post with its state, and the classifier's bare «президент» beside it would be a second, less
    specific post (a wrong row in the domain gold, which names posts with their state). Nor is a
    learned fact kept that a rule's narrower one implies: the same subject mention and an object
    mention overlapping the rule's (labels.yml `narrower`: the rules' participatesIn of «саммите ШОС
    в Астане» says the classifier's involvedIn in it, or in the «саммите» nested in it)."""
    rules = [c for c in candidates if c.provenance.extractor != LEARNED]
    ruled = {(c.subject.start, c.subject.end, c.predicate) for c in rules}
    objects: dict[tuple[int, int, str], list[Mention]] = {}
    for c in rules:
        if isinstance(c.object, Mention):
            objects.setdefault((c.subject.start, c.subject.end, c.predicate), []).append(c.object)
    narrower = labels().narrower

    def implied(c: Candidate) -> bool:
        return isinstance(c.object, Mention) and any(
            o.start < c.object.end and c.object.start < o.end
            for p in narrower.get(c.predicate, ()) for o in objects.get((c.subject.start, c.subject.end, p), ()))
    return tuple(c for c in candidates if c.provenance.extractor != LEARNED
                 or ((c.subject.start, c.subject.end, c.predicate) not in ruled and not implied(c)))


def rule_subjects_win(candidates: tuple[Candidate, ...], entity_key: Callable[[Mention], str | None],
                      ) -> tuple[Candidate, ...]:
    """The candidates without the classifier's facts about an entity the rules already describe:
    a learned fact of a property gives way where a rule states, of the same subject entity anywhere
    in the article, one of the properties labels.yml `give_way` lists for it (the rules' post of
    «Сергей Лавров» makes the classifier's «Лавров — президент РФ» from a sentence that only names
    both). Mention-level precedence is `rule_facts_win`'s; a learned fact a rule also states stays."""
    give_way = labels().give_way
    rules = [c for c in candidates if c.provenance.extractor != LEARNED]
    described = {(entity_key(c.subject), c.predicate) for c in rules}
    stated = {(entity_key(c.subject), c.predicate, _object_key(c, entity_key)) for c in rules}

    def yields(c: Candidate) -> bool:
        subject = entity_key(c.subject)
        return (subject is not None and (subject, c.predicate, _object_key(c, entity_key)) not in stated
                and any((subject, p) in described for p in give_way.get(c.predicate, ())))
    return tuple(c for c in candidates if c.provenance.extractor != LEARNED or not yields(c))


def _object_key(c: Candidate, entity_key: Callable[[Mention], str | None]) -> object:
    return entity_key(c.object) if isinstance(c.object, Mention) else c.object


def models_for(ctx: ExtractContext) -> LearnedModels | None:
    """The learned models, if there are any and they read the article's language."""
    return ctx.learned if ctx.learned is not None and ctx.learned.reads(ctx.lang) else None


def _reads_apart(span: Span, nerel_type: str, found: list[Found]) -> bool:
    """Whether a tagged span around or beside the rule mentions is a reading of its own, worth adding."""
    inner = _inner_rule_spans(span, nerel_type, found)
    return (not _verbal_reading(span, inner) and not _coordinated_reading(span, inner)
            and (nerel_type != EVENT or _one_phrase(span)) and (nerel_type != PROFESSION or not joins_appositions(span)))


def _inner_rule_spans(span: Span, nerel_type: str, found: list[Found]) -> list[Span]:
    """The rule mentions of the tagged span's own type strictly inside it."""
    from_classes = labels().from_classes
    return [f.span for f in found if span.start <= f.span.start and f.span.end <= span.end
            and (f.span.start, f.span.end) != (span.start, span.end) and from_classes.get(f.mention.label) == nerel_type]


def _verbal_reading(span: Span, inner: list[Span]) -> bool:
    """Whether a tagged span is a verb phrase around a rule mention of its own type: NEREL tags
    events with their verb («открылся встречей»), kg names them by the noun («встречей», which the
    rules found); added, the verb phrase would give the event its label and its pronoun references."""
    return bool(inner) and any(token.pos_ in VERBS for token in span)


def _coordinated_reading(span: Span, inner: list[Span]) -> bool:
    """Whether a tagged span joins a rule mention of its own type to another conjunct: «Антинаркотическая
    стратегия ШОС на 2024-2029 годы и Программы действий по её реализации» names two documents, which
    the rules read one by one (each its own fact); added, the joined span would take their facts."""
    return any(token.pos_ == COORDINATING and not any(i.start <= token.i < i.end for i in inner)
               and any(i.end <= token.i for i in inner) for token in span)


def _one_phrase(span: Span) -> bool:
    """Whether a tagged span is one phrase of the parse: one of its words governs the others
    («встреча лидеров стран ОДКБ»), not two words of the same clause joined only by their verb
    («обсудили в ходе [переговоров] [ключевые вопросы] …»: a circumstance and an object)."""
    return sum(not (span.start <= token.head.i < span.end) or token.head.i == token.i for token in span) == 1


def _crosses(key: tuple[int, int], found: list[Found]) -> bool:
    start, end = key
    return any(start < f.span.start < end < f.span.end or f.span.start < start < f.span.end < end
               for f in found)


class LearnedExtractor:
    name = LEARNED

    def __init__(self) -> None:
        # the type pairs worth classifying depend on the models and labels.yml only: worked out once
        # per models, not per article (1 ms of an article's ~35 ms of learned work)
        self._writable: tuple[object, frozenset[str]] | None = None   # (relation model, its pairs)

    def __call__(self, doc: Doc, ctx: ExtractContext) -> Iterator[Candidate]:
        models = models_for(ctx)
        if models is None:
            return
        table = labels()
        index = ctx.with_learned
        if index is None:   # called outside `extract`, e.g. alone in a test
            index = with_learned(doc, ctx, index_mentions(doc, ctx))
        found = _typed(index, table.from_classes, _tagged_reading(doc, ctx, table))
        if self._writable is None or self._writable[0] is not models.relations:
            self._writable = (models.relations, _writable_type_pairs(models.relations.type_pairs, table))
        writable = self._writable[1]
        for relation in models.relations.predict(doc, [pair for _, pair in found], writable):
            subject_type, object_type = found[relation.arg1][1].type, found[relation.arg2][1].type
            subject, obj = found[relation.arg1][0], found[relation.arg2][0]
            predicate = table.property_of(relation.type, subject_type, object_type,
                                         occupation=profession(obj.span, ctx.lang))
            keep = table.keep.get(predicate)
            if keep is None or not keep.admits(relation.confidence, subject_type) or not _reads_so(keep, subject, obj, ctx):
                continue
            parts = [(subject.span.start_char, subject.span.end_char), (obj.span.start_char, obj.span.end_char)]
            evidence = provenance(doc, ctx, subject.span.sent, parts, LEARNED, relation.type,
                                  round(relation.confidence, 3))
            yield Candidate(subject.mention, predicate, obj.mention, evidence)


def _reads_so(keep: Keep, subject: Found, obj: Found, ctx: ExtractContext) -> bool:
    """Whether the sentence lets the pair say what its property's `keep` entry asks (kg.extract.learned_gates)."""
    return not ((keep.singular_object and _plural(obj.span))
                or (keep.no_post_owner and post_owner(subject.span, ctx.lang))
                or (keep.no_origin and origin(obj.span, ctx.lang))
                or (keep.tagged_object and not _tagged_pair(keep, subject, obj))
                or (keep.asserted and not asserted(subject.span, obj.span, ctx.lang, ctx.article.published)))


def _tagged_pair(keep: Keep, subject: Found, obj: Found) -> bool:
    """Whether the tagger alone found the object, as one of `tagged_object`'s types, and read the subject
    as one of the kept subject types too («московского «Спартака»»: a seat). The places the rules find
    beside an international body are mostly where it met («на заседании Совета … ОДКБ в Бишкеке»), and a
    summit the rules read as an organization («Уфимского саммита») has no seat."""
    return obj.kind == LEARNED and obj.learned in keep.tagged_object and subject.learned in keep.subjects


def _plural(span: Span) -> bool:
    """Whether a noun phrase names several («премьеры Белоруссии и России»): its head is plural."""
    return "Plur" in span.root.morph.get("Number")


def _writable_type_pairs(type_pairs: dict[str, list[str]], table: Labels) -> frozenset[str]:
    """The "A>B" type pairs of which the keep table can write a fact: some relation the classifier
    may give them maps to a kept property whose subjects include A. The other pairs are never
    classified (their answer could only be dropped)."""
    return frozenset(pair for pair, relations in type_pairs.items()
                     if any(_kept(table, relation, *pair.split(">")) for relation in relations))


def _kept(table: Labels, relation: str, subject_type: str, object_type: str) -> bool:
    return any(keep is not None and subject_type in keep.subjects
               for keep in (table.keep.get(table.property_of(relation, subject_type, object_type, occupation))
                            for occupation in (False, True)))


def _typed(index: MentionIndex, from_classes: dict[str, str], reading: Callable[[Found], Found]) -> list:
    """(Found, PairMention) for each span with a NEREL type: the tagger's, else its class's."""
    named = {}
    for f in index.found:
        nerel = f.learned or from_classes.get(f.mention.label)
        if nerel and (f.span.start, f.span.end) not in named:
            named[f.span.start, f.span.end] = (reading(f), PairMention(f.span.start, f.span.end, nerel))
    return list(named.values())


def _tagged_reading(doc: Doc, ctx: ExtractContext, table: Labels) -> Callable[[Found], Found]:
    """The mention a learned fact names for a span. A role phrase the tagger reads as another class
    («генсека ФСЭГ»: the rules' reference to a person, the tagger's PROFESSION) is the tagger's reading
    in the classifier's facts: the relation was classified for a post (postIn, holdsPosition), and the
    role's person reading would leave it unresolved or forbidden by the shapes. The rules' mention stays."""
    def reading(f: Found) -> Found:
        label = table.classes.get(f.learned)
        if f.kind != ROLE or label is None or label == f.mention.label:
            return f
        span = doc[f.span.start:f.span.end]
        return Found(span, mention(span, label, ctx, proper=label not in COMMON_NOUN_CLASSES), LEARNED, f.learned)
    return reading
