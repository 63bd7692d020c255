#!/usr/bin/env python3
"""make-long-table.py ROWS PATH: writes a briefing of one table of ROWS rows and five columns (number, date,
words, decimal amount, toned status) as JSON, the same rows for the same ROWS. For benchmark.sh and
benchmark-tables.sh."""
import json
import random
import sys

rows, path = int(sys.argv[1]), sys.argv[2]
rng = random.Random(rows)
words = "budget report district network audit programme tender council review survey ledger".split()
table = {"caption": f"A table of {rows} rows", "columns": ["#", "Date", "Item", {"title": "Amount", "align": "decimal"}, "Status"],
         "rows": [[i + 1, f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}", " ".join(rng.choice(words) for _ in range(rng.randint(2, 9))),
                   round(rng.uniform(0, 99999), 2),
                   {"text": rng.choice(["open", "closed", "late"]), "tone": rng.choice(["good", "warning", "bad"])}]
                  for i in range(rows)]}
json.dump({"title": f"Table of {rows} rows", "sections": [{"title": "Data", "blocks": [{"table": table}]}]}, open(path, "w"))
