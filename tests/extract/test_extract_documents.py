"""How news states signed, adopted and ratified documents and founding lists (issue 12, session 6).
Sentences from the domain corpus's dev split (corpora/ru/dev, articles of 2014-2025 added for this);
each no-fact row is a wrong fact the rules wrote, with its positive twin in `TWINS`.
"""
from __future__ import annotations

import pytest
from triples import table_tests, triple

MEMORANDUM = ("Секретариат Шанхайской организации сотрудничества и фонд \"Росконгресс\" в среду подписали "
              "Меморандум о взаимопонимании. Документ подписали генеральный секретарь ШОС Нурлан Ермекбаев и "
              "директор фонда \"Росконгресс\" Александр Стуглев.")
SUPPORT = ("Путин ранее заявил, что Москва поддерживает создание нового формата, поскольку это позволит активнее "
           "вовлекать в сотрудничество с СНГ другие страны и международные структуры.")

TREATY = "Договор о долгосрочном добрососедстве, дружбе и сотрудничестве"
COUNTED = ("16 августа в Бишкеке состоялось заседание Совета глав государств ШОС, на котором присутствовали "
           "председатель Китая Ху Цзиньтао, президент Казахстана Нурсултан Назарбаев и президент России Владимир "
           f"Путин. Лидеры трех стран подписали ряд важных документов, в том числе {TREATY}.")
UNCOUNTED = f"Лидеры стран ШОС подписали ряд важных документов, в том числе {TREATY}."

WORDINGS = {
    # a ratifying body adopts; an untitled document its topic describes is one when adopted
    "adopts-ratified": ("Парламент Северной Македонии 11 февраля ратифицировал протокол о вступлении страны в НАТО.",
                        {("Парламент", "adopts", "протокол о вступлении страны в НАТО")}),
    "adopts-described-resolution": ("Генеральная Ассамблея ООН на заседании в среду приняла резолюцию с осуждением "
                                    "незаконных \"референдумов\", которые Россия устроила на территориях Украины.",
                                    {("Генеральная Ассамблея", "adopts",
                                      "резолюция с осуждением незаконных \"референдумов\"")}),
    # a bare or demonstrative document noun stands for the document named shortly before
    "signs-document-reference": (MEMORANDUM,
                                 {("Нурлан Ермекбаев", "signs", "Меморандум о взаимопонимании"),
                                  ("Александр Стуглев", "signs", "Меморандум о взаимопонимании")}),
    "signs-under-this-document": ("29 мая 2014 года в Астане было подписано соглашение о создании ЕАЭС. Свои подписи "
                                  "под данным документом поставили глава РБ Александр Лукашенко, руководитель РФ "
                                  "Владимир Путин.",
                                  {("Александр Лукашенко", "signs", "соглашение о создании ЕАЭС"),
                                   ("Владимир Путин", "signs", "соглашение о создании ЕАЭС")}),
    "adopts-this-law": ("Президент Финляндии подписал закон о вступлении страны в НАТО. Парламент принял данный закон "
                        "в марте.",
                        {("Парламент", "adopts", "закон о вступлении страны в НАТО")}),
    # organizations named as the parties sign; states of an organization signing make it adopt
    "signs-organizations-parties": ("ШОС и ЮНЕСКО подписали Меморандум о сотрудничестве.",
                                    {("ШОС", "signs", "Меморандум о сотрудничестве"),
                                     ("ЮНЕСКО", "signs", "Меморандум о сотрудничестве")}),
    "adopts-members-sign": ("Государства-члены НАТО подписали протоколы о присоединении Финляндии и Швеции к "
                            "Североатлантическому договору 5 июля 2022 года.",
                            {("НАТО", "adopts",
                              "протоколы о присоединении Финляндии и Швеции к Североатлантическому договору")}),
    # «в частности» introduces the items of a list of documents, and is no part of the first one's name
    "adopts-in-particular": ("По итогам пятничного заседания Совета глав государств ШОС уже подписано несколько "
                             "документов, в частности Конвенция Шанхайской организации сотрудничества по "
                             "противодействию экстремизму и Астанинская декларацию.",
                             {("ШОС", "adopts", "Конвенция Шанхайской организации сотрудничества по "
                                               "противодействию экстремизму"),
                              ("ШОС", "adopts", "Астанинская декларация")}),
    # a counted group of leaders stands for the people the sentence before names, that many
    "signs-counted-leaders": (COUNTED, {(name, "signs", TREATY) for name in ("Ху Цзиньтао", "Нурсултан Назарбаев",
                                                                            "Владимир Путин")}),
    # a status given with «наделить … статусом»: the verb's object holds it
    "observer-endowed": ("Лидеры стран - членов ЕАЭС наделили Египет статусом наблюдателя при ЕАЭС.",
                         {("Египет", "observerOf", "ЕАЭС")}),
    # founding: the organization parsed as a second subject after the verb
    "member-founding-list": ("Главы государств подписали протокол, в котором подчеркнули, что Азербайджанская "
                             "Республика, Республика Армения, Российская Федерация и Украина на равноправных "
                             "началах образуют Содружество Независимых Государств.",
                             {("Азербайджанская Республика", "memberOf", "Содружество Независимых Государств"),
                              ("Республика Армения", "memberOf", "Содружество Независимых Государств"),
                              ("Украина", "memberOf", "Содружество Независимых Государств")}),
}

