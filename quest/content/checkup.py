"""The check-up's item bank: two parallel forms of headlines, read with the scenarios' strict
loader and a small schema of their own, then checked for balance.

A form holds as many genuine as fake headlines; the two forms are matched pair by pair (a01
with b01, ...): the same truth, topic and difficulty, and for a fake the same technique, so a
class's pre and post figures compare like with like.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from quest.content import validate
from quest.content.loader import decode
from quest.content.shapes import Field, Map, Seq, Text
from quest.content.spec import INVALID, Bool, Context, Int, Str, Word
from quest.content.yamltree import YamlProblem, find, parse
from quest.errors import Problem
from quest.files import read_bytes
from quest.i18n import N_
from quest.message import Message
from quest.model.checkup import TOPICS, CheckupForm, CheckupItem
from quest.model.scenario import MAX_DIFFICULTY, MIN_DIFFICULTY, SLUG_PATTERN, Technique
from quest.resources import DATA_DIR

BANK_DIR = DATA_DIR / "checkup"
FORM_FILES = {"A": "form-a.yaml", "B": "form-b.yaml"}
MAX_BANK_BYTES = 256 * 1024
ITEMS_PER_FORM = 16

text = Text(max_length=300)


def _item(values: dict) -> CheckupItem:
    return CheckupItem(values["id"], values["real"], values["topic"], values["difficulty"],
                       values["headline"], values.get("technique"), values.get("source"))


def _check_item(values: dict, node, ctx: Context) -> None:
    """A fake names its technique; a genuine headline has none."""
    if not values["real"] and values.get("technique") is None:
        ctx.error(node, Message("expected the technique of a fake headline, found none"),
                  "no-technique")
    if values["real"] and values.get("technique") is not None:
        ctx.error(find(node, "technique"), Message("expected no technique on a genuine "
                                                   "headline, found one"), "genuine-technique")


item = Map(
    N_("a check-up item"),
    [
        Field("id", Str(N_("an id of lowercase letters, digits and hyphens (like a01-lake)"),
                        max_length=64, pattern=SLUG_PATTERN)),
        Field("real", Bool()),
        Field("topic", Word(TOPICS, N_("a topic"))),
        Field("difficulty", Int(MIN_DIFFICULTY, MAX_DIFFICULTY, N_("a difficulty"))),
        Field("technique", Word(Technique, N_("a technique")), False),
        Field("headline", text),
        Field("source", text, False),
    ],
    build=_item,
    check_whole=_check_item,
)

form = Map(
    N_("a check-up form"),
    [
        Field("format", Int(1, 1, N_("the format version"))),
        Field("form", Word(tuple(FORM_FILES), N_("a form name"))),
        Field("languages", validate.LANGUAGES),
        Field("items", Seq(item, N_("a list of items"), min_items=2, max_items=40)),
    ],
    build=lambda v: CheckupForm(v["form"], tuple(v["items"]), tuple(v["languages"])),
)


@dataclass
class Bank:
    """The forms read, and every problem found in them."""

    forms: dict[str, CheckupForm] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def load_form_text(text_: str, label: str) -> tuple[CheckupForm | None, list[Problem]]:
    """One form from its text; never raises for bad input."""
    try:
        root = parse(text_, label)
    except YamlProblem as exc:
        return None, [exc.problem]
    if root is None:
        return None, [Problem(label, 1, 1, "error", Message(
            "expected a check-up form (a mapping with keys such as format, form, items), found "
            "an empty file"), "empty-file")]
    ctx = Context(label)
    value = form.check(root, ctx)
    problems = sorted(ctx.problems, key=lambda p: (p.line, p.column))
    return (None if value is INVALID else value), problems


def load_bank(folder: Path = BANK_DIR) -> Bank:
    """Both forms of a bank folder, with their own problems and the bank's balance."""
    bank = Bank()
    for name, file_name in FORM_FILES.items():
        path = folder / file_name
        label = str(path)
        try:
            decoded = decode(read_bytes(path, MAX_BANK_BYTES), label)
        except OSError as exc:
            bank.problems.append(Problem(label, 1, 1, "error", Message(
                "cannot read the file: {reason}", reason=getattr(exc, "strerror", None)
                or str(exc)), "unreadable"))
            continue
        if isinstance(decoded, Problem):
            bank.problems.append(decoded)
            continue
        loaded, problems = load_form_text(decoded, label)
        bank.problems += problems
        if loaded is not None and not any(p.severity == "error" for p in problems):
            if loaded.name != name:
                bank.problems.append(Problem(label, 1, 1, "error", Message(
                    "expected form {expected} in this file, found form {found}",
                    expected=name, found=loaded.name), "wrong-form"))
            else:
                bank.forms[name] = loaded
    if len(bank.forms) == len(FORM_FILES):
        bank.problems += balance_problems(bank.forms, folder)
    return bank


def balance_problems(forms: dict[str, CheckupForm], folder: Path) -> list[Problem]:
    """What keeps the forms from being parallel: counts, pairs, languages."""
    problems = []
    for name, one in forms.items():
        label = str(folder / FORM_FILES[name])
        genuine = sum(i.real for i in one.items)
        if len(one.items) != ITEMS_PER_FORM or genuine * 2 != len(one.items):
            problems.append(Problem(label, 1, 1, "error", Message(
                "expected {count} items, half of them genuine, found {found} with {genuine} "
                "genuine", count=ITEMS_PER_FORM, found=len(one.items), genuine=genuine),
                "unbalanced"))
        for entry in one.items:
            for key in ("headline", "source"):
                value = getattr(entry, key)
                missing = [lang for lang in ("kk", "ru", "en")
                           if value is not None and not value.has(lang)]
                if missing:
                    problems.append(Problem(label, 1, 1, "error", Message(
                        "expected the {key} of {id} in kk, ru and en, found none in {langs}",
                        key=key, id=entry.id, langs=", ".join(missing)), "missing-language"))
    first, second = forms["A"], forms["B"]
    for one, other in zip(first.items, second.items):
        if (one.real, one.topic, one.difficulty, one.technique) != \
                (other.real, other.topic, other.difficulty, other.technique):
            problems.append(Problem(str(folder / FORM_FILES["B"]), 1, 1, "error", Message(
                "expected {other} to match {one} (truth, topic, difficulty, technique), found "
                "another", other=other.id, one=one.id), "unmatched-pair"))
    return problems


def bank_lines(bank: Bank) -> list[Message]:
    """The line `check` closes with about the check-up's bank."""
    errors = sum(p.severity == "error" for p in bank.problems)
    sizes = ", ".join(f"{name} {len(one.items)}" for name, one in sorted(bank.forms.items()))
    if errors or len(bank.forms) < len(FORM_FILES):
        return [Message("check-up bank: forms {sizes}; not usable: {errors} errors",
                        sizes=sizes or "-", errors=errors)]
    return [Message("check-up bank: forms {sizes}, genuine and fake in equal numbers, matched "
                    "pair by pair, in kk, ru and en", sizes=sizes)]
