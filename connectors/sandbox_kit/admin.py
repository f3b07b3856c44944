"""The fault-board routes every sandbox offers under ``/sandbox/faults`` (list, arm, clear)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from connectors.sandbox_kit.faults import FaultBoard


def add_fault_routes(app: FastAPI, board: FaultBoard) -> None:
    """``GET`` lists armed faults, ``POST`` arms one (400 with the reason if refused), ``DELETE`` clears."""

    @app.get("/sandbox/faults")
    def list_faults() -> dict[str, Any]:
        return {"faults": board.armed()}

    @app.post("/sandbox/faults")
    async def add_fault(request: Request) -> JSONResponse:
        try:
            fault = board.add(await request.json())
        except (ValueError, TypeError, AttributeError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse({"armed": fault.as_dict()})

    @app.delete("/sandbox/faults")
    def clear_faults() -> dict[str, Any]:
        board.clear()
        return {"faults": []}
