"""Typed dataclass bindings for an XSD a spec names (``x-commspec.xsd``, IOVOX's call flows), generated
with xsdata (pinned 26.10) into ``commspec_generated.<vendor>_<api>_xml``.

xsdata writes relative to the working directory, imports what it wrote and shells out to ``ruff``,
so it runs in a child process inside a scratch directory; the result is then formatted with the
project's pinned ruff and moved into place. Any xsdata warning fails generation: a warning there
means part of the schema was dropped or guessed.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

XSDATA_VERSION = "26.10"
# The schema is shipped inside the generated package (under its own file name) so the runtime validates
# without reading specs/.
XS_NAMESPACE = "http://www.w3.org/2001/XMLSchema"

# One ordered compound field per rule container (xsd group "rules" -> field `rules`); kw_only so
# required attributes are required keyword arguments; no header, so reruns are byte-identical.
_CONFIG_XML = """<?xml version="1.0" encoding="UTF-8"?>
<Config xmlns="http://pypi.org/project/xsdata" version="{version}">
  <Output maxLineLength="88" genericCollections="false">
    <Package>{package}</Package>
    <Format repr="true" eq="true" order="false" unsafeHash="false" frozen="false" slots="true"
            kwOnly="true">dataclasses</Format>
    <Structure>filenames</Structure>
    <DocstringStyle>Google</DocstringStyle>
    <RelativeImports>false</RelativeImports>
    <CompoundFields defaultName="rules" useSubstitutionGroups="false" forceDefaultName="false"
                    maxNameParts="3">true</CompoundFields>
    <WrapperFields>false</WrapperFields>
    <UnnestClasses>false</UnnestClasses>
    <IgnorePatterns>false</IgnorePatterns>
    <IncludeHeader>false</IncludeHeader>
  </Output>
</Config>
"""

_HEADER = '"""Code generated from {source} by generator/xsd.py. Do not edit by hand."""\n\n'


class XsdGenerationError(RuntimeError):
    """xsdata failed or warned; nothing was written to the output directory."""


def generate_xsd_bindings(xsd_path: Path, out_dir: Path) -> None:
    """Generate the bindings of ``xsd_path`` into ``out_dir`` (replaced wholesale), the package
    ``commspec_generated.<out_dir name>``."""
    _check_xsdata_version()
    xsd_path = xsd_path.resolve()
    out_dir = out_dir.resolve()
    package = f"commspec_generated.{out_dir.name}"
    with tempfile.TemporaryDirectory(prefix="commspec-xsd-") as scratch_name:
        scratch = Path(scratch_name)
        config = scratch / "xsdata.xml"
        config.write_text(_CONFIG_XML.format(version=XSDATA_VERSION, package=package), encoding="utf-8")
        work = scratch / "work"
        work.mkdir()
        bindings_xsd = scratch / "bindings" / xsd_path.name
        bindings_xsd.parent.mkdir()
        bindings_xsd.write_bytes(with_attribute_wildcards(xsd_path.read_bytes()))
        _run_worker(bindings_xsd, config, work)
        built = work.joinpath(*package.split("."))
        _finish_package(built, xsd_path)
        if out_dir.exists():
            shutil.rmtree(out_dir)
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(built, out_dir)


def with_attribute_wildcards(xsd: bytes) -> bytes:
    """The XSD as xsdata should see it: every complex type also takes attributes it does not declare.

    Vendors add attributes; a response carrying one must still parse, and the attribute must stay
    readable. xsdata keeps undeclared attributes only in a wildcard field, so each complex type gets
    ``<xs:anyAttribute processContents="skip"/>`` here and its class an ``other_attributes`` dict. The
    XSD that validates (shipped beside the bindings, used before anything is sent) stays the spec's.
    Types derived by complexContent inherit their base's wildcard.
    """
    from lxml import etree

    def xs(tag: str) -> str:
        return f"{{{XS_NAMESPACE}}}{tag}"

    root = etree.fromstring(xsd, etree.XMLParser(resolve_entities=False, no_network=True))
    for complex_type in root.iter(xs("complexType")):
        target = complex_type
        for child in complex_type:
            if child.tag == xs("complexContent"):
                target = None
            elif child.tag == xs("simpleContent"):
                target = next(part for part in child if part.tag in (xs("extension"), xs("restriction")))
        if target is None or target.find(xs("anyAttribute")) is not None:
            continue
        wildcard = etree.Element(xs("anyAttribute"), processContents="skip")
        asserts = target.findall(xs("assert"))  # XSD 1.1: assertions come after the wildcard
        if asserts:
            asserts[0].addprevious(wildcard)
        else:
            target.append(wildcard)
    result: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return result


def _check_xsdata_version() -> None:
    from importlib.metadata import version

    installed = version("xsdata")
    if installed != XSDATA_VERSION:
        raise XsdGenerationError(f"xsdata {XSDATA_VERSION} is required (pinned), found {installed}")


def _run_worker(xsd_path: Path, config: Path, work: Path) -> None:
    # xsdata calls `ruff` by name: put this interpreter's scripts directory first on PATH.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PYTHONHASHSEED"] = "0"
    result = subprocess.run(  # noqa: S603 - fixed argv: this interpreter and this file
        [sys.executable, str(Path(__file__).resolve()), "--worker", str(xsd_path), str(config)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise XsdGenerationError(f"xsdata failed ({result.returncode}):\n{result.stdout}{result.stderr}")


def _finish_package(package_dir: Path, xsd_path: Path) -> None:
    """Header, pinned-ruff formatting and the schema copy: the parts xsdata does not do for us."""
    sources = sorted(package_dir.glob("*.py"))
    parts = xsd_path.parts
    header = _HEADER.format(
        source="/".join(parts[parts.index("specs") :] if "specs" in parts else parts[-1:])
    )
    for source in sources:
        source.write_text(header + source.read_text(encoding="utf-8"), encoding="utf-8")
    ruff = [sys.executable, "-m", "ruff"]
    paths = [str(source) for source in sources]
    for command in (
        [*ruff, "check", "--isolated", "--no-cache", "--select", "F,I,UP", "--fix-only", "--quiet", *paths],
        [*ruff, "format", "--isolated", "--no-cache", "--quiet", *paths],
    ):
        done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
        if done.returncode != 0:
            raise XsdGenerationError(f"{' '.join(command[2:4])} failed:\n{done.stdout}{done.stderr}")
    shutil.copyfile(xsd_path, package_dir / xsd_path.name)


def _worker(xsd_path: str, config_path: str) -> int:
    """Child process: run xsdata in the current directory, fail on any warning it reports."""
    from xsdata.codegen.transformer import ResourceTransformer
    from xsdata.logger import logger
    from xsdata.models.config import GeneratorConfig

    reported: list[str] = []

    class _Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            reported.append(record.getMessage())

    logger.handlers = [_Collect(level=logging.WARNING)]
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Python warnings (e.g. CodegenWarning) become failures
        config = GeneratorConfig.read(Path(config_path))
        ResourceTransformer(config=config).process([Path(xsd_path).as_uri()])
    if reported:
        print("xsdata warnings (generation refused):", *reported, sep="\n  ", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--worker"] and len(args) == 3:
        return _worker(args[1], args[2])
    if len(args) != 2:
        print("usage: python -m generator.xsd SCHEMA.xsd OUT_DIR (python -m generator finds both)")
        return 2
    xsd, out = Path(args[0]), Path(args[1])
    generate_xsd_bindings(xsd, out)
    print(f"generated {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
