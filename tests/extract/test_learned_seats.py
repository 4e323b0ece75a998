"""The classifier's seats of organizations (labels.yml `keep: headquarteredIn`, session 14).

NEREL's HEADQUARTERED_IN is mostly a city or region named inside or beside an organization's name
(«московского «Спартака»», «New York Times»); in the domain's articles the places the rules find beside
an international body are where it met («заседании Совета … ОДКБ в Бишкеке»). So a learned seat needs
an object only the tagger found (`tagged_object`: a city or region, no rule mention) and a subject the
tagger reads as an organization too. Every "no seat" row has a twin without the check that writes it.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from kg.learn.labels import labels

SEAT = "headquarteredIn"
BISHKEK = "На заседании Совета коллективной безопасности ОДКБ в Бишкеке главы государств приняли заявление."
UFA = "Обсуждены вопросы, связанные с практической реализацией решений Уфимского саммита."


@pytest.fixture(scope="module")
def learned_seats(learned_pairs):
    return lambda text: learned_pairs(text, SEAT)


@pytest.mark.parametrize(("text", "seats"), [
    # a city the tagger finds in or beside a club's, a paper's, an institute's name: its seat
    ("Нападающий московского «Спартака» забил гол в ворота «Зенита».", {("Спартака", "московского")}),
    ("В интервью New York Times пианист заявил, что не будет выступать в Турции.", {("New York Times", "New York")}),
    ("Он окончил Московский авиационный институт.", {("Московский авиационный институт", "Московский")}),
    # a city the rules found beside an international body: where it met, no seat
    (BISHKEK, set()),
    # a summit the rules read as an organization: the tagger does not, no seat
    (UFA, set()),
])
def test_a_learned_seat_needs_a_tagged_place_and_a_tagged_organization(learned_seats, text, seats):
    assert learned_seats(text) == seats


@pytest.mark.parametrize(("text", "dropped_check"), [
    (BISHKEK, "object"),
    (UFA, "subject"),
])
def test_without_the_check_the_seat_is_written(learned_seats, monkeypatch, text, dropped_check):
    table = labels()
    keep = table.keep[SEAT]
    loosened = replace(keep, tagged_object=frozenset()) if dropped_check == "object" else \
        replace(keep, subjects=keep.subjects | {""})
    monkeypatch.setitem(table.keep, SEAT, loosened)
    assert learned_seats(text)
