from typing import Literal

SortDir = Literal["asc", "desc"]

SORT_DIR_VALUES: set[SortDir] = {
    "asc",
    "desc",
}


def check_sort_dir(value: str) -> SortDir:
    if value in SORT_DIR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SORT_DIR_VALUES!r}")
