"""What every sandbox shares: running the app (foreground or test thread) and the fault board.

Each outside system's sandbox (``connectors/<system>/sandbox*.py``) speaks its own protocol; the plumbing
around it, and the way faults are armed and used up, is the same everywhere and lives here once.
"""

from connectors.sandbox_kit.faults import Fault, FaultBoard
from connectors.sandbox_kit.runner import (
    SandboxHandle,
    abort_connection,
    hold,
    reset_connection,
    serve,
    start_in_thread,
)

__all__ = [
    "Fault",
    "FaultBoard",
    "SandboxHandle",
    "abort_connection",
    "hold",
    "reset_connection",
    "serve",
    "start_in_thread",
]
