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


# A list of posts paired with a list of names in order, checked against what the document says of
# the names elsewhere (domain dev: «президенты России и Беларуси Александр Лукашенко и Владимир Путин»).
KNOWN_ELSEWHERE = "Президент Беларуси Александр Лукашенко встретил гостя в аэропорту. "
INVERTED = "После саммита президенты России и Беларуси Александр Лукашенко и Владимир Путин пообщались с глазу на глаз."
IN_ORDER = "После саммита президенты Беларуси и России Александр Лукашенко и Владимир Путин пообщались с глазу на глаз."


@pytest.mark.parametrize("text, wrong, twin", [
    # the document makes Лукашенко president of Беларусь: the list's order does not make him Russia's
    (KNOWN_ELSEWHERE + INVERTED,
     {("Александр Лукашенко", "headOf", "Россия"), ("Владимир Путин", "holdsPosition", "президент Беларуси")},
     {("Александр Лукашенко", "headOf", "Беларусь"), ("Владимир Путин", "headOf", "Россия"),
      ("Владимир Путин", "holdsPosition", "президент России"), ("Владимир Путин", "worksFor", "Россия")}),
    # the same evidence, a list in the right order: paired in order
    (KNOWN_ELSEWHERE + IN_ORDER,
     {("Александр Лукашенко", "headOf", "Россия"), ("Владимир Путин", "headOf", "Беларусь")},
     {("Александр Лукашенко", "holdsPosition", "президент Беларуси"), ("Владимир Путин", "headOf", "Россия")}),
    # no other mention: the gazetteer knows whose nationals Лукашенко and Путин are
    (INVERTED,
     {("Александр Лукашенко", "headOf", "Россия"), ("Владимир Путин", "worksFor", "Беларусь")},
     {("Александр Лукашенко", "holdsPosition", "президент Беларуси"), ("Владимир Путин", "headOf", "Россия")}),
    # three posts, evidence for one name only: the two left over are no longer sure, the known one is
    ("Глава МИД КНР Ван И прибыл в Тяньцзинь. На кадрах главы МИД РФ, КНР и Белоруссии Ван И, Сергей Лавров, "
     "Максим Рыженков подписывают документы.",
     {("Ван И", "headOf", "МИД РФ"), ("Сергей Лавров", "headOf", "МИД КНР")},
     {("Ван И", "headOf", "МИД КНР")}),
])
def test_a_listed_name_keeps_the_post_the_document_gives_it(read, text, wrong, twin):
    facts = {triple(c) for c in read(text).candidates}
    assert not wrong & facts
    assert twin <= facts


@pytest.mark.parametrize("text, expected", [
    # without evidence elsewhere a list pairs in order
    ("На кадрах главы МИД РФ, КНР и Белоруссии Сергей Лавров, Ван И, Максим Рыженков подписывают документы.",
     {("Сергей Лавров", "headOf", "МИД РФ"), ("Ван И", "headOf", "МИД КНР"),
      ("Максим Рыженков", "headOf", "МИД Белоруссии")}),
    (IN_ORDER, {("Александр Лукашенко", "headOf", "Беларусь"), ("Владимир Путин", "headOf", "Россия")}),
])
def test_a_list_without_evidence_pairs_in_order(read, text, expected):
    assert expected <= {triple(c) for c in read(text).candidates}
