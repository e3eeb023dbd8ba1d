"""The trainer's report of a class's check-ups: did the class get better at telling true from
false, or only more sceptical? Scores before and after, a chart, the change in d' and c with
its interval, one plain sentence, and how each headline fared."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from quest import i18n
from quest.i18n import N_, _
from quest.model.checkup import ClassChange, Scores, class_change, score

SCORES = (("discernment", N_("Headlines judged right")),
          ("real_detected", N_("Genuine headlines trusted")),
          ("fake_detected", N_("Fake headlines caught")),
          ("distrust", N_("Distrust")), ("naivety", N_("Naivety")))
VERDICTS = {
    "better": N_("The class became better at telling true from false, without becoming more "
                 "sceptical of true news."),
    "better-and-sceptical": N_("The class became better at telling true from false, and also "
                               "more inclined to call headlines fake."),
    "sceptical": N_("The class did not become better at telling true from false: it became "
                    "more sceptical of everything, true news included."),
    "credulous": N_("The class did not become better at telling true from false: it became "
                    "more trusting of everything, fake news included."),
    "worse": N_("The class became worse at telling true from false."),
    "unclear": N_("No clear change: the differences are within what chance alone gives."),
    "too-few": N_("Too few students took both check-ups to say anything about the class."),
}


@dataclass
class StudentFigures:
    """One student's scores in each phase taken (the first finished check-up of each)."""

    student: str
    team: str
    scores: dict[str, Scores] = field(default_factory=dict)  # phase -> scores
    forms: dict[str, str] = field(default_factory=dict)  # phase -> the form taken


@dataclass
class ClassFigures:
    """What the report says."""

    students: list[StudentFigures]
    change: ClassChange
    items: dict[str, dict[str, tuple[int, int]]]  # item id -> phase -> (right, rated)
    about: dict[str, object] = field(default_factory=dict)  # item id -> its CheckupItem

    def mean(self, phase: str, name: str, team: str | None = None,
             form: str | None = None) -> float | None:
        """The mean of a score in a phase: of the class, of a team, or of a form's takers."""
        values = [getattr(s.scores[phase], name) for s in self.students
                  if phase in s.scores and (team is None or s.team == team)
                  and (form is None or s.forms.get(phase) == form)]
        return sum(values) / len(values) if values else None

    def teams(self) -> list[str]:
        """The teams the students named, in order."""
        return sorted({s.team for s in self.students if s.team}, key=str.casefold)


def figures(checkups, bank, teams=None) -> ClassFigures:
    """The class's figures from its check-ups and the bank's forms; with `teams`, of the
    students who named one of those teams only."""
    wanted = None if teams is None else {" ".join(t.split()).casefold() for t in teams}
    students: dict[str, StudentFigures] = {}
    items: dict[str, dict[str, list[int]]] = {}
    for checkup in checkups:
        form = bank.forms.get(checkup.form)
        if form is None or not checkup.done:
            continue
        if wanted is not None and " ".join(checkup.team.split()).casefold() not in wanted:
            continue
        key = checkup.student.casefold()
        student = students.setdefault(key, StudentFigures(checkup.student, checkup.team))
        if checkup.phase in student.scores:
            continue  # a retaken check-up: the first one counts
        student.scores[checkup.phase] = score(form, checkup.ratings)
        student.forms[checkup.phase] = checkup.form
        student.team = student.team or checkup.team
        for rating in checkup.ratings:
            item = form.item(rating.item_id)
            if item is not None:
                cell = items.setdefault(item.id, {}).setdefault(checkup.phase, [0, 0])
                cell[0] += rating.real == item.real
                cell[1] += 1
    pairs = [(s.scores["pre"], s.scores["post"]) for s in students.values()
             if "pre" in s.scores and "post" in s.scores]
    return ClassFigures(sorted(students.values(), key=lambda s: s.student.casefold()),
                        class_change(pairs),
                        {k: {p: tuple(c) for p, c in v.items()} for k, v in sorted(items.items())},
                        {item.id: item for form in bank.forms.values() for item in form.items})


