"""The image search finds the original of cropped, mirrored, recompressed and recoloured
copies, at the rank expected, and nothing for pictures that are not in the archive."""

import io

import pytest

pytest.importorskip("imagehash")
from PIL import Image, ImageEnhance, ImageOps  # noqa: E402

from quest.forensics.search import Index, search  # noqa: E402
from quest.resources import DATA_DIR  # noqa: E402

IMAGES = DATA_DIR / "scenarios" / "images"
ARCHIVED = ["bear-medeu-original.png", "cropped-crowd-photo-original.png",
            "snow-leopard-original.png", "river-clean-up-photo.png", "laptop-giveaway.png",
            "weather-warning-kazhydromet.png", "zoo-new-cubs.png", "metro-new-year-hours.png"]
NOT_ARCHIVED = ["kumis-miracle-cure.png", "lake-alakol-satire.png", "petrol-price-chart.png",
                "olympiad-winners.png", "singer-language-quote-card.png",
                "fluoride-water-conspiracy-kitchen.png", "school-exams-satire.png"]


def picture(name: str) -> Image.Image:
    return Image.open(IMAGES / name).convert("RGB")


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return Image.open(io.BytesIO(out.getvalue())).convert("RGB")


def crop(image: Image.Image, left: float, top: float, share: float) -> Image.Image:
    w, h = image.size
    x, y = round(left * w), round(top * h)
    return image.crop((x, y, x + round(w * share), y + round(h * share)))


def sepia(image):
    return ImageOps.colorize(ImageOps.grayscale(image), "#2b1a0a", "#f0d8a8")


def swap_channels(image):
    red, green, blue = image.split()
    return Image.merge("RGB", (blue, red, green))


def banner(image):
    """Re-posted with a caption band added above it."""
    out = Image.new("RGB", (image.width, image.height + image.height // 6), (250, 250, 250))
    out.paste(image, (0, image.height // 6))
    return out


VARIANTS = {
    "same": lambda im: im,
    "recompressed at 15": lambda im: jpeg(im, 15),
    "mirrored": ImageOps.mirror,
    "cropped to 80%, off centre": lambda im: crop(im, 0.17, 0.03, 0.8),
    "cropped to 65%, in a corner": lambda im: crop(im, 0.0, 0.35, 0.65),
    "cropped to 65%, the other corner": lambda im: crop(im, 0.35, 0.0, 0.65),
    "sepia": sepia,
    "channels swapped": swap_channels,
    "brighter, less contrast": lambda im: ImageEnhance.Contrast(
        ImageEnhance.Brightness(im).enhance(1.3)).enhance(0.7),
    "halved in size": lambda im: im.resize((im.width // 2, im.height // 2)),
    "with a caption band": banner,
    "all at once": lambda im: jpeg(ImageOps.mirror(crop(sepia(im), 0.1, 0.2, 0.75)), 35),
}


@pytest.fixture(scope="module")
def index():
    return Index.build([picture(name) for name in ARCHIVED])


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", ARCHIVED)
def test_the_original_comes_first(index, name, variant):
    found = search(index, VARIANTS[variant](picture(name)))
    assert found, f"{name} {variant}: not found"
    assert ARCHIVED[found[0].entry] == name  # expected rank 1
    assert found[0].similarity >= 0.72
    # Nothing unrelated comes with it.
    assert [ARCHIVED[f.entry] for f in found] == [name]
    assert found[0].mirrored == (variant in ("mirrored", "all at once"))


@pytest.mark.parametrize("name", NOT_ARCHIVED)
@pytest.mark.parametrize("variant", ["same", "mirrored", "recompressed at 15"])
def test_a_picture_not_in_the_archive_finds_nothing(index, name, variant):
    assert search(index, VARIANTS[variant](picture(name))) == []


@pytest.mark.parametrize("make", [
    lambda: Image.new("RGB", (800, 500), (120, 130, 140)),  # flat
    lambda: Image.linear_gradient("L").resize((800, 500)).convert("RGB"),  # a smooth sky
    lambda: Image.effect_noise((800, 500), 60).convert("RGB"),  # grain
    lambda: Image.new("RGB", (3, 2), (0, 0, 0)),  # tiny
])
def test_featureless_or_tiny_pictures_find_nothing(index, make):
    assert search(index, make()) == []


def test_a_crop_reports_where_it_was_taken_from(index):
    [found] = search(index, crop(picture("snow-leopard-original.png"), 0.3, 0.2, 0.65))
    left, top, right, bottom = found.box
    assert abs(left - 0.3) < 0.06 and abs(top - 0.2) < 0.06
    assert abs((right - left) - 0.65) < 0.06 and found.part < 0.95


def test_copies_in_the_archive_are_one_family_not_rivals():
    original = picture("bear-medeu-original.png")
    index = Index.build([original, jpeg(crop(original, 0.1, 0.1, 0.85), 60),
                         picture("kumis-miracle-cure.png")])
    assert index.families[0] == index.families[1] != index.families[2]
    found = search(index, crop(original, 0.12, 0.12, 0.8))
    assert {f.entry for f in found} == {0, 1}
