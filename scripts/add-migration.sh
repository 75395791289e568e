#!/usr/bin/env bash
# Adds a migration with the same name for both database providers (ADR 9):
#   scripts/add-migration.sh AddThemes
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
name="${1:?usage: scripts/add-migration.sh <MigrationName>}"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project src/Gehoord.Web --context SqliteGehoordDbContext --output-dir Persistence/Migrations/Sqlite
dotnet ef migrations add "$name" --no-build --project src/Gehoord.Web --context PostgresGehoordDbContext --output-dir Persistence/Migrations/Postgres
