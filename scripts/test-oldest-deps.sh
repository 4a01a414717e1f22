#!/usr/bin/env bash
# The oldest lit 3.x and zod 4.x that package.json's ranges allow, proven: a copy of the tracked
# files gets `npm ci`, then exactly those versions (lit's own packages too, so nothing newer is
# hoisted in), then the typecheck and the whole browser suite. Run by .ci/run; safe to run
# locally (the work tree and its node_modules are not touched).
set -euo pipefail
cd "$(dirname "$0")/.."

# Keep these equal to the lower bounds of "dependencies" in package.json (jose: the CDS Hooks
# server's JWT checks, exercised by test:dist's server tests on the locked, lowest version).
OLDEST=(lit@3.0.0 lit-element@4.0.0 lit-html@3.0.0 @lit/reactive-element@2.0.0 zod@4.0.11 jose@6.2.18)

copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
git ls-files -z | xargs -0 cp --parents -t "$copy"
cd "$copy"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --no-audit --no-fund --loglevel=error
npm install --no-save --no-audit --no-fund --loglevel=error "${OLDEST[@]}"
node -e "for (const p of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'zod']) console.log('== ' + p + ' ' + require('./node_modules/' + p + '/package.json').version)"
npm run typecheck
npx web-test-runner
