"""Stage 8: link documents: near-duplicates and versions, and the conflicts between versions.

Every document gets a MinHash signature of its character 5-grams (datasketch). Candidate
pairs come from two LSH indexes, never from comparing all pairs: MinHashLSH finds texts of
similar content overall (Jaccard), MinHashLSHEnsemble finds a text contained in a longer
one (an excerpt, a mirror of one part). Pairs whose estimated Jaccard or containment clears
its threshold join one version group (union-find).

Within a group, two versions conflict where the same statement carries different numbers
(the sentence is the same once digits are masked) or different words (the sentences differ
by a few characters); both sentences are kept.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH, MinHashLSHEnsemble

NUM_PERM = 64
SCHEME = "affine32"  # fixed, so stored signatures stay comparable across datasketch releases
SHINGLE = 5
JACCARD = 0.5
CONTAINMENT = 0.7
_NOISE = re.compile(r"[\s，。、；：！？“”（）《》,.;:!?()\[\]【】—-]")
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def shingles(text: str) -> set[bytes]:
    compact = _NOISE.sub("", text)
    return {compact[i : i + SHINGLE].encode("utf-8") for i in range(max(1, len(compact) - SHINGLE + 1))}


def signature(text: str) -> bytes:
    """The MinHash of ``text`` as bytes, to store beside the document."""
    minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return minhash.hashvalues.astype(np.uint64).tobytes()


def _minhash(blob: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashvalues=np.frombuffer(blob, dtype=np.uint64))


@dataclass(frozen=True)
class VersionLink:
    a: str
    b: str
    jaccard: float
    containment: float


def version_links(signatures: list[tuple[str, bytes, int, str | None, int | None]]) -> list[VersionLink]:
    """Pairs of documents that are versions of each other, from (id, signature, length,
    place, year); two documents known to be of different places or years never are, however
    alike their wording (a county's reports from year to year share much of it)."""
    if len(signatures) < 2:
        return []
    hashes = {doc_id: _minhash(blob) for doc_id, blob, *_ in signatures}
    sizes = {doc_id: max(1, length - SHINGLE + 1) for doc_id, _, length, *_ in signatures}
    about = {doc_id: (place, year) for doc_id, _, _, place, year in signatures}
    lsh = MinHashLSH(threshold=JACCARD, num_perm=NUM_PERM)
    ensemble = MinHashLSHEnsemble(threshold=CONTAINMENT, num_perm=NUM_PERM, num_part=8)
    for doc_id, minhash in hashes.items():
        lsh.insert(doc_id, minhash)
    ensemble.index([(doc_id, hashes[doc_id], sizes[doc_id]) for doc_id in hashes])
    links: dict[tuple[str, str], VersionLink] = {}
    for doc_id, minhash in hashes.items():
        candidates = set(lsh.query(minhash)) | set(ensemble.query(minhash, sizes[doc_id]))
        for other in candidates - {doc_id}:
            pair = tuple(sorted((doc_id, other)))
            if pair in links or _different(about[pair[0]], about[pair[1]]):
                continue
            jaccard = hashes[pair[0]].jaccard(hashes[pair[1]])
            small, large = sorted(pair, key=lambda d: sizes[d])
            # containment of the smaller in the larger, from Jaccard and the two set sizes
            containment = min(1.0, jaccard * (sizes[small] + sizes[large]) / ((1 + jaccard) * sizes[small]))
            if jaccard >= JACCARD or containment >= CONTAINMENT:
                links[pair] = VersionLink(pair[0], pair[1], round(jaccard, 4), round(containment, 4))
    return sorted(links.values(), key=lambda link: (link.a, link.b))


def _different(a: tuple, b: tuple) -> bool:
    return any(x is not None and y is not None and x != y for x, y in zip(a, b))


def groups(links: list[VersionLink]) -> dict[str, str]:
    """Document id -> group id (the smallest id in its group), by union-find."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        ra, rb = find(link.a), find(link.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent}


def conflicts(a_id: str, a_text: str, b_id: str, b_text: str) -> list[dict]:
    """Statements two versions make differently: other numbers, or a few other words."""
    a_sentences = _sentences(a_text)
    by_mask: dict[str, list[tuple[int, int, str]]] = {}
    by_head: dict[str, list[tuple[int, int, str]]] = {}
    for start, end, sentence in a_sentences:
        by_mask.setdefault(_DIGITS.sub("#", sentence), []).append((start, end, sentence))
        by_head.setdefault(sentence[:6], []).append((start, end, sentence))
    a_set = {s for _, _, s in a_sentences}
    out = []
    for start, end, sentence in _sentences(b_text):
        if sentence in a_set or len(sentence) < 8:
            continue
        same_mask = by_mask.get(_DIGITS.sub("#", sentence))
        if same_mask:
            a_start, a_end, a_sentence = same_mask[0]
            out.append(_conflict("numbers", a_id, a_start, a_end, a_sentence, b_id, start, end, sentence))
            continue
        for a_start, a_end, a_sentence in by_head.get(sentence[:6], []):
            if abs(len(a_sentence) - len(sentence)) <= 6 and difflib.SequenceMatcher(None, a_sentence, sentence).ratio() >= 0.9:
                out.append(_conflict("words", a_id, a_start, a_end, a_sentence, b_id, start, end, sentence))
                break
    return out


def _sentences(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).strip()) for m in _SENTENCE.finditer(text) if m.group(0).strip()]


def _conflict(kind: str, a_id: str, a_start: int, a_end: int, a_sentence: str, b_id: str, b_start: int, b_end: int, b_sentence: str) -> dict:
    return {
        "type": kind,
        "a": {"document": a_id, "start": a_start, "end": a_end, "sentence": a_sentence},
        "b": {"document": b_id, "start": b_start, "end": b_end, "sentence": b_sentence},
    }
