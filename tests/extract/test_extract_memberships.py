"""Membership and participation read from the wordings that link two nodes kg already finds (issue 12,
session 9): possessive role nouns, plural relatives over coordinated names, «состоять в», founders named
as unnamed leaders of listed states, states listed after a description of their leaders or delegations,
«в рамках» and «в работе» an event. Sentences composed after wordings of the domain corpus's dev split
(corpora/ru/GUIDE.md); each no-fact row is a wrong fact a reading could write, with its positive twin in
`TWINS`.
"""
from __future__ import annotations

from triples import table_tests

EAEU = "Евразийский экономический союз"
SCO = "Шанхайская организация сотрудничества"
CIS_HEADS_OF_GOVERNMENT = "заседание глав правительств СНГ"
DELEGATIONS = (f"В Минске прошло {CIS_HEADS_OF_GOVERNMENT}. В нем приняли участие высокие делегации стран СНГ - "
               "России, Азербайджана, Белоруссии и Казахстана.")
CHAIRED = "В Астане под председательством Президента Казахстана Касым-Жомарта Токаева стартовал VI саммит СВМДА."
WITHIN_SESSION = ("В Ереване 14 октября проходит сессия Совета коллективной безопасности (СКБ) Организации Договора о "
                  "коллективной безопасности (ОДКБ). В рамках сессии")
UNTAGGED = ("Предложение проработано в межведомственном формате и одобрено Советом министров республики. "
            f"{SCO} была основана в 2001 году. Ее участниками являются Китай, Индия и Пакистан.")
FOUNDERS = ("ШОС основали в 2001 году лидеры шести стран – России, Китая, Казахстана, Узбекистана, Кыргызстана "
            "и Таджикистана.")

WORDINGS = {
    # a possessive pronoun the parser hung on the role noun as its nmod stands for the organization
    "possessive-participants-after-dash": (f"{EAEU} – международное интеграционное объединение. Его участники – "
                                           "Россия, Армения, Беларусь, Казахстан и Кыргызстан.",
                                           {("Россия", "memberOf", EAEU), ("Кыргызстан", "memberOf", EAEU)}),
    "possessive-participants-copula": (f"{SCO} была основана в 2001 году. Ее участниками являются Китай, Индия, "
                                       "Россия и Пакистан.",
                                       {("Китай", "memberOf", SCO), ("Пакистан", "memberOf", SCO)}),
    # the organization's name left untagged: the possessive with nothing nearby is the article's organization
    "possessive-of-untagged-organization": (UNTAGGED, {("Китай", "memberOf", "организация"),
                                                        ("Пакистан", "memberOf", "организация")}),
    # a plural relative hung on the last of coordinated names stands for all of them
    "plural-relative-over-coordination": ("Венгрия и Турция, которые состоят в НАТО, не ратифицировали заявку.",
                                          {("Венгрия", "memberOf", "НАТО"), ("Турция", "memberOf", "НАТО")}),
    "consists-in": ("Турция состоит в НАТО с 1952 года.", {("Турция", "memberOf", "НАТО")}),
    # founders named as the unnamed leaders of states listed after a dash; the organization fronted
    "founders-leaders-listed": (FOUNDERS, {("Россия", "memberOf", "ШОС"), ("Таджикистан", "memberOf", "ШОС")}),
    # the states listed after the description of their leaders or delegations take part
    "heads-of-listed-states": ("На встрече присутствуют главы государств 11 стран: Азербайджана, Ирака, Ирана, "
                               "Кыргызстана, Палестины.",
                               {("Азербайджан", "participatesIn", "встреча"), ("Палестина", "participatesIn", "встреча")}),
    "delegations-of-listed-states": (DELEGATIONS, {("Россия", "participatesIn", CIS_HEADS_OF_GOVERNMENT),
                                                   ("Казахстан", "participatesIn", CIS_HEADS_OF_GOVERNMENT)}),
    # who acts within an event, or takes part in its work, takes part in it
    "within-event": ("В рамках заседания глав государств ОТГ также выступили премьер-министр Венгрии Виктор Орбан "
                     "и президент Турции Реджеп Тайип Эрдоган.",
                     {("Виктор Орбан", "participatesIn", "заседание глав государств ОТГ"),
                      ("Реджеп Тайип Эрдоган", "participatesIn", "заседание глав государств ОТГ")}),
    "in-work-of-event": ("В работе саммита ШОС приняли участие президент России Владимир Путин и президент Китая "
                         "Си Цзиньпин.",
                         {("Владимир Путин", "participatesIn", "саммит ШОС"),
                          ("Си Цзиньпин", "participatesIn", "саммит ШОС")}),
    # a person named right after a title and its state holds it, however the parser hung the name
    "chair-named-after-title": (CHAIRED, {("Касым-Жомарт Токаев", "chairs", "VI саммит СВМДА")}),
    "companion-named-after-title": ("В работе форума наряду с Президентом Казахстана Касым-Жомартом Токаевым приняли "
                                    "участие глава Азербайджана Ильхам Алиев и Президент Турции Реджеп Тайип Эрдоган.",
                                    {("Касым-Жомарт Токаев", "participatesIn", "форум"),
                                     ("Ильхам Алиев", "participatesIn", "форум")}),
}

