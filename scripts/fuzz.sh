#!/usr/bin/env bash
# Fuzz one of Parley's readers with libFuzzer and AddressSanitizer:
#   scripts/fuzz.sh extract|page|import [seconds=600] [extra libFuzzer flags...]
# (Build once before running several at the same time: concurrent builds share Fuzz/.build. After adding a source
# file to Parley, remove Fuzz/.build: SwiftPM plans a dependency's files again only when a manifest changes.)
# The seed corpus is Fuzz/corpus/NAME (our own texts); what libFuzzer learns goes to Fuzz/.build/corpus-NAME,
# crashing inputs to Fuzz/.build/crashes-NAME/. Replay one with: Fuzz/.build/release/FuzzNAME FILE
# Dead stripping stays off: it would drop the coverage counters too.
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
# The coverage kinds are named: `-sanitize=fuzzer` alone left some optimized (-O, compiled apart from the link)
# Swift objects without counters here, and libFuzzer then fuzzed those modules blind.
build() {
    swift build -c release --sanitize=fuzzer --sanitize=address --disable-dead-strip \
        -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp 2>&1 \
        | grep -E "error|Compiling Fuzz|Build complete" || true
}
# Every module the harnesses reach must carry coverage counters; if one does not, the objects are rebuilt once.
instrumented() {
    local o
    for o in ParleyExtraction.build/Extractor.swift.o ParleyPages.build/WebPage.swift.o \
             ParleyInput.build/ArticleFiles.swift.o ParleyStore.build/ParleyStore+Import.swift.o; do
        [ -f ".build/release/$o" ] && readelf -S ".build/release/$o" | grep __sancov_cntrs > /dev/null || return 1
    done
}
build
if ! instrumented; then
    echo "rebuilding: some objects have no coverage counters"
    rm -f .build/release/*.build/*.o
    build
    instrumented || { echo "the harnesses have no coverage counters: remove Fuzz/.build and run this again" >&2; exit 1; }
fi
mkdir -p ".build/corpus-$name" ".build/crashes-$name"
exec ".build/release/$harness" ".build/corpus-$name" "corpus/$name" \
    -dict="$name.dict" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix=".build/crashes-$name/" -print_final_stats=1 "$@"
