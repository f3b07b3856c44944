"""The bilingual label dictionary: what customers print before a header field or above a table column.

Add a label here when a customer's document uses a new one; longer labels win over their prefixes
(``Delivery Date`` over ``Date``), so order inside a tuple does not matter.
"""

from __future__ import annotations

# fmt: off
HEADER_LABELS: dict[str, tuple[str, ...]] = {  # header field -> its labels, either language
    "po_number": (
        "订单编号", "采购单号", "采购订单号", "采购单编号", "订单号码", "订单号", "合同编号",
        "PO No.", "P.O. No.", "P.O. Number", "PO Number", "PO #", "Purchase Order No.",
        "Purchase Order Number", "Order No.", "Order Number",
    ),
    "order_date": ("订单日期", "下单日期", "采购日期", "Order Date", "PO Date", "Date"),
    "requested_delivery_date": (
        "交货日期", "要求交期", "要求交货日期", "交期", "到货日期",
        "Delivery Date", "Required Date", "Requested Delivery Date", "Need By Date",
    ),
    "currency": ("币种", "币别", "货币", "Currency"),
    "buyer_name": (
        "采购方", "采购单位", "客户", "买方", "需方",
        "Buyer", "Customer", "Bill To", "Purchaser",
    ),
    "supplier_name": ("供应商", "卖方", "供方", "Supplier", "Vendor"),
    "ship_to_name": ("收货单位", "Consignee", "Ship To Name"),
    "ship_to_address": (
        "收货地址", "送货地址", "交货地址",
        "Ship To", "Delivery Address", "Ship-to Address",
    ),
    "contact": ("联系人", "收货人", "Contact", "Attn", "Attention"),
    "phone": ("联系电话", "电话", "手机", "Tel", "Phone", "Telephone"),
    "payment_terms": ("付款条件", "付款方式", "结算方式", "Payment Terms", "Terms of Payment"),
    "total": (
        "价税合计", "总金额", "总计", "合计金额", "合计",
        "Grand Total", "Total Amount", "Total",
    ),
    "subtotal": ("小计", "不含税合计", "不含税金额", "Subtotal", "Sub Total", "Sub-total", "Net Total"),
}

COLUMN_LABELS: dict[str, tuple[str, ...]] = {  # line-table column -> its header labels
    "line_no": ("序号", "项次", "行号", "No.", "Item", "Line", "#", "Pos."),
    "part_no": (
        "物料编码", "物料编号", "物料代码", "客户料号", "料号", "产品编号", "产品编码",
        "Part No.", "Part Number", "Item Code", "Item No.", "Material No.", "Customer Part No.", "P/N",
    ),
    "description": (
        "品名规格", "品名", "描述", "物料名称", "产品名称", "名称", "规格型号",
        "Description", "Item Description", "Product Name",
    ),
    "quantity": ("数量", "订购数量", "采购数量", "Qty", "Quantity", "Order Qty"),
    "unit": ("单位", "Unit", "UOM", "U/M"),
    "unit_price": ("单价", "含税单价", "未税单价", "Unit Price", "Price", "Unit Cost"),
    "amount": ("金额", "总价", "含税金额", "Amount", "Extended Price", "Line Total", "Ext. Price"),
    "delivery_date": ("交货日期", "交期", "Delivery Date", "Due Date"),
}
# fmt: on
