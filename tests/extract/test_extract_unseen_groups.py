"""Participants named as groups, and participation told without a participation verb (issue 12,
session 14): a group noun whose genitive lists states makes each state a participant, an unnamed
title listed with them names its state too, an unnamed delegate makes the state it represents the
participant (GUIDE §6, §17), what is done «в ходе» an event is done there whatever the verb, and an
event held «с участием» / «при участии» someone has them as participants. Session 15: the parser's
misplaced words still say who took part — an «на …» phrase after a quote's reporting verb hung on the
quote, a subject hung on the event noun before its verb, «делегации» read as a genitive singular, a
state hung away from its delegation — and an active participle before an event is no part of its name.
Sentences from (or paraphrasing) corpora/ru/dev outside the held-out batches; every no-fact row
names its positive twin.
"""
from __future__ import annotations

from triples import table_tests

EAST_ASIA = ("Лидеры стран Азиатско-Тихоокеанского региона - государств АСЕАН, Австралии, Китая, Новой Зеландии, "
             "Индии, Южной Кореи, России, США и Японии - 14 ноября в ходе 15-го Восточноазиатского саммита, "
             "состоявшегося под председательством Вьетнама, обсудили актуальные проблемы АТР.")
EAST_ASIA_SUMMIT = "15-й Восточноазиатский саммит"
COUNCIL = ("В заседании совета принимают участие также президенты Азербайджана, Беларуси, Кыргызстана, Казахстана, "
           "Молдовы, Узбекистана, премьер Армении, вице-премьер Туркменистана.")

NARROW = ("Встреча началась в узком составе с участием президента Казахстана Касым-Жомарта Токаева, Киргизии Садыра "
          "Жапарова и председателя Коллегии Евразийской экономической комиссии Бакытжана Сагинтаева.")

# name → (sentence, facts it gives)
WORDINGS = {
    # a discussion «в ходе» a summit is held there: «обсудить» makes no plan of the participation; the
    # parser's «в» on the ordinal neither cuts the subject off nor enters the summit's name
    "leaders-of-listed-states-in-course": (EAST_ASIA, {
        (state, "participatesIn", EAST_ASIA_SUMMIT) for state in ("Австралия", "Китай", "Новая Зеландия", "Индия",
                                                                   "Южная Корея", "Россия", "США", "Япония")}),
    "person-in-course": ("В ходе саммита ШОС Путин обсудил рост торговли.",
                         {("Путин", "participatesIn", "саммит ШОС")}),
    # «президенты» hung on «саммита» by the parser is still the clause's subject
    "stray-subject-in-course": ("В ходе неформального саммита президенты России и Киргизии обсудили вопросы "
                                "обстановки.", {("Россия", "participatesIn", "неформальный саммит"),
                                                ("Киргизия", "participatesIn", "неформальный саммит")}),
    # unnamed singular titles in a list of unnamed leaders name their states as the plural ones do
    "unnamed-titles-in-a-list": (COUNCIL, {("Армения", "participatesIn", "заседание совета"),
                                           ("Туркменистан", "participatesIn", "заседание совета"),
                                           ("Молдова", "participatesIn", "заседание совета")}),
    "unnamed-premier-after-presidents": ("На встречу прибыли президенты РФ, Белоруссии, Казахстана, Узбекистана и "
                                         "премьер-министр Армении.", {("Армения", "participatesIn", "встреча")}),
    # an unnamed delegate: the state takes part (GUIDE §17), active and passive
    "unnamed-delegate": ("Армению представляет на встрече замминистра иностранных дел.",
                         {("Армения", "participatesIn", "встреча")}),
    # «с участием» on the event noun (and no part of its name), on the event's verb, through «в составе»
    "with-participation-on-the-event": ("В Саудовской Аравии открылся саммит Лиги арабских государств с участием "
                                        "Сирии.", {("Сирия", "participatesIn", "саммит Лиги арабских государств"),
                                                   ("Саудовская Аравия", "hosts", "саммит Лиги арабских государств")}),
    "with-participation-on-the-verb": ("Заседание Высшего госсовета прошло в Москве с участием Владимира Путина.",
                                       {("Владимир Путин", "participatesIn", "Заседание Высшего госсовета")}),
    "with-participation-of-listed-leaders": (NARROW, {("Касым-Жомарт Токаев", "participatesIn", "Встреча"),
                                                      ("Бакытжан Сагинтаев", "participatesIn", "Встреча")}),
    "at-participation-of-leaders": ("Саммит прошел в Эль-Кувейте при участии лидеров Кувейта и Катара.",
                                    {("Кувейт", "participatesIn", "Саммит"), ("Катар", "participatesIn", "Саммит")}),
    # an event's name stops before the clause's verb, whatever the parser hung across it («КНР» on
    # «Секретариата»), so the participation inside the sentence is no part of a name
    "name-across-the-verb": ("В церемонии открытия Секретариата ШОС в 2004 году приняли участие министры иностранных "
                             "дел КНР Ли Чжаосин, Казахстана Касым-Жомарт Токаев и Исполнительный секретарь ШОС Чжан "
                             "Дэгуан.", {("Ли Чжаосин", "participatesIn", "церемония открытия Секретариата ШОС"),
                                         ("Чжан Дэгуан", "participatesIn", "церемония открытия Секретариата ШОС")}),
    "name-before-the-verb": ("Встреча на высшем уровне Лиги арабских государств (ЛАГ) открылась в воскресенье в городе "
                             "Дахран в восточной провинции Саудовской Аравии Эш-Шаркия.",
                             {("Дахран", "hosts", "Встреча на высшем уровне Лиги арабских государств")}),
    "unnamed-delegate-passive": ("Россия была представлена на мероприятии заместителем министра иностранных дел.",
                                 {("Россия", "participatesIn", "мероприятие")}),
    # «на заседании» after the reporting verb is the reporter's, though the parser hangs it on the quote
    "reporting-verb-after-quote": ("«Принимаете?» — спросил президент Киргизии Алмазбек Атамбаев на заседании Совета "
                                   "глав государств СНГ.", {("Алмазбек Атамбаев", "participatesIn",
                                                             "заседание Совета глав государств СНГ")}),
    # «Си» (indeclinable, tagged genitive) hung on «заседании»: the subject the verb lacks
    "subject-hung-on-the-event": ("На заседании Си Цзиньпин выступил с важной речью.",
                                  {("Си Цзиньпин", "participatesIn", "заседание")}),
    # «делегации» of a plural verb is its nominative plural, and no word of the meeting's name
    "delegations-of-a-plural-verb": ("В ходе встречи делегации России, Китая и Казахстана рассмотрели ход подготовки "
                                     "к саммиту.", {(state, "participatesIn", "встреча")
                                                    for state in ("Россия", "Китай", "Казахстан")}),
    # «продолжающемся» says what goes on, not which meeting it is
    "participle-outside-the-name": ("«Нам надо создать механизм предотвращения конфликтов», — заявил Дачич на "
                                    "продолжающемся итоговом заседании министерской конференции ОБСЕ в Белграде.",
                                    {("Дачич", "participatesIn",
                                      "итоговое заседание министерской конференции ОБСЕ в Белграде")}),
}

