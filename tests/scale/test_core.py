"""The chunk scheduler of tessera.scale.core, with an in-process fake backend (no workers)."""

from __future__ import annotations

from collections.abc import Collection, Iterator

import pytest

from tessera.records import Article, Document, ExtractionFailure
from tessera.scale.core import ChunkedExtractor, Item, Result


class WorkerLost(RuntimeError):
    pass


class FakeBackend:
    """Codes a chunk when asked for its outcome; a "poison" article kills the chunk's worker."""

    def __init__(self, flaky_once: set[str]) -> None:
        self.flaky_once = set(flaky_once)
        self.submitted: list[list[str]] = []
        self.pending: dict[int, list[Item]] = {}
        self.cancelled: list[int] = []

    def submit(self, items: list[Item]) -> int:
        handle = len(self.submitted)
        self.submitted.append([item.id for item in items])  # type: ignore[union-attr]
        self.pending[handle] = items
        return handle

    def wait(self, handles: Collection[int]) -> list[int]:
        return sorted(handles)[::-1]  # finish out of order on purpose

    def outcome(self, handle: int) -> list[Result]:
        items = self.pending.pop(handle)
        ids = [item.id for item in items]  # type: ignore[union-attr]
        if any("poison" in i for i in ids) or self.flaky_once & set(ids):
            self.flaky_once -= set(ids)
            raise WorkerLost("worker killed")
        return [Document(id=i, language="en") for i in ids]

    def failed(self, handle: int, error: BaseException) -> None:
        pass

    def cancel(self, handles: Collection[int]) -> None:
        self.cancelled.extend(handles)

    def close(self) -> None:
        pass


class FakeExtractor(ChunkedExtractor[int]):
    def __init__(self, flaky_once: set[str] = frozenset(), **options: int) -> None:  # type: ignore[assignment]
        super().__init__(2, **options)
        self.fake = FakeBackend(flaky_once)

    def _start(self) -> FakeBackend:
        return self.fake


def articles(n: int, poison: set[int] = frozenset()) -> list[Article]:  # type: ignore[assignment]
    return [Article(id=f"{'poison' if i in poison else 'a'}-{i:03d}", text="Troops clashed with rebels.")
            for i in range(n)]


def test_every_article_once_in_completion_order() -> None:
    extractor = FakeExtractor(chunk_size=3)
    pairs = list(extractor(iter(articles(10))))
    assert sorted(a.id for a, _ in pairs) == [a.id for a in articles(10)]
    assert all(a.id == r.id for a, r in pairs)


def test_extract_many_keeps_input_order() -> None:
    extractor = FakeExtractor(chunk_size=2)
    assert [r.id for r in extractor.extract_many(iter(articles(9)))] == [a.id for a in articles(9)]


def test_a_lost_chunk_is_sent_again_and_counted_once() -> None:
    extractor = FakeExtractor(flaky_once={"a-004"}, chunk_size=3)
    results = list(extractor.extract_many(iter(articles(9))))
    assert [r.id for r in results] == [a.id for a in articles(9)]
    assert all(isinstance(r, Document) for r in results)
    assert extractor.fake.submitted.count(["a-003", "a-004", "a-005"]) == 2


def test_an_article_that_always_kills_its_worker_becomes_one_failure() -> None:
    extractor = FakeExtractor(chunk_size=4, max_attempts=2)
    results = list(extractor.extract_many(iter(articles(8, poison={5}))))
    assert [r.id for r in results] == [a.id for a in articles(8, poison={5})]
    failures = [r for r in results if isinstance(r, ExtractionFailure)]
    assert [f.id for f in failures] == ["poison-005"]
    assert "worker killed" in failures[0].reason
    # The chunk's innocent neighbours were coded alone after the chunk failed twice.
    assert ["a-004"] in extractor.fake.submitted


@pytest.mark.parametrize("ordered", [False, True])
def test_input_is_read_only_as_far_as_the_window(ordered: bool) -> None:
    extractor = FakeExtractor(chunk_size=2, max_in_flight=3)
    read = 0

    def stream() -> Iterator[Article]:
        nonlocal read
        for article in articles(40):
            read += 1
            yield article

    results = extractor.extract_many(stream()) if ordered else (r for _, r in extractor(stream()))
    seen = 0
    for _ in results:
        seen += 1
        # Never more than the window's chunks (plus the one being cut) read ahead of the output.
        assert read - seen <= (3 + 1) * 2
    assert seen == 40


