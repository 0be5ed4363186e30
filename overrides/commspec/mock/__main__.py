"""``commspec-mock [--host 127.0.0.1] [--port N] [--allow-host NAME]``: serve every vendor fake on one
port. Every option has an environment variable (``COMMSPEC_MOCK_PORT``, ...), so the mock also runs as a
CI service container configured by its environment alone."""

from __future__ import annotations

import argparse
import ipaddress
import json
import logging
import os
import shlex
import sys

from commspec.mock._config import (
    ALLOW_HOSTS_VARIABLE,
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_MAX_RECORDED_REQUESTS,
    MockConfig,
    is_demo,
)
from commspec.mock._environment import client_environment
from commspec.mock._server import MockServer

logger = logging.getLogger("commspec.mock")


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` keeps the mock on this machine."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a name that resolves elsewhere, or nothing known


def banner(server: MockServer, url: str) -> list[str]:
    """What the mock prints at start: its URL and the ``export`` lines a client needs. A credential that
    is not a demo value (a real one in the environment) is never printed: its line names the variable,
    whose value the client's shell must already hold."""
    lines = [
        f"commspec mock on {url}  (control API: /_mock/state, /_mock/reset, /_mock/faults)",
        "point a client at it (the credentials are the ones this mock accepts):",
    ]
    for name, value in client_environment(server.config, url).items():
        if name in server.config.credentials and not is_demo(name, value):
            lines.append(f"# {name}: taken from the mock's environment, not printed")
        else:
            lines.append(f"export {name}={shlex.quote(value)}")
    return lines


def warn_if_exposed(host: str) -> None:
    """A bind beyond loopback serves the mock (and its control API) to the network: say so where both a
    person (stderr) and a log collector (the ``commspec.mock`` logger) see it."""
    if is_loopback(host):
        return
    message = (
        f"commspec-mock: binding {host}, not loopback: other machines can reach the mock; its control API "
        f"still answers only loopback Host names unless --allow-host / {ALLOW_HOSTS_VARIABLE} names more"
    )
    print(f"WARNING: {message}", file=sys.stderr)
    if logger.hasHandlers():  # without one, logging's last resort would print the same line again
        logger.warning(message)


def _env(name: str, default: object) -> str:
    """The option's default from its environment variable (``COMMSPEC_MOCK_<NAME>``): argparse
    converts and checks it as it does the flag, so a bad value is an error, not ignored."""
    return os.environ.get(f"COMMSPEC_MOCK_{name}") or str(default)


def load_seed(server: MockServer, path: str) -> int:
    """Run the seed file at ``path`` (a JSON list of calls, ``commspec.mock._seed``); the calls run."""
    from commspec.mock._seed import SeedError

    try:
        with open(path, encoding="utf-8") as file:
            calls = json.load(file)
        return len(server.seed(calls))
    except (OSError, ValueError) as error:  # SeedError is a ValueError
        where = "" if isinstance(error, SeedError) else f"{path}: "
        raise SystemExit(f"commspec-mock: --seed {path}: {where}{error}") from None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="commspec-mock", description=__doc__)
    parser.add_argument(
        "--host",
        default=_env("HOST", "127.0.0.1"),
        help="bind address (default: loopback only; env COMMSPEC_MOCK_HOST)",
    )
    parser.add_argument("--port", type=int, default=_env("PORT", 8080), help="env COMMSPEC_MOCK_PORT")
    parser.add_argument(
        "--log-level", default=_env("LOG_LEVEL", "warning"), help="env COMMSPEC_MOCK_LOG_LEVEL"
    )
    parser.add_argument(
        "--max-body-bytes",
        type=int,
        default=_env("MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES),
        help=f"larger request bodies get 413 (default: {DEFAULT_MAX_BODY_BYTES:,}; "
        "env COMMSPEC_MOCK_MAX_BODY_BYTES)",
    )
    parser.add_argument(
        "--max-recorded-requests",
        type=int,
        default=_env("MAX_RECORDED_REQUESTS", DEFAULT_MAX_RECORDED_REQUESTS),
        help=f"the journal (GET /_mock/requests) keeps the last N requests (default: "
        f"{DEFAULT_MAX_RECORDED_REQUESTS:,}; env COMMSPEC_MOCK_MAX_RECORDED_REQUESTS)",
    )
    parser.add_argument(
        "--seed",
        metavar="FILE",
        default=os.environ.get("COMMSPEC_MOCK_SEED") or None,
        help="start with the state this JSON file's calls create (env COMMSPEC_MOCK_SEED)",
    )
    parser.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a Host name the control API answers besides localhost/127.0.0.1/[::1] ('*': any); "
        f"repeatable; env {ALLOW_HOSTS_VARIABLE}=a,b",
    )
    args = parser.parse_args(argv)
    if args.max_body_bytes < 0:
        parser.error("--max-body-bytes must be >= 0")
    if args.max_recorded_requests < 0:
        parser.error("--max-recorded-requests must be >= 0")
    try:
        from commspec.mock._serve import bind_socket, serve_forever  # uvicorn: the `mock` extra
    except ImportError as error:
        parser.exit(
            2,
            f"commspec-mock needs the server stack ({error.name} is missing): pip install 'commspec[mock]'\n",
        )
    config = MockConfig.from_env()
    config.max_body_bytes = args.max_body_bytes
    config.max_recorded_requests = args.max_recorded_requests
    config.allowed_hosts = (*config.allowed_hosts, *args.allow_host)
    server = MockServer(config)
    if args.seed:
        count = load_seed(server, args.seed)
        print(f"commspec-mock: seeded {count} calls from {args.seed}", file=sys.stderr)
    warn_if_exposed(args.host)
    sock = bind_socket(args.host, args.port)
    sock.listen(2048)  # connections made as soon as the banner is read wait for the server, not fail
    # --port 0: the port the OS chose; a wildcard bind is reached (and its control API answered) on loopback
    shown_host = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "[::1]"}.get(args.host, args.host)  # noqa: S104
    url = f"http://{shown_host}:{sock.getsockname()[1]}"
    print("\n".join(banner(server, url)))
    sys.stdout.flush()
    serve_forever(server, args.host, args.port, args.log_level, sock=sock)


if __name__ == "__main__":
    main()
