"""Qt-free use cases. Each function takes a :class:`~xuncha_desktop.db.engine.Database`
and returns plain data; every write is one unit of work and is audited."""
