"""The bilingual label dictionary: what customers print before a header field or above a table column.

Labels are what Chinese ERPs (Kingdee K/3, Yonyou U8, NC Cloud), SAP / Oracle / NetSuite / QuickBooks
print-outs and Word/Excel-made forms put on a purchase order, in Chinese and English; the European
languages' ones (Bestell-Nr., Quantità, Cantidad ...) are in ``ocr.european_labels`` and added here.
Longer labels win over their prefixes (``Delivery Date`` over ``Date``), so order inside a tuple does
not matter, except that the FIRST label of every field is its canonical spelling (customer templates
rewrite their own labels to it): keep it first.

``other`` holds labels of things that are no field of ours (remarks, tax, shipping method, signatures):
knowing them stops a shorter label from taking their value (``Delivery Terms`` is not ``Terms``, 采购员
is a person, not the buyer). Which column ``Item`` is (a line number or a description) is decided by the
column's content in ``ocr.column_roles``, not here.
"""

from __future__ import annotations

import functools

from ocr import asian_labels, european_labels, russian_labels, west_asian_labels

# fmt: off
_HEADER_LABELS: dict[str, tuple[str, ...]] = {  # header field -> its labels, either language
    "po_number": (
        "订单编号", "采购单号", "采购订单号", "采购订单编号", "采购单编号", "采购编号", "订单号码",
        "订单号", "订货单号", "订货单编号", "订购单号", "订购单编号", "订单单号", "购货单号", "采购合同号",
        "合同编号", "合同号", "单据编号", "单据号", "单号", "编号",
        "PO No.", "P.O. No.", "P.O. Number", "PO Number", "PO #", "P.O. #", "PO Num", "PO Ref",
        "PO Reference", "P/O No.", "P/O Number", "P/O #",
        "Purchase Order No.", "Purchase Order Number", "Purchase Order #", "Purchase Order Ref",
        "Order No.", "Order Number", "Order #", "Order Ref", "Order Reference", "Our Order No.",
        "Customer PO", "Customer PO No.", "Buyer PO No.", "Our Order Reference", "No.", "N°", "Nº",
        "Purchasing Document", "Purchasing Doc.", "Purchase Document", "Voucher No.", "PO", "Order",
        "Order Nbr.", "PO Nbr.",  # Acumatica
    ),
    "order_date": (
        "订单日期", "下单日期", "采购日期", "订货日期", "订购日期", "制单日期", "单据日期", "签订日期",
        "开单日期", "录单日期", "凭证日期", "日期", "申请日期", "下单时间", "订单创建时间", "创建时间",
        "制单时间", "开单时间", "业务日期",
        "Order Date", "PO Date", "P/O Date", "Date", "Date of Order", "Issue Date", "Date Issued",
        "Document Date", "Purchase Order Date", "Order Placed", "Order Deadline", "Dated", "Creation Date",
        "Order submitted on", "Submitted on", "Order Placed On",
    ),
    "requested_delivery_date": (
        "交货日期", "要求交期", "要求交货日期", "交期", "到货日期", "要求到货日期", "送货日期", "需求日期",
        "交货期", "交货时间", "到货时间", "送货时间", "计划交货日期", "预计交货日期", "约定交货日期",
        "交付日期", "计划到货日期", "预计到货日期", "交货时间及地点", "交货时间和地点", "交货日期及地点",
        "交货期限", "订单交期", "预计到货时间", "预计交货时间", "要求到货时间", "预计到货",
        "Delivery Date", "Required Date", "Requested Delivery Date", "Need By Date", "Need By", "Needed By",
        "Required By", "Deliver By", "Delivery By", "Due Date", "Ship Date", "Ship By", "Requested Date",
        "Req. Date", "Required Delivery Date", "Expected Delivery Date", "Expected Date", "Promised Date",
        "Date Required", "Date Needed", "Delivery Required", "ETA", "Expected Arrival", "Receipt Date",
        "Expected Receipt Date", "Promised On",
        "Date Req.", "Requested Delivery", "Required Delivery", "Requested", "要货日期", "需货日期",
        "期望到货", "期望到货日期", "期望交期", "纳期", "納期",
        "Window End", "Delivery Window End", "Ship Window End", "Delivery Schedule",
    ),
    "currency": (
        "币种", "币别", "货币", "结算币种", "交易币种", "币制", "结算币别",
        "Currency", "Curr.", "Currency Code", "CCY"
    ),
    "buyer_name": (
        "采购方", "采购单位", "客户", "买方", "需方", "订货单位", "订购单位", "购货单位", "购货方",
        "订货方", "购买方", "采购商", "客户名称", "需方单位", "甲方", "采购公司", "采购组织", "采购主体",
        "买家公司名", "买家公司", "买家名称",
        "Buyer", "Customer", "Bill To", "Purchaser", "Sold To", "Customer Name", "Buyer Name", "Invoice To",
        "Bill-To", "Sold-To", "Ordered By", "From",
    ),
    "supplier_name": (
        "供应商", "卖方", "供方", "供货单位", "供货方", "供应商名称", "供货商", "厂商", "乙方", "销售方",
        "致", "厂商全名", "厂商全称", "厂商名称", "供应商全称", "委外商", "外协商", "加工商", "外协厂商",
        "委外供应商", "卖家公司名", "卖家公司", "卖家名称",
        "Supplier", "Vendor", "Seller", "Vendor Name", "Supplier Name", "To", "Bill From",
        "Supplier (Bill from)",
    ),
    "ship_to_name": (
        "收货单位", "收货方", "收货公司",
        "Consignee", "Ship To Name", "Ship-to Name",
    ),
    "ship_to_address": (
        "收货地址", "送货地址", "交货地址", "交货地点", "送货地点", "收货地点", "到货地址", "到货地点",
        "交付地点", "收货人地址", "指定地点", "指定交货地点", "送达地点", "纳入场所", "納入場所", "纳入地点",
        "运达至", "送达至", "运至",
        "Ship To", "Delivery Address", "Ship-to Address", "Ship-To", "Ship To Address", "Shipping Address",
        "Deliver To", "Delivery To", "Delivery Location", "Delivery Point", "Place of Delivery",
        "Delivery Place", "Ship To Location", "Consignee (Ship to)", "Ship To / Consignee",
    ),
    "contact": (
        "联系人", "收货人", "收件人",
        "Contact", "Attn", "Attention", "Contact Person", "Receiver"
    ),
    "phone": (
        "联系电话", "电话", "手机", "手机号", "电话号码",
        "Tel", "Phone", "Telephone", "Mobile", "Tel No.", "Phone No."
    ),
    "payment_terms": (
        "付款条件", "付款方式", "结算方式", "付款条款", "结算条件", "付款期限", "账期", "帐期", "结算期",
        "支付方式", "付款", "结算", "付款协议",
        "Payment Terms", "Terms of Payment", "Payment Term", "Pay Terms", "Terms", "Payment",
        "Payment Method", "Credit Terms", "Pmt Terms", "Payment Conditions", "Mode/Terms of Payment",
        "Mode of Payment",
    ),
    "total": (
        "价税合计", "总金额", "总计", "合计金额", "合计", "含税总额", "含税合计", "订单总额", "订单金额",
        "采购总金额", "采购总额",
        "总额", "金额合计", "含税总金额", "优惠后金额", "优惠后总额", "折后金额", "折后总额", "应付金额",
        "Total after Discount",
        "Grand Total", "Total Amount", "Total", "Order Total", "Total Value", "PO Total", "Total Due",
        "Total Gross Value", "Total Net Value", "Amount Due", "Total Order Amount", "Total Order Value",
    ),
    "subtotal": (
        "小计", "本页小计", "本页合计", "页小计", "不含税合计", "不含税金额", "不含税总额", "未税合计",
        "未税金额", "货款合计", "不含税总金额", "未税总金额", "无税总金额", "不含税总价",
        "Subtotal", "Sub Total", "Sub-total", "Net Total", "Total before Tax", "Merchandise Total",
        "Untaxed Amount", "Goods Total", "Total Goods", "Goods Value", "Total excl. VAT", "Total Net",
        "Total before Discount",
    ),
    "other": (
        "备注", "说明", "摘要", "经手人", "交货方式", "运输方式", "发货方式", "送货方式", "采购员", "采购人",
        "业务员",
        "经办人", "制单人", "制单", "审核人", "审核", "批准人", "批准", "税率", "税额", "税金", "运费",
        "折扣", "传真", "邮箱", "网址", "开户行", "开户银行", "账号", "税号", "页码", "部门", "采购部门",
        "汇率", "单位名称", "签订地点", "签约地点", "合同签订地点", "厂商简称", "厂商代号", "厂商电话",
        "课税别", "采购人员", "交易条件", "列印日期", "打印日期", "表单编号", "供应商联系人", "供方联系人",
        "供应商号", "供应商编号", "供应商代码", "地址号",  # Supplier No., an address-book number (JD Edwards)
        "Remarks", "Notes", "Note", "Ship Via", "Shipping Method", "Delivery Terms", "Shipping Terms",
        "Freight Terms", "Trade Terms", "Incoterms", "Terms and Conditions", "Terms & Conditions",
        "Prepared By", "Approved By", "Authorized By", "Requested By", "Requisitioner", "Tax Rate", "Tax",
        "VAT", "Sales Tax", "Freight", "Shipping", "Discount", "Fax", "Email", "E-mail", "Website", "Bank",
        "Account No.", "A/C No.", "A/C", "Account Number", "Tax ID", "VAT No.", "Page", "Exchange Rate",
        "FOB", "Carrier",
        "Purchase Representative", "Your Reference", "Your Ref", "Taxes", "Department", "Invoice No.",
        "Quotation No.", "Quote No.", "Ref No.", "Vendor No.", "Vendor Code", "Vendor ID", "Supplier No.",
        "Vendor Ref.",
        "Supplier Code", "Customer No.", "Customer Code", "Customer ID", "Delivery Note No.", "Vendor #",
        "Customer Account No.", "Customer Account", "Revision Date", "Revision",
        "Vendor Number", "Supplier #", "Supplier Number", "Site contact", "Window Start", "Window Type",
        "Delivery Window Start",
        "Reference No. & Date", "Other References", "Dispatched through", "Destination", "Terms of Delivery",
        "GSTIN/UIN", "GSTIN", "PAN", "Company's PAN", "State Name", "Declaration",
        "Supplier Quote", "Supplier Quote No.", "Vendor Quote", "Supplier Acct", "Supplier Account",
        "Vendor Acct",
    ),
}