def _chart(data: ClassFigures) -> str:
    """Bars of each score's class mean, before and after: an inline SVG, no script."""
    width, row, bar, start = 760, 56, 20, 340  # bars begin after the longest Kazakh label
    label = html.escape(_("Scores before and after the game"))
    parts = [f'<svg viewBox="0 0 {width} {row * len(SCORES) + 30}" role="img" '
             f'aria-label="{label}">']
    most = 16
    for index, (name, score_name) in enumerate(SCORES):
        y = index * row + 10
        said = html.escape(_(score_name))
        parts.append(f'<text x="0" y="{y + 14}" class="label">{said}</text>')
        for offset, phase, colour in ((0, "pre", "#8a9bb0"), (bar + 2, "post", "#1e7a4e")):
            value = data.mean(phase, name)
            if value is None:
                continue
            length = max(1, round(value / most * (width - start - 60)))
            parts.append(f'<rect x="{start}" y="{y + offset - 8}" width="{length}" '
                         f'height="{bar}" fill="{colour}"/><text x="{start + 6 + length}" '
                         f'y="{y + offset + 7}" class="value">{value:.1f}</text>')
    legend = len(SCORES) * row + 20
    for x, phase, colour in ((start, _("Before the game"), "#8a9bb0"),
                             (start + 200, _("After the game"), "#1e7a4e")):
        parts.append(f'<rect x="{x}" y="{legend - 10}" width="12" height="12" '
                     f'fill="{colour}"/><text x="{x + 18}" y="{legend}" class="value">'
                     f'{html.escape(phase)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _groups(data: ClassFigures) -> str:
    """Each team's and each form's mean of all five scores, before → after."""
    def cells(**which) -> str:
        out = []
        for name, _said in SCORES:
            pre, post = (data.mean(p, name, **which) for p in ("pre", "post"))
            shown = [f"{v:.1f}" if v is not None else "–" for v in (pre, post)]
            out.append(f"<td>{shown[0]} → {shown[1]}</td>")
        return "".join(out)

    form_word = html.escape(_("Form"))
    rows = [f"<tr><th>{html.escape(team)}</th>{cells(team=team)}</tr>" for team in data.teams()]
    rows += [f'<tr><th class="nowrap">{form_word} {name}</th>{cells(form=name)}</tr>'
             for name in ("A", "B")]
    head = "".join(f"<th>{html.escape(_(said))}</th>" for _name, said in SCORES)
    return f"<table><tr><th></th>{head}</tr>{''.join(rows)}</table>"


def _interval(value) -> str:
    if value is None:
        return "–"
    return f"{value.mean:+.2f} (95%: {value.low:+.2f} … {value.high:+.2f})"


def section(data: ClassFigures, level: int = 1) -> str:
    """The report's body, headed at `level`, for a page of its own or a session's report."""
    change = data.change
    rows = "".join(
        f"<tr><th>{html.escape(s.student)}</th>" + "".join(
            f"<td>{s.scores[p].discernment if p in s.scores else '–'}</td>"
            for p in ("pre", "post", "retention")) + "</tr>" for s in data.students)
    kinds = {True: html.escape(_("Genuine")), False: html.escape(_("Fake"))}

    def headline(item_id: str) -> str:
        item = data.about.get(item_id)
        if item is None:
            return html.escape(item_id)
        said = item.headline.get(i18n.language())
        return (f'{html.escape(said)} <small>{html.escape(item_id)} · '
                f'{kinds[item.real]}</small>')

    items = "".join(
        f"<tr><th>{headline(item)}</th>" + "".join(
            f"<td>{cells[p][0]} / {cells[p][1]}</td>" if p in cells else "<td>–</td>"
            for p in ("pre", "post")) + "</tr>" for item, cells in data.items.items())

    # Said here, outside the page's f-string, where the catalogs' extraction finds them.
    words = {"title": _("Check-up"), "verdict": _(VERDICTS[change.verdict]),
             "both": _("Students with both check-ups: {n}").format(n=change.students),
             "students": _("Students"), "pre": _("Before the game"),
             "post": _("After the game"), "later": _("Weeks later"),
             "items": _("Headlines: judged right / rated"),
             "groups": _("Teams and forms: each score on average, before and after the game"),
             "limits": _("A check-up written for this game, not a validated test: a class's "
                         "figures are indicative only.")}
    words = {key: html.escape(value) for key, value in words.items()}
    top, sub = f"h{level}", f"h{level + 1}"
    return f"""<{top}>{words["title"]}</{top}>
<p class="verdict">{words["verdict"]}</p>
<p>{words["both"]}<br>
d′: {_interval(change.d_prime)}<br>c: {_interval(change.criterion)}</p>
{_chart(data)}
<{sub}>{words["students"]}</{sub}>
<table><tr><th></th><th>{words["pre"]}</th><th>{words["post"]}</th><th>{words["later"]}</th></tr>
{rows}</table>
<{sub}>{words["groups"]}</{sub}>
{_groups(data)}
<{sub}>{words["items"]}</{sub}>
<table><tr><th></th><th>{words["pre"]}</th><th>{words["post"]}</th></tr>{items}</table>
<p>{words["limits"]}</p>
"""


STYLE = (".checkup table{border-collapse:collapse}.checkup td,.checkup th{padding:.3rem .8rem;"
         "border-bottom:1px solid #ccc;text-align:left;vertical-align:top}.checkup small{color:#555;"
         "font-weight:400;white-space:nowrap}.checkup td{white-space:nowrap}.checkup .label,.checkup .value"
         "{font-size:13px}.checkup .verdict{font-size:1.2rem;font-weight:600}"
         ".checkup svg{max-width:100%}.checkup .nowrap{white-space:nowrap}")


def render(data: ClassFigures, lang: str) -> str:
    """The report as one HTML page in `lang`."""
    i18n.set_language(lang)
    body = section(data)
    title = html.escape(_("Check-up"))
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;
color:#1b2430}}{STYLE}</style></head><body><div class="checkup">
{body}</div>
</body></html>
"""
