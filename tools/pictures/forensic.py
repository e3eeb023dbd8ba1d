"""Make the files whose analysis is the evidence: JPEGs with a known history and metadata.

Run from anywhere:  python tools/pictures/forensic.py
From the drawn PNGs (draw.py), this writes the scenarios' JPEGs and the archive's earlier
copies, each with the property a clue explains: a crop recompressed, a mirrored and recoloured
copy, a region pasted in after the rest was saved twice at a lower quality, camera EXIF,
an image generator's XMP. Pillow's JPEG encoder is deterministic for one libjpeg, but not
across them: the files are kept in the repository, and `mil-quest check` tests the properties.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "quest" / "data" / "scenarios"
IMAGES = SCENARIOS / "images"
ARCHIVE = SCENARIOS / "archive"


def drawn(name: str) -> Image.Image:
    return Image.open(IMAGES / name).convert("RGB")


def jpeg(picture: Image.Image, quality: int) -> Image.Image:
    """The picture as it comes back from one JPEG save."""
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality)
    return Image.open(io.BytesIO(out.getvalue())).convert("RGB")


def save(picture: Image.Image, path: Path, quality: int, exif=None, xmp: str | None = None):
    path.parent.mkdir(parents=True, exist_ok=True)
    options = {"quality": quality, "optimize": True}
    if exif is not None:
        options["exif"] = exif
    out = io.BytesIO()
    picture.save(out, "JPEG", **options)
    data = out.getvalue()
    if xmp is not None:
        data = with_xmp(data, xmp)
    path.write_bytes(data)
    print(f"{path.relative_to(ROOT)}: {len(data) // 1024} KB")


def with_xmp(data: bytes, packet: str) -> bytes:
    """A JPEG with an XMP packet in an APP1 segment right after its start marker."""
    body = b"http://ns.adobe.com/xap/1.0/\x00" + packet.encode("utf-8")
    segment = b"\xff\xe1" + (len(body) + 2).to_bytes(2, "big") + body
    return data[:2] + segment + data[2:]


def xmp(tool: str, history: tuple[str, ...] = ()) -> str:
    events = "".join(f'<rdf:li stEvt:action="saved" stEvt:softwareAgent="{agent}"/>'
                     for agent in history)
    return ('<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:'
            'meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:'
            'Description xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:xmpMM="http://ns.adobe'
            '.com/xap/1.0/mm/" xmlns:stEvt="http://ns.adobe.com/xap/1.0/sType/ResourceEvent#" '
            f'xmp:CreatorTool="{tool}"><xmpMM:History><rdf:Seq>{events}</rdf:Seq>'
            '</xmpMM:History></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')


def camera_exif(make: str, model: str, taken: str, software: str, gps: tuple[float, float]):
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0131], exif[0x0132] = make, model, software, taken
    details = exif.get_ifd(0x8769)
    details[0x9003] = taken
    lat, lon = gps
    position = exif.get_ifd(0x8825)

    def dms(value: float):
        degrees = int(value)
        minutes = int((value - degrees) * 60)
        seconds = round(((value - degrees) * 60 - minutes) * 60, 2)
        return (float(degrees), float(minutes), float(seconds))

    position[1], position[2] = "N", dms(lat)
    position[3], position[4] = "E", dms(lon)
    return exif


def grain(picture: Image.Image, sigma: float, seed: int) -> Image.Image:
    """The picture with a camera sensor's grain (Gaussian, seeded)."""
    import numpy as np

    noise = np.random.RandomState(seed).normal(0, sigma, (picture.height, picture.width, 1))
    pixels = np.asarray(picture, dtype=np.float32) + noise
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def crop(picture: Image.Image, left: float, top: float, share: float) -> Image.Image:
    width, height = picture.size
    w, h = round(width * share), round(height * share)
    x, y = round(left * width), round(top * height)
    return picture.crop((x, y, x + w, y + h)).resize((width, height), Image.LANCZOS)


def vignette(picture: Image.Image) -> Image.Image:
    mask = Image.new("L", picture.size, 0)
    draw = ImageDraw.Draw(mask)
    w, h = picture.size
    draw.ellipse((-w * 0.15, -h * 0.2, w * 1.15, h * 1.2), fill=255)
    from PIL import ImageFilter

    mask = mask.filter(ImageFilter.GaussianBlur(60))
    return Image.composite(picture, ImageEnhance.Brightness(picture).enhance(0.35), mask)


