"""The compiled knowledge cache: used when intact and the user's own, rebuilt whenever anything changed."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

import ctguide
from ctguide import kbcache, matching
from ctguide.atomic import WriteRefused
from ctguide.knowledge import load_knowledge

ORG = Path(__file__).parent / "data" / "knowledge" / "org"


@cache
def builtin():
    return load_knowledge()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("CTGUIDE_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def sources(monkeypatch):
    """Counts loads from source (the YAML files), as opposed to loads from the cache."""
    calls = []

    def counted(folder=None, **options):
        calls.append(folder)
        return load_knowledge(folder, **options) if folder is not None else builtin()

    monkeypatch.setattr(kbcache, "load_knowledge", counted)
    return calls


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("knowledge-*.pickle"))


def test_second_load_comes_from_the_cache_and_equals_the_source(cache, sources):
    first = kbcache.load_compiled()
    second = kbcache.load_compiled()
    assert len(sources) == 1
    assert second == first == builtin()
    assert second.fingerprint == builtin().fingerprint
    assert [oct(p.stat().st_mode & 0o777) for p in entries(cache)] == ["0o600"]
    assert oct(cache.stat().st_mode & 0o777) == "0o700"


def test_the_index_is_stored_and_adopted_without_rebuilding(cache, sources, monkeypatch):
    kbcache.load_compiled(derived=("matching",))  # stores the knowledge base
    fresh = kbcache.load_compiled(derived=("matching",))  # adds the index
    expected = matching.suggest(fresh, "shelter for women survivors").to_json()
    monkeypatch.setattr(matching, "build_index", lambda kb: pytest.fail("the index was rebuilt"))
    kb = kbcache.load_compiled(derived=("matching",))
    assert len(sources) == 1
    assert matching.index_for(kb).areas["shelter"] is kb.area_by_id["shelter"]
    assert matching.suggest(kb, "shelter for women survivors").to_json() == expected


def test_the_fit_reference_is_stored_and_adopted_next_to_the_index(cache, sources, monkeypatch):
    from ctguide import fit

    kbcache.load_compiled(derived=("fit", "matching"))
    kbcache.load_compiled(derived=("fit", "matching"))  # adds the fit reference and the index
    monkeypatch.setattr(
        fit.FitReference, "__init__", lambda self, kb: pytest.fail("the fit reference was rebuilt")
    )
    monkeypatch.setattr(matching, "build_index", lambda kb: pytest.fail("the index was rebuilt"))
    kb = kbcache.load_compiled(derived=("fit", "matching"))
    assert fit.reference(kb).areas["shelter"] is kb.area_by_id["shelter"]
    assert matching.index_for(kb).areas["shelter"] is kb.area_by_id["shelter"]
    assert len(sources) == 1


def test_a_command_unpickles_only_what_it_derives(cache, sources, monkeypatch):
    from ctguide import fit

    for derived in (("fit",), ("fit",), ("matching",)):
        kbcache.load_compiled(derived=derived)
    monkeypatch.setattr(
        matching, "adopt_index", lambda kb, index: pytest.fail("a review unpickled the index")
    )
    monkeypatch.setattr(
        fit.FitReference, "__init__", lambda self, kb: pytest.fail("the reference was rebuilt")
    )
    kb = kbcache.load_compiled(derived=("fit",))
    assert fit.reference(kb).areas["shelter"] is kb.area_by_id["shelter"]
    assert len(sources) == 1


def test_an_entry_without_index_gains_one_when_a_command_needs_it(cache, sources):
    kbcache.load_compiled()
    (plain,) = entries(cache)
    kbcache.load_compiled(derived=("matching",))
    (with_index,) = set(entries(cache)) - {plain}
    assert with_index.stat().st_size > plain.stat().st_size
    assert oct(with_index.stat().st_mode & 0o777) == "0o600"
    assert len(sources) == 1


def copy_org(tmp_path: Path) -> Path:
    return Path(shutil.copytree(ORG, tmp_path / "org"))


def test_a_content_change_rebuilds_even_with_the_same_size_and_mtime(cache, sources, tmp_path):
    org = copy_org(tmp_path)
    area = org / "areas" / "municipal_response.yaml"
    assert kbcache.load_compiled(org).indicator_by_id["MUN-01"].rationale == "Shows coordination in practice."
    before = area.stat()
    area.write_text(area.read_text().replace("in practice.", "in Practice."))
    os.utime(area, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert area.stat().st_size == before.st_size
    kb = kbcache.load_compiled(org)
    assert kb.indicator_by_id["MUN-01"].rationale == "Shows coordination in Practice."
    assert len(sources) == 2


@pytest.mark.parametrize("change", ["new file", "removed file", "stray .yml"])
def test_adding_or_removing_a_knowledge_file_rebuilds(cache, sources, tmp_path, change):
    org = copy_org(tmp_path)
    kbcache.load_compiled(org)
    if change == "new file":
        shutil.copy(org / "areas" / "municipal_response.yaml", org / "areas" / "municipal_response2.yaml")
    elif change == "removed file":
        (org / "areas" / "shelter_additions.yaml").unlink()
    else:
        (org / "areas" / "notes.yml").write_text("id: x\n")
    try:
        kbcache.load_compiled(org)
    except Exception as error:  # the changed knowledge may be invalid: then it must say so
        assert type(error).__name__ == "KnowledgeError"
    assert len(sources) == 2


def test_a_version_change_rebuilds(cache, sources, monkeypatch):
    kbcache.load_compiled()
    monkeypatch.setattr(ctguide, "__version__", "99.0")
    kbcache.load_compiled()  # the entry written by the other version has the same name
    kbcache.load_compiled()
    assert len(sources) == 2 and len(entries(cache)) == 1


def test_a_change_to_ctguide_code_rebuilds(cache, sources):
    """Between releases the version stays the same; a changed module (here: its mtime) still rebuilds."""
    module = Path(kbcache.__file__).parent / "dialog" / "__init__.py"
    before = module.stat()
    kbcache.load_compiled()
    try:
        os.utime(module, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
        kbcache.load_compiled()
    finally:
        os.utime(module, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert len(sources) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: data[:20],
        lambda data: b"",
        lambda data: data[:-1] + bytes([data[-1] ^ 0xFF]),
        lambda data: data[:200] + b"\0" * 64 + data[264:],
        lambda data: b"not a cache at all\n" * 10,
    ],
    ids=["half", "header only", "empty", "last byte flipped", "zeroed middle", "garbage"],
)
def test_a_damaged_entry_is_rebuilt(cache, sources, damage):
    expected = kbcache.load_compiled()
    (entry,) = entries(cache)
    entry.write_bytes(damage(entry.read_bytes()))
    assert kbcache.load_compiled() == expected
    assert len(sources) == 2
    assert kbcache.load_compiled() == expected
    assert len(sources) == 2  # the rebuilt entry is whole again


def test_a_knowledge_file_the_fingerprint_cannot_read_means_loading_from_source(cache, sources, monkeypatch):
    real_read_bytes = Path.read_bytes

    def refuse(path):
        if path.suffix == ".yaml":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert kbcache.load_compiled() == builtin()  # the source load reports what it cannot read, if anything
    assert len(sources) == 1 and entries(cache) == []


def test_overlays_get_their_own_entries(cache, sources, tmp_path):
    org = copy_org(tmp_path)
    builtin, layered = kbcache.load_compiled(), kbcache.load_compiled(org)
    assert "municipal_response" in layered.area_by_id and "municipal_response" not in builtin.area_by_id
    assert len(entries(cache)) == 2
    assert kbcache.load_compiled() == builtin and kbcache.load_compiled(org) == layered
    assert len(sources) == 2


def test_a_cache_folder_that_cannot_be_created_falls_back_to_the_source(tmp_path, monkeypatch, sources):
    blocker = tmp_path / "a file"
    blocker.write_text("in the way")
    monkeypatch.setenv("CTGUIDE_CACHE_DIR", str(blocker / "cache"))
    assert kbcache.load_compiled(derived=("matching",)) == kbcache.load_compiled() == builtin()
    assert len(sources) == 2


def test_a_cache_folder_that_refuses_writes_falls_back_to_the_source(cache, sources, monkeypatch):
    def refuse(*args, **kwargs):
        raise WriteRefused("read-only file system")

    monkeypatch.setattr(kbcache, "write_atomic", refuse)
    assert kbcache.load_compiled() == builtin()
    assert kbcache.load_compiled() == builtin()
    assert len(sources) == 2


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_cache_folder_works(cache, sources):
    kbcache.load_compiled()
    cache.chmod(0o500)
    try:
        (entries(cache)[0]).chmod(0o400)
        assert kbcache.load_compiled() == builtin()
        assert len(sources) == 1
    finally:
        cache.chmod(0o700)


def planted_entry(cache: Path, marker: Path) -> Path:
    """A well-formed entry whose payload runs code when unpickled: what an intruder would plant."""
    kbcache.load_compiled()
    (entry,) = entries(cache)
    folders = [kbcache.builtin_knowledge_dir()]
    entry.write_bytes(kbcache.pack(kbcache.fingerprint(folders), (), pickle.dumps(_Touch(marker)), b""))
    return entry


class _Touch:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_the_planted_entry_would_run_code_if_loaded(cache, tmp_path):
    """Guards the tests below: their entry is accepted when it is the user's own."""
    marker = tmp_path / "ran"
    planted_entry(cache, marker)
    assert kbcache.load_compiled() == builtin()  # what it unpickled to is no knowledge base: rebuilt
    assert marker.exists()


