"""Master data loads only when both files are valid and agree with each other; all faults reported at once."""

from __future__ import annotations

import re
import textwrap

import pytest

from orderbridge.masterdata import MasterData
from orderbridge.yamlconfig import MappingError

MATERIALS = """\
format_version: 1
materials:
  - {sku: M1, name: Bolt M8, unit: PCS}
  - {sku: M2, name: Washer M8}
"""

CUSTOMERS = """\
format_version: 1
customers:
  - code: C1
    name: Acme Ltd.
    aliases: [ACME]
    email_domains: [acme.com]
    part_numbers: {A-1: M1, A-2: M2}
  - code: C2
    name: Beta Co., Ltd.
    email_domains: [beta.cn]
"""


def tree(tmp_path, customers=CUSTOMERS, materials=MATERIALS):
    folder = tmp_path / "masterdata"
    folder.mkdir()
    (folder / "customers.yaml").write_text(textwrap.dedent(customers), encoding="utf-8")
    (folder / "materials.yaml").write_text(textwrap.dedent(materials), encoding="utf-8")
    return tmp_path


def problems(tmp_path, **files):
    """As ``file:line: path: what`` (columns: tests/mappings/test_mappings_loader_errors.py)."""
    with pytest.raises(MappingError) as caught:
        MasterData.load(tree(tmp_path, **files))
    return [re.sub(r"^(.*?\.yaml:\d+):\d+:", r"\1:", p) for p in caught.value.problems]


def test_valid_files_load(tmp_path):
    data = MasterData.load(tree(tmp_path))
    assert set(data.customers) == {"C1", "C2"}
    assert data.customers["C1"].part_numbers == {"A-1": "M1", "A-2": "M2"}
    assert data.materials["M1"].unit == "PCS"


def test_a_part_number_pointing_at_an_unknown_sku_is_an_error_with_a_hint(tmp_path):
    found = problems(tmp_path, customers=CUSTOMERS.replace("A-2: M2", "A-2: M22"))
    path = tmp_path / "masterdata" / "customers.yaml"
    assert found == [
        f"{path}:7: customers[0].part_numbers.A-2: sku 'M22' is not in materials.yaml (did you mean 'M2'?)"
    ]


def test_duplicate_codes_names_and_domains_are_errors_with_lines(tmp_path):
    customers = CUSTOMERS + "  - {code: C1, name: ACME LIMITED, email_domains: [ACME.com]}\n"
    path = tmp_path / "masterdata" / "customers.yaml"
    assert problems(tmp_path, customers=customers) == [
        f"{path}:11: customers[2].code: duplicate customer code 'C1' (also customers[0])",
        f"{path}:11: customers[2].name: 'ACME LIMITED' also names customer C1",
        f"{path}:11: customers[2].email_domains[0]: domain 'ACME.com' also belongs to customer C1",
    ]


def test_an_alias_that_names_another_customer_is_an_error(tmp_path):
    customers = CUSTOMERS.replace("name: Beta Co., Ltd.", "name: Beta Co., Ltd.\n    aliases: [acme]")
    found = problems(tmp_path, customers=customers)
    assert len(found) == 1 and "customers[1].aliases[0]: 'acme' also names customer C1" in found[0]


def test_part_numbers_equal_after_normalising_are_an_error(tmp_path):
    found = problems(tmp_path, customers=CUSTOMERS.replace("A-2: M2", "a 1: M2"))
    assert found[0].endswith(
        "part number 'a 1' is the same as 'A-1' once case, spaces and dashes are ignored"
    )


def test_duplicate_skus_are_an_error(tmp_path):
    found = problems(tmp_path, materials=MATERIALS + "  - {sku: M1, name: Other}\n")
    assert found == [
        f"{tmp_path / 'masterdata' / 'materials.yaml'}:5: materials[2].sku: "
        "duplicate sku 'M1' (also materials[0])"
    ]


def test_schema_problems_of_both_files_come_together(tmp_path):
    found = problems(
        tmp_path,
        customers=CUSTOMERS.replace("email_domains: [beta.cn]", "email_domain: [beta.cn]"),
        materials=MATERIALS.replace("unit: PCS", "units: PCS"),
    )
    assert len(found) == 2
    assert "customers[1].email_domain: unknown key 'email_domain' (did you mean 'email_domains'?)" in found[0]
    assert "materials[0].units: unknown key 'units' (did you mean 'unit'?)" in found[1]


def test_a_missing_file_is_an_error(tmp_path):
    folder = tree(tmp_path)
    (folder / "masterdata" / "materials.yaml").unlink()
    with pytest.raises(MappingError, match="cannot read the file"):
        MasterData.load(folder)


def test_a_public_mail_domain_cannot_identify_a_customer(tmp_path):
    found = problems(tmp_path, customers=CUSTOMERS.replace("[beta.cn]", "[beta.cn, QQ.com]"))
    assert found == [
        f"{tmp_path / 'masterdata' / 'customers.yaml'}:10: customers[1].email_domains[1]: "
        "'QQ.com' is a public mail service: it cannot tell one customer from another"
    ]
