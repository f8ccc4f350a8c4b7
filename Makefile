# The two commands a new user runs:
#   make demo   install what is missing, build (Release), run kgraph on examples/
#   make test   install what is missing, build, run the whole test suite
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BIN  := build/release/kgraph

.PHONY: all deps build demo test asan-test bench clean

all: build

deps:
	@bash scripts/install-deps.sh

build: deps
	cmake --preset release
	cmake --build --preset release -j $(JOBS)

demo: build
	$(BIN) build examples/ -o out/
	@python3 scripts/summarise_output.py out/

test: build
	ctest --preset release -j $(JOBS)

asan-test: deps
	cmake --preset asan
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

bench: build
	python3 bench/analyze_throughput.py

clean:
	rm -rf build out