# wrong facts the rules once wrote: (text, the triples it must not give)
NO_FACTS = {
    "adopts-party-organizations": ("ШОС и ЮНЕСКО подписали Меморандум о сотрудничестве.",
                                   {("ШОС", "adopts", "Меморандум о сотрудничестве")}),
    "supports-past-clause": (SUPPORT, {("Москва", "supports", "другие страны"),
                                       ("Москва", "supports", "международные структуры")}),
    "document-reference-in-nominalization": ("Лидеры БРИКС приняли Казанскую декларацию. Об утверждении документа "
                                             "сообщил президент РФ Владимир Путин.",
                                             {("Владимир Путин", "adopts", "Казанская декларация")}),
    "second-subject-common-noun": ("Казахстан в свою очередь поддержал консенсус в соглашении.",
                                   {("Казахстан", "supports", "консенсус")}),
    # leaders named one by one sign, their organization does not adopt for them (GUIDE §8)
    "adopts-counted-named-leaders": (COUNTED, {("организация", "adopts", TREATY), ("ШОС", "adopts", TREATY)}),
    # «Главы государств» tagged an organization's name signs nothing as a party
    "signs-mistaken-name": ("Главы государств подписали Договор о добрососедстве.",
                            {("Главы государств", "signs", "Договор о добрососедстве")}),
    # a counted plural («семь документов») is other documents, not the one named before
    "document-reference-plural": ("Путин и Жапаров подписали совместное заявление. Кроме того, министры Сергей "
                                  "Лавров и Жээнбек Кулубаев подписали семь документов.",
                                  {("Сергей Лавров", "signs", "совместное заявление")}),
}

# the positive twin of each no-fact row: the same words where the fact is stated
TWINS = {
    "adopts-party-organizations": ("Главы государств ШОС подписали Меморандум о сотрудничестве.",
                                   {("ШОС", "adopts", "Меморандум о сотрудничестве")}),
    "supports-past-clause": (SUPPORT, {("Москва", "supports", "создание нового формата")}),
    "adopts-counted-named-leaders": (UNCOUNTED, {("ШОС", "adopts", TREATY)}),
    "signs-mistaken-name": ("Главы государств подписали Договор о добрососедстве.",
                            {("организация", "adopts", "Договор о добрососедстве")}),
    "document-reference-in-nominalization": ("Лидеры БРИКС приняли Казанскую декларацию. Документ утвердил "
                                             "президент РФ Владимир Путин.",
                                             {("Владимир Путин", "adopts", "Казанская декларация")}),
    "second-subject-common-noun": ("Казахстан в свою очередь поддержал Соглашение о сокращении добычи нефти.",
                                   {("Казахстан", "supports", "Соглашение о сокращении добычи нефти")}),
    "document-reference-plural": ("Путин и Жапаров подписали совместное заявление. Кроме того, документ подписали "
                                  "министры Сергей Лавров и Жээнбек Кулубаев.",
                                  {("Сергей Лавров", "signs", "совместное заявление")}),
}

DOCUMENT_LABELS = {"Document", "Declaration", "Agreement"}
# an untitled document its topic describes names one only when it is what is adopted or signed
DESCRIBED_DOCUMENTS = [
    ("Стороны обсудили соглашение о сотрудничестве в области образования.", False),
    ("Стороны подписали соглашение о сотрудничестве в области образования.", True),
    ("Депутаты говорили о резолюции с осуждением незаконных референдумов.", False),
    ("Генассамблея приняла резолюцию с осуждением незаконных референдумов.", True),
    ("Стороны обсудили декларацию о сотрудничестве.", False),
    ("Стороны обсудили принятую в Бишкеке декларацию о сотрудничестве.", True),
]


test_wording_gives_the_facts, test_wrong_fact_is_not_written, test_positive_twin_gives_the_fact = table_tests(
    WORDINGS, NO_FACTS, TWINS)


@pytest.mark.parametrize("text, named", DESCRIBED_DOCUMENTS)
def test_described_document_is_a_mention_when_adopted(read, text, named):
    found = {m.text.split()[0].lower() for m in read(text).mentions if m.label in DOCUMENT_LABELS}
    assert bool(found & {"соглашение", "резолюцию", "резолюции", "декларацию"}) is named


# the preposition of a date is the date's own, not that of the phrase holding it: (text, triple, its
# qualifiers must include, must not include)
DATED = {
    "nested-date-starts": ("По итогам саммита в Йоханнесбурге в 2023 году к БРИКС присоединились Аргентина и Египет.",
                           ("Аргентина", "memberOf", "БРИКС"), ("validFrom", "2023"), ("validUntil", "2023")),
    "own-preposition-ends": ("Казахстан председательствовал в ОДКБ до 2023 года.",
                             ("Казахстан", "chairs", "ОДКБ"), ("validUntil", "2023"), ("validFrom", "2023")),
}


@pytest.mark.parametrize("name", sorted(DATED))
def test_a_date_qualifies_the_fact_by_its_own_preposition(read, name):
    text, wanted, given, wrong = DATED[name]
    qualifiers = {(q, v.lexical) for c in read(text).candidates if triple(c) == wanted for q, v in c.qualifiers}
    assert given in qualifiers and wrong not in qualifiers
