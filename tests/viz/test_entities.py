"""The displaCy entity page: every linked span marked with its type and entity."""
import re

import pytest

from kg.viz.entities import entities_html

from .browser import visit


@pytest.fixture(scope="module")
def page(demo_knowledge, tmp_path_factory):
    return entities_html(demo_knowledge.results, tmp_path_factory.mktemp("ents") / "entities.html")


def marks(page):
    """(span text, type, entity label) of each <mark> on the page."""
    found = re.findall(r'<mark class="entity"[^>]*>\s*(.*?)\s*<span[^>]*>(\w+)\s*<a[^>]*>(.*?)</a>',
                       page.read_text(encoding="utf-8"), flags=re.S)
    return [tuple(part.strip() for part in mark) for mark in found]


@pytest.mark.parametrize("expected", [
    ("Касым-Жомарт Токаев", "Person", "Касым-Жомарт Токаев"),
    ("Касым-Жомарта Токаева", "Person", "Касым-Жомарт Токаев"),         # an inflected form, linked
    ("Глава государства", "Person", "Касым-Жомарт Токаев"),             # a role phrase, resolved
    ("Шанхайская организация", "IntergovernmentalOrganization", "Шанхайская организация сотрудничества"),
    ("России", "Country", "Россия"),
    ("Антинаркотической стратегии ШОС на 2024-2029 годы", "Strategy", "Антинаркотическая стратегия ШОС на 2024-2029 годы"),
])
def test_linked_spans_are_marked_with_type_and_entity(page, expected):
    assert expected in marks(page)


@pytest.mark.parametrize(("inner", "outermost"), [
    # "Акорды" lies inside "пресс-служба Акорды": displaCy cannot nest, the longer span wins
    ("Акорды", [("пресс-служба Акорды", "Organization", "пресс-служба Акорды")]),
    ("Подмосковье", [("недавний теракт в Подмосковье", "Attack", "недавний теракт в Подмосковье")]),
])
def test_nested_spans_keep_the_outermost(page, demo_knowledge, inner, outermost):
    assert inner in {mention.text for mention, _ in demo_knowledge.results[0].mentions}   # a span of its own
    assert [mark for mark in marks(page) if inner in mark[0]] == outermost


def test_entity_page_is_self_contained(chromium, page):
    with visit(chromium, page) as browser:
        count = browser.page.locator("mark.entity").count()
    assert browser.blocked == [] and browser.console_errors == []
    assert count == len(marks(page))
