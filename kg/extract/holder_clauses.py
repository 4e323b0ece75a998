"""Holders a clause names: the title in the instrumental under «являться, стать, назначить,
избрать …» ("X избран генсеком", "генсеком стал X"), in the genitive under a post noun of «занимать,
вступить, исполнять, сменить …» ("пост генсека занимал X", "X сменит на посту генсека Y": Y held
it), and a post named before by a pronoun or demonstrative ("На этом посту он сменит …", "Им стал X").
A negated or possible clause gives nothing (kg/extract/assertion.py)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.extract.antecedents import dropped_subject, is_personal, person_antecedent
from kg.extract.grammar import grammar
from kg.extract.participle_paths import participle_subject
from kg.extract.assertion import blocking_reason
from kg.extract.context import ExtractContext
from kg.extract.holding import Holding, person_at
from kg.extract.mentions import Found, MentionIndex
from kg.extract.spans import PERSON
from kg.extract.titles import Title, acting
from kg.extract.tree import VERBS

SUBJECTS = ("nsubj", "nsubj:pass")


def by_clause(title: Title, index: MentionIndex, holder_of: dict[int, Found], words: dict,
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
        for token in _role_tokens(verb, role, words, title):
            found = _holder_at(token, index, holder_of, words)
            if found is not None and not _inside(found, title.post):
                yield Holding(title, found, rule, verb)
                return
    if rule == "predicative" and "subject" in roles:
        found = dropped_subject(verb, index)          # «… В 2007 году стал зампредом комитета»
        if found is not None:
            yield Holding(title, found, rule, verb)


def by_antecedent(doc: Doc, titles: list[Title], index: MentionIndex, holder_of: dict[int, Found], words: dict,
                   ctx: ExtractContext, held_by: dict[int, Found]) -> Iterator[Holding]:
    """"На этом посту он сменит Амра Мусу", "Эту должность заняла X", "Им стал X": the post named
    last before (in this sentence or the one before) is the one meant; "Он вступает в должность 10
    июня": a bare post noun dates the holding of the title before (`held_by`: each title's holder)."""
    for token in doc:
        verb, roles = _antecedent_clause(token, words)
        bare = verb is None and _bare_post(token, words)
        if bare:
            verb, roles = token.head, ("subject",)
        if verb is None:
            continue
        title = _title_before(token, titles)
        if title is None or (bare and title.words.root.i not in held_by):
            continue
        if blocking_reason(verb, ctx.lang, future=True) is not None:
            roles = tuple(role for role in roles if role == "object" and verb.lemma_.lower() in words["replaced"])
        for role in roles:
            for argument in _role_tokens(verb, role, words):
                found = _holder_at(argument, index, holder_of, words)
                if bare:      # «Он вступает в должность 10 июня»: only the title's own holder, dated
                    found = held_by[title.words.root.i] if _same_holder(argument, found, title, held_by) else None
                if found is not None:
                    yield Holding(title, found, "antecedent", verb)


def _bare_post(token: Token, words: dict) -> bool:
    """«вступает в должность», «приступит к обязанностям», «покинет пост»: a post noun naming no post of
    its own, under a verb whose subject holds it, stands for the post named last before."""
    roles = words["post_verbs"].get(token.head.lemma_.lower())
    return (token.lemma_.lower() in words["post_nouns"] and roles == {"subject"} and token.head is not token
            and token.head.pos_ in VERBS and not any(c.dep_ in {"nmod", "det"} for c in token.children))


def _same_holder(argument: Token, found: Found | None, title: Title, held_by: dict[int, Found]) -> bool:
    """The subject of a bare post's verb is the holder of the title before: the same person, or the
    title's own noun («Новый генсек вступит в должность»)."""
    holder = held_by[title.words.root.i]
    if found is not None:
        return found.mention.normal == holder.mention.normal
    return argument.lemma_.lower() == title.words.root.lemma_.lower()


