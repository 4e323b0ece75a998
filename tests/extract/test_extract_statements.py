"""Statements about organizations in wordings the rules were not written from: statuses (observer,
dialogue partner), signing, adoption, support, calls and proposals, founding (issue 12). Sentences
composed for this table, each meaning in several wordings (corpora/ru/GUIDE.md §3, §8, §9, §11);
every "no fact" row has its positive twin in `test_statement_twins`.
"""
from __future__ import annotations

import pytest
from triples import triple

STATEMENTS = {
    # observerOf: agent noun, compound role noun, status noun, passive grant
    "observer-status-got": ("Монголия получила статус наблюдателя при ШОС в 2004 году.",
                            {("Монголия", "observerOf", "ШОС")}),
    "observer-compound-plural": ("Странами-наблюдателями при ЕАЭС являются Куба и Узбекистан.",
                                 {("Куба", "observerOf", "ЕАЭС"), ("Узбекистан", "observerOf", "ЕАЭС")}),
    "observer-state-noun": ("Афганистан является государством-наблюдателем при ШОС.",
                            {("Афганистан", "observerOf", "ШОС")}),
    "observer-granted": ("Статус государства-наблюдателя при ЕАЭС предоставлен Ирану.",
                         {("Иран", "observerOf", "ЕАЭС")}),
    "observer-participle": ("Индия и Пакистан, имеющие статус наблюдателей в ШОС, подали заявки на вступление.",
                            {("Индия", "observerOf", "ШОС"), ("Пакистан", "observerOf", "ШОС")}),
    # dialoguePartnerOf: «партнер по диалогу» with its organization hung on the complement, lists
    "partner-had-status": ("Азербайджан имел статус партнера по диалогу в ШОС.",
                           {("Азербайджан", "dialoguePartnerOf", "ШОС")}),
    "partner-quoted-status": ("Азербайджан до сих пор имел статус \"партнера по диалогу\" в ШОС.",
                              {("Азербайджан", "dialoguePartnerOf", "ШОС")}),
    "partner-plural-list": ("Партнерами ШОС по диалогу являются Турция, Египет и Катар.",
                            {("Турция", "dialoguePartnerOf", "ШОС"), ("Египет", "dialoguePartnerOf", "ШОС"),
                             ("Катар", "dialoguePartnerOf", "ШОС")}),
    "partner-compound": ("Странами-партнерами БРИКС стали Белоруссия и Боливия.",
                         {("Белоруссия", "dialoguePartnerOf", "БРИКС"), ("Боливия", "dialoguePartnerOf", "БРИКС")}),
    # signs: verb, signature noun with its light verb, heads of states as signers
    "signs-signature": ("Свои подписи под Договором о ЕАЭС поставили Александр Лукашенко, Владимир Путин и "
                        "Нурсултан Назарбаев.",
                        {("Александр Лукашенко", "signs", "Договор о ЕАЭС"),
                         ("Нурсултан Назарбаев", "signs", "Договор о ЕАЭС")}),
    "signs-heads-of-states": ("Лидеры России и Казахстана подписали Договор о добрососедстве.",
                              {("Россия", "signs", "Договор о добрососедстве"),
                               ("Казахстан", "signs", "Договор о добрососедстве")}),
    # callsFor: «выступать за», «призвать» + infinitive or «к» + noun; the phrase itself is the object
    "calls-advocates": ("Россия выступает за выпуск совместных облигаций государств-членов.",
                        {("Россия", "callsFor", "выпуск совместных облигаций государств-членов")}),
    "calls-advocates-list": ("Казахстан выступает за формирование банка совместных проектов, за расширение "
                             "торговли.",
                             {("Казахстан", "callsFor", "формирование банка совместных проектов"),
                              ("Казахстан", "callsFor", "расширение торговли")}),
    "calls-leaders-of": ("Лидеры стран ШОС выступили за мирное использование космоса.",
                         {("ШОС", "callsFor", "мирное использование космоса")}),
    "calls-infinitive": ("Президент Китая Си Цзиньпин призвал создать Банк развития ШОС в ближайшее время.",
                         {("Си Цзиньпин", "callsFor", "создать Банк развития ШОС")}),
    "calls-to-noun": ("Генеральная Ассамблея ООН призвала к немедленному прекращению огня.",
                      {("Генеральная Ассамблея ООН", "callsFor", "немедленное прекращение огня")}),
    # supports: a cause that is no document, also when the subject is the speaker of the clause
    "supports-speaker": ("Председатель КНР Си Цзиньпин заявил, что поддерживает присоединение Азербайджана "
                         "к ШОС.",
                         {("Си Цзиньпин", "supports", "присоединение Азербайджана к ШОС")}),
    "supports-fronted-object": ("Нанесение ударов поддержали Катар и Саудовская Аравия.",
                                {("Катар", "supports", "нанесение ударов"),
                                 ("Саудовская Аравия", "supports", "нанесение ударов")}),
    # proposes: an infinitive phrase
    "proposes-infinitive": ("Президент России Владимир Путин предложил провести в Москве экспертный форум "
                            "по безопасности.",
                            {("Владимир Путин", "proposes", "экспертный форум по безопасности")}),
    # a content verb's oblique phrase is part of what is proposed; a time phrase is not
    # (kg.extract.propositions._span: mutant _span_6 cut every oblique phrase)
    "proposes-with-oblique": ("Иран предложил создать банк развития в рамках ШОС.",
                              {("Иран", "proposes", "создать банк развития в рамках ШОС")}),
    "proposes-without-time": ("Иран предложил создать банк развития в ближайшее время.",
                              {("Иран", "proposes", "создать банк развития")}),
}


