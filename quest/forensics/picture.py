"""Pictures opened for analysis, refused as the game refuses them before anything decodes."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from quest.content.characters import escaped
from quest.content.images import MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, image_problem
from quest.errors import QuestError
from quest.files import read_bytes
from quest.message import Message


class PictureError(QuestError):
    """A picture that cannot be analysed, with the file and the reason."""

    default_code = "picture"


def open_picture(path: Path):
    """The decoded picture (a PIL image, RGB) and the file's bytes; PictureError otherwise."""
    from PIL import Image

    why = image_problem(path)
    if why is not None:
        raise PictureError(str(Message("{path}: cannot analyse the picture: {why}",
                                       path=escaped(path), why=why)), "picture", why=why)
    try:
        data = read_bytes(path, MAX_IMAGE_BYTES)
    except OSError as exc:
        raise PictureError(f"{escaped(path)}: cannot read the picture: "
                           f"{exc.strerror or exc}", "picture") from None
    return decode(data, escaped(path)), data


def decode(data: bytes, shown: str = "the picture"):
    """A PNG or JPEG from its bytes, decoded whole; PictureError when it is not one or is damaged."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            # Over the pixel limit is an error, not a warning to print.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            picture = Image.open(io.BytesIO(data), formats=("PNG", "JPEG"))
            picture.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PictureError(f"{shown}: cannot analyse the picture: it has more than "
                           f"{MAX_IMAGE_PIXELS} pixels", "picture") from None
    except (OSError, SyntaxError, ValueError, EOFError, MemoryError) as exc:
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise PictureError(f"{shown}: cannot analyse the picture: it is damaged or not a PNG "
                           f"or JPEG ({reason})", "picture") from None
    picture.info["quest_format"] = picture.format
    return picture
