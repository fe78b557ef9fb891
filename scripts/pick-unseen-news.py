#!/usr/bin/env python3
"""Draws the 15 articles of the unseen-news entity check (issue 13).

    scripts/pick-unseen-news.py [NEWS_JSONL] > eval/entities/picks.tsv

Reads the July 2015 SaudiNewsNet file (default ../shared/data/news/
saudinewsnet-2015-07.jsonl from the repository root) and prints one row per
article drawn: its 1-based line number in that file (the product's record
id is FILE:LINE), the outlet, the word count, the SHA-256 of its `text`
field (so the evaluation can check the file has not changed), and its URL.

Rule: a record is eligible when its `text` has 80 to 900 words (split on
white space). Eligible records are grouped by `source`; with
random.Random(SEED) the outlets are shuffled, and then, round after round,
each outlet in that order gives one record drawn at random from those it
has left, until 15 are drawn (12 outlets: all of them once, then the
first three of the order a second time). Python 3 standard library only;
the same file and seed always give the same rows.
"""
import hashlib
import json
import os
import random
import sys

SEED = 20150721
COUNT = 15
MIN_WORDS, MAX_WORDS = 80, 900


def main() -> None:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    default = os.path.join(root, "..", "shared", "data", "news", "saudinewsnet-2015-07.jsonl")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    by_outlet: dict[str, list[tuple[int, dict, int]]] = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if not line.strip():
                continue
            record = json.loads(line)
            words = len(record.get("text", "").split())
            if MIN_WORDS <= words <= MAX_WORDS:
                by_outlet.setdefault(record.get("source", ""), []).append((number, record, words))
    rng = random.Random(SEED)
    outlets = sorted(by_outlet)
    rng.shuffle(outlets)
    picks = []
    while len(picks) < COUNT:
        for outlet in outlets:
            pool = by_outlet[outlet]
            if pool and len(picks) < COUNT:
                picks.append(pool.pop(rng.randrange(len(pool))))
    print("article\tline\toutlet\twords\tsha256\turl")
    for i, (number, record, words) in enumerate(picks, start=1):
        digest = hashlib.sha256(record["text"].encode("utf-8")).hexdigest()
        print(f"{i:02d}\t{number}\t{record.get('source', '')}\t{words}\t{digest}\t{record.get('url', '')}")


if __name__ == "__main__":
    main()
