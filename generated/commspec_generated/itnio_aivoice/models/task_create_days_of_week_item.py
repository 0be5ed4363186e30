from typing import Literal

TaskCreateDaysOfWeekItem = Literal[
    "FRIDAY", "MONDAY", "SATURDAY", "SUNDAY", "THURSDAY", "TUESDAY", "WEDNESDAY"
]

TASK_CREATE_DAYS_OF_WEEK_ITEM_VALUES: set[TaskCreateDaysOfWeekItem] = {
    "FRIDAY",
    "MONDAY",
    "SATURDAY",
    "SUNDAY",
    "THURSDAY",
    "TUESDAY",
    "WEDNESDAY",
}


def check_task_create_days_of_week_item(value: str) -> TaskCreateDaysOfWeekItem:
    if value in TASK_CREATE_DAYS_OF_WEEK_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_CREATE_DAYS_OF_WEEK_ITEM_VALUES!r}"
    )
