"""The trainer's report of a session: points, accuracy, discernment, in plain words and charts."""

from __future__ import annotations

import html
from dataclasses import dataclass

from quest import i18n
from quest.i18n import _
from quest.model.discernment import Discernment, tally
from quest.model.scenario import Answer

# Thresholds of the plain-language sentences: shares of genuine items trusted, of fakes caught.
TRUSTS_WELL, TRUSTS_POORLY = 0.75, 0.5
CATCHES_WELL, CATCHES_POORLY = 0.75, 0.5
WEAK_TECHNIQUE = 0.5  # below this share of right answers a technique is named as missed


@dataclass
class TeamFigures:
    """What the report says about one team (or the whole class)."""

    name: str
    points: int
    rounds: int
    right: int
    by_answer: dict[str, tuple[int, int]]  # truth -> (right, seen)
    by_technique: dict[str, tuple[int, int]]
    discernment: Discernment

    @property
    def accuracy(self) -> float:
        """Share of exactly right answers."""
        return self.right / self.rounds if self.rounds else 0.0


def figures(name: str, rows: list[dict]) -> TeamFigures:
    """Figures of a list of answer rows (see Store.answer_details)."""
    by_answer: dict[str, list[int]] = {}
    by_technique: dict[str, list[int]] = {}
    for row in rows:
        right = int(row["verdict"] == row["truth"])
        cell = by_answer.setdefault(row["truth"], [0, 0])
        cell[0] += right
        cell[1] += 1
        for technique in row["techniques"]:
            cell = by_technique.setdefault(technique, [0, 0])
            cell[0] += right
            cell[1] += 1
    return TeamFigures(
        name, sum(r["points"] for r in rows), len(rows),
        sum(r["verdict"] == r["truth"] for r in rows),
        {k: tuple(v) for k, v in by_answer.items()},
        {k: tuple(v) for k, v in sorted(by_technique.items())},
        tally((r["truth"], r["verdict"]) for r in rows))


def sentence(team: TeamFigures) -> str:
    """One or two plain sentences about a team's discernment, in the current language."""
    from quest.ui.labels import TECHNIQUE_NAMES  # words only: no pygame is imported by it

    d = team.discernment
    parts = []
    if d.noise:
        trusted = d.correct_rejections / d.noise
        if trusted >= TRUSTS_WELL:
            parts.append(_("Trusts genuine news well."))
        elif trusted < TRUSTS_POORLY:
            parts.append(_("Distrusts genuine news too often: checking is not doubting "
                           "everything."))
        else:
            parts.append(_("Sometimes doubts genuine news."))
    if d.signals:
        caught = d.hits / d.signals
        if caught >= CATCHES_WELL:
            parts.append(_("Catches most fakes and manipulations."))
        elif caught < CATCHES_POORLY:
            parts.append(_("Lets many fakes and manipulations through."))
    weak = [t for t, (right, seen) in team.by_technique.items() if right / seen < WEAK_TECHNIQUE]
    if weak:
        names = ", ".join(_(TECHNIQUE_NAMES[t]).lower() if t in TECHNIQUE_NAMES else t
                          for t in weak[:3])
        parts.append(_("Often misses: {techniques}.").format(techniques=names))
    return " ".join(parts) or _("Too few answers to say more yet.")


def _bar_chart(items: list[tuple[str, float, str]], maximum: float, unit: str = "") -> str:
    """A horizontal bar chart as inline SVG: (label, value, shown text)."""
    row_h, label_w, bar_w = 30, 220, 420
    height = row_h * len(items) + 10
    out = [f'<svg class="chart" viewBox="0 0 {label_w + bar_w + 90} {height}" '
           f'role="img" xmlns="http://www.w3.org/2000/svg">']
    for index, (label, value, shown) in enumerate(items):
        y = 5 + index * row_h
        width = 0 if maximum <= 0 else max(0.0, value) / maximum * bar_w
        out.append(f'<text x="{label_w - 8}" y="{y + 19}" text-anchor="end">'
                   f'{html.escape(label)}</text>')
        out.append(f'<rect x="{label_w}" y="{y + 4}" width="{width:.1f}" height="{row_h - 10}" '
                   f'rx="4" class="bar"/>')
        out.append(f'<text x="{label_w + width + 8:.1f}" y="{y + 19}">{html.escape(shown)}'
                   f'{unit}</text>')
    out.append("</svg>")
    return "".join(out)


def _percent(right: int, seen: int) -> str:
    return f"{right}/{seen} ({i18n.format_number(round(100 * right / seen))}%)" if seen else "–"


