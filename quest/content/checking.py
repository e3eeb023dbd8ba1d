"""The facts `mil-quest check` reports about a set of scenario files."""

from __future__ import annotations

from dataclasses import dataclass

from quest.content.characters import escaped
from quest.content.packs import Library
from quest.message import Catalog, Message, Plural


@dataclass(frozen=True)
class Summary:
    """Counts over a checked library."""

    files: int
    scenarios: int
    errors: int
    warnings: int
    texts: int
    translated: dict[str, int]  # per language: Texts with a non-empty string

    def as_dict(self) -> dict:
        """The summary as plain data for JSON output."""
        return {
            "files": self.files,
            "scenarios": self.scenarios,
            "errors": self.errors,
            "warnings": self.warnings,
            "texts": self.texts,
            "translated": dict(sorted(self.translated.items())),
        }


def summarize(library: Library) -> Summary:
    """Count files, usable scenarios, problems and translations."""
    problems = library.all_problems()
    translated: dict[str, int] = {}
    texts = 0
    for entry in library.entries:
        result = entry.result
        texts += result.texts
        for lang in result.languages:
            translated[lang] = translated.get(lang, 0) + result.translated.get(lang, 0)
    return Summary(
        files=len(library.entries),
        scenarios=len(library.scenarios),
        errors=sum(p.severity == "error" for p in problems),
        warnings=sum(p.severity == "warning" for p in problems),
        texts=texts,
        translated=translated,
    )


def untranslated_lines(library: Library) -> list[Message]:
    """Per scenario file, per language, how many texts are missing or still to write."""
    lines = []
    for entry in library.entries:
        counts = {lang: n for lang, n in sorted(entry.result.untranslated.items()) if n}
        if counts:
            name = entry.scenario.id if entry.scenario else entry.path.name
            detail = ", ".join(f"{lang} {n}" for lang, n in counts.items())
            lines.append(Message("{file}: {name}: texts missing or still to write: {detail}",
                                 file=escaped(entry.path), name=name, detail=detail))
    return lines


def summary_lines(summary: Summary) -> list[Message]:
    """The closing lines of `check`: counts, then translations per language."""
    counts = [
        Plural("{count} file", "{count} files", summary.files),
        Plural("{count} scenario", "{count} scenarios", summary.scenarios),
        Plural("{count} error", "{count} errors", summary.errors),
        Plural("{count} warning", "{count} warnings", summary.warnings),
    ]
    lines = [Message("{files}, {scenarios}, {errors}, {warnings}", files=counts[0],
                     scenarios=counts[1], errors=counts[2], warnings=counts[3])]
    if summary.translated:
        langs = ", ".join(f"{lang} {count}/{summary.texts}"
                          for lang, count in sorted(summary.translated.items()))
        lines.append(Message("texts translated: {languages}", languages=langs))
    return lines


def as_json(library: Library, catalog: Catalog | None = None) -> dict:
    """Everything check knows, for other tools."""
    return {
        "files": [
            {
                "file": str(e.path),
                "scenario": e.scenario.id if e.scenario else None,
                "languages": list(e.result.languages),
                "texts": e.result.texts,
                "translated": e.result.translated,
                "untranslated": e.result.untranslated,
                "problems": [p.as_dict(catalog) for p in e.result.problems],
            }
            for e in library.entries
        ],
        "problems": [p.as_dict(catalog) for p in library.problems],
        "summary": summarize(library).as_dict(),
    }
