"""Every "no fact" case with its positive twin: a sentence that differs only in the blocking word
(negation, modality, future, condition, leaving instead of joining…) and must give the fact.

Without the twin a "no fact" test also passes when no rule would have read the fact anyway, so it
cannot catch a broken negation check. A twin that today's rules cannot read is kept as
xfail(strict=True) with the reason: it turns into a failure (and must be unmarked) the day it passes.
"""
from __future__ import annotations

import pytest
from triples import triple

# (a word of the twin, predicate) → why no rule reads the fact from the twin either: the blocked
# case guards nothing until one does
NO_RULE = {
    ("участвует", "participatesIn"): "no rule reads participation in a nominal event («участвует в принятии решений»)",
    ("нами принята", "adopts"): "no rule reads a passive adoption with an instrumental agent («нами принята»)",
    ("посольстве", "headquarteredIn"): "no rule reads an embassy's seat («посольство Японии в Лаосе»)",
    ("Администрации Уфы", "worksFor"): "no worksFor from a title whose organization is a city administration",
}

# (blocked sentence, twin, fact the twin states): the blocked sentence gives no fact of that predicate
BLOCKED = [
    # modality
    ("Белоруссия может вступить в ШОС.", "Белоруссия вступила в ШОС.", ("Белоруссия", "memberOf", "ШОС")),
    ("Белоруссия хочет вступить в ШОС.", "Белоруссия вступила в ШОС.", ("Белоруссия", "memberOf", "ШОС")),
    ("Белоруссия должна вступить в ШОС.", "Белоруссия вступила в ШОС.", ("Белоруссия", "memberOf", "ШОС")),
    ("Сербия планирует вступить в ЕАЭС.", "Сербия вступила в ЕАЭС.", ("Сербия", "memberOf", "ЕАЭС")),
    ("Армения может подписать соглашение с ЕАЭС.", "Армения подписала соглашение с ЕАЭС.",
     ("Армения", "signs", "соглашение с ЕАЭС")),
    ("Президент призвал Казахстан и Узбекистан расширить сотрудничество с ЕАЭС.",
     "Президент сообщил, что Казахстан и Узбекистан расширили сотрудничество с ЕАЭС.",
     ("Казахстан", "cooperatesWith", "ЕАЭС")),
    # negation
    ("Туркмения не является членом СНГ.", "Туркмения является членом СНГ.", ("Туркмения", "memberOf", "СНГ")),
    ("Египет не вошёл в состав БРИКС.", "Египет вошёл в состав БРИКС.", ("Египет", "memberOf", "БРИКС")),
    ("Белоруссия не стала членом ШОС.", "Белоруссия стала членом ШОС.", ("Белоруссия", "memberOf", "ШОС")),
    ("Совет Безопасности ООН не принял резолюцию о прекращении огня в секторе Газа.",
     "Совет Безопасности ООН принял резолюцию о прекращении огня в секторе Газа.",
     ("Совет Безопасности ООН", "adopts", "резолюция о прекращении огня в секторе Газа")),
    ("Министр иностранных дел России Сергей Лавров заявил, что Сербия не вступила в БРИКС.",
     "Министр иностранных дел России Сергей Лавров заявил, что Сербия вступила в БРИКС.",
     ("Сербия", "memberOf", "БРИКС")),
    ("Министр иностранных дел России Сергей Лавров заявил, что Москва не исключает вступления Сербии в БРИКС.",
     "Министр иностранных дел России Сергей Лавров заявил, что Москва подтверждает вступление Сербии в БРИКС.",
     ("Сербия", "memberOf", "БРИКС")),
    ("Армения не участвует в принятии решений ОДКБ.", "Армения участвует в принятии решений ОДКБ.",
     ("Армения", "participatesIn", "принятие решений ОДКБ")),
    # future
    ("Иран вступит в ШОС.", "Иран вступил в ШОС.", ("Иран", "memberOf", "ШОС")),
    ("Иран станет полноправным членом ШОС.", "Иран стал полноправным членом ШОС.", ("Иран", "memberOf", "ШОС")),
    ("Иран подпишет соглашение с ЕАЭС.", "Иран подписал соглашение с ЕАЭС.", ("Иран", "signs", "соглашение с ЕАЭС")),
    # condition: "если" blocks in any tense; "когда" states the fact
    ("Если Иран подпишет соглашение с ЕАЭС, торговля вырастет.",
     "Когда Иран подписал соглашение с ЕАЭС, торговля выросла.", ("Иран", "signs", "соглашение с ЕАЭС")),
    ("Если Иран подписал соглашение с ЕАЭС, торговля выросла.",
     "Когда Иран подписал соглашение с ЕАЭС, торговля выросла.", ("Иран", "signs", "соглашение с ЕАЭС")),
    ("Если Иран вступит в ШОС, торговля вырастет.", "Когда Иран вступил в ШОС, торговля выросла.",
     ("Иран", "memberOf", "ШОС")),
    # leaving is not joining: the frame's governor ("из состава") decides
    ("Армения вышла из состава ОДКБ.", "Армения вошла в состав ОДКБ.", ("Армения", "memberOf", "ОДКБ")),
    ("Узбекистан вышел из ОДКБ.", "Узбекистан вошёл в ОДКБ.", ("Узбекистан", "memberOf", "ОДКБ")),
    # proposed, not adopted (the seed article's sentence)
    ("Именно поэтому нами предложено совместно выработать и принять Инициативу ШОС «О мировом единстве "
     "за справедливый мир и согласие».",
     "Именно поэтому мы приняли Инициативу ШОС «О мировом единстве за справедливый мир и согласие».",
     ("мы", "adopts", "Инициатива ШОС «О мировом единстве за справедливый мир и согласие»")),
    ("Именно поэтому нами предложено совместно выработать и принять Инициативу ШОС «О мировом единстве "
     "за справедливый мир и согласие».",
     "Именно поэтому нами принята Инициатива ШОС «О мировом единстве за справедливый мир и согласие».",
     ("мы", "adopts", "Инициатива ШОС «О мировом единстве за справедливый мир и согласие»")),
]