def main() -> None:
    # An old video's still, re-shared: recompressed, the news channel's copy being the original.
    save(drawn("bear-medeu-still.png"), IMAGES / "bear-medeu-still.jpg", 68)

    # A crowd cropped out of a charity fair's photo, darkened, recompressed, metadata gone.
    crowd = crop(drawn("cropped-crowd-photo-original.png"), 0.0, 0.25, 0.66)
    crowd = vignette(ImageEnhance.Contrast(ImageEnhance.Brightness(crowd).enhance(0.7))
                     .enhance(1.35))
    save(crowd, IMAGES / "cropped-crowd-photo.jpg", 55)

    # Made by an image generator, which wrote its name in the file's XMP.
    save(drawn("flooded-street-ai.png"), IMAGES / "flooded-street-ai.jpg", 90,
         xmp=xmp("Dreamlens Image Generator 3.2", ("Dreamlens Image Generator 3.2",)))

    # A phone photo posted with its EXIF: camera, time, place; and the volunteers' own copy.
    river = drawn("river-clean-up-photo.png")
    save(river, IMAGES / "river-clean-up-photo.jpg", 90,
         exif=camera_exif("Samsung", "Galaxy A54 5G", "2025:05:17 06:12:40", "A546EXXU5BXE1",
                          (43.3031, 76.8708)))
    save(crop(river, 0.04, 0.04, 0.92), ARCHIVE / "river-clean-up-report.jpg", 85)

    # The 2021 campaign poster (a collage: the leopard pasted into a street) and its re-share.
    # The street, grainy like a photo, was saved twice at quality 70 before the leopard went
    # in, and the whole was saved at 92: the leopard keeps more fine grain than the street,
    # so its error levels stand out.
    collage = grain(drawn("snow-leopard-city.png"), 5, 7)
    street = jpeg(jpeg(collage, 70), 70)
    leopard_box = (168, 272, 568, 480)
    street.paste(collage.crop(leopard_box), leopard_box[:2])
    save(street, IMAGES / "snow-leopard-city.jpg", 92)
    poster = Image.new("RGB", (800, 560), (24, 48, 40))
    poster.paste(street, (0, 0))
    draw = ImageDraw.Draw(poster)
    draw.rectangle((24, 520, 440, 536), fill=(220, 230, 220))
    draw.rectangle((620, 516, 776, 540), fill=(235, 190, 60))
    save(poster, ARCHIVE / "snow-leopard-poster-2021.jpg", 92)

    # A file photo of a snowstorm, used in 2023 and again with this year's genuine warning.
    weather = drawn("weather-warning-kazhydromet.png")
    save(ImageEnhance.Color(weather).enhance(0.8), ARCHIVE / "weather-file-photo-2023.jpg", 80)

    # The zoo's photo of the cubs, on its site the same day; the post's copy carries the zoo's
    # caption band, whose sharp letters make error levels uneven without any editing.
    cubs = drawn("zoo-new-cubs.png")
    save(cubs, ARCHIVE / "zoo-site-cubs.jpg", 88)
    post = cubs.copy()
    draw = ImageDraw.Draw(post)
    draw.rectangle((0, 440, 800, 500), fill=(255, 255, 255))
    font = ImageFont.truetype(str(ROOT / "quest" / "data" / "fonts" / "NotoSans-Bold.ttf"), 30)
    draw.text((24, 451), "Алматы зообағы · 12.06.2025", font=font, fill=(20, 60, 40))
    save(post, IMAGES / "zoo-new-cubs.jpg", 90)

    # A stock laptop picture, mirrored and recoloured for a 2022 giveaway.
    laptop = drawn("laptop-giveaway.png")
    red, green, blue = ImageOps.mirror(laptop).split()
    save(Image.merge("RGB", (blue, green, red)), ARCHIVE / "laptop-giveaway-2022.jpg", 75)
    round_two_stills()
    round_two_scenes()


