"""Rendering: the Jinja environment, Markdown, and the HTML of modules and exercises."""
