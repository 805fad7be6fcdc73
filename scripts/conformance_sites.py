#!/usr/bin/env python3
"""Find the Hugo sites, languages and content roots of a corpus folder, for scripts/conformance.sh.

Standard library only (any python3 >= 3.8; TOML needs 3.11's tomllib, YAML uses a small block-YAML reader
that covers Hugo config files: mappings, lists, scalars, comments, simple flow lists).

  conformance_sites.py list CORPUS_DIR
      One line per (site root, language) to run, tab-separated:
      SITE_NAME  SITE_ROOT  LANG  CONTENT_DIR  EXCLUDE_GLOBS(|-joined)  TIME_ZONE  MULTILINGUAL(0/1)
      (an empty field is printed as '-', so that shells splitting on tabs keep the columns)
      A site root is a folder with content/ and a Hugo config: the corpus folder itself, or exampleSite/,
      starters/<name>/, templates/<name>/ inside it. Languages follow the site config: contentDir per
      language, or module.mounts with lang (excludeFiles kept); a folder for a language that is not
      configured is not run (Hugo does not build it).
  conformance_sites.py permalinks SITE_ROOT
      The site's [permalinks] as one TOML line (an inline table) for hugo-params.sh's HUGO_EXTRA_CONFIG, or nothing.
  conformance_sites.py copy SRC DST GLOBS
      Copy SRC to DST leaving out files matching the |-joined Hugo mount globs (e.g. {es,ja}/**).
"""
import fnmatch
import json
import os
import re
import shutil
import sys

try:
    import tomllib  # Python 3.11+
except ImportError:  # pragma: no cover
    tomllib = None

CONFIG_FILES = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json")


# ---------------------------------------------------------------- a small YAML subset reader
def _scalar(text):
    t = text.strip()
    if t == "" or t in ("~", "null", "Null", "NULL"):
        return None
    if t[0] in "\"'":
        q = t[0]
        end = t.rfind(q)
        body = t[1:end] if end > 0 else t[1:]
        return body.replace("''", "'") if q == "'" else body.replace('\\"', '"')
    if t.startswith("[") and t.endswith("]"):
        inner = t[1:-1].strip()
        return [] if not inner else [_scalar(x) for x in _split_flow(inner)]
    if t.startswith("{") and t.endswith("}"):
        out = {}
        for part in _split_flow(t[1:-1]):
            if ":" in part:
                k, v = part.split(":", 1)
                out[str(_scalar(k))] = _scalar(v)
        return out
    if t in ("true", "True", "TRUE", "yes", "on"):
        return True
    if t in ("false", "False", "FALSE", "no", "off"):
        return False
    if re.fullmatch(r"[-+]?\d+", t):
        return int(t)
    return t


def _split_flow(s):
    parts, depth, cur, quote = [], 0, "", None
    for ch in s:
        if quote:
            cur += ch
            if ch == quote:
                quote = None
            continue
        if ch in "\"'":
            quote = ch
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
            continue
        cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts


def _strip_comment(line):
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
            return line[:i].rstrip()
    return line.rstrip()


def yaml_load(text):
    lines = []
    for raw in text.splitlines():
        if raw.strip() in ("---", "..."):
            continue
        line = _strip_comment(raw.replace("\t", "  "))
        if line.strip():
            lines.append((len(line) - len(line.lstrip(" ")), line.strip()))
    value, _ = _block(lines, 0, lines[0][0] if lines else 0)
    return value if value is not None else {}


