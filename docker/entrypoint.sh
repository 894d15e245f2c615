#!/bin/sh
# Container entrypoint: wait for the database, migrate (one container at a time, under a
# PostgreSQL advisory lock) unless RUN_MIGRATIONS=0, then run the command (gunicorn by default).
set -eu

if [ "${RUN_MIGRATIONS:-1}" = "1" ]; then
  python docker/migrate_locked.py
else
  python docker/migrate_locked.py --wait-only
fi

exec "$@"
