#!/usr/bin/env bash
# Unit tests: the greet function, sourced.
set -euo pipefail
source "$(dirname "$0")/../src/greet.sh"

failures=0
check() {
    local expected="$1"; shift
    local actual
    actual="$(greet "$@" 2>&1)" || true
    if [[ "$actual" == "$expected" ]]; then
        echo "ok   greet $*"
    else
        echo "FAIL greet $*: expected '$expected', got '$actual'"
        failures=$((failures + 1))
    fi
}

check "Hello, world!"
check "Hello, Ada!" Ada
check "Hallo, Ada!" Ada de
check "Bonjour, Ada !" Ada fr
check "unknown language: xx" Ada xx
exit "$failures"
