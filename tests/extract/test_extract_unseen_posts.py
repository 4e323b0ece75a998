"""Posts stated by constructions that new articles used (issue 12, session 9): a pronoun or a
coordinated predicate standing for the person named before, a participial clause the parser hung on
the main verb, an appointment with the name after the post, a portfolio listed with commas and a
post's «по …» topic. Sentences from the domain corpus's dev split (the `# s9-posts` articles) and
paraphrases; each no-fact row is a wrong fact a careless move would write, its positive twin in `TWINS`.
"""
from __future__ import annotations

import pytest
from triples import table_tests

KUZNETSOV = ("Генеральный секретарь ООН Пан Ги Мун назначил главой информационного центра Всемирной организации в "
             "Москве Владимира Кузнецова, сообщает РИА «Новости».")
MISTURA = "Стаффан де Мистура ранее занимал посты в различных структурах ООН"

WORDINGS = {
    # a personal pronoun stands for the person named last before it
    "pronoun-holder": (MISTURA + ". В настоящее время он является президентом Европейского института мира.",
                       {("Стаффан де Мистура", "holdsPosition", "президент Европейского института мира"),
                        ("Стаффан де Мистура", "headOf", "Европейский институт мира")}),
    # the person appointed, not the one who appoints («назначил … Кузнецова. … он был …»)
    "pronoun-after-appointee": (KUZNETSOV + " С 1999 по 2008 годы он был заместителем директора департамента "
                                "информации и печати МИД РФ.",
                                {("Владимир Кузнецов", "holdsPosition",
                                  "заместитель директора департамента информации и печати МИД РФ")}),
    # the subject before, not the last name («сменил … Иванова»)
    "pronoun-subject-first": ("Сергей Лавров сменил на посту министра Игоря Иванова. Ранее он был постоянным "
                              "представителем России при ООН.",
                              {("Сергей Лавров", "holdsPosition", "постоянный представитель России при ООН")}),
    # a predicate coordinated with the one before shares its subject
    "coordinated-predicate": (MISTURA + ", а так же был заместителем главы МИД Италии.",
                              {("Стаффан де Мистура", "holdsPosition", "заместитель главы МИД Италии"),
                               ("Стаффан де Мистура", "worksFor", "МИД Италии")}),
    # a pronoun after a predicative title stands for the person, not the title
    "pronoun-after-predicative-title": (MISTURA + ", а так же был заместителем главы МИД Италии. Кроме этого, он "
                                        "возглавлял Миссию ООН по содействию Афганистану.",
                                        {("Стаффан де Мистура", "headOf", "Миссия ООН по содействию Афганистану")}),
    # a participial clause hung on the main verb describes the subject it agrees with
    "participle-on-main-verb": ("Напомним, Заньер, с 2002 по 2006 год являвшийся главой центра ОБСЕ по предотвращению "
                                "конфликтов, с 2008 года занимал пост спецпредставителя ООН в Косово.",
                                {("Заньер", "holdsPosition",
                                  "глава центра ОБСЕ по предотвращению конфликтов"),
                                 ("Заньер", "headOf", "центр ОБСЕ по предотвращению конфликтов")}),
    "participle-leadership-verb": ("Сергей Лебедев, до сих пор возглавлявший Службу внешней разведки, утвержден "
                                   "исполнительным секретарем СНГ.",
                                   {("Сергей Лебедев", "headOf", "Служба внешней разведки"),
                                    ("Сергей Лебедев", "holdsPosition", "исполнительный секретарь СНГ")}),
    # «назначить Y-ом X-а» with the object after the post, hung inside the post's phrase
    "object-after-post": (KUZNETSOV,
                          {("Владимир Кузнецов", "holdsPosition", "глава информационного центра Всемирной организации"),
                           ("Владимир Кузнецов", "headOf", "информационный центр Всемирной организации")}),
    # a clause «что …» with no subject of its own is said of the subject of the verb it depends on
    "complement-clause-subject": ("Сергей Лавров заявил о том, что покидает пост главы МИД России.",
                                  {("Сергей Лавров", "holdsPosition", "глава МИД России"),
                                   ("Сергей Лавров", "headOf", "МИД России")}),
    # a name whose first word the NER took for a common noun («пан») starts at that word
    "name-with-leading-word": ("Генеральный секретарь ООН Пан Ги Мун официально объявил в четверг о назначении "
                               "итальянского дипломата.",
                               {("Пан Ги Мун", "holdsPosition", "генеральный секретарь ООН"),
                                ("Пан Ги Мун", "headOf", "ООН")}),
    # an envoy's title: the post is the envoy's, the secretary-general's title inside it
    "envoy-title": ("На саммит прибыли специальный посланник генерального секретаря ООН по Сирии Стаффан де Мистура и "
                    "другие гости.",
                    {("Стаффан де Мистура", "holdsPosition", "специальный посланник генерального секретаря ООН по Сирии"),
                     ("Стаффан де Мистура", "worksFor", "ООН")}),
    # twins: a genitive title with its name in the genitive; a title after a comma in the name's case
    "genitive-title-apposition": ("Визит президента России Владимира Путина в Китай начался в понедельник.",
                                  {("Владимир Путин", "holdsPosition", "президент России")}),
    "apposition-after-comma": ("Заявление сделал Йенс Столтенберг, генеральный секретарь НАТО.",
                               {("Йенс Столтенберг", "holdsPosition", "генеральный секретарь НАТО")}),
    # a main clause without a subject goes on about the subject of the sentence before (session 15)
    "dropped-subject": ("Генсеком ОДКБ стал Андрей Сердюков. В 2007 году стал зампредом комитета Госдумы по "
                        "безопасности.",
                        {("Андрей Сердюков", "holdsPosition", "зампред комитета Госдумы по безопасности")}),
    # a portfolio listed with commas is one post
    "portfolio-with-commas": ("Подписи поставили: Министр промышленности, рудников и торговли Исламской Республики Иран "
                              "Аббас Али-Абади.",
                              {("Аббас Али-Абади", "holdsPosition",
                                "министр промышленности, рудников и торговли Исламской Республики Иран"),
                               ("Аббас Али-Абади", "worksFor", "Исламская Республика Иран")}),
}

