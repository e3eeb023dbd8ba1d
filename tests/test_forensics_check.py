"""`mil-quest check` tests what a clue says an analysis shows against the analysis itself,
reads a pack's archive.yaml strictly, and notices an earlier copy no clue mentions."""

import io
import json

import pytest

pytest.importorskip("imagehash")
from PIL import Image  # noqa: E402

from quest.cli import main  # noqa: E402
from quest.resources import DATA_DIR  # noqa: E402

IMAGES = DATA_DIR / "scenarios" / "images"
ARCHIVE = """format: 1
pictures:
  - file: archive/old.jpg
    outlet: Dala Info
    page: https://dalainfo.example.kz/2019/old
    published: 2019-05-01
"""


def run(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def scenario(text: str, picture: str, evidence: str | None) -> str:
    """The minimal scenario with a picture and an image-tool clue claiming `evidence`."""
    claim = f"\n        evidence: {evidence}" if evidence else ""
    text = text.replace("  stats:", f"  image: {picture}\n  image_alt: {{en: A photo, ru: Фото}}"
                                     "\n  stats:", 1)
    return text.replace("tools:\n", "tools:\n  image:\n    clues:\n      - id: the-photo\n"
                        "        text: {en: \"What the analysis shows.\", ru: \"Что видно.\"}\n"
                        f"        weight: weak{claim}\n", 1)


@pytest.fixture
def pack(tmp_path, monkeypatch):
    monkeypatch.setenv("MIL_QUEST_DATA_DIR", str(tmp_path / "data"))
    root = tmp_path / "pack"
    (root / "images").mkdir(parents=True)
    (root / "archive").mkdir()
    # A picture the bundled archive does not hold: only this pack's archive has it.
    leopard = Image.open(IMAGES / "mountain-road-closure-barrier.png").convert("RGB")
    leopard.save(root / "archive" / "old.jpg", quality=90)
    leopard.crop((80, 40, 720, 440)).save(root / "images" / "copy.jpg", quality=60)
    Image.open(IMAGES / "kumis-miracle-cure.png").convert("RGB").save(
        root / "images" / "new.jpg", quality=85)
    (root / "archive.yaml").write_text(ARCHIVE, encoding="utf-8")
    return root


def check(pack, minimal_text, picture, evidence):
    (pack / "s.yaml").write_text(scenario(minimal_text, picture, evidence), encoding="utf-8")
    return run("check", str(pack), "--lang", "en")


@pytest.mark.parametrize("picture, evidence", [
    ("images/copy.jpg", "{search: archive/old.jpg}"),
    ("images/new.jpg", "{search: none}"),
    ("images/new.jpg", "{metadata: none}"),
    ("images/new.jpg", "{ela: uneven}"),
])
def test_a_claim_the_computation_shows_passes(pack, minimal_text, picture, evidence):
    code, out, _err = check(pack, minimal_text, picture, evidence)
    assert code == 0 and "warning" not in out.replace("0 warnings", ""), out
    assert "1 file, 1 scenario, 0 errors, 0 warnings" in out


@pytest.mark.parametrize("picture, evidence, said", [
    ("images/new.jpg", "{search: archive/old.jpg}",
     "does not find the item's picture in archive/old.jpg"),
    ("images/copy.jpg", "{search: none}", "finds the picture in the archive (old.jpg)"),
    ("images/new.jpg", "{search: archive/gone.jpg}", "the archive holds no picture"),
    ("images/new.jpg", "{metadata: camera}", "the file's metadata has no camera"),
])
def test_a_claim_the_computation_contradicts_is_a_warning(pack, minimal_text, picture,
                                                         evidence, said):
    code, out, _err = check(pack, minimal_text, picture, evidence)
    assert code == 0, out  # a warning: the trainer decides
    line = next(l for l in out.splitlines() if "as the clue 'the-photo' says" in l)
    assert line.startswith(f"{pack / 's.yaml'}:") and ": warning: " in line and said in line
    assert " 0 errors, " in out and "1 error" not in out


@pytest.mark.parametrize("evidence", ["{search: none}", "{metadata: none}"])
def test_an_absence_as_a_strong_clue_is_a_warning(pack, minimal_text, evidence):
    strong = scenario(minimal_text, "images/new.jpg", evidence).replace(
        "        weight: weak\n        evidence", "        weight: strong\n        evidence", 1)
    (pack / "s.yaml").write_text(strong, encoding="utf-8")
    code, out, _err = run("check", str(pack), "--lang", "en")
    line = next(l for l in out.splitlines() if "an absence does not show" in l)
    assert code == 0 and ": warning: expected a weak clue or a herring for evidence that " \
        f"finds nothing ({evidence[1:-7]}: none)" in line
    weak = scenario(minimal_text, "images/new.jpg", evidence)
    (pack / "s.yaml").write_text(weak, encoding="utf-8")
    assert "an absence" not in run("check", str(pack), "--lang", "en")[1]


def test_an_earlier_copy_no_clue_mentions_is_a_warning(pack, minimal_text):
    code, out, _err = check(pack, minimal_text, "images/copy.jpg", None)
    assert "expected a clue to mention the archive's earlier copy of the item's picture, " \
           "old.jpg (2019-05-01" in out


def test_the_same_warning_in_json_and_in_russian(pack, minimal_text):
    (pack / "s.yaml").write_text(scenario(minimal_text, "images/new.jpg", "{metadata: gps}"),
                                 encoding="utf-8")
    code, out, _err = run("check", str(pack), "--format", "json")
    [problem] = json.loads(out)["pictures"]
    assert problem["code"] == "evidence-differs" and problem["severity"] == "warning"
    code, out, _err = run("check", str(pack), "--lang", "ru")
    line = next(l for l in out.splitlines() if "gps" in l)
    assert any("а" <= ch <= "я" for ch in line.split(": ", 3)[-1]), line


@pytest.mark.parametrize("archive, said", [
    ("format: 1\npictures:\n  - file: archive/none.jpg\n    outlet: X\n    page: https://x.kz\n"
     "    published: 2019-05-01\n", "expected a picture file at 'archive/none.jpg'"),
    ("format: 1\npictures:\n  - file: archive/old.jpg\n    outlet: X\n    page: https://x.kz\n"
     "    published: 2019-02-30\n", "impossible date '2019-02-30'"),
    ("format: 1\npictures:\n  - file: ../../etc/passwd.jpg\n    outlet: X\n"
     "    page: https://x.kz\n    published: 2019-05-01\n", "leaves it"),
    ("format: 1\npictures:\n  - file: archive/old.jpg\n    outlet: X\n    page: ftp://x\n"
     "    published: 2019-05-01\n", "a web address"),
    ("format: 1\npictures: []\n", "expected"),
    ("", "empty file"),
    ("format: 1\npictures:\n  - &a {file: archive/old.jpg}\n", "anchor"),
])
def test_a_broken_archive_file_is_an_error_with_its_place(pack, minimal_text, archive, said):
    (pack / "archive.yaml").write_text(archive, encoding="utf-8")
    code, out, _err = check(pack, minimal_text, "images/new.jpg", None)
    assert code == 1, out
    line = next(l for l in out.splitlines() if "archive.yaml" in l)
    assert ": error: " in line and said in line, line


def test_evidence_belongs_to_the_image_tool_and_names_a_known_claim(pack, minimal_text):
    text = scenario(minimal_text, "images/new.jpg", "{ela: blurry}")
    (pack / "s.yaml").write_text(text, encoding="utf-8")
    code, out, _err = run("check", str(pack))
    assert code == 1 and "expected ela evidence to be uneven, even, found 'blurry'" in out
    moved = minimal_text.replace("weight: herring", "weight: herring\n        evidence: "
                                 "{search: none}")
    (pack / "s.yaml").write_text(moved, encoding="utf-8")
    code, out, _err = run("check", str(pack))
    assert code == 1 and "expected evidence only on a clue of the image tool" in out


def test_an_archive_file_that_is_a_fifo_or_huge_is_refused_by_name(pack, minimal_text):
    import os

    (pack / "archive.yaml").unlink()
    os.mkfifo(pack / "archive.yaml")
    code, out, _err = check(pack, minimal_text, "images/new.jpg", None)
    assert code == 1 and "archive.yaml:1:1: error: expected an archive file, found" in out
    (pack / "archive.yaml").unlink()
    (pack / "archive.yaml").write_text("# " + "x" * 600_000 + "\n", encoding="utf-8")
    code, out, _err = check(pack, minimal_text, "images/new.jpg", None)
    assert code == 1 and "expected an archive file of at most 512 KB" in out


def test_trainer_tools_list_a_broken_archive_file_with_its_problem(tmp_path):
    """A trainer who adds pictures from the game sees what is wrong with archive.yaml on the
    Trainer tools screen too, not only with `check`."""
    import os

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from quest.ui.headless import make_app, render
    from quest.ui.scenes.trainer import TrainerScene

    data = tmp_path / "data"
    (data / "scenarios").mkdir(parents=True)
    (data / "scenarios" / "archive.yaml").write_text(
        "format: 1\npictures:\n  - file: archive/none.jpg\n    outlet: X\n"
        "    page: https://x.kz\n    published: 2019-05-01\n", encoding="utf-8")
    app = make_app(data_dir=data)
    try:
        scene = TrainerScene(app)
        app.push(scene)
        render(app)
        [(entry, title, lines)] = [(e, t, ls) for e, t, ls, _y, _h in scene.rows]
        assert title == "archive.yaml" and entry.scenario is None
        assert any("expected a picture file at 'archive/none.jpg'" in line for line in lines)
        drawn = [key[0] for key in app.ui.text._surfaces]
        assert any("archive.yaml · 1 error" in text for text in drawn), drawn
        from quest import i18n

        i18n.set_language("kk")  # the message in the screen's language, the place as written
        try:
            [(_e, _t, lines, _y, _h)] = scene.rows
            assert any(":3:11: error: күтілгені: 'archive/none.jpg' жолындағы сурет файлы"
                       in line for line in lines), lines
        finally:
            i18n.set_language("en")
        (data / "scenarios" / "archive.yaml").unlink()
        scene.reload()
        assert scene.rows == []
    finally:
        app.close()
