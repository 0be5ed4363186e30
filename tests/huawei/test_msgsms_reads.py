"""The MSGSMS reads of huaweicloudsdkmsgsms 3.1.219 that commspec lacked (issue 21): a template's
variables, the countries SMS can be sent to, and the application count, served by the mock from its state."""

from __future__ import annotations

import pytest

from commspec import errors
from commspec.huawei import MsgsmsClient
from commspec.mock.huawei import HuaweiBackend

DEMO_APP = "5e0c0000-1a6b-4ee5-9651-5bca450694b3"


def test_a_templates_variables_are_its_placeholders_in_order(client: MsgsmsClient) -> None:
    made = client.templates.create(
        app_id=DEMO_APP,
        region="cn",
        template_name="otp",
        template_content="Code ${NUM_6}, valid until ${DATE}: ${TXT_20}",
        flow_status="Pending",
        variable_attributes=[{"variable_index": 3, "variable_type": "TEXT", "variable_desc": "shop"}],
    )
    found = client.templates.variables(made.id)
    assert found.total == 3
    assert [(v.variable_index, v.variable_type, v.variable_length) for v in found.results] == [
        (1, "NUM", 6),
        (2, "DATE", None),
        (3, "TEXT", 20),  # the stored variable_attributes entry gives its type and description
    ]
    assert (found.results[2].variable_desc, found.results[0].temp_name) == ("shop", "otp")


def test_the_variables_of_an_unknown_template_are_not_found(
    client: MsgsmsClient, backend: HuaweiBackend
) -> None:
    backend.partition("templates", "another-project")["t-elsewhere"] = {"id": "t-elsewhere"}
    for template_id in ("no-such-template", "t-elsewhere"):  # another project's template is unknown here
        with pytest.raises(errors.NotFoundError) as info:
            client.templates.variables(template_id)
        assert info.value.code == "MSGSMS.0009"


def test_countries_are_listed_and_filtered(client: MsgsmsClient) -> None:
    every = client.countries.list()
    assert len(every) >= 2 and all(c.country_id and c.country_name_en for c in every)
    assert [c.country_name_zh for c in client.countries.list(country_name_en="Germany")] == ["德国"]
    assert client.countries.list(country_name_zh="nowhere") == []


def test_the_application_count_follows_the_projects_applications(client: MsgsmsClient) -> None:
    before = client.apps.count()
    assert (before.used, client.apps.count(region="intl").used) == (1, 0)  # the demo application (cn)
    client.apps.create(app_name="shop", region="intl")
    assert (client.apps.count().used, client.apps.count(region="intl").used) == (2, 1)
    assert client.apps.count().total == before.total > 0
