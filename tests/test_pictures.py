"""The bundled scenario pictures are what tools/pictures draws: one module each, the same pixels."""

import shutil
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parent.parent / "tools" / "pictures"
if not (TOOLS / "draw.py").exists():  # e.g. tests run against a copy without tools/
    pytest.skip("tools/pictures is not here", allow_module_level=True)
sys.path.insert(0, str(TOOLS))
import draw  # noqa: E402  (found through the path above)
import pygame  # noqa: E402

BUNDLED = sorted(path.name for path in draw.IMAGES.glob("*.png"))


def altered(source: Path, target: Path) -> None:
    """Save the picture of source to target with its top left pixel inverted."""
    picture = pygame.image.load(str(source))
    r, g, b, _ = picture.get_at((0, 0))
    picture.set_at((0, 0), (255 - r, 255 - g, 255 - b))
    pygame.image.save(picture, str(target))


def test_every_bundled_picture_is_drawn_by_exactly_one_module():
    owners = draw.owners()
    assert {name: found for name, found in owners.items() if len(found) != 1} == {}
    assert sorted(owners) == BUNDLED


def test_the_credits_name_the_module_of_every_picture():
    credits = (draw.ROOT / "quest" / "data" / "CREDITS.md").read_text(encoding="utf-8")
    rows = {line.split("`")[1].rsplit("/", 1)[-1]: line for line in credits.splitlines()
            if line.startswith("| `scenarios/images/")}
    wrong = [name for name, found in draw.owners().items()
             if f"`tools/pictures/{found[0]}.py`" not in rows.get(name, "")]
    assert wrong == []


def changed_share(first: pygame.Surface, second: pygame.Surface, tolerance: int = 24) -> float:
    """The share of pixels whose colour differs by more than `tolerance` in some channel."""
    size = first.get_size()
    a, b = pygame.Surface(size), pygame.Surface(size)  # the same pixel format for both
    a.blit(first, (0, 0))
    b.blit(second, (0, 0))
    difference, back = a.copy(), b.copy()
    difference.blit(b, (0, 0), special_flags=pygame.BLEND_RGB_SUB)  # a - b, floored at 0
    back.blit(a, (0, 0), special_flags=pygame.BLEND_RGB_SUB)  # b - a, floored at 0
    difference.blit(back, (0, 0), special_flags=pygame.BLEND_RGB_ADD)  # |a - b|
    close = pygame.transform.threshold(None, difference, (0, 0, 0),
                                       (tolerance, tolerance, tolerance, 255), set_behavior=0)
    return 1 - close / (size[0] * size[1])


# Pixels, not PNG bytes: a newer zlib or libpng packs the same pixels differently, and a newer
# pygame-ce may scale or draw letters a shade differently. `draw.py --check` compares the exact
# bytes for whoever changes a picture; here a picture must keep all but a sliver of its pixels.
@pytest.mark.parametrize("name", BUNDLED)
def test_the_drawn_picture_has_the_pixels_of_the_bundled_file(name):
    drawn = draw.draw(name)
    bundled = pygame.image.load(str(draw.IMAGES / name))
    assert drawn.get_size() == bundled.get_size()
    assert changed_share(drawn, bundled) < 0.002


def test_the_pixel_comparison_sees_a_changed_picture():
    name = "bear-medeu-original.png"
    bundled = pygame.image.load(str(draw.IMAGES / name))
    assert changed_share(bundled, bundled) == 0
    moved = pygame.Surface(bundled.get_size())
    moved.blit(bundled, (6, 0))  # the same picture a few pixels to the right
    assert changed_share(moved, bundled) > 0.02
    other = pygame.image.load(str(draw.IMAGES / "zoo-new-cubs.png"))
    assert changed_share(other, bundled) > 0.5


def test_compare_tells_same_changed_undrawn_and_unbundled_pictures(tmp_path):
    drawn, bundled = tmp_path / "drawn", tmp_path / "bundled"
    drawn.mkdir()
    bundled.mkdir()
    kept, changed, undrawn, unbundled = BUNDLED[:4]
    for name in (kept, changed):
        shutil.copy(draw.IMAGES / name, bundled / name)
    shutil.copy(draw.IMAGES / kept, drawn / kept)
    altered(draw.IMAGES / changed, drawn / changed)
    shutil.copy(draw.IMAGES / undrawn, bundled / undrawn)
    shutil.copy(draw.IMAGES / unbundled, drawn / unbundled)
    assert draw.compare(drawn, bundled) == {kept: "same", changed: "DIFFERENT",
                                            undrawn: "NOT DRAWN", unbundled: "NOT BUNDLED"}
    assert draw.compare(drawn, bundled, only=[kept]) == {kept: "same"}


def test_check_fails_when_a_bundled_picture_was_changed(tmp_path, monkeypatch, capsys):
    name = "bear-medeu-still.png"
    altered(draw.IMAGES / name, tmp_path / name)
    monkeypatch.setattr(draw, "IMAGES", tmp_path)
    assert draw.main(["--check", name]) == 1
    assert f"DIFFERENT    {name}  (bear_on_ski_slope.py)" in capsys.readouterr().out
