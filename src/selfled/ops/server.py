"""The production WSGI server (gunicorn), started in-process."""

from __future__ import annotations

import gc
import os
from typing import Any


def default_workers() -> int:
    return max(2, 2 * (os.cpu_count() or 1))


def close_database_connections() -> None:
    """Close every connection and connection pool this process opened (migrations, checks).

    Workers are forked from this process: an open PostgreSQL connection or pool would be
    shared by all of them, and their queries would cross on the one socket (one worker
    reading another's rows). Each worker opens its own after the fork.
    """
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        connection.close()
        close_pool = getattr(connection, "close_pool", None)
        if close_pool is not None and connection.settings_dict["OPTIONS"].get("pool"):
            close_pool()


def run_server(*, host: str, port: int, workers: int = 0, quiet: bool = False) -> None:
    from gunicorn.app.base import BaseApplication

    options: dict[str, Any] = {
        "bind": f"{host}:{port}",
        "workers": workers or default_workers(),
        "worker_class": "sync",
        "timeout": 60,
        "graceful_timeout": 10,
        "keepalive": 5,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning" if quiet else "info",
        "preload_app": True,
        # gunicorn 27's control socket would be shared by every server of this user; not needed.
        "control_socket_disable": True,
        "forwarded_allow_ips": os.environ.get("SELFLED_FORWARDED_ALLOW_IPS", "127.0.0.1"),
    }

    class SelfLedServer(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in options.items():
                if key in self.cfg.settings:
                    self.cfg.set(key, value)

        def load(self) -> Any:
            from selfled.wsgi import application

            close_database_connections()
            # Everything loaded so far lives as long as the server: keep it out of the
            # collector's full passes (about 80 ms each on a warm worker) and unshared pages
            # after the fork.
            gc.freeze()
            return application

    SelfLedServer().run()
