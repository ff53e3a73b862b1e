# Two commands on a fresh machine:
#   make demo   install rasd into .venv, ingest the bundled sample articles into ./rasd.db, print the claims
#   make test   install rasd with its test extras into .venv and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= rasd.db

.PHONY: demo test install bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(BIN)/.installed

demo: install
	$(BIN)/rasd ingest --samples --db $(DB)
	$(BIN)/rasd claims --db $(DB)
	@echo
	@echo "Next:"
	@echo "  $(BIN)/rasd serve --db $(DB)               then open http://127.0.0.1:8000/ (map, incidents, articles; English via the switch)"
	@echo "  $(BIN)/rasd incidents --db $(DB)           claims linked into incidents, figures reconciled"
	@echo "  $(BIN)/rasd search 'Aleppo' --db $(DB)     full-text search, Arabic or English"
	@echo "  $(BIN)/rasd export --format acled --db $(DB) > incidents.csv    (also csv, ucdp, json, geojson, parquet)"
	@echo "  $(BIN)/rasd ingest YOUR-ARTICLES/ --db $(DB)   add your own .txt, .jsonl, .csv or .html files"

test: install
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_link.py
	$(BIN)/python bench/bench_api.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm artifacts
