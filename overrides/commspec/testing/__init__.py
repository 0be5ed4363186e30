"""Test your own code against the vendor mocks.

``mock_vendors()`` (context manager and decorator) points every commspec client built without
``base_url=`` at one in-process mock of all vendors; the pytest plugin (installed with commspec) gives
the same as the fixture ``commspec_mock``, and ``commspec_mock_server`` serves it on 127.0.0.1 for code
that builds its own HTTP client or is not Python.
"""

from typing import TYPE_CHECKING

from commspec._lazy import lazy_getattr

# Loaded on first access: pytest imports this package's plugin at startup, which must stay cheap.
if TYPE_CHECKING:
    from commspec.mock._journal import RecordedRequest
    from commspec.testing._mock_vendors import MockVendors, current_mock, mock_vendors
    from commspec.testing._vendor_mock import RecordedCall, VendorMock

__getattr__ = lazy_getattr(
    __name__,
    ("commspec.testing._mock_vendors", "commspec.mock._journal", "commspec.testing._vendor_mock"),
)

__all__ = ["MockVendors", "RecordedCall", "RecordedRequest", "VendorMock", "current_mock", "mock_vendors"]
