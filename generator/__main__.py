"""`python -m generator`: regenerate everything under generated/ from specs/.

Deterministic (rerunning changes no byte), strict (any generator warning fails the run) and
all-or-nothing: the specs are checked first (generator/checks.py), then everything is generated into a
temporary tree that replaces generated/ only when the whole run (the API report included) succeeded;
a refused run leaves generated/ byte-identical. Each vendor package's face (overrides/commspec/<vendor>/
``__init__.py``, ``types.py``, ``_client.py``, generator/vendor_package.py) is generated into the same
tree and put in place before the API report reads it; a refused run puts the previous files back.
Nothing here lists the vendors or their XSDs: they are found from the specs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from generator import changelog, preprocess
from generator.api_report import ReportFailed, update_report
from generator.checks import check_specs
from generator.openapi_client import GenerationFailed, generate_client
from generator.spec_module import render_spec_module
from generator.validation_models import generate_models
from generator.vendor_package import render_vendor_packages

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated" / "commspec_generated"


def openapi_specs(specs: Path = SPECS) -> list[Path]:
    return sorted(specs.glob("*/*.openapi.yaml"))


def load_specs(root: Path = ROOT) -> dict[Path, dict[str, Any]]:
    """Every OpenAPI spec under ``root``/specs, by its path relative to ``root``."""
    docs = {}
    for path in openapi_specs(root / "specs"):
        try:
            docs[path.relative_to(root)] = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            raise GenerationFailed(f"{path.relative_to(root).as_posix()}: not valid YAML: {error}") from None
    return docs


def xsds(docs: dict[Path, dict[str, Any]]) -> dict[Path, str]:
    """Each XSD a spec names (``x-commspec.xsd``, relative to the spec) -> its bindings' package."""
    found = {}
    for relative, doc in docs.items():
        x = doc["x-commspec"]
        if x.get("xsd"):
            found[relative.parent / x["xsd"]] = f"{x['vendor']}_{x['api']}_xml"
    return found


def generate_all(
    only: set[str] | None = None, *, root: Path = ROOT, out: Path | None = None, faces: Path | None = None
) -> list[str]:
    """Generate the packages into ``out`` (default: ``root``/generated/commspec_generated) and the
    vendor package faces into ``faces`` (default: ``out``'s sibling ``faces``) once every spec passed
    the checks; returns the packages generated."""
    out = out or root / "generated" / "commspec_generated"
    docs = load_specs(root)
    schemas = {root / path: package for path, package in xsds(docs).items()}
    check_specs(docs, list(schemas))
    out.mkdir(parents=True, exist_ok=True)
    done: list[str] = []
    for relative, doc in docs.items():
        x = doc["x-commspec"]
        package = f"{x['vendor']}_{x['api']}"
        if only and package not in only:
            continue
        out_dir = out / package
        validation = preprocess.for_validation(doc)  # once per spec, for all three generators
        generate_client(doc, out_dir, validation)
        generate_models(doc, out_dir, validation)
        render_spec_module(doc, relative.as_posix(), out_dir / "spec.py", validation)
        done.append(package)
    for xsd, xsd_package in schemas.items():
        if not only or xsd_package in only:
            from generator.xsd import generate_xsd_bindings

            generate_xsd_bindings(xsd, out / xsd_package)
            done.append(xsd_package)
    specs = [(relative.as_posix(), doc) for relative, doc in docs.items()]
    render_vendor_packages(specs, out, faces or out.parent / "faces")
    return done


def regenerate(only: set[str] | None = None, *, root: Path = ROOT) -> list[str]:
    """The whole run into a temporary tree beside generated/, which replaces generated/ only once
    everything succeeded (the tree is on the same file system, so the swap is two renames)."""
    target = root / "generated"
    stage = Path(tempfile.mkdtemp(prefix=".generated-", dir=root))
    faces = Path(tempfile.mkdtemp(prefix=".faces-", dir=root))
    os.chmod(stage, 0o755)  # noqa: S103 - mkdtemp's 0700 would become generated/'s; a checkout is 755
    try:
        if target.exists():
            shutil.copytree(target, stage, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
        done = generate_all(only, root=root, out=stage / "commspec_generated", faces=faces)
        print("generated: " + ", ".join(done))
        replaced = _put_faces(faces, root / "overrides" / "commspec")
        try:
            update_report(root, stage)  # after all code is generated and formatted: it imports the result
            record = changelog.write(root, (stage / "API.md").read_text(encoding="utf-8"))
        except BaseException:
            _restore(replaced)
            raise
        _replace(target, stage)
        if record is not None:
            (root / changelog.CHANGELOG).write_text(record, encoding="utf-8")
            print(f"{changelog.CHANGELOG}: API changes since the last release written under Unreleased")
    finally:
        shutil.rmtree(stage, ignore_errors=True)
        shutil.rmtree(faces, ignore_errors=True)
    return done


def _put_faces(faces: Path, package: Path) -> dict[Path, bytes | None]:
    """The generated vendor package faces, in place; returns what each replaced (None: nothing)."""
    replaced: dict[Path, bytes | None] = {}
    for made in sorted(faces.rglob("*.py")):
        target = package / made.relative_to(faces)
        replaced[target] = target.read_bytes() if target.exists() else None
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(made, target)
    return replaced


def _restore(replaced: dict[Path, bytes | None]) -> None:
    for target, previous in replaced.items():
        if previous is None:
            target.unlink(missing_ok=True)
        else:
            target.write_bytes(previous)


def _replace(target: Path, stage: Path) -> None:
    previous = target.with_name(stage.name + "-previous")
    if target.exists():
        os.rename(target, previous)
    os.rename(stage, target)
    shutil.rmtree(previous, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--only", nargs="*", help="packages to regenerate (default: all)")
    args = parser.parse_args(argv)
    try:
        regenerate(set(args.only) if args.only else None)
    except (GenerationFailed, ReportFailed, changelog.ChangelogError) as error:
        print(f"generation failed (generated/ left as it was): {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
