"""Scenario text -> model, with every problem reported by file, line and column."""

from __future__ import annotations

from pathlib import Path

from quest.content import format as scenario_format
from quest.content.characters import escaped
from quest.content.result import LoadResult
from quest.content.spec import INVALID, Context
from quest.content.yamltree import YamlProblem, find, parse
from quest.errors import Problem
from quest.message import Message
from quest.files import FileTooLarge, NotARegularFile, read_bytes

# A scenario in three languages is a few kilobytes; the cap leaves room for long stories
# and refuses huge files before the parser sees them.
MAX_FILE_BYTES = 256 * 1024

__all__ = ["LoadResult", "MAX_FILE_BYTES", "decode", "load_scenario", "read_scenario_file"]


def _fail(label: str, line: int, column: int, message: str, code: str) -> LoadResult:
    return LoadResult(label, None, [Problem(label, line, column, "error", message, code)])


def too_large(found) -> Message:
    """A file bigger than any scenario needs."""
    return Message("expected a scenario file of at most {most} KiB, found {found}",
                   most=MAX_FILE_BYTES // 1024, found=found)


def load_scenario(text: str, label: str = "<scenario>") -> LoadResult:
    """Parse and validate one scenario given as text; never raises for bad input."""
    if len(text) > MAX_FILE_BYTES:
        return _fail(label, 1, 1, too_large(f"{len(text) // 1024} KiB"), "too-large")
    try:
        root = parse(text, label)
    except YamlProblem as exc:
        return LoadResult(label, None, [exc.problem])
    if root is None:
        return _fail(label, 1, 1, Message("expected a scenario (a mapping with keys such as "
                                          "format, id, title), found an empty file"),
                     "empty-file")
    ctx = Context(label)
    value = scenario_format.scenario.check(root, ctx)
    id_node = find(root, "id")
    result = LoadResult(
        label,
        None if value is INVALID else value,
        sorted(ctx.problems, key=lambda p: (p.line, p.column)),
        images=ctx.images,
        id_position=(id_node.line, id_node.column) if id_node is not None else (1, 1),
        texts=ctx.texts,
        translated=ctx.translated,
        untranslated=ctx.untranslated,
        languages=ctx.languages or (),
    )
    return result


def decode(data: bytes, label: str) -> str | Problem:
    """Bytes of a scenario file -> text, or the problem that prevents it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Problem(label, 1, 1, "error", Message("expected UTF-8 text, found UTF-16: save "
                                                     "the file as UTF-8"), "not-utf8")
    nul = data.find(b"\0")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        if nul >= 0:
            return Problem(label, line, column, "error",
                           Message("expected YAML text, found binary data (is this really a "
                                   "scenario file?)"), "binary")
        return Problem(label, line, column, "error",
                       Message("expected UTF-8 text, found the byte 0x{byte:02X}, which is not "
                               "UTF-8: save the file as UTF-8", byte=data[exc.start]),
                       "not-utf8")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        column = nul - (data.rfind(b"\n", 0, nul) + 1) + 1
        return Problem(label, line, column, "error",
                       Message("expected YAML text, found a NUL byte (is this really a scenario "
                               "file?)"), "binary")
    return text


def read_scenario_file(path: Path, label: str | None = None) -> LoadResult:
    """Read, decode and load one scenario file; unreadable files become problems."""
    label = label or escaped(path)
    try:
        data = read_bytes(path, MAX_FILE_BYTES)
    except FileTooLarge as exc:
        # A file that grew while it was read is only known to be larger.
        found = (f"{exc.size // 1024} KiB" if exc.size // 1024 > MAX_FILE_BYTES // 1024
                 else Message("more"))
        return _fail(label, 1, 1, too_large(found), "too-large")
    except NotARegularFile as exc:
        return _fail(label, 1, 1, Message("expected a scenario file, found {kind}: only "
                                          "regular files are read", kind=exc.kind),
                     "special-file")
    except OSError as exc:
        return _fail(label, 1, 1, Message("cannot read the file: {reason}",
                                          reason=exc.strerror or str(exc)), "unreadable")
    text = decode(data, label)
    if isinstance(text, Problem):
        return LoadResult(label, None, [text])
    return load_scenario(text, label)
