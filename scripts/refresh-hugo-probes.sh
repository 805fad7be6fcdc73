#!/usr/bin/env bash
# refresh-hugo-probes.sh — rerun Hugo's oracle (hugo-params.sh) on the probe pages in testdata/hugo-probes/
# and record what Hugo printed. The C# tests under tests/Migrate.Tests/Reading/Hugo/ take their expected values
# from these recordings, so after changing a probe page run this script and commit the new expected-*.json.
#
#   scripts/refresh-hugo-probes.sh            # uses $ORACLES (default: ../shared/oracles next to the repo root)
#
# Recordings: dates/expected-utc.json, dates/expected-new-york.json (timeZone = "America/New_York"),
# pages/expected.json. rawContent is dropped (it differs by Hugo's whole-file bug and is not compared).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ -z ${ORACLES:-} ]]; then
  ORACLES=$ROOT/../shared/oracles
  if [[ ! -d $ORACLES ]] && common=$(git -C "$ROOT" rev-parse --path-format=absolute --git-common-dir 2>/dev/null); then
    ORACLES=$(dirname "$common")/../shared/oracles # a git worktree: next to the main checkout
  fi
fi
ORACLE=$ORACLES/hugo-params.sh
if [[ ! -f $ORACLE ]]; then
  echo "refresh-hugo-probes: oracle not found at $ORACLE (set ORACLES)" >&2
  exit 2
fi
PROBES=$ROOT/testdata/hugo-probes
TMP=$(mktemp -d "${TMPDIR:-/tmp}/hugo-probes.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

strip() { # drop rawContent and resources; pretty-print sorted for stable diffs
  python3 - "$1" "$2" <<'PY'
import json, sys
pages = json.load(open(sys.argv[1], encoding="utf-8"))
for p in pages:
    p.pop("rawContent", None)
    p.pop("rawContentIsWholeFile", None)
with open(sys.argv[2], "w", encoding="utf-8") as fh:
    json.dump(pages, fh, indent=1, sort_keys=True, ensure_ascii=False)
    fh.write("\n")
PY
}

bash "$ORACLE" "$PROBES/dates/content" "$TMP/utc.json"
strip "$TMP/utc.json" "$PROBES/dates/expected-utc.json"
HUGO_EXTRA_CONFIG='timeZone = "America/New_York"' bash "$ORACLE" "$PROBES/dates/content" "$TMP/ny.json"
strip "$TMP/ny.json" "$PROBES/dates/expected-new-york.json"
bash "$ORACLE" "$PROBES/pages/content" "$TMP/pages.json"
strip "$TMP/pages.json" "$PROBES/pages/expected.json"
echo "refresh-hugo-probes: recorded $(ls "$PROBES"/*/expected*.json | wc -l) files under testdata/hugo-probes/" >&2
