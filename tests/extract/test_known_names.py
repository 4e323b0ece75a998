"""Names the NER cuts apart that the gazetteer knows whole (kg.extract.mentions.within_known_name):
«Продовольственная и сельскохозяйственная организация ООН» is FAO, not the UN its genitive names;
«Союзное государство Белоруссии и России» is one organization, not a list of two states."""
from __future__ import annotations

import pytest
from triples import triple

FAO = "Продовольственная и сельскохозяйственная организация ООН"
FAO_2011 = ("Жозе Грациану да Силва избрали новым генеральным директором Продовольственной и "
            "сельскохозяйственной организации ООН (ФАО).")
UNION_STATE = ("27 мая премьер-министр России Владимир Путин был назначен председателем Совета министров Союзного "
               "государства Белоруссии и России.")


def facts(read, text: str, predicate: str) -> set[tuple[str, str, str]]:
    return {triple(c) for c in read(text).candidates if c.predicate == predicate}


@pytest.mark.parametrize("text, predicate, expected", [
    # the NER tags the genitive «ООН» alone
    ("Продовольственная и сельскохозяйственная организация ООН учреждена в 1945 году со штаб-квартирой в Риме.",
     "foundedOn", (FAO, "foundedOn", "1945")),
    # the words before tagged apart, an abbreviation bracketed inside
    ("Цюй Дунъюй вновь стал руководителем Продовольственной и сельскохозяйственной организации (FAO) ООН.",
     "headOf", ("Цюй Дунъюй", "headOf", FAO)),
    # the abbreviation after the name hangs on it: the name still closes the noun's phrase
    (FAO_2011, "headOf", ("Жозе Грациану да Силва", "headOf", FAO)),
    # the NER calls «Союзного государства», «Белоруссии» and «России» three places: one post, not one per state
    (UNION_STATE, "headOf", ("Владимир Путин", "headOf", "Совет министров Союзного государства Белоруссии и России")),
    # twin of the no-fact rows below: the NER's own whole name
    ("Организация Объединенных Наций учреждена в 1945 году.",
     "foundedOn", ("Организация Объединенных Наций", "foundedOn", "1945")),
])
def test_a_known_name_is_read_whole(read, text, predicate, expected):
    assert expected in facts(read, text, predicate)


@pytest.mark.parametrize("text, predicate, unexpected", [
    ("Продовольственная и сельскохозяйственная организация ООН учреждена в 1945 году со штаб-квартирой в Риме.",
     "foundedOn", ("Организация Объединенных Наций", "foundedOn", "1945")),
    ("Цюй Дунъюй вновь стал руководителем Продовольственной и сельскохозяйственной организации (FAO) ООН.",
     "headOf", ("Цюй Дунъюй", "headOf", "Организация Объединенных Наций")),
    (UNION_STATE, "worksFor", ("Владимир Путин", "worksFor", "Белоруссия")),
    (FAO_2011, "headOf", ("Жозе Грациану да Силва", "headOf", "Организация Объединенных Наций")),
])
def test_the_genitive_alone_is_not_the_organization(read, text, predicate, unexpected):
    assert unexpected not in facts(read, text, predicate)
