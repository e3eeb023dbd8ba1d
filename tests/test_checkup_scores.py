"""The check-up's scores against tables worked out by hand, edge cases included."""

import math

import pytest

from quest.model.checkup import (CheckupForm, CheckupItem, ClassChange, Interval, Rating,
                                 class_change, counterbalanced_form, paired_interval, score)
from quest.model.scenario import Text

TEXT = Text({"en": "A headline"})
# Four genuine items (r1..r4) and four fake ones (f1..f4).
FORM = CheckupForm("A", tuple(
    [CheckupItem(f"r{i}", True, "health", 1, TEXT) for i in range(1, 5)]
    + [CheckupItem(f"f{i}", False, "health", 1, TEXT) for i in range(1, 5)]))


def rated(real_ids: str, fake_ids: str) -> list[Rating]:
    """Ratings: the ids rated real, then those rated fake (space-separated)."""
    return ([Rating(i, True) for i in real_ids.split()]
            + [Rating(i, False) for i in fake_ids.split()])


# Worked by hand: V = r + f; distrust = max(0, fake ratings - 4); naivety = max(0, real
# ratings - 4); d' and c with the log-linear correction, a fake item being the signal:
# H = (f + .5) / 5, F = (4 - r + .5) / 5, d' = z(H) - z(F), c = -(z(H) + z(F)) / 2.
@pytest.mark.parametrize("real_ids, fake_ids, V, r, f, distrust, naivety, d_prime, c", [
    # every rating right
    ("r1 r2 r3 r4", "f1 f2 f3 f4", 8, 4, 4, 0, 0, 2.563103, 0.0),
    # everything called fake: all fakes caught, all genuine distrusted
    ("", "r1 r2 r3 r4 f1 f2 f3 f4", 4, 0, 4, 4, 0, 0.0, -1.281552),
    # everything called real: the naive student
    ("r1 r2 r3 r4 f1 f2 f3 f4", "", 4, 4, 0, 0, 4, 0.0, 1.281552),
    # every rating wrong
    ("f1 f2 f3 f4", "r1 r2 r3 r4", 0, 0, 0, 0, 0, -2.563103, 0.0),
    # three of each right, one of each wrong: H = 3.5/5, F = 1.5/5
    ("r1 r2 r3 f4", "r4 f1 f2 f3", 6, 3, 3, 0, 0, 1.048801, 0.0),
    # sceptical: all fakes and two genuine called fake: H = 4.5/5, F = 2.5/5
    ("r1 r2", "r3 r4 f1 f2 f3 f4", 6, 2, 4, 2, 0, 1.281552, -0.640776),
])
def test_the_five_scores_and_signal_detection_match_the_hand_worked_table(
        real_ids, fake_ids, V, r, f, distrust, naivety, d_prime, c):
    scores = score(FORM, rated(real_ids, fake_ids))
    assert (scores.discernment, scores.real_detected, scores.fake_detected) == (V, r, f)
    assert (scores.distrust, scores.naivety) == (distrust, naivety)
    assert scores.d_prime == pytest.approx(d_prime, abs=1e-6)
    assert scores.criterion == pytest.approx(c, abs=1e-6)


def test_no_ratings_at_all_give_zeros_and_finite_figures():
    scores = score(FORM, [])
    assert (scores.discernment, scores.distrust, scores.naivety) == (0, 0, 0)
    assert scores.genuine == scores.fake == 0
    assert scores.d_prime == 0 and scores.criterion == 0  # H = F = .5 with the correction
    assert all(math.isfinite(v) for v in (scores.d_prime, scores.criterion))


def test_unknown_items_are_ignored_and_a_changed_rating_counts_once():
    ratings = [Rating("r1", False), Rating("r1", True), Rating("zz", False), Rating("f1", False)]
    scores = score(FORM, ratings)
    assert (scores.genuine, scores.fake, scores.real_detected, scores.fake_detected) == \
        (1, 1, 1, 1)


def test_a_paired_interval_is_the_mean_change_and_stays_the_same_every_time():
    before, after = [0.0, 0.5, 1.0, 0.2, 0.3], [0.4, 0.9, 1.6, 0.5, 0.9]
    interval = paired_interval(before, after)
    assert interval.mean == pytest.approx(0.46)
    assert 0.3 <= interval.low < interval.mean < interval.high <= 0.6
    assert paired_interval(before, after) == interval
    assert interval.up and not interval.down


def scores_of(real_ids: str, fake_ids: str):
    return score(FORM, rated(real_ids, fake_ids))


RIGHT = scores_of("r1 r2 r3 r4", "f1 f2 f3 f4")
HALF = scores_of("r1 r2 r3 f4", "r4 f1 f2 f3")
ALL_FAKE = scores_of("", "r1 r2 r3 r4 f1 f2 f3 f4")
SCEPTIC = scores_of("r1 r2", "r3 r4 f1 f2 f3 f4")
ALL_REAL = scores_of("r1 r2 r3 r4 f1 f2 f3 f4", "")


@pytest.mark.parametrize("pairs, verdict", [
    ([(HALF, RIGHT)] * 5, "better"),
    # from naive to calling everything fake: no better at telling, only more sceptical
    ([(ALL_REAL, ALL_FAKE)] * 5, "sceptical"),
    ([(HALF, SCEPTIC), (HALF, SCEPTIC), (ALL_REAL, SCEPTIC), (HALF, SCEPTIC)],
     "better-and-sceptical"),
    ([(RIGHT, HALF)] * 4, "worse"),
    ([(ALL_FAKE, ALL_REAL)] * 4, "credulous"),
    ([(HALF, HALF)] * 6, "unclear"),
    ([(HALF, RIGHT)] * 2, "too-few"),
    ([], "too-few"),
])
def test_the_class_verdict_separates_discernment_from_scepticism(pairs, verdict):
    assert class_change(pairs).verdict == verdict


def test_half_the_class_takes_each_form_first():
    forms = [(counterbalanced_form(i, "pre"), counterbalanced_form(i, "post"),
              counterbalanced_form(i, "retention")) for i in range(4)]
    assert forms == [("A", "B", "A"), ("B", "A", "B"), ("A", "B", "A"), ("B", "A", "B")]


def test_a_class_change_with_no_interval_is_too_few():
    assert ClassChange(1, None, Interval(0, 0, 0)).verdict == "too-few"
