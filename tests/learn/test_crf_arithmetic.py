"""kg.learn.crf's shortcuts give the floats and labels of the plain computation: state weights added
one by one in each token's own order (as crfsuite adds them), and the best label path of each
sentence found by trying every path (ties to the lower label, as crfsuite breaks them)."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from kg.learn.crf import ChainModels, marginal_points, viterbi
from kg.learn.names import encode_names

BIG = 1e16   # 1e16 + 1.0 - 1e16 is 0.0, 1e16 - 1e16 + 1.0 is 1.0: any other order changes the sum


def models(tmp_path, rows: list[dict[int, float]], size: int = 2) -> ChainModels:
    """ChainModels over names f0, f1, … whose state weights are `rows` (column → weight)."""
    indptr, columns, weights = [0], [], []
    for row in rows:
        columns += list(row)
        weights += list(row.values())
        indptr.append(len(columns))
    np.savez(tmp_path / "ner.npz", names=encode_names([f"f{n}" for n in range(len(rows))]), indptr=np.array(indptr),
             columns=np.array(columns, dtype=np.int16), weights=np.array(weights, dtype=np.float64),
             transitions=np.zeros((size, 3, 3)))
    return ChainModels(tmp_path / "ner.npz")


def added_one_by_one(rows: list[dict[int, float]], tokens: list[list[int]], width: int) -> np.ndarray:
    scores = np.zeros((len(tokens), width))
    for t, ids in enumerate(tokens):
        for number in ids:
            for column, weight in rows[number].items():
                scores[t, column] += weight
    return scores


ROWS = [{0: BIG, 4: 0.1}, {0: 1.0, 5: 0.2}, {0: -BIG, 3: 0.3}, {}, {1: 1.0, 2: -1.0}]


@pytest.mark.parametrize("tokens", [
    [[0, 1, 2]],            # (1e16 + 1) - 1e16 = 0
    [[0, 2, 1]],            # (1e16 - 1e16) + 1 = 1: the order is the token's own
    [[2, 0, 1], [1]],
    [[3], [], [4, 4]],      # a name without weights, a token without known names, a name twice
    [[1, 0, 2, 4, 3]],
])
def test_state_scores_add_in_each_tokens_order(tmp_path, tokens):
    chain = models(tmp_path, ROWS)
    flat = [number for token in tokens for number in token]
    scores = chain.state_scores(flat, [len(token) for token in tokens])
    expected = added_one_by_one(ROWS, tokens, 6).reshape(len(tokens), 2, 3)
    assert scores.tobytes() == expected.tobytes()


def test_the_order_shows_in_the_sums(tmp_path):
    """The twin of the rows above: the two orders of the same names do give different sums."""
    chain = models(tmp_path, ROWS)
    assert chain.state_scores([0, 1, 2], [3])[0, 0, 0] == 0.0
    assert chain.state_scores([0, 2, 1], [3])[0, 0, 0] == 1.0


def best_path(state: np.ndarray, transitions: np.ndarray) -> list[int]:
    """The best labels of one sentence and one model by trying every path. Of equal paths, the one
    crfsuite's back pointers give: the lowest last label, then the lowest label before it, …"""
    def score(path: tuple[int, ...]) -> float:
        return (sum(state[t, label] for t, label in enumerate(path))
                + sum(transitions[a, b] for a, b in zip(path, path[1:])))
    return list(min(itertools.product(range(3), repeat=len(state)), key=lambda path: (-score(path), path[::-1])))


@pytest.mark.parametrize("lengths, seed, ties", [
    ((1,), 0, False),
    ((4,), 1, False),
    ((5, 2, 3), 2, False),
    ((3, 3), 3, False),
    ((4, 1, 5), 4, True),    # integer scores: many equal paths
    ((2, 5), 5, True),
])
def test_viterbi_finds_each_sentences_best_path(lengths, seed, ties):
    random = np.random.default_rng(seed)
    size = 2
    draw = (lambda shape: random.integers(-1, 2, shape).astype(float)) if ties else (lambda shape: random.normal(size=shape))
    state = np.zeros((max(lengths), len(lengths), size, 3))
    for s, n in enumerate(lengths):
        state[:n, s] = draw((n, size, 3))
    transitions = draw((size, 3, 3))
    labels = viterbi(state, transitions, np.array(lengths) - 1)
    for s, n in enumerate(lengths):
        for model in range(size):
            assert list(labels[:n, s, model]) == best_path(state[:n, s, model], transitions[model])


@pytest.mark.parametrize("lengths, seed", [
    ((1,), 0),
    ((6,), 1),
    ((5, 2, 3), 2),
    ((2, 7, 1, 4), 3),       # the longest sentence not first
    ((3, 3, 3, 3, 3), 4),
])
def test_marginals_are_computed_for_spans_found_as_among_all_sentences_and_models(tmp_path, lengths, seed):
    """decode runs forward-backward only for a sentence and model whose labels hold a span: at the
    labels of every span found, the same floats as all sentences and models computed together."""
    random = np.random.default_rng(seed)
    size, names = 4, 12
    # the last model has no state weights and its transitions lead to "O": it finds no span
    rows = [{int(c): float(random.normal(scale=2)) for c in random.choice(3 * (size - 1), 5, replace=False)}
            for _ in range(names)]
    chain = models(tmp_path, rows, size)
    chain.transitions = random.normal(size=(size, 3, 3))
    chain.transitions[-1] = [[1, 0, 0]] * 3
    chain.exp_transitions = np.exp(chain.transitions)
    sentences = [[list(random.choice(names, 3)) for _ in range(n)] for n in lengths]
    decoded = chain.decode(sentences)
    # every sentence and model at once, as decode computed them before
    state = np.zeros((max(lengths), len(lengths), size, 3))
    for s, sentence in enumerate(sentences):
        state[:len(sentence), s] = chain.state_scores([i for token in sentence for i in token],
                                                      [len(token) for token in sentence]).reshape(-1, size, 3)
    everything = marginal_points(state, chain.exp_transitions, np.array(lengths) - 1)
    spans = 0
    for s, (labels, marginals) in enumerate(decoded):
        for model in range(size):
            found = labels[:, model] != 0
            spans += found.any()
            expected = everything[:len(labels), s, model][np.arange(len(labels)), labels[:, model]]
            assert marginals[found, model].tolist() == expected[found].tolist()
    assert 0 < spans < len(lengths) * (size - 1) or len(lengths) == 1   # with spans and without
    for labels, marginals in decoded:   # the last model: no span, no marginals computed
        assert not labels[:, -1].any() and (marginals[:, -1] == 1).all()
