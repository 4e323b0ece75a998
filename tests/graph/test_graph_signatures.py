"""Facts the shapes forbid are dropped before any RDF is built; allowed ones pass untouched."""
import pytest

from kg.graph import conforming
from kg.types import Article, ArticleFacts, Entity, Fact, Provenance, Value

TEXT = "Глава Чечни Рамзан Кадыров посетил Москву."
ARTICLE = Article(id="a1", text=TEXT, original=TEXT, offsets=tuple(range(len(TEXT) + 1)))
EVIDENCE = Provenance("a1", TEXT, 0, len(TEXT), "titles", "head-of", 0.9)

KADYROV = Entity("person/ramzan-kadyrov", "Person", "Рамзан Кадыров")
CHECHNYA = Entity("place/chechnya", "Place", "Чечня")
SCO = Entity("organization/shos", "IntergovernmentalOrganization", "ШОС")
KAZAKHSTAN = Entity("Q232", "Country", "Казахстан")
TERRORISM = Entity("topic/terrorizm", "Topic", "терроризм")
STRATEGY = Entity("document/strategiya", "Strategy", "Антинаркотическая стратегия ШОС")
GOVERNOR = Entity("post/glava-chechni", "Post", "глава Чечни")
METROPOLIS_HEAD = Entity("organization/glava-mitropolii", "Organization", "глава митрополии")


@pytest.mark.parametrize("subject, predicate, obj, allowed", [
    (KADYROV, "headOf", CHECHNYA, True),            # regions have heads too
    (KAZAKHSTAN, "chairs", SCO, True),
    (SCO, "adopts", STRATEGY, True),                 # Strategy is a Document subclass
    (STRATEGY, "validFrom", Value("2024", "gYear"), True),
    (KADYROV, "headOf", TERRORISM, False),           # a topic has no head
    (KAZAKHSTAN, "headOf", SCO, False),              # only people head things
    (SCO, "adopts", KAZAKHSTAN, False),              # one adopts documents, not states
    (KAZAKHSTAN, "memberOf", CHECHNYA, False),       # members of organizations only
    (GOVERNOR, "postIn", CHECHNYA, True),            # a post exists in a state or organization
    (METROPOLIS_HEAD, "postIn", CHECHNYA, False),    # a post resolved to an organization is no post
    (KADYROV, "postIn", CHECHNYA, False),            # people work for (worksFor), posts are in
])
def test_facts_are_kept_only_where_the_shapes_allow_them(subject, predicate, obj, allowed):
    fact = Fact(subject, predicate, obj, EVIDENCE)
    result = conforming(ArticleFacts(ARTICLE, (subject,), (fact,)))
    assert (result.facts, result.dropped) == (((fact,), ()) if allowed else ((), (fact,)))


@pytest.mark.parametrize("subject, predicate, obj, allowed", [
    (GOVERNOR, "postIn", CHECHNYA, True),
    (KADYROV, "postIn", CHECHNYA, False),
])
def test_a_facts_other_readings_go_where_the_fact_goes(subject, predicate, obj, allowed):
    """A reading is the same statement from another pair of mentions: kept or dropped with its fact."""
    fact = Fact(subject, predicate, obj, EVIDENCE)
    again = Fact(subject, predicate, obj, Provenance("a1", TEXT, 0, 11, "learned", "WORKPLACE", 0.8))
    other = Fact(GOVERNOR, "postIn", CHECHNYA, EVIDENCE)   # an allowed fact beside the one tested
    result = conforming(ArticleFacts(ARTICLE, (subject,), (fact, other), readings=(again,)))
    assert result.readings == ((again,) if allowed else ())
