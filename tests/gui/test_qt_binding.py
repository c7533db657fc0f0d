"""Guards the Qt binding the lock file pins: PySide6 6.12.0 drops a reference on every signal delivered
to a Python slot, and Python 3.11 aborts after a few hundred emissions."""

import subprocess
import sys

SCRIPT = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
app = QApplication([])
class Emitter(QObject):
    sig = Signal()
    sig_obj = Signal(object)
e = Emitter()
seen = [0]
def count(*args):
    seen[0] += 1
e.sig.connect(count)
e.sig_obj.connect(count)
refs = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
for _ in range(20000):
    e.sig.emit()
    e.sig_obj.emit(True)
after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
drift = [a - b for a, b in zip(after, refs)]
print(seen[0], max(abs(d) for d in drift))
"""


def test_signals_to_python_slots_do_not_corrupt_reference_counts():
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    delivered, drift = map(int, proc.stdout.split())
    assert delivered == 40000
    assert drift < 1000, "reference counts of None/True/False drift with every emission"
