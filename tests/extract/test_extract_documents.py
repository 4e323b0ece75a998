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
# session 7 (s7-docs): sentences of the articles added under «# s7-docs» in corpora/ru/dev/gold.tsv
INITIATED = "Совет Безопасности ООН единогласно принял резолюцию по ситуации в Украине, инициированную Россией."
RESOLUTION = "резолюция по ситуации в Украине"
LAOS_DECISION = ("решение о предоставлении Лаосской Народно-Демократической Республике статуса партнера ШОС по "
                 "диалогу")
LAOS = f"Государства-члены с удовлетворением констатируют принятие {LAOS_DECISION.replace('решение', 'решения', 1)}."
ANNOUNCED = "Программа саммита будет согласована 25 июня в Батуми на встрече нацкоординаторов организации ГУАМ."
# session 8 (s8-docs): sentences of the articles added under «# s8-docs» in corpora/ru/dev/gold.tsv
BUDGET = "решение о бюджете организации на 2024 год"
ELLIPTICAL = f"{BUDGET}, а также о председательстве и проведении очередной сессии СКБ"
EDB = "Соглашение об учреждении Евразийского банка развития"
FIVE_LEADERS = ("Руководители России, Белоруссии, Казахстана, Киргизии и Таджикистана приняли положение об объединенном "
                "пресс-центре ОДКБ, решения о начальнике Объединенного штаба организации и о структуре штаба.")
CHIEF = "решение о начальнике Объединенного штаба организации"
SESSION = "Сессия Совета коллективной безопасности ОДКБ в Минске завершилась подписанием пакета документов."
FOUNDING = "29 мая 2014 года в Астане было подписано соглашение о создании ЕАЭС."
COUNTED_STRATEGIES = ("Высокие делегации стран СНГ приняли в том числе три стратегии развития содружества до "
                      "2035 года.")

