"""Cross-checks between customers.yaml and materials.yaml that no schema can express, with file:line."""

from __future__ import annotations

from orderbridge.masterdata.normalise import company_key, part_key
from orderbridge.yamlconfig import LoadedYaml, did_you_mean

# Senders on these domains could be anyone: such a domain never identifies a customer.
# fmt: off
PUBLIC_MAIL_DOMAINS = frozenset({
    "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sohu.com", "aliyun.com",
    "gmail.com", "outlook.com", "hotmail.com", "live.com", "yahoo.com", "icloud.com",
})
# fmt: on


def cross_check(customers: LoadedYaml, materials: LoadedYaml) -> list[str]:
    problems: list[str] = []
    skus: dict[str, int] = {}
    for i, material in enumerate(materials.data["materials"]):
        if material["sku"] in skus:
            problems.append(
                materials.problem(
                    ("materials", i, "sku"),
                    f"duplicate sku '{material['sku']}' (also materials[{skus[material['sku']]}])",
                )
            )
        skus.setdefault(material["sku"], i)
    seen_codes: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    seen_domains: dict[str, int] = {}
    for i, customer in enumerate(customers.data["customers"]):
        code = customer["code"]
        if code in seen_codes:
            problems.append(
                customers.problem(
                    ("customers", i, "code"),
                    f"duplicate customer code '{code}' (also customers[{seen_codes[code]}])",
                )
            )
        seen_codes.setdefault(code, i)
        names = [(("customers", i, "name"), customer["name"])]
        names += [(("customers", i, "aliases", j), a) for j, a in enumerate(customer.get("aliases", []))]
        for path, name in names:
            owner = seen_names.setdefault(company_key(name), i)
            if owner != i:
                problems.append(
                    customers.problem(
                        path, f"'{name}' also names customer {customers.data['customers'][owner]['code']}"
                    )
                )
        for j, domain in enumerate(customer.get("email_domains", [])):
            if domain.lower() in PUBLIC_MAIL_DOMAINS:
                problems.append(
                    customers.problem(
                        ("customers", i, "email_domains", j),
                        f"'{domain}' is a public mail service: it cannot tell one customer from another",
                    )
                )
            owner = seen_domains.setdefault(domain.lower(), i)
            if owner != i:
                problems.append(
                    customers.problem(
                        ("customers", i, "email_domains", j),
                        f"domain '{domain}' also belongs to customer "
                        f"{customers.data['customers'][owner]['code']}",
                    )
                )
        problems += _check_part_numbers(customers, i, customer.get("part_numbers", {}), skus)
    return problems


def _check_part_numbers(customers: LoadedYaml, i: int, part_numbers: dict[str, str], skus: dict) -> list[str]:
    problems = []
    keys: dict[str, str] = {}
    for part_no, sku in part_numbers.items():
        path = ("customers", i, "part_numbers", part_no)
        if sku not in skus:
            problems.append(
                customers.problem(path, f"sku '{sku}' is not in materials.yaml{did_you_mean(sku, skus)}")
            )
        other = keys.setdefault(part_key(part_no), part_no)
        if other != part_no:
            problems.append(
                customers.problem(
                    path,
                    f"part number '{part_no}' is the same as '{other}' "
                    "once case, spaces and dashes are ignored",
                )
            )
    return problems
