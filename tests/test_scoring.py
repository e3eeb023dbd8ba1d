"""Scoring: the worked table of docs/scoring.md, computed; and discernment against known values."""

import math
from pathlib import Path

import pytest

from quest.model import scoring
from quest.model.discernment import Discernment, tally
from quest.model.scenario import Answer, Confidence

DOC = Path(__file__).resolve().parent.parent / "docs" / "scoring.md"


def worked_rows():
    lines = DOC.read_text(encoding="utf-8").split("## Worked examples", 1)[1].splitlines()
    rows = [line for line in lines if line.startswith("| ") and line[2].isdigit()]
    return [[cell.strip().replace("−", "-") for cell in row.strip("|").split("|")]
            for row in rows]


ROWS = worked_rows()


def test_the_doc_has_a_worked_table():
    assert len(ROWS) >= 8


@pytest.mark.parametrize("row", ROWS, ids=[" ".join(r[:4]) for r in ROWS])
def test_worked_table_row(row):
    difficulty, truth, answer, confidence = int(row[0]), row[1], row[2], row[3]
    keys, herrings, minutes, hints = map(int, row[4:8])
    expected_lines = list(map(int, row[8:14]))
    score = scoring.score_parts(
        difficulty=difficulty, truth=Answer(truth), answer=Answer(answer),
        confidence=Confidence(confidence), key_clues=keys, herrings=herrings,
        minutes_left=minutes, hints=hints)
    assert [line.points for line in score.lines] == expected_lines
    assert score.total == int(row[14])


def test_sure_and_wrong_costs_more_than_unsure_and_wrong():
    common = dict(difficulty=2, truth=Answer.FAKE, answer=Answer.GENUINE, key_clues=0,
                  herrings=0, minutes_left=5, hints=0)
    sure = scoring.score_parts(confidence=Confidence.SURE, **common).total
    unsure = scoring.score_parts(confidence=Confidence.UNSURE, **common).total
    assert sure < unsure


def test_outcomes():
    assert scoring.outcome(Answer.FAKE, Answer.FAKE) == "right"
    assert scoring.outcome(Answer.MISLEADING, Answer.SATIRE) == "near"
    assert scoring.outcome(Answer.GENUINE, Answer.UNVERIFIED) == "wrong"
    assert scoring.outcome(Answer.SATIRE, Answer.GENUINE) == "wrong"


# Published worked values: Stanislaw & Todorov (1999), "Calculation of signal detection theory
# measures", give d' = 1.683 and c = 0 for H = .8, F = .2 (z(.8) = 0.8416). Hautus (1995)
# defines the log-linear correction used here: (count + 0.5) / (total + 1).
def test_d_prime_and_c_of_a_symmetric_case():
    # 39.5/49 hits and 9.5/49 false alarms are H = .806, F = .194 after the correction.
    d = Discernment(hits=39, misses=9, false_alarms=9, correct_rejections=39)
    h, f = 39.5 / 49, 9.5 / 49
    assert d.d_prime == pytest.approx(2 * 0.8640, abs=1e-3)
    assert d.d_prime == pytest.approx(
        2 * math.sqrt(2) * _erfinv(2 * h - 1), abs=1e-9)
    assert d.criterion == pytest.approx(0.0, abs=1e-12)
    assert f == pytest.approx(1 - h)


def test_stanislaw_todorov_values_without_correction_match_z():
    # With large counts the correction vanishes: H = .8, F = .2 -> d' = 1.683.
    d = Discernment(hits=80_000, misses=20_000, false_alarms=20_000, correct_rejections=80_000)
    assert d.d_prime == pytest.approx(1.683, abs=1e-3)
    assert d.criterion == pytest.approx(0.0, abs=1e-6)


def test_perfect_player_gets_finite_figures():
    # Hautus's point: without the correction H = 1, F = 0 would give infinite d'.
    d = tally([(Answer.FAKE, Answer.FAKE)] * 5 + [(Answer.GENUINE, Answer.GENUINE)] * 5)
    assert (d.hits, d.false_alarms) == (5, 0)
    # H = 5.5/6, F = 0.5/6: z(.9167) = 1.3830
    assert d.d_prime == pytest.approx(2 * 1.3830, abs=1e-3)
    assert d.criterion == pytest.approx(0.0, abs=1e-9)


def test_calling_everything_fake_shows_as_bias_not_skill():
    verdicts = [(Answer.FAKE, Answer.FAKE)] * 6 + [(Answer.GENUINE, Answer.FAKE)] * 6
    d = tally(verdicts)
    assert d.hit_rate == 1 and d.false_alarm_rate == 1
    assert d.d_prime == pytest.approx(0.0, abs=1e-9)
    assert d.criterion < -1  # quick to call things fake


def test_tally_counts_every_kind_of_verdict():
    d = tally([
        (Answer.MISLEADING, Answer.FAKE),  # hit: flagged, whatever the kind
        (Answer.SATIRE, Answer.GENUINE),  # miss
        (Answer.GENUINE, Answer.UNVERIFIED),  # false alarm
        (Answer.GENUINE, Answer.GENUINE),  # correct rejection
    ])
    assert (d.hits, d.misses, d.false_alarms, d.correct_rejections) == (1, 1, 1, 1)
    assert (d + d).hits == 2


def _erfinv(y: float) -> float:
    # Newton's method on erf: an independent route to the normal quantile.
    x = 0.0
    for _ in range(60):
        x -= (math.erf(x) - y) / (2 / math.sqrt(math.pi) * math.exp(-x * x))
    return x