WORDINGS = {
    # a ratifying body adopts; an untitled document its topic describes is one when adopted
    "adopts-ratified": ("Парламент Северной Македонии 11 февраля ратифицировал протокол о вступлении страны в НАТО.",
                        {("Парламент", "adopts", "протокол о вступлении страны в НАТО")}),
    "adopts-described-resolution": ("Генеральная Ассамблея ООН на заседании в среду приняла резолюцию с осуждением "
                                    "незаконных \"референдумов\", которые Россия устроила на территориях Украины.",
                                    {("Генеральная Ассамблея ООН", "adopts",
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
    # the participants of a gathering act as it: their summit's organization adopts
    "adopts-participants-of-summit": ("Участники саммита G20 в ЮАР утвердили совместную декларацию в начале "
                                      "мероприятий.", {("G20", "adopts", "совместная декларация")}),
    # a participial clause after a comma is no part of the document's name, and its agent proposes the document
    "proposes-initiated-document": (INITIATED, {("Совет Безопасности ООН", "adopts", RESOLUTION),
                                                ("Россия", "proposes", RESOLUTION)}),
    # the period a document covers is part of its name wherever the parser hung it
    "adopts-period-on-verb": ("Кроме того, на саммите утверждены Концепция военного сотрудничества государств СНГ "
                              "до 2030 года.",
                              {("организация", "adopts", "Концепция военного сотрудничества государств СНГ до 2030 года")}),
    # an untitled document described by a topic of its genitive names one when adopted
    "adopts-topic-of-genitive": ("Участники саммита также утвердили программу сотрудничества по противодействию "
                                 "терроризму и сепаратизму.",
                                 {("организация", "adopts",
                                   "программа сотрудничества по противодействию терроризму и сепаратизму")}),
    # a bare instrumental «статусом» hung on the verb is an endowment, not the capacity the signers act in
    "adopts-decision-on-endowing": ("Главы государств Содружества подписали решения об учреждении нового формата - "
                                    "\"СНГ плюс\" - и наделении ШОС статусом наблюдателя при СНГ.",
                                    {("Содружество", "adopts", "решения об учреждении нового формата")}),
    # support stated with the noun under a verb stating it, its object in the dative or the genitive
    "supports-stated-noun-dative": ("Президенты стран-членов ОДКБ еще раз подтвердили свою поддержку деятельности "
                                    "сопредседателей Минской группы.",
                                    {("ОДКБ", "supports", "деятельность сопредседателей Минской группы")}),
    "supports-stated-noun-genitive": ("Лидеры стран ОДКБ заявили о поддержке кандидатуры Таалатбека Масадыкова.",
                                      {("ОДКБ", "supports", "кандидатура Таалатбека Масадыкова")}),
    "supports-in-support-of": ("Москва выступила в поддержку заявки Турции на вступление в БРИКС.",
                               {("Москва", "supports", "заявка Турции на вступление в БРИКС")}),
    # the members of an organization together act as it
    "supports-members": ("Члены ОДКБ поддержали инициативу Белоруссии о проведении конференции.",
                         {("ОДКБ", "supports", "инициатива Белоруссии о проведении конференции")}),
    # a caseless abbreviation after the status noun, parsed an apposition or hung on «по диалогу», is the organization
    "observer-abbreviation-after-role": ("Туркменистан получил статус наблюдателя ОТГ.",
                                         {("Туркменистан", "observerOf", "ОТГ")}),
    "partner-abbreviation-after-dialogue": ("Камбоджа является партнером по диалогу ШОС с 2015 года.",
                                            {("Камбоджа", "dialoguePartnerOf", "ШОС")}),
    # unnamed leaders' signatures under a document are their organization's adoption
    "adopts-signatures-of-unnamed-leaders": ("Свои подписи под Хартией ШОС поставили главы шести государств.",
                                             {("организация", "adopts", "Хартия ШОС")}),
    # «мирное соглашение» names the meeting's peace agreement when signed
    "signs-peace-agreement": ("Премьер-министры Армении и Азербайджана подписали мирное соглашение 8 августа 2025 года "
                              "в Вашингтоне.", {("Армения", "signs", "мирное соглашение"),
                                                ("Азербайджан", "signs", "мирное соглашение")}),
    # a verb that opens a list itself has the items as its documents; «Это:» bridges a question to its list
    "adopts-list-after-verb": ("По итогам саммита ОТГ приняты:\n1. Габалинская декларация;\n2. Решение об укреплении "
                               "ТЮРКСОЙ.", {("организация", "adopts", "Габалинская декларация"),
                                            ("организация", "adopts", "Решение об укреплении ТЮРКСОЙ")}),
    "adopts-list-after-this-is": ("Какие документы приняты по итогам саммита Организации тюркских государств. Это:\n"
                                  "1. Будапештская декларация Организации тюркских государств.\n"
                                  "2. Заявление Совета глав государств по Афганистану.",
                                  {("Организация тюркских государств", "adopts",
                                    "Будапештская декларация Организации тюркских государств"),
                                   ("Организация тюркских государств", "adopts",
                                    "Заявление Совета глав государств по Афганистану")}),
    # a status granted with no organization named is one in the granting organization, a body's in its parent's
    "observer-granted-by-organization": ("Организация исламского сотрудничества предоставила России статус "
                                         "наблюдателя в 2005 году.",
                                         {("Россия", "observerOf", "Организация исламского сотрудничества")}),
    "partner-granted-by-body": ("Совет глав государств ШОС предоставил Камбодже статус партнера по диалогу.",
                                {("Камбоджа", "dialoguePartnerOf", "ШОС")}),
    # the recipient of a status granted by a nominalization is its other bare dependent, whatever its tagged case
    "partner-granted-nominalization": ("Государства-члены ШОС с удовлетворением отметили решение о присвоении Лаоса "
                                       "статуса партнера по диалогу.", {("Лаос", "dialoguePartnerOf", "организация")}),
    # founding: the organization parsed as a second subject after the verb
    "member-founding-list": ("Главы государств подписали протокол, в котором подчеркнули, что Азербайджанская "
                             "Республика, Республика Армения, Российская Федерация и Украина на равноправных "
                             "началах образуют Содружество Независимых Государств.",
                             {("Азербайджанская Республика", "memberOf", "Содружество Независимых Государств"),
                              ("Республика Армения", "memberOf", "Содружество Независимых Государств"),
                              ("Украина", "memberOf", "Содружество Независимых Государств")}),
    # session 8: a title adjective the parser hung on the verb (or tagged a place) begins the document's name
    "adopts-title-adjective-on-verb": ("Страны-участницы Азиатско-Тихоокеанского экономического сотрудничества (АТЭС) "
                                       "приняли Кенчжуйскую декларацию.",
                                       {("организация", "adopts", "Кенчжуйская декларация")}),
    "adopts-title-adjective-tagged-place": ("Принятое по итогам саммита Астанинское заявление о трансформации "
                                            "совещания запустило переговорный процесс.",
                                            {("организация", "adopts",
                                              "Астанинское заявление о трансформации совещания")}),
    # a document adopted or signed in the passive without an agent is the article's organization's
    "adopts-agentless-passive": (f"{SESSION} Кроме того, подписано {ELLIPTICAL}.", {("организация", "adopts", BUDGET)}),
    "adopts-agentless-passive-list": ("29 мая в онлайн-формате было проведено очередное заседание Совета глав "
                                      "правительств СНГ. По итогам обсуждения было принято 14 документов, в том "
                                      "числе, Заявление глав правительств государств-участников СНГ.",
                                      {("организация", "adopts", "Заявление глав правительств государств-участников СНГ")}),
    # a code in apposition is part of a document's name
    "supports-document-code": ("Словакия, Грузия и Армения выразили поддержку резолюции А/79/L./75, утвержденной в "
                               "рамках Организации Объединенных Наций.",
                               {(state, "supports", "резолюция А/79/L./75") for state in ("Словакия", "Грузия", "Армения")}),
    # a document its topic describes is one when signatures are put under it, each of a coordinated list
    "adopts-signatures-under-described": ("Лидеры пяти стран-членов организации поставили подписи под декларацией СКБ, а "
                                          "также под решением о мерах по развитию системы кризисного реагирования.",
                                          {("организация", "adopts", "декларация СКБ"),
                                           ("организация", "adopts",
                                            "решение о мерах по развитию системы кризисного реагирования")}),
    # «положение о …» is a document (a regulation)
    "adopts-regulation": ("Лидеры стран ОДКБ приняли положение об объединенном пресс-центре ОДКБ.",
                          {("ОДКБ", "adopts", "положение об объединенном пресс-центре ОДКБ")}),
    # the predicate noun of a bare copula states a status in the article's organization
    "observer-bare-copula": ("Наблюдателем на сегодня является Молдова.", {("Молдова", "observerOf", "организация")}),
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
    # the participle's clause hung on the noun before the document: neither that noun proposed nor the clause named
    "initiated-document-name": (INITIATED, {("Россия", "proposes", "ситуация в Украине"),
                                            ("Совет Безопасности ООН", "adopts", RESOLUTION + ", инициированную Россией")}),
    # an act announced for a date has not happened (a timed future of a state is decided: chairs)
    "adopts-announced-for-date": (ANNOUNCED, {("ГУАМ", "adopts", "Программа саммита")}),
    # the other members beside named ones are more of them, not their organization acting
    "supports-other-members": ("Нанесение ударов поддержали Катар, Саудовская Аравия и другие члены Совета "
                               "сотрудничества арабских государств Персидского залива.",
                               {("Совет сотрудничества арабских государств Персидского залива", "supports",
                                 "нанесение ударов")}),
    # plans, intentions and refusals adopt or sign nothing
    "adopts-planned": ("Декларацию Совета глав государств ШОС планируется принять на саммите.",
                       {("организация", "adopts", "Декларация Совета глав государств ШОС")}),
    "adopts-intended": ("Лидеры стран СНГ намерены утвердить Концепцию дальнейшего развития Содружества.",
                        {("СНГ", "adopts", "Концепция дальнейшего развития Содружества")}),
    "signs-refused": ("Армения отказалась подписать Декларацию Совета коллективной безопасности ОДКБ.",
                      {("Армения", "signs", "Декларация Совета коллективной безопасности ОДКБ")}),
    # «Государства-члены» tagged an organization's name (and singular) names no organization adopting
    "adopts-member-states-mistaken-name": (LAOS, {("Государства-члены", "adopts", LAOS_DECISION)}),
    # who receives support does not give it: only verbs stating support govern the noun
    "support-received": ("Россия получила поддержку идеи Китая о проведении форума.",
                         {("Россия", "supports", "идея Китая о проведении форума")}),
    # session 8: a counted plural is a set of documents, no document's name
    "adopts-counted-set": (COUNTED_STRATEGIES, {("СНГ", "adopts", "три стратегия развития содружества до 2035 года")}),
    # «…, а также о …» after a document's topic starts the next document of an elliptical list
    "document-name-elliptical-list": (f"Лидеры стран ОДКБ подписали {ELLIPTICAL}.", {("ОДКБ", "adopts", ELLIPTICAL)}),
    # the predicate noun of a copula placed elsewhere than in the present is no status
    "observer-at-elections": ("Наблюдателем на выборах является ОБСЕ.", {("ОБСЕ", "observerOf", "организация")}),
    # a state's own act, or a document between named parties, adopted in the passive is not the organization's
    "adopts-agentless-national-law": (f"{SESSION} Закон о ратификации протокола был принят 5 апреля.",
                                      {("организация", "adopts", "Закон о ратификации протокола")}),
    "adopts-agentless-between-parties": (f"{SESSION} Было подписано соглашение о сотрудничестве между Россией и Китаем.",
                                         {("организация", "adopts", "соглашение о сотрудничестве между Россией и Китаем")}),
    "adopts-agentless-with-agent": (f"{SESSION} {EDB} подписано Казахстаном и Россией в Астане.",
                                    {("организация", "adopts", EDB)}),
    # … nor one no gathering is told of before: its signers are named apart
    "adopts-agentless-no-gathering": (FOUNDING, {("организация", "adopts", "соглашение о создании ЕАЭС")}),
    # the unnamed leaders of several named states adopt as their organization, not as a group of their own
    "adopts-leaders-of-named-states": (FIVE_LEADERS, {("Руководители России, Белоруссии, Казахстана, Киргизии и "
                                                       "Таджикистана", "adopts", CHIEF)}),
    # … but two states' leaders are no organization
    "adopts-leaders-of-two-states": ("Лидеры России и Китая приняли совместное заявление.",
                                     {("организация", "adopts", "совместное заявление")}),
}

# the positive twin of each no-fact row: the same words where the fact is stated
TWINS = {
    "initiated-document-name": (INITIATED, {("Россия", "proposes", RESOLUTION)}),
    "adopts-announced-for-date": (ANNOUNCED.replace("будет", "была"), {("ГУАМ", "adopts", "Программа саммита")}),
    "adopts-member-states-mistaken-name": (LAOS, {("организация", "adopts", LAOS_DECISION)}),
    "adopts-planned": ("Декларацию Совета глав государств ШОС приняли на саммите.",
                       {("организация", "adopts", "Декларация Совета глав государств ШОС")}),
    "adopts-intended": ("Лидеры стран СНГ утвердили Концепцию дальнейшего развития Содружества.",
                        {("СНГ", "adopts", "Концепция дальнейшего развития Содружества")}),
    "signs-refused": ("Армения подписала Декларацию Совета коллективной безопасности ОДКБ.",
                      {("Армения", "signs", "Декларация Совета коллективной безопасности ОДКБ")}),
    "supports-other-members": ("Нанесение ударов поддержали члены Совета сотрудничества арабских государств "
                               "Персидского залива.",
                               {("Совет сотрудничества арабских государств Персидского залива", "supports",
                                 "нанесение ударов")}),
    "support-received": ("Россия выразила поддержку идее Китая о проведении форума.",
                         {("Россия", "supports", "идея Китая о проведении форума")}),
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
    "adopts-counted-set": ("Высокие делегации стран СНГ приняли Стратегию развития содружества до 2035 года.",
                           {("СНГ", "adopts", "Стратегия развития содружества до 2035 года")}),
    "document-name-elliptical-list": (f"Лидеры стран ОДКБ подписали {ELLIPTICAL}.", {("ОДКБ", "adopts", BUDGET)}),
    "observer-at-elections": ("Наблюдателем на сегодня является ОБСЕ.", {("ОБСЕ", "observerOf", "организация")}),
    "adopts-agentless-national-law": (f"{SESSION} Решение о ратификации протокола было принято 5 апреля.",
                                      {("организация", "adopts", "Решение о ратификации протокола")}),
    "adopts-agentless-between-parties": (f"{SESSION} Было подписано соглашение о сотрудничестве в области образования.",
                                         {("организация", "adopts", "соглашение о сотрудничестве в области образования")}),
    "adopts-agentless-with-agent": (f"{SESSION} {EDB} подписано в Астане.", {("организация", "adopts", EDB)}),
    "adopts-agentless-no-gathering": (f"Саммит ЕАЭС прошел в Астане. {FOUNDING}",
                                      {("организация", "adopts", "соглашение о создании ЕАЭС")}),
    "adopts-leaders-of-named-states": (FIVE_LEADERS, {("организация", "adopts", CHIEF),
                                                      ("организация", "adopts",
                                                       "положение об объединенном пресс-центре ОДКБ")}),
    "adopts-leaders-of-two-states": ("Лидеры России, Китая и Индии приняли совместное заявление.",
                                     {("организация", "adopts", "совместное заявление")}),
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
