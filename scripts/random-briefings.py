#!/usr/bin/env python3
"""Writes COUNT seeded random briefings (YAML) into FOLDER: sections of paragraphs, lists, callouts, code,
tables of 2 to 40 rows, bar and line charts and timelines, in the proportions of real briefings.
Usage: random-briefings.py COUNT FOLDER"""
import json, os, random, sys

WORDS = ("alliance security cooperation region training exercise partner capacity defence reform mission "
         "integration policy budget review pipeline district metering outage gateway response timeline").split()

def sentence(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."

def paragraph(rng):
    return " ".join(sentence(rng, rng.randint(6, 16)) for _ in range(rng.randint(1, 7)))

def block(rng):
    kind = rng.choices(["paragraph", "list", "table", "chart", "timeline", "callout", "code"], [10, 3, 3, 2, 2, 1, 1])[0]
    if kind == "paragraph":
        return {"paragraph": paragraph(rng)}
    if kind == "list":
        return {"list": [sentence(rng, rng.randint(4, 14)) for _ in range(rng.randint(2, 6))]}
    if kind == "callout":
        return {"callout": {"title": "Note", "text": paragraph(rng)}}
    if kind == "code":
        return {"code": "\n".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 12))) for _ in range(rng.randint(1, 8)))}
    if kind == "table":
        columns = rng.randint(2, 4)
        rows = [[sentence(rng, rng.randint(1, 4))] + [rng.randint(1, 999) for _ in range(columns - 1)] for _ in range(rng.randint(2, 40))]
        return {"table": {"caption": sentence(rng, 4), "columns": [f"C{i}" for i in range(columns)], "rows": rows}}
    if kind == "chart":
        categories = [f"Q{i + 1}" for i in range(rng.randint(2, 8))]
        return {"chart": {"type": rng.choice(["bar", "line"]), "title": sentence(rng, 3), "categories": categories,
                          "series": [{"name": f"S{s}", "values": [rng.randint(1, 90) for _ in categories]} for s in range(rng.randint(1, 3))]}}
    year = rng.randint(2000, 2020)
    events = [{"date": f"{year + rng.randint(0, 4)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "label": sentence(rng, rng.randint(2, 5)),
               "lane": rng.choice(["A", "B", "C"])} for _ in range(rng.randint(2, 14))]
    return {"timeline": {"title": sentence(rng, 3), "events": events}}

def briefing(seed):
    rng = random.Random(seed)
    sections = [{"title": sentence(rng, 3)[:-1], "blocks": [block(rng) for _ in range(rng.randint(1, 7))]} for _ in range(rng.randint(2, 8))]
    return {"title": f"Random briefing {seed}", "sections": sections}

count, folder = int(sys.argv[1]), sys.argv[2]
os.makedirs(folder, exist_ok=True)
for seed in range(1, count + 1):
    with open(os.path.join(folder, f"random-{seed:03d}.json"), "w") as f:
        json.dump(briefing(seed), f)
