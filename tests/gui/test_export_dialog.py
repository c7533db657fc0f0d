"""The export dialog against a temp folder, and verifying a file from the main window."""

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from rmos_desktop.gui.export_dialog import ExportDialog, Volume, mounted_volumes
from tests.conftest import load_example
from tests.core.test_drives import fake_sys_block
from tests.gui.conftest import fill, generate


def ok_run(window, qtbot):
    fill(window, qtbot, load_example("kerf-array-side-kerfs"))
    outcome = generate(window, qtbot)
    assert outcome.status == "OK"
    return outcome.payload


def volumes_for(usb: Path):
    return lambda: [
        Volume(root="/", name="system", free_bytes=10**12, fs_type="ext4", read_only=True, removable=False),
        Volume(
            root=str(usb.parent / "full"), name="FULL", free_bytes=10, fs_type="vfat", read_only=False, removable=True
        ),
        Volume(
            root=str(usb),
            name="KINGSTON",
            free_bytes=14_200_000_000,
            fs_type="vfat",
            read_only=False,
            removable=True,
            device="/dev/sdz1",
        ),
    ]


def test_export_dialog_exports_and_verifies(window, qtbot, tmp_path):
    payload = ok_run(window, qtbot)
    assert window.export_button.isEnabled() and window.act_export.isEnabled()
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = ExportDialog(window.services, payload["_run_id"], volume_source=volumes_for(usb), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.volumes.item(i).text() for i in range(dialog.volumes.count())]
    assert "read-only" in texts[0] and "full" in texts[1] and "KINGSTON" in texts[2]
    assert not dialog.select_root("/")  # read-only: cannot be chosen
    assert not dialog.select_root(str(usb.parent / "full"))
    assert dialog.select_root(str(usb))
    # named after the job and the order (UI.md: Side-kerfs-OM-2231-7be104ef.nc), then the hash's first 8 hex
    example = load_example("kerf-array-side-kerfs")
    job = example["job_name"].replace(" ", "-")
    assert dialog.name.text() == f"{job}-{example['order_ref']}-{payload['_hashes']['gcode_sha256'][:8]}"
    with qtbot.waitSignal(dialog.sig_exported, timeout=10000) as blocker:
        dialog.export_button.click()
    result = blocker.args[0]
    nc = usb / result.file_name
    assert hashlib.sha256(nc.read_bytes()).hexdigest() == payload["_hashes"]["gcode_sha256"]
    assert "Verified" in dialog.status.text() and dialog.progress.value() == 1000
    assert dialog.eject_button.isEnabled()
    dialog.grab().save(str(tmp_path / "export-dialog.png"))


def test_export_dialog_asks_before_replacing_a_different_file(window, qtbot, tmp_path):
    payload = ok_run(window, qtbot)
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = ExportDialog(window.services, payload["_run_id"], volume_source=volumes_for(usb), parent=window)
    qtbot.addWidget(dialog)
    dialog.select_root(str(usb))
    (usb / (dialog.name.text() + ".nc")).write_text("G0 X1\n")
    asked = []
    dialog.ask_overwrite = lambda msg: asked.append(msg) or False
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(asked) and dialog.export_button.isEnabled(), timeout=10000)
    assert (usb / (dialog.name.text() + ".nc")).read_text() == "G0 X1\n"
    assert "different content" in asked[0]


def test_export_dialog_refuses_a_blocked_run(window, qtbot, tmp_path):
    fill(window, qtbot, load_example("red-kerfcut-overspeed"))
    outcome = generate(window, qtbot)
    assert not window.export_button.isEnabled()
    dialog = ExportDialog(window.services, outcome.payload["run_id"], volume_source=lambda: [], parent=window)
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()
    assert "BLOCKED" in dialog.status.text()


def test_dropping_a_gcode_file_verifies_it(window, qtbot, tmp_path):
    payload = ok_run(window, qtbot)
    f = tmp_path / "from-usb.nc"
    f.write_text(payload["gcode_text"])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f))])
    event = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.sig_verified, timeout=10000) as blocker:
        window.dropEvent(event)
    report = blocker.args[0]
    assert report.ok and report.matches[0].run_id == payload["_run_id"]
    assert "MATCH" in window.verify_dialog.verdict.text()
    json.dumps(report.as_dict())


@dataclass
class FakeStorage:
    """What mounted_volumes reads of a QStorageInfo (same method names)."""

    root: str
    dev: str
    fs: str = "vfat"
    valid: bool = True
    ready: bool = True
    read_only: bool = False
    free: int = 10**9

    def isValid(self):
        return self.valid

    def isReady(self):
        return self.ready

    def fileSystemType(self):
        return self.fs.encode()

    def device(self):
        return self.dev.encode()

    def rootPath(self):
        return self.root

    def displayName(self):
        return Path(self.root).name

    def bytesAvailable(self):
        return self.free

    def isReadOnly(self):
        return self.read_only


def test_mounted_volumes_lists_removable_ones_first(tmp_path):
    infos = [
        FakeStorage("/", "/dev/nvme0n1p2", "ext4"),
        FakeStorage("/media/dana/KINGSTON", "/dev/sdb1"),
        FakeStorage("/proc", "proc", "proc"),
        FakeStorage("/boot/efi", "/dev/nvme0n1p1"),
        FakeStorage("/media/dana/CARD", "/dev/mmcblk0p1", "exfat"),
        FakeStorage("/run/user/1000", "tmpfs", "tmpfs"),
        FakeStorage("/mnt/data", "/dev/sda1", "ext4", read_only=True),
        FakeStorage("/media/dana/GONE", "/dev/sdb2", valid=False),
        FakeStorage("/media/dana/BUSY", "/dev/sdb3", ready=False),
    ]
    volumes = mounted_volumes(lambda: infos, fake_sys_block(tmp_path))
    assert [(v.root, v.removable) for v in volumes] == [
        ("/media/dana/CARD", True),
        ("/media/dana/KINGSTON", True),
        ("/", False),
        ("/boot/efi", False),
        ("/mnt/data", False),
    ]
    card = volumes[0]
    assert (card.name, card.device, card.fs_type, card.free_bytes, card.usable) == (
        "CARD",
        "/dev/mmcblk0p1",
        "exfat",
        10**9,
        True,
    )
    assert volumes[-1].read_only and not volumes[-1].usable