def round_two_stills() -> None:
    """The deepfake of a briefing, the fans' old video, the fake-headline generator's file."""
    font = ImageFont.truetype(str(ROOT / "quest" / "data" / "fonts" / "NotoSans-Bold.ttf"), 21)
    # The 2024 briefing on road repairs, as the city TV channel's report showed it.
    briefing = drawn("akim-deepfake-briefing.png")
    save(briefing, ARCHIVE / "akim-briefing-2024.jpg", 85)
    # The deepfake: the same frame, the mouth repainted open as if saying other words, a news
    # ticker added at the bottom, the whole recompressed. Most of the frame is untouched.
    fake = briefing.copy()
    face = fake.crop((510, 170, 570, 202))
    draw = ImageDraw.Draw(face)
    draw.rectangle((0, 0, 60, 32), fill=(212, 166, 132))
    draw.ellipse((16, 10, 44, 24), fill=(104, 40, 42))
    draw.rectangle((21, 11, 39, 15), fill=(236, 232, 222))
    from PIL import ImageFilter

    mask = Image.new("L", face.size, 0)
    ImageDraw.Draw(mask).ellipse((4, 2, 56, 30), fill=255)
    fake.paste(face.filter(ImageFilter.GaussianBlur(0.7)), (510, 170),
               mask.filter(ImageFilter.GaussianBlur(3)))
    draw = ImageDraw.Draw(fake)
    draw.rectangle((0, 444, 800, 500), fill=(196, 24, 36))
    draw.rectangle((0, 444, 118, 500), fill=(255, 255, 255))
    draw.text((14, 458), "ШҰҒЫЛ", font=font, fill=(196, 24, 36))
    draw.text((132, 458), "Мектептер 1 желтоқсаннан екі аптаға жабылады", font=font,
              fill=(255, 255, 255))
    save(fake, IMAGES / "akim-deepfake-video.jpg", 72)
    # A 2019 video of football fans outside their stadium, as a Portuguese channel showed it,
    # and the still re-shared six years later: cropped, warmer, recompressed.
    fans = drawn("old-protest-stadium.png")
    save(fans, ARCHIVE / "stadium-fans-2019.jpg", 82)
    still = ImageEnhance.Color(crop(fans, 0.06, 0.12, 0.82)).enhance(1.2)
    red, green, blue = still.split()
    still = Image.merge("RGB", (red.point(lambda v: min(255, v + 10)), green, blue))
    save(still, IMAGES / "old-protest-video.jpg", 62)
    # A screenshot made with a fake-headline generator, which wrote its name in the file; sent
    # as a document, so no platform stripped it.
    exif = Image.Exif()
    exif[0x0131], exif[0x0132] = "FakeHeadline Studio 2.4", "2025:12:03 13:01:47"
    save(drawn("news-generator-screenshot.png"), IMAGES / "news-generator-screenshot.jpg", 88,
         exif=exif, xmp=xmp("FakeHeadline Studio 2.4", ("FakeHeadline Studio 2.4",)))



def round_two_scenes() -> None:
    """A 2021 flood photo from another country and its re-use; a lens-shaped cloud's photo."""
    # The news agency's 2021 photo of a flooded village abroad, and the fake fund's copy:
    # cropped, brightened, more colourful, recompressed; the search still finds the original.
    village = drawn("flood-charity-village.png")
    save(village, ARCHIVE / "flooded-village-2021.jpg", 85)
    copy = ImageEnhance.Brightness(crop(village, 0.06, 0.08, 0.84)).enhance(1.08)
    save(ImageEnhance.Color(copy).enhance(1.15), IMAGES / "flood-charity-fake.jpg", 62)
    # The amateur's photo of a lens-shaped cloud, posted as the original file.
    # Straight from a phone: sensor grain, camera EXIF with the time and a place above Almaty.
    cloud = grain(drawn("lenticular-cloud-photo.png"), 3, 51)
    save(cloud, IMAGES / "lenticular-cloud-photo.jpg", 92,
         exif=camera_exif("Xiaomi", "Redmi Note 13 Pro", "2025:10:21 18:12:40",
                          "V816.0.6.0.UNFMIXM", (43.1867, 76.9352)))

if __name__ == "__main__":
    main()
