#!/usr/bin/env bash
# Fuzz one of Parley's readers with libFuzzer and AddressSanitizer:
#   scripts/fuzz.sh extract|page|import [seconds=600] [extra libFuzzer flags...]
# (Build once before running several at the same time: concurrent builds share Fuzz/.build.)
# The seed corpus is Fuzz/corpus/NAME (our own texts); what libFuzzer learns goes to Fuzz/.build/corpus-NAME,
# crashing inputs to Fuzz/.build/crashes-NAME/. Replay one with: Fuzz/.build/release/FuzzNAME FILE
# Dead stripping stays off: it would drop the coverage counters, and libFuzzer would fuzz blind.
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"
name=${1:?usage: scripts/fuzz.sh extract|page|import [seconds] [libFuzzer flags]}
seconds=${2:-600}
shift $(( $# >= 2 ? 2 : 1 ))
case "$name" in
    extract) harness=FuzzExtract ;;
    page) harness=FuzzPage ;;
    import) harness=FuzzImport ;;
    *) echo "unknown harness $name: extract, page or import" >&2; exit 2 ;;
esac
# SwiftPM plans a build again only when a manifest changes; touching ours picks up files added to Parley.
touch Package.swift
swift build -c release --sanitize=fuzzer --sanitize=address --disable-dead-strip 2>&1 | grep -E "error|Compiling Fuzz|Build complete" || true
# A harness without coverage counters fuzzes blind (seen once with objects left from an interrupted build).
if ! readelf -S ".build/release/$harness" | grep __sancov_cntrs > /dev/null; then
    echo "$harness has no coverage counters: remove Fuzz/.build and run this again" >&2
    exit 1
fi
mkdir -p ".build/corpus-$name" ".build/crashes-$name"
exec ".build/release/$harness" ".build/corpus-$name" "corpus/$name" \
    -dict="$name.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix=".build/crashes-$name/" -print_final_stats=1 "$@"