_COLUMN_LABELS: dict[str, tuple[str, ...]] = {  # line-table column -> its header labels
    "line_no": (
        "序号", "项次", "行号", "项号", "行次", "行", "项目",
        "No.", "Item", "Line", "#", "Pos.", "Position", "Line No.", "Line #", "Ln", "S/N", "S.No.",
        "Sr. No.", "Sl. No.", "Seq", "Line Nbr.",
    ),
    "part_no": (
        "物料编码", "物料编号", "物料代码", "客户料号", "料号", "产品编号", "产品编码", "商品编码",
        "商品编号", "存货编码", "存货代码", "物料号", "零件号", "零件编号", "品号", "货号", "产品代码",
        "物品编码", "材料编码", "图号", "编码", "代码", "物料",
        "Part No.", "Part Number", "Item Code", "Item No.", "Material No.", "Customer Part No.", "P/N",
        "Part #", "Item Number", "Item #", "Material", "Material Number", "Material Code", "PN", "SKU",
        "Product Code", "Product No.", "Article No.", "Art. No.", "Catalog No.", "Cat. No.", "Code",
        "Item ID", "Product ID", "ASIN", "Inventory ID", "Customer Part #", "Buyer Part #", "Buyer Part No.",
        "单品货号", "商家编码", "料品编码", "料品编号", "货品编号", "货品编码",
        "项目号",  # JD Edwards' Item Number as its Chinese profile prints it
    ),
    "description": (
        "品名规格", "品名", "描述", "物料名称", "产品名称", "名称", "规格型号", "物料名称及规格",
        "名称及规格", "名称规格", "品名及规格", "产品名称及规格", "物料描述", "商品名称", "存货名称",
        "货品名称", "物品名称", "规格", "型号", "规格说明", "产品描述", "材料名称", "货物名称", "物料规格",
        "规格描述", "商品全名", "品名全称", "全名", "货品标题", "商品标题", "宝贝标题", "SKU属性", "销售属性",
        "颜色及规格", "颜色规格", "规格属性",
        "料品名称",
        "颜色",  # (秦丝's 颜色 beside 商品名称: the item's colour is part of what is ordered)
        "Description", "Item Description", "Product Name", "Product Description", "Material Description",
        "Item Name", "Product", "Goods", "Particulars", "Details", "Name", "Article", "Commodity",
        "Specification", "Spec.", "Short Text", "Material Short Text", "Description of Goods", "Title",
        "Item Title", "Product Title",
    ),
    "quantity": (
        "数量", "订购数量", "采购数量", "订货数量", "订单数量", "需求数量", "要货数量", "采购量", "订购量",
        "订货量", "件数", "委外数量", "外协数量", "加工数量", "委外加工数量",  # subcontract orders (委外订单)
        "Qty", "Quantity", "Order Qty", "Qty Ordered", "Ordered Qty", "Quantity Ordered", "Ordered",
        "Order Quantity", "Req. Qty", "Required Qty", "PO Qty", "Qnty", "Quantity Requested",
        "Requested Quantity", "Qty Requested", "Our Qty", "Q'ty",
    ),
    "unit": (
        "单位", "计量单位", "单位名称", "主计量", "采购单位", "计价单位", "库存单位", "基本单位", "订货单位",
        "Unit", "UOM", "U/M", "Units", "Unit of Measure", "Measure", "UM", "U.M.", "OUn", "Order Unit", "BUn",
    ),
    "unit_price": (
        "单价", "含税单价", "未税单价", "不含税单价", "无税单价", "原币单价", "原币含税单价", "采购单价",
        "价格", "净价", "采购价", "进价", "进货价", "单位成本",  # (JD Edwards: Unit Cost)
        "Unit Price", "Price", "Unit Cost", "Cost", "Rate", "Net Price", "Price Each", "Each", "Unit Rate",
        "U/Price", "U. Price", "Price per Unit"
    ),
    "amount": (
        "金额", "总价", "含税金额", "不含税金额", "无税金额", "价税合计", "原币金额", "原币价税合计",
        "行金额", "行总计", "延伸金额",  # (JD Edwards: Extended Amount)
        "Amount", "Extended Price", "Line Total", "Ext. Price", "Ext. Cost", "Extended Cost",
        "Extended Amount", "Ext. Amount", "Extension", "Total Price", "Net Amount", "Line Amount",
        "Net Value", "Net Order Value", "Value", "Total Cost", "Total", "Subtotal", "Sub-total",
    ),
    "delivery_date": (
        "交货日期", "交期", "到货日期", "要求交期", "需求日期", "交货时间", "送货日期", "要求到货日期",
        "计划到货日期", "预计到货日期", "预交日", "预交日期", "请求日期",  # (JD Edwards: Request Date)
        "Delivery Date", "Due Date", "Need By", "Need By Date", "Required Date", "Req. Date", "Ship Date",
        "Date Required", "Requested Date", "Promise Date", "Delivery", "Date", "Date Req.", "Due on",
        "Promised",
    ),
    "discount": (  # a trade discount in percent: the amount is quantity x price less it
        "折扣", "折扣率", "折扣%", "扣率",
        "Discount", "Disc.", "Disc. %", "Discount %", "Disc %"
    ),
    "other": (
        "税率", "税额", "税金", "备注", "说明", "原币税额", "税码",
        "供应商目录号",  # SAP Business One: the supplier's catalogue number beside the buyer's 物料编号
        "Tax", "Tax Rate", "VAT", "Remarks", "Notes", "Note", "Taxes", "Tax Code", "Tax Amount",
        "Cost Code", "Job", "Job No.", "Phase", "Cat", "Category", "Cost Type", "GL Account", "Cost Center",
        "Project", "Project No.", "Case Pack", "Pack Size", "Model Number", "External ID",
        "External ID Type", "UPC", "EAN", "Options", "版本", "版次", "Rev", "Rev.", "Revision", "Rev. Level",
        "订单状态", "买家留言", "付款时间", "邮编", "买家会员名", "卖家会员名",
        "款式编码", "款号", "款式货号", "图片", "Style Code", "Style No.",  # a style's code (the SKU's: part)
    ),
    "line_status": (  # an ERP's or SRM's status of each line: a cancelled one is printed, but ordered no more
        "行状态", "行项目状态", "状态", "退款状态", "Line Status", "Status", "Item Status",
    ),
    "price_unit": (  # how many units the price is for: "100 Nos" (Tally's per), 100 (SAP's price unit)
        "价格单位", "计价数量", "每",
        "Per", "Price Unit", "Price per", "Per Qty", "Pricing Unit",
    ),
}

