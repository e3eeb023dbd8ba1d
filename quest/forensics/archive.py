"""The archive a reverse image search looks in: pictures with the page, outlet and date where
each appeared, read from a pack's archive.yaml with the scenarios' strict loader, and indexed
once (quest.forensics.search), the index cached until a picture or the file changes."""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from quest.content.characters import escaped
from quest.content.loader import decode as decode_text
from quest.content.shapes import Field, Map, Name, Seq, Text
from quest.content.spec import INVALID, Context, Date, ImagePath, Int, Str
from quest.content.yamltree import YamlProblem, parse
from quest.errors import Problem
from quest.files import FileTooLarge, NotARegularFile, read_bytes, write_atomic
from quest.i18n import N_
from quest.message import Message
from quest.model.scenario import Text as TextValue

ARCHIVE_FILE = "archive.yaml"
MAX_ARCHIVE_BYTES = 512 * 1024
MAX_PICTURES = 500
INDEX_VERSION = 1  # a change to the search's hashing makes every cached index stale


@dataclass(frozen=True)
class ArchivedPicture:
    """A picture as it appeared somewhere before: the file, the outlet, the page and the date."""

    file: str  # as written, relative to the archive file
    path: Path
    outlet: TextValue
    page: str
    published: date
    caption: TextValue | None = None


entry = Map(
    N_("an archived picture"),
    [
        Field("file", ImagePath(), description="The picture, relative to archive.yaml."),
        Field("outlet", Name(), description="Where it appeared: a site, channel or paper."),
        Field("page", Str(N_("a web address starting with http:// or https://"),
                          max_length=500, pattern=r"^https?://\S+$"),
              description="The page it appeared on."),
        Field("published", Date(), description="When it appeared there."),
        Field("caption", Text(max_length=500), False, "What the page said about it."),
    ],
)

archive_format = Map(
    N_("an archive of pictures"),
    [
        Field("format", Int(1, 1, N_("the format version"))),
        Field("pictures", Seq(entry, N_("a list of pictures"), min_items=1,
                              max_items=MAX_PICTURES)),
    ],
)


@dataclass
class Archive:
    """Every archived picture of the packs, and what is wrong with their archive files."""

    pictures: list[ArchivedPicture] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def named(self, file_name: str) -> ArchivedPicture | None:
        """The archived picture whose file has this name (as an evidence line names it)."""
        return next((p for p in self.pictures if p.path.name == file_name
                     or p.file == file_name), None)


def load_archive(folder: Path, archive: Archive | None = None) -> Archive:
    """The pictures of a pack's archive.yaml, added to `archive`; a pack without one adds none."""
    from quest.content.images import image_problem

    archive = archive if archive is not None else Archive()
    path = folder / ARCHIVE_FILE
    if not os.path.lexists(path):
        return archive
    label = str(path)
    try:
        decoded = decode_text(read_bytes(path, MAX_ARCHIVE_BYTES), label)
    except FileTooLarge:
        archive.problems.append(Problem(label, 1, 1, "error", Message(
            "expected an archive file of at most {most} KB, found a larger one",
            most=MAX_ARCHIVE_BYTES // 1024), "too-large"))
        return archive
    except NotARegularFile as exc:
        archive.problems.append(Problem(label, 1, 1, "error", Message(
            "expected an archive file, found {kind}", kind=exc.kind), "not-a-file"))
        return archive
    except OSError as exc:
        archive.problems.append(Problem(label, 1, 1, "error", Message(
            "cannot read the file: {reason}", reason=exc.strerror or str(exc)), "unreadable"))
        return archive
    if isinstance(decoded, Problem):
        archive.problems.append(decoded)
        return archive
    try:
        root = parse(decoded, label)
    except YamlProblem as exc:
        archive.problems.append(exc.problem)
        return archive
    ctx = Context(label)
    value = archive_format.check(root, ctx) if root is not None else INVALID
    if root is None:
        ctx.problems.append(Problem(label, 1, 1, "error", Message(
            "expected an archive (a mapping with the keys format and pictures), found an "
            "empty file"), "empty-file"))
    lines = {relative: (line, column) for relative, line, column in ctx.images}
    archive.problems += sorted(ctx.problems, key=lambda p: (p.line, p.column))
    if value is INVALID:
        return archive
    for item in value["pictures"]:
        target = folder / item["file"]
        line, column = lines.get(item["file"], (1, 1))
        resolved, inside = os.path.realpath(target), os.path.realpath(folder)
        why = None
        if os.path.commonpath([resolved, inside]) != inside:
            why = Message("expected a picture inside the pack folder, found {path!r}, which "
                          "leaves it", path=item["file"])
        elif not target.is_file():
            why = Message("expected a picture file at {path!r}, found no such file",
                          path=item["file"])
        elif (problem := image_problem(target)) is not None:
            why = Message("expected a PNG or JPEG picture at {path!r}, found that {why}",
                          path=item["file"], why=problem)
        if why is not None:
            archive.problems.append(Problem(label, line, column, "error", why, "archive-picture"))
            continue
        archive.pictures.append(ArchivedPicture(item["file"], target, item["outlet"],
                                                item["page"], item["published"],
                                                item.get("caption")))
    return archive


def load_archives(folders) -> Archive:
    """The archives of several packs, as one."""
    archive = Archive()
    for folder in folders:
        load_archive(Path(folder), archive)
    return archive


def fingerprint(archive: Archive) -> str:
    """Changes when a picture is added, removed, replaced or touched."""
    digest = hashlib.sha256(f"{INDEX_VERSION}".encode())
    for picture in archive.pictures:
        try:
            info = picture.path.stat()
            digest.update(f"\0{picture.path}\0{info.st_size}\0{info.st_mtime_ns}".encode(
                "utf-8", "surrogateescape"))
        except OSError:
            digest.update(f"\0{picture.path}\0gone".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def index_of(archive: Archive, cache: Path | None):
    """The search index of the archive: from the cache when it is the archive's, else built
    (pictures that cannot be decoded are left out) and cached."""
    import numpy as np

    from quest.forensics.picture import PictureError, open_picture
    from quest.forensics.search import Index

    key = fingerprint(archive)
    if cache is not None:
        try:
            with np.load(io.BytesIO(read_bytes(cache, 256 * 1024 * 1024)),
                         allow_pickle=False) as saved:
                if bytes(saved["key"]).decode("ascii") == key:
                    return Index.from_arrays(saved, len(archive.pictures))
        except (OSError, ValueError, KeyError, UnicodeDecodeError, EOFError):
            pass  # no cache, or a stale, damaged or foreign one: build it again
    pictures = []
    for picture in archive.pictures:
        try:
            pictures.append(open_picture(picture.path)[0].convert("RGB"))
        except PictureError:
            # Kept in place with a blank so entry numbers stay the archive's.
            from PIL import Image

            pictures.append(Image.new("RGB", (16, 16)))
    index = Index.build(pictures)
    if cache is not None:
        out = io.BytesIO()
        np.savez(out, key=np.frombuffer(key.encode("ascii"), dtype=np.uint8), **index.arrays())
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(cache, out.getvalue(), durable=False)
        except OSError:
            pass  # a read-only data folder: the index is built again next time
    return index


