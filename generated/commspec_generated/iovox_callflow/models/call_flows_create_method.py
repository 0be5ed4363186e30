from typing import Literal

CallFlowsCreateMethod = Literal["createCallFlow"]

CALL_FLOWS_CREATE_METHOD_VALUES: set[CallFlowsCreateMethod] = {
    "createCallFlow",
}


def check_call_flows_create_method(value: str) -> CallFlowsCreateMethod:
    if value in CALL_FLOWS_CREATE_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALL_FLOWS_CREATE_METHOD_VALUES!r}"
    )
