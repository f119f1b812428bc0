"""The edge codes and bounds shared by the CPM engine (:mod:`services.scheduling`) and the leveling network
(:mod:`services.leveling`), defined once so the two cannot drift apart.

An edge code is the link type (FS, SS, FF, SF), plus ``ELAPSED`` for a lag in elapsed time; ``GATE`` is the FF 0
edge from a child to its summary's finish gate (free float looks through it); ``ROLLUP`` the edge from a child to
its summary's start roll-up node, whose start is the least of its children's. Positions are working minutes; ``NEG``
and ``POS`` stand for "no bound".
"""

from typing import Final

from model.enums import DependencyType

NEG: Final = -(1 << 62)
POS: Final = 1 << 62

FS: Final = 0
SS: Final = 1
FF: Final = 2
SF: Final = 3
ELAPSED: Final = 4
GATE: Final = 8
ROLLUP: Final = 9
TYPE_CODE: Final = {
    DependencyType.FINISH_TO_START: FS,
    DependencyType.START_TO_START: SS,
    DependencyType.FINISH_TO_FINISH: FF,
    DependencyType.START_TO_FINISH: SF,
}
