"""commspec: typed clients and stateful mocks for communication-platform APIs, generated from specs."""

from commspec import errors
from commspec._raw import RawResponse
from commspec._retry import RetryPolicy
from commspec._version import __version__

__all__ = ["RawResponse", "RetryPolicy", "__version__", "errors"]
