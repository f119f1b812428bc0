"""Child process of the crash test: opens a project, commits some actions, then hangs inside one more.

Usage: ``python _killed_writer.py TARGET WORKING_DIR COUNT``. Prints ``in-flight`` once the last action has written
its row inside its open transaction; the parent then kills the process with SIGKILL.
"""

import datetime as dt
import functools
import sys
import time
from pathlib import Path

from sqlalchemy.orm import Session

from model.entities import Project
from services import project_file

START = dt.datetime(2025, 1, 6, 8, 0)


def commit(session: Session, *, number: int) -> None:
    session.add(Project(name=f"committed {number}", start=START))


def main() -> None:
    target, working_dir, count = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    document = project_file.ProjectDocument.open(target, working_dir=working_dir)
    for number in range(count):
        document.store.write(functools.partial(commit, number=number))

    def hang_mid_action(session: Session) -> None:
        session.add_all(Project(name=f"in flight {number}", start=START) for number in range(2000))
        session.flush()
        print("in-flight", flush=True)
        time.sleep(300)

    document.store.write(hang_mid_action)


if __name__ == "__main__":
    main()
