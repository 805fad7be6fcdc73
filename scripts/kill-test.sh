#!/usr/bin/env bash
# Kill test for the applier's interrupt safety (issue 3), with the real CLI as a child process.
#
#   scripts/kill-test.sh [BUNDLES] [KILLS]      (defaults: 3000 bundles, 4 kills; ~1.5 minutes on 2 busy cores)
#
# 1. Generates a site of BUNDLES page bundles (invented text; YAML front matter, a CRLF page every 7th, a binary
#    featured image every 5th) and converts it with --to jekyll (one page file per bundle plus copied assets).
# 2. Edits every page (v1 -> v2), so every output file changes, and builds the v2 reference.
# 3. KILLS times: starts `convert` (v2) on the real output, waits until the intent manifest is on disk (the write
#    phase has begun) and SIGKILLs it after a random delay within the measured write phase; the runs build on each
#    other's half-done state (a run that finished first is reset to the v1 output). After each kill it checks: every output file equals its v1 or v2 bytes (never half-written, no
#    stray file outside .migrate/), and the manifest accepts the bytes on disk for every path it lists.
# 4. Edits the source again (v3) and runs convert normally: exit 0 without --force (no false conflicts after the
#    interruptions), output byte-identical to the v3 reference, .migrate/tmp gone, --check exit 0.
# Exit 0 when every check passed. Prints one line per step.
set -euo pipefail

