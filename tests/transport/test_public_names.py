"""Names the README tells users to import are public (issue 19): ``retry=RetryPolicy(...)`` needed the
private ``commspec._retry`` before."""

from __future__ import annotations

import commspec
from commspec.itnio import ItnioClient


def test_retry_policy_is_exported_from_commspec() -> None:
    assert "RetryPolicy" in commspec.__all__
    policy = commspec.RetryPolicy(max_retries=5, total_budget=20)
    client = ItnioClient("key", "secret", base_url="http://itnio.test", retry=policy)
    assert client._pipeline.retry is policy
