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
                                "indent", "hostile"]))
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
    elif how == "hostile":
        line = lines[i]
        if ":" in line:
            key, _, _ = line.partition(":")
            lines[i] = f"{key}: {draw(hostile_value())}\n"
    elif how == "swap" and len(lines) > 1:
        j = draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
    elif how == "indent":
        lines[i] = draw(st.sampled_from(["  ", " ", ""])) + lines[i].lstrip(" ")
    return "".join(lines)


def escaped(text: str) -> str:
    """A double-quoted YAML scalar holding `text`, every character outside ASCII escaped."""
    return '"' + "".join(c if " " <= c <= "~" and c not in '"\\' else f"\\U{ord(c):08x}"
                         for c in text) + '"'


@st.composite
def hostile_value(draw):
    """A value of a class that once escaped the loader: huge or foreign numbers, controls."""
    digits = st.text(st.characters(categories=["Nd", "No"]), min_size=1, max_size=6)
    control = st.characters(categories=["Cc", "Cf"], exclude_characters="\ufeff")
    return draw(st.one_of(
        st.integers(4000, 20000).map(lambda n: "9" * n),  # past int()'s 4,300 digits
        st.integers(4000, 20000).map(lambda n: "-" + "1" * n),
        st.integers(4000, 20000).map(lambda n: "0" * n + "7"),
        digits,  # '²', '٣٠', '５': digits int() reads or refuses differently
        st.tuples(st.text(max_size=5), control, st.text(max_size=5))
          .map(lambda parts: escaped("".join(parts))),
        st.sampled_from([escaped("img\0.png"), escaped("images/a\x1b[31m.png"),
                         escaped("\u202egnp.exe"), "1_000", "0x1F", "1e3", "+5", "-0"]),
    ))


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


def strings_in(value):
    """Every string inside a loaded scenario (dataclasses, tuples, dicts, Texts)."""
    import dataclasses

    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for spec in dataclasses.fields(value):
            yield from strings_in(getattr(value, spec.name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_in(key)
            yield from strings_in(item)
    elif isinstance(value, (tuple, list, frozenset)):
        for item in value:
            yield from strings_in(item)
    elif hasattr(value, "values") and isinstance(getattr(value, "values"), dict):
        yield from strings_in(value.values)


@st.composite
def with_a_hostile_value(draw):
    """A valid sample with the value of one `key: value` line replaced by a hostile one."""
    text = draw(st.sampled_from(SAMPLES))
    lines = text.splitlines(keepends=True)
    candidates = [i for i, line in enumerate(lines)
                  if ":" in line and not line.lstrip().startswith("#")
                  and line.split(":", 1)[1].strip() not in ("", "|", ">", ">-", "|-")]
    i = draw(st.sampled_from(candidates))
    key = lines[i].split(":", 1)[0]
    lines[i] = f"{key}: {draw(hostile_value())}\n"
    return "".join(lines)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(with_a_hostile_value())
def test_a_hostile_value_in_any_field_is_refused_or_harmless(text):
    from quest.content.characters import unwanted_character

    result = load_scenario(text, "hostile.yaml")  # must not raise
    if result.scenario is None:
        assert result.errors
        assert all(len(p.message) < 1000 for p in result.problems), "no echo of huge values"
        return
    for string in strings_in(result.scenario):
        assert unwanted_character(string) is None, repr(string)


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
