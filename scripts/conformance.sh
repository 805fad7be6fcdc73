#!/usr/bin/env bash
# conformance.sh CORPUS_DIR — does migrate read every publication page the way Hugo does?
#
# For every site folder in CORPUS_DIR (the folder itself, or exampleSite/, starters/<name>/, templates/<name>/
# inside it: any folder with content/ and a Hugo config), and for every language the site's config builds
# (contentDir per language, or module.mounts with lang; an unconfigured language folder is skipped), this runs
#   - Hugo's oracle, $ORACLES/hugo-params.sh, on the content root with HUGO_SECTION=publication and again with
#     HUGO_SECTION=publications (the 2026 kit's section); the site's timeZone is passed on;
#   - migrate, once per site root: $MIGRATE convert SITE_ROOT --to json --out TMP (publications.json);
# and compares them page by page with scripts/conformance_compare.py (title, dates, draft, every params key).
# Known, documented differences live in scripts/conformance-known-differences.tsv.
#
# Environment:
#   ORACLES  folder holding hugo-params.sh (default: ../shared/oracles next to the repo root)
#   MIGRATE  command that runs migrate (default: dotnet run --project src/Migrate.Cli --no-build -c Release --)
#   KNOWN    known-differences file (default: scripts/conformance-known-differences.tsv)
#   KEEP=1   keep the temp folder (printed at the end)
# Exit status: 0 when every page agrees (or differs only as listed); 1 on any unlisted difference or a failed
# site; 2 on a usage error.
set -euo pipefail

usage() { echo "usage: $0 CORPUS_DIR" >&2; exit 2; }
[[ $# -eq 1 ]] || usage
CORPUS=$1
[[ -d $CORPUS ]] || { echo "conformance: CORPUS_DIR '$CORPUS' is not a directory" >&2; exit 2; }
CORPUS=$(cd "$CORPUS" && pwd)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ -z ${ORACLES:-} ]]; then
  ORACLES=$ROOT/../shared/oracles
  if [[ ! -d $ORACLES ]] && common=$(git -C "$ROOT" rev-parse --path-format=absolute --git-common-dir 2>/dev/null); then
    ORACLES=$(dirname "$common")/../shared/oracles # a git worktree: next to the main checkout
  fi
fi
ORACLE=$ORACLES/hugo-params.sh
[[ -f $ORACLE ]] || { echo "conformance: oracle not found: $ORACLE (set ORACLES)" >&2; exit 2; }
KNOWN=${KNOWN:-$ROOT/scripts/conformance-known-differences.tsv}
if [[ -n ${MIGRATE:-} ]]; then
  read -r -a MIGRATE_CMD <<< "$MIGRATE"
else
  MIGRATE_CMD=(dotnet run --project "$ROOT/src/Migrate.Cli" --no-build -c Release --)
fi
PY=${PYTHON:-python3}
SITES_PY=$ROOT/scripts/conformance_sites.py
COMPARE_PY=$ROOT/scripts/conformance_compare.py

WORK=$(mktemp -d "${TMPDIR:-/tmp}/conformance.XXXXXX")
cleanup() { if [[ -n ${KEEP:-} ]]; then echo "conformance: kept $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

"$PY" "$SITES_PY" list "$CORPUS" > "$WORK/runs.tsv"
if [[ ! -s $WORK/runs.tsv ]]; then
  echo "conformance: no Hugo site (content/ + config) found under $CORPUS" >&2
  exit 1
fi

n=0
results=()
prev_site=""
site_args=()
site_failed=0

finish_site() { # compare the site collected so far
  [[ -n $prev_site ]] || return 0
  local idx=$1
  local out=$WORK/site$idx
  if [[ $site_failed -eq 0 ]]; then
    mkdir -p "$out/migrate"
    local rc=0
    "${MIGRATE_CMD[@]}" convert "$prev_root" --to json --out "$out/migrate" > "$out/migrate.log" 2>&1 || rc=$?
    if [[ $rc -ne 0 ]]; then
      echo "conformance: migrate convert failed for $prev_site (exit $rc); last lines:" >&2
      tail -n 5 "$out/migrate.log" | sed 's/^/    /' >&2
    fi
  fi
  local extra=()
  [[ $prev_multi == 1 ]] && extra+=(--multilingual)
  "$PY" "$COMPARE_PY" site --site "$prev_site" --migrate "$out/migrate/publications.json" \
    --known "$KNOWN" --result "$out/result.json" "${extra[@]}" "${site_args[@]}" || true
  if [[ $site_failed -ne 0 ]]; then
    "$PY" - "$out/result.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); r["failed"] = True; json.dump(r, open(sys.argv[1], "w"))
PY
  fi
  results+=("$out/result.json")
}

while IFS=$'\t' read -r site root lang content excludes tz multi; do
  [[ $lang == - ]] && lang=""
  [[ $excludes == - ]] && excludes=""
  [[ $tz == - ]] && tz=""
  if [[ $site != "$prev_site" ]]; then
    finish_site "$n"
    n=$((n + 1))
    prev_site=$site; prev_root=$root; prev_multi=$multi
    site_args=(); site_failed=0
    mkdir -p "$WORK/site$n"
  fi
  dir=$content
  if [[ -n $excludes ]]; then
    dir=$WORK/site$n/content-${lang:-default}
    "$PY" "$SITES_PY" copy "$content" "$dir" "$excludes"
  fi
  extra_config=""
  [[ -n $tz ]] && extra_config="timeZone = \"$tz\""
  for section in publication publications; do
    out=$WORK/site$n/hugo-${lang:-default}-$section.json
    if HUGO_SECTION=$section HUGO_EXTRA_CONFIG=$extra_config bash "$ORACLE" "$dir" "$out" 2> "$out.log"; then
      site_args+=(--oracle "$lang=$out")
    else
      echo "conformance: hugo-params.sh failed for $site ${lang:+[$lang] }($section); last lines:" >&2
      tail -n 5 "$out.log" | sed 's/^/    /' >&2
      site_failed=1
    fi
  done
done < "$WORK/runs.tsv"
finish_site "$n"

echo
"$PY" "$COMPARE_PY" summarize "${results[@]}"
