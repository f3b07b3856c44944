"""Purchase-order labels in Japanese, Korean, Vietnamese, Indonesian and Filipino, beside the dictionary's
Chinese and English.

Japanese buyers send a 注文書 (注文番号, 注文日, 納期, 品番 | 品名 | 規格 | 数量 | 単位 | 単価 | 金額), often
made in Excel; its kanji labels that Chinese shares (数量, 金額) are in the dictionary already.

Korean buyers send a 발주서 (발주번호, 납기일자, 품번 | 품명 | 수량 | 단가 | 금액), Vietnamese ones their
accounting software's Đơn mua hàng (MISA, Fast: Số, Nhà cung cấp, Mã hàng | Tên hàng | ĐVT | Số lượng).
Indonesian ones print Accurate's or their own Pesanan Pembelian (No. Pesanan, Tgl Pesanan, Pemasok,
Kirim Ke, Kode Barang | Nama Barang | Kts | Satuan | @Harga); Filipino ones an ORDER NG PAGBILI (Blg. ng
P.O., Petsa, Tagapagtustos, Ipadala sa, Kabuuang Halaga). The Korean and Vietnamese forms often print
the English in brackets after their own label (``발주번호 (P/O No.)``, ``Đơn giá (Unit
price)``), which ``ocr.labels`` reads too; these labels serve the forms that print only their own.
``ocr.label_dictionary`` adds them field by field, like ``ocr.european_labels``.
"""

from __future__ import annotations

# fmt: off
HEADER_LABELS: dict[str, tuple[str, ...]] = {
    "po_number": (
        "注文番号", "発注番号", "注文書番号", "注文No.", "発注No.",  # ja
        "발주번호", "발주 번호", "주문번호", "오더번호",  # ko
        "일자-No.", "일자-No",  # ko: ECOUNT's slip number (its day and the day's sequence)
        "Số đơn hàng", "Số đơn mua hàng", "Số chứng từ", "Số",  # vi (Số needs its colon)
        "No. Pesanan", "Nomor Pesanan", "No. PO", "Nomor PO", "No. Pesanan Pembelian",  # id
        "Blg. ng P.O.", "Blg. ng PO", "Numero ng P.O.",  # fil
    ),
    "order_date": (
        "注文日", "発注日", "注文年月日", "発注年月日",
        "발주일자", "발주일", "주문일자", "주문일",
        "Ngày đặt hàng", "Ngày đơn hàng", "Ngày chứng từ", "Ngày",
        "Tgl Pesanan", "Tanggal Pesanan", "Tgl PO", "Tanggal PO", "Tanggal",
        "Petsa ng Order", "Petsa",
    ),
    "requested_delivery_date": (
        "納入期日", "希望納期", "納品日", "納入日",
        "납기일자", "납기일", "납품일자", "입고예정일",
        "Ngày giao hàng", "Hạn giao hàng",
        "Tgl Kirim", "Tanggal Kirim", "Tgl Pengiriman", "Tanggal Pengiriman",
        "Petsa ng Paghahatid",
    ),
    "currency": ("通貨", "Mata Uang", "통화", "화폐", "외화종류", "통화종류", "Loại tiền", "Tiền tệ", "Pera"),
    # 상호 (trade name) heads the issuing company's box on a 발주서; the supplier is its 수신 (to)
    "buyer_name": ("発注者", "注文者", "Pembeli", "발주처", "발주자", "상호", "Đơn vị mua", "Bên mua"),
    "supplier_name": (
        "仕入先", "発注先", "Pemasok", "수신", "공급업체", "공급사", "거래처", "거래처명",
        "Nhà cung cấp", "Đơn vị bán", "Bên bán",
        "Tagapagtustos",
    ),
    "ship_to_address": (
        "納品場所", "納入先", "納品先", "Kirim Ke", "Alamat Kirim", "Alamat Pengiriman",
        "납품장소", "인도장소", "납품처",
        "Địa điểm giao hàng", "Nơi giao hàng", "Địa chỉ giao hàng",
        "Ipadala sa", "Ihatid sa",
    ),
    "contact": ("담당자", "참조", "Người liên hệ"),
    "phone": ("전화", "전화번호", "Điện thoại"),
    "payment_terms": (
        "支払条件", "支払方法", "お支払条件", "支払期日", "Syarat Pembayaran", "Termin Pembayaran",
        "결제조건", "지불조건", "대금지급조건",
        "Điều khoản thanh toán", "Điều kiện thanh toán", "Hình thức thanh toán",
        "Mga Tuntunin ng Pagbabayad", "Tuntunin ng Pagbabayad",
    ),
    "total": (
        "合計金額", "総合計", "ご注文金額", "注文金額", "税込合計", "Total Pesanan",
        "합계금액", "총금액", "총계", "합계", "Tổng tiền thanh toán", "Tổng cộng", "Tổng tiền",
        "Kabuuang Halaga",
    ),
    "subtotal": ("小計", "税抜合計", "Sub Total", "공급가액", "Cộng tiền hàng"),
    "other": (
        "消費税", "受渡条件", "担当", "担当者", "承認", "検印", "備考", "登録番号",
        "Keterangan", "Pengiriman", "Biaya Lain", "PPN", "NPWP", "Telp.", "Dibuat Oleh", "Disetujui Oleh",
        "Halaman", "Diskon",
        "등록번호", "사업자등록번호", "업태", "종목", "인도조건", "선적항", "도착항", "특기사항", "비고",
        "Mã số thuế", "Tỷ giá", "Diễn giải", "Ghi chú", "Tiền thuế GTGT", "Thuế GTGT",
        "Paraan ng Pagpapadala", "Kontak", "Inihanda ni", "Sinuri ni", "Inaprubahan ni", "Mga Tala",
    ),
}

COLUMN_LABELS: dict[str, tuple[str, ...]] = {
    "line_no": ("순번", "STT"),  # (No. is the dictionary's)
    "part_no": (
        "品番", "品目コード", "部品番号", "図番", "Kode Barang", "Kode Item", "Kodigo ng Item",
        "품번", "품목코드", "자재코드", "Mã hàng", "Mã vật tư",
    ),
    "description": (
        "品名", "規格", "仕様", "品目名", "Nama Barang", "Nama Item",
        "품명", "품목명", "규격", "Tên hàng", "Tên vật tư", "Tên hàng hóa",
        "Paglalarawan",
    ),
    "quantity": ("Kts", "Kuantitas", "수량", "발주수량", "Số lượng", "Dami"),
    "unit": ("単位", "Satuan", "단위", "ĐVT", "Đơn vị tính"),
    "unit_price": ("単価", "@Harga", "Harga Satuan", "단가", "Đơn giá", "Presyo bawat Yunit"),
    "amount": ("Total Harga", "Jumlah Harga", "금액", "Thành tiền", "Halaga"),
    "discount": ("Diskon", "Disc.", "Diskwento (%)", "Diskwento"),
    "delivery_date": ("納期", "납기", "납기일", "Ngày giao"),
    "other": ("備考", "비고", "Ghi chú", "% thuế GTGT", "Tiền thuế GTGT", "Thuế suất"),
}
# fmt: on
