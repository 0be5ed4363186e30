"""The runtime API that generated code (``commspec_generated``) is written against, and nothing more.

Generated modules import from here (and ``commspec.errors``) only: never from a vendor package nor from
a private module, so the direction of dependencies stays one-way and visible::

    commspec.runtime (+ the modules it re-exports)  <-  commspec_generated  <-  commspec.<vendor>

``tests/test_layers.py`` enforces it.
"""

from __future__ import annotations

from httpx import Timeout

from commspec import _response as response
from commspec._arguments import join_names
from commspec._multipart import FileInput
from commspec._pagination import AsyncPage, AsyncPaginator, Page
from commspec._pipeline import AsyncPipeline, CallOptions, SyncPipeline
from commspec._resource import AsyncResource, SyncResource
from commspec._spec import ApiSpec, Effect, MockResource, Operation, Pagination, Rule, Webhook
from commspec._webhooks import parse_webhook
from commspec._wire import omit_none

__all__ = [
    "ApiSpec",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncPipeline",
    "AsyncResource",
    "CallOptions",
    "Effect",
    "FileInput",
    "MockResource",
    "Operation",
    "Page",
    "Pagination",
    "Rule",
    "SyncPipeline",
    "SyncResource",
    "Timeout",
    "Webhook",
    "join_names",
    "omit_none",
    "parse_webhook",
    "response",
]
