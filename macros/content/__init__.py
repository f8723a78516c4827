"""The course as data: loading YAML with line numbers, the typed model, the exercise kinds, checks and errors."""
