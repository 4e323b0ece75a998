"""`from_article_facts`: kg's output → predictions with spans of the original (gold) text."""
import pytest

from tests.eval.conftest import article_facts, collapse_whitespace
from kg.eval import from_article_facts

ORIGINAL = "  Генеральный  секретарь ШОС\n\nЧжан Мин прибыл в\tМоскву.\n"
TABLE = {"entities": [["Генеральный секретарь ШОС", 0, "Post", None], ["Чжан Мин", 0, "Person", "Q1"],
                      ["Москву", 0, "City", "Q649"]],
         "relations": [["holdsPosition", ["Чжан Мин", 0], ["Генеральный секретарь ШОС", 0]]]}


@pytest.fixture(scope="module")
def predictions():
    article = collapse_whitespace(ORIGINAL, "doc")
    assert article.text == "Генеральный секретарь ШОС Чжан Мин прибыл в Москву."
    return from_article_facts(article_facts(article, TABLE), "doc")


@pytest.mark.parametrize("original_surface, kg_class, qid", [
    ("Генеральный  секретарь ШОС", "Post", None),      # two spaces in the original
    ("Чжан Мин", "Person", "Q1"),
    ("Москву", "City", "Q649"),                        # collapsing to Place is the scorer's job
])
def test_entities_get_original_spans_type_and_qid(predictions, original_surface, kg_class, qid):
    start = ORIGINAL.index(original_surface)
    entity = next(e for e in predictions.entities if e.type == kg_class)
    assert (entity.doc_id, entity.span, entity.qid) == ("doc", (start, start + len(original_surface)), qid)


def test_relations_get_original_argument_spans(predictions):
    (relation,) = predictions.relations
    subject, object_ = ORIGINAL.index("Чжан Мин"), ORIGINAL.index("Генеральный")
    assert (relation.predicate, relation.arg1, relation.arg2) == (
        "holdsPosition", (subject, subject + 8), (object_, object_ + len("Генеральный  секретарь ШОС")))


def test_facts_without_mentions_are_not_scored():
    article = collapse_whitespace(ORIGINAL, "doc")
    facts = article_facts(article, TABLE)
    (fact,) = facts.facts
    without = type(facts)(article, facts.entities, (type(fact)(fact.subject, fact.predicate,
                          fact.object, fact.provenance, subject_mention=fact.subject_mention),),
                          facts.mentions)
    assert from_article_facts(without, "doc").relations == ()


def _entity_with_mentions(text: str, surfaces: list[str]):
    """One entity named by each surface (the nth occurrence of repeated surfaces, in order)."""
    from kg.types import Article, ArticleFacts, Entity, Mention

    article = Article(id="d", text=text, original=text, offsets=tuple(range(len(text) + 1)))
    mentions, start = [], 0
    for surface in surfaces:
        start = text.index(surface, start)
        mentions.append(Mention("d", start, start + len(surface), surface, "Person", surface))
        start += len(surface)
    entity = Entity("person/x", "Person", surfaces[0], frozenset(surfaces))
    return ArticleFacts(article, (entity,), (), tuple((m, entity.key) for m in mentions))


@pytest.mark.parametrize("text, surfaces, pairs", [
    # a new name is chained to the previous mention; inflections of a known name are not new names
    ("Барак Обама приехал. Обамы ждали. Обама уехал.", ["Барак Обама", "Обамы", "Обама"],
     [("Барак Обама", "Обамы")]),
    ("Михаил Горбачёв умер. О Михаиле Горбачёве писали.", ["Михаил Горбачёв", "Михаиле Горбачёве"], []),
    ("Российская Федерация и РФ.", ["Российская Федерация", "РФ"], [("Российская Федерация", "РФ")]),
])
def test_alternative_names_are_new_names_of_one_entity(text, surfaces, pairs):
    from kg.eval.predictions import alternative_names

    found = alternative_names(_entity_with_mentions(text, surfaces))
    assert [(first.text, second.text) for first, second in found] == pairs


def _facts_of(text: str, named: list[tuple[str, int]], entity_type: str):
    """One entity of `entity_type` named by each (surface, start)."""
    from kg.types import Article, ArticleFacts, Entity, Mention

    article = Article(id="d", text=text, original=text, offsets=tuple(range(len(text) + 1)))
    mentions = [Mention("d", start, start + len(surface), surface, entity_type, surface) for surface, start in named]
    entity = Entity("x/x", entity_type, named[0][0], frozenset(surface for surface, _ in named))
    return ArticleFacts(article, (entity,), (), tuple((m, entity.key) for m in mentions))


