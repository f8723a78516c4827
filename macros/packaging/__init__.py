"""Packages of a built site: SCORM 1.2 for an LMS, and zips."""
