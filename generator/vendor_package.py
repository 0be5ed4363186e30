"""A vendor's package face, from its specs: ``commspec/<vendor>/_client.py`` (the sync and async client
classes), ``__init__.py`` and ``types.py``.

Every API whose ``x-commspec`` has ``client`` joins the client of that ``name`` (ITNIO's two APIs make
one ``ItnioClient``); the constructor's arguments come from ``environment`` and ``client-params`` and
the client's own keys; what stays hand-written is named by ``module:name`` references: the auth flow
(omitted: the standard OpenAPI schemes, ``commspec._standard``), the response envelope (omitted: plain
JSON) and the body encoder (omitted: JSON). specs/README.md documents the keys.
"""

from __future__ import annotations

import ast
import subprocess
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from generator import preprocess
from generator.openapi_client import GenerationFailed, ruff_command
from generator.spec_module import _security

TEMPLATES = Path(__file__).parent / "templates" / "vendor"
ROOT = Path(__file__).resolve().parent.parent
GENERATED_NOTE = "by `nox -s generate`. Do not edit by hand."
# The runtime's own mechanisms for what a spec's client leaves out.
STANDARD_AUTH = "commspec._standard:standard_auth"
STANDARD_HANDLER = "commspec._standard:handle_json_response"
# Keys of x-commspec.client that name hand-written code (module:name).
HOOKS = {"auth": "auth", "response-handler": "handler", "body-encoder": "encoder", "prepare": "prepare"}
# Keys that may be written in one API of a client and hold for the whole client (or vendor).
CLIENT_KEYS = {
    "name",
    "title",
    "vendor-title",
    "package-doc",
    "doc",
    "exports",
    "arguments",
    "attributes",
    "imports",
    *HOOKS,
}


@dataclass
class Api:
    package: str  # commspec_generated.<package>
    mixin: str  # <Api>Resources
    source: str  # specs/<vendor>/<api>.openapi.yaml
    doc: dict[str, Any]


@dataclass
class Client:
    name: str
    apis: list[Api]
    keys: dict[str, Any] = field(default_factory=dict)


def _merge(client: Client, api: Api, keys: dict[str, Any]) -> None:
    unknown = set(keys) - CLIENT_KEYS
    if unknown:
        raise GenerationFailed(f"{api.source}: x-commspec.client: unknown keys {sorted(unknown)}")
    for key, value in keys.items():
        if key in client.keys and client.keys[key] != value:
            raise GenerationFailed(f"{api.source}: x-commspec.client.{key} differs from another API's")
        client.keys[key] = value


def _reference(value: str, where: str) -> tuple[str, str]:
    module, _, name = value.partition(":")
    if not module.startswith("commspec.") or not name.isidentifier():
        raise GenerationFailed(f"{where}: {value!r} is no `commspec.<module>:<name>` reference")
    return module, name


def vendor_clients(specs: list[tuple[str, dict[str, Any]]]) -> dict[str, list[Client]]:
    """Vendor -> its clients, from (source path, spec) pairs in a stable order."""
    clients: dict[str, dict[str, Client]] = {}
    for source, doc in specs:
        x = doc["x-commspec"]
        keys = x.get("client")
        if keys is None:
            continue  # an API that no client carries (Huawei IAM: the token flow calls it)
        if "name" not in keys:
            raise GenerationFailed(f"{source}: x-commspec.client needs a name")
        api = Api(f"{x['vendor']}_{x['api']}", f"{preprocess.pascal_case(x['api'])}Resources", source, doc)
        client = clients.setdefault(x["vendor"], {}).setdefault(keys["name"], Client(keys["name"], []))
        client.apis.append(api)
        _merge(client, api, keys)
    return {vendor: sorted(found.values(), key=lambda c: c.name) for vendor, found in sorted(clients.items())}


def _docstring(text: str, indent: str = "") -> str:
    """``text`` wrapped for a docstring at ``indent`` (paragraphs kept); the first line leaves room for
    the opening quotes."""
    width = 103 - len(indent)
    wrapped = []
    for paragraph in text.strip().split("\n\n"):
        if paragraph.startswith(" "):  # a literal block (code): kept as written
            wrapped.append(textwrap.indent(paragraph, indent))
            continue
        flat = " ".join(paragraph.split())
        wrapped.append(
            textwrap.fill(
                flat, width, break_long_words=False, break_on_hyphens=False, subsequent_indent=indent
            )
        )
    return f"\n\n{indent}".join(wrapped) + (f"\n{indent}" if len(wrapped) > 1 else "")


