"""Removable drives on Linux: which block devices say they are removable, and a polite eject.

Qt's QStorageInfo lists mounted volumes but has no removable flag; /sys/block/<dev>/removable has it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

SYS_BLOCK = Path("/sys/block")
PSEUDO_FILESYSTEMS = {
    "proc",
    "sysfs",
    "tmpfs",
    "devtmpfs",
    "devpts",
    "cgroup",
    "cgroup2",
    "securityfs",
    "pstore",
    "debugfs",
    "tracefs",
    "configfs",
    "fusectl",
    "mqueue",
    "hugetlbfs",
    "bpf",
    "autofs",
    "binfmt_misc",
    "overlay",
    "squashfs",
    "nsfs",
    "efivarfs",
    "ramfs",
    "rpc_pipefs",
    "fuse.portal",
    "fuse.gvfsd-fuse",
}


def block_name(device: str) -> str | None:
    """The whole-disk block name for a partition device: /dev/sdb1 → sdb, /dev/mmcblk0p1 → mmcblk0, /dev/sr0 → sr0."""
    name = Path(device).name
    if not name:
        return None
    # Disks whose names end in a number: partitions add "p<n>" (nvme0n1p1); sr0 and zram0 have none.
    m = re.fullmatch(r"(nvme\d+n\d+|mmcblk\d+|loop\d+|md\d+|nbd\d+|sr\d+|zram\d+)(p\d+)?", name)
    if m:
        return m.group(1)
    m = re.fullmatch(r"([a-z]+)\d*", name)
    return m.group(1) if m else name


def removable_blocks(sys_block: Path = SYS_BLOCK) -> set[str]:
    out = set()
    try:
        entries = list(sys_block.iterdir())
    except OSError:
        return out
    for entry in entries:
        try:
            if (entry / "removable").read_text().strip() == "1":
                out.add(entry.name)
        except OSError:
            continue
    return out


def is_removable(device: str, removable: set[str]) -> bool:
    name = block_name(device)
    return bool(name and name in removable)


def eject(device: str) -> tuple[bool, str]:
    """Unmount and power off a removable device with udisksctl, when the system has it."""
    tool = shutil.which("udisksctl")
    if not tool:
        return False, "Safe removal is not available here (no udisksctl): eject the stick from the system first."
    whole = block_name(device)
    steps = [[tool, "unmount", "-b", device]]
    if whole:
        steps.append([tool, "power-off", "-b", f"/dev/{whole}"])
    for cmd in steps:
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return False, f"Could not eject {device}: {exc}. Eject it from the system before pulling it out."
        if proc.returncode != 0:
            return False, (
                f"Could not eject {device}: {(proc.stderr or proc.stdout).strip()[:200]}. "
                "Eject it from the system before pulling it out."
            )
    return True, f"{device} can now be removed safely."