@pytest.mark.parametrize("text, named, entity_type, expected", [
    # an original spelling in brackets pairs with the name before it, which stays the chain's name
    ("Дэвид Эберсман (David Ebersman) ушёл. Эберсман молчит.", [("Дэвид Эберсман", 0), ("David Ebersman", 16),
     ("Эберсман", 38)], "Person",
     [("alternativeName", "Дэвид Эберсман", "David Ebersman"), ("alternativeName", "Дэвид Эберсман", "Эберсман")]),
    # an organization's acronym is an abbreviation, full name first, whichever comes first in the text
    ("Всемирное антидопинговое агентство (ВАДА) заявило.", [("Всемирное антидопинговое агентство", 0),
     ("ВАДА", 36)], "Organization", [("abbreviation", "Всемирное антидопинговое агентство", "ВАДА")]),
    ("ВАДА, или Всемирное антидопинговое агентство, заявило.", [("ВАДА", 0),
     ("Всемирное антидопинговое агентство", 10)], "Organization",
     [("abbreviation", "Всемирное антидопинговое агентство", "ВАДА")]),
    # twin: a state's acronym stays an alternative name
    ("Российская Федерация и РФ.", [("Российская Федерация", 0), ("РФ", 23)], "Country",
     [("alternativeName", "Российская Федерация", "РФ")]),
    # a name nested in another of the same entity is a part of it, not a second name
    ("В Госдуме России заявили.", [("Госдуме России", 2), ("Госдуме", 2)], "Organization", []),
    # a person's shorter name after the fuller one is paired again, though it came first
    ("Путин прибыл. Владимир Путин выступил. Путин уехал.", [("Путин", 0), ("Владимир Путин", 14),
     ("Путин", 39)], "Person",
     [("alternativeName", "Путин", "Владимир Путин"), ("alternativeName", "Владимир Путин", "Путин")]),
    # and a fuller name after a shorter one, though it came first
    ("Владимир Путин прибыл. Путин выступил. Владимир Путин уехал.", [("Владимир Путин", 0), ("Путин", 23),
     ("Владимир Путин", 39)], "Person",
     [("alternativeName", "Владимир Путин", "Путин"), ("alternativeName", "Путин", "Владимир Путин")]),
    # twin: a name of the length of the one before it that came first is no new name
    ("Владимир Путин прибыл. Путин выступил. Путина ждали.", [("Владимир Путин", 0), ("Путин", 23),
     ("Путина", 39)], "Person", [("alternativeName", "Владимир Путин", "Путин")]),
    # twin: not an organization's (NEREL train: it lowers their pairs' F1)
    ("Европарламент заявил. Европейский парламент решил. Европарламент ждёт.", [("Европарламент", 0),
     ("Европейский парламент", 22), ("Европарламент", 51)], "Organization",
     [("alternativeName", "Европарламент", "Европейский парламент")]),
])
def test_name_pairs_are_written_as_nerel_writes_them(text, named, entity_type, expected):
    found = from_article_facts(_facts_of(text, named, entity_type), "d").relations
    assert [(r.predicate, text[slice(*r.arg1)], text[slice(*r.arg2)]) for r in found] == expected


# with the sentence naming the first name, five and four sentence ends before the second
FIVE_ENDS = "Министры встретились в Минске. Они обсудили торговлю. Стороны подписали меморандум. Переговоры продолжатся в мае. "
FOUR_ENDS = "Министры встретились в Минске. Они обсудили торговлю. Стороны подписали меморандум. "


def _apart(first: str, between: str, second: str) -> tuple[str, list[tuple[str, int]]]:
    """A text naming `first`, then the sentences `between`, then `second`."""
    text = f"{first} заявила о поддержке. {between}{second} ответила."
    return text, [(first, 0), (second, text.index(second, len(first)))]


@pytest.mark.parametrize("first, between, second, entity_type, expected", [
    # two names of a state five sentence ends apart: NEREL has likely named it between, no pair
    ("Российская Федерация", FIVE_ENDS, "РФ", "Country", []),
    # twin: four sentence ends apart, still paired
    ("Российская Федерация", FOUR_ENDS, "РФ", "Country", [("alternativeName", "Российская Федерация", "РФ")]),
    # twin: a person's names are paired at any distance
    ("Мария Захарова", FIVE_ENDS, "Захарова", "Person", [("alternativeName", "Мария Захарова", "Захарова")]),
    # an acronym two sentence ends after its full name: no pair
    ("Шанхайская организация сотрудничества", "Саммит прошел в Астане. ", "ШОС", "Organization", []),
    # twin: in the next sentence, an abbreviation
    ("Шанхайская организация сотрудничества", "", "ШОС", "Organization",
     [("abbreviation", "Шанхайская организация сотрудничества", "ШОС")]),
])
def test_names_far_apart_are_not_paired_unless_a_persons(first, between, second, entity_type, expected):
    text, named = _apart(first, between, second)
    found = from_article_facts(_facts_of(text, named, entity_type), "d").relations
    assert [(r.predicate, text[slice(*r.arg1)], text[slice(*r.arg2)]) for r in found] == expected


@pytest.mark.parametrize("text, named, expected", [
    # a state adjective pairs with the state's nearest name before it, else after it
    ("США заявили, что американское ведомство и США согласны.", [("США", 0), ("американское", 17), ("США", 42)],
     [("США", "американское")]),
    ("Российские военные прибыли. Россия ответила.", [("Российские", 0), ("Россия", 28)],
     [("Российские", "Россия")]),
    # twin: an adjective with no name of its state in the text pairs with nothing
    ("Российские военные прибыли.", [("Российские", 0)], []),
])
def test_a_state_adjective_pairs_with_a_name_of_its_state(text, named, expected):
    found = from_article_facts(_facts_of(text, named, "Country"), "d").relations
    assert [(text[slice(*r.arg1)], text[slice(*r.arg2)]) for r in found] == expected


@pytest.mark.parametrize("text, surface, kg_class, scored", [
    # NEREL's PROFESSION of a former post leaves «экс-» out
    ("Экс-президент Перу Алан Гарсия скончался.", "Экс-президент Перу", "Post", "президент Перу"),
    ("Встреча с экс-генсеком ОДКБ прошла в Минске.", "экс-генсеком ОДКБ", "Post", "генсеком ОДКБ"),
    # twin: a post without it is scored as it is
    ("Президент Перу Алан Гарсия скончался.", "Президент Перу", "Post", "Президент Перу"),
    # twin: only a post's mention: an organization's name keeps its first letters
    ("Экс-Югославия распалась.", "Экс-Югославия", "Country", "Экс-Югославия"),
])
def test_a_former_post_is_scored_without_its_prefix(text, surface, kg_class, scored):
    facts = _facts_of(text, [(surface, text.index(surface))], kg_class)
    [entity] = from_article_facts(facts, "d").entities
    assert text[entity.start:entity.end] == scored
