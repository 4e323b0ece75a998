"""More ways news states statuses, signing, adoption, chairs, places and participants (issue 12,
session 5). Sentences composed after wordings of the domain corpus's dev split (corpora/ru/GUIDE.md);
each no-fact row is a wrong fact the rules once wrote, with its positive twin in `TWINS`.
"""
from __future__ import annotations

import pytest
from triples import table_tests, triple

UNNAMED_HEADS = ("Главы государств приняли решение об утверждении 6 февраля Днем памяти жертв катастрофы и "
                 "солидарности ОТГ.")
UNNAMED_HEADS_DECISION = "решение об утверждении 6 февраля Днем памяти жертв катастрофы и солидарности ОТГ"

WORDINGS = {
    # a gerund's subject is its clause's subject
    "converb-speaking": ("Выступая на саммите ШОС в Астане, Путин заявил о важности сотрудничества.",
                         {("Путин", "participatesIn", "саммит ШОС в Астане")}),
    # «силы» has no singular in this sense: the plural still names one body of the organization
    "plural-forces-body": ("Коллективные силы оперативного реагирования ОДКБ провели учения.",
                           {("Коллективные силы оперативного реагирования ОДКБ", "subOrganizationOf", "ОДКБ")}),
    # observerOf: «в качестве» parsed as one compound preposition; a list hung on the role noun's
    # «при …» dependent; a plural pronoun standing for the list of the sentence before
    "observer-in-capacity": ("В качестве наблюдателей в саммите участвовали Иран и Монголия.",
                             {("Иран", "observerOf", "организация"), ("Монголия", "observerOf", "организация"),
                              ("Иран", "participatesIn", "саммит")}),
    "observer-capacity-with-organization": ("Белоруссия участвовала в ШОС в качестве наблюдателя с 2015 года.",
                                            {("Белоруссия", "observerOf", "ШОС")}),
    "observer-list-after-dash": ("Наблюдатели при ЕАЭС — Куба, Узбекистан и Иран.",
                                 {("Куба", "observerOf", "ЕАЭС"), ("Иран", "observerOf", "ЕАЭС")}),
    "observer-plural-pronoun": ("На саммите присутствовали руководители делегаций Индии, Ирана, Монголии и "
                                "Пакистана. Они имеют статус наблюдателей.",
                                {("Индия", "observerOf", "организация"), ("Пакистан", "observerOf", "организация")}),
    "partner-granted-nominal": ("Саммит одобрил предоставление Египту статуса партнера по диалогу.",
                                {("Египет", "dialoguePartnerOf", "организация")}),
    # signs: a passive with an instrumental group whose document the parser split from its topic
    "signs-passive-heads": ("Договор о Евразийском экономическом союзе был подписан 29 мая 2014 года президентами "
                            "России, Белоруссии и Казахстана.",
                            {("Россия", "signs", "Договор о Евразийском экономическом союзе"),
                             ("Казахстан", "signs", "Договор о Евразийском экономическом союзе")}),
    "signs-law": ("Президент Финляндии Саули Ниинистё на заседании правительства подписал закон о вступлении "
                  "страны в НАТО.",
                  {("Саули Ниинистё", "signs", "закон о вступлении страны в НАТО")}),
    "signs-law-dated": ("Президент Финляндии Саули Ниинистё подписал закон о вступлении Финляндии в НАТО 27 сентября.",
                        {("Саули Ниинистё", "signs", "закон о вступлении Финляндии в НАТО")}),
    "signs-joint-statement": ("По итогам переговоров Путин и Токаев подписали совместное заявление.",
                              {("Путин", "signs", "совместное заявление"),
                               ("Токаев", "signs", "совместное заявление")}),
    # adopts: the final declaration of a meeting, guidelines of a union
    "adopts-final-declaration": ("Министры иностранных дел стран — членов ШОС утвердили итоговую декларацию.",
                                 {("ШОС", "adopts", "итоговая декларация")}),
    "adopts-guidelines": ("Главы государств ЕАЭС утвердили основные ориентиры макроэкономической политики "
                          "государств ЕАЭС на 2022–2023 годы.",
                          {("ЕАЭС", "adopts",
                            "основные ориентиры макроэкономической политики государств ЕАЭС на 2022–2023 годы")}),
    "adopts-two-resolutions": ("В ходе саммита главы государств-членов ШОС подписали резолюцию о предоставлении "
                               "Афганистану статуса наблюдателя при организации, резолюцию о предоставлении Турции "
                               "статуса партнера по диалогу.",
                               {("ШОС", "adopts",
                                 "резолюция о предоставлении Афганистану статуса наблюдателя при организации")}),
    # chairs: a participle agreeing with the genitive, «эстафета», a place on the governing noun
    "chairs-participle-genitive": ("Президент Казахстана, председательствующего в СНГ, выступил с речью.",
                                   {("Казахстан", "chairs", "СНГ")}),
    # a rotation announced in the future is decided (frames.yml chairmanship `future`)
    "chairs-future-rotation": ("Туркменистан, к которому перейдет председательство в СНГ в 2019 году, примет гостей.",
                               {("Туркменистан", "chairs", "СНГ")}),
    "chairs-relay": ("Эстафету председательства в ШОС принимает Киргизия.", {("Киргизия", "chairs", "ШОС")}),
    "chairs-state-adjective": ("Путин рассказал о приоритетах российского председательства в АТЭС в 2012 году.",
                               {("российский", "chairs", "АТЭС")}),
    "chairs-handover": ("Белоруссия передала председательство в ОДКБ Казахстану.",
                        {("Белоруссия", "chairs", "ОДКБ"), ("Казахстан", "chairs", "ОДКБ")}),
    "chairs-chairing-country": ("Казахстан — председательствующая страна в ОДКБ.", {("Казахстан", "chairs", "ОДКБ")}),
    "chairs-state-heads-body": ("Россия возглавляет Совет Безопасности ООН в октябре.",
                                {("Россия", "chairs", "Совет Безопасности ООН")}),
    # the subject of a supporting verb is a member all the same (what it supports is only a cause)
    "member-supporting": ("Нанесение ударов поддержали Катар, Саудовская Аравия и другие члены Совета "
                          "сотрудничества арабских государств Персидского залива.",
                          {("Катар", "memberOf", "Совет сотрудничества арабских государств Персидского залива")}),
    # hosts: the capital named after its state, a place beside the event in the verb's clause
    "hosts-capital-of": ("Встреча проходит в столице Лаоса Вьентьяне.", {("Вьентьян", "hosts", "Встреча")}),
    "hosts-beside-event": ("Сергей Лебедев был переизбран в пятницу в Душанбе на саммите глав государств "
                           "Содружества.",
                           {("Душанбе", "hosts", "саммит глав государств Содружества")}),
    # participatesIn: an elliptical list of titles, states of a described group, a name before «/»
    "participants-elliptical": ("В Бишкеке проходит заседание совета глав правительств СНГ. В мероприятии принимают "
                                "участие премьер-министр России Дмитрий Медведев, Казахстана – Карим Мсимов, "
                                "Молдавии – Павел Филип.",
                                {("Карим Мсимов", "participatesIn", "мероприятие"),
                                 ("Павел Филип", "participatesIn", "мероприятие")}),
    "participants-states-included": ("На заключительный третий день состоялись встречи в формате «аутрич»/«БРИКС "
                                     "плюс», где приняли участие лидеры "
                                     "стран, заинтересованных в сотрудничестве с БРИКС, включая Азербайджан, "
                                     "Армению и Беларусь.",
                                     {("Азербайджан", "participatesIn", "встречи в формате «аутрич»"),
                                      ("Беларусь", "participatesIn", "встречи в формате «аутрич»")}),
    # «где» in a clause whose verb takes its partner with «с»: the partner is the named one
    "meeting-in-a-where-clause": ("Переговоры прошли в России, где Лукашенко встретился с Путиным.",
                                  {("Лукашенко", "meetsWith", "Путин")}),
}

