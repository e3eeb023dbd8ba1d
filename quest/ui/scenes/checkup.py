"""The check-up: a student rates bare headlines real or fake, with no feedback on the way.

Every rating is stored the moment it is given (quest.checkups), so a crash resumes at the next
headline. A student sees no result after the test before the game; after the post-test, both
results side by side.
"""

from __future__ import annotations

import pygame

from quest import i18n
from quest.i18n import _
from quest.model.checkup import Rating, score
from quest.model.scenario import Confidence
from quest.ui import labels, routes
from quest.ui.fields import TextField, TypingScene
from quest.ui.problems import describe
from quest.ui.scene import Scene
from quest.ui.widgets import Button

def phase_name(phase: str) -> str:
    """The phase as the screens say it."""
    return {"pre": _("Before the game"), "post": _("After the game"),
            "retention": _("Weeks later")}[phase]


def checkups(app):
    """The check-up records of the results database, or None when it cannot be used."""
    from quest.checkups import Checkups

    store = app.data.results.store
    return Checkups(store) if store is not None else None


class CheckupStartScene(TypingScene):
    """Who is taking the check-up, and when in the course."""

    name = "checkup"

    def __init__(self, app, student: str = "", team: str = ""):
        super().__init__(app)
        self.student, self.team = student, team
        self.problem: str | None = None

    def layout(self) -> None:
        ui, m = self.ui, self.ui.metrics
        width = min(m.px(900), m.width - m.gap * 12)
        x = (m.width - width) // 2
        self.label_y = m.gap * 8 + ui.text.line_height(m.heading, True) * 3
        y = self.label_y + ui.text.line_height(m.small, True) + m.gap * 2
        self.add(TextField(pygame.Rect(x, y, width, m.button), "", None, name="checkup:name",
                           text=self.student, placeholder=_("Aruzhan S. or 12"), limit=40))
        y += m.button + m.gap * 3
        self.team_label_y = y
        y += ui.text.line_height(m.small, True) + m.gap * 2
        self.add(TextField(pygame.Rect(x, y, width, m.button), "", None, name="checkup:team",
                           text=self.team, placeholder=_("Team {n}").format(n=1), limit=24))
        y += m.button + m.gap * 6
        for phase in ("pre", "post", "retention"):
            self.add(Button(pygame.Rect(x, y, width, m.button + m.gap), phase_name(phase),
                            lambda p=phase: self.begin(p), style="primary" if phase == "pre"
                            else "secondary", icon="play", name=f"checkup:{phase}"))
            y += m.button + m.gap * 3
        self.problem_y = y + m.gap

    def begin(self, phase: str) -> None:
        from quest.content.checkup import load_bank

        student = " ".join(self.buttons[0].text.split())
        self.student, self.team = student, " ".join(self.buttons[1].text.split())
        if not student:
            self.problem = _("Type your name or your number in the class list.")
            return
        bank = load_bank()
        records = checkups(self.app)
        if len(bank.forms) < 2:
            self.problem = _("The check-up's headlines cannot be read: run mil-quest check.")
            return
        if records is None:
            problem = self.app.data.results.problem
            self.problem = describe(problem) if problem is not None else ""
            return
        checkup = records.open(student, phase, self.team)
        self.app.push(CheckupScene(self.app, bank.forms[checkup.form], checkup.id))

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        self.header(surface, _("Check-up"), _("Sixteen headlines: is each real or fake? There "
                                              "are no points and no right answers shown."))
        field = self.buttons[0].rect
        ui.line(surface, _("Your name or number in the class list"),
                (field.left, self.label_y), m.small, p.muted, bold=True,
                max_width=field.width, owner="checkup:label")
        ui.line(surface, _("Your team, if you play in one"), (field.left, self.team_label_y),
                m.small, p.muted, bold=True, max_width=field.width, owner="checkup:label")
        if self.problem:
            ui.paragraph(surface, self.problem, pygame.Rect(field.left, self.problem_y,
                                                            field.width, m.body * 3),
                         m.body, p.bad, owner="checkup:problem")
        self.draw_buttons(surface)
        self.footer_hint(surface)


