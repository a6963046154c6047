"""Database layer: engine factory, typed ORM models, migrations, audit trail."""
