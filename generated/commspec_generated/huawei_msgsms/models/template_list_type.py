from typing import Literal

TemplateListType = Literal["NOTIFY_TYPE", "PROMOTION_TYPE", "VERIFY_CODE_TYPE"]

TEMPLATE_LIST_TYPE_VALUES: set[TemplateListType] = {
    "NOTIFY_TYPE",
    "PROMOTION_TYPE",
    "VERIFY_CODE_TYPE",
}


def check_template_list_type(value: str) -> TemplateListType:
    if value in TEMPLATE_LIST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEMPLATE_LIST_TYPE_VALUES!r}"
    )
