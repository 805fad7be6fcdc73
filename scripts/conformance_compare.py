#!/usr/bin/env python3
"""Compare what Hugo reads (hugo-params.sh output) with what migrate reads (publications.json), page by page.

Standard library only; runs with any python3 (3.6+).

  conformance_compare.py site --site NAME --migrate PUBLICATIONS_JSON [--oracle LANG=HUGO_JSON ...]
                              [--multilingual] [--known KNOWN_TSV] [--result RESULT_JSON] [--max-shown N]
      Compares one site. --oracle may repeat (one per language and section run; LANG empty for a
      monolingual site). Pages are matched by content path (relative to the language's content root),
      plus language when --multilingual. Compared: title, date, publishDate, lastmod, expiryDate, draft
      and every key of params (as params.KEY). Prints a table; writes counts to RESULT_JSON.
  conformance_compare.py summarize RESULT_JSON...
      Prints the totals and the final line "N pages agree, M disagree"; exit 1 when M > 0 or a site failed.

Known differences (KNOWN_TSV, tab-separated, '#' comments): site, content path, field, reason.
The content path is 'publication/x/index.md', or 'LANG:publication/x/index.md' on a multilingual site;
site, path and field may use shell globs ('*', 'params.*'); the field '(presence)' covers a page found on
one side only. A listed difference is shown but does not fail the run; an unlisted one does.
"""
import fnmatch
import json
import os
import sys

FIELDS = ("title", "date", "publishDate", "lastmod", "expiryDate", "draft")


