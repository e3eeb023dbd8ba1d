"""Error levels, noise and metadata on files made here with known properties; hostile files
give the usual clear problem, naming the file, from the analyses and from their worker."""

import concurrent.futures
import io
import os
import struct
import zlib

import numpy as np
import pytest

pytest.importorskip("imagehash")
from PIL import Image  # noqa: E402

from quest.forensics import levels  # noqa: E402
from quest.forensics.lab import Failed, Lab, analyse  # noqa: E402
from quest.forensics.metadata import MAX_VALUE, Metadata, read_metadata  # noqa: E402
from quest.forensics.picture import decode  # noqa: E402

BOX = (200, 120, 520, 360)  # the pasted part, on the 8-pixel grid


def grainy(seed: int, size=(800, 480)) -> Image.Image:
    """A photo-like picture: a gradient and a soft shape, with a sensor's grain."""
    rng = np.random.RandomState(seed)
    y, x = np.mgrid[0:size[1], 0:size[0]]
    base = 90 + 60 * x / size[0] + 40 * np.sin(y / 40.0)
    pixels = base[..., None] + np.array([10, 0, -10]) + rng.normal(0, 5, (size[1], size[0], 3))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def jpeg_bytes(image: Image.Image, quality: int, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality, **options)
    return out.getvalue()


