"""Signing, supporting, adopting and statuses widened by meaning (issue 12, session 11): the other party of a
signature, a vote for a document, documents listed a sentence or two after the act that counted them, a
status whose organization hangs on the status noun. Sentences from dev articles outside the session 11
batch (by article id) and from public news pages (by address); GUIDE §3, §8, §11, §14.
"""
from __future__ import annotations

from triples import table_tests, triple

# un-2022-07-22-shoigu-guterres-memorandum
GRAIN = "Украинская делегация в пятницу, 22 июля, подписала соглашение с Турцией и ООН об экспорте зерна."
GRAIN_SIDES = ("Со стороны Киева документ был подписан министром инфраструктуры Украины Александром Кубраковым, "
               "с турецкой стороны соглашение подписал министр обороны государства Хулуси Акар.")
GRAIN_DEAL = "соглашение с Турцией и ООН об экспорте зерна"
# tgoop.com/dimsmirnov175/44506 and rossaprimavera.ru/news/223ec399 (a resolution, then who voted for or against it)
RESOLUTION = ("Генассамблея ООН приняла резолюцию с требованием к России вывести войска с территории Украины. ")
RESOLUTION_NAME = "резолюция с требованием к России вывести войска с территории Украины"
VOTED_FOR = RESOLUTION + "За резолюцию проголосовала 141 страна, включая Грузию, Сербию и Турцию."
VOTED_AGAINST = RESOLUTION + "Против резолюции голосовали Россия, Белоруссия, КНДР, Эритрея, Мали, Никарагуа, Сирия."
# csto-2025-11-27-bishkek-fifteen-documents
FIFTEEN = ("На заседании Совета коллективной безопасности ОДКБ в Бишкеке главы государств подписали 15 документов. "
           "Это один из самых объемных пакетов решений за последние годы, сообщила пресс-служба президента КР.\n"
           "Среди ключевых документов — Стратегия коллективной безопасности ОДКБ, Антинаркотическая стратегия на "
           "2026-2030 годы и План развития военного сотрудничества на 2026-2030 годы.")
# ots-2021-11-14-turkic-council-renamed
TURKMENISTAN = "3. Решение о предоставлении Туркменистану статуса наблюдателя при Организации тюркских государств."
# gazeta.uz/ru/2016/04/16/sco
ARMENIA = ("Генеральный секретарь Шанхайской организации сотрудничества Рашид Алимов и министр иностранных дел "
           "Республики Армения Эдвард Налбандян 16 апреля в Пекине подписали меморандум о предоставлении Армении "
           "статуса партнера по диалогу ШОС.")

WORDINGS = {
    # the other party named in the document's phrase signs it too (GUIDE §14: parties of a document)
    "party-in-the-document": (GRAIN, {("Турция", "signs", GRAIN_DEAL), ("ООН", "signs", GRAIN_DEAL)}),
    "signers-of-a-status-memorandum": (ARMENIA, {
        ("Рашид Алимов", "signs", "меморандум о предоставлении Армении статуса партнера по диалогу ШОС"),
        ("Армения", "dialoguePartnerOf", "ШОС")}),
    # a vote for a resolution supports it (GUIDE §14), the states listed after «включая» each
    "voted-for": (VOTED_FOR, {("Грузия", "supports", RESOLUTION_NAME), ("Турция", "supports", RESOLUTION_NAME)}),
    # the documents listed two sentences after «подписали 15 документов» are what was signed: the unnamed
    # heads of states' signature is their organization's adoption (a reference resolution links, GUIDE §8)
    "documents-listed-later": (FIFTEEN, {
        ("организация", "adopts", "Стратегия коллективной безопасности ОДКБ"),
        ("организация", "adopts", "План развития военного сотрудничества на 2026-2030 годы")}),
}

NO_FACTS = {
    # «со стороны Киева» names a side, not a party of the document
    "a-side-is-no-party": (GRAIN + " " + GRAIN_SIDES, {("Киев", "signs", GRAIN_DEAL)}),
    # a vote against supports nothing
    "voted-against": (VOTED_AGAINST, {("Россия", "supports", RESOLUTION_NAME), ("Сирия", "supports", RESOLUTION_NAME)}),
}

TWINS = {
    "a-side-is-no-party": (GRAIN + " " + GRAIN_SIDES, {("Турция", "signs", GRAIN_DEAL),
                                                     ("Александр Кубраков", "signs", GRAIN_DEAL)}),
    "voted-against": WORDINGS["voted-for"],
}

test_wording_gives_the_facts, test_wrong_fact_is_not_written, test_positive_twin_gives_the_fact = table_tests(
    WORDINGS, NO_FACTS, TWINS)


def test_status_organization_hung_on_the_status_noun(read):
    """«статуса наблюдателя при Организации тюркских государств»: the organization on «статуса», not on the role
    noun (the state's name keeps its dative until resolution lemmatizes it)."""
    observed = {(s, o) for s, p, o in map(triple, read(TURKMENISTAN).candidates) if p == "observerOf"}
    assert {(s[:len("Туркменистан")], o) for s, o in observed} == {("Туркменистан", "Организация тюркских государств")}
