"""A header field's value as found on the page, how it was paired with its label, and how sure that is.

Shared by label pairing (``ocr.header_fields``), title reading (``ocr.title_fields``), the line table's
total and customer templates; the assembler takes, per field, the best-scoring candidate that parses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ocr.date_habits import DateHabit
from ocr.layout import Cell

# How sure each way of pairing is; the later confidence model will replace these.
SCORES = {
    "label-inline": 0.95,
    "label-right": 0.9,
    "label-below": 0.85,
    "table-total": 0.9,
    "table-sum-row": 0.8,  # an unlabelled row under the lines whose amount is their sum (Összesen ...)
    "table-column": 0.9,  # an order field repeated on every line of a flat export (``ocr.order_columns``)
    "title": 0.6,  # a company name heading the first page, no label
    "title-size": 0.5,  # the largest text heading the first page, no label and no company word
    "window-address": 0.6,  # the company under a letter's return-address line (SAP, DIN 5008), no label
    "return-address": 0.65,  # the sender's company on that return-address line: the buyer's legal name
    "addressee": 0.5,  # an unlabelled company block over its address: the one the order is sent to
    "honorific": 0.85,  # a company name followed by 御中 / 殿 (Japanese: "to"): the one it is sent to
    "home-currency": 0.4,  # the currency of the document's language, when it names none (yuan in Chinese)
    "file-name": 0.5,  # a number in the attachment's name that the document prints too, no label
    "date-order": 0.5,  # a date after a label no dictionary knows, told order or delivery by time
    "code-value": 0.5,  # a currency's ISO code after a label no dictionary knows
    "number-label": 0.5,  # a code after a label no dictionary knows that echoes the title or says "number"
    "days-value": 0.5,  # a value counting days after a label no dictionary knows: the payment terms
    "template-value": 1.0,  # a customer template's constant
    "template-region": 0.97,  # a template's page region: the customer says exactly where the value is
    # a template's last resort: only when no label gave a value that parses; above the guesses from the
    # page's look (a title, a file name: the customer's own rule says what the number looks like)
    "template-regex": 0.62,
}
# Words that make a text a company name (a letterhead, the name line of a ship-to block).
COMPANY = re.compile(
    r"(有限公司|集团|公司|商行|工厂|制造厂|经营部|株式会社|有限会社|合同会社|㈱|\(株\)|\bLtd\b|\bLimited\b|\bInc\b|\bGmbH\b|\bLLC\b|\bCorp\b"
    r"|\bCorporation\b|\bCo\b\.?|\bCompany\b|\bPLC\b|\bLLP\b|\bPte\b|\bPty\b|\bAG\b|\bS\.?A\b|\bB\.?V\b"
    r"|\bIndustries\b|\bEnterprises?\b|\bTrading\b|\bGroup\b"
    r"|\bA/S\b|\bApS\b|\bOy\b|(?-i:\bAB\b)|\bS\.p\.A\.|\bS\.r\.l\.|\bSARL\b|\bN\.V\.|\bKG\b|\bSp\. z o\.o\."
    r"|\bLda\b|\bd\.o\.o\b|\bd\.d\.|\bOyj\b|\bZrt\b|\bNyrt\b|\ba\.s\.|\bUAB\b|\bOÜ\b|(?-i:\bASA?\b)"
    r"|\bLTDA\b|\bEIRELI\b|\bS\.L\.(?:U\.)?|\bS\.A\.S\.?|\bSAS\b|\bs\.r\.o\.|\bKft\b|\bBVBA\b|\bSpA\b|\bSrl\b|\bA\.Ş\.|\bŞti\b"
    r"|주식회사|\(주\)|㈜|\bCông ty\b|\bTNHH\b|\bCổ phần\b"  # Korean and Vietnamese company forms
    r"|(?-i:\bPT\b|\bTbk\b|\bCV\b)"  # Indonesian: PT Sumber Teknik Abadi, CV Maju Jaya
    r"|\b(?:ООО|ОАО|ЗАО|ПАО|АО|ИП|OOO|ZAO|OAO|PAO)\b"  # Russian, and in Latin letters (or OCR's)
    r"|\b(?:ТОВ|ПрАТ|ПАТ|ФОП)\b"  # Ukrainian
    r"|\b(?:ТАА|ААТ|ЗАТ)\b|\bҶДММ\b|\b(?:ЖЧК|ЖАК)\b"  # Belarusian; Tajik; Kyrgyz
    r"|\b(?:ООД|ЕООД|ЕАД)\b"  # Bulgarian
    r"|Α\.Ε\.|Ε\.Π\.Ε\.|Ι\.Κ\.Ε\.|(?-i:\bSIA\b)"  # Greek; Latvian
    r"|\b(?:ՍՊԸ|ՓԲԸ|ԲԲԸ)\b|შპს|\bشركة\b|ش\.م\.م"  # Armenian, Georgian, Arabic (company, LLC)
    r"|\b(?:MChJ|ТОО|ЖШС)\b|\(Edms\) Bpk|\bBpk\b"  # Uzbek, Kazakh LLCs; Afrikaans (Pty) Ltd
    r"|บริษัท|จำกัด|ห้างหุ้นส่วน)",  # Thai: company, limited, partnership
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Candidate:
    field: str
    text: str
    cell: Cell
    method: str
    factor: float = 1.0  # below 1 when the value needed a guess (an ambiguous date read by habit)
    note: str | None = None  # why, for provenance
    date_habit: DateHabit | None = None  # dates: the document's habit for 05/11/2026

    @property
    def score(self) -> float:
        return round(SCORES[self.method] * self.factor, 3)
