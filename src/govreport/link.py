"""Stage 8: link documents: near-duplicates and versions, and the conflicts between versions.

Every document gets a MinHash signature of its character 5-grams (datasketch). Two documents
are versions when the estimated Jaccard similarity of their 5-gram sets, or the containment
of the smaller in the larger (an excerpt, a mirror of one part), clears its threshold, and
they share enough 5-grams to say so (``_is_version`` gives the rule and why each part is there):
containment is read off the Jaccard estimate and the two set sizes, so where one document is
tiny beside the other it rests on one or two of the 64 hash slots and is no evidence alone.

Candidate pairs never come from comparing every document with every other:
- documents of two different known places (or years) are never versions, however alike their
  wording (a county's reports share much of it from year to year; news sites share templates),
  so documents are blocked by place and each block is compared on its own: a small block as
  one matrix operation over its signatures, a large one through MinHashLSH (Jaccard) and
  MinHashLSHEnsemble (containment);
- a document whose place is unknown may be a version of any document: a few such documents
  are compared with the whole corpus as one matrix operation, many through the two LSH indexes
  built over the whole corpus.
Pairs that clear a threshold join one version group (union-find), except where the join would
put two different known places or years in one group: a document of unknown place that looks
like two others of different places does not chain them together. Which of the two it joins is
decided by a score that a size gap cannot inflate, and a tie keeps the link it had (``groups``),
so documents that arrive later take no link they are not strictly better for.

Within a group, two versions conflict where the same statement carries different numbers
(the sentence is the same once digits are masked) or different words (the sentences differ
by a few characters); both sentences are kept.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH, MinHashLSHEnsemble

NUM_PERM = 64
SCHEME = "affine32"  # fixed, so stored signatures stay comparable across datasketch releases
_MAX_HASH = (1 << 32) - 1  # the largest affine32 hash value
SHINGLE = 5
JACCARD = 0.5
CONTAINMENT = 0.7
# containment counts only where the Jaccard estimate behind it holds at least 7 of the 64 slots
# (a 12,000-character county report and the sample's 300-character mirror agree on 2 slots by
# their shared stock phrasing, which the size ratio turns into a containment of 1.0)
CONTAINED_JACCARD = 0.1
# 5-grams two versions share at the least: about two sentences (a page that is only a title,
# 湖南省郴州市宜章县人民政府 2021年政府工作报告, has 20 and is a version of nothing)
MIN_SHARED = 50
_NOISE = re.compile(r"[\s，。、；：！？“”（）《》,.;:!?()\[\]【】—-]")
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def shingles(text: str) -> set[bytes]:
    compact = _NOISE.sub("", text)
    return {compact[i : i + SHINGLE].encode("utf-8") for i in range(max(1, len(compact) - SHINGLE + 1))}


def _set_sizes(hashes: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """How many distinct 5-grams each document has: the count its length allows, but no more
    than twice the MinHash's own estimate of its set's size. A page of one phrase printed a
    hundred times (新邵县政府工作报告；…) is 1,000 characters long and has nine 5-grams; sized by
    its length, it would seem to share hundreds with another such page. The estimate (64 slots
    over the sum of their hash values) falls below half the true size about once in seven
    billion documents, so the cap leaves a real document's size alone."""
    by_length = np.maximum(1, lengths - SHINGLE + 1).astype(np.float64)
    estimate = NUM_PERM / (hashes / float(_MAX_HASH)).sum(axis=1) - 1
    return np.maximum(1.0, np.minimum(by_length, 2 * estimate))


def _measures(jaccard, small, large):
    """Containment of the smaller set in the larger, the 5-grams they share and the link's
    score, from the Jaccard estimate and the two set sizes (numbers or arrays alike): the
    shared count is |A∩B| = J(|A|+|B|)/(1+J), at most the smaller set.

    The score is the Ochiai coefficient |A∩B|/√(|A||B|). It lies between Jaccard and
    containment and is 1 only for two equal sets, so a near copy outranks an excerpt, which
    outranks a page that only part of a much longer report holds; and one slot of error in the
    Jaccard estimate moves it far less than it moves containment where the sizes differ (a
    300-character page against a 12,000-character report: 0.09 against 0.5)."""
    shared = np.minimum(small, jaccard * (small + large) / (1 + jaccard))
    return shared / small, shared, shared / np.sqrt(small * large)


