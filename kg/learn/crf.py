"""Linear-chain CRFs at inference in numpy: every (type, layer) model of the tagger in one pass.

The models are trained with python-crfsuite (kg.train.ner) and exported to `ner.npz` (read with
allow_pickle=False: data, loading it runs no code): one vocabulary of feature names shared by
all models, each name's state weights as a sparse row (CSR: `indptr`, `columns`, `weights`,
column = model × 3 + label), and each model's 3 × 3 transition weights. A sentence's features
are looked up once for all models (crfsuite looked every name up again in each of 15 files),
and its scores are summed in crfsuite's order: the labels are crfsuite's, the marginals equal
crfsuite's to the last bits of a float64 (exp and sums of three may round differently).
"""
from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from pathlib import Path

import numpy as np
from scipy import sparse

from kg.learn.names import decode_names

LABELS = ("O", "B", "I")   # column order within a model; OUTSIDE first


class ChainModels:
    """Several 3-label linear-chain CRFs over the same features."""

    def __init__(self, path: Path):
        with np.load(path, allow_pickle=False) as data:
            names = decode_names(data["names"])
            indptr, columns, weights = data["indptr"], data["columns"], data["weights"]
            self.transitions = data["transitions"]
        self.index = dict(zip(names, range(len(names))))
        self.size = len(self.transitions)
        self.exp_transitions = np.exp(self.transitions)
        # name id → its state weights, a sparse row of (model × 3 + label) columns
        self.state_weights = sparse.csr_matrix((weights, columns.astype(np.int32), indptr.astype(np.int32)),
                                               shape=(len(indptr) - 1, 3 * self.size))

    def ids(self, features: Sequence[Sequence[str]]) -> list[list[int]]:
        """The tokens' known feature names as ids (unknown ones dropped), in the tokens' own order."""
        index = self.index
        return [[index[name] for name in token if name in index] for token in features]

    def state_scores(self, flat: Sequence[int], lengths: Sequence[int]) -> np.ndarray:
        """(T, models, 3) sums of the tokens' state weights, added in the order crfsuite adds them:
        the product of a tokens × names matrix of ones (a token's ids in its own order) with the
        weights' rows, which scipy sums row by row, each token's names in their stored order (1.0 × w
        is w, and a label a name has no weight for gets nothing added: the same floats as adding
        the weights one by one, at a third of the cost of gathering them in numpy)."""
        indptr = np.zeros(len(lengths) + 1, dtype=np.int32)
        np.cumsum(lengths, out=indptr[1:])
        tokens = sparse.csr_matrix((np.ones(len(flat)), np.asarray(flat, dtype=np.int32), indptr),
                                   shape=(len(lengths), self.state_weights.shape[0]))
        return (tokens @ self.state_weights).toarray().reshape(len(lengths), self.size, 3)

    def decode(self, sentences: Sequence[Sequence[Sequence[int]]]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Every model's best labels for each sentence (feature ids per token: `ids`, or
        kg.learn.features.sentence_ids, which makes them without the names), with their marginal
        probabilities (where a model found no span in the sentence: 1): one (labels, marginals)
        pair of (T, models) arrays per sentence. The sentences of an article are decoded side by
        side, padded to the longest."""
        lengths = np.array([len(sentence) for sentence in sentences])
        if not len(lengths):
            return []
        # the ids of all tokens in one array (10,000 an article in NEREL dev: np.fromiter over the
        # tokens' own sequences, not a Python list first)
        tokens = list(chain.from_iterable(sentences))
        counts = np.fromiter(map(len, tokens), dtype=np.int32, count=len(tokens))
        scores = self.state_scores(np.fromiter(chain.from_iterable(tokens), dtype=np.int32, count=int(counts.sum())),
                                   counts)
        state = np.zeros((lengths.max(), len(lengths), self.size, 3))
        steps = np.concatenate([np.arange(n) for n in lengths])
        state[steps, np.repeat(np.arange(len(lengths)), lengths)] = scores
        last = lengths - 1
        labels = viterbi(state, self.transitions, last)
        marginals = np.ones(labels.shape)   # of "O" where a model found nothing: never read
        # only a sentence and model with a span needs marginals (NEREL dev: 3,001 of the 18,397
        # sentences × models that found one in the article, 16%): each such pair is run as a sentence
        # of its own, with its model's transitions (the same operations on the same numbers as among
        # all sentences and models: the same floats). Labels past a sentence's end are padding.
        within = np.arange(len(state))[:, None] <= last[None, :]                  # (T, S)
        sentence_at, model_at = np.nonzero(((labels != 0) & within[..., None]).any(axis=0))
        if len(sentence_at):
            longest = lengths[sentence_at].max()
            chosen = marginal_points(state[:longest, sentence_at, model_at, None],
                                     self.exp_transitions[model_at, None], last[sentence_at])[:, :, 0]
            marginals[:longest, sentence_at, model_at] = np.take_along_axis(
                chosen, labels[:longest, sentence_at, model_at, None], axis=2)[..., 0]
        return [(labels[:n, s], marginals[:n, s]) for s, n in enumerate(lengths)]


def viterbi(state: np.ndarray, transitions: np.ndarray, last: np.ndarray) -> np.ndarray:
    """(T, S, M) best labels of M models over S sentences padded to T, each ending at its `last`
    position; ties go to the lower label, as in crfsuite."""
    steps, count, models = state.shape[:3]
    score = np.empty_like(state)
    score[0] = state[0]
    back = np.zeros(state.shape, dtype=np.intp)
    # where candidates[s, m, 0, to] lies in the flattened candidates (`from` adds 3 × from)
    column = (np.arange(count * models)[:, None] * 9 + np.arange(3)).reshape(count, models, 3)
    for t in range(1, steps):
        candidates = score[t - 1][..., :, None] + transitions          # (S, M, from, to)
        best = candidates.argmax(axis=2)
        back[t] = best
        # the best candidate's score itself (what .max gives), read at the argmax just taken: one
        # gather from the flat array (np.take_along_axis builds its index arrays anew every step)
        best *= 3
        best += column
        np.add(candidates.ravel().take(best), state[t], out=score[t])
    # walked back from each sentence's own end: the best label there, then the back pointers
    final = score[last, np.arange(count)].argmax(axis=2)                 # (S, M)
    ending = {int(t): np.flatnonzero(last == t) for t in np.unique(last)}
    sentence_at, model_at = np.arange(count)[:, None], np.arange(models)[None, :]
    labels = np.zeros(state.shape[:3], dtype=np.intp)
    current = score[-1].argmax(axis=2)   # past a sentence's end the padding's path, never read
    for t in range(steps - 1, -1, -1):
        if t < steps - 1:
            current = back[t + 1][sentence_at, model_at, current]
        if t in ending:
            current[ending[t]] = final[ending[t]]
        labels[t] = current
    return labels


def marginal_points(state: np.ndarray, exp_transitions: np.ndarray, last: np.ndarray) -> np.ndarray:
    """(T, S, M, 3) marginal probability of each label at each position: crfsuite's scaled
    forward-backward (crf1d_context.c), step for step. `exp_transitions`: (M, 3, 3), or
    (S, M, 3, 3) where each sentence has its own."""
    steps = len(state)
    exp_state = np.exp(state)
    alpha, beta = np.empty_like(exp_state), np.empty_like(exp_state)
    scale = np.ones(exp_state.shape[:3])   # 1 / the step's total; 1 where the total is 0
    for t in range(steps):
        current = exp_state[0] if t == 0 else \
            (alpha[t - 1][..., :, None] * exp_transitions).sum(axis=2) * exp_state[t]
        total = current.sum(axis=-1)
        np.divide(1.0, total, out=scale[t], where=total != 0)
        np.multiply(current, scale[t][..., None], out=alpha[t])
    ends = (last[None, :] == np.arange(steps)[:, None])[:, :, None, None]   # (T, S, 1, 1)
    beta[-1] = scale[-1][..., None]
    for t in range(steps - 2, -1, -1):
        row = beta[t + 1] * exp_state[t + 1]
        inner = (exp_transitions * row[..., None, :]).sum(axis=-1) * scale[t][..., None]
        beta[t] = np.where(ends[t], scale[t][..., None], inner)
    return alpha * beta / scale[..., None]
