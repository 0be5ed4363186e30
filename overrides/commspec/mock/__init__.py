"""commspec.mock: stateful fakes of ITNIO Tech, Huawei Cloud MSGSMS/IAM and IOVOX.

Run it as a server (``commspec-mock --port 8080`` / ``python -m commspec.mock``) or in-process::

    server = MockServer()
    client = ItnioClient(http_client=httpx.Client(transport=server.httpx_transport()), base_url="http://mock")

Whatever a client sends, the mock answers the vendor's documented error, never a 500. Limits, the same
for every vendor:

- request bodies up to 2,097,152 bytes (2 MiB; ``MockConfig(max_body_bytes=...)`` or
  ``commspec-mock --max-body-bytes N``); larger ones get 413 before any vendor fake sees them;
- JSON nested up to 100 levels; deeper is the vendor's malformed-body error;
- header values are taken as bytes, any byte allowed (read as latin-1);
- integers (timestamps, ids, paging) count only as ASCII digits within int64; anything else gets the
  error the vendor gives a wrong value there (ITNIO: timestamp expired; IOVOX: "not an integer").

Faults (``POST /_mock/faults``, ``server.faults.add``) are checked field by field (400 naming the field);
``operation`` must be one of the specs' operationIds and a "slow" fault's ``delay`` at most 60 s. Injected
errors speak the vendor's format; a "vendor_error" fault's ``vendor_code`` must be one the operation
documents.
"""

from commspec.mock._config import MockConfig
from commspec.mock._faults import Fault
from commspec.mock._server import MockServer
from commspec.mock._state import MockState

__all__ = ["Fault", "MockConfig", "MockServer", "MockState"]
