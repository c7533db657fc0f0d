"""Removable drives: partition → whole disk, the removable flags of a fake /sys/block, and eject with and
without udisksctl (a fake one on PATH records what it was asked to do)."""

import stat
from pathlib import Path

import pytest

from rmos_desktop.core.drives import block_name, eject, is_removable, removable_blocks


def fake_sys_block(root: Path) -> Path:
    """A /sys/block as Linux lays it out: one folder per disk with its `removable` flag and its partitions."""
    sys_block = root / "sys" / "block"
    disks = {
        "sda": ("0\n", ["sda1", "sda2"]),  # internal SATA disk
        "sdb": ("1\n", ["sdb1"]),  # USB stick
        "nvme0n1": ("0\n", ["nvme0n1p1", "nvme0n1p2"]),  # internal NVMe
        "mmcblk0": ("1\n", ["mmcblk0p1"]),  # SD card
        "sr0": ("1\n", []),  # optical drive
    }
    for disk, (flag, parts) in disks.items():
        (sys_block / disk).mkdir(parents=True)
        (sys_block / disk / "removable").write_text(flag)
        for part in parts:
            (sys_block / disk / part).mkdir()
    (sys_block / "loop0").mkdir()  # no removable file: left out, not an error
    return sys_block


@pytest.mark.parametrize(
    "device, disk",
    [
        ("/dev/sdb1", "sdb"),
        ("/dev/sdb", "sdb"),
        ("/dev/sda12", "sda"),
        ("/dev/nvme0n1p1", "nvme0n1"),
        ("/dev/nvme0n1", "nvme0n1"),
        ("/dev/nvme1n2p10", "nvme1n2"),
        ("/dev/mmcblk0p1", "mmcblk0"),
        ("/dev/mmcblk0", "mmcblk0"),
        ("/dev/loop3", "loop3"),
        ("/dev/loop3p1", "loop3"),
        ("sdb1", "sdb"),
        ("/dev/vda1", "vda"),
        # whole disks whose names end in a number (their partitions take a "p")
        ("/dev/sr0", "sr0"),  # optical drive: removable, ejectable
        ("/dev/md127", "md127"),
        ("/dev/md0p1", "md0"),
        ("/dev/nbd0p2", "nbd0"),
        ("/dev/zram0", "zram0"),
    ],
)
def test_block_name_is_the_whole_disk(device, disk):
    assert block_name(device) == disk


def test_block_name_of_nothing_is_none():
    assert block_name("") is None


def test_removable_blocks_reads_the_flags(tmp_path):
    assert removable_blocks(fake_sys_block(tmp_path)) == {"sdb", "mmcblk0", "sr0"}


def test_removable_blocks_without_a_sys_block_is_empty(tmp_path):
    assert removable_blocks(tmp_path / "no-such-folder") == set()


@pytest.mark.parametrize(
    "device, removable",
    [
        ("/dev/sdb1", True),
        ("/dev/mmcblk0p1", True),
        ("/dev/sr0", True),
        ("/dev/nvme0n1p1", False),
        ("/dev/sda1", False),
        ("", False),
    ],
)
def test_is_removable(tmp_path, device, removable):
    assert is_removable(device, removable_blocks(fake_sys_block(tmp_path))) is removable


def fake_udisksctl(bin_dir: Path, exit_code: int = 0) -> Path:
    """A udisksctl that appends its arguments to a log and exits with `exit_code`."""
    bin_dir.mkdir()
    log = bin_dir / "calls.log"
    tool = bin_dir / "udisksctl"
    tool.write_text(f'#!/bin/sh\necho "$@" >> "{log}"\necho "Error: device is busy" >&2\nexit {exit_code}\n')
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    return log


def test_eject_without_udisksctl_says_plainly_it_cannot(tmp_path, monkeypatch):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    ok, message = eject("/dev/sdb1")
    assert ok is False
    assert "not available" in message and "udisksctl" in message
    assert "eject the stick from the system" in message


def test_eject_unmounts_the_partition_then_powers_off_the_disk(tmp_path, monkeypatch):
    log = fake_udisksctl(tmp_path / "bin")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    ok, message = eject("/dev/sdb1")
    assert ok is True and message == "/dev/sdb1 can now be removed safely."
    assert log.read_text().splitlines() == ["unmount -b /dev/sdb1", "power-off -b /dev/sdb"]


def test_eject_failure_stops_and_tells_the_user(tmp_path, monkeypatch):
    log = fake_udisksctl(tmp_path / "bin", exit_code=1)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    ok, message = eject("/dev/mmcblk0p1")
    assert ok is False
    assert "Could not eject /dev/mmcblk0p1: Error: device is busy" in message
    assert log.read_text().splitlines() == ["unmount -b /dev/mmcblk0p1"]  # no power-off after a failed unmount
