"""`evaluate_facts`: run kg on a corpus folder and score its facts against a gold TSV."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.eval.counts import Scores, add_counts
from kg.eval.facts.causes import by_relation, miss_causes
from kg.eval.facts.gold import GoldFact, read_gold
from kg.eval.facts.match import EntityMatcher
from kg.eval.facts.predicted import PredictedFact, canonical, from_article_facts
from kg.eval.facts.scheme import Scheme, load_scheme
from kg.eval.facts.score import QUALIFIER, FactMistake, score_article
from kg.types import ArticleFacts, Entity, Skipped

# One file per article, named as the gold's `article` column (JSONL holds many articles per file).
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True)
class FactsResult:
    gold: str                      # path of the gold TSV
    corpus: str                    # the folder of articles
    articles: int
    gold_facts: int                # required rows (optional ones are counted apart)
    optional_facts: int
    relations: Scores              # per canonical relation
    qualifiers: Scores             # per qualifier name, over facts kg found
    mistakes: tuple[FactMistake, ...]
    failures: tuple[str, ...]      # articles kg could not read or process ("name: reason")
    miss_causes: dict[str, dict[str, int]] | None = None   # {relation: {cause: count}} (causes.py), when asked

    @property
    def qualifier_mistakes(self) -> int:
        return sum(mistake.kind == QUALIFIER for mistake in self.mistakes)


def article_files(corpus: str | Path) -> dict[str, Path]:
    """The corpus's articles by name (file name without suffix), from the folder's top level."""
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise InputError(f"{corpus}: not a folder of articles")
    files: dict[str, Path] = {}
    for path in sorted(corpus.iterdir()):
        if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file():
            if path.stem in files:
                raise InputError(f"{corpus}: two articles named {path.stem!r} ({files[path.stem].name}, {path.name})")
            files[path.stem] = path
    if not files:
        raise InputError(f"{corpus}: no article files ({', '.join(ARTICLE_SUFFIXES)})")
    return files


def evaluate_facts(gold_path: str | Path, corpus: str | Path, *, workers: int | None = None,
                   extractors: Sequence[str] | None = None, relations: Iterable[str] | None = None,
                   on_article: Callable[[ArticleFacts | Skipped], None] | None = None, learned: bool = True,
                   min_confidence: float = 0.0, models: str | Path | None = None,
                   causes: bool = False) -> FactsResult:
    """Read the gold (failing fast on a bad row), run the pipeline on every article, score.

    `learned`, `min_confidence` and `models` are the pipeline's (`kg.pipeline.run`): with or
    without the learned models, the least confidence a fact needs, a model directory of one's own.
    `causes`: also count the misses by cause (`FactsResult.miss_causes`)."""
    # Imported here: reading gold and scoring records need neither the pipeline nor the models.
    from kg import gazetteer, nlp, pipeline

    scheme = load_scheme()
    files = article_files(corpus)
    gold = read_gold(gold_path, files, scheme)
    scored = scheme.scored((row.predicate for row in gold), relations)
    predicted: dict[str, tuple[PredictedFact, ...]] = {}
    nodes: dict[str, tuple[Entity, ...]] = {}
    failures, languages = [], set()
    for item in pipeline.run(list(files.values()), workers=workers, extractors=extractors, learned=learned,
                             min_confidence=min_confidence, models=models):
        if on_article:
            on_article(item)
        if isinstance(item, Skipped):
            failures.append(f"{Path(item.source).stem}: {item.reason}")
        else:
            name = Path(item.article.source).stem
            predicted[name] = from_article_facts(item, name)
            nodes[name] = item.entities
            languages.add(item.article.lang)
    # One language per corpus: gold labels are lemmatized like the articles they describe.
    language = nlp.load(languages.pop() if len(languages) == 1 else "ru")
    matcher = EntityMatcher(language.lemmatize, gazetteer.load_gazetteer())
    return score_corpus(gold, predicted, matcher, scheme=scheme, relations=scored, gold_path=str(gold_path),
                        corpus=str(corpus), articles=len(files), failures=tuple(failures),
                        nodes=nodes if causes else None)


def score_corpus(gold: Sequence[GoldFact], predicted: Mapping[str, Sequence[PredictedFact]],
                 matcher: EntityMatcher, *, scheme: Scheme | None = None, relations: Iterable[str] | None = None,
                 gold_path: str = "", corpus: str = "", articles: int | None = None,
                 failures: tuple[str, ...] = (), nodes: Mapping[str, Sequence[Entity]] | None = None) -> FactsResult:
    """Score predicted facts (by article name) against gold rows; no pipeline, no models needed.

    `relations`: the relations to score (default: the scheme's and those the gold uses).
    `nodes`: the entities of each article; given, the misses are also counted by cause.
    """
    scheme = scheme or load_scheme()
    scored = frozenset(relations) if relations is not None else scheme.scored(row.predicate for row in gold)
    names = sorted({row.article for row in gold} | set(predicted))
    scores = [score_article([row for row in gold if row.article == name and row.predicate in scored],
                            canonical(tuple(predicted.get(name, ())), scheme, scored), matcher, scheme)
              for name in names]
    kept = [row for row in gold if row.predicate in scored]
    tally = Counter()
    if nodes is not None:
        for name, score in zip(names, scores):
            tally += miss_causes(score.missed, nodes.get(name, ()), predicted.get(name, ()), matcher, scheme)
    return FactsResult(
        gold=gold_path, corpus=corpus, articles=len(names) if articles is None else articles,
        gold_facts=sum(not row.optional for row in kept), optional_facts=sum(row.optional for row in kept),
        relations=add_counts(score.relations for score in scores),
        qualifiers=add_counts(score.qualifiers for score in scores),
        mistakes=tuple(mistake for score in scores for mistake in score.mistakes), failures=failures,
        miss_causes=by_relation(tally) if nodes is not None else None)
