"""The commspec pytest plugin for tests/ and examples/: once commspec is installed from this tree its
``pytest11`` entry point loads it; an install made before the entry point existed gets it here."""

from importlib.metadata import entry_points

if "commspec" not in {entry_point.name for entry_point in entry_points(group="pytest11")}:
    pytest_plugins = ["commspec.testing.pytest_plugin"]