# fmt: on


def _with(own: dict[str, tuple[str, ...]], more: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """``own``'s labels, each field's first (canonical) label first, then ``more``'s it lacks."""
    fields = list(own) + [field for field in more if field not in own]
    return {
        field: own.get(field, ()) + tuple(x for x in more.get(field, ()) if x not in own.get(field, ()))
        for field in fields
    }


_MORE_LANGUAGES = (european_labels, russian_labels, asian_labels, west_asian_labels)
HEADER_LABELS = functools.reduce(_with, (module.HEADER_LABELS for module in _MORE_LANGUAGES), _HEADER_LABELS)
COLUMN_LABELS = functools.reduce(_with, (module.COLUMN_LABELS for module in _MORE_LANGUAGES), _COLUMN_LABELS)

# fmt: off
# Traditional spellings of the dictionary's simplified characters (Hong Kong, Taiwan forms print
# 訂單號碼, 交貨日期): a label matches in either script without a conversion library.
TRADITIONAL: dict[str, str] = dict(zip(
    "业买产价传净划别制办务单卖厂发号员图备审币帐应开总户据数无时机条汇点电码种称税签约组织经结编网联"
    "规计订话说账货购费输运邮采银销门间页项预额注简课",
    "業買產價傳淨劃別製辦務單賣廠發號員圖備審幣帳應開總戶據數無時機條匯點電碼種稱稅簽約組織經結編網聯"
    "規計訂話說賬貨購費輸運郵採銀銷門間頁項預額註簡課",
    strict=True,
))

# Short labels that are a label only at the start of a cell, and that take a value in the same cell only
# after a colon: "No. 1 Factory Road" is an address, "To: ..." the supplier, "Payment received" no terms.
NEEDS_COLON = (
    "No.", "PO", "编号", "To", "致", "From", "Terms", "Payment", "付款", "结算", "单号", "Dated",
    "Numero", "Número", "Numéro", "Numer", "Order", "N°", "Nº", "Số",
    "Ба",  # Tajik "to" (the supplier), a word of any sentence without its colon
    "Жеткирүүчү",  # Kyrgyz supplier, also the stem of the title word ЖЕТКИРҮҮЧҮГӨ (to the supplier)
    "Склад",  # a warehouse's label, and the first word of its address (``Склад № 2, вул. Суворава``)
)
# Rows that carry a page's running sums to the next page (管家婆, 用友 T3 prints): no order line, and the
# table goes on after them.
CARRY_LABELS = (
    "过次页", "承前页", "承上页", "转下页", "接上页", "转次页", "Carried forward", "Brought forward",
    "Riporto", "A riportare", "Übertrag", "À reporter", "A reporter", "Suma y sigue", "Suma anterior",
    "A transportar", "Do przeniesienia", "Z przeniesienia", "Átvitel", "Áthozat", "Přenos", "Převod",
)
# fmt: on
