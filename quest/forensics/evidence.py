"""What `mil-quest check` says about the pictures' analyses: whether each clue that rests on
one shows what the computation finds, and whether the archive holds an earlier copy of an
item's picture that no clue mentions."""

from __future__ import annotations

import re
from pathlib import Path

from quest.errors import Problem
from quest.message import Message
from quest.model.scenario import Evidence, Tool


def _line_of(path: Path, clue_id: str) -> int:
    """The line where a clue's id is written, for an editor to jump to (1 if not found)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return 1
    match = re.search(rf"^\s*-?\s*id:\s*['\"]?{re.escape(clue_id)}['\"]?\s*$", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def _claim_holds(analysis: Evidence, claim: str, result, archive) -> Message | None:
    """None when the computed result shows the claim, else what it shows instead."""
    if analysis is Evidence.SEARCH:
        found = [Path(m.path).resolve() for m in result]
        if claim == "none":
            if not found:
                return None
            return Message("the search finds the picture in the archive ({file})",
                           file=Path(result[0].path).name)
        wanted = archive.named(claim) or archive.named(Path(claim).name)
        if wanted is None:
            return Message("the archive holds no picture {file!r}", file=claim)
        if wanted.path.resolve() in found:
            return None
        return Message("the search does not find the item's picture in {file}", file=claim)
    if analysis is Evidence.METADATA:
        if claim == "none":
            return None if result.empty else Message("the file has metadata")
        return None if result.has(claim) else Message("the file's metadata has no {field}",
                                                      field=claim)
    if (claim == "uneven") == result.uneven:
        return None
    return Message("the view is {shown} (a region of {share}% stands out)",
                   shown="uneven" if result.uneven else "even",
                   share=round(result.share * 100, 1))


def evidence_problems(library, folders, cache: Path | None = None) -> list[Problem]:
    """Warnings where a clue's claim and the computation differ; the problems of the packs'
    archive files (`folders` are the packs)."""
    from quest.forensics.archive import load_archives
    from quest.forensics.lab import Failed, analyse, archive_matches
    from quest.forensics.picture import PictureError, open_picture

    archive = load_archives(folders)
    problems = list(archive.problems)
    for entry in library.entries:
        scenario = entry.scenario
        if scenario is None or not scenario.item.image:
            continue
        label = entry.result.label
        path = entry.path.parent / scenario.item.image
        try:
            picture = open_picture(path)[0]
        except PictureError:
            continue  # the loader has already said what is wrong with the picture
        results = {}

        def result(analysis: Evidence):
            if analysis not in results:
                if analysis is Evidence.SEARCH:
                    results[analysis] = archive_matches(path, folders, cache, picture)
                else:
                    results[analysis] = analyse(str(analysis), str(path))
            return results[analysis]

        cited = set()
        for clue in scenario.findings(Tool.IMAGE).clues:
            if clue.evidence is None:
                continue
            analysis, claim = clue.evidence
            if analysis is Evidence.SEARCH and claim != "none":
                named = archive.named(claim) or archive.named(Path(claim).name)
                if named is not None:
                    cited.add(named.path.resolve())
            computed = result(analysis)
            if isinstance(computed, Failed):
                continue
            differs = _claim_holds(analysis, claim, computed, archive)
            if differs is not None:
                problems.append(Problem(label, _line_of(entry.path, clue.id), 1, "warning",
                                        Message("expected the {analysis} of the item's picture "
                                                "to show {claim}, as the clue {id!r} says; "
                                                "found that {differs}", analysis=str(analysis),
                                                claim=claim, id=clue.id, differs=differs),
                                        "evidence-differs"))
        published = scenario.item.published
        for match in result(Evidence.SEARCH):
            earlier = published is None or match.published < published.date()
            if earlier and Path(match.path).resolve() not in cited:
                problems.append(Problem(label, 1, 1, "warning", Message(
                    "expected a clue to mention the archive's earlier copy of the item's "
                    "picture, {file} ({published}, {similarity}% alike), found none: add "
                    "evidence: {{search: ...}} to an image clue", file=Path(match.path).name,
                    published=match.published.isoformat(),
                    similarity=round(match.similarity * 100)), "uncited-copy"))
    return problems