def _block(lines, i, indent):
    if i >= len(lines):
        return None, i
    if lines[i][1].startswith("- ") or lines[i][1] == "-":
        out = []
        while i < len(lines) and lines[i][0] == indent and (lines[i][1].startswith("- ") or lines[i][1] == "-"):
            rest = lines[i][1][1:].strip()
            if not rest:
                value, i = _block(lines, i + 1, lines[i + 1][0] if i + 1 < len(lines) else indent + 2)
                out.append(value)
                continue
            if re.match(r"^[^\s\"'\[{][^:]*:(\s|$)", rest) or re.match(r"^[\"'][^\"']*[\"']:(\s|$)", rest):
                # a mapping starting on the dash line: re-read it as a block at the item's indent
                item_indent = indent + (len(lines[i][1]) - len(rest))
                lines[i] = (item_indent, rest)
                value, i = _block(lines, i, item_indent)
                out.append(value)
                continue
            out.append(_scalar(rest))
            i += 1
        return out, i
    out = {}
    while i < len(lines) and lines[i][0] == indent:
        text = lines[i][1]
        m = re.match(r"^(\"[^\"]*\"|'[^']*'|[^:]+?)\s*:(?:\s+(.*)|$)", text)
        if not m:
            i += 1
            continue
        key = str(_scalar(m.group(1)))
        rest = (m.group(2) or "").strip()
        i += 1
        if rest in ("|", ">", "|-", ">-", "|+", ">+"):
            body = []
            while i < len(lines) and lines[i][0] > indent:
                body.append(lines[i][1])
                i += 1
            out[key] = "\n".join(body)
        elif rest:
            out[key] = _scalar(rest)
        elif i < len(lines) and (lines[i][0] > indent or (lines[i][0] == indent and lines[i][1].startswith("-"))):
            out[key], i = _block(lines, i, lines[i][0])
        else:
            out[key] = None
    return out, i


