#!/usr/bin/env bash
# Checks docker-compose.yml, the Dockerfile and .dockerignore without a Docker engine: the compose
# file must be valid and resolve as intended (with the development password by default, with
# NEO4J_PASSWORD when set, to both services), its Neo4j image must be the version that
# `npm run neo4j` runs (neo4j-local/pom.xml), and the image must be multi-stage, install from the
# lock file, ship production dependencies only, run as `node` and start the server.
# scripts/check-docker-image.ts then builds and runs the image's steps. Needs docker-compose
# (Debian: apt-get install docker-compose) or the `docker compose` plugin.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "check-compose: $*" >&2
  exit 1
}

if command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
elif docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  fail 'needs docker-compose (apt-get install docker-compose) or the docker compose plugin'
fi

# Resolve with a clean environment for the variables the file reads, so that the shell's own
# NEO4J_PASSWORD cannot mask a broken default.
resolve() {
  env -u NEO4J_PASSWORD "$@" "${compose[@]}" --project-directory . -f docker-compose.yml config
}
config=$(resolve) || fail 'docker-compose.yml is not valid (see above)'

expect() {
  grep -Eq -- "$2" <<<"$1" || fail "$3"
}
# The same Neo4j as the tests and CI run (npm run neo4j builds neo4j-local/pom.xml's version).
neo4j_version=$(sed -n 's:.*<neo4j\.version>\([^<]*\)</neo4j\.version>.*:\1:p' neo4j-local/pom.xml)
[[ "$neo4j_version" =~ ^5\.26\.[0-9]+$ ]] || fail "neo4j-local/pom.xml must set <neo4j.version> to a Neo4j 5.26 release, not '$neo4j_version'"
expect "$config" "image: [\"]?neo4j:${neo4j_version//./\\.}-community[\"]?\$" \
  "the neo4j service must use neo4j:${neo4j_version}-community, the version in neo4j-local/pom.xml"
expect "$config" 'NEO4J_AUTH: ["]?neo4j/redstring-dev' 'NEO4J_AUTH must default to neo4j/redstring-dev'
expect "$config" 'NEO4J_PASSWORD: ["]?redstring-dev' 'the app must get the same default password'
expect "$config" 'REDSTRING_STORE: ["]?neo4j' 'the app must run with REDSTRING_STORE=neo4j'
expect "$config" 'NEO4J_URI: ["]?bolt://neo4j:7687' 'the app must reach Neo4j at bolt://neo4j:7687'
expect "$config" 'condition: service_healthy' 'the app must wait for a healthy Neo4j'
expect "$config" 'REDSTRING_AUTH: ["]?on' 'the app must run with authentication on (REDSTRING_AUTH=on)'
expect "$config" 'cypher-shell' 'the neo4j service needs a healthcheck that runs Cypher'
expect "$config" 'neo4j-data:/data' 'Neo4j data must live in the named volume neo4j-data'
expect "$config" '4000' 'the app must publish port 4000'

custom=$(NEO4J_PASSWORD=check-compose-secret "${compose[@]}" --project-directory . -f docker-compose.yml config)
expect "$custom" 'NEO4J_AUTH: ["]?neo4j/check-compose-secret' 'NEO4J_PASSWORD must set the Neo4j password'
expect "$custom" 'NEO4J_PASSWORD: ["]?check-compose-secret' 'NEO4J_PASSWORD must reach the app'

dockerfile=$(cat Dockerfile)
expect "$dockerfile" '^FROM node:20[^ ]* AS build$' 'the Dockerfile must build in a first stage named build'
[ "$(grep -c '^FROM ' Dockerfile)" -eq 2 ] || fail 'the Dockerfile must have exactly two stages'
# npm ci refuses the lock (it cannot list @grafeo-db/js's other platforms): npm install, after
# npm ls has checked that the lock satisfies package.json, and without writing the lock.
if grep -Eq '^RUN .*npm(@[0-9.]+)? ci\b' Dockerfile; then fail 'the build stage must not use npm ci, which refuses this lock file'; fi
expect "$dockerfile" '^RUN .*npm(@[0-9.]+)? ls --all --package-lock-only' 'the build stage must check with npm ls --package-lock-only that the lock satisfies package.json'
expect "$dockerfile" 'npm(@[0-9.]+)? install --no-save' 'the build stage must install with npm install --no-save, from the lock'
expect "$dockerfile" 'npm(@[0-9.]+)? prune --omit=dev' 'the build stage must drop the development dependencies (npm prune --omit=dev)'
[ "$(grep -o 'npm@[0-9][0-9.]*' Dockerfile | sort -u | wc -l)" -le 1 ] || fail 'the Dockerfile must run one npm version throughout'
expect "$dockerfile" 'npm run build' 'the build stage must run npm run build'
expect "$dockerfile" '^USER node$' 'the image must run as the unprivileged node user'
expect "$dockerfile" '^CMD \["node_modules/\.bin/tsx", "server/main\.ts"\]$' 'the image must start server/main.ts with tsx'
for path in package-lock.json server/main.ts cypher/schema/neo4j.cypher; do
  [ -e "$path" ] || fail "the Dockerfile copies $path, which is missing"
done
for pattern in node_modules data .git; do
  grep -qx -- "$pattern" .dockerignore || fail ".dockerignore must leave out $pattern"
done

echo 'check-compose: docker-compose.yml, Dockerfile and .dockerignore are valid'
