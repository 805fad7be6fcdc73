#!/usr/bin/env bash
# conformance-jekyll.sh CORPUS_DIR [FLAVOR] — does real Jekyll show every converted publication as Hugo did?
#
# For every Hugo site under CORPUS_DIR (found by scripts/conformance_sites.py, as in scripts/conformance.sh):
#   - migrate convert SITE --to jekyll --flavor FLAVOR (default plain) --out TMP/jekyll;
#   - TMP/jekyll/_config.yml = the written fragment (_config.publications.yml) + "timezone: TZ", built with
#     $ORACLES/jekyll-pages.sh (real Jekyll 4.3) for TZ in Etc/UTC and Pacific/Kiritimati (UTC+14);
#   - Hugo's truth from $ORACLES/hugo-params.sh (sections publication and publications, per language, with the
#     site's timeZone and [permalinks], which the oracle's scratch site would otherwise lack);
# and compares page by page (scripts/conformance_jekyll_compare.py): zero rejected files, and for every Hugo
# publication a Jekyll document with the same URL, title and calendar date.
#
# Environment: ORACLES, MIGRATE, KEEP=1, TIMEZONES (space-separated) — see scripts/conformance.sh.
# Exit status: 0 when every site agrees; 1 on any difference or failed site; 2 on a usage error.
set -euo pipefail

usage() { echo "usage: $0 CORPUS_DIR [plain|academicpages|al-folio]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
CORPUS=$(cd "$1" && pwd)
FLAVOR=${2:-plain}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ -z ${ORACLES:-} ]]; then
  ORACLES=$ROOT/../shared/oracles
  if [[ ! -d $ORACLES ]] && common=$(git -C "$ROOT" rev-parse --path-format=absolute --git-common-dir 2>/dev/null); then
    ORACLES=$(dirname "$common")/../shared/oracles
  fi
fi
[[ -f $ORACLES/jekyll-pages.sh && -f $ORACLES/hugo-params.sh ]] || { echo "conformance-jekyll: oracles not found in $ORACLES" >&2; exit 2; }
if [[ -n ${MIGRATE:-} ]]; then
  read -r -a MIGRATE_CMD <<< "$MIGRATE"
else
  MIGRATE_CMD=(dotnet "$ROOT/src/Migrate.Cli/bin/Debug/net10.0/migrate.dll")
fi
TIMEZONES=${TIMEZONES:-"Etc/UTC Pacific/Kiritimati"}
PY=${PYTHON:-python3}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/conformance-jekyll.XXXXXX")
cleanup() { if [[ -n ${KEEP:-} ]]; then echo "conformance-jekyll: kept $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

"$PY" "$ROOT/scripts/conformance_sites.py" list "$CORPUS" > "$WORK/runs.tsv"
[[ -s $WORK/runs.tsv ]] || { echo "conformance-jekyll: no Hugo site under $CORPUS" >&2; exit 1; }

failed=0
declare -A done_site=()
i=0
while IFS=$'\t' read -r name site lang content excludes tz multi; do
  i=$((i + 1))
  dir=$WORK/$i
  mkdir -p "$dir/hugo"
  [[ $tz == - ]] && tz=""
  src=$content
  if [[ $excludes != - ]]; then
    "$PY" "$ROOT/scripts/conformance_sites.py" copy "$content" "$dir/content" "$excludes"
    src=$dir/content
  fi
  for section in publication publications; do
    extra=$("$PY" "$ROOT/scripts/conformance_sites.py" permalinks "$site")
    [[ -n $tz ]] && extra="timeZone = \"$tz\""$'\n'"$extra"
    HUGO_SECTION=$section HUGO_EXTRA_CONFIG="$extra" bash "$ORACLES/hugo-params.sh" "$src" "$dir/hugo/$section.json" \
      > "$dir/hugo.log" 2>&1 || echo "[]" > "$dir/hugo/$section.json"
  done
  key=$site
  if [[ -z ${done_site[$key]:-} ]]; then
    done_site[$key]=$dir
    if ! "${MIGRATE_CMD[@]}" convert "$site" --to jekyll --flavor "$FLAVOR" --out "$dir/jekyll" > "$dir/migrate.log" 2>&1; then
      echo "conformance-jekyll: $name: migrate reported errors (see below)" >&2
      grep -E 'error' "$dir/migrate.log" | head -5 >&2 || true
    fi
    for zone in $TIMEZONES; do
      site_dir=$dir/site-${zone//\//_}
      cp -r "$dir/jekyll" "$site_dir" 2>/dev/null || mkdir -p "$site_dir"
      { cat "$site_dir/_config.publications.yml" 2>/dev/null; echo "timezone: $zone"; } > "$site_dir/_config.yml"
      bash "$ORACLES/jekyll-pages.sh" "$site_dir" "$dir/jekyll-${zone//\//_}.json" > "$dir/jekyll-${zone//\//_}.log" 2>&1 || true
    done
  fi
  echo -e "$name\t$lang\t$dir\t${done_site[$key]}\t$multi" >> "$WORK/pairs.tsv"
done < "$WORK/runs.tsv"

"$PY" "$ROOT/scripts/conformance_jekyll_compare.py" "$WORK/pairs.tsv" $TIMEZONES || failed=1
exit $failed
