#!/usr/bin/env python3
"""Compare Hugo's oracle output with Jekyll's (jekyll-pages.sh) for scripts/conformance-jekyll.sh.

  conformance_jekyll_compare.py PAIRS_TSV TZ...
PAIRS_TSV lines: NAME LANG HUGO_RUN_DIR JEKYLL_RUN_DIR [MULTILINGUAL]. Every Hugo publication (hugo/publication*.json
in the run dir) must have a Jekyll document with the same URL (percent-decoded), title and calendar date (first 10
characters, under every timezone). hugo-params.sh builds one language at a time without the site's language setup,
so for a multilingual site (MULTILINGUAL=1) the page's URL may also carry the '/LANG' prefix Hugo gives it there:
'/LANG' + URL is tried first, then the URL as is (the default language without a prefix); Jekyll must reject no file. Hugo pages with the zero date (no date at all) are counted
separately: migrate writes no date for them and warns. Prints one line per site and a total; exit 1 on a failure.
"""
import json
import os
import sys
from urllib.parse import unquote


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def main():
    pairs, zones = sys.argv[1], sys.argv[2:]
    sites = {}
    for line in open(pairs, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        name, lang, hugo_dir, jekyll_dir = fields[:4]
        multi = len(fields) > 4 and fields[4] == "1"
        sites.setdefault((name, jekyll_dir), []).append((hugo_dir, lang if multi and lang not in ("", "-") else ""))
    total = {"pages": 0, "ok": 0, "nodate": 0, "bad": 0, "rejected": 0}
    failed = False
    for (name, jekyll_dir), hugo_dirs in sorted(sites.items()):
        hugo = []
        for d, lang in hugo_dirs:
            for section in ("publication", "publications"):
                hugo.extend((lang, page) for page in load(os.path.join(d, "hugo", section + ".json")) or [])
        problems, ok, nodate, rejected = [], 0, 0, 0
        for zone in zones:
            records = load(os.path.join(jekyll_dir, "jekyll-" + zone.replace("/", "_") + ".json"))
            if records is None:
                problems.append(f"[{zone}] jekyll-pages produced no output")
                continue
            docs = {}
            for r in records:
                if r.get("kind") == "document":
                    if r.get("errors"):
                        rejected += 1
                        problems.append(f"[{zone}] rejected {r['path']}: {r['errors'][0].get('message', '')[:120]}")
                    docs.setdefault(unquote(r["page"].get("url", "")), []).append(r)
                elif r.get("kind") in ("static", "skipped") and r.get("path", "").startswith("_publications/"):
                    rejected += 1
                    problems.append(f"[{zone}] {r['kind']} {r['path']}")
            for lang, page in hugo:
                url = unquote(page.get("relPermalink", ""))
                doc = None
                for candidate in (["/" + lang + url] if lang else []) + [url]:
                    shared = docs.get(candidate)
                    if shared:
                        # Two sources Hugo gives one URL (a duplicate slug): the page agrees when one of them matches.
                        same = [r for r in shared if str(r["page"].get("title")) == page.get("title")
                                and str(r["page"].get("date", ""))[:10] == page.get("date", "")[:10]]
                        doc = (same or shared)[0]
                        url = candidate
                        break
                if doc is None:
                    problems.append(f"[{zone}] no Jekyll document at {url} ({page.get('path')})")
                    continue
                p = doc["page"]
                if str(p.get("title")) != page.get("title"):
                    problems.append(f"[{zone}] {url}: title {p.get('title')!r} != Hugo {page.get('title')!r}")
                    continue
                if page.get("date", "").startswith("0001-01-01"):
                    nodate += 1
                    continue
                if str(p.get("date", ""))[:10] != page["date"][:10]:
                    problems.append(f"[{zone}] {url}: date {str(p.get('date'))[:10]} != Hugo {page['date'][:10]}")
                    continue
                ok += 1
        n = len(hugo) * len(zones)
        status = "OK" if not problems else "DIFF"
        failed |= bool(problems)
        print(f"{status}\t{name}\t{len(hugo)} publications x {len(zones)} zones: {ok} agree, {nodate} without date, {len(problems)} problems, {rejected} rejected")
        for pr in problems[:10]:
            print("\t" + pr)
        total["pages"] += n
        total["ok"] += ok
        total["nodate"] += nodate
        total["bad"] += len(problems)
        total["rejected"] += rejected
    print(f"TOTAL\t{total['pages']} page checks: {total['ok']} agree (title, day, URL), {total['nodate']} without date, {total['bad']} problems, {total['rejected']} rejected files")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