def _antecedent_clause(token: Token, words: dict) -> tuple[Token | None, tuple[str, ...]]:
    """The verb of a post named by a pronoun or a demonstrative ("этом посту", "им"), and its roles."""
    lemma = token.lemma_.lower()
    if lemma in words["post_nouns"] and any(c.dep_ == "det" and c.lemma_.lower() in grammar(token.doc.lang_).demonstratives
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


def _role_tokens(verb: Token, role: str, words: dict, title: Title | None = None) -> list[Token]:
    if role == "object":
        objects = [c for c in verb.children if c.dep_ == "obj"]
        return objects or _object_after_title(verb, title)
    if role == "subject":
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS and not _before_colon(c, verb)]
        if not subjects and verb.dep_ == "xcomp":      # "исполнять обязанности генсека будет X"
            subjects = [c for c in verb.head.children if c.dep_ in SUBJECTS]
        if not subjects and verb.dep_ in {"acl", "amod"} and "Part" in verb.morph.get("VerbForm"):
            # "Гиёсов, ранее работавший первым заместителем …"; hung on the main verb: its subject
            subjects = participle_subject(verb) if verb.head.pos_ in VERBS else [verb.head]
        if not subjects and _coordinated(verb):
            return _role_tokens(verb.head, role, words)   # "X занимал посты в ООН, а также был заместителем …"
        if not subjects and _finite_complement(verb, words):
            return _role_tokens(_matrix(verb, words), role, words)   # "X заявил о том, что покидает пост генсека"
        return subjects
    # owner: "полномочия Гутерриша на посту генсека истекают"
    return [g for s in verb.children if s.dep_ in SUBJECTS and s.lemma_.lower() in words["owner_nouns"]
            for g in s.children if g.dep_ == "nmod"]


def _before_colon(subject: Token, verb: Token) -> bool:
    """«Премьер Индии Моди: Африканский союз стал постоянным членом G20»: words before a colon that
    opens the clause (a headline's speaker) are no subject of the verb after it, however the parser
    hung them."""
    return subject.i < verb.i and any(t.text == ":" for t in subject.doc[subject.right_edge.i + 1:verb.i])


def _coordinated(predicate: Token) -> bool:
    """A predicate joined to the one before it, whose subject it shares («…, а также был …»)."""
    if predicate.head == predicate:
        return False
    return predicate.dep_ == "conj" or (predicate.dep_ == "parataxis" and
                                         any(c.dep_ == "cc" for c in predicate.children))


def _finite_complement(verb: Token, words: dict) -> bool:
    """«заявил, что покидает пост», «заявил о том, что …»: a clause with no subject of its own under
    a verb is said of that verb's subject."""
    marked = any(c.dep_ == "mark" and c.lemma_.lower() in words["complement_marks"] for c in verb.children)
    return marked and "Fin" in verb.morph.get("VerbForm") and _matrix(verb, words).pos_ in VERBS


def _matrix(verb: Token, words: dict) -> Token:
    """The verb a complement clause belongs to, past the pronoun of «о том, что»."""
    head = verb.head
    pronoun = head.lemma_.lower() in words["complement_pronouns"] and head.dep_ in {"obl", "obj", "nmod"}
    return head.head if pronoun else head


def _object_after_title(verb: Token, title: Title | None) -> list[Token]:
    """"назначил главой информационного центра … в Москве Владимира Кузнецова": the instrumental
    before the object, which the parser hung inside the title's phrase: the name right after it."""
    if title is None or title.words.root.head != verb:
        return []
    root = title.words.root
    for token in verb.doc[title.post.end:title.post.sent.end]:
        if token.ent_type_ == PERSON:
            accusative = {"Acc", "Gen"} & set(token.morph.get("Case"))
            return [token] if accusative and root.is_ancestor(token) else []
        if token.is_punct or token.pos_ in VERBS or not root.is_ancestor(token):
            return []
    return []


def _holder_at(token: Token, index: MentionIndex, holder_of: dict[int, Found], words: dict) -> Found | None:
    """The person a clause argument names: a name, a titled name, the antecedent of «который»
    (the name right before the comma: parsers often hang the clause on the main verb) or of a
    personal pronoun ("он был назначен послом": the named person it stands for)."""
    if is_personal(token):
        return person_antecedent(token, index, words["electives"])
    if token.lemma_.lower() == grammar(token.doc.lang_).relative:
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
    return person_at(token, index) or _person_after(token, index, words["honorifics"])


def _person_after(token: Token, index: MentionIndex, honorifics: frozenset[str]) -> Found | None:
    """"кандидат Европейского совета госпожа Урсула фон дер Ляйен": the parser left the name out of
    the subject's phrase; the name right after it is the one meant."""
    doc, after = token.doc, token.right_edge.i + 1
    while after < token.sent.end and doc[after].lower_ in honorifics:
        after += 1
    found = person_at(doc[after], index) if after < token.sent.end else None
    return found if found is not None and found.span.start == after and token.pos_ == "NOUN" else None


def _inside(found: Found, span: Span) -> bool:
    return span.start <= found.span.start < span.end
