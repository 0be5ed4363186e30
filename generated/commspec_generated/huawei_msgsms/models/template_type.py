from typing import Literal

TemplateType = Literal["NOTIFY_TYPE", "VERIFY_CODE_TYPE"]

TEMPLATE_TYPE_VALUES: set[TemplateType] = {
    "NOTIFY_TYPE",
    "VERIFY_CODE_TYPE",
}


def check_template_type(value: str) -> TemplateType:
    if value in TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEMPLATE_TYPE_VALUES!r}"
    )