def reopened(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("RGB")


def spliced() -> bytes:
    """A street saved twice at quality 70, then a fresh part pasted in, saved at 92."""
    fresh = grainy(1)
    street = reopened(jpeg_bytes(reopened(jpeg_bytes(fresh, 70)), 70))
    street.paste(grainy(2).crop(BOX), BOX[:2])
    return jpeg_bytes(street, 92)


def test_error_levels_show_the_pasted_part():
    view = levels.error_levels(decode(spliced()))
    assert view.uneven and view.quality == 92
    left, top, right, bottom = view.region
    # The region standing out is the pasted box (as fractions of 800 x 480), give or take a
    # block of 16 pixels.
    assert abs(left - 200 / 800) <= 0.03 and abs(right - 520 / 800) <= 0.03
    assert abs(top - 120 / 480) <= 0.05 and abs(bottom - 360 / 480) <= 0.05
    shown = Image.frombytes("L", view.size, view.pixels)
    assert view.size == (800, 480) and shown.getextrema()[1] > 100  # bright where it differs
    fitted = levels.error_levels(decode(spliced()), fit=(400, 400))
    assert fitted.size == (400, 240) and len(fitted.pixels) == 400 * 240


def test_a_picture_saved_once_has_no_region_standing_out():
    view = levels.error_levels(decode(jpeg_bytes(grainy(3), 90)))
    assert not view.uneven and view.quality == 90


@pytest.mark.parametrize("quality", [40, 75, 92])
def test_the_jpeg_quality_is_read_from_the_file(quality):
    assert levels.jpeg_quality(decode(jpeg_bytes(grainy(4), quality))) == quality


def test_a_png_has_no_jpeg_quality():
    out = io.BytesIO()
    grainy(5).save(out, "PNG")
    assert levels.jpeg_quality(decode(out.getvalue())) is None


def test_the_noise_view_finds_a_smooth_patch_in_a_grainy_picture():
    image = grainy(6)
    smooth = Image.new("RGB", (BOX[2] - BOX[0], BOX[3] - BOX[1]), (128, 120, 110))
    image.paste(smooth, BOX[:2])
    out = io.BytesIO()
    image.save(out, "PNG")
    view = levels.noise(decode(out.getvalue()))
    assert view.uneven
    left, top, right, bottom = view.region
    assert abs(left - 0.25) <= 0.03 and abs(right - 0.65) <= 0.03


def test_a_big_picture_is_shown_at_most_view_width_wide():
    view = levels.error_levels(decode(jpeg_bytes(grainy(7, (1920, 1080)), 85)))
    assert view.size == (levels.VIEW_WIDTH, 720)


def camera_exif():
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS 80D"
    exif[0x0131], exif[0x0132] = "Photo\x1b[2J Editor 2.1\n", "2024:05:01 10:00:00"
    exif.get_ifd(0x8769)[0x9003] = "2024:04:30 18:45:12"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "S", (33.0, 51.0, 36.0)
    gps[3], gps[4] = "W", (70.0, 39.0, 0.0)
    return exif


def with_xmp(data: bytes, packet: str) -> bytes:
    body = b"http://ns.adobe.com/xap/1.0/\x00" + packet.encode("utf-8")
    return data[:2] + b"\xff\xe1" + (len(body) + 2).to_bytes(2, "big") + body + data[2:]


def test_exif_is_read_plainly_and_cleaned():
    data = jpeg_bytes(grainy(8), 90, exif=camera_exif())
    found = read_metadata(decode(data))
    assert found.camera == "Canon EOS 80D"  # not "Canon Canon EOS 80D"
    assert found.taken == "2024:04:30 18:45:12"  # the original time, not the file's
    assert found.software == "Photo [2J Editor 2.1"  # control characters gone
    assert found.gps == (-33.86, -70.65)
    assert found.kind == "JPEG" and found.has("camera") and found.has("gps")


def test_xmp_names_the_program_and_its_history_without_expanding_entities():
    bomb = ('<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description xmp:CreatorTool='
            '"Dreamlens &amp; Co &b;" xmp:CreateDate="2025-05-14T07:40:00">'
            '<stEvt:softwareAgent>Retouch Pro 5</stEvt:softwareAgent>'
            f'<xmp:Label>{"z" * 5000}</xmp:Label></rdf:Description></x:xmpmeta>')
    found = read_metadata(decode(with_xmp(jpeg_bytes(grainy(9), 90), bomb)))
    assert found.software == "Dreamlens & Co &b;"  # &b; is left as written, never expanded
    assert found.taken == "2025-05-14T07:40:00"
    assert found.history == ("Retouch Pro 5",)
    assert found.camera is None and found.has("software") and not found.has("camera")


def test_a_stripped_file_has_no_metadata():
    found = read_metadata(decode(jpeg_bytes(grainy(10), 80)))
    assert found == Metadata("JPEG") and found.empty


def test_a_huge_metadata_value_is_cut():
    exif = Image.Exif()
    exif[0x0131] = "x" * 10_000
    found = read_metadata(decode(jpeg_bytes(grainy(11), 80, exif=exif)))
    assert len(found.software) == MAX_VALUE and found.software.endswith("…")


def png_claiming(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk
            + struct.pack(">I", zlib.crc32(chunk)) + b"\x00" * 64)


def corrupt_png() -> bytes:
    """A whole PNG (header, end) whose compressed pixels are garbage."""
    out = io.BytesIO()
    grainy(14, (64, 64)).save(out, "PNG")
    data = bytearray(out.getvalue())
    start = data.index(b"IDAT") + 4
    data[start + 2:start + 40] = b"\xff" * 38
    return bytes(data)


def hostile_files(folder):
    """(file, what the message must say) for each kind of hostile file."""
    good = jpeg_bytes(grainy(12), 85)
    cases = {
        "huge-header.png": (png_claiming(60000, 60000), "pixels"),
        "truncated.jpg": (good[:len(good) // 3], "cut short"),
        "corrupt-inside.png": (corrupt_png(), "damaged"),
        "empty.jpg": (b"", "not a PNG or JPEG"),
        "gif-named.png": (b"GIF89a" + b"\x00" * 200, "not a PNG or JPEG"),
        "text-named.jpg": (b"hello, I am not a picture\n" * 20, "not a PNG or JPEG"),
    }
    out = []
    for name, (data, said) in cases.items():
        (folder / name).write_bytes(data)
        out.append((folder / name, said))
    fifo = folder / "fifo.jpg"
    os.mkfifo(fifo)
    out.append((fifo, "named pipe"))
    out.append((folder / "missing.png", "No such file"))
    return out


@pytest.mark.parametrize("kind", ["search", "metadata", "ela", "noise"])
def test_hostile_files_give_a_clear_problem_naming_the_file(tmp_path, kind):
    for path, said in hostile_files(tmp_path):
        result = analyse(kind, str(path), [], None)
        assert isinstance(result, Failed), path
        assert str(path.name) in result.message and said in result.message, result.message
        assert "Traceback" not in result.message


def test_the_worker_survives_hostile_files_and_a_killed_process(tmp_path):
    (tmp_path / "good.jpg").write_bytes(jpeg_bytes(grainy(13), 85))
    lab = Lab([], None)
    try:
        futures = [lab.submit("ela", path) for path, _said in hostile_files(tmp_path)]
        done, pending = concurrent.futures.wait(futures, timeout=120)
        assert not pending
        assert all(isinstance(lab.outcome(f), Failed) for f in done)
        # The worker dies mid-task: the game is told, and the next request gets a new worker.
        processes = list(lab._executor()._processes.values())
        victim = lab.submit("ela", tmp_path / "good.jpg")
        for process in processes:
            process.kill()
        concurrent.futures.wait([victim], timeout=60)
        assert lab.outcome(victim) == Failed("the analysis stopped unexpectedly", "crashed")
        again = lab.submit("ela", tmp_path / "good.jpg")
        concurrent.futures.wait([again], timeout=120)
        assert isinstance(lab.outcome(again), levels.LevelView)
    finally:
        lab.close()
