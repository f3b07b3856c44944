"""YAML to plain data while remembering the line of every key, and catching what PyYAML lets through.

PyYAML keeps the last of two equal keys without a word; an IT person who pasted a block twice must hear
about it. We compose the node tree ourselves and record ``path -> line`` and ``path -> column`` so schema
errors can point at ``file:line:column``.
Mapping keys are kept as written (``NO`` stays ``"NO"``, ``100`` stays ``"100"``): they are names, not values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Path_ = tuple[str | int, ...]
_MERGE_TAG = "tag:yaml.org,2002:merge"


@dataclass
class ParsedYaml:
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)
    columns: dict[Path_, int] = field(default_factory=dict)
    problems: list[tuple[tuple[int, int], str]] = field(default_factory=list)  # ((line, column), text)


def parse_yaml_text(text: str, source: Path | str) -> ParsedYaml:
    """Parse one YAML document; syntax errors and duplicate keys become ``file:line: ...`` problems."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        what = " ".join(part for part in (exc.context, exc.problem) if part)
        return ParsedYaml(None, problems=[((line, col), f"{source}:{line}:{col}: YAML syntax error: {what}")])
    except yaml.YAMLError as exc:
        return ParsedYaml(None, problems=[((1, 1), f"{source}:1:1: YAML error: {exc}")])
    result = ParsedYaml(None, lines={(): 1}, columns={(): 1})
    if root is None:
        result.problems.append(((1, 1), f"{source}:1:1: the file is empty"))
        return result
    try:
        result.data = _Builder(source, result).build(root, ())
    except RecursionError:
        result.problems.append(((1, 1), f"{source}:1:1: an alias refers to itself (or nesting is too deep)"))
    return result


class _Builder:
    def __init__(self, source: Path | str, result: ParsedYaml) -> None:
        self.source = source
        self.result = result
        self.constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, path: Path_) -> Any:
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            out = []
            for index, item in enumerate(node.value):
                self.result.lines[(*path, index)] = item.start_mark.line + 1
                self.result.columns[(*path, index)] = item.start_mark.column + 1
                out.append(self.build(item, (*path, index)))
            return out
        return self.constructor.construct_object(node, deep=True)

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[str, Any]:
        out: dict[str, Any] = {}
        merges: list[yaml.Node] = []
        for key_node, value_node in node.value:
            line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
            if key_node.tag == _MERGE_TAG:  # `<<: *shared`: explicit keys win, wherever they stand
                merges += value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.result.problems.append(
                    ((line, col), f"{self.source}:{line}:{col}: {dotted(path)}: a key must be plain text")
                )
                continue
            key = key_node.value
            if key in out:
                first = self.result.lines.get((*path, key), "?")
                self.result.problems.append(
                    (
                        (line, col),
                        (
                            f"{self.source}:{line}:{col}: {dotted((*path, key))}: duplicate key '{key}' "
                            f"(first given on line {first}; YAML would silently keep only the last)"
                        ),
                    )
                )
                continue
            self.result.lines[(*path, key)] = line
            self.result.columns[(*path, key)] = col
            out[key] = self.build(value_node, (*path, key))
        for merged in merges:
            self._merge(merged, path, out)
        return out

    def _merge(self, node: yaml.Node, path: Path_, out: dict[str, Any]) -> None:
        line, col = node.start_mark.line + 1, node.start_mark.column + 1
        if not isinstance(node, yaml.MappingNode):
            self.result.problems.append(
                ((line, col), f"{self.source}:{line}:{col}: {dotted(path)}: '<<' needs a mapping")
            )
            return
        scratch = ParsedYaml(None)  # problems inside the anchor were reported where it was defined
        values = _Builder(self.source, scratch).build(node, path)
        for key, value in values.items():
            out.setdefault(key, value)
        for where, at in scratch.lines.items():
            self.result.lines.setdefault(where, at)
        for where, at in scratch.columns.items():
            self.result.columns.setdefault(where, at)


def dotted(path: Path_) -> str:
    """``("header", "FCustId", "from")`` -> ``header.FCustId.from``; list items as ``lines[2]``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"
