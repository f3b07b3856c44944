"""A real Airflow API server for the Orders view tests: temp AIRFLOW_HOME, SimpleAuthManager with two users,
this project's plugins folder, and an OrderBridge ledger seeded with orders to look at."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from orderbridge.local_services import free_port

PROJECT = Path(__file__).resolve().parents[2]
AIRFLOW = str(Path(sys.executable).with_name("airflow"))
USERS = {"reviewer": ("user", "reviewer-pw"), "watcher": ("viewer", "watcher-pw")}
PUSH_SALT = "orders-view-push-salt"  # Kuaidi100's callback salt, as the kuaidi100 connection holds it


def server_env(home: Path, orderbridge_home: Path) -> dict[str, str]:
    """The server's environment; its mappings are a private copy (a remembered cross-reference is
    written there, never into the project's own mappings folder)."""
    mappings = orderbridge_home / "mappings"
    if not mappings.exists():
        shutil.copytree(PROJECT / "mappings", mappings, ignore=shutil.ignore_patterns("schemas"))
    passwords = home / "passwords.json"
    passwords.write_text(json.dumps({name: pw for name, (_, pw) in USERS.items()}), encoding="utf-8")
    (home / "dags").mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "ORDERBRIDGE"))}
    env.update(
        {
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(home / "dags"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT / "plugins"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
            "AIRFLOW__CORE__AUTH_MANAGER": (
                "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager"
            ),
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": ",".join(f"{n}:{r}" for n, (r, _) in USERS.items()),
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords),
            "AIRFLOW__API_AUTH__JWT_SECRET": "orders-view-test-secret",
            "AIRFLOW__API__SECRET_KEY": "orders-view-test-key",
            "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
            "ORDERBRIDGE_HOME": str(orderbridge_home),
            "ORDERBRIDGE_MAPPINGS": str(mappings),
            "AIRFLOW_CONN_KUAIDI100_DEFAULT": json.dumps(
                {
                    "conn_type": "kuaidi100",
                    "host": "https://poll.kuaidi100.com",
                    "login": "CUSTOMER",
                    "password": "key",
                    "extra": {"callback_secret": PUSH_SALT},
                }
            ),
            "PYTHONPATH": str(PROJECT),
            "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
        }
    )
    return env


@dataclass
class ApiServer:
    url: str
    process: subprocess.Popen
    log: Path

    def token(self, user: str) -> str:
        response = httpx.post(f"{self.url}/auth/token", json={"username": user, "password": USERS[user][1]})
        response.raise_for_status()
        return response.json()["access_token"]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_api_server(home: Path, orderbridge_home: Path) -> ApiServer:
    env = server_env(home, orderbridge_home)
    subprocess.run([AIRFLOW, "db", "migrate"], env=env, check=True, capture_output=True, timeout=240)
    port = free_port()
    log = home / "api-server.log"
    process = subprocess.Popen(
        [AIRFLOW, "api-server", "--port", str(port), "--host", "127.0.0.1", "--workers", "1"],
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"api-server exited: {log.read_text(errors='replace')[-3000:]}")
        try:
            if httpx.get(f"{url}/api/v2/monitor/health", timeout=2).status_code == 200:
                return ApiServer(url, process, log)
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"api-server did not answer: {log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.3)
