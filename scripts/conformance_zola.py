#!/usr/bin/env python3
"""Check one site's Zola output for scripts/conformance-zola.sh (standard library only, Python 3.11+).

  conformance_zola.py NAME ZOLA_OUT PUBLICATIONS_JSON PATHS_JSON [LANG=HUGO_PARAMS_JSON...]

ZOLA_OUT is migrate's --to zola output, PUBLICATIONS_JSON migrate's --to json output for the same site (the
lossless tree with every comment, and Hugo's URL), PATHS_JSON zola-check.py's --paths-json (the URL Zola serves
each page at, and its aliases). HUGO_PARAMS_JSON files (hugo-params.sh output) are the URL truth when given;
otherwise the URL migrate's reader computed (checked against Hugo elsewhere) is used.

Prints one tab-separated line:
  NAME pages toml_failures comments_source comments_carried urls_checked urls_missing
and then one line per problem, prefixed with '  '. Exit 1 when anything failed.
"""
import json
import os
import sys
import tomllib
import urllib.parse


def front_matter(text):
    if not text.startswith("+++\n"):
        return None
    end = text.find("\n+++\n", 3)
    if end < 0 and text.endswith("\n+++"):
        end = len(text) - 4
    return text[4:end + 1] if end >= 0 else None


def comments(node, out):
    if not isinstance(node, dict):
        return
    t = node.get("type")
    if t == "mapping" or "entries" in node:
        for e in node.get("entries", []):
            out.extend(c["text"] for c in e.get("leadingComments", []))
            if e.get("trailingComment"):
                out.append(e["trailingComment"]["text"])
            comments(e.get("value"), out)
        out.extend(c["text"] for c in node.get("endComments", []))
    elif t == "sequence":
        for i in node.get("items", []):
            out.extend(c["text"] for c in i.get("leadingComments", []))
            if i.get("trailingComment"):
                out.append(i["trailingComment"]["text"])
            comments(i.get("value"), out)
        out.extend(c["text"] for c in node.get("endComments", []))


def sanitize(text):
    # The writer replaces control characters in comments with U+FFFD (TOML comments cannot hold them).
    return "".join(c if c == "\t" or (c >= " " and c != "\x7f") else "\ufffd" for c in text)


def main(argv):
    name, zola_out, pubs_json, paths_json = argv[:4]
    hugo_files = argv[4:]
    problems = []
    content = os.path.join(zola_out, "content")

    pages = {}  # source site path -> (file, front matter text)
    toml_failures = 0
    n_pages = 0
    for root, _, files in os.walk(content):
        for f in sorted(files):
            if not f.endswith(".md"):
                continue
            path = os.path.join(root, f)
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            fm = front_matter(text)
            rel = os.path.relpath(path, content)
            if fm is None:
                toml_failures += 1
                problems.append(f"{rel}: no +++ front matter")
                continue
            try:
                data = tomllib.loads(fm)
            except tomllib.TOMLDecodeError as e:
                toml_failures += 1
                problems.append(f"{rel}: tomllib: {e}")
                continue
            if f.startswith("_index"):
                continue
            n_pages += 1
            src = (((data.get("extra") or {}).get("migrate") or {}).get("source"))
            if src:
                pages[src] = (rel, fm)

    with open(pubs_json, encoding="utf-8") as fh:
        pubs = json.load(fh)["publications"]
    with open(paths_json, encoding="utf-8") as fh:
        served = {p["file"]: p for p in json.load(fh)}

    # hugo-params.sh builds a one-language scratch site, so its URLs have no language prefix: each file is given as
    # LANG=PATH ('-' for a monolingual site) and pages are looked up by (language, content path).
    hugo_urls = {}
    for arg in hugo_files:
        lang, _, hf = arg.partition("=")
        with open(hf, encoding="utf-8") as fh:
            for p in json.load(fh):
                hugo_urls[(None if lang == "-" else lang, p["path"])] = p.get("relPermalink")

    # Every URL the Zola site serves. Two source pages can share one Hugo URL (Hugo serves the last); Zola refuses
    # the collision, so the URL counts as kept when any page serves it.
    all_served = set()
    for sp in served.values():
        for u in [sp["url_path"]] + list(sp.get("aliases") or []):
            all_served.add(urllib.parse.unquote(u).rstrip("/"))

    n_source = n_carried = n_urls = n_url_missing = 0
    for p in pubs:
        if p.get("skipReason") or not p.get("frontMatter"):
            continue
        src = p["source"]["sitePath"]
        if src not in pages:
            problems.append(f"{src}: no Zola page")
            continue
        rel, fm = pages[src]
        found = []
        comments(p["frontMatter"], found)
        n_source += len(found)
        for c in found:
            if sanitize(c) in fm:
                n_carried += 1
            else:
                problems.append(f"{rel}: comment not carried: {c!r}")

        page = served.get(rel.replace(os.sep, "/"))
        if hugo_urls:
            hugo = hugo_urls.get((p["source"].get("language"), p["source"]["contentPath"]))
            parts = os.path.basename(rel).split(".")
            if hugo is not None and len(parts) == 3:  # index.<lang>.md: a non-default language, served under /<lang>/
                hugo = "/" + parts[1] + hugo
        else:
            hugo = (p.get("hugo") or {}).get("url")
        if hugo is None or page is None:
            continue
        n_urls += 1
        want = urllib.parse.unquote(urllib.parse.urlsplit(hugo).path)
        have = [page["url_path"]] + list(page.get("aliases") or [])
        if not any(urllib.parse.unquote(h).rstrip("/") == want.rstrip("/") for h in have) and want.rstrip("/") not in all_served:
            n_url_missing += 1
            problems.append(f"{rel}: Hugo URL {want} not served (Zola: {page['url_path']})")

    print("\t".join(str(x) for x in (name, n_pages, toml_failures, n_source, n_carried, n_urls, n_url_missing)))
    for pr in problems:
        print("  " + pr)
    return 1 if toml_failures or n_carried < n_source or n_url_missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
