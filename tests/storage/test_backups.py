from __future__ import annotations

from datetime import datetime, timedelta

from desktop.storage import backups


def test_rotation_keeps_last_ten_and_one_per_day(tmp_path):
    source = tmp_path / "a.plan"
    source.write_bytes(b"x")
    start = datetime(2026, 3, 1, 9, 0)
    # 5 saves a day for 20 days
    for day in range(20):
        for n in range(5):
            backups.add(source, "doc", now=start + timedelta(days=day, hours=n))
    now = start + timedelta(days=19, hours=4)
    kept = backups.list_backups("doc")
    taken = [b.taken for b in kept]
    # the newest 10 saves
    assert taken[:10] == sorted(taken, reverse=True)[:10]
    # one per day for the other days within two weeks
    older_days = {t.date() for t in taken[10:]}
    assert all(now - t <= timedelta(days=14) for t in taken[10:])
    assert len(taken[10:]) == len(older_days)
    assert len(kept) == 10 + len(older_days)
    assert min(taken) >= now - timedelta(days=14, hours=5)


def test_migration_backups_are_not_rotated_away(tmp_path):
    source = tmp_path / "a.plan"
    source.write_bytes(b"x")
    start = datetime(2026, 3, 1)
    backups.add(source, "doc", "before-migration", now=start)
    for i in range(30):
        backups.add(source, "doc", now=start + timedelta(minutes=i + 1))
    reasons = [b.reason for b in backups.list_backups("doc")]
    assert reasons.count("before-migration") == 1
    assert reasons.count("save") == 10
