"""Where the classifier's facts and the tagger's spans give way to the rules (session 11).

`rule_subjects_win`: a learned fact about an entity the rules already describe with one of the
properties labels.yml `give_way` lists is not written. `_verbal_reading`: a tagged verb phrase around a rule's event
mention («открылся встречей» ⊃ «встречей») is not a second mention of the event. Every dropped
case has a kept twin.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

import kg.extract.learned as learned_module
from kg.learn.labels import labels
from kg import extract, gazetteer, ingest, learn, nlp
from kg.extract.learned import LEARNED, rule_subjects_win, with_learned
from kg.extract.mentions import index_mentions
from kg.pipeline import Pipeline
from kg.types import Candidate, Mention, Provenance, Value


def mention(text: str, label: str, start: int) -> Mention:
    return Mention("a", start, start + len(text), text, label, text)


# Three mentions of one person (one entity key), a post, an organization, a state, a second organization.
LAVROV, LAVROVA = mention("Сергей Лавров", "Person", 0), mention("Лаврова", "Person", 100)
MINISTER, PRESIDENT = mention("министр иностранных дел", "Post", 20), mention("президента России", "Post", 120)
MFA, UN = mention("МИД России", "GovernmentBody", 50), mention("ООН", "IntergovernmentalOrganization", 140)
LATVIA, EU, NATO = mention("Латвия", "Country", 200), mention("Евросоюз", "IntergovernmentalOrganization", 220), \
    mention("НАТО", "IntergovernmentalOrganization", 240)
KEYS = {LAVROV: "person/lavrov", LAVROVA: "person/lavrov", MINISTER: "post/minister", PRESIDENT: "post/president",
        MFA: "org/mfa", UN: "org/un", LATVIA: "country/latvia", EU: "org/eu", NATO: "org/nato"}


def candidate(subject: Mention, predicate: str, obj: Mention | Value, extractor: str) -> Candidate:
    return Candidate(subject, predicate, obj, Provenance("a", "", subject.start, subject.end, extractor, "r"))


@pytest.mark.parametrize(("rule", "learned", "kept"), [
    # the rules' post of Лавров: the classifier's other post for him from another sentence gives way
    (("holdsPosition", MINISTER), ("holdsPosition", PRESIDENT), False),
    (None, ("holdsPosition", PRESIDENT), True),                       # twin: the rules say nothing of him
    (("headOf", MFA), ("worksFor", UN), False),                       # his office, read by a rule
    (("holdsPosition", MINISTER), ("worksFor", UN), False),
    (("worksFor", MFA), ("memberOf", UN), False),                     # a person with a workplace is no member
    (("participatesIn", MFA), ("holdsPosition", PRESIDENT), True),    # not a property it yields to
    (("holdsPosition", PRESIDENT), ("holdsPosition", PRESIDENT), True),   # a rule states the same fact
])
def test_a_learned_fact_gives_way_to_the_rules_reading_of_its_subject(rule, learned, kept):
    rules = [candidate(LAVROV, rule[0], rule[1], "posts")] if rule else []
    mine = candidate(LAVROVA, learned[0], learned[1], LEARNED)   # another mention of the same person
    result = rule_subjects_win(tuple(rules) + (mine,), KEYS.get)
    assert (mine in result) is kept
    assert all(c in result for c in rules)                       # the rules' facts always stay


@pytest.mark.parametrize(("rule_predicate", "rule_object", "kept"), [
    ("memberOf", NATO, True),   # a state is a member of many bodies: its memberOf does not yield to memberOf
    (None, None, True),
    # a state the rules read as an observer or a dialogue partner («Узбекистан получил статус
    # наблюдателя в ЕАЭС», «Шри-Ланка — партнёр ШОС по диалогу»): the classifier's membership gives way
    ("observerOf", EU, False),
    ("dialoguePartnerOf", NATO, False),
])
def test_a_states_learned_membership_stays_beside_the_rules_memberships(rule_predicate, rule_object, kept):
    rules = [candidate(LATVIA, rule_predicate, rule_object, "membership")] if rule_object else []
    mine = candidate(LATVIA, "memberOf", EU, LEARNED)
    assert (mine in rule_subjects_win(tuple(rules) + (mine,), KEYS.get)) is kept


def test_an_unresolved_subject_gives_way_to_nothing():
    rules = (candidate(LAVROV, "holdsPosition", MINISTER, "posts"),)
    mine = candidate(LAVROVA, "holdsPosition", PRESIDENT, LEARNED)
    assert mine in rule_subjects_win(rules + (mine,), lambda m: None)


@pytest.fixture(scope="module")
def tagged_mentions():
    language = nlp.load("ru")
    models = learn.load()
    places = gazetteer.load_gazetteer()

    def run(text: str) -> dict[str, tuple[str, str]]:
        article = ingest.from_text(text)
        doc = language.parse(article)
        ctx = extract.ExtractContext(article, language, places, learned=models)
        return {f.span.text: (f.kind, f.mention.label) for f in with_learned(doc, ctx, index_mentions(doc, ctx)).found}
    return run


@pytest.mark.parametrize(("text", "verb_phrase", "added"), [
    # the rules found «встречей»: the tagger's «открылся встречей» would become the event's label
    ("Саммит СНГ открылся встречей в узком составе.", "Саммит СНГ открылся встречей", False),
    # twin: no rule mention of an event inside, NEREL's verbal event stays («переизбран»)
    ("Сергей Лебедев переизбран генеральным секретарем СНГ.", "переизбран", True),
])
def test_a_tagged_verb_phrase_around_a_rule_event_is_not_added(tagged_mentions, text, verb_phrase, added):
    found = tagged_mentions(text)
    assert (verb_phrase in found) is added
    assert not added or found[verb_phrase][0] == LEARNED


def test_without_the_check_the_tagger_adds_the_verb_phrase(tagged_mentions, monkeypatch):
    """The twin of the first case: the tagger does tag «Саммит СНГ открылся встречей» (NEREL's verbal event)."""
    monkeypatch.setattr(learned_module, "_verbal_reading", lambda *args: False)
    assert tagged_mentions("Саммит СНГ открылся встречей в узком составе.")["Саммит СНГ открылся встречей"][0] == LEARNED


def test_the_rule_event_inside_the_verb_phrase_stays(tagged_mentions):
    found = tagged_mentions("Саммит СНГ открылся встречей в узком составе.")
    assert "встречей" in found and found["встречей"][0] != LEARNED


LAVROV_TEXT = ("Министр иностранных дел России Сергей Лавров провёл переговоры в Женеве. Премьер-министр России "
               "Дмитрий Медведев предложил президенту Владимиру Путину назначить Сергея Лаврова главой Министерства "
               "иностранных дел РФ. В мае 2004 года после вступления в должность избранного на следующий срок "
               "президента России Лаврова вновь назначили на данную должность.")


@pytest.mark.parametrize(("give_way", "learned_posts"), [
    # the rules read his post in the first sentence: the classifier's «президент России» (the
    # president named beside him) and its other readings of him give way
    (None, set()),
    # twin: with no property to give way to, the classifier's posts and workplace are written
    ({}, {("holdsPosition", "президент России"), ("worksFor", "Министерство иностранных дел РФ")}),
])
def test_the_rules_post_of_a_person_stops_the_classifiers_posts_for_him(monkeypatch, give_way, learned_posts):
    if give_way is not None:
        table = labels()
        monkeypatch.setattr(learned_module, "labels", lambda: replace(table, give_way=give_way))
    result = Pipeline().process(ingest.from_text(LAVROV_TEXT))
    of_lavrov = {(f.predicate, f.object.label, f.provenance.extractor) for f in result.facts
                 if f.subject.label == "Сергей Лавров" and f.predicate in ("holdsPosition", "worksFor")}
    assert ("holdsPosition", "министр иностранных дел России", "titles") in of_lavrov
    assert learned_posts <= {(p, o) for p, o, extractor in of_lavrov if extractor == LEARNED}
    assert bool({e for _, _, e in of_lavrov if e == LEARNED}) == bool(learned_posts)


@pytest.fixture(scope="module")
def learned_posts(learned_pairs):
    return lambda text: learned_pairs(text, "holdsPosition")


@pytest.mark.parametrize(("text", "posts"), [
    # one person, one post: the classifier's post is written
    ("Об этом сообщила помощница главы ЕЭК Ия Малкина.", {("Ия Малкина", "помощница главы ЕЭК")}),
    # a plural post names a group (labels.yml keep: holdsPosition singular_object), not each person's post
    ("Об этом сообщили помощницы главы ЕЭК Ия Малкина и Анна Иванова.", set()),
    ("Подписи под документом поставили министры иностранных дел двух стран Сергей Алейник и Сергей Лавров.",
     set()),
])
def test_a_plural_post_is_nobodys_learned_post(learned_posts, text, posts):
    assert learned_posts(text) == posts


def test_without_the_check_the_plural_post_is_written(learned_posts, monkeypatch):
    """The twin of the plural rows: the classifier does give the group's post to a person."""
    monkeypatch.setattr(learned_module, "_plural", lambda span: False)
    assert learned_posts("Подписи под документом поставили министры иностранных дел двух стран Сергей Алейник "
                         "и Сергей Лавров.")


@pytest.mark.parametrize(("text", "span", "added"), [
    # «одобренные на [заседании] [документы]»: the participle's circumstance and the noun it describes,
    # two phrases
    ("Все одобренные на заседании документы в эту пятницу в Ашхабаде подпишут главы государств Содружества.",
     "заседании документы", False),
    # twin: a tagged verb phrase is one phrase of the parse (the verb governs its object) and stays
    ("Полиция задержала пять человек по делу о перестрелке в Гаваре.", "задержала пять человек", True),
])
def test_a_tagged_event_must_be_one_phrase(tagged_mentions, text, span, added):
    assert (span in tagged_mentions(text)) is added


def test_without_the_check_the_tagger_adds_the_two_phrase_event(tagged_mentions, monkeypatch):
    monkeypatch.setattr(learned_module, "_one_phrase", lambda span: True)
    assert "заседании документы" in tagged_mentions(
        "Все одобренные на заседании документы в эту пятницу в Ашхабаде подпишут главы государств Содружества.")


# the demo article's sentence (examples/ru/sco-security-council-2024-04-03.txt)
DEMO_DOCUMENTS = ("В выступлении также отмечена важность принятия Антинаркотической стратегии ШОС на 2024-2029 годы "
                  "и Программы действий по ее реализации.")
JOINED = "Антинаркотической стратегии ШОС на 2024-2029 годы и Программы действий по ее реализации"


@pytest.mark.parametrize(("text", "span", "added"), [
    # two documents joined by «и», the first the rules' own: the joined span would take their facts
    (DEMO_DOCUMENTS, JOINED, False),
])
def test_a_tagged_span_joining_a_rule_mention_to_another_conjunct_is_not_added(tagged_mentions, text, span, added):
    assert (span in tagged_mentions(text)) is added


def test_without_the_check_the_tagger_adds_the_joined_documents(tagged_mentions, monkeypatch):
    """The twin: the tagger does read the two documents as one span."""
    monkeypatch.setattr(learned_module, "_coordinated_reading", lambda *args: False)
    assert JOINED in tagged_mentions(DEMO_DOCUMENTS)
