#!/usr/bin/env bash
# Deploys a built release to a local folder, as a real deploy would push it to a server.
#   scripts/deploy.sh VERSION [TARGET_DIR]      needs DEPLOY_TOKEN in the environment
set -euo pipefail
version="$1"
target="${2:-deployed}"
: "${DEPLOY_TOKEN:?DEPLOY_TOKEN is not set: pass it with --secret DEPLOY_TOKEN=... or --secret-file}"
artifact="dist/greeter-$version.tar.gz"
[[ -f "$artifact" ]] || { echo "::error file=scripts/deploy.sh,line=10::no artifact $artifact; did build run?"; exit 1; }

echo "authenticating with token $DEPLOY_TOKEN"
mkdir -p "$target/releases/$version"
tar -xzf "$artifact" -C "$target/releases/$version"
ln -sfn "releases/$version" "$target/current"
echo "deployed $version to $target/current"
