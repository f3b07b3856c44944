"""What an order would become, without sending anything: for ``orderbridge preview`` and for IT's dry runs.

The document is read and extracted, resolved against the master data and validated exactly as the pipeline
does; then the target mapping renders the payload with a trace of the rule behind every value.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from orderbridge.mapping.errors import MappingDataError
from orderbridge.mapping.render import TraceEntry
from orderbridge.model import PurchaseOrder
from orderbridge.validate import Issue


@dataclass
class Preview:
    target: str
    order: PurchaseOrder
    method: str  # how the document was read
    issues: list[Issue] = field(default_factory=list)
    payload: dict[str, Any] | None = None
    trace: list[TraceEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # why the mapping could not fill the payload

    @property
    def would_send(self) -> bool:
        """True when the pipeline would push this order (no error findings, a complete payload)."""
        return self.payload is not None and not any(i.severity == "error" for i in self.issues)

    def to_json(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "method": self.method,
            "order": self.order.to_json_dict(),
            "issues": [asdict(i) for i in self.issues],
            "payload": self.payload,
            "trace": [asdict(t) for t in self.trace],
            "mapping_problems": self.problems,
            "would_send": self.would_send,
        }


def preview_file(path: Path, target: str, mappings_dir: Path) -> Preview:
    """Raises ``DocumentRejected`` for a document the pipeline rejects, ``MappingError`` for bad files."""
    from ocr import extract_file
    from orderbridge.mapping.target import load_target_mapping
    from orderbridge.masterdata import MasterData
    from orderbridge.validate import merge_issues, validate_order

    mapping_path = Path(mappings_dir) / "targets" / f"{target}.yaml"
    mapping = load_target_mapping(mapping_path)
    masterdata = MasterData.load(mappings_dir)
    extraction = extract_file(Path(path), original_name=Path(path).name)
    resolution = masterdata.resolve(extraction.order, sender=None)
    order = resolution.order
    preview = Preview(target, order, extraction.method)
    preview.issues = merge_issues(resolution.issues, validate_order(order))
    try:
        preview.payload, preview.trace = mapping.render_traced(order)
    except MappingDataError as exc:
        preview.problems = exc.problems
    return preview


def preview_text(preview: Preview) -> str:
    """A person's reading of a preview: the order, the findings, the payload, and the trace."""
    import json

    out = [f"Canonical order (read by {preview.method}):"]
    out.append(json.dumps(preview.order.to_json_dict(), ensure_ascii=False, indent=2))
    out.append("")
    out.append("Findings:" if preview.issues else "Findings: none")
    out += [f"  {i.severity:7} {i.code:22} {i.field or '':24} {i.message}" for i in preview.issues]
    out.append("")
    if preview.payload is None:
        out.append(f"No payload for {preview.target}: the mapping cannot fill it:")
        out += [f"  {p}" for p in preview.problems]
    else:
        out.append(f"Payload for {preview.target} (nothing was sent):")
        out.append(json.dumps(preview.payload, ensure_ascii=False, indent=2))
        out.append("")
        out.append("Trace (payload value <- mapping rule):")
        for t in preview.trace:
            came = f"  [order value: {t.source}]" if t.source else ""
            out.append(f"  {t.path} = {json.dumps(t.value, ensure_ascii=False)}")
            out.append(f"      <- {t.rule}: {t.how}{came}")
    out.append("")
    verdict = "would be sent" if preview.would_send else "would NOT be sent (it goes to review)"
    out.append(f"Verdict: this order {verdict}.")
    return "\n".join(out)
