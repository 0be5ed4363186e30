from typing import Literal

VariableType = Literal["CHARDIGIT", "DATETIME", "MONEY", "NEWTEXT", "PHONE", "TEXT"]

VARIABLE_TYPE_VALUES: set[VariableType] = {
    "CHARDIGIT",
    "DATETIME",
    "MONEY",
    "NEWTEXT",
    "PHONE",
    "TEXT",
}


def check_variable_type(value: str) -> VariableType:
    if value in VARIABLE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VARIABLE_TYPE_VALUES!r}"
    )