# wrong facts the rules once wrote: (text, the triples it must not give)
NO_FACTS = {
    # what a modal verb governs is only possible (twin: the meeting as the verb's occasion, «на заседании»)
    "hosts-under-modal": ("Министры обсудили проведение заседания Совета министров иностранных дел ШОС в Душанбе.",
                          {("Душанбе", "hosts", "заседание Совета министров иностранных дел ШОС в Душанбе")}),
    # a condition is no rotation (twin: the same clause without «если»)
    "chairs-conditional": ("Если председательство в СНГ перейдет к Туркменистану, саммит пройдет в Ашхабаде.",
                           {("Туркменистан", "chairs", "СНГ")}),
    "member-in-capacity": ("В организацию в качестве наблюдателей входят Афганистан и Монголия.",
                           {("Афганистан", "memberOf", "организация"), ("Монголия", "memberOf", "организация")}),
    "chairs-wished": ("Лукашенко пожелал Путину успешного председательства в ОДКБ в 2026 году.",
                      {("Лукашенко", "chairs", "ОДКБ")}),
    "document-inclusion": ("Путин и Лукашенко подписали ряд документов, в том числе Соглашение о взаимном "
                           "признании виз.",
                           {("Лукашенко", "signs", "в том числе Соглашение о взаимном признании виз")}),
    "adopts-states-of-list": ("Государства НАТО и Евросоюза превращают эту организацию в инструмент политики. "
                              "25 февраля они приняли решение о приостановке представительства России в Совете "
                              "Европы.",
                              {("НАТО", "adopts", "решение о приостановке представительства России в Совете Европы"),
                               ("Евросоюз", "adopts",
                                "решение о приостановке представительства России в Совете Европы")}),
    "chairs-president-not-state": ("Президент Казахстана, председательствующего в СНГ, выступил с речью.",
                                   {("президент казахстана", "chairs", "СНГ")}),
    "member-supported-accession": ("Председатель КНР Си Цзиньпин заявил, что поддерживает присоединение "
                                   "Азербайджана к ШОС в качестве постоянного члена.",
                                   {("Азербайджан", "memberOf", "ШОС")}),
    "hosts-announced-beside-event": ("Программа саммита будет согласована 25 июня в Батуми на встрече "
                                     "нацкоординаторов организации.",
                                     {("Батуми", "hosts", "встреча нацкоординаторов организации")}),
    # a coordinated verb with a subject of its own does not take the first verb's
    "member-own-subject-of-coordinated-verb": ("Египет подписал соглашение, а делегация вступила в БРИКС.",
                                               {("Египет", "memberOf", "БРИКС")}),
    # a state's title alone belongs to the state only when its clause names exactly one
    "works-for-one-of-two-states": ("Россию и Белоруссию на форуме представляет глава МИД Сергей Лавров.",
                                    {("Сергей Лавров", "worksFor", "Россия"),
                                     ("Сергей Лавров", "worksFor", "Белоруссия")}),
    # a title word that ends an organization's name is no title of the person after it
    "title-word-ending-an-organization": ("Сотрудник Управления делами президента Иван Петров сообщил о закупке.",
                                          {("Иван Петров", "holdsPosition", "президент")}),
    # unnamed heads of unnamed states stand for the article's organization, not for themselves
    "adopts-unnamed-heads": (UNNAMED_HEADS,
                             {("Главы государств", "adopts", UNNAMED_HEADS_DECISION)}),
    # «где» stands for a place or an event only in a role taken with «в»/«на»; with «с» (meeting,
    # cooperation) its antecedent is no partner (mutant tree.x_prepositional__mutmut_23)
    "where-is-no-partner": ("Переговоры прошли в России, где Лукашенко встретился с Путиным.",
                            {("Лукашенко", "meetsWith", "Россия")}),
    "where-is-no-cooperation-partner": ("Саммит прошел в Китае, где Россия сотрудничает с Индией.",
                                        {("Россия", "cooperatesWith", "Китай")}),
    # a singular relative on the last of two coordinated names stands for that name only, not for the
    # name it is coordinated with (mutant antecedents.antecedents_14 took the head of every antecedent)
    "singular-relative-on-the-last-of-two": ("Россия и Китай, который вступил в ШОС, подписали договор.",
                                             {("Россия", "memberOf", "ШОС")}),
}

