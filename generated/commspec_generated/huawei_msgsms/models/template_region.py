from typing import Literal

TemplateRegion = Literal["cn", "intl"]

TEMPLATE_REGION_VALUES: set[TemplateRegion] = {
    "cn",
    "intl",
}


def check_template_region(value: str) -> TemplateRegion:
    if value in TEMPLATE_REGION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEMPLATE_REGION_VALUES!r}"
    )
