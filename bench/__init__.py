"""Benchmarks of OrderBridge (not tests: figures go to each area's README.md)."""
