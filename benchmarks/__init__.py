"""Benchmarks (not tests): `python -m benchmarks`. See benchmarks/README.md."""
