"""The layers depend one way: runtime <- generated <- vendor packages <- mock and demo.

- generated code (``commspec_generated``) imports from ``commspec`` only its public runtime API,
  ``commspec.runtime`` (and ``commspec.errors``), never a private or vendor module;
- ``commspec.runtime`` and everything it imports, however deep and however late (function-level and
  ``TYPE_CHECKING`` imports included), import no generated code and no vendor package;
- vendor packages (``commspec.itnio``, ``commspec.huawei``, ``commspec.iovox``) never import the mock
  or the demo, which sit above them.

Imports are read from the source (``ast``), not from a running interpreter, so a lazy import cannot hide.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = {"commspec": ROOT / "overrides", "commspec_generated": ROOT / "generated"}
# The vendors are the specs' (x-commspec.vendor): no list of them is kept, here or anywhere.
VENDOR_NAMES = tuple(
    sorted(
        {
            yaml.safe_load(p.read_text())["x-commspec"]["vendor"]
            for p in (ROOT / "specs").glob("*/*.openapi.yaml")
        }
    )
)
VENDORS = tuple(f"commspec.{name}" for name in VENDOR_NAMES)
ABOVE_VENDORS = ("commspec.mock", "commspec.demo")
GENERATED_MAY_IMPORT = ("commspec.runtime", "commspec.errors")


def _file_of(module: str) -> Path | None:
    base = PACKAGES.get(module.split(".")[0])
    if base is None:
        return None
    path = base.joinpath(*module.split("."))
    for candidate in (path.with_suffix(".py"), path / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _module_of(path: Path) -> str:
    for base in PACKAGES.values():
        if path.is_relative_to(base):
            parts = path.relative_to(base).with_suffix("").parts
            return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
    raise AssertionError(path)


def imports(path: Path) -> Iterator[str]:
    """Every module ``path`` imports (absolute names; ``from pkg import sub`` yields ``pkg.sub`` when
    ``sub`` is a module)."""
    module = _module_of(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield base
            for alias in node.names:
                if _file_of(f"{base}.{alias.name}") is not None:
                    yield f"{base}.{alias.name}"


def _within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == prefix or module.startswith(prefix + ".") for prefix in prefixes)


def _sources(package: str) -> list[Path]:
    file = _file_of(package)
    assert file is not None, package
    return sorted(file.parent.rglob("*.py")) if file.name == "__init__.py" else [file]


def test_generated_code_imports_only_the_public_runtime_api() -> None:
    found = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in _sources("commspec_generated")
        for name in imports(path)
        # ``from commspec import x`` also yields the package itself, which holds nothing but ``errors``.
        if _within(name, ("commspec",)) and name != "commspec" and not _within(name, GENERATED_MAY_IMPORT)
    }
    assert not found, "generated code imports commspec beyond commspec.runtime:\n" + "\n".join(sorted(found))


def test_the_runtime_imports_no_generated_code_and_no_vendor_package() -> None:
    seen: dict[str, str] = {"commspec.runtime": "commspec.runtime"}  # module -> how it was reached
    queue = ["commspec.runtime"]
    broken = []
    while queue:
        module = queue.pop()
        file = _file_of(module)
        if file is None:
            continue
        for name in imports(file):
            chain = f"{seen[module]} -> {name}"
            if _within(name, ("commspec_generated", *VENDORS, *ABOVE_VENDORS)):
                broken.append(chain)
            elif _within(name, ("commspec",)) and name not in seen:
                seen[name] = chain
                queue.append(name)
    assert len(seen) > 5  # the walk did follow the runtime's own imports
    assert not broken, "the runtime reaches code above it:\n" + "\n".join(sorted(broken))


@pytest.mark.parametrize("vendor", VENDORS)
def test_vendor_packages_do_not_import_the_mock_or_the_demo(vendor: str) -> None:
    found = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in _sources(vendor)
        for name in imports(path)
        if _within(name, ABOVE_VENDORS)
    }
    assert not found, f"{vendor} imports a layer above it:\n" + "\n".join(sorted(found))


def _vendor_lists_and_imports(path: Path, vendors: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """Every literal (tuple, list, set, dict) whose strings name two vendors or more, and every import of
    a vendor's package or of its generated code, in ``path``."""
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Tuple | ast.List | ast.Set | ast.Dict):
            values = node.keys if isinstance(node, ast.Dict) else node.elts
            texts = [v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
            named = {vendor for vendor in vendors for text in texts if vendor in text.lower()}
            if len(named) > 1:
                yield node.lineno, f"a literal naming {sorted(named)}"
        modules: list[str] = []
        if isinstance(node, ast.ImportFrom):
            modules = [node.module or ""] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        for module in modules:
            parts = module.split(".")
            if any(part in vendors or part.split("_")[0] in vendors for part in parts[1:2] + parts[2:3]):
                yield node.lineno, f"imports {module}"


def test_no_python_outside_a_vendors_own_packages_lists_the_vendors() -> None:
    """Registries are discovered from the specs and packages: outside ``commspec.<vendor>``,
    ``commspec.mock.<vendor>`` and the demo program, no literal lists vendors and nothing imports a
    vendor's package or generated code (the generator, the runtime, the mock engine and plumbing, the
    testing helpers)."""
    package = ROOT / "overrides" / "commspec"
    own = {(name,) for name in VENDOR_NAMES} | {("mock", name) for name in VENDOR_NAMES} | {("demo",)}
    found = []
    for path in sorted([*package.rglob("*.py"), *(ROOT / "generator").rglob("*.py")]):
        relative = path.relative_to(package).parts if path.is_relative_to(package) else ()
        if relative[:1] in own or relative[:2] in own:
            continue
        found += [
            f"{path.relative_to(ROOT)}:{line}: {what}"
            for line, what in _vendor_lists_and_imports(path, VENDOR_NAMES)
        ]
    assert VENDOR_NAMES and not found, "\n".join(found)
