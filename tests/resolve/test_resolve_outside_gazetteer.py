"""Resolution the gazetteer cannot help with: people sharing a surname, role phrases at the
dominance threshold (coreference.yml: dominance_ratio), abbreviations of unlisted organizations."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kg.resolve import resolve
from kg.resolve.entities import merge_same_key
from kg.resolve.lexicon import load_lexicon
from kg.types import Entity, Extraction
from tests.resolve.articles import make_article, mention_of
from tests.resolve.test_resolve import run

ROLE = "Глава государства"


def test_threshold_is_the_shipped_ratio(lemmatize):
    """The cases below sit at and around a ratio of 2; they must move if the ratio does."""
    assert load_lexicon(lemmatize, "ru").dominance_ratio == 2


def _people(counts: dict[str, int]) -> tuple[str, list]:
    """A text naming each person `count` times, then a role phrase; specs for `run`."""
    sentences, specs = [], []
    for name, count in counts.items():
        for nth in range(count):
            sentences.append(f"{name} выступил.")
            specs.append((name, "Person", name, nth))
    sentences.append(f"{ROLE} подвел итоги.")
    specs.append((ROLE, "Person"))
    return " ".join(sentences), specs


@pytest.mark.parametrize("counts, resolved_to", [
    ({"Алексей Оверчук": 2, "Михаил Мясникович": 1}, "Алексей Оверчук"),     # 2:1, exactly the ratio
    ({"Алексей Оверчук": 4, "Михаил Мясникович": 2}, "Алексей Оверчук"),     # 4:2, exactly the ratio
    ({"Алексей Оверчук": 3, "Михаил Мясникович": 1}, "Алексей Оверчук"),     # 3:1, above
    ({"Алексей Оверчук": 1}, "Алексей Оверчук"),                             # nobody else
    ({"Алексей Оверчук": 3, "Михаил Мясникович": 2}, None),                  # 3:2, below: nobody clearly
    ({"Алексей Оверчук": 1, "Михаил Мясникович": 1}, None),                  # a tie
])
def test_role_phrase_goes_to_the_dominant_person_only(counts, resolved_to, lemmatize, gazetteer):
    text, specs = _people(counts)
    _, key_of = run(text, specs, lemmatize, gazetteer)
    if resolved_to is None:
        assert ROLE not in key_of
    else:
        assert key_of[ROLE] == key_of[resolved_to]


@pytest.mark.parametrize("role, normal, resolved", [
    ("Глава государства", "Глава государства", True),
    # twin: plural heads of state are no one person
    ("Главы государств", "Главы государств", False),
    ("глав государств", "главы государств", False),
])
def test_only_a_singular_role_phrase_goes_to_the_dominant_person(role, normal, resolved, lemmatize, gazetteer):
    text = f"Алексей Оверчук выступил. Алексей Оверчук уехал. Совет {role} подвел итоги."
    specs = [("Алексей Оверчук", "Person", "Алексей Оверчук", 0), ("Алексей Оверчук", "Person", "Алексей Оверчук", 1),
             (role, "Person", normal)]
    _, key_of = run(text, specs, lemmatize, gazetteer)
    assert (key_of.get(role) == key_of["Алексей Оверчук"]) is resolved


@pytest.mark.parametrize("text, specs, merged", [
    # one fuller name fits: the bare surname is that person
    ("Алексей Оверчук прибыл в Минск. Оверчук провел переговоры.",
     [("Алексей Оверчук", "Person"), ("Оверчук", "Person")], True),
    # two people share the surname: the bare surname may be either, so it joins neither
    ("Алексей Оверчук и Игорь Оверчук прибыли в Минск. Оверчук провел переговоры.",
     [("Алексей Оверчук", "Person"), ("Игорь Оверчук", "Person"), ("Оверчук", "Person")], False),
])
def test_bare_surname_joins_only_an_unambiguous_person(text, specs, merged, lemmatize, gazetteer):
    result, key_of = run(text, specs, lemmatize, gazetteer)
    fuller = {key_of[surface] for surface, _ in specs[:-1]}
    assert (key_of["Оверчук"] in fuller) is merged
    assert len(fuller) == len(specs) - 1          # the two namesakes stay two people
    if not merged:
        assert all(key_of["Оверчук"] != key for key in fuller)


@pytest.mark.parametrize("text, short, names, joined", [
    # the given name alone, one fuller name has it
    ("Хиллари провела переговоры. Хиллари Клинтон прибыла в Минск.", "Хиллари", ["Хиллари Клинтон"],
     {"Хиллари Клинтон"}),
    # twin: two people share the given name, so it joins neither
    ("Хиллари провела переговоры. Хиллари Клинтон и Хиллари Дафф прибыли в Минск.", "Хиллари",
     ["Хиллари Клинтон", "Хиллари Дафф"], set()),
    # the surname with an initial
    ("Э. Уитакер провел переговоры. Эдвард Уитакер прибыл в Минск.", "Э. Уитакер", ["Эдвард Уитакер"],
     {"Эдвард Уитакер"}),
    # twin: the initial is not his
    ("Д. Уитакер провел переговоры. Эдвард Уитакер прибыл в Минск.", "Д. Уитакер", ["Эдвард Уитакер"], set()),
    # a fuller name written surname first
    ("Борис Грызлов прибыл в Минск. Грызлов Борис Вячеславович провел переговоры.", "Борис Грызлов",
     ["Грызлов Борис Вячеславович"], {"Грызлов Борис Вячеславович"}),
    # twin: another given name is another person
    ("Игорь Грызлов прибыл в Минск. Грызлов Борис Вячеславович провел переговоры.", "Игорь Грызлов",
     ["Грызлов Борис Вячеславович"], set()),
    # the bare surname before two fuller names of one person: they join first, then it joins them
    ("Грызлов прибыл в Минск. Там Борис Грызлов, он же Грызлов Борис Вячеславович, выступил.", "Грызлов",
     ["Борис Грызлов", "Грызлов Борис Вячеславович"], {"Борис Грызлов", "Грызлов Борис Вячеславович"}),
    # a name the gazetteer links joins a fuller one it does not, then the surname joins both
    ("Лаврова встретили. Сергей Лавров прибыл. Лавров Сергей Викторович выступил.", "Лаврова",
     ["Сергей Лавров", "Лавров Сергей Викторович"], {"Сергей Лавров", "Лавров Сергей Викторович"}),
    # twin: a namesake makes the surname ambiguous
    ("Лаврова встретили. Сергей Лавров прибыл. Игорь Лавров выступил.", "Лаврова",
     ["Сергей Лавров", "Игорь Лавров"], set()),
    # the surname whose lemma alone has another ending than in the full name («яров», «ирина яровой»)
    ("По словам Яровой, документ готов. Ирина Яровая внесла законопроект в Госдуму.", "Яровой",
     ["Ирина Яровая"], {"Ирина Яровая"}),
    # twin: a given name is no surname's stem («иван», «петр иванов»)
    ("Иван провел переговоры. Пётр Иванов прибыл в Минск.", "Иван", ["Пётр Иванов"], set()),
    # a surname already with a fuller name (one gazetteer entry) joins no other person who has it
    ("Лукашенко ответил. Александр Лукашенко прибыл. Виктор Лукашенко выступил.", "Лукашенко",
     ["Александр Лукашенко", "Виктор Лукашенко"], {"Александр Лукашенко"}),
])
def test_short_person_name_joins_its_only_fuller_name(text, short, names, joined, lemmatize, gazetteer):
    """`short` comes first in `text`, so its first occurrence is the short mention."""
    specs = [(name, "Person") for name in names] + [(short, "Person")]
    _, key_of = run(text, specs, lemmatize, gazetteer)
    assert {name for name in names if key_of[name] == key_of[short]} == joined


@pytest.mark.parametrize("text, specs, short, full, merged", [
    # an organization no gazetteer lists, and its initials
    ("Евразийский центр цифрового развития открылся в Минске. ЕЦЦР возглавит совет.",
     [("Евразийский центр цифрового развития", "Organization"), ("ЕЦЦР", "Organization")],
     "ЕЦЦР", "Евразийский центр цифрового развития", True),
    # the letters are not its initials
    ("Евразийский центр цифрового развития открылся в Минске. ЕЦР возглавит совет.",
     [("Евразийский центр цифрового развития", "Organization"), ("ЕЦР", "Organization")],
     "ЕЦР", "Евразийский центр цифрового развития", False),
    # two names share the initials: the abbreviation joins neither
    ("Евразийский центр цифрового развития и Евразийский центр цивилизационного равенства открылись. "
     "ЕЦЦР возглавит совет.",
     [("Евразийский центр цифрового развития", "Organization"),
      ("Евразийский центр цивилизационного равенства", "Organization"), ("ЕЦЦР", "Organization")],
     "ЕЦЦР", "Евразийский центр цифрового развития", False),
])
def test_unlisted_abbreviation_joins_its_only_expansion(text, specs, short, full, merged, lemmatize, gazetteer):
    assert not gazetteer.matches(lemmatize(short), lemmatize) and not gazetteer.matches(lemmatize(full), lemmatize)
    _, key_of = run(text, specs, lemmatize, gazetteer)
    assert (key_of[short] == key_of[full]) is merged


@pytest.mark.parametrize("first, second", [
    ("министр обороны России", "министр обороны РФ"),
    ("министр обороны РФ", "министр обороны России"),
])
def test_names_of_one_length_and_count_label_the_entity_by_the_first_seen(first, second, lemmatize, gazetteer):
    """Two posts the extractor gave one other name join (kg.resolve.clusters: shared aliases); same
    number of words, once each: the name the article used first labels the entity."""
    article = make_article(f"{first} прибыл в Минск. Позже {second} провел переговоры.", "a1")
    mentions = tuple(replace(mention_of(article, surface, "Post"), aliases=("министр обороны Россия",))
                     for surface in (first, second))
    result = resolve(Extraction(article, mentions, ()), lemmatize=lemmatize, gazetteer=gazetteer)
    [post] = [entity for entity in result.entities if entity.type == "Post"]
    assert post.label == first and {first, second} <= post.aliases


ENGLISH = (("en", "Kazakhstan"),)


@pytest.mark.parametrize("labels, aliases, expected_labels", [
    ((ENGLISH, ()), ({"Казахстан"}, {"РК"}), ENGLISH),        # the first keeps its other-language labels
    (((), ENGLISH), ({"Казахстан"}, {"РК"}), ()),             # the first's fields win, the aliases join
    ((ENGLISH, ENGLISH), ({"Казахстан"}, {"Казахстан"}), ENGLISH),
])
def test_clusters_with_one_key_merge_into_the_first(labels, aliases, expected_labels):
    first, second = (Entity(key="Q232", type="Country", label=label, aliases=frozenset(names), labels=other)
                     for label, names, other in zip(("Казахстан", "РК"), aliases, labels))
    merged = merge_same_key([first, second, Entity(key="Q159", type="Country", label="Россия")])
    assert list(merged) == ["Q232", "Q159"]
    kazakhstan = merged["Q232"]
    assert (kazakhstan.label, kazakhstan.labels) == ("Казахстан", expected_labels)
    assert kazakhstan.aliases == aliases[0] | aliases[1]
