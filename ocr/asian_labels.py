"""Purchase-order labels in Korean and Vietnamese, beside the dictionary's Chinese and English.

Korean buyers send a 발주서 (발주번호, 납기일자, 품번 | 품명 | 수량 | 단가 | 금액), Vietnamese ones their
accounting software's Đơn mua hàng (MISA, Fast: Số, Nhà cung cấp, Mã hàng | Tên hàng | ĐVT | Số lượng).
Both often print the English in brackets after their own label (``발주번호 (P/O No.)``, ``Đơn giá (Unit
price)``), which ``ocr.labels`` reads too; these labels serve the forms that print only their own.
``ocr.label_dictionary`` adds them field by field, like ``ocr.european_labels``.
"""

from __future__ import annotations

# fmt: off
HEADER_LABELS: dict[str, tuple[str, ...]] = {
    "po_number": (
        "발주번호", "발주 번호", "주문번호", "오더번호",  # ko
        "Số đơn hàng", "Số đơn mua hàng", "Số chứng từ", "Số",  # vi (Số needs its colon)
    ),
    "order_date": (
        "발주일자", "발주일", "주문일자", "주문일",
        "Ngày đặt hàng", "Ngày đơn hàng", "Ngày chứng từ", "Ngày",
    ),
    "requested_delivery_date": (
        "납기일자", "납기일", "납품일자", "입고예정일",
        "Ngày giao hàng", "Hạn giao hàng",
    ),
    "currency": ("통화", "화폐", "Loại tiền", "Tiền tệ"),
    # 상호 (trade name) heads the issuing company's box on a 발주서; the supplier is its 수신 (to)
    "buyer_name": ("발주처", "발주자", "상호", "Đơn vị mua", "Bên mua"),
    "supplier_name": ("수신", "공급업체", "공급사", "Nhà cung cấp", "Đơn vị bán", "Bên bán"),
    "ship_to_address": (
        "납품장소", "인도장소", "납품처",
        "Địa điểm giao hàng", "Nơi giao hàng", "Địa chỉ giao hàng",
    ),
    "contact": ("담당자", "참조", "Người liên hệ"),
    "phone": ("전화", "전화번호", "Điện thoại"),
    "payment_terms": (
        "결제조건", "지불조건", "대금지급조건",
        "Điều khoản thanh toán", "Điều kiện thanh toán", "Hình thức thanh toán",
    ),
    "total": ("합계금액", "총금액", "총계", "합계", "Tổng tiền thanh toán", "Tổng cộng", "Tổng tiền"),
    "subtotal": ("공급가액", "Cộng tiền hàng"),
    "other": (
        "등록번호", "사업자등록번호", "업태", "종목", "인도조건", "선적항", "도착항", "특기사항", "비고",
        "Mã số thuế", "Tỷ giá", "Diễn giải", "Ghi chú", "Tiền thuế GTGT", "Thuế GTGT",
    ),
}

COLUMN_LABELS: dict[str, tuple[str, ...]] = {
    "line_no": ("순번", "STT"),
    "part_no": ("품번", "품목코드", "자재코드", "Mã hàng", "Mã vật tư"),
    "description": ("품명", "품목명", "규격", "Tên hàng", "Tên vật tư", "Tên hàng hóa"),
    "quantity": ("수량", "발주수량", "Số lượng"),
    "unit": ("단위", "ĐVT", "Đơn vị tính"),
    "unit_price": ("단가", "Đơn giá"),
    "amount": ("금액", "Thành tiền"),
    "delivery_date": ("납기", "납기일", "Ngày giao"),
    "other": ("비고", "Ghi chú", "% thuế GTGT", "Tiền thuế GTGT", "Thuế suất"),
}
# fmt: on
