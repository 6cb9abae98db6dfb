# Convenience wrapper around CMake. `make` builds build/refusal, `make test`
# runs every test, `make run` runs the core suite against $(TARGET).
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
TARGET ?= builtin:keyword-filter
SUITE ?= core
BASE_URL ?=
RUN_ARGS ?=

.PHONY: all build test check run asan ubsan sanitize fuzz format format-check lint size-report usage bench clean deps

all: build

deps:
	@scripts/install-deps.sh --check || scripts/install-deps.sh

$(BUILD)/Makefile: CMakeLists.txt
	@scripts/install-deps.sh --check >/dev/null 2>&1 || scripts/install-deps.sh
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS)

test check: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

run: build
	$(BUILD)/refusal run --suite $(SUITE) --target $(TARGET) $(if $(BASE_URL),--base-url $(BASE_URL)) $(RUN_ARGS)

# Whole suite under AddressSanitizer + UBSan (clang), in its own build tree.
asan ubsan sanitize:
	CC=clang cmake -S . -B build-asan -DRF_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

fuzz:
	CC=clang cmake -S . -B build-fuzz -DRF_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug
	cmake --build build-fuzz -j $(JOBS)

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

format-check:
	clang-format --dry-run -Werror $$(git ls-files '*.c' '*.h')

lint:
	tools/lint-banned.sh

size-report:
	tools/size-report.sh

usage: build
	tools/gen_usage $(BUILD)/refusal README.md

bench: build
	bench/run.sh

clean:
	rm -rf $(BUILD) build-asan build-fuzz
