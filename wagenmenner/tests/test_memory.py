"""A worker trims the C heap after a request that took long, never after an ordinary one."""

from wagenmenner import memory


def _serve(monkeypatch, cpu_seconds: float) -> list[int]:
    """A request that used ``cpu_seconds`` of its thread's time since the one before."""
    trims, clock = [], iter([10.0 + cpu_seconds, 10.0 + cpu_seconds])
    monkeypatch.setattr(memory._served, "cpu", 10.0, raising=False)
    monkeypatch.setattr(memory, "_TRIM", trims.append)
    monkeypatch.setattr(memory.time, "thread_time", lambda: next(clock))
    memory.request_finished(None, None, {}, None)
    return trims


def test_a_long_request_gives_its_memory_back(monkeypatch):
    assert _serve(monkeypatch, memory.TRIM_AFTER_CPU_SECONDS + 0.01) == [0]


def test_an_ordinary_page_is_not_followed_by_a_trim(monkeypatch):
    assert _serve(monkeypatch, 0.008) == []


def test_without_malloc_trim_nothing_is_done(monkeypatch):
    monkeypatch.setattr(memory, "_TRIM", None)
    memory.give_back()


def test_the_trim_is_there_on_glibc():
    # These servers run Debian: if the name were wrong, nothing would ever be trimmed.
    assert memory._TRIM is not None
