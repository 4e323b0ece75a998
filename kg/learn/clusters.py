"""Word clusters: k-means over navec vectors, so rare words share features with frequent ones.

Training (`fit_centroids`, needs scikit-learn) clusters the unit vectors of the training
corpus's words, sorted, with a fixed seed: the result depends on the data, never on Python's
hash seed. Inference (`WordClusters`, numpy only) gives any word navec knows the id of its
nearest centroid, so words the training corpus never saw still get a cluster. The vectors are
natasha's navec embedding, already installed with kg (no download).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

UNKNOWN = "-"          # the cluster of a word navec does not know


def navec():
    """natasha's news embedding: the very copy kg.nlp's slovnet models use (loaded once)."""
    from kg.nlp.ru.models import news_embedding
    return news_embedding()


def unit_vectors(words: Sequence[str]) -> np.ndarray:
    """The words' navec vectors (every word known to navec), scaled to length 1, one row each."""
    embedding = navec()
    ids = [embedding.vocab.word_ids[word] for word in words]
    # navec stores product-quantized vectors: row i is its codes at the word's indexes, which
    # one gather decodes for all words at once (Navec.__getitem__ decodes one word per call)
    pq = embedding.pq
    vectors = pq.codes[pq.qdims, pq.indexes[ids]].reshape(len(ids), pq.dim).astype(np.float64)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def known_words(words: Iterable[str]) -> list[str]:
    """The distinct lowercased words navec has a vector for, sorted (a deterministic order)."""
    vocabulary = navec().vocab
    return sorted({word.lower() for word in words if word.lower() in vocabulary.word_ids})


def fit_centroids(words: Sequence[str], k: int, seed: int) -> np.ndarray:
    """k-means centroids (k × dim, float32) of the words' unit vectors."""
    from sklearn.cluster import KMeans   # training stack: the [train] extra
    vectors = unit_vectors(known_words(words))
    k = min(k, len(vectors))
    model = KMeans(n_clusters=k, n_init=1, random_state=seed, algorithm="lloyd").fit(vectors)
    return model.cluster_centers_.astype(np.float32)


class WordClusters:
    """Cluster ids of words under one or more clusterings (e.g. 64 and 512 clusters)."""

    def __init__(self, centroids: Sequence[np.ndarray]):
        self.centroids = [c.astype(np.float64) for c in centroids]
        self._half_norms = [0.5 * (c * c).sum(axis=1) for c in self.centroids]
        self._known: dict[str, tuple[str, ...]] = {}   # a memo over navec's finite vocabulary

    @property
    def sizes(self) -> tuple[int, ...]:
        return tuple(len(c) for c in self.centroids)

    def of(self, word: str) -> tuple[str, ...]:
        """One id per clustering (as text, for features), or UNKNOWN for each."""
        word = word.lower()
        found = self._known.get(word)
        if found is None:
            self.assign([word])
            found = self._known[word]
        return found

    def assign(self, words: Iterable[str]) -> None:
        """Find the clusters of all the words not seen yet in one matrix product per clustering
        (an article's words at once: one product per word cost more than the tagger's CRFs)."""
        new = sorted({word.lower() for word in words}.difference(self._known))
        vocabulary = navec().vocab.word_ids
        known = [word for word in new if word in vocabulary]
        self._known.update(dict.fromkeys(new, (UNKNOWN,) * len(self.centroids)))
        if not known:
            return
        vectors = unit_vectors(known)
        # nearest centroid: argmin |x - c|² = argmax x·c - |c|²/2. The sums may round unlike one
        # word's product, which picks the same centroid: the best beats the second by ≥ 1.7e-7 for
        # every word navec knows, under the shipped centroids (checked over its whole vocabulary)
        ids = [np.argmax(vectors @ c.T - h, axis=1) for c, h in zip(self.centroids, self._half_norms)]
        for n, word in enumerate(known):
            self._known[word] = tuple(str(int(column[n])) for column in ids)


def save_clusters(path, centroids: Sequence[np.ndarray]) -> None:
    np.savez_compressed(path, **{f"k{len(c)}": c for c in centroids})


def load_clusters(path) -> WordClusters:
    with np.load(path, allow_pickle=False) as data:   # data only: loading runs no code
        return WordClusters([data[name] for name in sorted(data.files, key=lambda n: int(n[1:]))])
