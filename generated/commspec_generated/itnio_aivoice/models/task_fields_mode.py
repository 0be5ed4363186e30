from typing import Literal

TaskFieldsMode = Literal["AUTO", "MANUAL"]

TASK_FIELDS_MODE_VALUES: set[TaskFieldsMode] = {
    "AUTO",
    "MANUAL",
}


def check_task_fields_mode(value: str) -> TaskFieldsMode:
    if value in TASK_FIELDS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_FIELDS_MODE_VALUES!r}"
    )
