"""The demo article's key sentences paraphrased: other states, organizations, people and years, each
read at the start of a text and after an opening sentence (a first sentence must not read worse).

Paraphrases today's rules get wrong stay as xfail(strict=True) with the reason: they fail loudly
(and must be unmarked) once fixed.
"""
from __future__ import annotations

import pytest
from triples import triple

OPENING = "В Астане прошла встреча. "

PARAPHRASES = {
    # "Глава государства провел встречу с секретарями советов безопасности государств – членов ШОС"
    "meeting-kyrgyz": ("Президент Киргизии Садыр Жапаров провел встречу с министрами обороны государств – членов ОДКБ.",
                       {("Садыр Жапаров", "meetsWith", "министры обороны государств – членов ОДКБ"),
                        ("Садыр Жапаров", "headOf", "Киргизия")}),
    "meeting-role": ("Глава государства провел встречу с министрами иностранных дел государств – членов ОДКБ, "
                     "сообщает пресс-служба президента.",
                     {("глава государства", "meetsWith", "министры иностранных дел государств – членов ОДКБ")}),
    "meeting-armenian": ("Премьер-министр Армении Никол Пашинян провел встречу с секретарями советов безопасности "
                         "государств – членов СНГ.",
                         {("Никол Пашинян", "meetsWith", "секретари советов безопасности государств – членов СНГ"),
                          ("Никол Пашинян", "worksFor", "Армения")}),
    # "… является одним из приоритетов председательства Казахстана в ШОС"
    "priority-one": ("Противодействие терроризму является одним из приоритетов председательства Киргизии в ОДКБ.",
                     {("Киргизия", "chairs", "ОДКБ"), ("Киргизия", "prioritizes", "терроризм")}),
    "priority-list": ("Противодействие «трем силам зла», а также транснациональной организованной преступности, "
                      "незаконному обороту наркотиков и вызовам кибербезопасности является одним из приоритетов "
                      "председательства России в БРИКС.",
                      {("Россия", "chairs", "БРИКС"), ("Россия", "prioritizes", "три силы зла"),
                       ("Россия", "prioritizes", "транснациональная организованная преступность"),
                       ("Россия", "prioritizes", "незаконный оборот наркотиков")}),
    "priority-subject": ("Приоритетом председательства Узбекистана в СНГ является развитие торговли.",
                         {("Узбекистан", "chairs", "СНГ")}),
    "chairs-year": ("Киргизия председательствует в ОДКБ в 2025 году.", {("Киргизия", "chairs", "ОДКБ")}),
    # "Касым-Жомарт Токаев полагает, что необходимо принять Программу … на 2025-2027 годы"
    "calls-for-seed": ("Касым-Жомарт Токаев полагает, что необходимо принять Программу сотрудничества по "
                       "противодействию терроризму, сепаратизму и экстремизму на 2025-2027 годы.",
                       {("Касым-Жомарт Токаев", "callsFor", "Программа сотрудничества по противодействию терроризму, "
                         "сепаратизму и экстремизму на 2025-2027 годы")}),
    "calls-for-uzbek": ("Шавкат Мирзиёев полагает, что необходимо принять Программу сотрудничества по "
                        "противодействию экстремизму на 2026-2028 годы.",
                        {("Шавкат Мирзиёев", "callsFor", "Программа сотрудничества по противодействию экстремизму "
                          "на 2026-2028 годы"),
                         ("Программа сотрудничества по противодействию экстремизму на 2026-2028 годы", "validFrom", "2026"),
                         ("Программа сотрудничества по противодействию экстремизму на 2026-2028 годы", "validUntil", "2028"),
                         ("Программа сотрудничества по противодействию экстремизму на 2026-2028 годы", "about",
                          "экстремизм")}),
    "calls-for-until": ("Владимир Путин считает, что необходимо принять Стратегию развития ЕАЭС до 2035 года.",
                        {("Владимир Путин", "callsFor", "Стратегия развития ЕАЭС до 2035 года"),
                         ("Стратегия развития ЕАЭС до 2035 года", "validUntil", "2035")}),
    # "… отмечена важность принятия Антинаркотической стратегии ШОС на 2024-2029 годы"
    "strategy-period": ("В выступлении также отмечена важность принятия Антинаркотической стратегии ОДКБ на 2025-2030 годы.",
                        {("Антинаркотическая стратегия ОДКБ на 2025-2030 годы", "validFrom", "2025"),
                         ("Антинаркотическая стратегия ОДКБ на 2025-2030 годы", "validUntil", "2030")}),
    # "спецслужбы России и Казахстана находятся в постоянном контакте …"
    "services-uz-tj": ("Спецслужбы Узбекистана и Таджикистана находятся в постоянном контакте по вопросам "
                       "взаимодействия в антитеррористической сфере.", {("Узбекистан", "cooperatesWith", "Таджикистан")}),
    "services-ru-by": ("Спецслужбы России и Белоруссии находятся в постоянном контакте по вопросам безопасности.",
                       {("Россия", "cooperatesWith", "Белоруссия")}),
    # "нами предложено совместно выработать и принять Инициативу ШОС …"
    "proposed-by-us": ("Именно поэтому нами предложено совместно выработать и принять Декларацию ОДКБ о борьбе с "
                       "терроризмом.", {("мы", "proposes", "Декларация ОДКБ о борьбе с терроризмом")}),
    "proposed-by-name": ("Касым-Жомарт Токаев предложил принять Инициативу ШОС «О мировом единстве за справедливый "
                         "мир и согласие».",
                         {("Касым-Жомарт Токаев", "proposes",
                           "Инициатива ШОС «О мировом единстве за справедливый мир и согласие»")}),
}

START, AFTER = "start", "after"
# (paraphrase, position or None for both) → why today's rules miss it
KNOWN_MISSES = {
    ("calls-for-seed", START): "at the start of a text no callsFor is read (the same sentence later in a text gives it)",
    ("services-uz-tj", START): "at the start of a text no cooperatesWith is read (after an opening sentence it is)",
    ("calls-for-until", None): "the document mention stops before «до 2035 года»: no period, a cut title",
    ("strategy-period", None): "the document mention «Антинаркотической стратегии ОДКБ» stops before its period",
    ("proposed-by-name", START): "at the start of a text «X предложил принять Y» gives no proposes (after an opening sentence it does)",
}


def _cases():
    for name, (sentence, expected) in PARAPHRASES.items():
        for position, text in ((START, sentence), (AFTER, OPENING + sentence)):
            reason = KNOWN_MISSES.get((name, position)) or KNOWN_MISSES.get((name, None))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(text, expected, marks=marks, id=f"{name}-{position}")


@pytest.mark.parametrize("text, expected", list(_cases()))
def test_paraphrase_gives_the_facts(read, text, expected):
    found = {triple(c) for c in read(text).candidates}
    assert expected <= found, f"missing: {sorted(expected - found)}"
