#!/usr/bin/env bash
# Command-line test: exit codes and error messages of the application.
set -euo pipefail
app=src/greet.sh
bash "$app" Lin de | grep -qx "Hallo, Lin!" && echo "ok   exit 0 with a greeting"
if bash "$app" Lin xx 2>/dev/null; then echo "FAIL an unknown language must fail"; exit 1; fi
echo "ok   unknown language fails"
