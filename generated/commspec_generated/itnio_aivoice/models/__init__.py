"""Contains all the data models used in inputs/outputs"""

from .inactive_date import InactiveDate
from .inactive_time import InactiveTime
from .job_id_envelope import JobIdEnvelope
from .null_envelope import NullEnvelope
from .task import Task
from .task_create import TaskCreate
from .task_create_days_of_week_item import TaskCreateDaysOfWeekItem
from .task_create_mode import TaskCreateMode
from .task_create_redial_condition_item import TaskCreateRedialConditionItem
from .task_edit import TaskEdit
from .task_edit_days_of_week_item import TaskEditDaysOfWeekItem
from .task_edit_mode import TaskEditMode
from .task_edit_redial_condition_item import TaskEditRedialConditionItem
from .task_fields import TaskFields
from .task_fields_days_of_week_item import TaskFieldsDaysOfWeekItem
from .task_fields_mode import TaskFieldsMode
from .task_fields_redial_condition_item import TaskFieldsRedialConditionItem
from .task_list_params import TaskListParams
from .task_list_query import TaskListQuery
from .task_page import TaskPage
from .task_page_envelope import TaskPageEnvelope
from .task_ref import TaskRef

__all__ = (
    "InactiveDate",
    "InactiveTime",
    "JobIdEnvelope",
    "NullEnvelope",
    "Task",
    "TaskCreate",
    "TaskCreateDaysOfWeekItem",
    "TaskCreateMode",
    "TaskCreateRedialConditionItem",
    "TaskEdit",
    "TaskEditDaysOfWeekItem",
    "TaskEditMode",
    "TaskEditRedialConditionItem",
    "TaskFields",
    "TaskFieldsDaysOfWeekItem",
    "TaskFieldsMode",
    "TaskFieldsRedialConditionItem",
    "TaskListParams",
    "TaskListQuery",
    "TaskPage",
    "TaskPageEnvelope",
    "TaskRef",
)
