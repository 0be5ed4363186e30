"""`spec.py` of a generated API package: the spec's facts that are data, not types.

Operations (method, path, parameters, validation models, pagination), the vendor's code table, the
cross-field rules and the mock's answer codes, read from the ``x-commspec`` extensions.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import jinja2
from openapi_python_client.strings import PythonIdentifier, snake_case

from generator import mock_effects, preprocess
from generator.openapi_client import GenerationFailed, ruff_command

TEMPLATE = Path(__file__).parent / "templates" / "spec.py.jinja"
PAGINATION_DEFAULTS = {
    "page": {"page-field": "current", "size-field": "size", "pages-field": "pages", "total-field": "total"},
    "offset": {"page-field": "offset", "size-field": "limit", "total-field": "total"},
}


def _rules(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for name, schema in sorted(doc.get("components", {}).get("schemas", {}).items()):
        for rule in schema.get("x-commspec-rules", []):
            out.setdefault(name, []).append(
                {
                    "rule": rule["rule"],
                    "fields": tuple(rule["fields"]) if "fields" in rule else (rule["field"],),
                    "when": rule.get("when"),
                    "value": rule.get("value"),
                    "allow_equal": bool(rule.get("allow-equal", False)),
                    "code": str(rule["code"]),
                }
            )
    return out


def _field_codes(doc: dict[str, Any]) -> dict[str, str]:
    codes: dict[str, str] = {}
    for schema in doc.get("components", {}).get("schemas", {}).values():
        for field, prop in schema.get("properties", {}).items():
            if "x-commspec-code" in prop:
                codes[field] = str(prop["x-commspec-code"])
    return dict(sorted(codes.items()))


def _idempotent(name: str, operation: dict[str, Any]) -> bool:
    """The spec's explicit decision: may the client repeat this request after a failure that the vendor
    may already have processed? Required on every operation, so that a new one must decide; the HTTP
    method is no guide (IOVOX's PUT renames, Huawei's DELETE answers "not found" the second time)."""
    mark = operation.get("x-commspec-idempotent")
    if not isinstance(mark, bool):
        raise GenerationFailed(
            f"{name}: x-commspec-idempotent must be true or false (is a repeat after a lost answer safe?)"
        )
    return mark


def _arguments(operation: dict[str, Any]) -> dict[str, str]:
    """Wire name -> the generated method's argument (``preprocess.argument_name``), where different."""
    out = {}
    for param in operation.get("parameters", []):
        if param["in"] not in ("path", "query"):
            continue
        argument = preprocess.argument_name(operation, param["name"])
        if argument != param["name"]:
            out[param["name"]] = argument
    return out


def _responses(doc: dict[str, Any], operation: dict[str, Any]) -> dict[int, str | None]:
    """Each documented HTTP status -> the media type of its body (``None``: no body), e.g. what the
    mock answers with."""
    out: dict[int, str | None] = {}
    for status, response in operation.get("responses", {}).items():
        if str(status).isdigit():
            out[int(status)] = next(iter(preprocess.resolve(doc, response).get("content", {})), None)
    return out


def _errors(doc: dict[str, Any], operation: dict[str, Any]) -> tuple[str, ...]:
    """The codes of the table the spec lists for this operation (``x-commspec-errors`` on it or on its
    responses), in table order; ``()`` when it lists none (every code of the table applies). The mock
    refuses a "vendor_error" fault with any other code."""
    listed = {str(code) for code in operation.get("x-commspec-errors", [])}
    for response in operation.get("responses", {}).values():
        listed |= {str(code) for code in preprocess.resolve(doc, response).get("x-commspec-errors", [])}
    return tuple(code for code in doc.get("x-commspec", {}).get("codes", {}) if str(code) in listed)


def _wire_arguments(params: list[dict[str, Any]], key: str) -> dict[str, Any]:
    """Wire name -> ``x-commspec-argument[key]`` (a ``join`` separator, the ``boolean`` spellings)."""
    out = {}
    for param in params:
        value = param.get("x-commspec-argument", {}).get(key)
        if value is not None:
            out[param["name"]] = tuple(value) if isinstance(value, list) else value
    return out


