from typing import Literal

Brackets = Literal["CN", "GB"]

BRACKETS_VALUES: set[Brackets] = {
    "CN",
    "GB",
}


def check_brackets(value: str) -> Brackets:
    if value in BRACKETS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BRACKETS_VALUES!r}")
