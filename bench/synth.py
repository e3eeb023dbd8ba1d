"""A seeded generator of valid, realistic scenario files for benchmarks and scale tests."""

from __future__ import annotations

import random

from quest.model.scenario import Answer, ItemKind, Technique, Tool

WORDS = {
    "en": "news photo city school warning today people share post video official report "
          "minister weather road price bread doctor free prize register link".split(),
    "ru": "новости фото город школа предупреждение сегодня люди делиться пост видео "
          "официальный отчёт министр погода дорога цена хлеб врач бесплатно приз".split(),
    "kk": "жаңалық сурет қала мектеп ескерту бүгін адамдар бөлісу жазба бейне ресми "
          "есеп министр ауа райы жол баға нан дәрігер тегін сыйлық".split(),
}
LANGS = ("kk", "ru", "en")


def _sentence(rng: random.Random, lang: str, words: int) -> str:
    text = " ".join(rng.choice(WORDS[lang]) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _text(rng: random.Random, words: int) -> str:
    parts = ", ".join(f'{lang}: "{_sentence(rng, lang, words)}"' for lang in LANGS)
    return "{" + parts + "}"


def scenario_text(index: int, seed: int = 1) -> str:
    """The text of one valid scenario, the same for the same index and seed."""
    rng = random.Random(seed * 1_000_003 + index)
    answer = rng.choice(list(Answer))
    techniques = [] if answer is Answer.GENUINE else rng.sample(list(Technique), 2)
    tools = rng.sample([t for t in Tool if t is not Tool.IMAGE], 4)
    lines = [
        "# yaml-language-server: $schema=schema.json",
        "format: 1",
        f"id: synthetic-{seed}-{index}",
        "languages: [kk, ru, en]",
        f"title: {_text(rng, 5)}",
        f"difficulty: {rng.randint(1, 3)}",
        f"techniques: [{', '.join(techniques)}]",
        "time_budget: 60",
        "item:",
        f"  kind: {rng.choice([k for k in ItemKind if k not in ('photo', 'video_still')])}",
        "  source:",
        f"    name: {_text(rng, 2)}",
        f'    handle: "@account_{index}"',
        f'    url: "https://example-{index}.kz/post/{rng.randint(1, 9999)}"',
        f"    verified: {rng.choice(['true', 'false'])}",
        f"    followers: {rng.randint(0, 500000)}",
        "    created: 2023-05-17",
        "  published: 2024-03-02T08:15:00+05:00",
        f"  headline: {_text(rng, 8)}",
        f"  body: {_text(rng, 30)}",
        f"  stats: {{likes: {rng.randint(0, 9999)}, shares: {rng.randint(0, 9999)}, "
        f"comments: {rng.randint(0, 999)}}}",
        "tools:",
    ]
    keys = []
    for t_index, tool in enumerate(tools):
        lines += [f"  {tool}:", "    clues:"]
        for c_index, weight in enumerate(("strong", "weak", "herring")[: rng.randint(1, 3)]):
            clue = f"clue-{t_index}-{c_index}"
            if weight != "herring" and len(keys) < 3:
                keys.append(clue)
            lines += [f"      - id: {clue}", f"        text: {_text(rng, 14)}",
                      f"        weight: {weight}"]
    lines += [
        f"hints: [{_text(rng, 8)}]",
        "verdict:",
        f"  answer: {answer}",
        f"  key_clues: [{', '.join(keys)}]",
        "debrief:",
        f"  summary: {_text(rng, 25)}",
        f"  lesson: {_text(rng, 20)}",
        f"  tips: [{_text(rng, 8)}, {_text(rng, 8)}]",
    ]
    return "\n".join(lines) + "\n"


def write_library(folder, count: int, seed: int = 1) -> list:
    """Write `count` scenario files into `folder`; returns their paths."""
    from pathlib import Path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"synthetic-{index:05d}.yaml"
        path.write_text(scenario_text(index, seed), encoding="utf-8")
        paths.append(path)
    return paths
