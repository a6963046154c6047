"""One window per database file: a second start hands over to the first and exits.

The first instance listens on a local socket (a named pipe on Windows) named after the
database file. A second instance on the same file connects, asks the first to come to the
front, and stops. The authoritative guard is the lock file (``db.safety.WriterLock``); this
only makes the refusal friendly.
"""

from __future__ import annotations

import hashlib
import os

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget


def server_name(db_location: str) -> str:
    key = os.path.normcase(os.path.abspath(db_location)) if "://" not in db_location else db_location
    return "xuncha-desktop-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def ask_running_instance(db_location: str, timeout_ms: int = 1000) -> bool:
    """True when another instance has this database open; connecting asks it forward."""
    sock = QLocalSocket()
    sock.connectToServer(server_name(db_location))
    connected = bool(sock.waitForConnected(timeout_ms))
    sock.abort()
    return connected


class InstanceServer(QObject):
    """Listens for later instances; ``activated`` is emitted when one asks us forward."""

    activated = Signal()

    def __init__(self, db_location: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(db_location)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)
        self.window: QWidget | None = None

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # a leftover socket of a crashed instance
        return self.server.listen(self.name)

    def _on_connection(self) -> None:
        # Any connection is a request from a later instance to come to the front.
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.abort()
            sock.deleteLater()
        self.activated.emit()
        if self.window is not None:
            bring_to_front(self.window)

    def close(self) -> None:
        self.server.close()


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
