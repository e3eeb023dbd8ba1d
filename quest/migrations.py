"""The results database's tables, as the migrations that build them one version after another.

A database records its version in PRAGMA user_version; opening an older one runs the missing
migrations in one transaction, and a newer one is refused (quest.store).
"""

from __future__ import annotations

# Each migration takes the schema from its index to the next version (PRAGMA user_version).
MIGRATIONS = [
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        format TEXT NOT NULL,
        created TEXT NOT NULL,
        finished INTEGER NOT NULL DEFAULT 0,
        origin TEXT NOT NULL DEFAULT 'played'
    );
    CREATE TABLE teams (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (session_id, idx)
    );
    CREATE TABLE plan (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        round INTEGER NOT NULL,
        team_idx INTEGER NOT NULL,
        scenario_id TEXT NOT NULL,
        PRIMARY KEY (session_id, round, team_idx)
    );
    CREATE TABLE answers (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        round INTEGER NOT NULL,
        team_idx INTEGER NOT NULL,
        scenario_id TEXT NOT NULL,
        answer TEXT NOT NULL,
        confidence TEXT NOT NULL,
        points INTEGER NOT NULL,
        truth TEXT NOT NULL,
        pinned TEXT NOT NULL,
        seconds REAL NOT NULL,
        difficulty INTEGER NOT NULL,
        techniques TEXT NOT NULL,
        answered_at TEXT NOT NULL,
        PRIMARY KEY (session_id, round, team_idx)
    );
    CREATE TABLE practice (
        id INTEGER PRIMARY KEY,
        scenario_id TEXT NOT NULL,
        answer TEXT NOT NULL,
        confidence TEXT NOT NULL,
        points INTEGER NOT NULL,
        truth TEXT NOT NULL,
        outcome TEXT NOT NULL,
        seconds REAL NOT NULL,
        played_at TEXT NOT NULL
    );
    """,
]
MIGRATIONS.append("""
    CREATE TABLE lan_sessions (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        lobby_open INTEGER NOT NULL,
        rounds TEXT NOT NULL
    );
    CREATE TABLE lan_teams (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        team_id TEXT NOT NULL,
        idx INTEGER NOT NULL,
        secret_hash TEXT NOT NULL,
        PRIMARY KEY (session_id, team_id)
    );
    CREATE TABLE lan_verdicts (
        verdict_id TEXT PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        round INTEGER NOT NULL,
        team_idx INTEGER NOT NULL,
        points INTEGER NOT NULL
    );
""")  # 2: live LAN competitions (join code, team secrets, verdict ids)
MIGRATIONS.append("""
    ALTER TABLE sessions ADD COLUMN results_key TEXT NOT NULL DEFAULT '';
    ALTER TABLE teams ADD COLUMN uid TEXT NOT NULL DEFAULT '';
    UPDATE teams SET uid = lower(hex(randomblob(8))) WHERE uid = '';
    ALTER TABLE answers ADD COLUMN tools TEXT;
    ALTER TABLE answers ADD COLUMN hints INTEGER
""")  # 3: results keys, team ids, and what each answer did (tools, hints) to score it again
MIGRATIONS.append("""
    CREATE TABLE checkups (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        student TEXT NOT NULL,
        team TEXT NOT NULL DEFAULT '',
        phase TEXT NOT NULL,
        form TEXT NOT NULL,
        started TEXT NOT NULL,
        finished TEXT
    );
    CREATE TABLE checkup_ratings (
        checkup_id INTEGER NOT NULL REFERENCES checkups(id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        real INTEGER NOT NULL,
        confidence TEXT NOT NULL,
        rated TEXT NOT NULL,
        PRIMARY KEY (checkup_id, item_id)
    )
""")  # 4: the check-up's ratings, one row per headline, kept as each is given
SCHEMA_VERSION = len(MIGRATIONS)
