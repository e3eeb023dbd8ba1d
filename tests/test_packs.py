"""Packs: image paths stay inside their pack, ids are unique across everything loaded."""

import os

import pytest

from quest.content.packs import load_paths

def png(width: int = 1, height: int = 1) -> bytes:
    """A real PNG file (grey pixels) of the given size."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    rows = b"".join(b"\0" + b"\x80" * width for _ in range(min(height, 4)))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0,
                                                                0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


PNG = png()
IMAGE_LINES = '  image: {path}\n  image_alt: {{en: "a photo", ru: "фото"}}\n  stats:'


def with_image(text: str, path: str) -> str:
    return text.replace("  stats:", IMAGE_LINES.format(path=path), 1)


@pytest.fixture
def pack(tmp_path):
    root = tmp_path / "pack"
    (root / "images").mkdir(parents=True)
    (root / "images" / "photo.png").write_bytes(PNG)
    return root


def problems_of(library):
    return [(p.code, p.message) for p in library.all_problems()]


def test_image_inside_the_pack_loads(pack, minimal_text):
    (pack / "s.yaml").write_text(with_image(minimal_text, "images/photo.png"), encoding="utf-8")
    library = load_paths([pack])
    assert problems_of(library) == []
    assert library.image_path("minimal-example", "images/photo.png").read_bytes() == PNG


def test_image_in_a_subfolder_of_the_pack_resolves_from_the_file(pack, minimal_text):
    (pack / "sub").mkdir()
    (pack / "sub" / "s.yaml").write_text(with_image(minimal_text, "../images/photo.png"),
                                         encoding="utf-8")
    assert problems_of(load_paths([pack])) == []


def test_dot_dot_leaving_the_pack_is_refused(pack, minimal_text, tmp_path):
    (tmp_path / "secret.png").write_bytes(PNG)
    (pack / "s.yaml").write_text(with_image(minimal_text, "../secret.png"), encoding="utf-8")
    library = load_paths([pack])
    assert problems_of(library) == [(
        "image-outside",
        f"expected an image inside the pack folder {pack}, found '../secret.png', which "
        "leaves it")]
    assert library.scenarios == {}


def test_link_pointing_out_of_the_pack_is_refused(pack, minimal_text, tmp_path):
    (tmp_path / "secret.png").write_bytes(PNG)
    os.symlink(tmp_path / "secret.png", pack / "images" / "link.png")
    (pack / "s.yaml").write_text(with_image(minimal_text, "images/link.png"), encoding="utf-8")
    assert problems_of(load_paths([pack])) == [(
        "image-outside",
        f"expected an image inside the pack folder {pack}, found 'images/link.png', a link "
        "that points outside it")]


def test_scenario_file_linked_from_outside_is_refused(pack, minimal_text, tmp_path):
    outside = tmp_path / "outside.yaml"
    outside.write_text(minimal_text, encoding="utf-8")
    os.symlink(outside, pack / "s.yaml")
    assert [c for c, _ in problems_of(load_paths([pack]))] == ["file-outside"]


def test_missing_image_is_reported_with_its_position(pack, minimal_text):
    (pack / "s.yaml").write_text(with_image(minimal_text, "images/nope.png"), encoding="utf-8")
    [problem] = load_paths([pack]).all_problems()
    assert (problem.line, problem.column, problem.code) == (20, 10, "image-missing")
    assert problem.message == "expected an image file at 'images/nope.png', found no such file"


def test_truncated_or_huge_pictures_are_reported_as_the_game_would_refuse_them(pack,
                                                                               minimal_text):
    (pack / "images" / "cut.png").write_bytes(PNG[:-12])
    (pack / "s.yaml").write_text(with_image(minimal_text, "images/cut.png"), encoding="utf-8")
    [problem] = load_paths([pack]).all_problems()
    assert problem.message == ("expected a PNG or JPEG picture that the game can show at "
                               "'images/cut.png', found that the PNG file is cut short (no end "
                               "marker): save it again")
    (pack / "images" / "cut.png").write_bytes(png(5000, 5000))
    [problem] = load_paths([pack]).all_problems()
    assert "5000x5000 pixels, more than the game shows" in problem.message


def test_image_that_is_not_an_image_is_reported(pack, minimal_text):
    (pack / "images" / "fake.png").write_text("<html>", encoding="utf-8")
    (pack / "s.yaml").write_text(with_image(minimal_text, "images/fake.png"), encoding="utf-8")
    assert [c for c, _ in problems_of(load_paths([pack]))] == ["image-format"]


def test_same_id_in_two_files_is_an_error_of_the_second(pack, minimal_text):
    (pack / "a.yaml").write_text(minimal_text, encoding="utf-8")
    (pack / "b.yaml").write_text(minimal_text, encoding="utf-8")
    library = load_paths([pack])
    [problem] = library.all_problems()
    assert problem.file == str(pack / "b.yaml")
    assert (problem.line, problem.column) == (2, 5)
    assert problem.message == (f"expected an id not used by another scenario, found "
                               f"'minimal-example', already the id of {pack / 'a.yaml'}")
    assert list(library.scenarios) == ["minimal-example"]


def test_same_id_across_two_packs_is_an_error(tmp_path, minimal_text):
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "s.yaml").write_text(minimal_text, encoding="utf-8")
    library = load_paths([tmp_path / "one", tmp_path / "two"])
    assert [p.code for p in library.all_problems()] == ["duplicate-scenario"]


def test_a_broken_file_does_not_stop_the_others(pack, minimal_text):
    (pack / "a.yaml").write_bytes(b"\xff\xfe\x00")
    (pack / "b.yaml").write_text(minimal_text, encoding="utf-8")
    library = load_paths([pack])
    assert list(library.scenarios) == ["minimal-example"]
    assert [e.path.name for e in library.broken()] == ["a.yaml"]


def test_missing_path_is_reported(tmp_path):
    library = load_paths([tmp_path / "nowhere"])
    assert [p.code for p in library.all_problems()] == ["no-such-path"]


def test_an_image_link_that_loops_is_reported_not_raised(pack, minimal_text):
    (pack / "images" / "photo.png").unlink()
    (pack / "images" / "photo.png").symlink_to(pack / "images" / "photo.png")
    (pack / "s.yaml").write_text(with_image(minimal_text, "images/photo.png"), encoding="utf-8")
    (pack / "loop.yaml").symlink_to(pack / "loop.yaml")
    library = load_paths([pack])
    codes = [code for code, _ in problems_of(library)]
    assert "image-missing" in codes
    assert library.scenarios == {}
    assert any(str(e.path).endswith("loop.yaml") and e.result.errors for e in library.entries)
