"""Organizations defined by their member lists and statuses stated in gapped clauses (issue 12, session 12):
relative words that agree with a noun below the one the parser hung their clause on, lists in brackets or
after a colon under a group noun, the items of one list never filling two roles of one fact, clauses that
leave out their verb («…, а Азербайджан, Египет – статусом партнера»), and list items the parser chained to
another list; a bare document a gathering is said to have adopted, a document's title adjective hung on the verb,
and names the NER ran on into a verb. Sentences from (or paraphrasing) corpora/ru/dev; every no-fact row names its positive twin.
"""
from __future__ import annotations

from triples import table_tests

SCO = "ШОС"
GUAM = "ГУАМ"
ORGANIZATION = "организация"          # the article's organization, which resolution links
FOUNDED = "Как сообщает Day.Az, организация была учреждена в 2001 году в Шанхае. "
STATUSES = (FOUNDED + "В настоящее время Афганистан и Монголия обладают статусом наблюдателя в организации, а "
            "Азербайджан, Бахрейн, Египет, Камбоджа, Армения, Катар, Кувейт, Мальдивы, Мьянма, Непал, Объединенные "
            "Арабские Эмираты, Саудовская Аравия, Турция и Шри-Ланка - статусом партнера по диалогу.")
SHORT_STATUSES = (FOUNDED + "В настоящее время Афганистан и Монголия обладают статусом наблюдателя в организации, а "
                  "Азербайджан, Бахрейн, Египет, Камбоджа и Шри-Ланка - статусом партнера по диалогу.")
TWO_LISTS = ("Шанхайскую организацию сотрудничества (ШОС) основали президенты Китая и России в 2001 году. "
             "Странами-наблюдателями в ШОС являются Афганистан, Беларусь и Монголия, странами-партнерами – "
             "Азербайджан, Армения, Камбоджа, Непал, Турция и Шри-Ланка.")
GUAM_STATES = "Президенты стран ГУАМ (Грузия, Украина, Азербайджан, Молдова) подписали соглашение."
VOTE = "Генассамблея ООН приняла резолюцию о Крыме. "

# name → (text, facts it gives)
WORDINGS = {
    # «в которую» is feminine: the organization under the masculine «саммит» the clause was hung on
    "relative-agrees-with-a-genitive": (
        "В Екатеринбурге завершился саммит Шанхайской организации сотрудничества (ШОС), в которую входят Россия, "
        "Китай, Казахстан, Таджикистан, Узбекистан и Киргизия.",
        {("Россия", "memberOf", SCO), ("Киргизия", "memberOf", SCO)}),
    # an organization defined by the states listed after a colon under «организация … стран»
    "organization-of-listed-states": (
        "АСЕАН — это региональная организация десяти стран Юго-Восточной Азии: Бруней, Вьетнам, Индонезия, "
        "Камбоджа, Лаос, Малайзия, Мьянма, Таиланд, Сингапур и Филиппины.",
        {("Бруней", "memberOf", "АСЕАН"), ("Филиппины", "memberOf", "АСЕАН")}),
    # the same list in brackets after the group noun's name
    "bracketed-member-list": (
        "Саммит стран объединения ГУАМ (Грузия, Украина, Азербайджан, Молдова) прошел во вторник в Киеве.",
        {("Грузия", "memberOf", GUAM), ("Молдова", "memberOf", GUAM)}),
    # a status one «обладает»; the clause after «а» leaves out the verb and keeps its own role noun
    "gapped-status-clause": (SHORT_STATUSES, {("Афганистан", "observerOf", ORGANIZATION),
                                              ("Азербайджан", "dialoguePartnerOf", ORGANIZATION),
                                              ("Шри-Ланка", "dialoguePartnerOf", ORGANIZATION)}),
    # a long list whose middle items the parser chained to the first clause's subject
    "stray-items-join-their-list": (STATUSES, {("Египет", "dialoguePartnerOf", ORGANIZATION),
                                               ("Непал", "dialoguePartnerOf", ORGANIZATION),
                                               ("Турция", "dialoguePartnerOf", ORGANIZATION)}),
    # a bare document noun whose participle says a gathering adopted it names that gathering's document
    "document-of-the-gathering": (
        "В Тяньцзине прошел саммит Шанхайской организации сотрудничества (ШОС). Об этом говорится в декларации, "
        "принятой в ходе саммита.", {(ORGANIZATION, "adopts", "декларация")}),
    # the title's adjective hung on the verb: the noun heads the document's mention all the same
    "title-adjective-hung-on-the-verb": (
        "Об этом говорится в Тяньдзинской декларации, подписанной 1 сентября по итогам саммита ШОС в Китае.",
        {(ORGANIZATION, "adopts", "Тяньдзинская декларация")}),
    # the NER ran a name on into the verb after it («Содружестве председательствовала»): a name holds no verb
    "name-holds-no-verb": (
        "Россия с 1 января начала председательство в Содружестве Независимых Государств (СНГ). Российский лидер "
        "Владимир Путин отмечал, что в 2023 году в Содружестве председательствовала Киргизия, которая провела "
        "активную работу.", {("Киргизия", "chairs", "Содружество")}),
}