NO_FACTS = {
    # the organization a description of the listed states names on the way is not a participant
    "delegations-not-their-organization": (DELEGATIONS, {("СНГ", "participatesIn", CIS_HEADS_OF_GOVERNMENT)}),
    # an object pronoun of «учредить» is what is founded, not a founder («его» → the bank)
    "founded-thing-is-no-founder": ("На саммите в Китае договорились о создании Банка развития ШОС. Государства "
                                    "решили учредить его.",
                                    {("Китай", "memberOf", "Банк развития ШОС")}),
    # «в рамках» an organization is no event taken part in
    "within-organization-is-no-event": ("В рамках ШОС Россия и Китай развивают сотрудничество.",
                                        {("Россия", "participatesIn", "ШОС")}),
    "chair-is-the-person-not-the-state": (CHAIRED, {("Казахстан", "chairs", "VI саммит СВМДА")}),
    # a possessive standing for a summit named just before is not the article's organization
    "possessive-of-an-event": ("Саммит прошел в Астане. Его участниками стали президенты России и Китая.",
                               {("Россия", "memberOf", "организация"), ("Китай", "memberOf", "организация")}),
    # a body met within an event is another meeting's, not a participant
    "body-met-within-event": (f"{WITHIN_SESSION} состоялось совместное заседание Cовета министров иностранных дел, "
                              "Совета министров обороны и Комитета секретарей стран ОДКБ.",
                              {("Совет министров обороны", "participatesIn", "сессия")}),
    # «состоять из» is composition, its members are not the subject
    "consists-of-is-no-membership": ("Делегация Казахстана состоит из пяти министров.",
                                     {("Казахстан", "memberOf", "делегация Казахстана")}),
    # «прочие»/«иные» members are more of the names beside them, as «другие» are: the organization
    # does not act (frames.yml's second `others:` list once replaced the first, leaving these out)
    "other-members-are-no-organization": ("Катар и прочие члены ССАГПЗ поддержали резолюцию.",
                                          {("ССАГПЗ", "supports", "резолюция")}),
    "different-members-are-no-organization": ("Катар и иные члены ССАГПЗ поддержали резолюцию.",
                                              {("ССАГПЗ", "supports", "резолюция")}),
}

TWINS = {
    "possessive-of-an-event": (UNTAGGED, {("Индия", "memberOf", "организация")}),
    "chair-is-the-person-not-the-state": (CHAIRED, {("Касым-Жомарт Токаев", "chairs", "VI саммит СВМДА")}),
    "body-met-within-event": (f"{WITHIN_SESSION} выступил президент Армении Серж Саргсян.",
                              {("Серж Саргсян", "participatesIn", "сессия")}),
    "delegations-not-their-organization": (DELEGATIONS, {("Азербайджан", "participatesIn", CIS_HEADS_OF_GOVERNMENT)}),
    "founded-thing-is-no-founder": (FOUNDERS, {("Китай", "memberOf", "ШОС")}),
    "within-organization-is-no-event": ("В рамках саммита ШОС Россия и Китай провели переговоры.",
                                        {("Россия", "participatesIn", "саммит ШОС")}),
    "consists-of-is-no-membership": ("Казахстан состоит в ОДКБ с 1992 года.", {("Казахстан", "memberOf", "ОДКБ")}),
    "other-members-are-no-organization": ("Члены ССАГПЗ поддержали резолюцию.", {("ССАГПЗ", "supports", "резолюция")}),
    "different-members-are-no-organization": ("Катар и иные члены ССАГПЗ поддержали резолюцию.",
                                              {("Катар", "memberOf", "ССАГПЗ"), ("Катар", "supports", "резолюция")}),
}

test_wording_gives_the_facts, test_wrong_fact_is_not_written, test_positive_twin_gives_the_fact = table_tests(
    WORDINGS, NO_FACTS, TWINS)
