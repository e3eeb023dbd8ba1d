"""Translators' commands: `python -m quest.catalogs update` extracts every UI string into
locales/quest.pot, merges it into each language's catalog and compiles them;
`python -m quest.catalogs compile` compiles the catalogs (.po -> .mo) after editing them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po, write_po

from quest import resources

ROOT = Path(__file__).resolve().parent.parent
LOCALES = resources.LOCALES
TEMPLATE = LOCALES / "quest.pot"
KEYWORDS = ["-k", "_", "-k", "N_", "-k", "Message", "-k", "ngettext:1,2", "-k", "Nn_:1,2",
            "-k", "pgettext:1c,2", "-k", "Plural:1,2"]


def _run(*argv: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *argv])


def extract(output: Path = TEMPLATE) -> None:
    """Write the template of every UI string found in the sources."""
    here = os.getcwd()
    os.chdir(ROOT)  # locations in the template are relative to the project
    try:
        _run("extract", "-F", "babel.cfg", *KEYWORDS, "--add-location=file",
             "--sort-output", "--omit-header", "-o", str(output), ".")
    finally:
        os.chdir(here)


def languages() -> list[str]:
    """The language folders under locales/."""
    return sorted(p.name for p in LOCALES.iterdir() if (p / "LC_MESSAGES").is_dir())


def update() -> None:
    """Refresh the template, then merge it into every catalog (new ones are created)."""
    extract()
    for lang in languages():
        po = LOCALES / lang / "LC_MESSAGES" / "quest.po"
        if po.exists():
            _run("update", "-i", str(TEMPLATE), "-d", str(LOCALES), "-D", "quest", "-l", lang,
                 "--ignore-obsolete")
        else:
            _run("init", "-i", str(TEMPLATE), "-d", str(LOCALES), "-D", "quest", "-l", lang)
    if (LOCALES / "en" / "LC_MESSAGES" / "quest.po").exists():
        fill_source_language("en")
    compile_all()


def fill_source_language(lang: str = "en") -> None:
    """English is the language of the sources: its empty entries take the msgid itself."""
    po = LOCALES / lang / "LC_MESSAGES" / "quest.po"
    with po.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    for message in catalog:
        if not message.id:
            continue
        stale = message.fuzzy  # merged from an older wording: take the new one
        message.flags.discard("fuzzy")
        if isinstance(message.id, (list, tuple)):
            if stale or not message.string or not all(message.string):
                message.string = tuple(message.id[min(i, 1)]
                                       for i in range(catalog.num_plurals))
        elif stale or not message.string:
            message.string = message.id
    with po.open("wb") as handle:
        write_po(handle, catalog, width=76)


def compiled(lang: str) -> bytes:
    """The .mo bytes of a language's catalog as it stands now."""
    import io

    from babel.messages.mofile import write_mo

    with (LOCALES / lang / "LC_MESSAGES" / "quest.po").open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def compile_all() -> None:
    """Write the .mo beside each catalog: the game loads it (a test keeps it current)."""
    for lang in languages():
        target = LOCALES / lang / "LC_MESSAGES" / "quest.mo"
        temporary = target.with_suffix(".mo.tmp")
        temporary.write_bytes(compiled(lang))
        os.replace(temporary, target)  # a running game never reads half a file


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    else:
        sys.stderr.write("usage: python -m quest.catalogs update|compile\n")
        sys.exit(2)