def render(session_name: str, teams: list[str], rows: list[dict], lang: str,
           checkups=None) -> str:
    """The report as a self-contained HTML page in the language `lang`; with `checkups` (the
    check-up figures of the session's teams), their section too."""
    from quest.ui.labels import ANSWER_NAMES, TECHNIQUE_NAMES

    i18n.set_language(lang)
    per_team = [figures(name, [r for r in rows if r["team"] == name]) for name in teams]
    per_team.sort(key=lambda t: -t.points)
    everyone = figures(_("The whole class"), rows)
    esc = html.escape
    max_points = max([t.points for t in per_team] + [1])
    title = esc(_("Session report"))
    summary = esc(_("Teams: {teams} · answers: {answers}").format(teams=len(teams),
                                                                  answers=len(rows)))
    explanation = esc(_("Hit rate: the share of fakes and manipulations not trusted. False "
                        "alarms: the share of genuine news not trusted. d′ is how well a team "
                        "tells them apart (0 is chance; the higher, the better); c is its bias "
                        "(below 0: quick to distrust, above 0: quick to trust). With few rounds "
                        "these figures are rough."))
    headings = {"points": esc(_("Points")), "discernment": esc(_("Discernment")),
                "by_answer": esc(_("Accuracy by right answer")),
                "by_technique": esc(_("Accuracy by technique")), "teams": esc(_("Each team")),
                "kind": esc(_("Right answer")), "right": esc(_("Right"))}
    columns = (_("Team"), _("Points"), _("Right"), _("Hit rate"), _("False alarms"), "d′", "c",
               _("In plain words"))
    parts = [
        f'<!doctype html><html lang="{esc(lang)}"><head><meta charset="utf-8">',
        f"<title>{title}: {esc(session_name)}</title>",
        "<style>body{font-family:'Noto Sans',Arial,sans-serif;max-width:980px;margin:2em auto;"
        "color:#1e1e1e;line-height:1.45}h1{font-size:1.7em}table{border-collapse:collapse;"
        "margin:1em 0;width:100%}td,th{border-bottom:1px solid #ddd;padding:.35em .6em;"
        "text-align:left}th{background:#f3f0e8}.num{text-align:right}.chart{width:100%;"
        "max-width:730px}.chart text{font-size:14px;fill:#1e1e1e}.bar{fill:#2f5db8}"
        ".team{border:1px solid #ddd;border-radius:10px;padding:.2em 1em;margin:1em 0}"
        ".say{font-size:1.1em}</style></head><body>",
        f"<h1>{title}: {esc(session_name)}</h1>",
        f"<p>{summary}</p>",
        f"<h2>{headings['points']}</h2>",
        _bar_chart([(t.name, t.points, i18n.format_number(t.points)) for t in per_team],
                   max_points),
        f"<h2>{headings['discernment']}</h2>",
        f"<p>{explanation}</p>",
        "<table><tr>" + "".join(f"<th>{esc(h)}</th>" for h in columns) + "</tr>",
    ]
    for team in per_team + [everyone]:
        d = team.discernment
        parts.append(
            "<tr>" + f"<td>{esc(team.name)}</td><td class=num>{team.points}</td>"
            f"<td class=num>{_percent(team.right, team.rounds)}</td>"
            f"<td class=num>{_percent(d.hits, d.signals)}</td>"
            f"<td class=num>{_percent(d.false_alarms, d.noise)}</td>"
            f"<td class=num>{d.d_prime:.2f}</td><td class=num>{d.criterion:.2f}</td>"
            f"<td>{esc(sentence(team))}</td></tr>")
    parts.append("</table>")
    parts.append(f"<h2>{headings['by_answer']}</h2>")
    answers = [(_(ANSWER_NAMES[Answer(a)]),) + everyone.by_answer[a] for a in
               [str(x) for x in Answer] if a in everyone.by_answer]
    parts.append(_bar_chart([(name, right / seen * 100, f"{right}/{seen}")
                             for name, right, seen in answers], 100))
    parts.append(f"<h2>{headings['by_technique']}</h2>")
    parts.append(_bar_chart([(_(TECHNIQUE_NAMES[t]) if t in TECHNIQUE_NAMES else t,
                              right / seen * 100, f"{right}/{seen}")
                             for t, (right, seen) in everyone.by_technique.items()], 100))
    parts.append(f"<h2>{headings['teams']}</h2>")
    for team in per_team:
        parts.append(f'<div class="team"><h3>{esc(team.name)}</h3>'
                     f'<p class="say">{esc(sentence(team))}</p><table><tr>'
                     f"<th>{headings['kind']}</th><th>{headings['right']}</th></tr>")
        for answer, (right, seen) in team.by_answer.items():
            parts.append(f"<tr><td>{esc(_(ANSWER_NAMES[Answer(answer)]))}</td>"
                         f"<td class=num>{_percent(right, seen)}</td></tr>")
        parts.append("</table></div>")
    if checkups is not None and checkups.students:
        from quest.checkupreport import STYLE, section

        parts.append(f'<style>{STYLE}</style><div class="checkup">{section(checkups, 2)}</div>')
    parts.append("</body></html>\n")
    return "".join(parts)
