"""``commspec-mock [--host 127.0.0.1] [--port N]``: serve every vendor fake on one port."""

from __future__ import annotations

import argparse

from commspec.mock._config import DEFAULT_MAX_BODY_BYTES, MockConfig
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
        from commspec.mock._serve import serve_forever  # uvicorn: the `mock` extra
    except ImportError as error:
        parser.exit(
            2,
            f"commspec-mock needs the server stack ({error.name} is missing): pip install 'commspec[mock]'\n",
        )
    config = MockConfig.from_env()
    config.max_body_bytes = args.max_body_bytes
    server = MockServer(config)
    print(
        f"commspec mock on http://{args.host}:{args.port}"
        "  (control API: /_mock/state, /_mock/reset, /_mock/faults)"
    )
    print("accepted credentials (set the same variables for your client):")
    for name, value in server.config.credentials.items():
        print(f"  {name}={value}")
    serve_forever(server, args.host, args.port, args.log_level)


if __name__ == "__main__":
    main()
