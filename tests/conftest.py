"""Fixtures shared by the whole suite: paths to the shipped demo data."""
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LONGEST_ID = 60
DEMO_ARTICLE = REPO / "examples" / "ru" / "sco-security-council-2024-04-03.txt"


def pytest_make_parametrize_id(config, val, argname):
    """Test ids keep Cyrillic as written (mutmut reruns a test by its id, so pyproject.toml turns
    pytest's escaping off) but escape what would break an id: line breaks, tabs, invisible
    characters, bytes; and cut long values (a 2 MB body must not become a 2 MB id)."""
    if isinstance(val, bytes):
        val = val.decode("latin-1")
    elif not isinstance(val, str):
        return None
    text = val if val.isprintable() else val.encode("unicode_escape").decode("ascii")
    return text if len(text) <= LONGEST_ID else f"{text[:LONGEST_ID]}…{len(text)}"


@pytest.fixture(scope="session")
def demo_article_path() -> Path:
    return DEMO_ARTICLE


# A small real corpus: the demo article and two short articles, built once by `kg.build` with its
# defaults (rules and learned models), so contract tests check what the pipeline really writes.
REAL_CORPUS = (DEMO_ARTICLE, REPO / "tests" / "data" / "corpus" / "csto.txt",
               REPO / "tests" / "data" / "corpus" / "iran.txt")


@pytest.fixture(scope="session")
def built():
    """`kg.KnowledgeGraph` of REAL_CORPUS (slow: ~10 s of NLP, once per session)."""
    import kg

    knowledge = kg.build(REAL_CORPUS, workers=1)
    assert not knowledge.skipped and len(knowledge.results) == len(REAL_CORPUS)
    return knowledge


@pytest.fixture(scope="session")
def built_trig(built, tmp_path_factory) -> Path:
    """The built corpus written as TriG, one named graph per article (what `kg build` writes)."""
    return built.serialize(tmp_path_factory.mktemp("built") / "graph.trig", "trig")


# A small corpus shaped like `kg build` output (articles as named graphs with provenance), shared
# by the store, query and export tests.
RDF_CORPUS = REPO / "tests" / "data" / "store" / "corpus.trig"


@pytest.fixture
def corpus():
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(RDF_CORPUS, format="trig")
    return dataset


@pytest.fixture
def corpus_path() -> Path:
    return RDF_CORPUS


@pytest.fixture
def store_dir(tmp_path, corpus) -> Path:
    from kg.rdfio import from_rdflib
    from kg.store import add_results

    add_results(tmp_path / "store", from_rdflib(corpus))
    return tmp_path / "store"


@pytest.fixture
def cli():
    """The `kg` command group, as users run it."""
    from kg.cli import main

    return main


@pytest.fixture(scope="session")
def lemmatize():
    """The Russian phrase lemmatizer resolution uses (no sentence models loaded)."""
    from kg.nlp import lemmatizer

    return lemmatizer("ru")


@pytest.fixture(scope="session")
def gazetteer():
    """The shipped gazetteer, loaded once."""
    from kg.gazetteer import load_gazetteer

    return load_gazetteer()


def pytest_collection_modifyitems(session, config, items):
    """Tests of one module run together, in the order given: a list of test ids in any order (mutmut
    passes a set) would otherwise set a module fixture up again at every change of module (`served`
    starts a server each time). A normal run is already in this order."""
    first_seen = {}
    for item in items:
        first_seen.setdefault(item.path, len(first_seen))
    items.sort(key=lambda item: first_seen[item.path])
    mark_slow(items, whole_suite=config.args_source == pytest.Config.ArgsSource.TESTPATHS)


SLOW_LIST = REPO / "tests" / "slow.tsv"


def slow_prefixes() -> dict[str, str]:
    """Test id prefix → why its tests are slow, from tests/slow.tsv."""
    rows = [line.split("\t") for line in SLOW_LIST.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {prefix: why for prefix, why in rows[1:]}


def mark_slow(items, whole_suite: bool) -> None:
    prefixes, matched = slow_prefixes(), set()
    for item in items:
        for prefix, why in prefixes.items():
            if item.nodeid.startswith(prefix):
                item.add_marker(pytest.mark.slow(reason=why))
                matched.add(prefix)
    if whole_suite and (stale := sorted(set(prefixes) - matched)):
        raise pytest.UsageError(f"tests/slow.tsv lists tests that do not exist: {', '.join(stale)}")