def test_a_small_known_batch_is_spread_over_the_workers() -> None:
    extractor = FakeExtractor(chunk_size=16)
    list(extractor.extract_many(articles(16)))
    assert [len(chunk) for chunk in extractor.fake.submitted] == [4, 4, 4, 4]


def test_chunks_of_a_known_batch_shrink_towards_its_end() -> None:
    extractor = FakeExtractor(chunk_size=16)  # two workers
    list(extractor.extract_many(articles(200)))
    sizes = [len(chunk) for chunk in extractor.fake.submitted]
    assert sum(sizes) == 200 and max(sizes) == 16 and sizes == sorted(sizes, reverse=True)
    # Full chunks while there is plenty left; at the end, chunks a quarter of what is left or
    # small, so neither worker is left with a long last chunk while the other idles.
    assert sizes[:9] == [16] * 9 and sizes[-3:] == [4, 4, 4]
    left = 200
    for size in sizes:
        assert size <= max(4, -(-left // 4))
        left -= size


def test_a_stream_of_unknown_length_is_cut_in_full_chunks() -> None:
    extractor = FakeExtractor(chunk_size=16)
    list(extractor.extract_many(iter(articles(40))))
    assert [len(chunk) for chunk in extractor.fake.submitted] == [16, 16, 8]


def test_rejects_nonsense_sizes() -> None:
    with pytest.raises(ValueError):
        FakeExtractor(chunk_size=0)


def test_stopping_early_cancels_the_chunks_in_flight() -> None:
    extractor = FakeExtractor(chunk_size=2, max_in_flight=3)
    results = extractor(iter(articles(20)))
    next(results)
    results.close()
    assert len(extractor.fake.cancelled) == 2  # three were out; one came back


# --- batches handed over ahead of time (the pipelined ingest driver) ---


def test_submit_sends_every_chunk_of_a_batch_at_once_and_returns() -> None:
    extractor = FakeExtractor(chunk_size=4)
    first = extractor.submit(articles(8))
    second = extractor.submit(articles(12)[8:])
    # Both batches are out before anything was waited for; nothing has been coded yet.
    assert sum(len(chunk) for chunk in extractor.fake.submitted) == 12
    assert not first.done and not second.done
    assert [r.id for r in second.results()] == [a.id for a in articles(12)[8:]]
    assert first.done  # its chunks were taken while waiting for the second
    assert [r.id for r in first.results()] == [a.id for a in articles(8)]
    assert first.results() is first.results()  # taken once


def test_a_lost_chunk_of_a_later_batch_is_sent_again_while_waiting_for_an_earlier_one() -> None:
    extractor = FakeExtractor(flaky_once={"a-010"}, chunk_size=4)
    first = extractor.submit(articles(8))
    second = extractor.submit(articles(16)[8:])
    assert [r.id for r in first.results()] == [a.id for a in articles(8)]
    results = second.results()
    assert [r.id for r in results] == [a.id for a in articles(16)[8:]]
    assert all(isinstance(r, Document) for r in results)
    assert sum("a-010" in chunk for chunk in extractor.fake.submitted) == 2


def test_an_article_that_kills_its_worker_fails_alone_in_its_batch() -> None:
    extractor = FakeExtractor(chunk_size=4, max_attempts=2)
    batch = articles(8, poison={6})
    results = extractor.submit(batch).results()
    assert [r.id for r in results] == [a.id for a in batch]
    assert [r.id for r in results if isinstance(r, ExtractionFailure)] == ["poison-006"]


def test_a_cancelled_batch_frees_its_chunks_and_leaves_the_others() -> None:
    extractor = FakeExtractor(chunk_size=4)
    dropped = extractor.submit(articles(8))
    kept = extractor.submit(articles(12)[8:])
    dropped.cancel()
    assert len(extractor.fake.cancelled) == 2
    assert [r.id for r in kept.results()] == [a.id for a in articles(12)[8:]]
    with pytest.raises(RuntimeError):
        dropped.results()
