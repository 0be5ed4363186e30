from typing import Literal

TaskEditRedialConditionItem = Literal[
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

TASK_EDIT_REDIAL_CONDITION_ITEM_VALUES: set[TaskEditRedialConditionItem] = {
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


def check_task_edit_redial_condition_item(value: str) -> TaskEditRedialConditionItem:
    if value in TASK_EDIT_REDIAL_CONDITION_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_EDIT_REDIAL_CONDITION_ITEM_VALUES!r}"
    )
