"""NEREL dev sentences: titles the lexicon knows (WORKS_AS → the whole post, WORKPLACE → its state)."""
from __future__ import annotations

import pytest
from triples import triple


@pytest.mark.parametrize("text, expected", [
    ("Госсекретарь США Рекс Тиллерсон тоже живёт в доме неподалеку.",
     {("Рекс Тиллерсон", "holdsPosition", "госсекретарь США"), ("Рекс Тиллерсон", "worksFor", "США")}),
    # the state adjective before the title names the state
    ("Напомним, что Северокорейский лидер Ким Чен Ын в последние недели не появляется на публике.",
     {("Ким Чен Ын", "holdsPosition", "северокорейский лидер"), ("Ким Чен Ын", "worksFor", "северокорейский")}),
    ("В конце марта 55-летний британский премьер Борис Джонсон сдал тест на коронавирус.",
     {("Борис Джонсон", "holdsPosition", "британский премьер"), ("Борис Джонсон", "worksFor", "британский")}),
    # the organization's whole name is the post's, animate words inside it included
    ("Член Палаты представителей США Тулси Габбард в четверг завершила борьбу за президентскую номинацию.",
     {("Тулси Габбард", "holdsPosition", "член Палаты представителей США")}),
])
def test_title_from_the_lexicon(read, text, expected):
    assert expected <= {triple(c) for c in read(text).candidates}


def test_no_second_title_inside_a_post(read):
    text = "Член Палаты представителей США Тулси Габбард в четверг завершила борьбу за президентскую номинацию."
    posts = {obj for _, predicate, obj in map(triple, read(text).candidates) if predicate == "holdsPosition"}
    assert posts == {"член Палаты представителей США"}
