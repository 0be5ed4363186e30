from typing import Literal

TaskEditMode = Literal["AUTO", "MANUAL"]

TASK_EDIT_MODE_VALUES: set[TaskEditMode] = {
    "AUTO",
    "MANUAL",
}


def check_task_edit_mode(value: str) -> TaskEditMode:
    if value in TASK_EDIT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_EDIT_MODE_VALUES!r}"
    )