# the positive twin of each no-fact row: the same words where the fact is stated
TWINS = {
    "hosts-under-modal": ("Министры на заседании Совета министров иностранных дел ШОС в Душанбе обсудили положение "
                          "в Афганистане.",
                          {("Душанбе", "hosts", "заседание Совета министров иностранных дел ШОС в Душанбе")}),
    "chairs-conditional": ("Председательство в СНГ перейдет к Туркменистану, саммит пройдет в Ашхабаде.",
                           {("Туркменистан", "chairs", "СНГ")}),
    "member-in-capacity": ("В организацию входят Афганистан и Монголия.",
                           {("Афганистан", "memberOf", "организация"), ("Монголия", "memberOf", "организация")}),
    "chairs-wished": ("Лукашенко принял председательство в ОДКБ в 2026 году.", {("Лукашенко", "chairs", "ОДКБ")}),
    "document-inclusion": ("Путин и Лукашенко подписали ряд документов, в том числе Соглашение о взаимном "
                           "признании виз.",
                           {("Лукашенко", "signs", "Соглашение о взаимном признании виз")}),
    "adopts-states-of-list": ("25 февраля НАТО и Евросоюз приняли решение о приостановке представительства России в "
                              "Совете Европы.",
                              {("НАТО", "adopts", "решение о приостановке представительства России в Совете Европы")}),
    "chairs-president-not-state": ("Казахстан, председательствующий в СНГ, провел саммит.",
                                   {("Казахстан", "chairs", "СНГ")}),
    "adopts-unnamed-heads": (UNNAMED_HEADS,
                             {("организация", "adopts", UNNAMED_HEADS_DECISION)}),
    "hosts-announced-beside-event": ("Программа саммита была согласована 25 июня в Батуми на встрече "
                                     "нацкоординаторов организации.",
                                     {("Батуми", "hosts", "встреча нацкоординаторов организации")}),
    "member-own-subject-of-coordinated-verb": ("Египет подписал соглашение и вступил в БРИКС.",
                                               {("Египет", "memberOf", "БРИКС")}),
    "works-for-one-of-two-states": ("Россию на форуме представляет глава МИД Сергей Лавров.",
                                    {("Сергей Лавров", "worksFor", "Россия")}),
    "title-word-ending-an-organization": ("Сотрудник Управления делами, президент Иван Петров, сообщил о закупке.",
                                          {("Иван Петров", "holdsPosition", "президент")}),
    "member-supported-accession": ("В 2025 году состоялось присоединение Азербайджана к ШОС в качестве "
                                   "постоянного члена.",
                                   {("Азербайджан", "memberOf", "ШОС")}),
    # the same «где» in a role taken with «на» stands for its antecedent
    "where-is-no-partner": ("Переговоры прошли на саммите ШОС, где приняли участие Лукашенко и Путин.",
                            {("Лукашенко", "participatesIn", "саммит ШОС")}),
    "where-is-no-cooperation-partner": ("Переговоры прошли на саммите ШОС, где приняли участие Россия и Индия.",
                                        {("Россия", "participatesIn", "саммит ШОС")}),
    # the plural relative stands for both names
    "singular-relative-on-the-last-of-two": ("Россия и Китай, которые вступили в ШОС, подписали договор.",
                                             {("Россия", "memberOf", "ШОС"), ("Китай", "memberOf", "ШОС")}),
}


