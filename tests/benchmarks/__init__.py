"""Benchmarks: run as scripts (``python tests/benchmarks/NAME.py``), never in the default test run."""
