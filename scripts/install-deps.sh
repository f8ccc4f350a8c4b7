#!/usr/bin/env bash
# Installs every Debian package that kgraph's build, tests and demo need.
# Idempotent: does nothing when all are present; runs `apt-get update` only when
# something is missing. Uses sudo when not root.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake pkg-config git python3
  # libraries named by DESIGN.md §2
  libboost-graph-dev rapidjson-dev libserd-dev libgtest-dev libgmock-dev
  libicu-dev libcld2-dev libcli11-dev libgumbo-dev libxml2-dev libjemalloc-dev zlib1g-dev
  # Apertium: analyser, tagger and language data
  lttoolbox lttoolbox-dev apertium apertium-dev
  apertium-fr-es apertium-fra-cat apertium-eng-spa apertium-eng-cat
  # real clients used by the tests and benchmarks
  serdi python3-rdflib libxml2-utils python3-networkx python3-igraph
  # the browser the graph.html tests drive (headless, through puppeteer-core)
  chromium
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# The npm packages, pinned by the package-lock.json of their folder:
# sigma.js and graphology (export/html), which the build embeds into kgraph for
# graph.html, and the clients the tests read kgraph's outputs with: Oxigraph
# (tests/sparql, SPARQL store), graphology-gexf and puppeteer-core
# (tests/clients: GEXF reader, driver of the Debian chromium) and Kuzu
# (tests/cypher, embedded Cypher engine). Best effort: without node/npm
# kgraph is built without graph.html and those tests are skipped. Debian's
# nodejs + npm are installed only when no node is present (a NodeSource nodejs
# conflicts with them).
install_npm_clients() {
  local root dir
  root="$(cd "$(dirname "$0")/.." && pwd)"
  if ! command -v npm >/dev/null 2>&1 && ! command -v node >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm ||
      echo "install-deps: warning: could not install nodejs/npm; the npm client tests will be skipped" >&2
  fi
  for dir in "$root/export/html" "$root/tests/sparql" "$root/tests/clients" "$root/tests/cypher"; do
    # Up to date when npm ci's own record of the tree is newer than the lock file.
    if [ -f "$dir/node_modules/.package-lock.json" ] &&
       ! [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
      continue
    fi
    if command -v npm >/dev/null 2>&1; then
      echo "install-deps: npm ci in ${dir#"$root"/}"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) ||
        echo "install-deps: warning: npm ci failed in $dir; the tests that need it will be skipped" >&2
    fi
  done
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  install_npm_clients
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo)
else
  echo "install-deps: need root to install: ${missing[*]}" >&2
  echo "install-deps: run as root, or:  sudo apt-get install ${missing[*]}" >&2
  exit 2
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -q
"${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
install_npm_clients
echo "install-deps: done"
