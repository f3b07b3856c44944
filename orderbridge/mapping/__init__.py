"""The target mapping engine: canonical PurchaseOrder -> a target system's request body, driven by YAML."""

from orderbridge.mapping.errors import MappingDataError, MappingError
from orderbridge.mapping.lint import lint_mappings, load_target_mappings
from orderbridge.mapping.target import LookupFields, TargetMapping, load_target_mapping
from orderbridge.mapping.transforms import TRANSFORMS

__all__ = [
    "TRANSFORMS",
    "LookupFields",
    "MappingDataError",
    "MappingError",
    "TargetMapping",
    "lint_mappings",
    "load_target_mapping",
    "load_target_mappings",
]