@pytest.mark.parametrize(
    "setup",
    [
        lambda entry, monkeypatch: monkeypatch.setattr(os, "geteuid", lambda: os.getuid() + 1),
        lambda entry, monkeypatch: entry.chmod(0o666),
        lambda entry, monkeypatch: entry.chmod(0o620),
        lambda entry, monkeypatch: entry.parent.chmod(0o777),
        lambda entry, monkeypatch: entry.parent.chmod(0o770),
    ],
    ids=[
        "owned by someone else",
        "world-writable",
        "group-writable",
        "world-writable folder",
        "group folder",
    ],
)
def test_an_entry_others_could_have_written_is_never_loaded(cache, tmp_path, sources, monkeypatch, setup):
    marker = tmp_path / "ran"
    entry = planted_entry(cache, marker)
    setup(entry, monkeypatch)
    assert kbcache.load_compiled() == builtin()
    assert not marker.exists()


def test_a_symlinked_entry_is_never_followed(cache, tmp_path, sources):
    marker = tmp_path / "ran"
    entry = planted_entry(cache, marker)
    elsewhere = tmp_path / "elsewhere.pickle"
    entry.rename(elsewhere)
    entry.symlink_to(elsewhere)
    assert kbcache.load_compiled() == builtin()
    assert not marker.exists()


