"""Where `kg build`'s time goes: seconds per stage for N NEREL train texts, in one process.

    python benchmarks/stages.py [--nerel DIR] [--articles 100] [--no-learned] [--out benchmarks/results/stages.json]

Stages, timed around the same calls `kg.pipeline.Pipeline.process` and `kg build` make: model
loading, NLP (natasha/slovnet into a spaCy Doc), the learned tagger, extraction (rules and the
learned relation classifier), resolution and the shapes' type check, each article's RDF graph
built and checked (kg.article_graphs: in the workers of `kg build -w N`), each article's graph
assembled into the corpus's as it arrives (the parent's, while the workers run), the rest of the
assembly and the check of the merged entity descriptions (the parent's serial part), the whole-graph
`--validate full`, and writing graph.ttl, graph.trig and facts.tsv. CPU time of this process (`time.process_time`), so other processes sharing the
cores do not count; per 100 articles. One BLAS thread, as `kg build` runs.
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from nerel_path import NEREL  # noqa: E402 (benchmarks/nerel_path.py: $KG_NEREL or ../shared/data/nerel)
DEFAULT_NEREL = str(NEREL / "train")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nerel", type=Path, default=Path(DEFAULT_NEREL))
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--no-learned", dest="learned", action="store_false")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/stages.json"))
    options = parser.parse_args()
    seconds = defaultdict(float)
    clock = Clock(seconds)
    paths = sorted(options.nerel.glob("*.txt"))[:options.articles]
    with clock("import"):
        import kg
        from kg import extract, graph, ingest, nlp, resolve
        from kg.article_graphs import article_graph
        from kg.extract.learned import with_learned
        from kg.knowledge_graph import KnowledgeGraph
        from kg.pipeline import Pipeline
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")   # as kg build does in-process (kg.pipeline)
    with clock("load models"):
        pipeline = Pipeline(learned=options.learned)
        language = nlp.load("ru")
    knowledge = KnowledgeGraph()
    for item in ingest.read(paths):
        with clock("nlp"):
            doc = language.parse(item)
        context = extract.ExtractContext(item, language, pipeline.gazetteer, learned=pipeline.learned)
        with clock("learned tagger"):
            with_learned(doc, context, extract.find_mentions(doc, context))
        with clock("extract"):
            extraction = extract.extract(doc, context)
        with clock("resolve"):
            resolved = resolve.resolve(extraction, lemmatize=language.lemmatize, gazetteer=pipeline.gazetteer)
            result = graph.conforming(resolved)
        with clock("article graph"):
            knowledge.parts.append(article_graph(result, "fast"))
            knowledge.results.append(result)
        with clock("assemble each part as it arrives"):   # kg build's parent, while workers run
            knowledge.take_arrived()
    with clock("assemble + check descriptions"):
        knowledge.quads   # noqa: B018 - made once, cached; validation and writing read them
        knowledge.validate()
    with clock("validate full"):
        graph.validate(knowledge.quads, "full")
    with tempfile.TemporaryDirectory() as scratch, clock("write"):
        knowledge.write(scratch)
    per_100 = {name: round(value * 100 / len(paths), 2) for name, value in seconds.items()}
    per_100["extract"] = round(per_100["extract"] - per_100.get("learned tagger", 0), 2)  # extract re-runs it
    report = {"date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, "
              f"{platform.python_implementation()} {platform.python_version()}",
              "articles": len(paths), "learned": options.learned, "cpu_seconds_per_100_articles": per_100,
              "facts": knowledge.fact_count}
    options.out.parent.mkdir(parents=True, exist_ok=True)
    options.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2, ensure_ascii=False))


class Clock:
    """`with clock("stage"):` adds the block's CPU seconds to seconds["stage"]."""

    def __init__(self, seconds: dict[str, float]):
        self.seconds, self.stage, self.start = seconds, None, 0.0

    def __call__(self, stage: str) -> "Clock":
        self.stage = stage
        return self

    def __enter__(self) -> None:
        self.start = time.process_time()

    def __exit__(self, *exc) -> None:
        self.seconds[self.stage] += time.process_time() - self.start


if __name__ == "__main__":
    sys.exit(main())