class CheckupScene(Scene):
    """One headline at a time: real or fake, then how sure; stored at once."""

    name = "checkup-item"

    def __init__(self, app, form, checkup_id: int):
        super().__init__(app)
        self.form = form
        self.checkup_id = checkup_id
        self.choice: bool | None = None  # real (True) or fake, before the confidence
        done = {r.item_id for r in checkups(app).get(checkup_id).ratings}
        self.index = next((i for i, item in enumerate(form.items) if item.id not in done),
                          len(form.items))

    def enter(self) -> None:
        super().enter()
        if self.index >= len(self.form.items):  # resumed after the last rating
            self.finish()

    def layout(self) -> None:
        m = self.ui.metrics
        width = min(m.px(1100), m.width - m.gap * 12)
        x = (m.width - width) // 2
        y = m.height - (m.button + m.gap * 2) * 2 - m.gap * 10
        half = (width - m.gap * 2) // 2
        for index, (real, label, icon) in enumerate(((True, _("Real"), "check"),
                                                     (False, _("Fake"), "ban"))):
            rect = pygame.Rect(x + index * (half + m.gap * 2), y, half, m.button + m.gap * 2)
            self.add(Button(rect, label, lambda r=real: self.pick(r), icon=icon,
                            style="primary" if self.choice is real else "secondary",
                            name=f"checkup:{'real' if real else 'fake'}"))
        y += m.button + m.gap * 5
        third = (width - m.gap * 4) // 3
        for index, confidence in enumerate(Confidence):
            rect = pygame.Rect(x + index * (third + m.gap * 2), y, third, m.button)
            self.add(Button(rect, labels.named(labels.CONFIDENCE_NAMES, confidence),
                            lambda c=confidence: self.rate(c), enabled=self.choice is not None,
                            name=f"checkup:{confidence}"))

    def key(self, key: int, mod: int) -> bool:
        shortcuts = {pygame.K_r: lambda: self.pick(True), pygame.K_f: lambda: self.pick(False),
                     pygame.K_1: lambda: self.rate(Confidence.UNSURE),
                     pygame.K_2: lambda: self.rate(Confidence.LIKELY),
                     pygame.K_3: lambda: self.rate(Confidence.SURE)}
        if key in shortcuts:
            shortcuts[key]()
            return True
        return super().key(key, mod)

    def pick(self, real: bool) -> None:
        self.choice = real
        self.relayout()
        self.set_focus(2)  # on to the confidence

    def rate(self, confidence: Confidence) -> None:
        if self.choice is None or self.index >= len(self.form.items):
            return
        checkups(self.app).rate(self.checkup_id, Rating(self.form.items[self.index].id,
                                                        self.choice, confidence))
        self.choice = None
        self.index += 1
        if self.index >= len(self.form.items):
            self.finish()
        else:
            self.relayout()

    def finish(self) -> None:
        records = checkups(self.app)
        checkup = records.get(self.checkup_id)
        records.finish(checkup)
        self.app.switch(CheckupDoneScene(self.app, checkup.student, checkup.phase))

    def back(self) -> None:
        self.app.pop()  # every rating given is kept: the check-up resumes here

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        if self.index >= len(self.form.items):
            return
        item = self.form.items[self.index]
        self.header(surface, _("Headline {n} of {total}").format(
            n=self.index + 1, total=len(self.form.items)),
            _("Real or fake? Then: how sure are you?"))
        width = min(m.px(1100), m.width - m.gap * 12)
        lang = i18n.language()
        inner_width = width - m.gap * 8
        headline, source = item.headline.get(lang), item.source.get(lang) if item.source else ""
        # The card is as tall as its words, in the middle of the space above the buttons.
        tall = ui.paragraph_height(headline, m.heading, inner_width, True)
        below = ui.paragraph_height(source, m.body, inner_width) if source else 0
        height = tall + (below + m.gap * 3 if source else 0) + m.gap * 10
        top = m.gap * 8 + ui.text.line_height(m.heading, True) * 2
        space = self.buttons[0].rect.top - m.gap * 4 - top
        card = pygame.Rect((m.width - width) // 2, top + max(0, (space - height) // 2), width,
                           min(height, space))
        ui.box(surface, card, p.paper, border=p.border)
        inner = card.inflate(-m.gap * 8, -m.gap * 10)
        ui.paragraph(surface, headline, pygame.Rect(inner.left, inner.top, inner.width, tall),
                     m.heading, p.ink, bold=True, owner="checkup:headline")
        if source:
            ui.paragraph(surface, source, pygame.Rect(inner.left, inner.top + tall + m.gap * 3,
                                                      inner.width, below), m.body,
                         p.ink_muted, owner="checkup:source")
        self.draw_buttons(surface)
        self.footer_hint(surface, _("R: real · F: fake · 1 2 3: how sure · Esc: pause "
                                    "(your answers are kept)"))


