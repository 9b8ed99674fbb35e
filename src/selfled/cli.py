"""The `selfled` command. Each subcommand is a thin wrapper around a function in selfled.ops."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "selfled.settings")
    import django

    from selfled.conf import ConfigError

    try:
        django.setup()
    except ConfigError as exc:
        raise SystemExit(f"selfled: configuration error: {exc}") from exc


def _check_configuration() -> None:
    """Run Django's system checks; refuse to start with a clear message on errors."""
    from django.core import checks

    errors = [m for m in checks.run_checks() if m.level >= checks.ERROR]
    if errors:
        lines = [f"  {m.id}: {m.msg}" + (f"\n    hint: {m.hint}" if m.hint else "") for m in errors]
        raise SystemExit(
            "selfled: cannot start because of configuration errors:\n" + "\n".join(lines)
        )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="selfled", description="SelfLed: KAP + IFS practice software"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = sub.add_parser(
        "demo", help="set up the embedded database, load a demo practice, serve it"
    )
    demo.add_argument("--port", type=int, default=8000)
    demo.add_argument("--workers", type=int, default=2)

    serve = sub.add_parser("serve", help="run the production server (migrations applied first)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=0, help="default: 2 per CPU core")

    data = sub.add_parser("demo-data", help="load a fictional practice (deterministic per seed)")
    data.add_argument("--clients", type=int, default=12)
    data.add_argument("--weeks", type=int, default=12)
    data.add_argument("--seed", type=int, default=1)
    data.add_argument("--json", action="store_true", help="print the logins as JSON")

    manage = sub.add_parser("manage", help="any Django management command", add_help=False)
    manage.add_argument("args", nargs=argparse.REMAINDER)

    audit = sub.add_parser("audit", help="audit trail tools")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True)
    audit_sub.add_parser(
        "verify", help="exit 0 if the hash chain is intact, 1 naming the first break"
    )

    keys = sub.add_parser("keys", help="encryption key management")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    keys_sub.add_parser("rotate", help="make a new key and re-encrypt everything under it")
    keys_sub.add_parser("list", help="list keys and how many values each protects")
    retire = keys_sub.add_parser("retire", help="remove a key no value uses any more")
    retire.add_argument("key_id")

    backup = sub.add_parser("backup", help="consistent online backup of the database")
    backup.add_argument("file")
    backup.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    restore = sub.add_parser("restore", help="restore a backup (stop the server first)")
    restore.add_argument("file")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    insight = sub.add_parser("insight", help="the local language analyzer")
    insight_sub = insight.add_subparsers(dest="insight_command", required=True)
    analyze = insight_sub.add_parser("analyze", help="analyze one text")
    analyze.add_argument("text")
    analyze.add_argument("--json", action="store_true")
    analyze.add_argument(
        "--mode",
        choices=["rules", "ml"],
        default="rules",
        help="ml needs the optional extra (see README)",
    )
    evaluate = insight_sub.add_parser(
        "evaluate", help="precision/recall/F1 on a labelled JSONL file"
    )
    evaluate.add_argument("file")
    evaluate.add_argument("--json", action="store_true")
    evaluate.add_argument("--mode", choices=["rules", "ml"], default="rules")

    bench = sub.add_parser("bench", help="measure pages under load against the bare-view floor")
    bench.add_argument("--pages", default="", help="comma-separated page names (default: all)")
    bench.add_argument("--clients", type=int, default=200)
    bench.add_argument("--concurrency", type=int, default=8)
    bench.add_argument("--seconds", type=float, default=10.0, help="duration per page")
    bench.add_argument("--workers", type=int, default=2, help="server worker processes")
    bench.add_argument("--json", action="store_true")

    reset = sub.add_parser(
        "reset-link", help="a single-use link to choose a new password (for a locked-out admin)"
    )
    reset.add_argument("email")
    reset.add_argument(
        "--clear-two-factor",
        action="store_true",
        help="the person lost their authenticator: they set two-factor up again",
    )

    totp = sub.add_parser("totp", help="print the current code for a TOTP secret (demo helper)")
    totp.add_argument("secret")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if args_list[:1] == ["manage"]:
        _setup_django()
        from django.core.management import execute_from_command_line

        execute_from_command_line(["selfled manage", *args_list[1:]])
        return 0
    args = parser.parse_args(args_list)
    return int(dispatch(args) or 0)


def dispatch(args: argparse.Namespace) -> int:
    command = args.command
    if command == "insight":
        from selfled.lib.insight import cli as insight_cli

        if args.insight_command == "analyze":
            return insight_cli.analyze_main(args.text, args.json, args.mode)
        return insight_cli.evaluate_main(args.file, args.json, args.mode)
    if command == "reset-link":
        _setup_django()
        from selfled.ops.accounts import reset_link_main

        return reset_link_main(args.email, clear_two_factor=args.clear_two_factor)
    if command == "totp":
        from selfled.lib.totp import current_code

        print(current_code(args.secret))
        return 0
    if command == "bench":
        from selfled.bench.runner import run_bench_command

        return run_bench_command(args)
    if command == "demo":
        os.environ.setdefault("SELFLED_HTTPS", "0")  # plain HTTP on loopback only
        # Links in emails (invitations) point at this demo server unless configured.
        os.environ.setdefault("SELFLED_BASE_URL", f"http://127.0.0.1:{args.port}")
    _setup_django()
    from selfled.ops import commands

    return commands.run(args, check=_check_configuration)


if __name__ == "__main__":
    raise SystemExit(main())
