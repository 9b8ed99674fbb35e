"""Subcommands that need Django. Each returns a process exit code."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from django.core.management import call_command


def run(args: argparse.Namespace, *, check: Callable[[], None]) -> int:
    command = args.command
    if command in {"serve", "demo"}:
        check()
        call_command("migrate", interactive=False, verbosity=0)
        if command == "demo":
            from selfled.demo.loader import ensure_demo_practice

            ensure_demo_practice(out=sys.stdout)
            print(f"\nSelfLed demo: http://127.0.0.1:{args.port}/  (Ctrl+C to stop)\n", flush=True)
            return serve("127.0.0.1", args.port, args.workers)
        return serve(args.host, args.port, args.workers)
    if command == "demo-data":
        check()
        call_command("migrate", interactive=False, verbosity=0)
        from selfled.demo.generate import generate, print_logins

        logins = generate(
            clients=args.clients, weeks=args.weeks, seed=args.seed, progress=not args.json
        )
        if args.json:
            print(json.dumps(logins.as_json()))
        else:
            print_logins(logins, out=sys.stdout)
        return 0
    if command == "audit":
        from selfled.audit.services import verify_chain

        report = verify_chain()
        if report.ok:
            print(f"audit chain intact: {report.checked} events verified")
            return 0
        print(
            f"audit chain BROKEN at event #{report.first_broken}: {report.reason} "
            f"({report.checked} events verified before it)"
        )
        return 1
    if command == "keys":
        from selfled.ops import keys

        return keys.run(args)
    if command == "backup":
        from selfled.ops.backup import backup

        return backup(args.file, force=args.force)
    if command == "restore":
        from selfled.ops.backup import restore

        return restore(args.file, assume_yes=args.yes)
    raise SystemExit(f"selfled: unknown command {command}")


def serve(host: str, port: int, workers: int) -> int:
    from selfled.ops.server import run_server

    run_server(host=host, port=port, workers=workers)
    return 0
