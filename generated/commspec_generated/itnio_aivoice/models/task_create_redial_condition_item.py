from typing import Literal

TaskCreateRedialConditionItem = Literal[
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

TASK_CREATE_REDIAL_CONDITION_ITEM_VALUES: set[TaskCreateRedialConditionItem] = {
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


def check_task_create_redial_condition_item(
    value: str,
) -> TaskCreateRedialConditionItem:
    if value in TASK_CREATE_REDIAL_CONDITION_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_CREATE_REDIAL_CONDITION_ITEM_VALUES!r}"
    )