# name → (sentence, facts it must not give)
NO_FACTS = {
    # a named delegate takes part, not the state (GUIDE §6; twin: unnamed-delegate)
    "named-delegate": ("Армению представляет вице-премьер Ваче Габриелян.",
                       {("Армения", "participatesIn", "мероприятие")}),
    # a title said alone may be a person the article names: no state for it (twin: unnamed-titles-in-a-list)
    "unnamed-title-alone": ("В ходе заседания Президент России вручил Тиграну Саркисяну орден Дружбы.",
                            {("Россия", "participatesIn", "заседание")}),
    # unnamed leaders of unnamed member states: the organization does not take part in its own summit
    # (twin: stray-subject-in-course, where the states are named)
    "leaders-of-unnamed-states": ("Также в ходе неформального саммита президенты стран ОДКБ рассмотрели вопросы "
                                  "обстановки.", {("ОДКБ", "participatesIn", "неформальный саммит")}),
    # a place said inside the quote is the quote's (twin: reporting-verb-after-quote)
    "place-inside-the-quote": ("«Мы обсудили это на заседании Совета глав государств СНГ», — сказал президент "
                               "Киргизии Алмазбек Атамбаев.", {("Алмазбек Атамбаев", "participatesIn",
                                                               "заседание Совета глав государств СНГ")}),
    # an impersonal verb has no subject to lack: the delegation's state is no participant (twin:
    # delegations-of-a-plural-verb)
    "delegation-of-an-impersonal-verb": ("В ходе встречи делегации Китая было решено продолжить работу.",
                                         {("Китай", "participatesIn", "встреча")}),
    # «…, Киргизии Садыра Жапарова»: the state stands for its president's title, who takes part
    # (twin: with-participation-of-listed-leaders)
    "state-for-a-left-out-title": (NARROW, {("Киргизия", "participatesIn", "Встреча")}),
    # «при участии министров … государств — членов АСЕАН»: unnamed members, no organization (twin:
    # at-participation-of-leaders)
    "at-participation-of-unnamed-members": ("Встречу возглавила министр иностранных дел Филиппин Мария Тереса Ласаро "
                                            "при участии министров иностранных дел государств — членов АСЕАН.",
                                            {("АСЕАН", "participatesIn", "Встреча")}),
}

TWINS = {
    "state-for-a-left-out-title": WORDINGS["with-participation-of-listed-leaders"],
    "at-participation-of-unnamed-members": WORDINGS["at-participation-of-leaders"],
    "named-delegate": WORDINGS["unnamed-delegate"],
    "unnamed-title-alone": WORDINGS["unnamed-titles-in-a-list"],
    "leaders-of-unnamed-states": WORDINGS["stray-subject-in-course"],
    "place-inside-the-quote": WORDINGS["reporting-verb-after-quote"],
    "delegation-of-an-impersonal-verb": WORDINGS["delegations-of-a-plural-verb"],
}

test_wording_gives_the_facts, test_wrong_fact_is_not_written, test_positive_twin_gives_the_fact = table_tests(
    WORDINGS, NO_FACTS, TWINS)
