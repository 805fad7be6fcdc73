#!/usr/bin/env python3
"""Parses al-folio papers.bib files with Debian's python3-bibtexparser (1.x) and checks them.

Usage: check-papers-bib.py FILE...   Prints one JSON object per file:
  {"file", "entries", "keys_unique", "starts", "failed", "comments"}
"starts" counts the lines that open an entry ('@type{' at the start of a line, not @comment/@string/@preamble);
"failed" is starts - entries plus every entry bibtexparser logged as unparseable, so 0 means every block parsed.
Exit status 1 when any file has a failed block or a repeated key.
"""
import json
import logging
import re
import sys

import bibtexparser
from bibtexparser.bparser import BibTexParser


class _Count(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def check(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    handler = _Count()
    logging.getLogger("bibtexparser").addHandler(handler)
    try:
        # common_strings: month macros (jan..dec) as jekyll-scholar's BibTeX-Ruby knows them.
        parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False, interpolate_strings=True)
        db = bibtexparser.loads(text, parser=parser)
    finally:
        logging.getLogger("bibtexparser").removeHandler(handler)
    starts = len(re.findall(r"^@(?!comment\b|string\b|preamble\b)[A-Za-z]+\s*[{(]", text, re.M | re.I))
    keys = [e["ID"] for e in db.entries]
    failed = max(0, starts - len(db.entries)) + len(handler.messages)
    return {
        "file": path,
        "entries": len(db.entries),
        "keys_unique": len(set(k.lower() for k in keys)) == len(keys),
        "keys": keys,
        "starts": starts,
        "failed": failed,
        "comments": len(db.comments),
        "log": handler.messages[:5],
    }


def main(argv):
    bad = False
    for path in argv[1:]:
        result = check(path)
        print(json.dumps(result, ensure_ascii=False))
        bad |= result["failed"] > 0 or not result["keys_unique"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
