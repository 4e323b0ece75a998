"""Posts on sentences of the domain corpus (corpora/ru/dev) and paraphrases of them: who holds
which post, what they head and whom they work for (corpora/ru/GUIDE.md §4)."""
from __future__ import annotations

import pytest
from triples import triple


def facts(read, text: str) -> set[tuple[str, str, str]]:
    return {triple(c) for c in read(text).candidates if c.provenance.extractor == "titles"}


@pytest.mark.parametrize("text, expected", [
    # a body and its state: the head of a state's ministry works for the state
    ("Глава МИД Египта Набиль аль-Араби избран новым генсеком Лиги арабских государств.",
     {("Набиль аль-Араби", "holdsPosition", "глава МИД Египта"), ("Набиль аль-Араби", "headOf", "МИД Египта"),
      ("Набиль аль-Араби", "worksFor", "Египет")}),
    # ... anyone else in it works for the body
    ("Об этом сообщила официальный представитель МИД России Мария Захарова.",
     {("Мария Захарова", "holdsPosition", "официальный представитель МИД России"),
      ("Мария Захарова", "worksFor", "МИД России")}),
    # a portfolio is no body: the minister works for the state
    ("Министр иностранных дел России Сергей Лавров провел переговоры.",
     {("Сергей Лавров", "holdsPosition", "министр иностранных дел России"), ("Сергей Лавров", "worksFor", "Россия")}),
    # a title inside another person's title is part of the post, not the holder's post
    ("По словам помощника президента РФ Юрия Ушакова, Владимир Путин начнет свое участие в форуме.",
     {("Юрий Ушаков", "holdsPosition", "помощник президента РФ"), ("Юрий Ушаков", "worksFor", "РФ")}),
    # a respective list: one post per state, in order
    ("Главы МИД РФ, КНР и Белоруссии Сергей Лавров, Ван И, Максим Рыженков провели встречу.",
     {("Ван И", "holdsPosition", "глава МИД КНР"), ("Ван И", "worksFor", "КНР"),
      ("Максим Рыженков", "holdsPosition", "глава МИД Белоруссии"), ("Сергей Лавров", "holdsPosition", "глава МИД РФ")}),
    # a complement belongs to the post
    ("Посол по особым поручениям МИД России Марат Бердыев в августе говорил об этом.",
     {("Марат Бердыев", "holdsPosition", "посол по особым поручениям МИД России"),
      ("Марат Бердыев", "worksFor", "МИД России")}),
    # a premier heads a state's council, not the state
    ("Премьер Государственного Совета Китайской Народной Республики Ли Кэцян прибыл в Ташкент.",
     {("Ли Кэцян", "headOf", "Государственный Совет Китайской Народной Республики")}),
    # the post of a clause: instrumental under an appointment verb or a copula
    ("Урсула фон дер Ляйен избрана председателем Европейской комиссии.",
     {("Урсула фон дер Ляйен", "holdsPosition", "председатель Европейской комиссии"),
      ("Урсула фон дер Ляйен", "headOf", "Европейская комиссия")}),
    # ... a genitive under a post noun
    ("Ранее пост генсека ООН занимал Ги Мун из Южной Кореи.",
     {("Ги Мун", "holdsPosition", "генсек ООН"), ("Ги Мун", "headOf", "ООН")}),
    # a title's state from its sentence
    ("Россию на форуме представляет глава МИД Сергей Лавров.",
     {("Сергей Лавров", "worksFor", "Россия"), ("Сергей Лавров", "holdsPosition", "глава МИД Россия")}),
    # «который» refers to the name before the comma, however the parser hangs the clause
    ("Результаты подведут Владимир Путин, а также премьер-министр Лаоса Тхонглун Сисулит, который в этом году "
     "является председателем АСЕАН.",
     {("Тхонглун Сисулит", "holdsPosition", "председатель АСЕАН"), ("Тхонглун Сисулит", "headOf", "АСЕАН"),
      ("Тхонглун Сисулит", "holdsPosition", "премьер-министр Лаоса")}),
    # an infinitive's holder is its governor's subject; «исполнять обязанности» is the acting post
    ("До этого момента исполнять обязанности генсека ОИС будет Экмеледдин Ихсаноглу.",
     {("Экмеледдин Ихсаноглу", "holdsPosition", "исполняющий обязанности генсека ОИС"),
      ("Экмеледдин Ихсаноглу", "headOf", "ОИС")}),
    ("В настоящее время Л.Кучма исполняет обязанности председателя Совета СНГ.",
     {("Л.Кучма", "holdsPosition", "исполняющий обязанности председателя Совета СНГ")}),
    # «и.о.» before a title
    ("Генеральным секретарем ОДКБ со 2 мая 2017 года назначен Юрий Хачатуров, заявил и.о. генсека ОДКБ Валерий Семериков.",
     {("Юрий Хачатуров", "holdsPosition", "генеральный секретарь ОДКБ"),
      ("Валерий Семериков", "holdsPosition", "и.о. генсека ОДКБ")}),
    # who is replaced held the post, whatever the sentence's modality
    ("На посту руководителя ЮНЕСКО Бокова должна сменить японца Кэяиро Мацуре.",
     {("Кэяиро Мацуре", "holdsPosition", "руководитель ЮНЕСКО"), ("Кэяиро Мацуре", "headOf", "ЮНЕСКО")}),
    # an honorific between the title and the name
    # ... and a noun for the article's organization
    ("Семь стран подписали протоколы о вступлении в НАТО. Генеральный секретарь организации лорд Робертсон "
     "заявил, что процесс займет год.",
     {("Робертсон", "holdsPosition", "генеральный секретарь НАТО"), ("Робертсон", "headOf", "НАТО")}),
    # a state adjective before a body: the body is the state's
    ("Встреча прошла у главы российского МИД Сергея Лаврова в Маниле, где открылось посольство России.",
     {("Сергей Лавров", "headOf", "МИД России"), ("Сергей Лавров", "worksFor", "российский")}),
    # an international organization's organ is the workplace of its head
    ("Президент Генассамблеи ООН Волкан Бозкыр поздравил избранные страны.",
     {("Волкан Бозкыр", "headOf", "Генассамблея ООН"), ("Волкан Бозкыр", "worksFor", "Генассамблея ООН")}),
    # two genitives joined by «и» are one portfolio
    ("Бывший министр культуры и информации Саудовской Аравии Ияд Мадани избран генсеком.",
     {("Ияд Мадани", "holdsPosition", "министр культуры и информации Саудовской Аравии"),
      ("Ияд Мадани", "worksFor", "Саудовская Аравия")}),
    # elliptical lists: the same post of each state named next
    ("В мероприятии принимают участие премьер-министр России Дмитрий Медведев, Казахстана – Карим Мсимов, "
     "Молдавии – Павел Филип и Киргизии – Сооронбай Жээнбеков.",
     {("Карим Мсимов", "holdsPosition", "премьер-министр Казахстана"), ("Карим Мсимов", "worksFor", "Казахстан"),
      ("Сооронбай Жээнбеков", "holdsPosition", "премьер-министр Киргизии")}),
    ("В Баку прибыли президенты Грузии Михаил Саакашвили и Украины Виктор Ющенко.",
     {("Михаил Саакашвили", "headOf", "Грузия"), ("Виктор Ющенко", "headOf", "Украина"),
      ("Виктор Ющенко", "holdsPosition", "президент Украины")}),
    # a state title alone takes the one state of its clause
    ("Армению представляет вице-премьер Ваче Габриелян, Узбекистан – первый зампред правительства Рустам Азимов.",
     {("Ваче Габриелян", "worksFor", "Армения"), ("Рустам Азимов", "holdsPosition", "первый зампред правительства Узбекистан")}),
    # «страны» stands for the state named before
    ("Чехия вступила в ЕС. Однако президент страны Вацлав Клаус, являющийся евроскептиком, против.",
     {("Вацлав Клаус", "headOf", "Чехия"), ("Вацлав Клаус", "worksFor", "Чехия")}),
    # a post named by a demonstrative or a pronoun is the one named before
    ("Глава МИД Египта Набиль аль-Араби избран новым генсеком Лиги арабских государств. "
     "На этом посту он сменит Амра Мусу.",
     {("Амр Муса", "holdsPosition", "генсек Лиги арабских государств"), ("Амр Муса", "headOf", "Лига арабских государств")}),
    ("Сегодня министры выбрали нового генерального секретаря ОПЕК. Им стал Хайтам аль-Гайс из Кувейта.",
     {("Хайтам аль-Гайс", "holdsPosition", "генеральный секретарь ОПЕК"), ("Хайтам аль-Гайс", "headOf", "ОПЕК")}),
    # two titles joined by a dash are one post when the first names no organization
    ("Об этом заявил председатель исполнительного комитета – исполнительный секретарь СНГ Сергей Лебедев.",
     {("Сергей Лебедев", "holdsPosition", "председатель исполнительного комитета – исполнительный секретарь СНГ"),
      ("Сергей Лебедев", "headOf", "СНГ")}),
    # a state the title's clause names after «из»
    ("Саммит прошел без коммюнике, заявили организаторы из Канады — премьер-министр Марк Карни.",
     {("Марк Карни", "worksFor", "Канада")}),
    # a bracketed abbreviation inside the post or before the name
    ("В заседании участвовали Генеральный секретарь ШОС Д.Ф.Мезенцев и Директор Исполнительного комитета "
     "Региональной антитеррористической структуры (РАТС) ШОС Чжан Синьфэн.",
     {("Чжан Синьфэн", "holdsPosition", "директор Исполнительного комитета Региональной антитеррористической структуры ШОС"),
      ("Чжан Синьфэн", "headOf", "Исполнительный комитет Региональной антитеррористической структуры ШОС"),
      ("Чжан Синьфэн", "worksFor", "Региональная антитеррористическая структура")}),
    ("Генеральный секретарь Шанхайской организации сотрудничества (ШОС) Чжан Мин представил преемника.",
     {("Чжан Мин", "headOf", "Шанхайская организация сотрудничества")}),
    # the name after the parser's subject phrase
    ("«Кандидат Европейского совета госпожа Урсула фон дер Ляйен избрана председателем Европейской комиссии», "
     "- объявил председатель Европарламента Давид-Мария Сассоли.",
     {("Урсула фон дер Ляйен", "holdsPosition", "председатель Европейской комиссии")}),
    # a name in apposition under «на посту»: the one replaced
    ("Сергей Лебедев сменит на посту исполнительного секретаря СНГ Владимира Рушайло.",
     {("Владимир Рушайло", "holdsPosition", "исполнительный секретарь СНГ"), ("Владимир Рушайло", "headOf", "СНГ")}),
    # the noun «поверенный», which pymorphy reads as a participle
    ("Временный поверенный в делах США при ООН Дороти Ши сообщила об этом.",
     {("Дороти Ши", "holdsPosition", "временный поверенный в делах США при ООН"), ("Дороти Ши", "worksFor", "США")}),
    # a participle's holder is the noun it describes
    ("Дипломат Андрей Келин, работавший постоянным представителем России при ОБСЕ, заявил об этом.",
     {("Андрей Келин", "holdsPosition", "постоянный представитель России при ОБСЕ"), ("Андрей Келин", "worksFor", "Россия")}),
    # a copula: the title heads the clause
    ("Хайтам Аль-Гайс был главой делегации Кувейта в ОПЕК с 2017 по 2021 год.",
     {("Хайтам Аль-Гайс", "holdsPosition", "глава делегации Кувейта в ОПЕК"), ("Хайтам Аль-Гайс", "worksFor", "Кувейт")}),
    # an organization named by one word is no state's body
    ("«Решение принято», - объявил председатель Европарламента Давид-Мария Сассоли.",
     {("Давид-Мария Сассоли", "headOf", "Европарламент"), ("Давид-Мария Сассоли", "worksFor", "Европарламент")}),
])
def test_posts(read, text, expected):
    assert expected <= facts(read, text)


