"""Google-style docstrings of the generated resource methods, written from the spec.

Each method says what it sends (HTTP method and path), what every argument means with its documented
constraints and default, what comes back, and which ``commspec.errors`` classes it raises with the vendor
codes behind each. Only user-facing spec text is rendered: ``description``, ``summary``,
``externalDocs`` and ``x-commspec-returns``; engineering notes (``x-commspec-note``, YAML comments) never
are.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Mapping, Sequence
from typing import Any

from commspec.errors import error_class_for_kind
from generator import preprocess

WIDTH = 100  # docstring lines, indentation included
METHOD_INDENT = " " * 8
ENTRY_INDENT = METHOD_INDENT + " " * 4
CONTINUATION_INDENT = ENTRY_INDENT + " " * 4
# Raises lists the API errors from the most to the least specific meaning; the catch-all comes last.
ERROR_ORDER = (
    "AuthenticationError",
    "TimestampExpiredError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "InvalidParameterError",
    "InsufficientBalanceError",
    "RateLimitError",
    "ServerError",
    "APIError",
)


class DocstringError(ValueError):
    """The spec names something the docstring cannot resolve (an unknown error code or argument)."""


KEEP = "\u00a0"  # stands for a space inside a `code span` while wrapping: textwrap never splits on it


def wrap(text: str, width: int = WIDTH, initial: str = "", subsequent: str = "") -> str:
    """Fill paragraphs without ever breaking a word, a URL or a `code span` across lines."""
    text = re.sub(r"`[^`]*`", lambda span: span.group().replace(" ", KEEP), text)
    # str.split() would split on KEEP too: collapse ASCII whitespace only.
    paragraphs = [re.sub(r"[ \t\n]+", " ", p).strip() for p in re.split(r"\n[ \t]*\n", text.strip())]
    filled = f"\n{subsequent or initial}\n".join(
        textwrap.fill(
            paragraph,
            width=width,
            initial_indent=initial if index == 0 else (subsequent or initial),
            subsequent_indent=subsequent or initial,
            break_long_words=False,
            break_on_hyphens=False,
        )
        for index, paragraph in enumerate(p for p in paragraphs if p)
    )
    return filled.replace(KEEP, " ")


def wordwrap(text: str, width: int = 79, *_args: Any, **_kwargs: Any) -> str:
    """Jinja's ``wordwrap`` for every template: reflows each paragraph and never splits a word (the
    default hard-splits long words and URLs, and keeps the spec's YAML line breaks mid-sentence)."""
    return wrap(str(text), width)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text.endswith((".", "!", "?", ":")) else text + "."


def _literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _entry(name: str, text: str) -> str:
    """One `name: text` entry of an Args/Returns/Raises section, continuation lines indented."""
    return wrap(f"{name}: {_escape(text)}", initial=ENTRY_INDENT, subsequent=CONTINUATION_INDENT)


# The per-call options of every generated method (commspec._pipeline.CallOptions), as documented there.
CALL_OPTIONS = {
    "extra_headers": "Headers added to this request; the auth headers cannot be replaced.",
    "extra_query": "Query parameters added to this request (not those the operation fixes).",
    "extra_body": "Fields added to this request's JSON object body, sent as given.",
    "timeout": "This request's timeout in seconds, or an httpx.Timeout (default: the client's).",
}