@pytest.mark.parametrize("name", sorted(STATEMENTS))
def test_statement(read, name):
    text, expected = STATEMENTS[name]
    assert expected <= {triple(c) for c in read(text).candidates}


def test_status_without_organization_is_the_articles(read):
    """A list of partners after a sentence about the organization names no organization itself: the
    status is in the article's organization (a reference that resolution links, GUIDE §3)."""
    facts = {triple(c) for c in read("Шанхайскую организацию сотрудничества основали в 2001 году. "
                                     "Партнерами по диалогу являлись Азербайджан, Армения и Египет.").candidates}
    assert {("Азербайджан", "dialoguePartnerOf", "организация"),
            ("Египет", "dialoguePartnerOf", "организация")} <= facts


# (no fact, its positive twin, the fact): negation, possibility, a speech «выступил на», a relation kept
# up, a pronoun's stand-in, a trade partner that holds no status
TWINS = [
    ("Россия не выступает за расширение НАТО.", "Россия выступает за расширение НАТО.",
     ("Россия", "callsFor", "расширение НАТО")),
    ("Азербайджан может получить статус наблюдателя при ШОС.", "Азербайджан получил статус наблюдателя при ШОС.",
     ("Азербайджан", "observerOf", "ШОС")),
    ("Казахстан выступил на саммите ШОС.", "Казахстан выступил за расширение ШОС.",
     ("Казахстан", "callsFor", "расширение ШОС")),
    ("Израиль поддерживает дипломатические отношения с Египтом.", "Израиль поддерживает мирную инициативу Египта.",
     ("Израиль", "supports", "мирная инициатива Египта")),
    ("Такой вариант был предложен Канадой.", "Проведение саммита в Оттаве было предложено Канадой.",
     ("Канада", "proposes", "проведение саммита в Оттаве")),
    ("Китай является крупнейшим торговым партнером.", "Китай является партнером по диалогу.",
     ("Китай", "dialoguePartnerOf", "организация")),
    ("Президент Финляндии не подписал протокол о вступлении в НАТО.",
     "Президент Финляндии Саули Ниинистё подписал Протокол о вступлении Финляндии в НАТО.",
     ("Саули Ниинистё", "signs", "Протокол о вступлении Финляндии в НАТО")),
]


@pytest.mark.parametrize("negative, positive, fact", TWINS, ids=[t[2][1] + "-" + t[2][0] for t in TWINS])
def test_statement_twins(read, negative, positive, fact):
    predicate = fact[1]
    assert not [c for c in read(negative).candidates if c.predicate == predicate]
    assert fact in {triple(c) for c in read(positive).candidates}