def _secret_paths(doc: dict[str, Any], schema: dict[str, Any], prefix: str = "") -> list[str]:
    """Dotted wire paths of the body's ``format: password`` strings (secrets: masked where the mock
    records requests). A list's items share the list's path."""
    schema = preprocess.resolve(doc, schema)
    if schema.get("format") == "password":
        return [prefix]
    found = [
        p
        for key in ("allOf", "anyOf", "oneOf")
        for sub in schema.get(key, [])
        for p in _secret_paths(doc, sub, prefix)
    ]
    for name, prop in schema.get("properties", {}).items():
        found += _secret_paths(doc, prop, f"{prefix}.{name}" if prefix else name)
    if isinstance(schema.get("items"), dict):
        found += _secret_paths(doc, schema["items"], prefix)
    return sorted(set(found))


def _operations(doc: dict[str, Any], flat: dict[str, Any]) -> list[dict[str, Any]]:
    validation_names = set(flat["components"]["schemas"])
    ops = []
    for path, method, operation in preprocess.operations(doc):
        name = operation["operationId"]
        params = operation.get("parameters", [])
        body = operation.get("requestBody", {}).get("content", {})
        content_type, media = next(iter(body.items())) if body else (None, {})
        ref = media.get("schema", {}).get("$ref", "")
        pagination = operation.get("x-commspec-pagination")
        if pagination:
            pagination = {**PAGINATION_DEFAULTS[pagination["style"]], **pagination}
            if "total" in pagination:
                pagination["total-field"] = pagination.pop("total")
        params_model = preprocess.pascal_case(name) + "Params"
        response_model, _derived = preprocess.success_schema(flat, operation)
        ops.append(
            {
                "const": name.upper(),
                "name": name,
                "method": method.upper(),
                "path": path.split("?")[0],
                "path_params": tuple(p["name"] for p in params if p["in"] == "path"),
                "query_params": tuple(p["name"] for p in params if p["in"] == "query"),
                # A multipart body is its files (checked by their own rules, ``files``), not a model.
                "body_model": ref.rsplit("/", 1)[-1] if ref and content_type != MULTIPART else None,
                "params_model": params_model if params_model in validation_names else None,
                "response_model": response_model if response_model in validation_names else None,
                "content_type": content_type,
                "also_accepts": tuple(m.upper() for m in operation.get("x-commspec-also-accepts", [])),
                "fixed_query": operation.get("x-commspec-query", {}),
                "pagination": pagination,
                "idempotent": _idempotent(name, operation),
                "arguments": _arguments(operation),
                "effect": mock_effects.effect(doc, operation),
                "responses": _responses(doc, operation),
                "separators": _wire_arguments(params, "join"),
                "booleans": _wire_arguments(params, "boolean"),
                "form_encoding": _form_encoding(media) if content_type == FORM else {},
                "files": _files(doc, name, media) if content_type == MULTIPART else {},
                "errors": _errors(doc, operation),
                "secret_fields": tuple(_secret_paths(doc, media.get("schema", {}))),
            }
        )
    return ops


FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
WEBHOOKS_TEMPLATE = Path(__file__).parent / "templates" / "webhooks.py.jinja"


