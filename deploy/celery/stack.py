"""A CeleryExecutor deployment of OrderBridge on one machine: the environment and the processes.

Scheduler, dag-processor, api-server and N ``airflow celery worker`` processes, all sharing one
environment: PostgreSQL for Airflow's metadata and for the ledger, Redis as the Celery broker. Each
process runs in its own session (process group) so that stopping or killing one takes its children
(a worker's pool processes and task supervisors) with it, as a crashed machine would.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from deploy.celery.environ import StackConfig, stack_environ
from orderbridge.settings import PROJECT_ROOT

AIRFLOW = str(Path(sys.executable).parent / "airflow")


@dataclass
class Component:
    name: str
    argv: list[str]
    env: dict[str, str]
    log_path: Path
    proc: subprocess.Popen | None = None
    crashed: bool = False  # killed on purpose (a test's simulated crash), not a failure to report

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                self.argv,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def signal_group(self, signum: int) -> None:
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signum)

    def stop(self, timeout: float = 20.0) -> None:
        """SIGTERM to the group (a warm shutdown for Celery), SIGKILL if it does not end in time."""
        if self.proc is None:
            return
        self.signal_group(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=timeout)
        self.signal_group(signal.SIGKILL)  # leftovers of the group, if any
        if self.proc.poll() is None:
            self.proc.wait(timeout=10)

    def crash(self) -> None:
        """SIGKILL to the whole process tree at once: no warm shutdown, no acknowledgement, no clean-up.

        The tree, not only the group: a task supervisor may have started a process group of its own."""
        self.crashed = True
        tree = self._descendants()
        self.signal_group(signal.SIGKILL)
        for process in tree:
            with contextlib.suppress(psutil.NoSuchProcess):
                process.kill()
        if self.proc is not None:
            self.proc.wait(timeout=10)

    def _descendants(self) -> list[psutil.Process]:
        if self.proc is None:
            return []
        try:
            return psutil.Process(self.proc.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return []

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except FileNotFoundError:
            return ""


@dataclass
class CeleryStack:
    config: StackConfig
    components: dict[str, Component] = field(default_factory=dict)

    @property
    def env(self) -> dict[str, str]:
        return stack_environ(self.config)

    def airflow(self, *args: str, timeout: float = 180.0) -> str:
        """Run one ``airflow`` CLI command in the stack's environment; RuntimeError when it fails."""
        done = subprocess.run([AIRFLOW, *args], env=self.env, capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError(
                f"airflow {' '.join(args[:3])} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
            )
        return done.stdout

    def __post_init__(self) -> None:
        if not self.config.triggerer_log_port:  # several stacks on one machine (tests, benchmarks)
            from orderbridge.local_services import free_port

            self.config.triggerer_log_port = free_port()

    def prepare(self) -> None:
        """Copy the mappings, migrate the metadata DB and create one pool per push target (idempotent).

        The stack works on its own copy of ``mappings/``: a DAG that writes master data (masterdata_pull)
        must never touch the repository's files.
        """
        mappings = Path(self.env["ORDERBRIDGE_MAPPINGS"])
        if not mappings.exists():
            shutil.copytree(PROJECT_ROOT / "mappings", mappings)
        self.airflow("db", "migrate", timeout=600)
        from orderbridge.bootstrap import install_local_settings

        install_local_settings(self.config.airflow_home)  # tasks start with the pipeline imported
        from orderbridge.pipeline.targets import DEFAULT_POOL_SLOTS, pipeline_targets_from_env

        pools = self.config.pools or {t: DEFAULT_POOL_SLOTS for t in pipeline_targets_from_env(self.env)}
        for target, slots in pools.items():
            self.airflow("pools", "set", target, str(slots), f"concurrent calls to {target}")

    def start(self) -> None:
        cfg, env = self.config, self.env
        logs = cfg.airflow_home / "process-logs"
        self._add(
            Component(
                "api-server",
                [AIRFLOW, "api-server", "--host", "127.0.0.1", "--port", str(cfg.api_port), "--workers", "1"],
                env,
                logs / "api-server.log",
            )
        )
        self._add(Component("scheduler", [AIRFLOW, "scheduler"], env, logs / "scheduler.log"))
        self._add(Component("dag-processor", [AIRFLOW, "dag-processor"], env, logs / "dag-processor.log"))
        # Runs the Asset watchers' triggers: the inbox folder's arrivals, IMAP IDLE.
        self._add(Component("triggerer", [AIRFLOW, "triggerer"], env, logs / "triggerer.log"))
        for number in range(1, cfg.workers + 1):
            self.start_worker(number)

    def start_worker(self, number: int) -> Component:
        cfg = self.config
        env = dict(self.env, AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT=str(cfg.worker_log_ports[number - 1]))
        name = f"worker{number}"
        argv = [
            AIRFLOW,
            "celery",
            "worker",
            "--celery-hostname",
            f"{name}-{secrets.token_hex(3)}@%h",
            "--concurrency",
            str(cfg.worker_concurrency),
            "--queues",
            cfg.queue,
            "--pid",
            str(cfg.airflow_home / f"{name}.pid"),
            "--without-gossip",
            "--without-mingle",
        ]
        return self._add(Component(name, argv, env, cfg.airflow_home / "process-logs" / f"{name}.log"))

    def _add(self, component: Component) -> Component:
        self.components[component.name] = component
        component.start()
        return component

    def wait_until_ready(self, timeout: float = 180.0) -> None:
        """Until the api-server reports a healthy scheduler and dag-processor and every worker is up."""
        from deploy.celery.health import api_health, worker_ready

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.check_alive()
            health = api_health(self.config.api_port)
            workers = [c for n, c in self.components.items() if n.startswith("worker")]
            if health and all(worker_ready(w.log_path) for w in workers):
                return
            time.sleep(1.0)
        raise RuntimeError(f"the Celery stack was not ready within {timeout} s\n{self.diagnostics()}")

    def check_alive(self) -> None:
        dead = [c for c in self.components.values() if c.proc is not None and not c.running and not c.crashed]
        if dead:
            raise RuntimeError(f"{', '.join(c.name for c in dead)} exited\n{self.diagnostics()}")

    def diagnostics(self) -> str:
        return "\n".join(
            f"--- {c.name} (last lines of {c.log_path}):\n{c.log_tail()}" for c in self.components.values()
        )

    def stop(self, timeout: float = 15.0) -> None:
        """SIGTERM to every process group at once (workers finish their task: a warm shutdown), then
        SIGKILL whatever is left after ``timeout``."""
        running = [c for c in self.components.values() if c.running]
        for component in running:
            component.signal_group(signal.SIGTERM)
        deadline = time.monotonic() + timeout
        for component in running:
            with contextlib.suppress(subprocess.TimeoutExpired):
                component.proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            component.signal_group(signal.SIGKILL)
