"""Site backups: a PostgreSQL dump (pg_dump custom format) and a tar of MEDIA_ROOT, with a
manifest of checksums; ``manage.py backup_site`` and ``manage.py restore_site``."""
