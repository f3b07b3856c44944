"""The faults the Kingdee sandbox can inject (armed through ``connectors.sandbox_kit.FaultBoard``).

- ``session_lost``: the next ``count`` calls answer the session-lost shape.
- ``http_503`` / ``http_429``: HTTP 503 / 429 with ``Retry-After`` (``retry_after`` seconds, default 1).
- ``connection_reset``: the connection is dropped unanswered, before any work.
- ``timeout_after_commit``: Save commits, then holds its answer ``hold`` seconds (default 35, beyond a
  30 s client timeout) or until the client hangs up. Save only.
- ``slow``: each call waits ``delay`` seconds (default 2) first.

``operation`` limits a fault to one operation (e.g. ``Save``).
"""

FAULT_NAMES = ("session_lost", "http_503", "http_429", "connection_reset", "timeout_after_commit", "slow")
