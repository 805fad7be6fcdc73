#!/usr/bin/env bash
# benchmark.sh [N] [RUNS] — time and peak memory of `migrate convert --to json` on a generated site of N
# publication bundles (default 2000), beside `hugo convert toJSON` on the same tree; each is run RUNS times
# (default 5, alternating) and the medians are printed last (single runs are noisy on a shared machine).
#
# migrate is measured as shipped: `dotnet publish -c Release -r linux-x64 -p:PublishReadyToRun=true`
# (precompiled code: ~0.1 s less start-up and ~20% less CPU on 2,000 bundles than a plain `dotnet build`).
# ReadyToRun needs the Crossgen2 package from NuGet; when publishing fails the script falls back to a plain
# Release build and says so. BENCH_NO_R2R=1 forces the plain build.
#
# The site is generated in a temp dir by copying the bundles of testdata/example-site round-robin under new
# folder names, so it uses only the project's own fixtures. Speed targets are checked here, never in unit tests.
# Needs: dotnet, GNU time (/usr/bin/time), optionally hugo (skipped with a note when missing).
set -euo pipefail

N=${1:-2000}
RUNS=${2:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EXAMPLE="$ROOT/testdata/example-site"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

[[ -d $EXAMPLE/content/publication ]] || { echo "benchmark: $EXAMPLE/content/publication missing" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "benchmark: GNU time not found (apt-get install time)" >&2; exit 2; }

SITE="$WORK/site"
mkdir -p "$SITE/content/publication" "$SITE/layouts/shortcodes"
cp -r "$EXAMPLE"/config* "$SITE"/ 2>/dev/null || true
[[ -d $EXAMPLE/content/authors ]] && cp -r "$EXAMPLE/content/authors" "$SITE/content/"
mapfile -t templates < <(find "$EXAMPLE/content/publication" -mindepth 1 -maxdepth 1 ! -name _index.md | LC_ALL=C sort)
for ((i = 0; i < N; i++)); do
  t=${templates[$((i % ${#templates[@]}))]}
  cp -r "$t" "$SITE/content/publication/$(printf 'b%05d' "$i")-$(basename "$t")"
done
# hugo convert renders nothing but still needs a template for every shortcode used in bodies.
grep -rhoE '\{\{[<%] */?([a-zA-Z0-9_-]+)' "$SITE/content" | sed -E 's/.*[<%] *\/?//' | sort -u | while read -r sc; do
  echo '{{ .Inner }}' > "$SITE/layouts/shortcodes/$sc.html"
done
count=$(find "$SITE/content/publication" -mindepth 1 -maxdepth 1 | wc -l)
echo "generated site: $count publication files under $SITE"

BIN="$WORK/bin"
if [[ -z ${BENCH_NO_R2R:-} ]] && dotnet publish "$ROOT/src/Migrate.Cli" -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -o "$BIN" -v quiet -nologo >"$WORK/build.log" 2>&1; then
  echo "migrate: ReadyToRun publish (framework-dependent, linux-x64)"
else
  [[ -z ${BENCH_NO_R2R:-} ]] && echo "migrate: ReadyToRun publish failed (see below), measuring a plain Release build" && tail -3 "$WORK/build.log"
  dotnet build "$ROOT/src/Migrate.Cli" -c Release -o "$BIN" -v quiet -nologo >/dev/null
fi
MIGRATE_DLL="$BIN/migrate.dll"
HAVE_HUGO=0
command -v hugo >/dev/null 2>&1 && HAVE_HUGO=1

measure() { # label, command...
  local label=$1; shift
  local log="$WORK/time.log"
  if /usr/bin/time -f '%e %M' -o "$log" "$@" >"$WORK/out.log" 2>&1; then status=0; else status=$?; fi
  read -r secs kb <"$log" || true
  printf '%-34s %8s s %8d MB peak RSS  (exit %s)\n' "$label" "$secs" "$((kb / 1024))" "$status"
  echo "$label $secs $kb" | sed -E 's/ \(#[0-9]+\)//' >>"$WORK/results"
}

echo
: >"$WORK/results"
for ((run = 1; run <= RUNS; run++)); do
  rm -rf "$WORK/out-json"
  measure "migrate convert --to json (#$run)" dotnet "$MIGRATE_DLL" convert "$SITE" --to json --out "$WORK/out-json"
  if ((HAVE_HUGO)); then
    rm -rf "$WORK/out-hugo"
    measure "hugo convert toJSON (#$run)" hugo convert toJSON -s "$SITE" --output "$WORK/out-hugo"
  fi
done
((HAVE_HUGO)) || echo "hugo not installed: skipped the hugo convert comparison"

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
for label in "migrate convert --to json" "hugo convert toJSON"; do
  grep -qF "$label " "$WORK/results" || continue
  secs=$(grep -F "$label " "$WORK/results" | awk '{ print $(NF - 1) }' | median)
  kb=$(grep -F "$label " "$WORK/results" | awk '{ print $NF }' | median)
  printf '%-34s %8s s %8d MB peak RSS  (median of %d)\n' "$label" "$secs" "$((${kb%.*} / 1024))" "$RUNS"
done
