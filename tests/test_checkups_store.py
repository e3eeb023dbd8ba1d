"""Check-ups kept in the results database: each rating at once, resumed, counterbalanced."""

from quest.checkups import Checkups
from quest.model.checkup import Rating
from quest.store import Store


def test_about_half_the_students_start_with_each_form_on_any_computer(tmp_path):
    names = [f"Оқушы {i}" for i in range(40)]
    firsts = {}
    for computer in ("one", "two"):  # every student on a computer of their own, or one shared
        store = Store(tmp_path / computer)
        try:
            checkups = Checkups(store)
            firsts[computer] = [checkups.open(name, "pre").form for name in names]
        finally:
            store.close()
    assert firsts["one"] == firsts["two"]  # the same student, the same form, anywhere
    assert 12 <= firsts["one"].count("A") <= 28


def test_the_post_test_takes_the_other_form_and_the_retention_test_the_first(tmp_path):
    store = Store(tmp_path)
    try:
        checkups = Checkups(store)
        first = checkups.open("Aruzhan", "pre").form
        other = "B" if first == "A" else "A"
        assert checkups.open("  aruzhan ", "post").form == other  # typed again, the same
        assert checkups.open("Aruzhan", "retention").form == first
        # On a computer without the student's pre-test, the name gives the same forms.
        elsewhere = Store(tmp_path / "elsewhere")
        try:
            assert Checkups(elsewhere).open("Aruzhan", "post").form == other
        finally:
            elsewhere.close()
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
