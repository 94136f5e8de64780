#!/usr/bin/env python3
"""Expand iCalendar files with an independent implementation (icalendar +
recurring_ical_events) and print every instance as JSON.

Usage: expand_ics.py TZ FIRST_DAY LAST_DAY FILE [FILE ...]

The window is [FIRST_DAY 00:00, LAST_DAY + 1 day 00:00) in TZ. Output:
{ "<file>": [ { "uid", "url", "summary", "status", "start", "end",
"recurrence_id" }, ... ] } with start/end as ISO 8601 (with offset for
date-times, YYYY-MM-DD for whole days).
"""
import datetime
import json
import sys
import zoneinfo

import icalendar
import recurring_ical_events


def iso(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value.isoformat()


def prop(component, name):
    value = component.get(name)
    if value is None:
        return None
    if hasattr(value, "dt"):
        return value.dt
    return str(value)


def main():
    tz = zoneinfo.ZoneInfo(sys.argv[1])
    first = datetime.date.fromisoformat(sys.argv[2])
    last = datetime.date.fromisoformat(sys.argv[3])
    start = datetime.datetime.combine(first, datetime.time(0, 0), tz)
    end = datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time(0, 0), tz)
    result = {}
    for path in sys.argv[4:]:
        with open(path, "rb") as handle:
            calendar = icalendar.Calendar.from_ical(handle.read())
        instances = []
        for event in recurring_ical_events.of(calendar).between(start, end):
            instances.append({
                "uid": str(event.get("UID")),
                "url": prop(event, "URL"),
                "summary": str(event.get("SUMMARY")),
                "status": prop(event, "STATUS"),
                "start": iso(prop(event, "DTSTART")),
                "end": iso(prop(event, "DTEND")),
                "recurrence_id": iso(prop(event, "RECURRENCE-ID")),
            })
        instances.sort(key=lambda i: (i["start"], i["uid"]))
        result[path] = instances
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
