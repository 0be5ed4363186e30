from typing import Literal

UniversalTemplate = Literal[0, 1]

UNIVERSAL_TEMPLATE_VALUES: set[UniversalTemplate] = {
    0,
    1,
}


def check_universal_template(value: int) -> UniversalTemplate:
    if value in UNIVERSAL_TEMPLATE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNIVERSAL_TEMPLATE_VALUES!r}"
    )