# name → (text, facts it must not give)
NO_FACTS = {
    # «в котором» agrees with «саммит»: those who take part in the summit are no members
    # (twin: relative-clause-of-the-organization)
    "relative-clause-of-the-summit": (
        "В Екатеринбурге завершился саммит Шанхайской организации сотрудничества (ШОС), в котором участвуют "
        "Россия, Китай и Казахстан.", {("Россия", "memberOf", SCO), ("Китай", "memberOf", SCO)}),
    # items of one list are no members of each other (twin: list-items-share-a-role)
    "list-items-share-a-role": (
        "Страны объединения ГУАМ (Грузия, Украина, Азербайджан, Молдова) подписали соглашение.",
        {("Грузия", "memberOf", "Украина"), ("Молдова", "memberOf", "Грузия")}),
    # the gapped clause's subject has the status its own remnant names (twin: gapped-subject-has-its-status)
    "gapped-subject-has-its-status": (STATUSES, {("Азербайджан", "observerOf", ORGANIZATION),
                                                 ("Египет", "observerOf", ORGANIZATION),
                                                 ("Непал", "observerOf", ORGANIZATION)}),
    # the second copular clause has its own list (twin: second-list-has-its-status)
    "second-list-has-its-status": (TWO_LISTS, {("Армения", "observerOf", SCO),
                                               ("Афганистан", "dialoguePartnerOf", ORGANIZATION)}),
    # a conjunct right before a verb with no subject of its own is that verb's subject
    # (twin: conjunct-of-the-clause)
    "conjunct-subject-of-its-own-verb": (
        VOTE + "Резолюцию поддержали 143 из 193 членов Генассамблеи ООН, пять государств (Россия, Беларусь, Сирия, "
        "Северная Корея и Никарагуа) проголосовали против.",
        {("Россия", "supports", "резолюция о Крыме"), ("Никарагуа", "supports", "резолюция о Крыме")}),
    # a document adopted in a city, not at a gathering, names no document of its own (twin: document-adopted-there)
    "document-adopted-there": (
        "Президент провел переговоры в Минске. Об этом говорится в декларации, принятой в Минске.",
        {(ORGANIZATION, "adopts", "декларация")}),
}

# name → (text, facts it gives): the positive twin of each no-fact row
TWINS = {
    "relative-clause-of-the-summit": (
        "В Екатеринбурге завершился саммит Шанхайской организации сотрудничества (ШОС), в которую входят Россия, "
        "Китай и Казахстан.", {("Россия", "memberOf", SCO), ("Китай", "memberOf", SCO)}),
    "list-items-share-a-role": (GUAM_STATES, {("Грузия", "memberOf", GUAM), ("Молдова", "memberOf", GUAM)}),
    "gapped-subject-has-its-status": (STATUSES, {("Азербайджан", "dialoguePartnerOf", ORGANIZATION),
                                                 ("Афганистан", "observerOf", ORGANIZATION)}),
    "second-list-has-its-status": (TWO_LISTS, {("Армения", "dialoguePartnerOf", ORGANIZATION),
                                               ("Афганистан", "observerOf", SCO)}),
    "conjunct-subject-of-its-own-verb": (
        VOTE + "Резолюцию поддержали пять государств (Россия, Беларусь, Сирия, Северная Корея и Никарагуа).",
        {("Россия", "supports", "резолюция о Крыме"), ("Никарагуа", "supports", "резолюция о Крыме")}),
    "document-adopted-there": (
        "Президент провел переговоры в Минске. Об этом говорится в декларации, принятой на встрече.",
        {(ORGANIZATION, "adopts", "декларация")}),
}

test_wording_gives_the_facts, test_wrong_fact_is_not_written, test_positive_twin_gives_the_fact = table_tests(
    WORDINGS, NO_FACTS, TWINS)
