#!/usr/bin/env bash
# Integration test: unpacks the built artifact and runs the packaged application.
#   tests/integration.sh dist/greeter-VERSION.tar.gz
set -euo pipefail
artifact="$1"
[[ -f "$artifact" ]] || { echo "no artifact $artifact: run make build first"; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -xzf "$artifact" -C "$work"
echo "testing $artifact"
[[ "$("$work/greeter/bin/greet" Grace)" == "Hello, Grace!" ]] && echo "ok   packaged greet"
[[ "$(cat "$work/greeter/VERSION")" == "$(basename "$artifact" .tar.gz | sed 's/^greeter-//')" ]] && echo "ok   version stamp"
