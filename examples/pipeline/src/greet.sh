#!/usr/bin/env bash
# The application: greets whoever it is given, in the language it is asked for.
set -euo pipefail

greet() {
    local name="${1:-world}" language="${2:-en}"
    case "$language" in
        en) echo "Hello, $name!" ;;
        de) echo "Hallo, $name!" ;;
        fr) echo "Bonjour, $name !" ;;
        *) echo "unknown language: $language" >&2; return 2 ;;
    esac
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    greet "$@"
fi
