from typing import Literal

TaskEditDaysOfWeekItem = Literal[
    "FRIDAY", "MONDAY", "SATURDAY", "SUNDAY", "THURSDAY", "TUESDAY", "WEDNESDAY"
]

TASK_EDIT_DAYS_OF_WEEK_ITEM_VALUES: set[TaskEditDaysOfWeekItem] = {
    "FRIDAY",
    "MONDAY",
    "SATURDAY",
    "SUNDAY",
    "THURSDAY",
    "TUESDAY",
    "WEDNESDAY",
}


def check_task_edit_days_of_week_item(value: str) -> TaskEditDaysOfWeekItem:
    if value in TASK_EDIT_DAYS_OF_WEEK_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_EDIT_DAYS_OF_WEEK_ITEM_VALUES!r}"
    )