def load_json(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def same(a, b):
    """JSON equality with numbers compared by value (1 == 1.0, 12345678901234567000 == 1.2345678901234567e19)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return type(a) == type(b) and a == b


def short(v, limit=70):
    s = json.dumps(v, ensure_ascii=False, sort_keys=True)
    return s if len(s) <= limit else s[: limit - 3] + "..."


def differences(hugo, mig):
    """(field, hugo value, migrate value) for each field that differs; params compared key by key."""
    out = []
    for f in FIELDS:
        hv, mv = hugo.get(f), mig.get(f)
        if not same(hv, mv):
            out.append((f, hv, mv))
    hp = hugo.get("params") or {}
    mp = mig.get("params") or {}
    if not isinstance(mp, dict):
        out.append(("params", hp, mp))
        return out
    for k in sorted(set(hp) | set(mp)):
        if k not in mp:
            out.append(("params." + k, hp[k], "<missing>"))
        elif k not in hp:
            out.append(("params." + k, "<missing>", mp[k]))
        elif not same(hp[k], mp[k]):
            out.append(("params." + k, hp[k], mp[k]))
    return out


def load_known(path):
    rows = []
    if not path or not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 4 or not cols[3].strip():
                raise SystemExit("%s:%d: expected 4 tab-separated columns (site, content path, field, reason)" % (path, n))
            rows.append((cols[0], cols[1], cols[2], cols[3]))
    return rows


def known_reason(known, site, key, field):
    for s, p, f, reason in known:
        if fnmatch.fnmatchcase(site, s) and fnmatch.fnmatchcase(key, p) and fnmatch.fnmatchcase(field, f):
            return reason
    return None


def page_key(lang, path, multilingual):
    return "%s:%s" % (lang, path) if multilingual else path


def hugo_pages(oracles, multilingual):
    pages = {}
    for lang, path in oracles:
        for p in load_json(path):
            pages[page_key(lang, p["path"], multilingual)] = p
    return pages


def migrate_pages(path, multilingual):
    pages = {}
    data = load_json(path)
    for entry in data.get("publications", []):
        src = entry.get("source") or {}
        cp = (src.get("contentPath") or "").replace("\\", "/")
        lang = (src.get("language") or "").lower()
        pages[page_key(lang, cp, multilingual)] = entry.get("hugo") or {}
    return pages


def compare_site(site, hugo, mig, known, max_shown=3):
    """Returns (result dict, printed lines)."""
    lines = []
    res = {"site": site, "pages": 0, "agree": 0, "disagree": 0, "known": 0,
           "onlyHugo": 0, "onlyMigrate": 0, "failed": False}
    rows = []
    for key in sorted(set(hugo) | set(mig)):
        res["pages"] += 1
        if key not in mig or key not in hugo:
            side = "hugo" if key not in mig else "migrate"
            res["onlyHugo" if side == "hugo" else "onlyMigrate"] += 1
            reason = known_reason(known, site, key, "(presence)")
            if reason:
                res["known"] += 1
                res["agree"] += 1
                rows.append(("known", key, ["only in %s (known: %s)" % (side, reason)]))
            else:
                res["disagree"] += 1
                rows.append(("DISAGREE", key, ["only in %s" % side]))
            continue
        diffs = differences(hugo[key], mig[key])
        unlisted, listed = [], []
        for field, hv, mv in diffs:
            reason = known_reason(known, site, key, field)
            text = "%s: hugo %s vs migrate %s" % (field, short(hv), short(mv))
            (listed if reason else unlisted).append(text + (" (known: %s)" % reason if reason else ""))
        if unlisted:
            res["disagree"] += 1
            rows.append(("DISAGREE", key, unlisted[:max_shown] + (["... %d more" % (len(unlisted) - max_shown)] if len(unlisted) > max_shown else [])))
        else:
            res["agree"] += 1
            if listed:
                res["known"] += 1
                rows.append(("known", key, listed[:max_shown]))
    lines.append("== %s: %d pages, %d agree, %d disagree (%d with known differences; only in hugo %d, only in migrate %d)"
                 % (site, res["pages"], res["agree"], res["disagree"], res["known"], res["onlyHugo"], res["onlyMigrate"]))
    for status, key, texts in rows:
        lines.append("   %-8s %s" % (status, key))
        for t in texts:
            lines.append("            %s" % t)
    return res, lines


def cmd_site(args):
    site, migrate, result, known_path, multilingual, oracles, max_shown = None, None, None, None, False, [], 3
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--multilingual":
            multilingual = True
            i += 1
            continue
        if i + 1 >= len(args):
            raise SystemExit("conformance_compare: %s needs a value" % a)
        v = args[i + 1]
        if a == "--site":
            site = v
        elif a == "--migrate":
            migrate = v
        elif a == "--result":
            result = v
        elif a == "--known":
            known_path = v
        elif a == "--max-shown":
            max_shown = int(v)
        elif a == "--oracle":
            lang, _, path = v.partition("=")
            oracles.append((lang.lower(), path))
        else:
            raise SystemExit("conformance_compare: unknown option %s" % a)
        i += 2
    if not site or not migrate:
        raise SystemExit("conformance_compare: --site and --migrate are required")
    known = load_known(known_path)
    hugo = hugo_pages(oracles, multilingual)
    failed = False
    if os.path.exists(migrate):
        mig = migrate_pages(migrate, multilingual)
    else:
        print("== %s: migrate output %s is missing (did migrate convert fail?)" % (site, migrate))
        mig, failed = {}, True
    res, lines = compare_site(site, hugo, mig, known, max_shown)
    res["failed"] = res["failed"] or failed
    print("\n".join(lines))
    if result:
        with open(result, "w", encoding="utf-8") as fh:
            json.dump(res, fh)
    return 0 if res["disagree"] == 0 and not res["failed"] else 1


def cmd_summarize(paths):
    total = {"pages": 0, "agree": 0, "disagree": 0, "known": 0, "onlyHugo": 0, "onlyMigrate": 0}
    failed = []
    for p in paths:
        r = load_json(p)
        for k in total:
            total[k] += r.get(k, 0)
        if r.get("failed"):
            failed.append(r.get("site", p))
    print("sites: %d; pages: %d; known differences on %d page(s); only in hugo: %d; only in migrate: %d"
          % (len(paths), total["pages"], total["known"], total["onlyHugo"], total["onlyMigrate"]))
    for s in failed:
        print("FAILED: %s" % s)
    print("%d pages agree, %d disagree" % (total["agree"], total["disagree"]))
    return 0 if total["disagree"] == 0 and not failed else 1


def main(argv):
    if argv and argv[0] == "site":
        return cmd_site(argv[1:])
    if argv and argv[0] == "summarize":
        return cmd_summarize(argv[1:])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
