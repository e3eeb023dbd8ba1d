"""The cache of loaded scenarios: used while files are unchanged, never trusted beyond that."""

import os
import pickle

from quest.content.cache import Cache
from quest.content.packs import load_paths


def test_cached_load_equals_a_fresh_load_and_skips_parsing(tmp_path, minimal_text, monkeypatch):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "s.yaml").write_text(minimal_text, encoding="utf-8")
    cache_file = tmp_path / "cache.pickle"
    fresh = load_paths([pack], cache=Cache(cache_file))
    assert cache_file.exists()
    import quest.content.loader as loader

    def no_parsing(*args, **kwargs):
        raise AssertionError("an unchanged file was parsed again")

    monkeypatch.setattr(loader, "read_scenario_file", no_parsing)
    again = load_paths([pack], cache=Cache(cache_file))
    assert again.scenarios == fresh.scenarios


def test_cached_problems_are_still_said_in_every_language(tmp_path, minimal_text, monkeypatch):
    from quest import i18n

    pack = tmp_path / "pack"
    pack.mkdir()
    # A warning keeps the scenario playable, so the file and its problems are cached.
    (pack / "s.yaml").write_text(minimal_text.replace("en: ", "en: ~ #", 1), encoding="utf-8")
    cache_file = tmp_path / "cache.pickle"
    fresh = load_paths([pack], cache=Cache(cache_file))
    assert fresh.all_problems()
    import quest.content.loader as loader

    def no_parsing(*args, **kwargs):
        raise AssertionError("an unchanged file was parsed again")

    monkeypatch.setattr(loader, "read_scenario_file", no_parsing)
    again = load_paths([pack], cache=Cache(cache_file))
    russian = i18n.load_catalog("ru")
    assert [p.text(russian) for p in again.all_problems()] == \
        [p.text(russian) for p in fresh.all_problems()]
    assert all(p.text(russian) != str(p) for p in again.all_problems())


def test_a_changed_file_is_loaded_again(tmp_path, minimal_text):
    pack = tmp_path / "pack"
    pack.mkdir()
    path = pack / "s.yaml"
    path.write_text(minimal_text, encoding="utf-8")
    cache_file = tmp_path / "cache.pickle"
    load_paths([pack], cache=Cache(cache_file))
    path.write_text(minimal_text.replace("difficulty: 2", "difficulty: 3"), encoding="utf-8")
    os.utime(path, ns=(1, 1))  # a different time, whatever the clock's resolution
    library = load_paths([pack], cache=Cache(cache_file))
    assert library.scenarios["minimal-example"].difficulty == 3


def test_a_tampered_cache_runs_no_code_and_is_rebuilt(tmp_path, minimal_text):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "s.yaml").write_text(minimal_text, encoding="utf-8")
    cache_file = tmp_path / "cache.pickle"
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    cache_file.write_bytes(pickle.dumps({"stamp": None, "entries": Evil()}))
    library = load_paths([pack], cache=Cache(cache_file))
    assert not marker.exists()
    assert list(library.scenarios) == ["minimal-example"]


def test_a_damaged_cache_is_ignored(tmp_path, minimal_text):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "s.yaml").write_text(minimal_text, encoding="utf-8")
    cache_file = tmp_path / "cache.pickle"
    cache_file.write_bytes(b"\x80\x05garbage")
    assert list(load_paths([pack], cache=Cache(cache_file)).scenarios) == ["minimal-example"]


def test_adding_a_missing_picture_is_seen_through_the_cache(tmp_path, minimal_text):
    from tests.test_packs import PNG, with_image

    pack = tmp_path / "pack"
    (pack / "images").mkdir(parents=True)
    (pack / "s.yaml").write_text(with_image(minimal_text, "images/p.png"), encoding="utf-8")
    cache_file = tmp_path / "cache.pickle"
    first = load_paths([pack], cache=Cache(cache_file))
    assert [p.code for p in first.all_problems()] == ["image-missing"]
    (pack / "images" / "p.png").write_bytes(PNG)
    second = load_paths([pack], cache=Cache(cache_file))
    assert second.all_problems() == [] and list(second.scenarios) == ["minimal-example"]
