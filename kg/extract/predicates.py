"""The `predicates` extractor: verbs and nominalizations of the predicate lexicon (frames.yml)."""
from kg.extract.frames import FrameExtractor

predicates = FrameExtractor(
    "predicates",
    "verb and noun predicates from the lexicon: chairs, adopts, proposes, callsFor, meetsWith, "
    "memberOf, signs, condemns, cooperatesWith, prioritizes …",
    "frames.yml")
