"""The commented template `mil-quest new` writes: every field, text left to write."""

from __future__ import annotations

from quest.model.scenario import DEFAULT_TOOL_COST, Answer, ItemKind, Technique, Tool, Weight

_TEMPLATE = """\
# yaml-language-server: $schema=schema.json
# A MIL Quest scenario. Fill in every "" below, then run:  mil-quest check {id}.yaml
# The full reference is docs/scenario-format.md. Every text is written once per language.
format: 1
id: {id}                         # unique id: lowercase letters, digits and hyphens
languages: [{langs}]
title: {text}
difficulty: 1                    # 1 easy, 2 medium, 3 hard
# techniques used (empty list [] for a genuine item):
#   {techniques}
techniques: [clickbait]
time_budget: 30                  # minutes of investigation time the player has

item:
  kind: social_post              # {kinds}
  source:
    name: {text}
    handle: "@account_name"
    url: "https://example.kz/page"
    verified: false              # true when the platform shows a verified mark
    followers: 1200
    created: 2024-01-15          # when the account or site was made
  published: 2024-03-02T08:15:00+05:00
  headline: {text}
  body: {text}
  # image: images/picture.png    # a PNG or JPEG next to this file; then also:
  # image_alt: {text}
  # caption: {text}
  # byline: {text}               # news_article: who wrote it
  # link: "https://example.kz/register"   # where the link or button leads
  # cta: {text}                  # ad: the button text
  forwarded: false               # messenger: "Forwarded many times"
  stats: {{likes: 100, shares: 20, comments: 5, views: 3000}}

# What each tool finds here. Tools: {tools}.
# A tool not listed finds nothing notable and costs its usual minutes.
tools:
  source:
    cost: {source_cost}                      # minutes; leave out for the usual cost
    clues:
      - id: first-clue
        text: {text}
        weight: strong           # strong | weak | herring (a clue that leads astray)
  lateral:
    clues:
      - id: second-clue
        text: {text}
        weight: weak
      - id: red-herring
        text: {text}
        weight: herring
        # image: images/original.png   # a picture the tool shows; then also image_alt
  # image:                       # the image tool; its clues may rest on the game's analyses
  #   clues:
  #     - id: older-copy
  #       text: {text}
  #       weight: strong
  #       evidence: {{search: images/old.jpg}}   # or {{metadata: software}}, {{ela: uneven}}

hints:                           # optional; shown one at a time, each costs points
  - {text}

guide:                           # optional walk-through for new players
  - tool: source
    why: {text}

verdict:
  answer: fake                   # {answers}
  key_clues: [first-clue, second-clue]   # the clues that justify the answer

debrief:
  summary: {text}                # what was really going on
  lesson: {text}                 # the technique and how to spot it
  tips:
    - {text}
"""


def render(scenario_id: str, languages: list[str]) -> str:
    """The template for a new scenario with this id, its texts empty in each language."""
    text = "{" + ", ".join(f'{lang}: ""' for lang in languages) + "}"
    return _TEMPLATE.format(
        id=scenario_id,
        langs=", ".join(languages),
        text=text,
        techniques=", ".join(Technique),
        kinds=" | ".join(ItemKind),
        tools=", ".join(Tool),
        answers=" | ".join(Answer),
        source_cost=DEFAULT_TOOL_COST[Tool.SOURCE],
    ).replace("strong | weak | herring", " | ".join(Weight))
