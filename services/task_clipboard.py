"""Cut, copy and paste of tasks: the in-app clipboard holds plain values, never ORM objects or ids to reuse.

:func:`copy_tasks` reads the chosen tasks with their subtrees and the links among them; :func:`paste_steps` turns a
:class:`TaskClipboard` back into ``AddTask`` and ``LinkTasks`` changes (new ids and uids) for
the GUI's ``ProjectContext.push_steps``, so that a paste is one transaction and one undo step.
"""

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from model import entities
from model.base import Base
from model.enums import DependencyType, LagKind
from model.ids import TaskId
from services import edits

# Fields a pasted task takes from its original besides the AddTask arguments; a leveling delay is not carried over
# (it belongs to the leveling of the original's place in the plan).
_NOT_COPIED = frozenset({"name", "is_milestone", "duration", "leveling_delay"})


@dataclass(frozen=True, slots=True)
class CopiedTask:
    """One copied task. ``key`` numbers the copied tasks (0, 1, ...) in outline order; ``parent_key`` is the key of
    its copied parent (None for a root of the copy)."""

    key: int
    parent_key: int | None
    name: str
    duration: int
    is_milestone: bool
    values: Mapping[str, object]


@dataclass(frozen=True, slots=True)
class CopiedLink:
    """A link between two copied tasks, by their keys."""

    predecessor_key: int
    successor_key: int
    type: DependencyType
    lag_kind: LagKind
    lag: int
    lag_percent: float


@dataclass(frozen=True, slots=True)
class TaskClipboard:
    """Copied tasks in outline order (parents before children) and the links among them."""

    tasks: tuple[CopiedTask, ...]
    links: tuple[CopiedLink, ...]

    @property
    def root_count(self) -> int:
        return sum(1 for task in self.tasks if task.parent_key is None)


def _table(entity: type[Base]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table


def copy_tasks(session: Session, roots: Sequence[TaskId]) -> TaskClipboard:
    """The tasks ``roots`` (none a descendant of another), each with its subtree, and the links among all of them."""
    task = _table(entities.Task)
    fields = sorted(edits.SPECS[entities.Task].editable - _NOT_COPIED)
    columns = [task.c.id, task.c.parent_id, task.c.position, task.c.name, task.c.duration, task.c.is_milestone]
    columns += [task.c[name] for name in fields]
    children: dict[int | None, list[dict[str, object]]] = {}
    # A whole project's tasks in one query: cheaper than one query per level on a large subtree.
    project_ids = session.scalars(select(task.c.project_id).where(task.c.id.in_(list(roots))).distinct()).all()
    for row in session.execute(select(*columns).where(task.c.project_id.in_(project_ids))).mappings():
        children.setdefault(row["parent_id"], []).append(dict(row))
    by_id = {row["id"]: row for rows in children.values() for row in rows}
    for rows in children.values():
        rows.sort(key=lambda row: int(row["position"]))  # type: ignore[call-overload]

    copied: list[CopiedTask] = []
    keys: dict[object, int] = {}

    def visit(row: Mapping[str, object], parent_key: int | None) -> None:
        key = len(copied)
        keys[row["id"]] = key
        copied.append(
            CopiedTask(
                key=key,
                parent_key=parent_key,
                name=str(row["name"]),
                duration=int(row["duration"]),  # type: ignore[call-overload]
                is_milestone=bool(row["is_milestone"]),
                values=MappingProxyType({name: row[name] for name in fields}),
            )
        )
        for child in children.get(row["id"], []):  # type: ignore[call-overload]
            visit(child, key)

    for root in roots:
        if root in by_id and root not in keys:
            visit(by_id[root], None)

    dependency = _table(entities.Dependency)
    links: list[CopiedLink] = []
    ids = list(keys)
    if ids:
        query = (
            select(dependency)
            .where(dependency.c.predecessor_id.in_(ids), dependency.c.successor_id.in_(ids))
            .order_by(dependency.c.id)
        )
        for link in session.execute(query).mappings():
            links.append(
                CopiedLink(
                    keys[link["predecessor_id"]],
                    keys[link["successor_id"]],
                    DependencyType(link["type"]),
                    LagKind(link["lag_kind"]),
                    int(link["lag"]),
                    float(link["lag_percent"]),
                )
            )
    return TaskClipboard(tuple(copied), tuple(links))


def paste_steps(
    clipboard: TaskClipboard, parent_id: TaskId | None, position: int | None, pasted: list[TaskId]
) -> Callable[[Session], Iterator[edits.Change]]:
    """The changes that insert ``clipboard`` under ``parent_id`` from ``position`` on (None: last), each built after
    the previous one was applied; the new tasks' ids are appended to ``pasted`` in clipboard order."""

    def steps(session: Session) -> Iterator[edits.Change]:
        task = _table(entities.Task)
        new_ids: dict[int, TaskId] = {}
        root_number = 0
        for copied in clipboard.tasks:
            task_id = TaskId(int(session.scalar(select(func.coalesce(func.max(task.c.id), 0))) or 0) + 1)
            if copied.parent_key is None:
                parent = parent_id
                at = None if position is None else position + root_number
                root_number += 1
            else:
                parent, at = new_ids[copied.parent_key], None
            new_ids[copied.key] = task_id
            pasted.append(task_id)
            yield edits.AddTask(
                parent,
                at,
                copied.name,
                duration=copied.duration,
                is_milestone=copied.is_milestone,
                task_id=task_id,
                values=copied.values,
            )
        for link in clipboard.links:
            yield edits.LinkTasks(
                new_ids[link.predecessor_key],
                new_ids[link.successor_key],
                link.type,
                link.lag_kind,
                link.lag,
                link.lag_percent,
            )

    return steps