class SpecDocs:
    """Docstrings for the operations of one (preprocessed) spec."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc
        self.codes: Mapping[str, Mapping[str, Any]] = {
            str(code): info for code, info in doc["x-commspec"].get("codes", {}).items()
        }
        self.operations: dict[str, tuple[str, str, Mapping[str, Any]]] = {}
        for path, method, operation in preprocess.operations(dict(doc)):
            # IOVOX's second GET lives on a templated path; `x-commspec-path` is the URL it really uses.
            shown = doc["paths"][path].get("x-commspec-path", path)
            self.operations[operation["operationId"]] = (shown, method, operation)

    # -- schema helpers ------------------------------------------------------------------------------
    def resolve(self, node: Mapping[str, Any]) -> dict[str, Any]:
        """A schema with its ``$ref`` merged in (the referencing side wins) and ``null`` branches dropped."""
        out = dict(node)
        while "$ref" in out:
            ref = out.pop("$ref")
            target: Any = self.doc
            for part in ref.removeprefix("#/").split("/"):
                target = target[part]
            if "description" in out and target.get("description"):
                out.setdefault("x-ref-description", target["description"])  # a format's own words
            out = {**target, **out}
        branches = [b for b in out.get("anyOf", []) if b.get("type") != "null"]
        if "anyOf" in out and len(branches) == 1:
            merged = {k: v for k, v in out.items() if k != "anyOf"}
            out = {**self.resolve(branches[0]), **merged}
        return out

    def body_schema(self, operation: Mapping[str, Any]) -> dict[str, Any]:
        content = operation.get("requestBody", {}).get("content", {})
        media: Mapping[str, Any] = next(iter(content.values()), {})
        return self.resolve(media.get("schema", {}))

    def _argument_schema(self, operation: Mapping[str, Any], source: Sequence[str]) -> dict[str, Any]:
        kind, key = source
        if kind == "param":
            for param in operation.get("parameters", []):
                if param["name"] == key:
                    schema = self.resolve(param.get("schema", {}))
                    if param.get("description"):
                        schema["description"] = param["description"]
                    schema["x-commspec-argument"] = param.get("x-commspec-argument", {})
                    return schema
        elif kind == "body":
            schema = self.body_schema(operation)
            for part in key.split("."):
                schema = self.resolve(schema.get("properties", {}).get(part, {}))
            if schema:
                return schema
        elif kind == "xml-body":
            return {"description": operation.get("requestBody", {}).get("description", "")}
        raise DocstringError(f"{operation['operationId']}: no schema for argument source {source!r}")

    # -- sections ------------------------------------------------------------------------------------
    def constraints(self, schema: Mapping[str, Any]) -> list[str]:
        """The documented rules of one value, as short sentences."""
        out: list[str] = []
        argument = schema.get("x-commspec-argument", {})
        if argument.get("boolean"):
            true = argument["boolean"][0]
            return [f"Default {schema.get('default') == true}."] if "default" in schema else []
        if argument.get("join"):
            return [f"Sent joined with {_literal(argument['join'])}."]
        enum = schema.get("enum")
        if enum and len(enum) == 1:
            out.append(f"Always {_literal(enum[0])}.")
        elif enum:
            out.append("One of " + ", ".join(_literal(v) for v in enum) + ".")
        low, high = schema.get("minLength"), schema.get("maxLength")
        unit = "bytes" if schema.get("format") == "binary" else "characters"  # a file's length: its bytes
        if low is not None and high is not None:
            out.append(f"{low}-{high} {unit}.")
        elif high is not None:
            out.append(f"At most {high} {unit}.")
        elif low == 1:
            out.append("Not empty.")
        elif low:
            out.append(f"At least {low} {unit}.")
        if "pattern" in schema:
            if schema.get("x-ref-description"):
                out.append(_sentence(schema["x-ref-description"]))
            out.append(f"Must match `{schema['pattern']}`.")
        bounds = preprocess.INT_BOUNDS.get(schema.get("format", ""), (None, None))
        low = schema.get("minimum") if schema.get("minimum") != bounds[0] else None
        high = schema.get("maximum") if schema.get("maximum") != bounds[1] else None
        if low is not None and high is not None:
            out.append(f"{low}-{high}.")
        elif low is not None:
            out.append(f"At least {low}.")
        elif high is not None:
            out.append(f"At most {high}.")
        if schema.get("type") == "array":
            low, high = schema.get("minItems"), schema.get("maxItems")
            if low and high:
                out.append(f"{low}-{high} items.")
            elif high:
                out.append(f"At most {high} items.")
            elif low:
                out.append(f"At least {low} item{'s' if low > 1 else ''}.")
            if schema.get("uniqueItems"):
                out.append("No duplicates.")
            items = schema.get("items", {})
            item = self.resolve(items)
            if item.get("enum"):
                out.append("Items: one of " + ", ".join(_literal(v) for v in item["enum"]) + ".")
            elif item.get("properties") and "$ref" in items:
                out.append(self._model_hint(items["$ref"], item, "Each item:"))
        elif schema.get("properties") and schema.get("x-ref"):
            out.append(self._model_hint(schema["x-ref"], schema, "Either"))
        if "default" in schema:
            out.append(f"Default {_literal(schema['default'])}.")
        return out

    @staticmethod
    def _model_hint(ref: str, schema: Mapping[str, Any], lead: str) -> str:
        keys = ", ".join(f"`{name}`" for name in schema["properties"])
        name = ref.rsplit("/", 1)[-1]
        return f"{lead} `{name}` or a `{name}Param` dict with the keys {keys}."

    def args(self, operation: Mapping[str, Any], arguments: Sequence[Mapping[str, Any]]) -> list[str]:
        lines = []
        for argument in arguments:
            if argument["source"][0] == "option":  # the per-call options every method takes
                lines.append(_entry(argument["name"], CALL_OPTIONS[argument["name"]]))
                continue
            schema = self._argument_schema(operation, argument["source"])
            if argument["source"][0] == "body":
                schema = self._with_ref(operation, argument["source"][1], schema)
            if not schema.get("description", "").strip():
                raise DocstringError(
                    f"{operation['operationId']}: argument {argument['name']} has no description"
                )
            text = " ".join([_sentence(schema["description"]), *self.constraints(schema)])
            lines.append(_entry(argument["name"], text))
        return lines

    def _with_ref(self, operation: Mapping[str, Any], key: str, schema: dict[str, Any]) -> dict[str, Any]:
        """Remember which model a nested-object argument is, to name it in the docstring."""
        node: Any = self.body_schema(operation)
        raw: Mapping[str, Any] = {}
        for part in key.split("."):
            raw = node.get("properties", {}).get(part, {})
            node = self.resolve(raw)
        if "$ref" in raw and schema.get("properties"):
            schema = {**schema, "x-ref": raw["$ref"]}
        return schema

    def returns(self, operation: Mapping[str, Any], return_type: str, is_async: bool) -> str:
        text = operation.get("x-commspec-returns")
        if not text:
            responses = operation.get("responses", {})
            success: Mapping[str, Any] = next(
                (r for status, r in responses.items() if str(status).startswith("2")), {}
            )
            text = self.resolve(success).get("description", "")
        text = _sentence(text)
        if operation.get("x-commspec-pagination") and is_async:
            text += (
                " `await` the call for the first page (`records`, `current`, `size`, `total`, `pages`);"
                " `async for item in` the call, or the page, walks every record of every page, fetching"
                " the next page only when needed."
            )
        elif operation.get("x-commspec-pagination"):
            text += (
                " The page holds `records`, `current`, `size`, `total` and `pages`; iterating it"
                " (`for item in page`) walks every record of every page, fetching the next page only"
                " when needed."
            )
        return _entry(return_type, text)

    def operation_codes(self, operation: Mapping[str, Any]) -> list[str]:
        """The codes the spec lists for this operation (operation or response level), else the whole table."""
        listed = list(operation.get("x-commspec-errors", []))
        for response in operation.get("responses", {}).values():
            listed += self.resolve(response).get("x-commspec-errors", [])
        for code in listed:
            if str(code) not in self.codes:
                raise DocstringError(f"{operation['operationId']}: x-commspec-errors: unknown code {code!r}")
        chosen = {str(code) for code in listed}
        return [code for code in self.codes if code in chosen] if chosen else list(self.codes)

    def raises(self, operation: Mapping[str, Any]) -> list[str]:
        by_class: dict[str, list[str]] = {}
        for code in self.operation_codes(operation):
            cls = error_class_for_kind(self.codes[code]["kind"]).__name__
            by_class.setdefault(cls, []).append(_literal(code))
        texts = {
            cls: ("Vendor code " if len(codes) == 1 else "Vendor codes ") + ", ".join(codes) + "."
            for cls, codes in by_class.items()
        }
        # Whatever the table says, the transport maps these HTTP answers (after its retries).
        for cls, text in (
            ("RateLimitError", "HTTP 429 once the retries are exhausted."),
            ("ServerError", "Any HTTP 5xx once the retries are exhausted."),
            ("APIError", "Any other failure the vendor reports (base class of the errors above)."),
        ):
            texts[cls] = f"{texts[cls]} {text}" if cls in texts else text
        ordered = sorted(texts.items(), key=lambda item: ERROR_ORDER.index(item[0]))
        entries = [
            ("ValidationError", "An argument breaks a documented rule; raised before anything is sent."),
            *ordered,
            ("ResponseFormatError", "The answer does not match the vendor's documented format."),
            ("APIConnectionError", "The request could not be completed after all retries."),
            ("APITimeoutError", "The request timed out after all retries (an APIConnectionError)."),
        ]
        return [_entry(name, text) for name, text in entries]

    def method(
        self, name: str, arguments: Sequence[Mapping[str, Any]], return_type: str, is_async: bool
    ) -> str:
        """The docstring body (indented, without quotes) of the method for operation ``name``."""
        path, method, operation = self.operations[name]
        fixed = operation.get("x-commspec-query", {})
        query = "?" + "&".join(f"{k}={v}" for k, v in fixed.items()) if fixed else ""
        summary = _sentence(operation.get("summary") or name)
        blocks = [_escape(summary), f"{METHOD_INDENT}`{method.upper()} {path}{query}`"]
        if operation.get("description"):
            blocks.append(wrap(_escape(operation["description"]), initial=METHOD_INDENT))
        external = operation.get("externalDocs", {}).get("url")
        if external:
            blocks.append(wrap(f"Vendor documentation: {external}", initial=METHOD_INDENT))
        if arguments:
            blocks.append(f"{METHOD_INDENT}Args:\n" + "\n".join(self.args(operation, arguments)))
        blocks.append(f"{METHOD_INDENT}Returns:\n" + self.returns(operation, return_type, is_async))
        blocks.append(f"{METHOD_INDENT}Raises:\n" + "\n".join(self.raises(operation)))
        return "\n\n".join(blocks) + "\n" + METHOD_INDENT
