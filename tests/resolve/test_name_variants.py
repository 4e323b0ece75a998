"""`with_name_variants` adds to a document's aliases its name with its organization renamed, and
nothing else: not the name itself in a case its aliases leave out on purpose (entities._aliases drops a
normal form that differs from a surface form only in case), whatever other names the article's
organizations have."""
from __future__ import annotations

import pytest

from kg.resolve.events import with_name_variants
from kg.resolve.lexicon import load_event_naming
from kg.types import Entity, Mention

SCO = Entity(key="Q485207", type="Organization", label="Шанхайская организация сотрудничества",
             aliases=frozenset({"ШОС"}))
CSTO = Entity(key="Q382277", type="Organization", label="Организация Договора о коллективной безопасности",
              aliases=frozenset({"ОДКБ"}))


@pytest.mark.parametrize("organizations, added", [
    # the organization the name holds: its other name gives the variant
    ((SCO,), {"хартия Шанхайская организация сотрудничества"}),
    # an organization the name does not hold adds nothing (its names are not in the name)
    ((CSTO,), set()),
    ((SCO, CSTO), {"хартия Шанхайская организация сотрудничества"}),
])
def test_a_document_gets_its_renamed_names_and_no_other_case_of_its_own(organizations, added):
    document = Mention("a1", 0, 10, "Хартия ШОС", "Document", "хартия ШОС")
    entity = Entity(key="document/a1/khartiya-shos", type="Document", label="Хартия ШОС",
                    aliases=frozenset({"Хартия ШОС"}))
    entity_of = {document: entity}
    for i, organization in enumerate(organizations):
        entity_of[Mention("a1", 20 + 10 * i, 23 + 10 * i, organization.label, "Organization", organization.label)] \
            = organization
    renamed = with_name_variants(entity_of, list(entity_of), load_event_naming("ru"))[document]
    assert renamed.aliases - entity.aliases == added


@pytest.mark.parametrize("name, added", [
    # the parenthesis dropped leaves the name before it
    ("Хартия (ПА)", {"Хартия"}),
    # a name that is all parenthesis leaves nothing: no empty alias (mutant events.with_name_variants_85)
    ("(ПА)", set()),
])
def test_a_name_without_its_parenthesis_is_a_variant_unless_nothing_is_left(name, added):
    document = Mention("a1", 0, len(name), name, "Document", name)
    entity = Entity(key="document/a1/x", type="Document", label=name, aliases=frozenset({name}))
    renamed = with_name_variants({document: entity}, [document], load_event_naming("ru"))[document]
    assert renamed.aliases - entity.aliases == added
