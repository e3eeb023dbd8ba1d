"""The one small exception tree: every error the program reports on purpose."""

from __future__ import annotations

from dataclasses import dataclass

from quest.message import Catalog, translated


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding about a file: where, how bad, and what was expected and found."""

    file: str
    line: int
    column: int
    severity: str  # "error" | "warning"
    message: str
    code: str = "invalid"

    def __str__(self) -> str:
        return self.text()

    def text(self, catalog: Catalog | None = None) -> str:
        """The problem as a line of text, its message in the catalog's language.

        The `file:line:column: severity:` prefix stays as compilers write it, so editors and
        scripts find the place whatever the language.
        """
        message = translated(self.message, catalog)
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {message}"

    def as_dict(self, catalog: Catalog | None = None) -> dict:
        """The problem as plain data for JSON output; `code` is the same in every language."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "code": self.code,
            "message": translated(self.message, catalog),
        }


class QuestError(Exception):
    """An error the program explains itself; the CLI shows it and exits with `exit_code`.

    `message` is the English the command line prints; `code` and the named `values` let a
    screen say it in the player's language (quest.ui.problems).
    """

    exit_code = 1
    default_code = "error"

    def __init__(self, message: str, code: str | None = None, **values):
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code
        self.values = values

    def show(self) -> str:
        """The text shown to the user."""
        return f"error: {self.message}"


class UsageError(QuestError):
    """The command line asked for something that cannot be done."""

    default_code = "usage"
    exit_code = 2


class ScenarioError(QuestError):
    """A scenario file is not valid; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        errors = [p for p in self.problems if p.severity == "error"]
        super().__init__(str(errors[0]) if errors else "invalid scenario",
                         errors[0].code if errors else "invalid")

    def show(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class InvestigationError(QuestError):
    """A command the investigation cannot carry out in its current state."""

    default_code = "investigation"