class CheckupDoneScene(Scene):
    """Thanks; after the post-test, the student's results before and after, side by side."""

    name = "checkup-done"

    def __init__(self, app, student: str, phase: str):
        super().__init__(app)
        self.student, self.phase = student, phase
        self.rows: list[tuple[str, int, int, int]] = []  # what, before, after, out of
        if phase == "post":
            self.rows = self._compare()

    def _compare(self) -> list[tuple[str, int, int, int]]:
        from quest.content.checkup import load_bank

        bank = load_bank()
        mine = checkups(self.app).of(self.student)
        pre = next((c for c in mine if c.phase == "pre" and c.done), None)
        post = next((c for c in reversed(mine) if c.phase == "post" and c.done), None)
        if pre is None or post is None or len(bank.forms) < 2:
            return []
        before = score(bank.forms[pre.form], pre.ratings)
        after = score(bank.forms[post.form], post.ratings)
        return [(_("Headlines judged right"), before.discernment, after.discernment,
                 after.genuine + after.fake),
                (_("Genuine headlines trusted"), before.real_detected, after.real_detected,
                 after.genuine),
                (_("Fake headlines caught"), before.fake_detected, after.fake_detected,
                 after.fake)]

    def layout(self) -> None:
        m = self.ui.metrics
        rect = pygame.Rect(0, m.height - m.button - m.gap * 10, min(m.px(460), m.width // 3),
                           m.button)
        rect.centerx = m.width // 2
        self.add(Button(rect, _("Done"), self.done, style="primary", icon="check",
                        name="checkup:done"))

    def done(self) -> None:
        self.app.reset(routes.MenuScene(self.app))

    def back(self) -> None:
        self.done()

    def draw(self, surface) -> None:
        ui, m, p = self.ui, self.ui.metrics, self.ui.palette
        surface.fill(p.desk)
        self.header(surface, _("Thank you, {student}!").format(student=self.student),
                    _("Your answers are saved."))
        y = m.height // 3
        if self.rows:
            x = m.width // 2 - m.px(560)
            before_x, after_x, column = x + m.px(720), x + m.px(980), m.px(240)
            for text, centre, owner in ((_("Before the game"), before_x, "checkup:before"),
                                        (_("After the game"), after_x, "checkup:after")):
                ui.paragraph(surface, text, pygame.Rect(centre - column // 2, y, column,
                                                        m.body * 3), m.body, p.muted,
                             bold=True, align="center", owner=owner)
            y += ui.text.line_height(m.body, True) * 2 + m.gap * 2
            for label, before, after, most in self.rows:
                ui.line(surface, label, (x, y), m.body, p.text, max_width=m.px(580),
                        owner="checkup:row")
                ui.line(surface, f"{before} / {most}", (before_x, y), m.body, p.text,
                        anchor="midtop", owner="checkup:value")
                ui.line(surface, f"{after} / {most}", (after_x, y), m.body,
                        p.good if after > before else p.text, bold=True, anchor="midtop",
                        owner="checkup:value")
                y += ui.text.line_height(m.body) + m.gap * 2
        elif self.phase == "pre":
            ui.paragraph(surface, _("You will see your result after the check-up at the end."),
                         pygame.Rect(m.gap * 12, y, m.width - m.gap * 24, m.body * 4), m.body,
                         p.muted, align="center", owner="checkup:later")
        self.draw_buttons(surface)
        self.footer_hint(surface)
