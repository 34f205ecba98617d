"""The Meetings section: the list of meetings, the meeting editor and the conflicts panel."""
