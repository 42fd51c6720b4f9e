#!/usr/bin/env bash
# Sets Parley up on a fresh Debian machine with the Swift toolchain and runs it on the
# bundled example articles: installs libsqlite3-dev and libxml2-dev when missing, builds the release
# binary, imports Examples/articles into a fresh example.sqlite and queries it.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! pkg-config --exists sqlite3 libxml-2.0 2>/dev/null; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq libsqlite3-dev libxml2-dev pkg-config >/dev/null
fi

swift build -c release 2>&1 | tail -1
rm -f example.sqlite example.sqlite-wal example.sqlite-shm
parley() { .build/release/parley "$@"; }

echo '$ parley import --db example.sqlite Examples/articles'
parley import --db example.sqlite Examples/articles
echo
echo '$ parley meetings --db example.sqlite --official "Choi Jong-kun"'
parley meetings --db example.sqlite --official "Choi Jong-kun"
echo
echo '$ parley topics --db example.sqlite --from 2020-09'
parley topics --db example.sqlite --from 2020-09
echo
echo '$ parley quotes --db example.sqlite --official choi'
parley quotes --db example.sqlite --official choi
