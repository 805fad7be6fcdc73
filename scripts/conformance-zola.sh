#!/usr/bin/env bash
# conformance-zola.sh CORPUS_DIR — does migrate's Zola output load in Zola, keep every comment and every URL?
#
# For every Hugo site root in CORPUS_DIR (found by scripts/conformance_sites.py), this runs
#   - migrate convert SITE --to zola and --to json (the JSON holds the lossless tree: the comment truth);
#   - $ORACLES/zola-check.py on the Zola content/ (Zola 0.22's rules, with the zola.toml migrate wrote):
#     errors, warnings, and "unknown key ... silently ignored" warnings are counted;
#   - scripts/conformance_zola.py: every front matter parses with Python's tomllib (TOML 1.0); every comment of the
#     source front matter appears in the page's TOML; every page is served at Hugo's URL (path or alias).
#     With HUGO=1 Hugo's own relPermalink (hugo-params.sh) is the URL truth for monolingual sites, else (and for
#     multilingual sites) the URL migrate's reader computed.
# It ends with a table and a totals line. Environment: ORACLES, MIGRATE (as in conformance.sh), HUGO=1, KEEP=1.
# Exit status: 0 when every site has no Zola error, no unknown-key warning, no TOML failure, every comment carried
# and every URL served; 1 otherwise; 2 on a usage error.
set -euo pipefail

[[ $# -eq 1 && -d $1 ]] || { echo "usage: $0 CORPUS_DIR" >&2; exit 2; }
CORPUS=$(cd "$1" && pwd)
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ -z ${ORACLES:-} ]]; then
  ORACLES=$ROOT/../shared/oracles
  if [[ ! -d $ORACLES ]] && common=$(git -C "$ROOT" rev-parse --path-format=absolute --git-common-dir 2>/dev/null); then
    ORACLES=$(dirname "$common")/../shared/oracles
  fi
fi
[[ -f $ORACLES/zola-check.py ]] || { echo "conformance-zola: zola-check.py not found in $ORACLES (set ORACLES)" >&2; exit 2; }
if [[ -n ${MIGRATE:-} ]]; then
  read -r -a MIGRATE_CMD <<< "$MIGRATE"
else
  MIGRATE_CMD=(dotnet run --project "$ROOT/src/Migrate.Cli" --no-build -c Release --)
fi
PY=${PYTHON:-python3}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/conformance-zola.XXXXXX")
cleanup() { if [[ -n ${KEEP:-} ]]; then echo "conformance-zola: kept $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

"$PY" "$ROOT/scripts/conformance_sites.py" list "$CORPUS" > "$WORK/runs.tsv"
status=0
tot=(0 0 0 0 0 0 0 0 0)
printf '%-70s %6s %6s %8s %7s %6s %9s %6s %8s\n' site pages errors warnings unknown toml comments urls url-miss
declare -A seen=()
while IFS=$'\t' read -r name root lang content_dir _excl _tz _multi; do
  [[ -n ${seen[$root]:-} ]] && continue
  seen[$root]=1
  safe=${name//\//__}
  out=$WORK/zola/$safe
  "${MIGRATE_CMD[@]}" convert "$root" --to zola --out "$out" > "$WORK/$safe.zola.log" 2>&1 || true
  "${MIGRATE_CMD[@]}" convert "$root" --to json --out "$WORK/json/$safe" > "$WORK/$safe.json.log" 2>&1 || true
  if [[ ! -d $out/content ]]; then
    echo "$name: migrate wrote no content/ (see $WORK/$safe.zola.log)"; status=1; continue
  fi
  "$PY" "$ORACLES/zola-check.py" "$out/content" --paths-json "$WORK/$safe.paths.json" > "$WORK/$safe.check.txt" 2>&1 || true
  errors=$(grep -c ': error: ' "$WORK/$safe.check.txt" || true)
  warnings=$(grep -c ': warning: ' "$WORK/$safe.check.txt" || true)
  unknown=$(grep -c 'silently ignored' "$WORK/$safe.check.txt" || true)
  hugo_args=()
  # hugo-params.sh builds a one-language scratch site, so it cannot say where Hugo puts a multilingual site's
  # language prefixes; those sites are checked against the reader's URL instead.
  if [[ -n ${HUGO:-} && $_multi != 1 ]]; then
    while IFS=$'\t' read -r n2 r2 l2 c2 _; do
      [[ $r2 == "$root" ]] || continue
      for sec in publication publications; do
        f=$WORK/$safe.hugo.$sec.${l2//-/_}.json
        HUGO_SECTION=$sec bash "$ORACLES/hugo-params.sh" "$c2" "$f" > /dev/null 2>&1 && hugo_args+=("$l2=$f")
      done
    done < "$WORK/runs.tsv"
  fi
  line=$("$PY" "$ROOT/scripts/conformance_zola.py" "$name" "$out" "$WORK/json/$safe/publications.json" "$WORK/$safe.paths.json" "${hugo_args[@]}") || status=1
  IFS=$'\t' read -r _ pages tomlf csrc ccar urls umiss <<< "$(head -1 <<< "$line")"
  printf '%-70s %6s %6s %8s %7s %6s %9s %6s %8s\n' "$name" "$pages" "$errors" "$warnings" "$unknown" "$tomlf" "$ccar/$csrc" "$urls" "$umiss"
  tail -n +2 <<< "$line" | head -20
  grep ': error: ' "$WORK/$safe.check.txt" | head -5 || true
  (( errors > 0 || unknown > 0 )) && status=1
  vals=("$pages" "$errors" "$warnings" "$unknown" "$tomlf" "$csrc" "$ccar" "$urls" "$umiss")
  for i in "${!vals[@]}"; do tot[$i]=$(( tot[$i] + vals[$i] )); done
done < "$WORK/runs.tsv"
echo "conformance-zola: ${tot[0]} pages, ${tot[1]} zola errors, ${tot[2]} warnings (${tot[3]} unknown-key), ${tot[4]} TOML failures, comments ${tot[6]}/${tot[5]} carried, URLs ${tot[7]} checked / ${tot[8]} not served"
exit $status
