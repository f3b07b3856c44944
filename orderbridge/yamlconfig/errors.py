"""The error a bad IT-edited YAML file raises: every problem in it at once, each pointing at a line."""

from __future__ import annotations

from collections.abc import Iterable

from orderbridge.errors import ConfigError


class MappingError(ConfigError):
    """A mapping or master-data file is wrong. ``problems`` holds one ``file:line: path: what`` per fault."""

    def __init__(self, problems: Iterable[str], *, path: object | None = None) -> None:
        self.problems: list[str] = list(problems)
        self.path = path
        self.loaded: object | None = None  # the file as far as it was read, when it is a mapping of keys
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''}"
        if path is not None:
            head += f" in {path}"
        super().__init__(head + ":\n" + "\n".join(f"  {p}" for p in self.problems))
