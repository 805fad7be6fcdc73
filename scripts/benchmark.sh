#!/usr/bin/env bash
# benchmark.sh [N] — time and peak memory of `migrate convert --to json` on a generated site of N publication
# bundles (default 2000), beside `hugo convert toJSON` on the same tree.
#
# The site is generated in a temp dir by copying the bundles of testdata/example-site round-robin under new
# folder names, so it uses only the project's own fixtures. Speed targets are checked here, never in unit tests.
# Needs: dotnet, GNU time (/usr/bin/time), optionally hugo (skipped with a note when missing).
set -euo pipefail

N=${1:-2000}
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

dotnet build "$ROOT/src/Migrate.Cli" -c Release -v quiet -nologo >/dev/null
MIGRATE_DLL="$ROOT/src/Migrate.Cli/bin/Release/net10.0/migrate.dll"

measure() { # label, command...
  local label=$1; shift
  local log="$WORK/time.log"
  if /usr/bin/time -f '%e %M' -o "$log" "$@" >"$WORK/out.log" 2>&1; then status=0; else status=$?; fi
  read -r secs kb <"$log" || true
  printf '%-34s %8s s %8d MB peak RSS  (exit %s)\n' "$label" "$secs" "$((kb / 1024))" "$status"
}

echo
for run in 1 2 3; do
  rm -rf "$WORK/out-json"
  measure "migrate convert --to json (#$run)" dotnet "$MIGRATE_DLL" convert "$SITE" --to json --out "$WORK/out-json"
done
if command -v hugo >/dev/null 2>&1; then
  for run in 1 2 3; do
    rm -rf "$WORK/out-hugo"
    measure "hugo convert toJSON (#$run)" hugo convert toJSON -s "$SITE" --output "$WORK/out-hugo"
  done
else
  echo "hugo not installed: skipped the hugo convert comparison"
fi