BUNDLES=${1:-3000}
KILLS=${2:-4}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$PWD
work=$(mktemp -d "${TMPDIR:-/tmp}/migrate-kill-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "kill-test: building (Release)"
dotnet build -c Release src/Migrate.Cli -o "$work/bin" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
migrate() { dotnet "$work/bin/migrate.dll" "$@"; }
# Background runs start dotnet directly, never through the function: `func &` forks a subshell whose PID is $!,
# and SIGKILL on that subshell leaves the dotnet child writing on (the kill would hit nothing).
migrate_bg=(dotnet "$work/bin/migrate.dll")

generate() { # generate VERSION
  python3 - "$work/site" "$BUNDLES" "$1" <<'PY'
import os, sys
root, n, version = sys.argv[1], int(sys.argv[2]), sys.argv[3]
os.makedirs(os.path.join(root, "content", "publication"), exist_ok=True)
with open(os.path.join(root, "config.yaml"), "w") as f:
    f.write("title: Kill Test Lab\nbaseURL: https://example.invalid/\n")
for i in range(n):
    d = os.path.join(root, "content", "publication", f"paper-{i:05d}")
    os.makedirs(d, exist_ok=True)
    nl = "\r\n" if i % 7 == 0 else "\n"
    text = nl.join([
        "---",
        f"title: \"Invented Result Number {i} ({version})\"",
        "authors:", "  - Ada Quill", "  - Bo Tern",
        f"date: 20{10 + i % 14:02d}-0{1 + i % 9}-1{i % 10}",
        "publication_types: [\"2\"]",
        f"abstract: \"We measure quantity {i} carefully, {version}.\"",
        "tags: [testing] # a comment",
        "---",
        f"Body of paper {i}, {version}.", ""])
    with open(os.path.join(d, "index.md"), "w", newline="") as f:
        f.write(text)
    if i % 5 == 0:
        with open(os.path.join(d, "featured.png"), "wb") as f:
            f.write(bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + bytes((i * 31 + k) % 256 for k in range(2048)) + version.encode())
PY
}

snapshot() { # snapshot DIR OUT.json : path -> sha256 of every file outside .migrate/
  python3 - "$1" "$2" <<'PY'
import hashlib, json, os, sys
root, out = sys.argv[1], sys.argv[2]
m = {}
for d, _, files in os.walk(root):
    for f in files:
        p = os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/")
        if p.startswith(".migrate/"):
            continue
        m[p] = hashlib.sha256(open(os.path.join(d, f), "rb").read()).hexdigest()
json.dump(m, open(out, "w"))
PY
}

verify_mid() { # verify_mid OLD.json NEW.json : every file old or new, manifest accepts the disk
  python3 - "$work/out" "$1" "$2" <<'PY'
import hashlib, json, os, sys
root, old, new = sys.argv[1], json.load(open(sys.argv[2])), json.load(open(sys.argv[3]))
bad = []
disk = {}
for d, _, files in os.walk(root):
    for f in files:
        p = os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/")
        if p.startswith(".migrate/"):
            continue
        h = hashlib.sha256(open(os.path.join(d, f), "rb").read()).hexdigest()
        disk[p] = h
        if h != old.get(p) and h != new.get(p):
            bad.append(f"half-written or stray: {p}")
for p in set(old) & set(new):
    if p not in disk:
        bad.append(f"missing: {p}")
manifest = json.load(open(os.path.join(root, ".migrate", "manifest.json")))
listed = set()
for e in manifest["files"]:
    listed.add(e["path"])
    accepted = {e["sha256"]} | {a["sha256"] for a in e.get("alternatives", [])}
    if e["path"] in disk and disk[e["path"]] not in accepted:
        bad.append(f"manifest does not accept {e['path']}")
for p in disk:
    if p not in listed:
        bad.append(f"not in manifest: {p}")
alts = sum(1 for e in manifest["files"] if e.get("alternatives"))
newer = sum(1 for p, h in disk.items() if h == new.get(p) and h != old.get(p))
print(f"  {newer}/{len(disk)} files new, manifest entries with alternatives: {alts}")
if bad:
    print("\n".join(bad[:20]))
    sys.exit(1)
PY
}

echo "kill-test: generating $BUNDLES bundles (v1) and converting"
generate v1
start=$(date +%s%N)
migrate convert "$work/site" --to jekyll --out "$work/out" --quiet >/dev/null
echo "kill-test: first run $(( ($(date +%s%N) - start) / 1000000 )) ms"
snapshot "$work/out" "$work/v1.json"

cp -al "$work/out" "$work/out-v1" # hard links are safe: the applier replaces files by rename, never in place

wait_for_writing() { # wait_for_writing PID : until THIS run's intent manifest (with alternatives) is on disk, or the run ended
  # A killed run leaves its own intent manifest behind; only a manifest written after $work/started counts.
  local manifest=$work/out/.migrate/manifest.json
  while kill -0 "$1" 2>/dev/null; do
    if [[ -n $(find "$manifest" -newer "$work/started" 2>/dev/null) ]] && grep -q -m1 '"alternatives"' "$manifest" 2>/dev/null; then
      return 0
    fi
    sleep 0.02
  done
  return 1
}

generate v2
# A full v2 rewrite on a copy of the v1 output: its result is the v2 reference, and it tells how long the
# write phase (intent manifest on disk -> process exit) lasts, to aim the kills inside it.
cp -al "$work/out-v1" "$work/ref2"
"${migrate_bg[@]}" convert "$work/site" --to jekyll --out "$work/ref2" --quiet >/dev/null &
pid=$!
t0=$(date +%s%N)
while kill -0 "$pid" 2>/dev/null && ! grep -q -m1 '"alternatives"' "$work/ref2/.migrate/manifest.json" 2>/dev/null; do sleep 0.05; done
t1=$(date +%s%N)
wait "$pid"
t2=$(date +%s%N)
write_ms=$(( (t2 - t1) / 1000000 ))
echo "kill-test: v2 rewrite: $(( (t1 - t0) / 1000000 )) ms reading and planning, ${write_ms} ms writing"
snapshot "$work/ref2" "$work/v2.json"
(( write_ms > 50 )) || { echo "kill-test: FAILED: write phase too short to aim at (${write_ms} ms)"; exit 1; }

killed=0
for k in $(seq 1 "$KILLS"); do
  touch "$work/started"; sleep 0.01
  "${migrate_bg[@]}" convert "$work/site" --to jekyll --out "$work/out" --quiet >/dev/null 2>&1 &
  pid=$!
  state="finished before the kill"
  if wait_for_writing "$pid"; then
    delay_ms=$(( write_ms * (RANDOM % 90) / 100 ))
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    if kill -9 "$pid" 2>/dev/null; then state="killed ${delay_ms} ms into writing"; killed=$((killed + 1)); fi
  fi
  wait "$pid" 2>/dev/null || true
  echo "kill-test: run $k $state"
  verify_mid "$work/v1.json" "$work/v2.json"
  if [[ $state == "finished before the kill" ]]; then
    rm -rf "$work/out" && cp -al "$work/out-v1" "$work/out" # start the next run from the old output again
  fi
done
(( killed > 0 )) || { echo "kill-test: FAILED: no run was killed mid-write"; exit 1; }

echo "kill-test: editing the source again (v3) and rerunning without --force"
generate v3
migrate convert "$work/site" --to jekyll --out "$work/ref3" --quiet >/dev/null
snapshot "$work/ref3" "$work/v3.json"
migrate convert "$work/site" --to jekyll --out "$work/out" --quiet
snapshot "$work/out" "$work/final.json"
cmp -s "$work/v3.json" "$work/final.json" || { echo "kill-test: FAILED: the rerun does not match the v3 reference"; exit 1; }
diff -r -x .migrate "$work/ref3" "$work/out" >/dev/null || { echo "kill-test: FAILED: byte difference with the reference"; exit 1; }
[[ ! -e "$work/out/.migrate/tmp" ]] || { echo "kill-test: FAILED: .migrate/tmp left behind"; exit 1; }
migrate convert "$work/site" --to jekyll --out "$work/out" --check --quiet
echo "kill-test: passed ($BUNDLES bundles, $KILLS kills)"
