"""Named entities of the seed article: every Tokayev and SCO mention, with normal forms."""
import pytest


def test_seven_tokayev_mentions_are_persons(seed_doc, russian):
    persons = [ent for ent in seed_doc.ents if ent.label_ == "Person"]
    normals = [russian.normalize(ent) for ent in persons]
    assert normals.count("Касым-Жомарт Токаев") == 6
    assert normals.count("Токаев") == 1
    assert [ent.text for ent in persons].count("Касым-Жомарта Токаева") == 1


def test_every_sco_abbreviation_is_an_organization(seed_doc, seed_text):
    sco = [ent for ent in seed_doc.ents if ent.text == "ШОС"]
    assert len(sco) == seed_text.count("ШОС") == 8
    assert {ent.label_ for ent in sco} == {"Organization"}


def test_sco_inside_the_initiative_title_is_found(seed_doc, span_of):
    initiative = span_of(seed_doc, "Инициативу ШОС")
    assert [(ent.text, ent.label_) for ent in initiative.ents] == [("ШОС", "Organization")]


def test_doc_entities_carry_only_ontology_classes(seed_doc):
    assert {ent.label_ for ent in seed_doc.ents} == {"Person", "Organization", "Place"}


def test_abbreviation_seen_as_org_elsewhere_is_tagged_everywhere(russian, make_article):
    text = ("Лидеры ОДКБ встретились в Москве. Инициативу ОДКБ «О мировом единстве» "
            "поддержали все участники.")
    doc = russian.parse(make_article(text))
    assert [ent.label_ for ent in doc.ents if ent.text == "ОДКБ"] == ["Organization", "Organization"]


# natasha's tags reach the Doc as ontology classes (ORG → Organization, LOC → Place)
@pytest.mark.parametrize(("label", "text"), [
    ("Organization", "Шанхайской организации сотрудничества"),
    ("Organization", "Акорды"),
    ("Place", "Подмосковье"),
    ("Place", "Ближнем Востоке"),
])
def test_natasha_entities_reach_the_doc(seed_doc, label, text):
    assert (text, label) in {(ent.text, ent.label_) for ent in seed_doc.ents}


# NEREL dev sentences: a title the NER swept into a person's span is cut off; names stay whole.
@pytest.mark.parametrize(("sentence", "person"), [
    ("Родившийся 23 декабря 1933 года Император Акихито выразил желание сложить полномочия в "
     "августе 2016 года.", "Акихито"),
    ("Император Акихито (справа) с президентом Аргентины Маурисио Макри и его супругой Хулианой "
     "Авада 20 мая 2017 года", "Маурисио Макри"),
    ("Как отмечает агентство, Лев Толстой и Роза Клара не обсуждались.", "Лев Толстой"),
])
def test_person_span_without_title(russian, make_article, sentence, person):
    doc = russian.parse(make_article(sentence))
    assert person in {ent.text for ent in doc.ents if ent.label_ == "Person"}


# NEREL dev sentences: lowercase organizations NEREL annotates are added, names it never annotates
# ("СМИ", social networks) are dropped.
@pytest.mark.parametrize(("sentence", "text", "label"), [
    ("На место происшествия прибыла полиция, сообщает агентство.", "полиция", "Organization"),
    ("Правительство Медведева подало в отставку в полном составе.", "Правительство", "Organization"),
    ("Законопроект внесён в парламент на прошлой неделе.", "парламент", "Organization"),
])
def test_entity_found(russian, make_article, sentence, text, label):
    doc = russian.parse(make_article(sentence))
    assert (text, label) in {(ent.text, ent.label_) for ent in doc.ents}


@pytest.mark.parametrize(("sentence", "text"), [
    ("По данным СМИ, здание было построено в 1908 году.", "СМИ"),
    ("Об этом он написал в своем Twitter, сообщает ТАСС.", "Twitter"),
    ("Публикации в Instagram и Weibo собрали тысячи комментариев.", "Weibo"),
])
def test_not_an_entity(russian, make_article, sentence, text):
    doc = russian.parse(make_article(sentence))
    assert text not in {ent.text for ent in doc.ents}
