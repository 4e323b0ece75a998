"""The `predicates` extractor: verbs and nominalizations of the predicate lexicon (frames.yml)."""
from kg.extract.frames import FrameExtractor


def create() -> FrameExtractor:
    return FrameExtractor("predicates", "frames.yml")