@pytest.mark.parametrize("text, unexpected", [
    # an assistant of the president is not the president (twin: the first row of test_posts)
    ("По словам помощника президента РФ Юрия Ушакова, Владимир Путин начнет свое участие в форуме.",
     {("Юрий Ушаков", "headOf", "РФ"), ("Юрий Ушаков", "holdsPosition", "президент РФ")}),
    # a state after «представитель» is where the person comes from (twin: «представитель МИД РФ»)
    ("Совет выбрал кандидатуру представителя Аргентины Рафаэля Гросси на должность генерального директора.",
     {("Рафаэль Гросси", "holdsPosition", "представитель Аргентины"), ("Рафаэль Гросси", "worksFor", "Аргентина")}),
    # a deputy heads nothing (twin in test_twins_of_wrong_posts)
    ("Делегацию возглавил заместитель генерального секретаря ОДКБ Валерий Семериков.",
     {("Валерий Семериков", "headOf", "ОДКБ")}),
    # a premier does not head the state (twin in test_twins_of_wrong_posts)
    ("Премьер-министр Армении Никол Пашинян прибыл в Москву.", {("Никол Пашинян", "headOf", "Армения")}),
    # a plural title is no single person's post (twin in test_twins_of_wrong_posts)
    ("Лебедев переизбран на саммите глав государств Содружества Сергей Лебедев.",
     {("Сергей Лебедев", "holdsPosition", "глава государств Содружества")}),
    # the name after a post noun's title is the clause's subject, not the post's holder (twin above)
    ("На посту руководителя ЮНЕСКО Бокова должна сменить японца Кэяиро Мацуре.",
     {("Бокова", "holdsPosition", "руководитель ЮНЕСКО"), ("Бокова", "headOf", "ЮНЕСКО")}),
    # a respective list pairs in order, never across
    ("В Баку прибыли президенты Грузии Михаил Саакашвили и Украины Виктор Ющенко.",
     {("Михаил Саакашвили", "headOf", "Украина"), ("Виктор Ющенко", "headOf", "Грузия")}),
    # the new holder is not the one replaced (twin: Амр Муса above)
    ("Глава МИД Египта Набиль аль-Араби избран новым генсеком Лиги арабских государств. "
     "На этом посту он сменит Амра Мусу.", {("Амр Муса", "holdsPosition", "глава МИД Египта")}),
    # an organization's title before a dash is a post of its own (twin: the dashed post above)
    ("НАТО обновилось. Альянс возглавил новый генеральный секретарь - премьер-министр Норвегии Йенс Столтенберг.",
     {("Йенс Столтенберг", "holdsPosition", "генеральный секретарь – премьер-министр Норвегии")}),
    # a bare state title is no organization's (twin: «генсек организации» above)
    ("Совбез ООН одобрил резолюцию. Госсекретарь Марко Рубио назвал этот документ историческим.",
     {("Марко Рубио", "worksFor", "ООН")}),
    # the head of a delegation heads no state (twin: the copula row above)
    ("Хайтам Аль-Гайс был главой делегации Кувейта в ОПЕК с 2017 по 2021 год.", {("Хайтам Аль-Гайс", "headOf", "Кувейт")}),
    # an acting head is not named the head (twin above)
    ("Генеральным секретарем ОДКБ со 2 мая 2017 года назначен Юрий Хачатуров, заявил и.о. генсека ОДКБ Валерий Семериков.",
     {("Валерий Семериков", "holdsPosition", "генеральный секретарь ОДКБ"), ("Валерий Семериков", "headOf", "ОДКБ")}),
    # a bare deputy is no post (twin: «заместитель генерального секретаря ОДКБ» above)
    ("Миссию представляли глава миссии Антонио Милошоски и его заместитель Дональд Биссон.",
     {("Дональд Биссон", "holdsPosition", "заместитель")}),
    # the state a president travels to is not his (twin: «Россию представляет глава МИД …»)
    ("Президент Садыр Жапаров сегодня в рамках рабочей поездки в Китай принял участие в заседании.",
     {("Садыр Жапаров", "headOf", "Китай"), ("Садыр Жапаров", "worksFor", "Китай")}),
    # "может стать" is no appointment (twin: «избрана председателем»)
    ("Урсула фон дер Ляйен может стать председателем Европейской комиссии.",
     {("Урсула фон дер Ляйен", "holdsPosition", "председатель Европейской комиссии")}),
])
def test_no_wrong_posts(read, text, unexpected):
    assert not unexpected & facts(read, text)


