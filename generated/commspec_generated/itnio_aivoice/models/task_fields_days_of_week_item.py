from typing import Literal

TaskFieldsDaysOfWeekItem = Literal[
    "FRIDAY", "MONDAY", "SATURDAY", "SUNDAY", "THURSDAY", "TUESDAY", "WEDNESDAY"
]

TASK_FIELDS_DAYS_OF_WEEK_ITEM_VALUES: set[TaskFieldsDaysOfWeekItem] = {
    "FRIDAY",
    "MONDAY",
    "SATURDAY",
    "SUNDAY",
    "THURSDAY",
    "TUESDAY",
    "WEDNESDAY",
}


def check_task_fields_days_of_week_item(value: str) -> TaskFieldsDaysOfWeekItem:
    if value in TASK_FIELDS_DAYS_OF_WEEK_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_FIELDS_DAYS_OF_WEEK_ITEM_VALUES!r}"
    )
