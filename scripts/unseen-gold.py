#!/usr/bin/env python3
"""Marked-up copies <-> eval/entities/gold.tsv (the unseen-news entity gold).

    scripts/unseen-gold.py convert MARKED_DIR [NEWS_JSONL]   # marked copies -> gold.tsv
    scripts/unseen-gold.py check   MARKED_DIR [NEWS_JSONL]   # the copies there reproduce their texts
    scripts/unseen-gold.py markup  MARKED_DIR [NEWS_JSONL]   # gold.tsv -> marked copies
    scripts/unseen-gold.py unmarked MARKED_DIR              # occurrences of annotated strings left out

A marked copy MARKED_DIR/NN.txt is the `text` field of article NN of
eval/entities/picks.tsv with each mention written [[TYPE text]] (TYPE is
PER, ORG or LOC) and one newline added at the end. `convert` checks that
removing the marks gives back the record's text exactly (and that its
SHA-256 is the one picks.tsv names), then writes gold.tsv with offsets in
Unicode scalars (Python string indexes), end exclusive. `markup` writes the
copies back from gold.tsv, to correct the gold. `unmarked` lists, for
review, each place where a string annotated somewhere in the article also
stands, as a whole word after optional proclitics, outside any mention.

The marked copies hold the news text, which may not be committed: keep them
outside the repository (or under the ignored tmp/). Standard library only.
"""
import hashlib
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVAL = os.path.join(ROOT, "eval", "entities")
DEFAULT_NEWS = os.path.join(ROOT, "..", "shared", "data", "news", "saudinewsnet-2015-07.jsonl")
MARK = re.compile(r"\[\[(PER|ORG|LOC) ([^\[\]]+)\]\]")
TYPES = ("PER", "ORG", "LOC")


def picks():
    with open(os.path.join(EVAL, "picks.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    return [(r[0], int(r[1]), r[4]) for r in rows]


def texts(news_path):
    """Article number -> the record's text, checked against its SHA-256."""
    wanted = {line: (article, digest) for article, line, digest in picks()}
    found = {}
    with open(news_path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if number in wanted:
                article, digest = wanted[number]
                text = json.loads(line)["text"]
                if hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
                    sys.exit(f"article {article}: line {number} of {news_path} is not the text picked (SHA-256 differs)")
                found[article] = text
    missing = sorted(set(a for a, _ in wanted.values()) - set(found))
    if missing:
        sys.exit(f"articles {', '.join(missing)} not found in {news_path}")
    return found


def parse(marked):
    """(plain text, [(start, end, type, text)]) of a marked copy."""
    plain, mentions, last = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[last:m.start()]
        plain.append(before)
        length += len(before)
        span = m.group(2)
        mentions.append((length, length + len(span), m.group(1), span))
        plain.append(span)
        length += len(span)
        last = m.end()
    plain.append(marked[last:])
    text = "".join(plain)
    if "[[" in text or "]]" in text:
        i = text.find("[[") if "[[" in text else text.find("]]")
        raise ValueError(f"a mark left unparsed near {text[max(0, i - 30):i + 30]!r}")
    return text, mentions


def read_marked(directory, article):
    with open(os.path.join(directory, f"{article}.txt"), encoding="utf-8") as f:
        marked = f.read()
    return marked[:-1] if marked.endswith("\n") else marked


def convert(directory, news_path, write=True):
    originals = texts(news_path)
    rows, bad = [], False
    for article in sorted(originals):
        if not write and not os.path.exists(os.path.join(directory, f"{article}.txt")):
            continue
        try:
            text, mentions = parse(read_marked(directory, article))
        except ValueError as e:
            print(f"{article}: {e}", file=sys.stderr)
            bad = True
            continue
        original = originals[article]
        if text != original:
            i = next((k for k in range(min(len(text), len(original))) if text[k] != original[k]),
                     min(len(text), len(original)))
            print(f"{article}: differs from the record at scalar {i}:\n  marked:   {text[max(0, i - 40):i + 40]!r}\n"
                  f"  original: {original[max(0, i - 40):i + 40]!r}", file=sys.stderr)
            bad = True
            continue
        for start, end, kind, span in mentions:
            if span != span.strip():
                print(f"{article}: mention {span!r} at {start} has white space at an end", file=sys.stderr)
                bad = True
            rows.append((article, start, end, kind, span))
    if bad:
        sys.exit(1)
    if not write:
        print(f"{len(rows)} mentions in the marked copies, all of them reproduce their text")
        return
    with open(os.path.join(EVAL, "gold.tsv"), "w", encoding="utf-8") as f:
        f.write("article\tstart\tend\ttype\ttext\n")
        for row in rows:
            f.write("\t".join(str(x) for x in row) + "\n")
    counts = {t: sum(1 for r in rows if r[3] == t) for t in TYPES}
    print(f"{len(rows)} mentions in {len(originals)} articles: " + ", ".join(f"{t} {n}" for t, n in counts.items()))


def gold():
    with open(os.path.join(EVAL, "gold.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    return [(r[0], int(r[1]), int(r[2]), r[3], r[4]) for r in rows]


def markup(directory, news_path):
    originals = texts(news_path)
    os.makedirs(directory, exist_ok=True)
    by_article = {}
    for row in gold():
        by_article.setdefault(row[0], []).append(row)
    for article, text in originals.items():
        out, last = [], 0
        for _, start, end, kind, span in sorted(by_article.get(article, []), key=lambda r: r[1]):
            out += [text[last:start], f"[[{kind} {text[start:end]}]]"]
            last = end
        out.append(text[last:])
        with open(os.path.join(directory, f"{article}.txt"), "w", encoding="utf-8") as f:
            f.write("".join(out) + "\n")


def unmarked(directory):
    for article in sorted(a for a, _, _ in picks()):
        text, mentions = parse(read_marked(directory, article))
        covered = [(s, e) for s, e, _, _ in mentions]
        for span in sorted(set(m[3] for m in mentions)):
            for m in re.finditer(r"(?<![\w])(?:[وفبلك]{0,2})(" + re.escape(span) + r")(?![\w])", text):
                s, e = m.start(1), m.end(1)
                if not any(cs <= s and e <= ce for cs, ce in covered):
                    print(f"{article}\t{s}\t{span}\t…{text[max(0, s - 25):e + 25]}…".replace("\n", " "))


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("convert", "check", "markup", "unmarked"):
        sys.exit(__doc__)
    command, directory = sys.argv[1], sys.argv[2]
    news = sys.argv[3] if len(sys.argv) > 3 else DEFAULT_NEWS
    {"convert": lambda: convert(directory, news), "check": lambda: convert(directory, news, write=False), "markup": lambda: markup(directory, news),
     "unmarked": lambda: unmarked(directory)}[command]()


if __name__ == "__main__":
    main()
