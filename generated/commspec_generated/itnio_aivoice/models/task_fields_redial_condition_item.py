from typing import Literal

TaskFieldsRedialConditionItem = Literal[
    "BUSY",
    "CALL_LOSS",
    "CAN_NOT_CONNECT",
    "FROM_PHONE_ERROR",
    "NO_ANSWER",
    "OUT_OF_SERVICE",
    "POWER_OFF",
    "REFUSED",
    "SYSTEM_ERROR",
    "VACANT_NUMBER",
]

TASK_FIELDS_REDIAL_CONDITION_ITEM_VALUES: set[TaskFieldsRedialConditionItem] = {
    "BUSY",
    "CALL_LOSS",
    "CAN_NOT_CONNECT",
    "FROM_PHONE_ERROR",
    "NO_ANSWER",
    "OUT_OF_SERVICE",
    "POWER_OFF",
    "REFUSED",
    "SYSTEM_ERROR",
    "VACANT_NUMBER",
}


def check_task_fields_redial_condition_item(
    value: str,
) -> TaskFieldsRedialConditionItem:
    if value in TASK_FIELDS_REDIAL_CONDITION_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_FIELDS_REDIAL_CONDITION_ITEM_VALUES!r}"
    )
