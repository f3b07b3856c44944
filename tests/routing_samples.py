"""Routing files the tests write into a copy of mappings/ (importable from every test directory)."""

COURIER_FOR_ACME = """\
format_version: 2
default_targets: [kingdee]
book_shipment: false
rules:
  - customers: [C0002]
    targets: [kingdee]
    book_shipment: true
    courier: sf_express
"""
