"""The summit file: peewee models, the connection, migrations and backups. No Qt here."""