def _all_order(name: str) -> tuple[int, str]:
    """``__all__`` in ruff's order (RUF022): CONSTANTS, then Classes, then functions."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)


def _sentence(variables: list[str]) -> str:
    return " / ".join(f"``{variable}``" for variable in variables)


def _client_context(vendor: str, client: Client, imports: dict[str, set[str]]) -> dict[str, Any]:
    keys = client.keys
    first = client.apis[0].doc["x-commspec"]
    environment: dict[str, str] = {}
    for api in client.apis:
        environment.update(
            {k: v for k, v in api.doc["x-commspec"].get("environment", {}).items() if k not in environment}
        )
    client_params = list(first.get("client-params", []))
    positional = [name for name in environment if name != "base_url"]
    credentials = tuple(name for name in positional if name not in client_params)
    hooks: dict[str, str | None] = {}
    for key, slot in HOOKS.items():
        reference = keys.get(key)
        if reference is None:
            reference = {"auth": STANDARD_AUTH, "response-handler": STANDARD_HANDLER}.get(key)
        if reference is None:
            hooks[slot] = None
            continue
        module, name = _reference(reference, f"{client.apis[0].source}: x-commspec.client.{key}")
        package, _, leaf = module.rpartition(".")
        imports.setdefault(package, set()).add(leaf)  # the module: hooks of two modules may share a name
        hooks[slot] = f"{leaf}.{name}"
    if "auth" not in keys:
        security = _security(client.apis[0].doc)
        if not security or any(kind == "custom" for kind, _, _ in security):
            raise GenerationFailed(
                f"{client.apis[0].source}: its security schemes are not all standard (apiKey in a header, "
                "http basic, http bearer, each with its x-commspec-credential): name the vendor's auth flow "
                "in x-commspec.client.auth"
            )
    for module, names in keys.get("imports", {}).items():
        imports.setdefault(module, set()).update(names)
    title = keys.get("title") or client.apis[0].doc["info"]["title"]
    sync_doc = f"Blocking {title} client."
    if credentials:
        sync_doc += f" Credentials: arguments or {_sentence([environment[name] for name in credentials])};"
    for name in positional:
        if name not in credentials:
            sync_doc += f" ``{name}``: argument or ``{environment[name]}``;"
    if "base_url" in environment:
        sync_doc += f" ``base_url``: argument, ``{environment['base_url']}``, or production."
    if keys.get("doc"):
        sync_doc += "\n\n" + keys["doc"]
    arguments = [
        {"name": name, "type": spec["type"], "default": spec.get("default", "None")}
        for name, spec in keys.get("arguments", {}).items()
    ]
    return {
        "name": client.name,
        "vendor_const": client.name.upper(),
        "apis": client.apis,
        "credentials": credentials,
        "positional": positional,
        "keyword": arguments,
        "attributes": tuple(keys.get("attributes", {})),
        "annotations": list(keys.get("attributes", {}).items()),
        "default_region": _default_region(client.apis[0].doc),
        "docs": {
            "sync": _docstring(sync_doc, "    "),
            "async": _docstring(
                f"asyncio {title} client; same arguments as ``{client.name}Client``.", "    "
            ),
        },
        **hooks,
    }


def _default_region(doc: dict[str, Any]) -> bool:
    servers = doc.get("servers") or [{}]
    return "default" in servers[0].get("variables", {}).get("region", {})


def _model_modules(api: Api, generated: Path) -> list[str]:
    base = f"commspec_generated.{api.package}"
    modules = [f"{base}_xml"] if api.doc["x-commspec"].get("xsd") else []
    modules.append(f"{base}.models")
    if (generated / api.package / "param_types.py").exists():
        modules.append(f"{base}.param_types")
    return modules


def _module_all(module: str, generated: Path) -> list[str]:
    """The ``__all__`` of a generated model module (read from its source: it is not imported here)."""
    relative = Path(*module.split(".")[1:])
    path = generated / relative / "__init__.py"
    if not path.exists():
        path = generated / relative.with_suffix(".py")
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            return [str(name) for name in ast.literal_eval(node.value)]
    raise GenerationFailed(f"{path}: no __all__ to export the models by")


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(  # noqa: S701 - renders Python source, not HTML
        loader=jinja2.FileSystemLoader(TEMPLATES),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["pyrepr"] = repr
    return env


def render_vendor_packages(
    specs: list[tuple[str, dict[str, Any]]], generated: Path, package_root: Path
) -> list[str]:
    """Write ``<package_root>/<vendor>/{_client,__init__,types}.py`` for every vendor with a client;
    ``generated`` is the ``commspec_generated`` folder (which model modules exist). Returns the files."""
    env = _environment()
    written: list[Path] = []
    for vendor, clients in vendor_clients(specs).items():
        hook_imports: dict[str, set[str]] = {}
        contexts = [_client_context(vendor, client, hook_imports) for client in clients]
        apis = [api for client in clients for api in client.apis]
        sources = sorted({api.source for api in apis})
        keys: dict[str, Any] = {}
        for client in clients:
            keys.update(
                {k: v for k, v in client.keys.items() if k in ("title", "vendor-title", "package-doc")}
            )
        title = keys.get("vendor-title") or keys.get("title") or apis[0].doc["info"]["title"]
        out_dir = package_root / vendor
        out_dir.mkdir(parents=True, exist_ok=True)
        client_file = out_dir / "_client.py"
        client_file.write_text(
            env.get_template("client.py.jinja").render(
                doc=_docstring(f"{title} clients: generated from {', '.join(sources)} {GENERATED_NOTE}"),
                client_all=sorted(
                    [
                        *(["DEFAULT_REGION"] if any(c["default_region"] for c in contexts) else []),
                        *(f"{prefix}{c['name']}Client" for c in contexts for prefix in ("", "Async")),
                    ],
                    key=_all_order,
                ),
                clients=contexts,
                apis=apis,
                hook_imports={m: sorted(n) for m, n in sorted(hook_imports.items())},
            )
        )
        exports: dict[str, set[str]] = {f"commspec.{vendor}._client": set()}
        for context in contexts:
            exports[f"commspec.{vendor}._client"] |= {
                f"{context['name']}Client",
                f"Async{context['name']}Client",
            }
        for client in clients:
            for module, names in client.keys.get("exports", {}).items():
                exports.setdefault(module, set()).update(names)
        model_modules = [module for api in apis for module in _model_modules(api, generated)]
        init_file = out_dir / "__init__.py"
        init_file.write_text(
            env.get_template("init.py.jinja").render(
                package_doc=_docstring(keys.get("package-doc") or f"{title}."),
                sources=sources,
                vendor=vendor,
                exports={m: sorted(n) for m, n in sorted(exports.items())},
                model_modules=model_modules,
                # The lazy models too: type checkers (pyright strict) take a package's public names
                # from __all__ alone.
                public=sorted(
                    {
                        *(name for names in exports.values() for name in names),
                        *(name for module in model_modules for name in _module_all(module, generated)),
                    },
                    key=_all_order,
                ),
            )
        )
        types_file = out_dir / "types.py"
        xsd = any(api.doc["x-commspec"].get("xsd") for api in apis)
        has_params = any(module.endswith(".param_types") for module in model_modules)
        types_doc = (
            f"{title} models, generated from {', '.join(sources)}: "
            + ("the classes of the XML documents (from the XSD) and " if xsd else "")
            + "the pydantic models calls return (snake_case fields; fields the vendor adds are kept in "
            + "``model_extra``)"
            + (
                " and the ``...Param`` TypedDicts that type a nested argument given as a dict"
                if has_params
                else ""
            )
            + f". Also importable from ``commspec.{vendor}``."
        )
        types_file.write_text(
            env.get_template("types.py.jinja").render(
                doc=_docstring(types_doc),
                model_modules=model_modules,
            )
        )
        written += [client_file, init_file, types_file]
    paths = [str(path) for path in written]
    if paths:
        ruff = ruff_command()
        # The project's ruff settings (these files are checked with overrides/), rules selected as for
        # every generated file.
        for command in (
            [ruff, "check", "--no-cache", "--select", "F,I,UP", "--fix-only", "--quiet", *paths],
            [ruff, "format", "--no-cache", "--quiet", *paths],
        ):
            subprocess.run(command, check=True, cwd=ROOT)  # noqa: S603
    return [path.name for path in written]
