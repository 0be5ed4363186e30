"""`python -m generator`: regenerate everything under generated/ from specs/.

Deterministic (rerunning changes no byte) and strict (any generator warning fails the run).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from generator.api_report import ReportFailed, update_report
from generator.openapi_client import GenerationFailed, generate_client
from generator.spec_module import render_spec_module
from generator.validation_models import generate_models
from generator.vendor_package import render_vendor_packages

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated" / "commspec_generated"
PACKAGE = ROOT / "overrides" / "commspec"  # vendor package faces are written here (generated files)


def openapi_specs() -> list[Path]:
    return sorted(SPECS.glob("*/*.openapi.yaml"))


def generate_all(
    only: set[str] | None = None,
    *,
    specs: Path = SPECS,
    generated: Path = GENERATED,
    package_root: Path = PACKAGE,
) -> list[str]:
    """Every API package, the XML bindings of every XSD a spec names (``x-commspec.xsd``), and every
    vendor package face (generator/vendor_package.py). Nothing lists the vendors: they are the specs."""
    done: list[str] = []
    found: list[tuple[str, dict[str, object]]] = []
    for path in sorted(specs.glob("*/*.openapi.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        x = doc["x-commspec"]
        package = f"{x['vendor']}_{x['api']}"
        source = path.relative_to(specs.parent).as_posix()
        found.append((source, doc))
        if only and package not in only:
            continue
        out_dir = generated / package
        generate_client(doc, out_dir)
        generate_models(doc, out_dir)
        render_spec_module(doc, source, out_dir / "spec.py")
        done.append(package)
        if x.get("xsd") and (not only or f"{package}_xml" in only):
            from generator.xsd import generate_xsd_bindings

            generate_xsd_bindings(path.parent / x["xsd"], generated / f"{package}_xml")
            done.append(f"{package}_xml")
    render_vendor_packages(found, generated, package_root)
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--only", nargs="*", help="packages to regenerate (default: all)")
    args = parser.parse_args(argv)
    try:
        done = generate_all(set(args.only) if args.only else None)
        print("generated: " + ", ".join(done))
        update_report()  # after all code is generated and formatted: it imports the result
    except (GenerationFailed, ReportFailed) as error:
        print(f"generation failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