# ---------------------------------------------------------------- config loading
def load_file(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    try:
        if path.endswith(".toml"):
            if tomllib is None:
                sys.stderr.write("conformance_sites: python3 >= 3.11 needed to read %s\n" % path)
                return {}
            return tomllib.loads(text)
        if path.endswith(".json"):
            return json.loads(text)
        return yaml_load(text) or {}
    except Exception as exc:  # a broken config must not stop the whole run
        sys.stderr.write("conformance_sites: cannot read %s: %s\n" % (path, exc))
        return {}


def merge(into, extra):
    for k, v in (extra or {}).items():
        if isinstance(v, dict) and isinstance(into.get(k), dict):
            merge(into[k], v)
        else:
            into.setdefault(k, v)
    return into


def lower_keys(d):
    return {str(k).lower(): v for k, v in d.items()} if isinstance(d, dict) else {}


def site_config(root):
    """The site's config: the root config file, then config/_default/* (languages.*, module.*, params.* become keys)."""
    cfg = {}
    for name in CONFIG_FILES:
        p = os.path.join(root, name)
        if os.path.isfile(p):
            merge(cfg, lower_keys(load_file(p)))
            break
    d = os.path.join(root, "config", "_default")
    if os.path.isdir(d):
        for name in sorted(os.listdir(d)):
            p = os.path.join(d, name)
            base, ext = os.path.splitext(name)
            if ext not in (".toml", ".yaml", ".yml", ".json") or not os.path.isfile(p):
                continue
            data = lower_keys(load_file(p))
            if base in ("config", "hugo"):
                merge(cfg, data)
            else:
                merge(cfg, {base.lower(): data})
    return cfg


def is_site_root(path):
    if not os.path.isdir(os.path.join(path, "content")):
        return False
    return any(os.path.isfile(os.path.join(path, n)) for n in CONFIG_FILES) or os.path.isdir(os.path.join(path, "config", "_default"))


def site_roots(folder):
    cands = [folder, os.path.join(folder, "exampleSite")]
    for sub in ("starters", "templates"):
        d = os.path.join(folder, sub)
        if os.path.isdir(d):
            cands += [os.path.join(d, n) for n in sorted(os.listdir(d))]
    return [c for c in cands if os.path.isdir(c) and is_site_root(c)]


def runs_for(root):
    """(lang, content_dir, excludes) for every language Hugo builds; lang '' for a monolingual site."""
    cfg = site_config(root)
    langs = lower_keys(cfg.get("languages") or {})
    default = str(cfg.get("defaultcontentlanguage") or "en").lower()
    content_dir = str(cfg.get("contentdir") or "content")
    module = lower_keys(cfg.get("module") or {})
    mounts = [lower_keys(m) for m in (module.get("mounts") or []) if isinstance(m, dict)]
    content_mounts = [m for m in mounts if str(m.get("target", "")).strip("/") == "content"]
    runs = []
    if any(m.get("lang") for m in content_mounts):
        for m in content_mounts:
            lang = str(m.get("lang") or default).lower()
            if langs and lang not in langs:
                continue  # a language the config does not declare is not built
            excl = m.get("excludefiles") or []
            if isinstance(excl, str):
                excl = [excl]
            runs.append((lang, os.path.join(root, str(m.get("source"))), [str(x) for x in excl]))
    elif any(isinstance(v, dict) and lower_keys(v).get("contentdir") for v in langs.values()):
        for lang, v in sorted(langs.items()):
            if lower_keys(v).get("disabled"):
                continue
            cd = lower_keys(v).get("contentdir") or content_dir
            runs.append((lang, os.path.join(root, str(cd)), []))
    else:
        runs.append(("", os.path.join(root, content_dir), []))
    tz = str(cfg.get("timezone") or "")
    multi = 1 if len(runs) > 1 else 0
    return [(lang, cd, excl, tz, multi) for lang, cd, excl in runs if os.path.isdir(cd)]


def permalinks_toml(root):
    """The site's [permalinks] for sections (Hugo >= 0.112's {page: {...}} form too) as one TOML line, or ''.

    hugo-params.sh builds a scratch site without the real config, so a site that moves its publications with
    permalinks (e.g. publications: /publication/:slug/) needs them passed in HUGO_EXTRA_CONFIG. An inline table,
    because the text is prepended to the oracle's own config (a [table] header would swallow its top-level keys)."""
    perm = lower_keys(site_config(root).get("permalinks") or {})
    if isinstance(perm.get("page"), dict):
        perm = lower_keys(perm["page"])
    items = [(k, v) for k, v in sorted(perm.items()) if isinstance(v, str)]
    if not items:
        return ""
    return "permalinks = { " + ", ".join(f"{json.dumps(k)} = {json.dumps(v)}" for k, v in items) + " }"


def expand_braces(glob):
    m = re.search(r"\{([^{}]*)\}", glob)
    if not m:
        return [glob]
    out = []
    for alt in m.group(1).split(","):
        out += expand_braces(glob[: m.start()] + alt + glob[m.end():])
    return out


def excluded(rel, globs):
    for g in globs:
        for pat in expand_braces(g):
            if fnmatch.fnmatchcase(rel, pat) or (pat.endswith("/**") and (rel + "/").startswith(pat[:-2])):
                return True
            if pat.startswith("**/") and fnmatch.fnmatchcase(rel, pat[3:]):
                return True
    return False


def copy_tree(src, dst, globs):
    for dirpath, dirnames, filenames in os.walk(src):
        rel_dir = os.path.relpath(dirpath, src)
        rel_dir = "" if rel_dir == "." else rel_dir.replace(os.sep, "/")
        for f in filenames:
            rel = (rel_dir + "/" + f) if rel_dir else f
            if excluded(rel, globs):
                continue
            target = os.path.join(dst, rel)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copy2(os.path.join(dirpath, f), target)
    os.makedirs(dst, exist_ok=True)


def main(argv):
    if len(argv) >= 2 and argv[0] == "list":
        corpus = os.path.abspath(argv[1])
        for name in sorted(os.listdir(corpus)):
            folder = os.path.join(corpus, name)
            if not os.path.isdir(folder):
                continue
            for root in site_roots(folder):
                rel = os.path.relpath(root, corpus).replace(os.sep, "/")
                for lang, cd, excl, tz, multi in runs_for(root):
                    fields = [rel, root, lang, os.path.abspath(cd), "|".join(excl), tz, str(multi)]
                    print("\t".join(f if f else "-" for f in fields))
        return 0
    if len(argv) == 2 and argv[0] == "permalinks":
        line = permalinks_toml(argv[1])
        if line:
            print(line)
        return 0
    if len(argv) == 4 and argv[0] == "copy":
        copy_tree(argv[1], argv[2], [g for g in argv[3].split("|") if g])
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
