#!/bin/bash
# Times two or more parley-bench binaries in turn, each pinned to one core, N rounds, one line a run.
# The machine's speed drifts by half from hour to hour; runs taken in turn see the same drift, so compare
# binaries within a round, not across hours.
#
#   scripts/bench-alternate.sh N OLD-parley-bench NEW-parley-bench [CORPUS.jsonl]
#
# (Build an older commit's bench with `git worktree add /tmp/old REV && swift build -c release
# --product parley-bench --package-path /tmp/old`.)
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 N BENCH1 BENCH2 [CORPUS.jsonl]" >&2
  exit 64
fi
rounds=$1 first=$2 second=$3 corpus=${4:-../shared/corpus/bulk/articles.jsonl}
db=$(mktemp -u /tmp/parley-alternate-XXXXXX).sqlite
trap 'rm -f "$db" "$db-wal" "$db-shm"' EXIT
for round in $(seq "$rounds"); do
  for bench in "$first" "$second"; do
    rm -f "$db" "$db-wal" "$db-shm"
    if ! output=$(taskset -c 0 "$bench" "$corpus" --queries 300 --db "$db" 2>&1); then
      echo "$bench failed:" >&2
      echo "$output" >&2
      exit 1
    fi
    printf '%s  ' "$bench"
    echo "$output" \
      | grep -E '^extraction:|^extraction\+storage|of which storage|^database|p50|^peak' \
      | sed -E 's/, [0-9.]+ MB\/s//; s/ at \/tmp[^ ]*//; s/ over [0-9]+ runs//; s/ \([0-9]+ (names|months)\)//; s/^ +//' \
      | paste -sd ';' | sed 's/;/;  /g'
  done
done
