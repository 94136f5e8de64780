"""Independent reference for the import tests: expands an .ics file with the Python
icalendar + recurring_ical_events libraries and prints every occurrence in a window
as JSON, in local time of the given zone. Usage:
  /usr/bin/python3 reference-occurrences.py FILE.ics FROM TO [TZ]   (FROM/TO: YYYY-MM-DD, inclusive)
"""
import datetime as dt
import json
import sys
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

path, start, end = sys.argv[1], sys.argv[2], sys.argv[3]
tz = ZoneInfo(sys.argv[4] if len(sys.argv) > 4 else "Europe/Amsterdam")
with open(path, "rb") as handle:
    calendar = icalendar.Calendar.from_ical(handle.read())

window_start = dt.datetime.combine(dt.date.fromisoformat(start), dt.time(0, 0), tz)
window_end = dt.datetime.combine(dt.date.fromisoformat(end) + dt.timedelta(days=1), dt.time(0, 0), tz)


def local(value):
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=tz)
        value = value.astimezone(tz)
        return value.date().isoformat(), value.strftime("%H:%M")
    return value.isoformat(), None


out = []
for event in recurring_ical_events.of(calendar).between(window_start, window_end):
    start_date, start_time = local(event["DTSTART"].dt)
    end_value = event.get("DTEND")
    end_date, end_time = local(end_value.dt) if end_value is not None else (None, None)
    if end_time is None and end_date is not None:
        # DATE end is exclusive: the last day is the day before.
        end_date = (dt.date.fromisoformat(end_date) - dt.timedelta(days=1)).isoformat()
    out.append({
        "uid": str(event["UID"]),
        "datum": start_date,
        "start": start_time,
        "einddatum": end_date,
        "eind": end_time,
        "geannuleerd": str(event.get("STATUS", "")).upper() == "CANCELLED",
    })
out.sort(key=lambda o: (o["uid"], o["datum"], o["start"] or ""))
json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
