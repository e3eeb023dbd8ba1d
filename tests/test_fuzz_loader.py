"""Mutated scenarios and every file of the YAML test suite: the loader's own errors, nothing else."""

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quest.cli import main
from quest.content.loader import load_scenario
from quest.content.packs import BUNDLED_DIR, scenario_files

DATA = Path(__file__).resolve().parent / "data"
SAMPLES = [p.read_text(encoding="utf-8") for p in
           [DATA / "minimal.yaml", *scenario_files(BUNDLED_DIR)]]
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "yaml-test-suite"


def lines_mutation(draw, text):
    lines = text.splitlines(keepends=True)
    if not lines:
        return text + draw(st.text(max_size=10))
    how = draw(st.sampled_from(["drop", "duplicate", "truncate", "insert", "retype", "swap",
                                "indent"]))
    i = draw(st.integers(0, max(0, len(lines) - 1)))
    if how == "drop":
        del lines[i]
    elif how == "duplicate":
        lines.insert(i, lines[i])
    elif how == "truncate":
        return text[: draw(st.integers(0, len(text)))]
    elif how == "insert":
        junk = draw(st.one_of(
            st.binary(max_size=20).map(lambda b: b.decode("utf-8", "replace")),
            st.sampled_from(["&a ", "*a", "!!python/object ", "{", "[", "- ", ": ", "\t",
                             "no", "~", "'", '"', "---\n", "? ", "|\n", "%YAML 1.1\n"]),
            st.text(max_size=10)))
        pos = draw(st.integers(0, len(lines[i])))
        lines[i] = lines[i][:pos] + junk + lines[i][pos:]
    elif how == "retype":
        line = lines[i]
        if ":" in line:
            key, _, _ = line.partition(":")
            value = draw(st.sampled_from(["[]", "{}", "yes", "-1", "99999999999999999999",
                                          "''", "null", "[a, b]", "{x: 1}", "1.5", "2024-13-45"]))
            lines[i] = f"{key}: {value}\n"
    elif how == "swap" and len(lines) > 1:
        j = draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
    elif how == "indent":
        lines[i] = draw(st.sampled_from(["  ", " ", ""])) + lines[i].lstrip(" ")
    return "".join(lines)


@st.composite
def mutated(draw):
    text = draw(st.sampled_from(SAMPLES))
    for _ in range(draw(st.integers(1, 3))):
        text = lines_mutation(draw, text)
    return text


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_scenarios_give_a_result_or_the_loaders_own_errors(text):
    result = load_scenario(text, "mutant.yaml")  # must not raise
    if result.scenario is None:
        assert result.errors, "a refused file names at least one error"
    for problem in result.problems:
        assert problem.file == "mutant.yaml"
        assert problem.line >= 1 and problem.column >= 1
        assert problem.message


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_escape_the_loader(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "junk.yaml"
    path.write_bytes(data)
    from quest.content.loader import read_scenario_file

    result = read_scenario_file(path)
    assert result.scenario is None or not result.errors


def corpus_files():
    if not CORPUS.is_dir():
        return []
    return sorted(CORPUS.glob("*.yaml"))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpora is not present")
def test_every_yaml_test_suite_file_checks_cleanly_within_a_second():
    import io

    slow = []
    for path in corpus_files():
        out, err = io.StringIO(), io.StringIO()
        # CPU time of this process: another program busy on the machine does not add to it,
        # while a loader stuck in a loop or a blow-up would.
        start = time.process_time()
        code = main(["check", str(path)], out=out, err=err)
        elapsed = time.process_time() - start
        assert code == 1, f"{path.name}: no YAML test-suite file is a scenario"
        assert err.getvalue() == "", f"{path.name}: {err.getvalue()}"
        first = out.getvalue().splitlines()[0]
        assert first.startswith(f"{path}:") and ": error: " in first, f"{path.name}: {first}"
        if elapsed > 1.0:
            slow.append((path.name, elapsed))
    assert slow == []
    assert len(corpus_files()) > 300