@pytest.mark.parametrize("text, expected", [
    # the head himself, not his deputy, heads the organization
    ("Делегацию возглавил генеральный секретарь ОДКБ Валерий Семериков.", {("Валерий Семериков", "headOf", "ОДКБ")}),
    # a president heads the state
    ("Президент Армении Никол Пашинян прибыл в Москву.", {("Никол Пашинян", "headOf", "Армения")}),
    # a singular title is the person's post
    ("Лебедев переизбран на саммите главой Содружества Сергей Лебедев.",
     {("Сергей Лебедев", "holdsPosition", "глава Содружества")}),
])
def test_twins_of_wrong_posts(read, text, expected):
    """The positive twins of the rows of test_no_wrong_posts that have none elsewhere: the same
    sentence with the title that does give the fact."""
    assert expected <= facts(read, text)


@pytest.mark.parametrize("text, published, expected", [
    # «с DATE» starts the post
    ("Генеральным секретарем ОДКБ со 2 мая 2017 года назначен Юрий Хачатуров.", None,
     {("Юрий Хачатуров", "validFrom", "2017-05-02")}),
    ("Марк Рютте является премьер-министром Нидерландов с 2010 года.", None, {("Марк Рютте", "validFrom", "2010")}),
    # a date under a start verb starts it, under an end verb ends it; a day and month are of the article's year
    ("Рафаэль Гросси был назначен главой МАГАТЭ в октябре 2019 года.", None, {("Рафаэль Гросси", "validFrom", "2019-10")}),
    ("Бывший генсек ВОЗ ушла. 30 июня пост гендиректора ВОЗ покидает Маргарет Чен.", "2017-05-23",
     {("Маргарет Чен", "validUntil", "2017-06-30")}),
    # the parser hangs the date on the verb of the relative clause after the name
    ("Новым генеральным секретарем ОДКБ с 1 января 2026 года станет Таалатбек Масадыков, который сейчас "
     "занимает должность замглавы организации, заявил помощник президента РФ Юрий Ушаков.", None,
     {("Таалатбек Масадыков", "validFrom", "2026-01-01")}),
])
def test_tenure(read, text, published, expected):
    metadata = {"published": published} if published else {}
    found = {(c.subject.normal, name, value.lexical) for c in read(text, **metadata).candidates
             if c.predicate == "holdsPosition" for name, value in c.qualifiers}
    assert expected <= found


def test_a_date_of_another_clause_is_no_tenure(read):
    """«с 1 января» starts the post of secretary-general, not the deputy's post the relative clause
    names (twin: the same sentence in test_tenure)."""
    text = ("Новым генеральным секретарем ОДКБ с 1 января 2026 года станет Таалатбек Масадыков, который сейчас "
            "занимает должность замглавы организации.")
    deputy = [c for c in read(text).candidates if c.predicate == "holdsPosition" and "замглавы" in c.object.normal]
    assert deputy and not [q for c in deputy for q in c.qualifiers]


def test_a_dateline_is_no_tenure(read):
    """The article's date is when it was reported, not when the post began (twin: «с 2010 года»)."""
    candidates = read("Марк Рютте является премьер-министром Нидерландов.", published="2024-06-26").candidates
    assert not [q for c in candidates if c.predicate == "holdsPosition" for q in c.qualifiers]