def _is_version(jaccard, containment, shared):
    """The rule that makes two documents versions (numbers or arrays alike): they share at
    least MIN_SHARED 5-grams, and either their Jaccard clears JACCARD or the smaller is
    contained in the larger (CONTAINMENT) with a Jaccard estimate of CONTAINED_JACCARD behind
    it. So a near-empty page is a version of nothing, and containment never wins alone: an
    excerpt that is a real part of its source (a third of it, a report with a few paragraphs
    cut) still links, a page that a long report happens to hold in its stock phrases does not."""
    by_containment = (containment >= CONTAINMENT) & (jaccard >= CONTAINED_JACCARD)
    return (shared >= MIN_SHARED) & ((jaccard >= JACCARD) | by_containment)


def signature(text: str) -> bytes:
    """The MinHash of ``text`` as bytes, to store beside the document."""
    minhash = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return minhash.hashvalues.astype(np.uint64).tobytes()


@dataclass(frozen=True)
class VersionLink:
    a: str
    b: str
    jaccard: float
    containment: float
    score: float  # Ochiai, what groups() ranks links by (_measures says why)


# a block of up to this many document pairs is compared as a matrix (one document against a
# hundred thousand takes about 9 ms); a larger one goes through the LSH indexes, whose
# containment index costs minutes to build at that size
MATRIX_PAIRS = 400_000_000
_CELLS = 1 << 25  # signature cells compared at once: bounds the memory of one step to 32 MB


@dataclass
class _Corpus:
    ids: list[str]
    hashes: np.ndarray  # (documents, NUM_PERM) uint32
    sizes: np.ndarray  # shingle-set size of each document (_set_sizes)
    places: list[str | None]
    years: np.ndarray  # -1 where unknown


def version_links(signatures: list[tuple[str, bytes, int, str | None, int | None]], linked_before: Collection[tuple[str, str]] = ()) -> list[VersionLink]:
    """Pairs of documents that are versions of each other, from (id, signature, length,
    place, year); two documents known to be of different places or years never are.

    The pairs in ``linked_before`` (the stored links) are candidates whatever the LSH indexes
    answer, and are judged by the same rule as any other: the indexes are approximate and the
    containment one partitions by the sizes of every document, so the documents that arrive
    could otherwise make it miss a link it found before."""
    if len(signatures) < 2:
        return []
    # affine32 hash values fit 32 bits: half the memory and time of the stored uint64
    hashes = np.stack([np.frombuffer(row[1], dtype=np.uint64) for row in signatures]).astype(np.uint32)
    corpus = _Corpus(
        ids=[row[0] for row in signatures],
        hashes=hashes,
        sizes=_set_sizes(hashes, np.array([row[2] for row in signatures])),
        places=[row[3] for row in signatures],
        years=np.array([-1 if row[4] is None else row[4] for row in signatures], dtype=np.int64),
    )
    blocks: dict[str | None, list[int]] = {}
    for n, place in enumerate(corpus.places):
        blocks.setdefault(place, []).append(n)
    pairs: set[tuple[int, int]] = set()
    for place, members in blocks.items():
        if place is not None and len(members) > 1:
            pairs |= _block_pairs(corpus, np.array(members), np.array(members))
    # documents of unknown place against every document of a compatible year
    unknown: dict[int, list[int]] = {}
    for n in blocks.get(None, []):
        unknown.setdefault(int(corpus.years[n]), []).append(n)
    for year, rows in unknown.items():
        columns = np.arange(len(corpus.ids)) if year == -1 else np.flatnonzero((corpus.years == year) | (corpus.years == -1))
        pairs |= _block_pairs(corpus, np.array(rows), columns)
    index = {doc_id: n for n, doc_id in enumerate(corpus.ids)}
    pairs |= {(min(index[a], index[b]), max(index[a], index[b])) for a, b in linked_before if a in index and b in index}
    links = [_link(corpus, a, b) for a, b in pairs]
    return sorted((link for link in links if link), key=lambda link: (link.a, link.b))


def _block_pairs(corpus: _Corpus, rows: np.ndarray, columns: np.ndarray) -> set[tuple[int, int]]:
    """Candidate pairs (i < j) between ``rows`` and ``columns`` of the corpus."""
    if len(rows) * len(columns) <= MATRIX_PAIRS:
        return _matrix_pairs(corpus, rows, columns)
    return _lsh_pairs(corpus, rows, columns)


