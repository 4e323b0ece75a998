"""Participants named in lists without a verb of their own, and titled lists of them (issue 12, session 8):
the wordings of the
articles added to the dev split under «# s8-titles» and of session 7's remaining misses. Sentences from
(or paraphrasing) corpora/ru/dev; every no-fact row names its positive twin.
"""
from __future__ import annotations

from triples import table_tests

SUMMIT = "В Астане прошел саммит ШОС. "
AMONG = ("В саммите принимают участие главы стран. Среди них король Саудовской Аравии Сальман, президент Египта "
         "Абдель Фаттах ас-Сиси.")
DASH = ("В Дамаске открылся саммит Лиги арабских государств. На нем присутствуют 11 из 22-х лидеров "
        "регионального сообщества - эмиры Кувейта и Катара, президенты Алжира и Ливии.")

SECOND_SUBJECT = ("Как ранее сообщал МИД Таджикистана, в саммите принимают участие главы государств-членов ШОС -- "
                  "премьер-министр Индии Нарендра Моди /онлайн/, президент Казахстана Касым-Жомарт Токаев, председатель "
                  "КНР Си Цзиньпин /онлайн/, президент Кыргызстана Садыр Жапаров, премьер-министр Пакистана Имран Хан, "
                  "президент России Владимир Путин /онлайн/ и президент Узбекистана Шавкат Мирзиеев.")

# name → (text, facts it gives)
WORDINGS = {
    # «в числе присутствующих»: the participle of taking part under «в числе», the list its subject
    "in-the-number-of-those-present": (
        SUMMIT + "В числе присутствующих — лидер Китая Си Цзиньпин, президент Турции Реджеп Тайип Эрдоган.",
        {("Си Цзиньпин", "participatesIn", "мероприятие"), ("Реджеп Тайип Эрдоган", "participatesIn", "мероприятие")}),
    "among-those-present": (
        SUMMIT + "Среди присутствующих — лидер Китая Си Цзиньпин и президент Турции Реджеп Тайип Эрдоган.",
        {("Си Цзиньпин", "participatesIn", "мероприятие"), ("Реджеп Тайип Эрдоган", "participatesIn", "мероприятие")}),
    "in-the-number-with-its-event": (
        SUMMIT + "В числе участвующих в саммите — премьер Пакистана Шахбаз Шариф.",
        {("Шахбаз Шариф", "participatesIn", "саммит")}),
    # a group of unnamed leaders stands for the people listed after it, in the sentence or the next one
    "group-then-among-them": (AMONG, {("Сальман", "participatesIn", "саммит"),
                                      ("Абдель Фаттах ас-Сиси", "participatesIn", "саммит")}),
    "group-then-colon": (
        "В саммите принимают участие главы стран: король Саудовской Аравии Сальман, президент Египта Абдель "
        "Фаттах ас-Сиси.", {("Сальман", "participatesIn", "саммит"), ("Абдель Фаттах ас-Сиси", "participatesIn",
                                                                      "саммит")}),
    "in-their-number": (
        "В Астане прошел саммит. В нем приняли участие лидеры пяти стран. В их числе президент Казахстана "
        "Касым-Жомарт Токаев.", {("Касым-Жомарт Токаев", "participatesIn", "саммит")}),
    # a list the parser hung on the verb after the subject and a dash is the subject's
    "counted-group-then-dash": (DASH, {("Кувейт", "participatesIn", "саммит Лиги арабских государств"),
                                       ("Катар", "participatesIn", "саммит Лиги арабских государств"),
                                       ("Алжир", "participatesIn", "саммит Лиги арабских государств"),
                                       ("Ливия", "participatesIn", "саммит Лиги арабских государств")}),
    # the same list made a second subject of the verb, after «--» (session 14, sco-2021-09-18 of dev)
    "group-then-second-subject": (
        SECOND_SUBJECT, {("Нарендра Моди", "participatesIn", "саммит"), ("Касым-Жомарт Токаев", "participatesIn", "саммит")}),
    "unnamed-leaders-are-their-states": ("В саммите участвуют лидеры США и Канады.",
                                         {("США", "participatesIn", "саммит"), ("Канада", "participatesIn", "саммит")}),
    # the same list, where the parser made the verb hang on the list's head
    "list-heads-the-verb": (
        "В сирийской столице сегодня, 29 марта, открылся 20-й саммит Лиги арабских государств. На нем присутствуют "
        "11 из 22-х лидеров регионального сообщества - эмиры Кувейта и Катара, президенты Алжира, Ливии, Туниса, "
        "председатель Палестинской национальной администрации Махмуд Аббас.",
        {("Тунис", "participatesIn", "20-й саммит Лиги арабских государств"),
         ("Махмуд Аббас", "participatesIn", "20-й саммит Лиги арабских государств")}),
    # who opens an event takes part in it
    "opening-an-event": ("Премьер-министр Индии Нарендра Моди, открывая саммит G20 в Нью-Дели, пригласил главу "
                         "Африканского союза.", {("Нарендра Моди", "participatesIn", "саммит G20 в Нью-Дели")}),
    "opened-a-session": ("Президент России Владимир Путин открыл заседание Высшего Евразийского экономического совета.",
                         {("Владимир Путин", "participatesIn", "заседание Высшего Евразийского экономического совета")}),
    # a chain of singular titles ending in a name is that person's posts
    "chain-of-titles": ("Председатель Государственной Думы России, председатель Парламентской Ассамблеи ОДКБ "
                        "Вячеслав Володин выступил.",
                        {("Вячеслав Володин", "holdsPosition", "председатель Государственной Думы России"),
                         ("Вячеслав Володин", "holdsPosition", "председатель Парламентской Ассамблеи ОДКБ")}),
}

