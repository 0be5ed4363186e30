"""``commspec-mock [--host 127.0.0.1] [--port N]``: serve every vendor fake on one port."""

from __future__ import annotations

import argparse
import shlex
import sys

from commspec.mock._config import DEFAULT_MAX_BODY_BYTES, MockConfig
from commspec.mock._environment import client_environment
from commspec.mock._server import MockServer


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="commspec-mock", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default: loopback only)")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--log-level", default="warning")
    parser.add_argument(
        "--max-body-bytes",
        type=int,
        default=DEFAULT_MAX_BODY_BYTES,
        help=f"larger request bodies get 413 (default: {DEFAULT_MAX_BODY_BYTES:,})",
    )
    args = parser.parse_args(argv)
    if args.max_body_bytes < 0:
        parser.error("--max-body-bytes must be >= 0")
    try:
        from commspec.mock._serve import bind_socket, serve_forever  # uvicorn: the `mock` extra
    except ImportError as error:
        parser.exit(
            2,
            f"commspec-mock needs the server stack ({error.name} is missing): pip install 'commspec[mock]'\n",
        )
    config = MockConfig.from_env()
    config.max_body_bytes = args.max_body_bytes
    server = MockServer(config)
    sock = bind_socket(args.host, args.port)
    sock.listen(2048)  # connections made as soon as the banner is read wait for the server, not fail
    url = f"http://{args.host}:{sock.getsockname()[1]}"  # --port 0: the port the OS chose
    print(f"commspec mock on {url}  (control API: /_mock/state, /_mock/reset, /_mock/faults)")
    print("point a client at it (the credentials are the ones this mock accepts):")
    for name, value in client_environment(server.config, url).items():
        print(f"export {name}={shlex.quote(value)}")
    sys.stdout.flush()
    serve_forever(server, args.host, args.port, args.log_level, sock=sock)


if __name__ == "__main__":
    main()
