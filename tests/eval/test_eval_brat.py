import warnings

import pytest

from kg.errors import InputError
from kg.eval import BratEntity, BratRelation, BratWarning, read_corpus, read_document


def test_corpus_is_read_in_name_order(gold_documents):
    assert list(gold_documents) == ["a_sco", "b_gok"]


@pytest.mark.parametrize("doc_id, entity", [
    ("a_sco", BratEntity("T1", "PROFESSION", ((0, 25),), "Генеральный секретарь ШОС")),
    ("a_sco", BratEntity("T2", "ORGANIZATION", ((22, 25),), "ШОС")),           # nested in T1
    ("a_sco", BratEntity("T6", "ORGANIZATION", ((84, 87),), "ШОС")),           # nested in T5
    ("b_gok", BratEntity("T1", "ORGANIZATION", ((0, 11), (27, 57)),
                         "Лебединский горно-обогатительные комбинаты")),    # discontinuous
])
def test_entities(gold_documents, doc_id, entity):
    assert entity in gold_documents[doc_id].entities


@pytest.mark.parametrize("doc_id, entity_id, extent", [
    ("b_gok", "T1", (0, 57)),
    ("b_gok", "T2", (14, 57)),
    ("a_sco", "T3", (26, 34)),
])
def test_extent_is_outer_span(gold_documents, doc_id, entity_id, extent):
    entity = next(e for e in gold_documents[doc_id].entities if e.id == entity_id)
    assert entity.extent == extent


@pytest.mark.parametrize("doc_id, relations", [
    ("a_sco", {BratRelation("R1", "WORKS_AS", "T3", "T1"), BratRelation("R2", "WORKPLACE", "T3", "T2"),
               BratRelation("R3", "PART_OF", "T5", "T6"), BratRelation("R4", "PARTICIPANT_IN", "T5", "T8"),
               BratRelation("R5", "TAKES_PLACE_IN", "T8", "T7")}),
    # R3 names an entity T9 that does not exist: skipped
    ("b_gok", {BratRelation("R1", "OWNER_OF", "T3", "T1"), BratRelation("R2", "OWNER_OF", "T3", "T2")}),
])
def test_relations(gold_documents, doc_id, relations):
    assert set(gold_documents[doc_id].relations) == relations


@pytest.mark.parametrize("doc_id, links", [
    ("a_sco", {"T2": {"Q485207"}, "T4": {"Q649"}, "T7": {"Q1520"}, "T3": set()}),   # NULL: NIL
    ("b_gok", {"T3": {"Q1351335"}, "T1": set()}),
])
def test_links(gold_documents, doc_id, links):
    assert gold_documents[doc_id].links == links


def test_problems_name_file_and_line(gold_documents):
    problems = gold_documents["b_gok"].problems
    # A, # and E lines are ignored, not problems
    assert [problem.split("b_gok.ann:")[1] for problem in problems] == [
        "4: not a brat annotation line: 'Лебединский ГОК'", "10: R3: unknown argument T9"]


TEXT = "Генеральный секретарь ШОС Чжан Мин прибыл в Москву.\n"


@pytest.mark.parametrize("line, reason", [
    ("T1\tPERSON 26 34\tЧжан Мин", None),
    ("T1\tPERSON 26 99\tЧжан Мин", "outside text"),
    ("T1\tPERSON 26 30\tЧжан Мин", "does not match"),
    ("T1\tPERSON 26-34\tЧжан Мин", "bad span"),
    ("T1\tPERSON 26 34", "tab-separated"),
    ("R1\tWORKS_AS Arg1:T1", "expected Arg1"),
    ("N1\tReference T1 Wikidata:(Q15180\t", "not a Wikidata item id"),      # train/134067 line 174
    ("N1\tReference T1 Wikidata:P634\t", "not a Wikidata item id"),         # train/12146 line 204
    ("N1\tReference T1 Wikidaиция", "expected 'Reference"),                # train/21274 line 164
    ("По словам очевидцев пешехо", "not a brat annotation line"),          # train/21013 line 52
])
def test_malformed_lines_warn_and_are_skipped(tmp_path, line, reason):
    (tmp_path / "doc.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "doc.ann").write_text(line + "\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        document = read_document(tmp_path / "doc.txt", tmp_path / "doc.ann")
    messages = [str(warning.message) for warning in caught if warning.category is BratWarning]
    if reason is None:
        assert (messages, len(document.entities)) == ([], 1)
    else:
        assert len(messages) == 1 and reason in messages[0] and ":1:" in messages[0]
        assert document.problems == tuple(messages)
        assert not document.entities and not document.relations and not document.links


def test_offsets_count_carriage_returns(tmp_path):
    (tmp_path / "doc.txt").write_bytes("ШОС\r\nМосква\r\n".encode())
    (tmp_path / "doc.ann").write_text("T1\tCITY 5 11\tМосква\n", encoding="utf-8")
    document = read_document(tmp_path / "doc.txt", tmp_path / "doc.ann")
    assert document.entities[0].spans == ((5, 11),)


@pytest.mark.parametrize("make_dir, message", [
    (lambda path: path / "missing", "not a directory"),
    (lambda path: path, "no .ann files"),
])
def test_unreadable_corpus_is_a_user_error(tmp_path, make_dir, message):
    with pytest.raises(InputError, match=message):
        list(read_corpus(make_dir(tmp_path)))