def _matrix_pairs(corpus: _Corpus, rows: np.ndarray, columns: np.ndarray) -> set[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    step = max(1, _CELLS // (len(columns) * NUM_PERM))
    block = corpus.hashes[columns]
    for chunk in range(0, len(rows), step):
        r = rows[chunk : chunk + step]
        jaccard = (corpus.hashes[r][:, None, :] == block[None, :, :]).sum(axis=2) / NUM_PERM
        # every version has a Jaccard of CONTAINED_JACCARD at least (_is_version): the rest of
        # the matrix, nearly all of it, needs no sizes (8,000 documents: 10.3 s to 7.8 s)
        i, j = np.nonzero(jaccard >= CONTAINED_JACCARD)
        x_sizes, y_sizes = corpus.sizes[r[i]], corpus.sizes[columns[j]]
        containment, shared, _ = _measures(jaccard[i, j], np.minimum(x_sizes, y_sizes), np.maximum(x_sizes, y_sizes))
        hit = _is_version(jaccard[i, j], containment, shared)
        for a, b in zip(r[i[hit]].tolist(), columns[j[hit]].tolist()):
            if a != b:
                out.add((min(a, b), max(a, b)))
    return out


def _lsh_pairs(corpus: _Corpus, rows: np.ndarray, columns: np.ndarray) -> set[tuple[int, int]]:
    hashes = {int(n): MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashvalues=corpus.hashes[n].astype(np.uint64)) for n in set(rows.tolist()) | set(columns.tolist())}
    lsh = MinHashLSH(threshold=JACCARD, num_perm=NUM_PERM)
    ensemble = MinHashLSHEnsemble(threshold=CONTAINMENT, num_perm=NUM_PERM, num_part=8)
    for n in columns.tolist():
        lsh.insert(n, hashes[n])
    ensemble.index([(n, hashes[n], int(corpus.sizes[n])) for n in columns.tolist()])
    out: set[tuple[int, int]] = set()
    for n in rows.tolist():
        for other in set(lsh.query(hashes[n])) | set(ensemble.query(hashes[n], int(corpus.sizes[n]))):
            if other != n:
                out.add((min(n, other), max(n, other)))
    return out


def _link(corpus: _Corpus, a: int, b: int) -> VersionLink | None:
    if _different((corpus.places[a], corpus.years[a]), (corpus.places[b], corpus.years[b])):
        return None
    jaccard = float((corpus.hashes[a] == corpus.hashes[b]).mean())
    small, large = sorted((float(corpus.sizes[a]), float(corpus.sizes[b])))
    containment, shared, score = _measures(jaccard, small, large)
    if not _is_version(jaccard, containment, shared):
        return None
    first, second = sorted((corpus.ids[a], corpus.ids[b]))
    return VersionLink(first, second, round(jaccard, 4), round(float(containment), 4), round(float(score), 4))


def _different(a: tuple, b: tuple) -> bool:
    return any(x is not None and y is not None and x != -1 and y != -1 and x != y for x, y in zip(a, b))


def groups(
    links: list[VersionLink], about: dict[str, tuple[str | None, int | None]], kept_before: Collection[tuple[str, str]] = frozenset()
) -> tuple[dict[str, str], list[VersionLink]]:
    """Document id -> group id (the smallest id in its group), by union-find over the links
    from the strongest down, and the links kept: a link that would put two different known
    places or years into one group is left out.

    The order decides which link a document keeps where two would join different places, so
    it must not hang on what arrived when. Links go by their score (Ochiai, never raw
    containment: a page that a long report happens to hold is not a better match than its
    own portal copy); of two with the same score, the one in ``kept_before`` (the stored links,
    (a, b) with a < b) goes first, then the smaller ids. So a document's link is replaced only
    by a candidate strictly better on the score; a tie keeps the link it had, whatever the id
    of the newcomer (a copy of unknown place linked to 望城区's report stays with it when the
    same text crawled under 醴陵市's title comes in at the same score)."""
    parent: dict[str, str] = {}
    known: dict[str, tuple[str | None, int | None]] = {}

    def find(x: str) -> str:
        if x not in parent:
            parent[x], known[x] = x, about.get(x, (None, None))
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    kept = []
    for link in sorted(links, key=lambda link: (-link.score, (link.a, link.b) not in kept_before, link.a, link.b)):
        ra, rb = find(link.a), find(link.b)
        if ra == rb:
            kept.append(link)
            continue
        if _different(known[ra], known[rb]):
            continue
        root, child = min(ra, rb), max(ra, rb)
        parent[child] = root
        known[root] = tuple(x if x is not None else y for x, y in zip(known[ra], known[rb]))  # type: ignore[assignment]
        kept.append(link)
    kept.sort(key=lambda link: (link.a, link.b))
    members = {x for link in kept for x in (link.a, link.b)}
    return {x: find(x) for x in members}, kept


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
