"""commspec.mock: stateful fakes of ITNIO Tech, Huawei Cloud MSGSMS/IAM and IOVOX.

Run it as a server (``commspec-mock --port 8080`` / ``python -m commspec.mock``) or in-process::

    server = MockServer()
    client = ItnioClient(http_client=httpx.Client(transport=server.httpx_transport()), base_url="http://mock")
"""

from commspec.mock._config import MockConfig
from commspec.mock._faults import Fault
from commspec.mock._server import MockServer

__all__ = ["Fault", "MockConfig", "MockServer"]
