"""A language is a plug-in: `xx` (tests/lang_xx/) is registered from outside kg, with its own data
files, and a mixed xx + Russian corpus builds into one valid graph; no module of kg knows about it."""
from __future__ import annotations

import json

import pytest

import kg
import lang_xx
from kg import extract, languages
from kg.graph import facts_rows
from kg.resources import STAGE_RESOURCES, load_tsv, load_yaml

XX_ARTICLE = {"text": "Adaxo chairs Lumoq. Zedrin joins Lumoq. Zedrin not chairs Lumoq.", "lang": "xx",
              "title": "Lumoq news", "date": "3 maxo 2024"}   # xx's month name, from its ingest/dates.yml


@pytest.fixture
def xx():
    lang_xx.register()
    yield languages.language("xx")
    languages.unregister("xx")


def test_the_plugin_lives_outside_kg():
    assert "kg" not in {part for part in lang_xx.RESOURCES.parts}
    assert "xx" not in languages.codes()          # only while registered


@pytest.mark.parametrize("stage, name", [(s, n) for s, names in STAGE_RESOURCES.items() for n in names]
                         + [("extract", n) for n in extract.resources()])
def test_xx_provides_every_resource_a_stage_reads(xx, stage, name):
    loader = load_tsv if name.endswith(".tsv") else load_yaml
    assert loader(stage, name, "xx") is not None


def test_an_xx_article_and_a_russian_one_build_into_one_valid_graph(xx, tmp_path):
    (tmp_path / "xx.jsonl").write_text(json.dumps(XX_ARTICLE) + "\n", encoding="utf-8")
    (tmp_path / "ru.txt").write_text("Иран стал членом Шанхайской организации сотрудничества.", encoding="utf-8")
    knowledge = kg.build(tmp_path, workers=1)
    knowledge.validate()
    assert not knowledge.skipped
    rows = {(row["subject_label"], row["predicate"], row["object_label"]) for row in facts_rows(knowledge.graph)}
    assert {("Adaxo", "kg:chairs", "Lumoq"), ("Zedrin", "kg:memberOf", "Lumoq"),
            ("Иран", "kg:memberOf", "Шанхайская организация сотрудничества")} <= rows
    assert ("Zedrin", "kg:chairs", "Lumoq") not in rows             # negated with xx's own "not"
    [xx_result] = [r for r in knowledge.results if r.article.lang == "xx"]
    assert {entity.key for entity in xx_result.entities} >= {"person/adaxo", "organization/lumoq", "place/zedrin"}
    assert xx_result.article.published.isoformat() == "2024-05-03"


def test_a_language_without_a_parse_cannot_run_extractors_that_read_one(xx, tmp_path):
    languages.register("xy", "lang_xx:create", description="xx without dependencies",
                       assigns=tuple(f for f in languages.DOC_FEATURES if f != "token.dep"))
    try:
        with pytest.raises(kg.KgError, match="extractor 'predicates' needs token.dep, which language 'xy'"):
            extract.check_language(["predicates"], "xy")
        extract.check_language(["predicates"], "xx")
    finally:
        languages.unregister("xy")
