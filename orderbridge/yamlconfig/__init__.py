"""Loading the YAML files IT edits: JSON Schema validated, every problem reported at once with its place."""

from orderbridge.yamlconfig.errors import MappingError
from orderbridge.yamlconfig.kinds import SCHEMAS_DIR, Kind, discover_kinds, kind_for_path
from orderbridge.yamlconfig.loader import LoadedYaml, load_yaml, position_in
from orderbridge.yamlconfig.migrations import CURRENT_VERSION, MIGRATIONS, Migration
from orderbridge.yamlconfig.nodes import dotted
from orderbridge.yamlconfig.schema import did_you_mean

__all__ = [
    "CURRENT_VERSION",
    "MIGRATIONS",
    "SCHEMAS_DIR",
    "Kind",
    "LoadedYaml",
    "MappingError",
    "Migration",
    "did_you_mean",
    "discover_kinds",
    "dotted",
    "kind_for_path",
    "load_yaml",
    "position_in",
]