# (sentence, twin, triple): a reading the sentence must not give (a part of a name or title, a list,
# a bare title) and its twin, where the same words stand whole, must
NOT_THIS_TRIPLE = [
    ("Андрей Клишас, глава комитета Совета Федерации, внес законопроект.",
     "Андрей Клишас, глава Совета Федерации, внес законопроект.", ("Андрей Клишас", "headOf", "Совет Федерации")),
    ("Президент Токаев прибыл в Астану.", "Президент Казахстана Токаев прибыл в Астану.",
     ("Токаев", "holdsPosition", "президент Казахстана")),
    ("Президент Токаев прибыл в Астану.", "Президент Казахстана Токаев прибыл в Астану.",
     ("Токаев", "headOf", "Казахстан")),
    ("Глава Администрации Советского района Уфы Рустем Рахматуллин поздравил спортсменов.",
     "Глава Администрации Уфы Рустем Рахматуллин поздравил спортсменов.",
     ("Администрация Уфы", "headquarteredIn", "Уфа")),
    ("Глава Администрации Советского района Уфы Рустем Рахматуллин поздравил спортсменов.",
     "Глава Администрации Уфы Рустем Рахматуллин поздравил спортсменов.",
     ("Рустем Рахматуллин", "worksFor", "Администрация Уфы")),
    ("Императора сменит сын Акихито Нарухито, для чего японским парламентом принят специальный закон.",
     "Императора сменит сын Акихито Нарухито, для чего парламентом Японии принят специальный закон.",
     ("парламент Японии", "country", "Япония")),
    ("Амано работал в посольствах Японии в Лаосе, США и Бельгии.", "Амано работал в посольстве Японии в Лаосе.",
     ("посольство Японии", "headquarteredIn", "Лаос")),
]


def _twin(blocked: str, twin: str, fact: tuple[str, str, str]):
    reasons = [reason for (word, predicate), reason in NO_RULE.items() if word in twin and predicate == fact[1]]
    marks = [pytest.mark.xfail(strict=True, reason=reasons[0])] if reasons else []
    return pytest.param(twin, fact, marks=marks, id=twin[:60])


@pytest.mark.parametrize("text, twin, fact", BLOCKED, ids=[row[0][:60] for row in BLOCKED])
def test_blocked_statement_gives_no_fact_of_its_predicate(read, text, twin, fact):
    assert fact[1] not in {c.predicate for c in read(text).candidates}


@pytest.mark.parametrize("twin, fact", [_twin(*row) for row in BLOCKED])
def test_positive_twin_gives_the_fact(read, twin, fact):
    assert fact in {triple(c) for c in read(twin).candidates}


@pytest.mark.parametrize("text, twin, fact", NOT_THIS_TRIPLE, ids=[row[0][:60] for row in NOT_THIS_TRIPLE])
def test_part_or_bare_name_gives_not_this_triple(read, text, twin, fact):
    assert fact not in {triple(c) for c in read(text).candidates}


@pytest.mark.parametrize("twin, fact", [_twin(*row) for row in NOT_THIS_TRIPLE])
def test_whole_name_twin_gives_the_triple(read, twin, fact):
    assert fact in {triple(c) for c in read(twin).candidates}
