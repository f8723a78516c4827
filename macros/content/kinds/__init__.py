"""One module per exercise kind: its model, its checks, its lenient view and its browser layout.

The closed set of kinds and the union the loader validates against are in `exercises.py`.
"""
