.PHONY: test lint format bench

test:
	pytest

lint:
	ruff check coach tests app.py
	ruff format --check coach tests app.py
	mypy coach
	lint-imports

format:
	ruff format coach tests app.py
	ruff check --fix coach tests app.py

bench:
	coach bench