test_wording_gives_the_facts, test_wrong_fact_is_not_written, test_positive_twin_gives_the_fact = table_tests(
    WORDINGS, NO_FACTS, TWINS)



DOCUMENT_LABELS = {"Document", "Declaration", "Agreement"}
# a descriptive phrase («совместное заявление») names a document only when it is what is adopted or signed
DESCRIBED_DOCUMENTS = [
    ("Трамп и Путин сделали совместное заявление к 75-летию встречи на Эльбе.", False),
    ("Трамп и Путин подписали совместное заявление к 75-летию встречи на Эльбе.", True),
    ("Об этом говорится в совместном заявлении.", False),
    ("Министры утвердили итоговую декларацию.", True),
]


@pytest.mark.parametrize("text, named", DESCRIBED_DOCUMENTS)
def test_described_document_is_a_mention_when_adopted(read, text, named):
    found = {m.text.split()[0].lower() for m in read(text).mentions if m.label in DOCUMENT_LABELS}
    assert bool(found & {"совместное", "совместном", "итоговую"}) is named


@pytest.mark.parametrize("published, written", [
    # history told in the future: the clause's year is before the article's (twin: after it, a plan)
    ("2025-12-21", True),
    ("1993-01-15", False),
])
def test_a_future_dated_before_the_article_is_history(read, published, written):
    text = "Грузия присоединится к СНГ в 1993 году."
    facts = {triple(c) for c in read(text, published=published).candidates}
    assert (("Грузия", "memberOf", "СНГ") in facts) is written
