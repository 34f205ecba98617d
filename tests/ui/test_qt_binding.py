"""The Qt binding we install must not corrupt Python objects while painting.

PySide6 6.12.0 releases a reference to None on each QPainter.setPen and setBrush call; on
Python 3.11 the interpreter aborts once None's count reaches zero (the day grid gets there in
minutes). pyproject.toml excludes that release; this test fails if a broken one comes back.
"""

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_painting_keeps_none_alive(qapp):
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(100):
        painter.setPen(QPen(QColor("#336699"), 1))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#336699"))
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 50, f"None lost {before - after} references while painting"
