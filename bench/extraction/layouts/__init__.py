"""Benchmark-only order layouts, written without looking at (or changing) the extractor's dictionary.

The sample modules in ``orderbridge/samples`` are what the template-free extractor was developed on; these
are the "unseen" layouts that keep its template-free figure honest. Each module has ``FILENAME``,
``expected()`` and ``render()`` like the sample modules.
"""
