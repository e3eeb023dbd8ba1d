"""What a picture file says about itself: EXIF (camera, date, software, GPS) and XMP (the
editing programs), read with Pillow and shown plainly.

Messengers and social networks remove most metadata when a picture is posted, and anyone can
write any metadata into a file: a missing field proves nothing, and a present one is a claim.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

MAX_VALUE = 80  # longer values are cut: metadata is the file author's text, not ours
MAX_XMP = 64 * 1024
# EXIF tags (TIFF numbering)
MAKE, MODEL, SOFTWARE, DATETIME = 0x010F, 0x0110, 0x0131, 0x0132
EXIF_IFD, GPS_IFD = 0x8769, 0x8825
DATETIME_ORIGINAL = 0x9003
XMP_FIELDS = {"CreatorTool": "software", "CreateDate": "taken", "softwareAgent": "history"}


@dataclass(frozen=True)
class Metadata:
    """The metadata the file carries, each field None when absent."""

    kind: str  # PNG or JPEG
    camera: str | None = None
    taken: str | None = None
    software: str | None = None
    gps: tuple[float, float] | None = None
    history: tuple[str, ...] = ()  # editing programs the XMP history names
    fields: int = 0  # how many EXIF fields the file has in all

    @property
    def empty(self) -> bool:
        """Whether the file carries none of the fields shown."""
        return not (self.camera or self.taken or self.software or self.gps or self.history)

    def has(self, what: str) -> bool:
        """Whether the field `what` (camera, date, software, gps) is present."""
        return bool({"camera": self.camera, "date": self.taken, "software": self.software
                     or self.history, "gps": self.gps}.get(what))


def clean(value) -> str | None:
    """A metadata value as text fit to show: printable, trimmed, at most MAX_VALUE long."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if value is None:
        return None
    text = "".join(ch if ch.isprintable() else " " for ch in str(value))
    text = " ".join(text.split())
    if not text:
        return None
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE - 1] + "…"


def _degrees(values, ref) -> float | None:
    try:
        d, m, s = (float(v) for v in values)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    value = d + m / 60 + s / 3600
    return -value if clean(ref) in ("S", "W") else value


def _gps(info) -> tuple[float, float] | None:
    lat, lon = _degrees(info.get(2), info.get(1)), _degrees(info.get(4), info.get(3))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return round(lat, 5), round(lon, 5)


def _xmp(picture) -> dict[str, list[str]]:
    packet = picture.info.get("xmp") or picture.info.get("XML:com.adobe.xmp") or b""
    if isinstance(packet, str):
        packet = packet.encode("utf-8", "replace")
    text = packet[:MAX_XMP].decode("utf-8", "replace")
    found: dict[str, list[str]] = {}
    # Read as text, never parsed as XML: no entity of the file's is ever expanded.
    for name, key in XMP_FIELDS.items():
        pattern = rf'[\w-]+:{name}\s*=\s*"([^"<]{{0,200}})"|<[\w-]+:{name}>([^<]{{0,200}})<'
        for match in re.finditer(pattern, text):
            value = clean(html.unescape(match.group(1) or match.group(2) or ""))
            if value and value not in found.setdefault(key, []):
                found[key].append(value)
    return found


def read_metadata(picture) -> Metadata:
    """The metadata of a decoded picture (quest.forensics.picture.decode)."""
    kind = picture.info.get("quest_format") or picture.format or "?"
    try:
        exif = picture.getexif()
        details = exif.get_ifd(EXIF_IFD)
        gps_info = exif.get_ifd(GPS_IFD)
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for a damaged EXIF block
        exif, details, gps_info = {}, {}, {}
    make, model = clean(exif.get(MAKE)), clean(exif.get(MODEL))
    camera = clean(" ".join(p for p in (make, model) if p)) if make or model else None
    if make and model and model.lower().startswith(make.lower()):
        camera = model  # "Canon Canon EOS 80D" reads badly
    xmp = _xmp(picture)
    software = clean(exif.get(SOFTWARE)) or clean(picture.info.get("Software")) or \
        next(iter(xmp.get("software", [])), None)
    taken = clean(details.get(DATETIME_ORIGINAL)) or clean(exif.get(DATETIME)) or \
        next(iter(xmp.get("taken", [])), None)
    return Metadata(kind, camera, taken, software, _gps(gps_info) if gps_info else None,
                    tuple(xmp.get("history", []))[:8], len(exif) + len(details))
