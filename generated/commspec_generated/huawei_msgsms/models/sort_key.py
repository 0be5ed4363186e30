from typing import Literal

SortKey = Literal["create_time"]

SORT_KEY_VALUES: set[SortKey] = {
    "create_time",
}


def check_sort_key(value: str) -> SortKey:
    if value in SORT_KEY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORT_KEY_VALUES!r}")