def _webhooks(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The callbacks the vendor pushes (OpenAPI 3.1 ``webhooks``): each one's body media type and model,
    and the name of its parse function (``parse_<snake_case key>``)."""
    out = []
    for key, item in doc.get("webhooks", {}).items():
        operation = item.get("post")
        content = (operation or {}).get("requestBody", {}).get("content", {})
        if len(content) != 1:
            raise GenerationFailed(f"webhook {key}: needs a post with exactly one request body media type")
        content_type, media = next(iter(content.items()))
        ref = media.get("schema", {}).get("$ref", "")
        if not ref.startswith("#/components/schemas/"):
            raise GenerationFailed(f"webhook {key}: the body schema must be a $ref to components/schemas")
        name = str(PythonIdentifier(snake_case(key), prefix="webhook_"))
        out.append(
            {
                "key": key,
                "name": name,
                "const": name.upper(),
                "content_type": content_type,
                "model": ref.rsplit("/", 1)[-1],
                "form_encoding": _form_encoding(media) if content_type == FORM else {},
                "summary": operation.get("summary", ""),
                "url": operation.get("externalDocs", {}).get("url"),
            }
        )
    return out


def _files(doc: dict[str, Any], operation_id: str, media: dict[str, Any]) -> dict[str, dict[str, int]]:
    """A multipart body's file parts: field -> its size rules in bytes (``minLength``/``maxLength`` of the
    ``format: binary`` property). Every property must be a file: text parts are not supported yet."""
    schema = preprocess.resolve(doc, media.get("schema", {}))
    out = {}
    for field, prop in sorted(schema.get("properties", {}).items()):
        prop = preprocess.resolve(doc, prop)
        if prop.get("type") != "string" or prop.get("format") != "binary":
            raise GenerationFailed(f"{operation_id}: multipart part {field} must be a file (format: binary)")
        out[field] = {
            k: prop[w] for k, w in (("min_bytes", "minLength"), ("max_bytes", "maxLength")) if w in prop
        }
    if not out:
        raise GenerationFailed(f"{operation_id}: a multipart body needs at least one file part")
    return out


def _form_encoding(media: dict[str, Any]) -> dict[str, str]:
    """Form field -> how a list value is written (the media type's OpenAPI Encoding Object): ``json``
    (``contentType: application/json``: one JSON array) or ``csv`` (``style: form, explode: false``:
    one comma-separated value). Other list fields repeat the field (the form default)."""
    out = {}
    for field, encoding in sorted(media.get("encoding", {}).items()):
        if encoding.get("contentType") == "application/json":
            out[field] = "json"
        elif encoding.get("style", "form") == "form" and encoding.get("explode") is False:
            out[field] = "csv"
        else:
            raise GenerationFailed(f"form field {field}: encoding {encoding} is not supported")
    return out


def _headers(doc: dict[str, Any]) -> dict[str, Any]:
    """Header names as data: the security schemes sent in headers (by scheme name) and the response
    headers a spec names with ``x-commspec-header``; which of them carry a secret (every credential
    header unless ``x-commspec-secret: false``); which constructor argument each credential header
    carries (``x-commspec-credential``)."""
    headers: dict[str, str] = {}
    secret: set[str] = set()
    credentials: dict[str, str] = {}
    for name, scheme in sorted(doc.get("components", {}).get("securitySchemes", {}).items()):
        if scheme.get("type") != "apiKey" or scheme.get("in") != "header":
            continue
        headers[name] = scheme["name"]
        if scheme.get("x-commspec-secret", True):
            secret.add(scheme["name"].lower())
        if "x-commspec-credential" in scheme:
            credentials[scheme["x-commspec-credential"]] = scheme["name"]
    for scheme in doc.get("components", {}).get("securitySchemes", {}).values():
        if scheme.get("type") == "http" and "x-commspec-credential" in scheme:  # a bearer token
            credentials[scheme["x-commspec-credential"]] = "Authorization"
    for _path, _method, operation in preprocess.operations(doc):
        for response in operation.get("responses", {}).values():
            for header, info in response.get("headers", {}).items():
                if "x-commspec-header" in info:
                    headers[info["x-commspec-header"]] = header
                    if info.get("x-commspec-secret", True):
                        secret.add(header.lower())
    return {"headers": headers, "secret_headers": tuple(sorted(secret)), "credential_headers": credentials}


def _security(doc: dict[str, Any]) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The schemes of the spec's ``security`` requirement as (kind, header, credential arguments):
    ``header`` (apiKey in a header, ``x-commspec-credential``), ``basic`` (http basic,
    ``x-commspec-credentials: [user, password]``), ``bearer`` (http bearer, ``x-commspec-credential``),
    or ``custom`` (no credential of its own: the vendor's auth flow fills it, e.g. ITNIO's Sign)."""
    schemes = doc.get("components", {}).get("securitySchemes", {})
    out = []
    for requirement in doc.get("security") or []:
        for name in requirement:
            scheme = schemes[name]
            credential = scheme.get("x-commspec-credential")
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header" and credential:
                out.append(("header", scheme["name"], (credential,)))
            elif scheme.get("type") == "http" and scheme.get("scheme", "").lower() == "basic":
                pair = scheme.get("x-commspec-credentials", [])
                if len(pair) != 2:
                    raise GenerationFailed(
                        f"securityScheme {name}: http basic needs x-commspec-credentials: [user, password]"
                    )
                out.append(("basic", "Authorization", tuple(pair)))
            elif scheme.get("type") == "http" and scheme.get("scheme", "").lower() == "bearer" and credential:
                out.append(("bearer", "Authorization", (credential,)))
            else:
                out.append(("custom", scheme.get("name", ""), ()))
    return tuple(out)


def _default_region(doc: dict[str, Any]) -> str | None:
    """The ``{region}`` the first server URL defaults to (Huawei), if it has one."""
    servers = doc.get("servers") or [{}]
    region = servers[0].get("variables", {}).get("region", {})
    return str(region["default"]) if "default" in region else None


def render_spec_module(
    doc: dict[str, Any], source: str, out_file: Path, validation: dict[str, Any] | None = None
) -> None:
    flat = validation if validation is not None else preprocess.for_validation(doc)
    x = doc["x-commspec"]
    codes = {str(code): (info["meaning"], info["kind"]) for code, info in x.get("codes", {}).items()}
    env = jinja2.Environment(  # noqa: S701 - renders Python source, not HTML
        keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined
    )
    env.filters["pyrepr"] = repr
    operations = _operations(doc, flat)
    resources = mock_effects.resources(doc)
    runtime_imports = ["ApiSpec", "Operation", "Pagination", "Rule"]
    runtime_imports += ["Effect"] if any(op["effect"] for op in operations) else []
    runtime_imports += ["MockResource"] if resources else []
    webhooks = _webhooks(doc)
    runtime_imports += ["Webhook"] if webhooks else []
    text = env.from_string(TEMPLATE.read_text()).render(
        runtime_imports=sorted(runtime_imports),
        x=x,
        title=doc["info"]["title"],
        source=source,
        codes=codes,
        code_patterns={
            str(code): info["pattern"] for code, info in x.get("codes", {}).items() if "pattern" in info
        },
        content_type=x.get("content-type"),
        code_statuses={
            str(code): int(info["http_status"])
            for code, info in x.get("codes", {}).items()
            if "http_status" in info
        },
        field_codes=_field_codes(flat),
        labels={str(code): info["label"] for code, info in x.get("codes", {}).items() if "label" in info},
        response_content_type=x.get("response-content-type", "application/json"),
        string_length=x.get("string-length", "code-points"),
        mock_resources=resources,
        environment=dict(x.get("environment", {})),
        client_params=tuple(x.get("client-params", ())),
        wsse=dict(x.get("wsse", {})),
        default_region=_default_region(doc),
        security=_security(doc),
        **_headers(doc),
        rules=_rules(flat),
        operations=operations,
        webhooks=webhooks,
    )
    out_file.write_text(text)
    written = [out_file]
    if webhooks:  # the typed parse functions: commspec_generated.<api>.webhooks
        module = out_file.with_name("webhooks.py")
        module.write_text(
            env.from_string(WEBHOOKS_TEMPLATE.read_text()).render(
                title=doc["info"]["title"], source=source, webhooks=webhooks
            )
        )
        written.append(module)
    command = [ruff_command(), "format", "--isolated", "--no-cache", "--quiet", *map(str, written)]
    subprocess.run(command, check=True)  # noqa: S603
