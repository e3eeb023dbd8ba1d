"""Record the input of a game and replay it through the real scenes, frame by frame."""

from __future__ import annotations

import json
from pathlib import Path

from quest.errors import QuestError
from quest.files import FileTooLarge, read_bytes

REPLAY_FORMAT = 1
# Events worth keeping: everything that can change what the game does.
KINDS = {"key", "keyup", "down", "up", "motion", "wheel", "resize", "quit", "text"}
MAX_REPLAY_BYTES = 32 * 1024 * 1024


class ReplayError(QuestError):
    """A replay file that cannot be replayed."""

    default_code = "replay"


def encode(frame: int, event) -> dict | None:
    """A pygame event as a JSON-ready record, or None for events a replay does not need."""
    import pygame

    kind = event.type
    if kind == pygame.KEYDOWN:
        return {"f": frame, "t": "key", "key": event.key, "mod": event.mod,
                "unicode": getattr(event, "unicode", "")}
    if kind == pygame.KEYUP:
        return {"f": frame, "t": "keyup", "key": event.key, "mod": event.mod}
    if kind == pygame.MOUSEBUTTONDOWN:
        return {"f": frame, "t": "down", "pos": list(event.pos), "button": event.button}
    if kind == pygame.MOUSEBUTTONUP:
        return {"f": frame, "t": "up", "pos": list(event.pos), "button": event.button}
    if kind == pygame.MOUSEMOTION:
        return {"f": frame, "t": "motion", "pos": list(event.pos)}
    if kind == pygame.MOUSEWHEEL:
        return {"f": frame, "t": "wheel", "x": event.x, "y": event.y}
    if kind == pygame.VIDEORESIZE:
        return {"f": frame, "t": "resize", "w": event.w, "h": event.h}
    if kind == pygame.QUIT:
        return {"f": frame, "t": "quit"}
    if kind == pygame.TEXTINPUT:
        return {"f": frame, "t": "text", "text": event.text}
    return None


def decode(record: dict):
    """A record back into a pygame event."""
    import pygame

    kind = record["t"]
    if kind == "key":
        return pygame.event.Event(pygame.KEYDOWN, key=record["key"], mod=record["mod"],
                                  unicode=record.get("unicode", ""), scancode=0)
    if kind == "keyup":
        return pygame.event.Event(pygame.KEYUP, key=record["key"], mod=record["mod"],
                                  scancode=0)
    if kind in ("down", "up"):
        return pygame.event.Event(pygame.MOUSEBUTTONDOWN if kind == "down"
                                  else pygame.MOUSEBUTTONUP,
                                  pos=tuple(record["pos"]), button=record["button"])
    if kind == "motion":
        return pygame.event.Event(pygame.MOUSEMOTION, pos=tuple(record["pos"]), rel=(0, 0),
                                  buttons=(0, 0, 0))
    if kind == "wheel":
        return pygame.event.Event(pygame.MOUSEWHEEL, x=record["x"], y=record["y"], flipped=False)
    if kind == "resize":
        return pygame.event.Event(pygame.VIDEORESIZE, w=record["w"], h=record["h"],
                                  size=(record["w"], record["h"]))
    if kind == "text":
        return pygame.event.Event(pygame.TEXTINPUT, text=record["text"])
    return pygame.event.Event(pygame.QUIT)


class Recorder:
    """Writes a header, then one line per input event, flushed so a crash keeps what happened."""

    def __init__(self, path: Path, *, size, lang, settings, scenario=None, scenarios=(),
                 start="title"):
        try:
            self.handle = path.open("w", encoding="utf-8")
        except OSError as exc:
            raise QuestError(f"cannot write the recording {path}: {exc.strerror or exc}") from None
        header = {"mil-quest-replay": REPLAY_FORMAT, "size": list(size), "lang": lang,
                  "text_scale": settings.text_scale, "high_contrast": settings.high_contrast,
                  "scenario": scenario, "scenarios": list(scenarios), "start": start}
        self._write(header)

    def _write(self, record: dict) -> None:
        self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.handle.flush()

    def record(self, frame: int, event) -> None:
        """Keep one event."""
        record = encode(frame, event)
        if record is not None:
            self._write(record)

    def close(self) -> None:
        """Finish the file."""
        self.handle.close()