# name → (text, facts it must not give)
NO_FACTS = {
    # «среди них» that names no people gives nobody (twin: group-then-among-them)
    "among-them-nobody-named": ("В саммите участвуют главы стран. Среди них есть и молодые политики.",
                                {("молодые политики", "participatesIn", "саммит")}),
    # the people listed are the participants, not the states of their titles (twin: group-then-colon)
    "listed-people-not-their-states": (
        "В саммите принимают участие главы стран: король Саудовской Аравии Сальман, президент Египта Абдель "
        "Фаттах ас-Сиси.", {("Саудовская Аравия", "participatesIn", "саммит"), ("Египет", "participatesIn", "саммит")}),
    # a place after a dash is no list of the subject (twin: counted-group-then-dash)
    "place-after-a-dash": ("Саммит открылся в Дамаске - столице Сирии.", {("Сирия", "participatesIn", "Саммит"),
                                                                         ("столица Сирии", "participatesIn", "Саммит")}),
    # a plural title names other people: it is no link of the next name's chain (twin: chain-of-titles)
    "plural-title-is-no-chain": (
        "На нем присутствуют эмиры Кувейта и Катара, президенты Алжира, Ливии, Туниса, председатель Палестинской "
        "национальной администрации Махмуд Аббас.",
        {("Махмуд Аббас", "holdsPosition", "президент Ливии"), ("Махмуд Аббас", "headOf", "Алжир"),
         ("Махмуд Аббас", "worksFor", "Тунис")}),
    # the group whose members are listed stands for them, not for the organization it names
    # (twin: group-then-second-subject)
    "listed-group-not-its-organization": (SECOND_SUBJECT, {("ШОС", "participatesIn", "саммит")}),
    # opening what is no event is no taking part (twin: opened-a-session)
    "opening-an-embassy": ("Президент России Владимир Путин открыл посольство в Ниамее.",
                           {("Владимир Путин", "participatesIn", "посольство")}),
    # «в числе присутствующих» with no one named gives nothing (twin: in-the-number-of-those-present)
    "in-the-number-without-names": ("В числе присутствующих было много журналистов.",
                                    {("журналисты", "participatesIn", "мероприятие")}),
}

TWINS = {
    "among-them-nobody-named": WORDINGS["group-then-among-them"],
    "listed-people-not-their-states": WORDINGS["group-then-colon"],
    "place-after-a-dash": WORDINGS["counted-group-then-dash"],
    "in-the-number-without-names": WORDINGS["in-the-number-of-those-present"],
    "plural-title-is-no-chain": WORDINGS["chain-of-titles"],
    "opening-an-embassy": WORDINGS["opened-a-session"],
    "listed-group-not-its-organization": WORDINGS["group-then-second-subject"],
}

test_wording_gives_the_facts, test_wrong_fact_is_not_written, test_positive_twin_gives_the_fact = table_tests(
    WORDINGS, NO_FACTS, TWINS)