NO_FACTS = {
    # no named person before the pronoun: nobody holds the post
    "pronoun-without-name": ("Пресс-служба сообщила об этом в пятницу. Он является президентом клуба.",
                             {("Он", "holdsPosition", "президент клуба")}),
    # a «по …» phrase hung on the verb is not the post's
    "topic-on-the-verb": ("Глава МИД России Сергей Лавров по итогам переговоров заявил о прогрессе.",
                          {("Сергей Лавров", "holdsPosition", "глава МИД России по итогам переговоров")}),
    # a name after the speech verb is not the appointee
    "name-after-speech-verb": ("Совет назначил главой комиссии представителя Казахстана, сообщил Иван Петров. "
                               "Петров не назвал имени.",
                               {("Иван Петров", "holdsPosition", "глава комиссии")}),
    # a clause with a subject of its own is not said of the speaker
    "complement-clause-own-subject": ("Сергей Лавров заявил, что Антониу Гутерреш покидает пост генсека ООН.",
                                      {("Сергей Лавров", "holdsPosition", "генсек ООН"),
                                       ("Сергей Лавров", "headOf", "ООН")}),
    # a title in the genitive of a person noun says whose that person is
    "title-of-another-person": ("На саммит прибыл эмиссар генерального секретаря ООН Стаффан де Мистура.",
                                {("Стаффан де Мистура", "holdsPosition", "генеральный секретарь ООН"),
                                 ("Стаффан де Мистура", "headOf", "ООН")}),
    # a name in the accusative after a genitive title is the object of the verb after it
    "object-of-later-verb": ("В мае 2004 года после вступления в должность избранного на следующий срок президента "
                             "России Лаврова вновь назначили на данную должность.",
                             {("Лавров", "holdsPosition", "президент России"), ("Лаврова", "holdsPosition",
                                                                               "президент России"),
                              ("Лавров", "headOf", "Россия"), ("Лаврова", "headOf", "Россия")}),
    # a title in the instrumental after a comma is the predicate of the next clause, not an apposition
    "predicate-after-comma": ("Новые назначения получили и другие: представителем по свободе СМИ стал экс-госсекретарь "
                              "Франции по европейской политике Гарлем Дезир, главой бюро по демократическим институтам "
                              "и правам человека избран бывший министр иностранных дел Исландии Ингеборга Солрун "
                              "Гисладоттир.",
                              {("Гарлем Дезир", "holdsPosition", "глава ОБСЕ"), ("Гарлем Дезир", "headOf", "ОБСЕ")}),
    # a clause without a subject goes on about the main clause's subject, not a name in a clause under it
    "dropped-subject-not-subordinate": ("Также Лавров был назначен заново в мае 2008 года, когда в должность президента "
                                        "РФ вступил Дмитрий Медведев. В мае 2012 года был назначен главой МИД России.",
                                        {("Дмитрий Медведев", "holdsPosition", "глава МИД России")}),
    # a comma before a title in the nominative ends the portfolio
    "comma-before-title": ("Министр обороны, генерал армии Сергей Шойгу прибыл в Минск.",
                           {("Сергей Шойгу", "holdsPosition", "министр обороны, генерал армии")}),
}

