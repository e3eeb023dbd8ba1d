"""The check-up on a phone: the host opens the student's check-up in its own database and sends
one headline at a time, never whether it is genuine; each rating is stored as it arrives.

A headline is named by its place in the form (h0 ... h15), not by its id: the bank's ids are
words a trainer reads, and some would tell a fake from a genuine headline."""

from __future__ import annotations

from quest.checkups import Checkups
from quest.content.checkup import load_bank
from quest.model.checkup import Rating, score
from quest.model.scenario import Confidence


class PhoneCheckups:
    """The check-ups phones take on this host."""

    COMMANDS = frozenset(("checkup", "rate"))

    def __init__(self, host):
        self.host = host
        self._bank = None

    @property
    def bank(self):
        if self._bank is None:
            self._bank = load_bank()
        return self._bank

    def command(self, seat, connection, message: dict) -> dict:
        """The reply to a phone's check-up command: the next headline, or the end."""
        records = Checkups(self.host.store)
        if message["type"] == "checkup":
            if len(self.bank.forms) < 2:
                return {"type": "checkup", "unavailable": True}
            connection.lang = message["lang"]
            checkup = records.open(message["student"], message["phase"], seat.name)
            connection.checkup = checkup.id
        checkup_id = getattr(connection, "checkup", None)
        checkup = records.get(checkup_id) if checkup_id is not None else None
        if checkup is None:
            return {"type": "checkup", "unavailable": True}
        form = self.bank.forms[checkup.form]
        handles = {f"h{index}": item for index, item in enumerate(form.items)}
        rated_item = handles.get(message.get("item", ""))
        if message["type"] == "rate" and not checkup.done and rated_item is not None:
            records.rate(checkup.id, Rating(rated_item.id, message["real"],
                                            Confidence(message["confidence"])))
            checkup = records.get(checkup.id)
        rated = {r.item_id for r in checkup.ratings}
        left = [item for item in form.items if item.id not in rated]
        if not left and not checkup.done:
            records.finish(checkup)
            checkup = records.get(checkup.id)
        reply = {"type": "checkup", "phase": checkup.phase, "student": checkup.student,
                 "index": len(form.items) - len(left), "total": len(form.items),
                 "done": checkup.done, "item": None, "results": None}
        if left:
            lang = connection.lang
            item = left[0]
            reply["item"] = {"id": f"h{form.items.index(item)}",
                             "headline": item.headline.get(lang),
                             "source": item.source.get(lang) if item.source else None}
        elif checkup.phase == "post":
            reply["results"] = self._results(records, checkup)
        return reply

    def _results(self, records, post) -> list | None:
        """The student's results before and after, once both check-ups are done."""
        pre = next((c for c in records.of(post.student) if c.phase == "pre" and c.done), None)
        if pre is None:
            return None
        before = score(self.bank.forms[pre.form], pre.ratings)
        after = score(self.bank.forms[post.form], post.ratings)
        return [{"score": name, "before": getattr(before, name), "after": getattr(after, name),
                 "most": most} for name, most in (("discernment", before.genuine + before.fake),
                                                  ("real_detected", before.genuine),
                                                  ("fake_detected", before.fake))]
