"""Check-ups kept in the results database: each rating at once, resumed, counterbalanced."""

from quest.checkups import Checkups
from quest.model.checkup import Rating
from quest.store import Store


def test_forms_alternate_between_students_and_the_post_test_takes_the_other(tmp_path):
    store = Store(tmp_path)
    try:
        checkups = Checkups(store)
        forms = [checkups.open(name, "pre").form for name in ("Aruzhan", "Daniyar", "Mira")]
        assert forms == ["A", "B", "A"]
        assert checkups.open("Daniyar", "post").form == "A"
        assert checkups.open("  aruzhan ", "post").form == "B"  # the same student, typed again
        assert checkups.open("Aruzhan", "retention").form == "A"
        assert checkups.open("Someone new", "post").form in ("A", "B")
    finally:
        store.close()


def test_an_unfinished_check_up_resumes_with_every_rating_kept(tmp_path):
    store = Store(tmp_path)
    checkups = Checkups(store)
    first = checkups.open("Aruzhan", "pre")
    checkups.rate(first, Rating("a01", True, "sure"))
    checkups.rate(first, Rating("a02", False, "unsure"))
    checkups.rate(first, Rating("a02", True, "likely"))  # changed: the last rating counts
    store.close()
    store = Store(tmp_path)  # as after the computer restarted
    try:
        again = Checkups(store).open("Aruzhan", "pre")
        assert again.id == first.id and again.form == first.form
        assert [(r.item_id, r.real, str(r.confidence)) for r in again.ratings] == \
            [("a01", True, "sure"), ("a02", True, "likely")]
        Checkups(store).finish(again)
        assert Checkups(store).get(again.id).done
        assert Checkups(store).open("Aruzhan", "pre").id != again.id  # a new one once finished
    finally:
        store.close()