TWINS = {
    "pronoun-without-name": WORDINGS["pronoun-holder"],
    "topic-on-the-verb": WORDINGS["participle-on-main-verb"],
    "name-after-speech-verb": WORDINGS["object-after-post"],
    "comma-before-title": WORDINGS["portfolio-with-commas"],
    "dropped-subject-not-subordinate": WORDINGS["dropped-subject"],
    "title-of-another-person": WORDINGS["name-with-leading-word"],
    "complement-clause-own-subject": WORDINGS["complement-clause-subject"],
    "object-of-later-verb": WORDINGS["genitive-title-apposition"],
    "predicate-after-comma": WORDINGS["apposition-after-comma"],
}

test_wording_gives_the_facts, test_wrong_fact_is_not_written, test_positive_twin_gives_the_fact = \
    table_tests(WORDINGS, NO_FACTS, TWINS)


@pytest.mark.parametrize("text, post, expected", [
    # the end of a range the parser hung on its start
    ("С 1999 по 2008 годы Сергей Лавров был заместителем директора департамента информации и печати МИД РФ.",
     "заместитель директора департамента информации и печати МИД РФ", {"validFrom": "1999", "validUntil": "2008"}),
    # a bare «должность» after the title dates the holding of the title's holder (session 15)
    ("Новым генеральным секретарем ОБСЕ избран Марк Перрэн де Бришамбо. Он вступает в должность 10 июня 2005 года.",
     "генеральный секретарь ОБСЕ", {"validFrom": "2005-06-10"}),
    # a start alone stays a start
    ("С 2008 года Сергей Лавров был заместителем директора департамента информации и печати МИД РФ.",
     "заместитель директора департамента информации и печати МИД РФ", {"validFrom": "2008"}),
])
def test_tenure_of_a_post(read, text, post, expected):
    held = [c for c in read(text).candidates if c.predicate == "holdsPosition" and c.object.normal == post]
    assert expected in [{name: value.lexical for name, value in c.qualifiers} for c in held]


@pytest.mark.parametrize("text, holder", [
    # a bare post noun under another person's verb says nothing of the title's holder (twin: the
    # «Он вступает в должность» row of test_tenure_of_a_post)
    ("Новым генеральным секретарем ОБСЕ избран Марк Перрэн де Бришамбо. Иван Петров вступает в должность 10 июня "
     "2005 года.", "Иван Петров"),
])
def test_bare_post_dates_only_its_holder(read, text, holder):
    held = [c for c in read(text).candidates if c.predicate == "holdsPosition"]
    assert held and not any(c.subject.normal == holder or c.qualifiers for c in held)
