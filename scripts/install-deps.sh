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
  libicu-dev libcld2-dev libcli11-dev libgumbo-dev libxml2-dev
  # Apertium: analyser, tagger and language data
  lttoolbox lttoolbox-dev apertium apertium-dev
  apertium-fr-es apertium-fra-cat apertium-eng-spa apertium-eng-cat
  # real clients used by the tests and benchmarks
  serdi python3-rdflib libxml2-utils python3-networkx python3-igraph
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
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
echo "install-deps: done"
