"""The check-up's item bank: two parallel forms, balanced and complete in three languages,
checked by the same strict loader as the scenarios."""

import os
import shutil

import pytest

from quest.content.checkup import BANK_DIR, FORM_FILES, load_bank


def test_the_bundled_bank_is_balanced_and_complete():
    bank = load_bank()
    assert bank.problems == []
    a, b = bank.forms["A"], bank.forms["B"]
    for form in (a, b):
        assert len(form.items) == 16 and sum(item.real for item in form.items) == 8
        fakes = [item for item in form.items if not item.real]
        assert len({item.technique for item in fakes}) >= 6
        assert len({item.topic for item in form.items}) >= 6
        for item in form.items:
            for text in (item.headline, item.source):
                if text is not None:
                    assert all(text.get(lang).strip() and text.has(lang)
                               for lang in ("kk", "ru", "en")), item.id
    # Matched pair by pair: the same truth, topic, difficulty and technique; other words.
    for one, other in zip(a.items, b.items):
        assert (one.real, one.topic, one.difficulty, one.technique) == \
            (other.real, other.topic, other.difficulty, other.technique)
        assert one.headline.get("en") != other.headline.get("en")
    assert sum(i.difficulty for i in a.items) == sum(i.difficulty for i in b.items)
    assert not {i.id for i in a.items} & {i.id for i in b.items}


@pytest.fixture
def bank_copy(tmp_path):
    for name in FORM_FILES.values():
        shutil.copy(BANK_DIR / name, tmp_path / name)
    return tmp_path


def edit(folder, form: str, old: str, new: str, count: int = 1) -> None:
    path = folder / FORM_FILES[form]
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")


@pytest.mark.parametrize("form, old, new, code", [
    ("B", "topic: society", "topic: science", "unmatched-pair"),
    ("A", "form: A", "form: B", "wrong-form"),
    ("A", "topic: health", "topic: helth", "unknown-word"),
    ("B", "difficulty: 3", "difficulty: 4", "out-of-range"),
    ("A", "real: true", "real: yes", "yaml11-boolean"),
    ("A", "format: 1", "format: 1\nformat: 2", "duplicate-key"),
    ("B", "items:", "items: []\nextra:", "too-few"),
])
def test_a_broken_bank_is_refused_with_the_file_and_the_problem(bank_copy, form, old, new,
                                                                code):
    edit(bank_copy, form, old, new)
    bank = load_bank(bank_copy)
    assert code in {p.code for p in bank.problems}, [str(p) for p in bank.problems]
    assert all(p.file.endswith(".yaml") for p in bank.problems)


def test_a_form_with_an_item_less_is_unbalanced(bank_copy):
    path = bank_copy / FORM_FILES["A"]
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.rindex("  - id:")], encoding="utf-8")
    assert "unbalanced" in {p.code for p in load_bank(bank_copy).problems}


def test_a_fake_headline_without_its_technique_is_refused(bank_copy):
    path = bank_copy / FORM_FILES["A"]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.strip().startswith("technique:"))
    del lines[index]
    path.write_text("".join(lines), encoding="utf-8")
    assert "no-technique" in {p.code for p in load_bank(bank_copy).problems}


@pytest.mark.parametrize("content", [b"", b"\xff\xfe\x00x", b"- just a list\n", b"\x00" * 10,
                                     b"a: [" * 5000])
def test_hostile_bank_files_give_a_clear_problem(bank_copy, content):
    (bank_copy / FORM_FILES["B"]).write_bytes(content)
    bank = load_bank(bank_copy)
    assert "B" not in bank.forms and bank.problems
    assert all("form-b.yaml" in p.file for p in bank.problems)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_missing_or_special_bank_file_is_a_problem_not_a_crash(bank_copy):
    (bank_copy / FORM_FILES["A"]).unlink()
    (bank_copy / FORM_FILES["B"]).unlink()
    os.mkfifo(bank_copy / FORM_FILES["B"])  # read without blocking, refused as not a file
    bank = load_bank(bank_copy)
    assert bank.forms == {} and len(bank.problems) == 2
    assert {p.code for p in bank.problems} == {"unreadable"}
