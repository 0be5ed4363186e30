"""commspec: typed clients and stateful mocks for communication-platform APIs, generated from specs."""

from commspec import errors

__all__ = ["errors"]
__version__ = "0.1.0"