def test_without_ownership_checks_the_cache_is_not_used(cache, sources, monkeypatch):
    monkeypatch.delattr(os, "geteuid")
    kbcache.load_compiled()
    kbcache.load_compiled()
    assert len(sources) == 2 and not cache.exists()


LOAD = "from ctguide.kbcache import load_compiled; print(load_compiled(derived=('matching',)).fingerprint)"


def test_processes_starting_at_once_all_work(cache):
    env = {**os.environ, "CTGUIDE_CACHE_DIR": str(cache)}
    runs = [
        subprocess.Popen([sys.executable, "-c", LOAD], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=120)[0].strip() for run in runs]
    assert [run.returncode for run in runs] == [0, 0]
    assert outputs == [builtin().fingerprint] * 2
    # the knowledge base's entry, and the one with the index when one process found the other's entry
    assert 1 <= len(entries(cache)) <= 2 and not list(cache.glob(".*.tmp"))
    again = subprocess.run([sys.executable, "-c", LOAD], env=env, capture_output=True, text=True, check=True)
    assert again.stdout.strip() == outputs[0]


def test_kb_check_always_reads_the_source(cli, cache, monkeypatch):
    monkeypatch.setattr(kbcache, "load_compiled", lambda *a, **k: pytest.fail("kb check used the cache"))
    result = cli("kb", "check")
    assert result.code == 0 and "knowledge ok" in result.out


def test_commands_use_the_cache(cli, cache, sources):
    assert cli("kb", "list").code == 0
    assert cli("suggest", "shelter for women survivors").code == 0
    assert cli("kb", "show", "SHL-01").code == 0
    assert len(sources) == 1