def _check(record, line: int, label: str) -> dict:
    def fail(what: str):
        raise ReplayError(f"{label}:{line}: {what}")

    if not isinstance(record, dict):
        fail("expected an event object, found something else")
    kind = record.get("t")
    if kind not in KINDS:
        fail(f"expected an event type ({', '.join(sorted(KINDS))}), found {kind!r}")
    frame = record.get("f")
    if type(frame) is not int or not 0 <= frame <= 10_000_000:
        fail(f"expected a frame number, found {frame!r}")
    ints = {"key": ("key", "mod"), "keyup": ("key", "mod"), "down": ("button",),
            "up": ("button",), "wheel": ("x", "y"), "resize": ("w", "h")}.get(kind, ())
    for name in ints:
        if type(record.get(name)) is not int or abs(record[name]) > 2**31:
            fail(f"expected a whole number for {name!r}, found {record.get(name)!r}")
    if kind in ("down", "up", "motion"):
        pos = record.get("pos")
        if not (isinstance(pos, list) and len(pos) == 2 and all(type(v) is int and
                                                                 abs(v) < 100_000 for v in pos)):
            fail(f"expected a position [x, y], found {pos!r}")
    if kind == "resize" and not (100 <= record["w"] <= 8192 and 100 <= record["h"] <= 8192):
        fail("expected a window size from 100 to 8192 pixels")
    for name in ("unicode", "text"):
        if name in record and not (isinstance(record[name], str) and len(record[name]) < 64):
            fail(f"expected a short text for {name!r}")
    return record


def read(path: Path) -> tuple[dict, list[dict]]:
    """The header and the events of a replay file, checked; a ReplayError names the bad line."""
    label = str(path)
    try:
        text = read_bytes(path, MAX_REPLAY_BYTES).decode("utf-8")
    except FileTooLarge:
        raise ReplayError(f"{label}: expected a replay of at most "
                          f"{MAX_REPLAY_BYTES // (1024 * 1024)} MB") from None
    except OSError as exc:
        raise ReplayError(f"{label}: cannot read the replay: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ReplayError(f"{label}: expected a replay (JSON lines), found binary data") from None
    lines = text.splitlines()
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except ValueError as exc:
            raise ReplayError(f"{label}:{number}: expected JSON, found {line[:40]!r} ({exc})") \
                from None
    if not records or not isinstance(records[0][1], dict) or \
            records[0][1].get("mil-quest-replay") != REPLAY_FORMAT:
        raise ReplayError(f"{label}:1: expected a MIL Quest replay header "
                          f"(mil-quest-replay: {REPLAY_FORMAT})")
    header = records[0][1]
    size = header.get("size")
    if not (isinstance(size, list) and len(size) == 2 and all(type(v) is int and
                                                             640 <= v <= 8192 for v in size)):
        raise ReplayError(f"{label}:1: expected a window size [width, height], found {size!r}")
    if not isinstance(header.get("lang"), str) or header.get("text_scale") not in (100, 125, 150):
        raise ReplayError(f"{label}:1: expected the language and text size of the recording")
    if header.get("start", "title") not in ("title", "menu"):
        raise ReplayError(f"{label}:1: expected the first screen, title or menu")
    for name in ("scenario",):
        if header.get(name) is not None and not isinstance(header[name], str):
            raise ReplayError(f"{label}:1: expected a scenario id or file for {name!r}")
    if not isinstance(header.get("scenarios", []), list) or not all(
            isinstance(p, str) for p in header.get("scenarios", [])):
        raise ReplayError(f"{label}:1: expected a list of scenario folders")
    events = [_check(record, number, label) for number, record in records[1:]]
    frames = [e["f"] for e in events]
    if frames != sorted(frames):
        raise ReplayError(f"{label}: expected events in frame order")
    return header, events
