"""The labelled corpus: every layout as a text PDF and as degraded scans at 200 and 300 dpi, or as XLSX.

``build(out_dir)`` writes the files and returns one ``Item`` per document; the labels are the layout
modules' ``expected()`` orders, so documents and truth come from one place. Everything is seeded: the
same call writes the same bytes (checked by tests/bench/test_bench_extraction_corpus.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from PIL import Image

from bench.extraction.layouts import (
    accurate_id,
    acolous_mn,
    acumatica_ca,
    alibaba_1688_xlsx,
    amr_shira_eg_xlsx,
    ariba_po_en,
    armsoft_am,
    aspel_sae_mx,
    autocount_my,
    baisangsue_la_xlsx,
    balju_kr,
    banhchea_kh_xlsx,
    bestellung_de,
    bravo_vn,
    business_central_se,
    buyruk_kg,
    buyurtma_uz_xlsx,
    chone_zh,
    chumonsho_jp_xlsx,
    clerk_kv_xlsx,
    comanda_ca_xlsx,
    comarch_pl,
    contract_zh,
    contractor_us,
    cosmic_zh,
    coupa_po_en,
    daftra_sa,
    dealer_matrix_xlsx,
    dealer_xlsx,
    digiwin_tw,
    dingtalk_export_xlsx,
    directo_ee,
    e10_zh,
    eas_zh,
    ecology_oa_zh,
    ecount_kr_xlsx,
    encomenda_pt_xlsx,
    eoffice_zh,
    epicor_kinetic_us,
    erp_export_xlsx,
    eu_distributor_en,
    exact_nl,
    excel_print_zh,
    farmoish_tj_xlsx,
    feishu_xlsx,
    fina_ge,
    financa5_al,
    forecast_order_xlsx,
    form_xlsx,
    futong_trade_zh,
    galaktika_by,
    gjp_zh,
    globalparts_xlsx,
    gsheets_es_xlsx,
    guanyi_zh,
    h3yun_zh,
    haoshengyi_zh,
    haoyecai_zh,
    harbor_en,
    hazmana_il_xlsx,
    indkob_dk_xlsx,
    inspur_gs_zh,
    jackyun_zh,
    jde_e1_zh,
    jiandaoyun_zh,
    jingdouyun_zh,
    jinhua_zh,
    jst_zh,
    jumis_lv,
    k3cloud_export_xlsx,
    k3cloud_zh,
    kamfung_hk,
    kharid_np_xlsx,
    kis_zh,
    kroy_bd_xlsx,
    kulcs_hu,
    landray_ekp_zh,
    lemonsoft_fi,
    lingxing_zh,
    logo_tiger_tr,
    long_order,
    lpo_ke,
    mingdao_hap_zh,
    misa_vn_xlsx,
    monitor_se,
    multiable_zh,
    myob_au_xlsx,
    narachka_mk_xlsx,
    narocilnica_si_xlsx,
    narudzbenica_hr_xlsx,
    nc_cloud_zh,
    netsuite_us,
    newgrand_i8_zh,
    objednavka_sk_xlsx,
    oda_tz_xlsx,
    odoo_nl,
    odoo_zh,
    oracle_bip_xlsx,
    oracle_ebs_zh,
    order_form_au_xlsx,
    ordine_it,
    ordni_mt_xlsx,
    pagbili_ph,
    pantheon_rs,
    paraggelia_gr_xlsx,
    pastel_za,
    phc_ao,
    pivot_order_xlsx,
    po_table_in_xlsx,
    pohoda_cz,
    pontun_is_xlsx,
    poruchka_bg_xlsx,
    protheus_br,
    qinsi_zh,
    quickbooks_us,
    rivile_lt,
    roc_order_tw_xlsx,
    s4_fiori_items_xlsx,
    s4hana_zh,
    sage_x3_fr,
    sap_b1_cl,
    sap_b1_zh,
    sap_bestellung_de,
    sap_en,
    sargyt_tm,
    seeyon_zh,
    sefaresh_ir_xlsx,
    sifaris_az_xlsx,
    srm_export_xlsx,
    srm_print_zh,
    suda_zh,
    t100_zh,
    tally_in,
    tango_ar,
    tapsyrys_kz_xlsx,
    thai_po_xlsx,
    tizaz_et_xlsx,
    tongda_oa_zh,
    tplus_zh,
    trading_jp,
    tripletex_no,
    u8_zh,
    u9_zh,
    uk_wholesale_en,
    urdu_order_pk_xlsx,
    vendor_central_xlsx,
    wanliniu_zh,
    wdt_zh,
    wecom_approval_zh,
    wings_ba,
    winmentor_ro,
    word_contract_zh,
    wps_form_xlsx,
    xero_nz,
    xinda_xlsx,
    xingchen_zh,
    yifei_zh,
    yonsuite_ww_zh,
    zakaz_1c_ru,
    zamovlennia_ua_xlsx,
    zh_grid_long,
    zhibang_zh,
)
from orderbridge.model import PurchaseOrder
from orderbridge.samples import acme, hdprecision, nordwind, scans, xinhui_pdf, xinhui_xlsx

SCAN_DPIS = (200, 300)
TEXT, XLSX = "text-pdf", "xlsx"
SCAN_FORMATS = tuple(f"scan-{dpi}" for dpi in SCAN_DPIS)
FORMATS = (TEXT, *SCAN_FORMATS, XLSX)


@dataclass(frozen=True)
class Layout:
    name: str
    module: ModuleType  # FILENAME, expected(), render()
    description: str
    group: str  # "tuned" (developed on), "seen" (dictionary grown from its misses), "unseen", "template-only"
    template: str  # stem of its file in bench/extraction/templates/ (and invoice2data_templates/)

    @property
    def is_workbook(self) -> bool:
        return self.module.FILENAME.endswith(".xlsx")


LAYOUTS = [
    Layout("hdprecision", hdprecision, "zh, labels beside values, whitespace table", "tuned", "hdprecision"),
    Layout("xinhui-pdf", xinhui_pdf, "zh, label-over-value boxes, ruled grid", "tuned", "xinhui_pdf"),
    Layout("acme", acme, "en, ruled grid, 2 pages, repeated header", "tuned", "acme"),
    Layout("xinhui-xlsx", xinhui_xlsx, "zh/en workbook, merged cells, date serials", "tuned", "xinhui_xlsx"),
    Layout(
        "nordwind",
        nordwind,
        "de, whitespace table, written as the template example (German labels in the dictionary since the "
        "eighth blind set)",
        "template-only",
        "nordwind",
    ),
    Layout("lianfeng-60", long_order, "zh/en, 60 lines on 3 pages, ruled grid", "seen", "lianfeng"),
    Layout("pacific-harbor", harbor_en, "en (US dates), whitespace table", "seen", "pacific_harbor"),
    Layout("jinhua", jinhua_zh, "zh, label|value grid, ruled grid, 大写 total", "seen", "jinhua_hengtong"),
    Layout("global-parts", globalparts_xlsx, "en workbook, fields down a column", "seen", "global_parts"),
    Layout(
        "ruitai-k3",
        k3cloud_zh,
        "zh, K/3 Cloud print, ruled grid, tax incl., 大写 total",
        "seen",
        "ruitai_k3cloud",
    ),
    Layout(
        "vestmark-sap",
        sap_en,
        "en, SAP form, whitespace table, 28 lines on 2 pages",
        "seen",
        "vestmark_sap",
    ),
    Layout("kamfung-hk", kamfung_hk, "zh-Hant/en, boxed header, ruled grid, EUR", "seen", "kamfung_hk"),
    Layout("xinda-xlsx", xinda_xlsx, "zh workbook, two-row table header, text dates", "seen", "xinda_xlsx"),
    Layout(
        "yongxing-u8",
        u8_zh,
        "zh, Yonyou U8 print, unruled whitespace table, tax columns, 大写 total",
        "seen",
        "yongxing_u8",
    ),
    Layout(
        "skovgaard-eu",
        eu_distributor_en,
        "en (European dates and numbers), semi-ruled table, 34 lines on 2 pages, EUR/€",
        "seen",
        "skovgaard",
    ),
    Layout(
        "hongda-grid",
        zh_grid_long,
        "zh, key|value header grid, ruled grid, 56 lines on 3 pages, page subtotals, 大写 total",
        "seen",
        "hongda_grid",
    ),
    Layout(
        "sinolink-xlsx",
        dealer_xlsx,
        "zh/en workbook, header fields on the right, bilingual two-line column heads, USD",
        "seen",
        "sinolink_xlsx",
    ),
    Layout(
        "haihong-gjp",
        gjp_zh,
        "zh, 管家婆 进货订单 print, ruled grid, 30 lines on 2 pages, 过次页/承前页 rows, 大写 total",
        "seen",
        "haihong_gjp",
    ),
    Layout(
        "bayline-qb",
        quickbooks_us,
        "en (US), QuickBooks-style PO, P.O. # and month-first dates, no unit column, shipping in the $ total",
        "seen",
        "bayline_qb",
    ),
    Layout(
        "jiali-xlsx",
        clerk_kv_xlsx,
        "zh workbook, key/value blocks with values two columns right, spacer column, section 小计 rows",
        "seen",
        "jiali_xlsx",
    ),
    Layout(
        "dongfang-contract",
        contract_zh,
        "zh, 采购合同 contract: clauses, ruled grid, delivery and terms in sentences, 2 pages, 大写 total",
        "seen",
        "dongfang_contract",
    ),
    Layout(
        "thornbury-uk",
        uk_wholesale_en,
        "en (UK dates), boxed columns, 25 lines on 2 pages, Disc % lines, VAT in the £ total, GBP",
        "seen",
        "thornbury_uk",
    ),
    Layout(
        "hengtai-export-xlsx",
        erp_export_xlsx,
        "zh workbook, ERP list export: header fields repeated on every line, no header block, no total",
        "seen",
        "hengtai_export_xlsx",
    ),
    Layout(
        "hongyuan-tw",
        digiwin_tw,
        "zh-Hant, Taiwanese Digiwin 採購單, ROC dates (115/12/04), shaded label cells, split deliveries, "
        "備註 rows in the ruled grid, USD",
        "seen",
        "hongyuan_tw",
    ),
    Layout(
        "rajdhani-tally",
        tally_in,
        "en (India), Tally Prime PO, label-over-value boxes, wrapped item names over a Part No. line, "
        "quantity with unit in one cell, rates per 100, currency only in column heads, USD",
        "seen",
        "rajdhani_tally",
    ),
    Layout(
        "ludao-form-xlsx",
        form_xlsx,
        "zh workbook, Excel-saved order form: logo, label：value in one cell, two-row header 不含税/含税, "
        "formulas with cached values, hidden column, second sheet",
        "seen",
        "ludao_form_xlsx",
    ),
    Layout(
        "huarui-s4",
        s4hana_zh,
        "zh, SAP S/4HANA print, three-column header grid, items 10/20/30 with 计划行 schedule rows, "
        "tax columns, 小计/运费/订单总额 in ¥, 30 lines on 2 pages, repeated page head",
        "seen",
        "huarui_s4",
    ),
    Layout(
        "vandenberg-odoo",
        odoo_nl,
        "en (Dutch buyer), Odoo 17 PO, shipping address beside vendor, [ref] name over description lines, "
        "quantity with unit (125.50 kg), 4-decimal prices, Disc.%, € after amounts, dd/mm/yyyy",
        "seen",
        "vandenberg_odoo",
    ),
    Layout(
        "meitai-srm-xlsx",
        srm_export_xlsx,
        "zh workbook, SRM portal export: header as a one-row table on sheet 1, lines on sheet 2, "
        "every cell text (12,000 / 2026/12/05), line numbers 10/20/30, no total row",
        "seen",
        "meitai_srm_xlsx",
    ),
    Layout(
        "kanemura-jp",
        trading_jp,
        "ja/en, Japanese trading house 注文書: 御中 addressee, hanko approval boxes, order amount box before "
        "the items (¥3,333,000-), bilingual two-line column heads, JPY without decimals, 2026年12月5日",
        "seen",
        "kanemura_jp",
    ),
    Layout(
        "ridgeline-sage",
        contractor_us,
        "en (US), construction PO from Sage 300 CRE, landscape, 13 narrow columns with job/phase/cost code "
        "per line, boxed label-over-value header strip, Vendor #/Ship Via/F.O.B., units EA/BX/LF/SET, USD",
        "seen",
        "ridgeline_sage",
    ),
    Layout(
        "yunfan-feishu-xlsx",
        feishu_xlsx,
        "zh workbook, 飞书 online sheet download: frozen header grid of label/value pairs, name and spec "
        "in one cell with a line break, ¥ number format, checkbox TRUE/FALSE column, 币种 人民币",
        "seen",
        "yunfan_feishu_xlsx",
    ),
    Layout(
        "wanjia-nc",
        nc_cloud_zh,
        "zh, Yonyou NC Cloud 采购订单 print, landscape, label：value header rows, 13-column ruled grid "
        "with 行号 10/20/30, 无税单价/含税单价/税率%, 24 lines on 2 pages, 第1页/共2页, 付款协议 beside "
        "结算方式, 大写 total",
        "seen",
        "wanjia_nc",
    ),
    Layout(
        "kessler-de",
        bestellung_de,
        "de/en, German machine builder's Bestellung / Purchase Order on a DIN 5008 letter, German numbers "
        "(1.000 / 120,5 / 1.250,00 €), 05.12.2026, Liefertermin with KW, Pos. 10/20/30, grey Ihre Art.-Nr. "
        "lines, packing charge in the EUR total, USt. 0 %",
        "seen",
        "kessler_de",
    ),
    Layout(
        "vendor-central-xlsx",
        vendor_central_xlsx,
        "en workbook, marketplace vendor-portal PO items export: banner and instruction rows over the heads, "
        "PO fields repeated per row, ASIN/External ID/Model number, Window start/end as mm/dd/yyyy date "
        "serials, Currency column, no unit, no terms, no total, USD",
        "seen",
        "cartwell_vendor_xlsx",
    ),
    Layout(
        "shengda-word",
        word_contract_zh,
        "zh, small trader's 订货单 typed in Word: every cell ruled, header block as table cells (需方 | 供方 "
        "merged over 单位名称/地址/联系人/电话), 型号规格 as the part, amounts without separators, 合计 row "
        "with 大写 merged over six columns and ¥ amount, numbered terms "
        "一、交货时间 二、交货地点 三、付款方式, two stamp blocks, 2026年12月5日",
        "seen",
        "shengda_word",
    ),
    Layout(
        "lakeshore-netsuite",
        netsuite_us,
        "en (US), Oracle NetSuite standard Purchase Order: logo block, #PO10482 and 12/5/2026 top right, "
        "Vendor and Ship To blocks side by side, Terms | Due Date | Ship Via | Memo boxes, Item name in bold "
        "over its description line, Options column, no unit, $ rates and amounts, Total $, 1 of 1",
        "seen",
        "lakeshore_netsuite",
    ),
    Layout(
        "boyuan-dealer-xlsx",
        dealer_matrix_xlsx,
        "zh workbook, distributor's 订货单: merged-cell header block (客户名称 is the buyer), lines grouped "
        "under category rows (一、轴承类 ...) numbered per group with 小计 rows, 合计 over the 小计, no part "
        "numbers, numbers and 要求交期 typed as text, a formula quantity (=20*12) and 金额 formulas with "
        "cached values",
        "seen",
        "boyuan_dealer_xlsx",
    ),
    Layout(
        "dingsheng-jdy",
        jingdouyun_zh,
        "zh, 金蝶精斗云 购货订单 saved from Chrome's print preview (print time, tab title, URL and 1/1 in "
        "the page margins), 标签：值 header in two columns, ruled grid 商品编号/商品名称/规格型号/含税单价/"
        "税率(%)/税额/价税合计 with names and specs wrapped inside their cells, 整单优惠 under the 合计 row: "
        "the total is 优惠后金额 (less than the lines), 2026-12-08",
        "seen",
        "dingsheng_jdy",
    ),
    Layout(
        "lindqvist-bc",
        business_central_se,
        "en (Swedish buyer), Dynamics 365 Business Central Purchase Order in English with a Swedish format "
        "region: 6 572,95 with no-break spaces, 37,5, ISO dates, label | value block (Order No., Document "
        "Date, Expected Receipt Date ...), two-line column captions, Description 2 lines in grey, 20 lines "
        "on 2 pages, EUR named only in Total EUR Excl./Incl. VAT, VAT Amount Specification",
        "seen",
        "lindqvist_bc",
    ),
    Layout(
        "qianjiang-dingtalk-xlsx",
        dingtalk_export_xlsx,
        "zh workbook, 钉钉 OA approval export: no title, two-row head (采购明细 over its sub-columns), one "
        "row per line with the approval columns and form fields merged down over them, 审批编号 and "
        "发起时间/完成时间 before the form's 采购单号/采购日期, multi-line 审批记录, hidden columns, "
        "text dates, 币种 人民币",
        "seen",
        "qianjiang_dingtalk_xlsx",
    ),
    Layout(
        "kerun-tplus",
        tplus_zh,
        "zh, 畅捷通 T+ 采购订单 print, bordered box of 标签：值 header cells repeated on both pages, "
        "fixed 12 rows a page with empty ruled rows padding the last, 存货编码/存货名称/规格型号, 数量 "
        "beside 辅单位/件数 (packing unit and count), 含税单价/税率/税额/价税合计, 预计到货日期 per line, "
        "本页小计 on each page, 合计 and 大写, a round red 采购专用章 over the sign-off row, 第 1 页 共 2 页",
        "seen",
        "kerun_tplus",
    ),
    Layout(
        "ferrandi-it",
        ordine_it,
        "it, Italian packaging-machine builder's Ordine a fornitore: Spett.le addressee, strips of "
        "ruled label-over-value boxes (Numero 418/OF, Data, Pagamento, Consegna richiesta), "
        "Destinazione merce beside Fatturare a, 07/12/2026, Italian numbers (1.065,00), three-decimal "
        "quantities (300,000), 4-decimal prices, cascade discounts (Sconti % 10+5) netted in the "
        "Importo, italic notes under descriptions, A riportare / Riporto carry rows, 22 lines on 2 "
        "pages, fuori campo IVA, TOTALE ORDINE EUR",
        "seen",
        "ferrandi_it",
    ),
    Layout(
        "yongchuan-wps-xlsx",
        wps_form_xlsx,
        "zh workbook, WPS 表格 order form (Sheet1, KSOProductBuildVer): merged title, 供方/需方 "
        "label | value cells, 订单号 top right, two-row head with 交货计划 merged over two "
        "batch-date columns, 订购数量 and 含税金额 formulas with cached values, 大写 as a [DBNum2] "
        "formula cell, unit drop-down, a cell comment, seal picture over the signature block",
        "seen",
        "yongchuan_wps_xlsx",
    ),
    Layout(
        "hengrui-kis",
        kis_zh,
        "zh, 金蝶 KIS 专业版 采购订单 print, landscape, POORD002318, borderless 标签：值 header "
        "lines (供应商 | 日期 | 编号, 交货地点, 结算方式, 币别 人民币, 汇率, 摘要, 选单号 POREQ...) "
        "repeated on page 2, "
        "grid with hairlines under the rows and no vertical rules, 18 columns: dotted 物料代码 (2.01.015), "
        "辅助属性, 单价/含税单价 in 4 decimals, 折扣率(%)/实际含税单价/折扣额 with 5 discounted lines, "
        "金额/税率(%)/税额/价税合计, 交货日期 and 备注 per line, 24 lines on 2 pages, 合计 and 大写 on the "
        "last, 页码：1/2",
        "seen",
        "hengrui_kis",
    ),
    Layout(
        "paraiba-protheus",
        protheus_br,
        "pt (Brazil), TOTVS Protheus R3 Pedido de Compras (MATR110) in US$: a fixed-pitch Courier report "
        "whose boxes and table rules are characters (+---+, |) in the text layer, report line with its "
        "own print date, Nº 004187 /1, CNPJ/IE, Item 0001/0002, Brazilian numbers (20.000,00 / 0,0850), "
        "dd/mm/yy dates, descriptions wrapped over continuation rows in a 30-character column, C.C./S.C. "
        "columns, Data de Emissão at the bottom beside Condição de Pagto, Total Geral, DOLAR",
        "seen",
        "paraiba_protheus",
    ),
    Layout(
        "yude-k3-export-xlsx",
        k3cloud_export_xlsx,
        "zh workbook, 金蝶云星空 引出 in the import-template format: field keys in row 1 (FBillNo, "
        "FSupplierId#Number ...), captions in row 2 ((单据头)单据编号, (财务信息)价税合计, "
        "(明细信息)物料编码#名称), #编码/#名称 column pairs, head and entry on one sheet split by an "
        "empty *Split*1 间隔列, head values on the first data row only, currency as PRE001/人民币, "
        "6-decimal prices, 采购数量 beside 计价数量, internal entry ids, frozen at C3",
        "seen",
        "yude_k3_export_xlsx",
    ),
    Layout(
        "jinrui-ecology",
        ecology_oa_zh,
        "zh, 泛微 e-cology 采购订单审批 workflow form printed to PDF: 流程标题 and 请求编号 (another long "
        "number) over shaded label cells beside value cells four a row (订单编号, 申请日期, 采购主体, "
        "供应商名称, 币种 人民币, 要求到货日期), full-width 付款方式/收货地址/关联流程/相关附件 rows, "
        "明细表1 with ten-digit numeric 物料编码 (3101020045), 数量 400.00, 需求日期 per line, 24 lines "
        "running on to page 2 WITHOUT column heads, 合计 row, 含税总金额 小写 and 大写 fields, a second "
        "table 明细表2 付款计划 (预付款/尾款 amounts and dates), 流转意见 approval log with timestamps",
        "seen",
        "jinrui_ecology",
    ),
    Layout(
        "karadeniz-logo-tr",
        logo_tiger_tr,
        "tr, Turkish Logo Tiger Satınalma Siparişi in EUR: DejaVu font with ş/ğ/ı/İ, supplier title "
        "upper-cased with the Turkish locale (QİHANG PRECİSİON), Sipariş No SAS.2026.000412 beside Teklif "
        "No, 09.12.2026, Turkish numbers (3.488,83 / 0,0450), GTİP customs numbers per line "
        "(8482.10.10.00.11), units ADET/TAKIM/METRE/KG, İsk. % on four lines netted in the Tutar, KDV %0, "
        "Genel Toplam (EUR) beside TL Karşılığı at the Döviz Kuru, YALNIZ: #...AVRO...SENT# words, "
        "Ödeme Şekli / Teslim Yeri footer",
        "seen",
        "karadeniz_logo_tr",
    ),
    Layout(
        "norland-oracle-bip-xlsx",
        oracle_bip_xlsx,
        "en workbook, Oracle BI Publisher Excel output of a Standard Purchase Order: the printed form as "
        "24 narrow columns with every value in a merged range, 4-point spacer rows, no gridlines, "
        "Order 1000487, 0 (number and revision in one cell), DD-MON-YYYY text dates (09-DEC-2026), "
        "Supplier / Ship To / Bill To blocks, terms strip head row over value row (Payment Terms, FOB, "
        "Currency), each line on 2-3 rows (line row, description row under the part, Supplier Item / Note "
        "to Supplier row), UOM names Each/Set/Foot/Box, Total (USD), page header only in the print setup",
        "seen",
        "norland_oracle_bip_xlsx",
    ),
    Layout(
        "henglin-wecom",
        wecom_approval_zh,
        "zh, 企业微信 (WeCom) 审批 print of a 采购订单 approval, 3 pages: logo and company name, "
        "round green 已通过 stamp, one ruled two-column table of shaded label cells beside value "
        "cells, one field a row (审批编号 202612090046, 提交时间 2026/12/09 17:26, then 采购单号 "
        "HL-PO-2612-0093, 下单日期, 供应商, 币种 人民币, 要求到货日期, 收货地址, 付款方式, "
        "关联审批单); NO ITEM TABLE: each 明细 row printed as its own block (明细1, 明细2 ... over "
        "indented 物料编码 / 物料名称 / 规格型号 / 单位 / 数量 / 单价（元） / 金额（元） / 备注 "
        "rows), 11 blocks over three pages, two broken at a page end; 总计 row, 采购总金额（元） ¥ "
        "with its 大写 under it in the same cell, 附件, 审批流程 with times, 打印时间, "
        "第 N 页 / 共 3 页",
        "seen",
        "henglin_wecom",
    ),
    Layout(
        "bajio-aspel-mx",
        aspel_sae_mx,
        "es (Mexico), Aspel SAE Orden de compra in USD, 2 pages: company block with RFC, ORDEN DE COMPRA "
        "box with Folio OC-4518 / Fecha / Página 1 de 2 (repeated on page 2 with the column heads), "
        "PROVEEDOR box (Clave 00087, foreign RFC XEXX010101000) beside LUGAR DE ENTREGA, label-over-value "
        "strips (Fecha de elaboración, Fecha de entrega, Requisición, Su cotización, Moneda USD - Dólar "
        "americano, Tipo de cambio 17.2350, Condiciones de pago, Método de pago, Incoterm), dd/mm/yyyy, "
        "22 partidas with upper-case Descripción wrapped over 2-3 lines and italic Obs.: lines, units "
        "PZA/JGO/MTS/KG/CJA, Costo unitario in 4 decimals, Desc. % on 3 partidas with the Importe BEFORE "
        "the discount (CFDI style): Importe / Descuento / Subtotal / I.V.A. 0% / Total USD less than the "
        "lines, Importe con letra (... DÓLARES 33/100 USD), Fecha de impresión, Aspel SAE 9.0",
        "seen",
        "bajio_aspel_mx",
    ),
    Layout(
        "wattle-creek-xlsx",
        order_form_au_xlsx,
        "en workbook, Australian buyer's own Excel PO template (4 sheets): PO Number / PO Date label | "
        "value column top right, SUPPLIER | DELIVER TO | INVOICE TO blocks in merged cells, strip of head "
        "cells over values (Required By as d mmm yyyy, Currency USD, Payment Terms, Buyer = a person), "
        "WCP Part No. beside Supplier Part No., descriptions over two lines in one cell, UOM drop-down, "
        "every money cell in the template's $ format though the order is in USD, 25 template rows "
        "with 12 empty formula rows caching an empty string, Subtotal / Freight / GST formula / TOTAL, "
        "sheets "
        "Delivery Schedule (the parts again by shipment), Packing & Labelling, hidden Lists",
        "seen",
        "wattle_creek_xlsx",
    ),
    Layout(
        "zhenxing-excel-print",
        excel_print_zh,
        "zh, a small mould factory's 采购订单 typed in Excel and printed to PDF, 2 pages: merged title rows "
        "(采 购 订 单 with typed spaces), label：value typed into one cell two a row (供货单位 | 订单编号 "
        "ZX20261209-02, 下单日期 / 交货日期 as Excel short dates 2026/12/9, 结算方式 | 发票), every cell "
        "ruled, 产品编号/品名/规格型号/材质/单位/数量/单价(元)/金额(元)/备注 with ¥ currency-format cells "
        "(¥3,440.00), 自动换行 specs wrapped inside taller top-aligned rows, a 材质 column beside the spec, "
        "顶端标题行 repeating only the column heads on page 2, 合计 and 合计金额（大写）, numbered notes "
        "naming the replaced order ZX20261205-01, Excel's footer 第 1 页，共 2 页",
        "seen",
        "zhenxing_excel",
    ),
    Layout(
        "kettle-river-epicor",
        epicor_kinetic_us,
        "en (US), Epicor Kinetic POForm on US Letter, 2 pages: PO 20931 / Order Date / Page box top right, "
        "Vendor block with Vendor ID QIHANG01 beside Ship To (a plant street, not the head office's), "
        "label-over-value strip (Buyer a person, Ship Via, FOB, Terms, Freight, Due Date, Quote), Line | "
        "Part Number / Description | Rev | Our Qty | UOM | Unit Price | Ext. Price with the description on "
        "rows UNDER the part (wrapped on three), Your Part: rows, italic line comments, Rel 1 / Rel 2 "
        "release rows with their own due dates and smaller quantities, 5-decimal prices (0.92000), units "
        "EA/BX/FT/LB/KT, mm/dd/yyyy, Total (USD), terms document number, print stamp",
        "seen",
        "kettle_river_epicor",
    ),
    Layout(
        "nordhafen-fiori-xlsx",
        s4_fiori_items_xlsx,
        "en workbook, SAP S/4HANA Fiori Monitor Purchase Order Items export (UI5 spreadsheet export) of a "
        "Bremen buyer's call-off: sheet SAPUI5 Spreadsheet Export, one row per item with the order columns "
        "repeated, Supplier / Company Code / Plant as Name (ID), Payment Terms as text (key), items 10/20, "
        "Order Quantity with the unit's decimals, Net Price per Price Unit 1/100/1000 (4.50 per 100 PC), "
        "Net Order Value, Still to be Delivered, dd.mm.yyyy date cells, frozen head with auto-filter, a "
        "Metadata sheet with the export date and filter, no address, no total, EUR",
        "seen",
        "nordhafen_fiori_xlsx",
    ),
    Layout(
        "yongyu-t100",
        t100_zh,
        "zh, 鼎捷 T100 采购单 (GR report apmg500) printed on 241 × 140 mm 二等分 continuous-form pages "
        "(683 × 397 pt, landscape), 8 detail rows a page, 30 lines on 4 pages, the GR page header on every "
        "page: label：value three a row (采购单号 YYP1-261200087 with 版次：2 beside it, 采购日期, 供应商 "
        "QH0012 before our name, 采购人员/采购部门 as code and name, 币别 RMB 人民币, "
        "税别 V13 13%进项税(含税), "
        "付款条件 P60 月结60天, 交易条件, 送货地址, 变更日期/变更原因 naming an old date and quantity); "
        "项次/料件编号/品名/规格/采购单位/采购数量/计价单位/计价数量/未税单价/含税单价/未税金额/含税金额/"
        "到厂日期 with the purchase unit and the pricing unit different on nine lines (6 箱 = 600 个, "
        "10 根 = 212.500 KG, 3 卷 = 150 米), quantities with 3 decimals, no head delivery date (到厂日期 per "
        "line), 合计, 未税总额/税额/含税总额, 大写, 页次：1/4 in the report footer",
        "seen",
        "yongyu_t100",
    ),
    Layout(
        "breval-sage-x3",
        sage_x3_fr,
        "fr, a Lyon hydraulics maker's Sage X3 Commande fournisseur reprinted as DUPLICATA (a large grey "
        "word set diagonally across every page, in the text layer), 2 pages: COMMANDE FOURNISSEUR over a "
        "N° CF2612-00418 / Date / Page box, Fournisseur block (F00871) in the window position beside "
        "Adresse de livraison (plant, Quai line, street, town) over Adresse de facturation (the head "
        "office), label-over-value strips (Acheteur a person, Votre devis with its date, Devise EUR, "
        "Incoterm, Conditions de paiement, Date de livraison), line numbers 1000/2000/3000, Article | "
        "Désignation | Qté | Unité | Prix brut | Rem. % | Prix net | Montant HT | Livraison, Votre réf. "
        "rows and italic line texts under the designation, French numbers (1 280,40 with no-break spaces, "
        "0,9800, 212,500 KG), units UN/CT/M/KG/JEU, Total HT brut / Remises / Total HT net / TVA 0 / "
        "Total TTC EUR, SIRET/RCS/TVA legal line and print stamp on every page",
        "seen",
        "breval_sage_x3",
    ),
    Layout(
        "ruixiang-forecast-xlsx",
        forecast_order_xlsx,
        "zh workbook, an auto-parts maker's monthly 采购订单及滚动预测 sheet: merged title, label | "
        "merged value blocks side by side (供应商, 供应商代码, 交货地址, 付款方式 | 订单号, 下单日期 and "
        "订单交期 as real dates, 币种 人民币（含13%增值税）), two-row head with 本月确认订单 merged over "
        "订单数量 | 订单金额(元) and 滚动预测（仅供备料参考，非订单） over three month columns headed by "
        "date cells shown 2027年1月, 安全库存/当前库存 in a collapsed column group, 20 part rows of which "
        "4 have no firm quantity this month (0 shown as -), 订单金额 formulas with cached values, 合计 row "
        "over the firm and forecast columns, notes saying the forecast is no order, a second sheet of "
        "past deliveries",
        "seen",
        "ruixiang_forecast_xlsx",
    ),
    Layout(
        "huagui-srm",
        srm_print_zh,
        "zh, a railway-equipment group's 电子采购平台 (SRM over SAP) 采购订单 print, A4 landscape, version "
        "V2 after a change: platform line and print time, ruled label | value header two pairs a row "
        "(采购订单号 4500186273 beside 订单版本, 采购单位 beside 采购组织, 供应商编码 beside 供应商名称, "
        "框架协议号 4600002318, 订单日期 beside 发布日期, 付款条件 as a long 质保金 sentence, 收货地址, "
        "交货日期 见行项目, 变更说明), 13-column ruled grid 行号 10/20/30 | nine-digit 物料编码 | SAP-style "
        "物料描述 (深沟球轴承\\6205-2RS\\C3) | 单位 | 数量 (3 decimals) | 不含税单价 | 税率 | 含税单价 | "
        "不含税金额 | 含税金额 | 交货日期 | 库存地点 | 行状态, line 70 printed with 删除 (cancelled, in no "
        "total) and line 110 变更, grey 行项目文本 rows under four lines, 28 rows on 2 pages, 合计, "
        "不含税总金额/税额/含税总金额, 大写, numbered terms, e-seal 合同专用章 with its certificate number",
        "seen",
        "huagui_srm",
    ),
    Layout(
        "cordillera-b1",
        sap_b1_cl,
        "es (Chile), SAP Business One Orden de Compra in USD on US Letter: company block with RUT and giro, "
        "ORDEN DE COMPRA box (N° 3187, Fecha contabilización, Fecha documento, Fecha de entrega, Página "
        "1 de 2) repeated on page 2, Proveedor block (P00042) beside Dirección de entrega, Dirección de "
        "facturación, label-over-value strip (Comprador, Referencia with the quotation and its date, "
        "Moneda, Condiciones de pago 30% anticipo, 70% contra copia B/L, Incoterm, Vía), # | Artículo | "
        "Cat. SN (our part number) | Descripción (wrapped) | Cantidad | UM | Precio unit. | % Desc. | "
        "Total USD | F. entrega, Chilean numbers (1.000 is a thousand, 0,8450, 5.657,04), two bold text "
        "lines among the items, small italic free texts, six discounted lines, a 2 % document discount under "
        "Total antes del descuento (the total is less than the lines), Comentarios with the requisition "
        "number (Basado en Solicitud de compra 1187), print line",
        "seen",
        "cordillera_b1",
    ),
    Layout(
        "jiuding-pivot-xlsx",
        pivot_order_xlsx,
        "zh workbook, a gear-reducer maker's 采购订单（按交期汇总）: head label cells with values beside "
        "them (订单号, 下单日期 as a real date), a pivot table pasted as values in compact form (求和项:数量 "
        "and 列标签 over 行标签 | three DATE column heads, one a delivery batch | 总计), the clerk's "
        "VLOOKUP columns beside it (物料名称, 规格型号, 单位, 含税单价(元)) and 含税金额(元) = 总计 x price, "
        "all formulas with cached values, the pivot's 总计 row, 订单总金额（含税） in ¥ and 大写 under it, "
        "a 交货明细 sheet (the pivot's source: one row per part and date) and a 物料清单 sheet (the "
        "VLOOKUP source with other suppliers' parts)",
        "seen",
        "jiuding_pivot_xlsx",
    ),
    Layout(
        "luyue-gs",
        inspur_gs_zh,
        "zh, a diesel-engine maker's 浪潮 GS Cloud 采购订单 print, 2 pages: logo and QR code, "
        "unruled 标签：值 header three a row (订单编号 CGDD202612110037, 订单日期, 供应商 with GS's "
        "code before the name, 币种 人民币, 结算方式 电汇 | 付款条件, 到货日期, 收货地址), zebra "
        "table without rules under a dark head band, 行号 | 物料编码 (Q150B1030TF2, 1002013-A12) | "
        "物料名称 / 规格型号 (name over a smaller spec in one cell) | 单位 | 数量 | 含税单价 | "
        "价税合计 | 到货日期 | 备注, 26 lines, running head on page 2, 合计, 价税合计（大写）/（小写）¥, "
        "a 分批交货计划 table naming three lines again by batch, print line",
        "seen",
        "luyue_gs",
    ),
    Layout(
        "hanbit-kr",
        balju_kr,
        "ko/en, a Korean gear-reducer maker's 발주서 / PURCHASE ORDER in USD: 결재란 sign-off grid, "
        "발주번호 (P/O No.) HB-2612-0418, 발주일자 2026. 12. 11., 수신 our name with 귀중, the "
        "buyer's box with 발주처 written vertically (등록번호, 상호, 성명 (인) under a red seal, 주소, "
        "업태/종목), 합계금액 box in Korean words (일금 ... 달러 ... 센트정) and US$, VAT 별도, ruled "
        "conditions grid (납기일자, 인도조건, 납품장소, 결제조건, 통화), ruled grid with Korean over "
        "English heads (품번, 품명, 규격, 단위, 수량, 단가, 금액, 납기 2027.01.20, 비고), - 이하 여백 - "
        "and empty form rows, 합계 (TOTAL), 특기사항",
        "seen",
        "hanbit_kr",
    ),
    Layout(
        "anphat-misa-xlsx",
        misa_vn_xlsx,
        "vi/en workbook, a Vietnamese machine builder's MISA SME ĐƠN MUA HÀNG exported from the print "
        "preview: no gridlines, company and Mã số thuế, title with Ngày 11 tháng 12 năm 2026 and Số: "
        "DMH00458, Vietnamese (English) label cells beside merged values (Nhà cung cấp, Điều khoản thanh "
        "toán, Ngày giao hàng as text 15/01/2027, Loại tiền USD, Tỷ giá, Địa điểm giao hàng), two-line head "
        "cells, every figure a text cell in Vietnamese format (3.000, 0,1150, 1.176,00), % thuế GTGT 0%, "
        "Cộng tiền hàng / Tổng tiền thanh toán, amount in Vietnamese words, signature titles",
        "seen",
        "anphat_misa_xlsx",
    ),
    Layout(
        "huachuang-yonsuite",
        yonsuite_ww_zh,
        "zh, a hydraulics maker's 用友 YonSuite 委外订单 (subcontracting order) print, 2 pages: Code 128 "
        "barcode of 单据编号 WWDD202612140031, ruled header grid of shaded label cells three pairs a row "
        "(单据日期, 委外商 us, 币种 人民币, 付款协议, 计划到货日期), 收货地址 and 备注 across, ruled grid "
        "行号 10/20/30 | 产品编码 | 产品名称 | 规格型号 (wrapped) | 单位 | 委外数量 | 无税单价 | 含税单价 | "
        "税率 | 价税合计 | 计划到货日期, grey 用料 rows (the buyer's issued material) under nine lines, 23 "
        "lines, running head and column heads on page 2, 合计, 价税合计（大写）/（小写）¥, print line",
        "seen",
        "huachuang_yonsuite",
    ),
    Layout(
        "uralgidro-1c",
        zakaz_1c_ru,
        "ru, a Yekaterinburg hydraulics maker's 1С:Управление торговлей Заказ поставщику in USD: title "
        "№ УГ00-000412 от 14 декабря 2026 г., Поставщик / Покупатель with full details, Дата поступления, "
        "Адрес доставки, Условия оплаты, 1C's ruled table with a heavy frame (№ | Артикул | Товары "
        "(работы, услуги) wrapped | Кол-во | Ед. | Цена | Сумма), Russian numbers (1 000; 36,5; 2 910,00 "
        "with no-break spaces), Итого / Всего к оплате, amount in Russian words, signatures",
        "seen",
        "uralgidro_1c",
    ),
    Layout(
        "siam-hydraulics-th-xlsx",
        thai_po_xlsx,
        "th/en workbook, a Thai hydraulics maker's own Excel ใบสั่งซื้อ / PURCHASE ORDER in USD: Thai / "
        "English label cells beside merged values, PO-256912-0047, วันที่ a real date in the Buddhist "
        "calendar format (14/12/2569), กำหนดส่ง typed as 15 ม.ค. 2570, two head rows Thai over English, "
        "Thai units, amount formulas with cached values, a hidden cancelled row, SUM totals, amount in Thai "
        "words, signatures, a second sheet of conditions",
        "seen",
        "siam_hydraulics_th_xlsx",
    ),
    Layout(
        "saxon-ariba",
        ariba_po_en,
        "en, a Chemnitz fluid-systems maker's SAP Ariba Network purchase order print in EUR, 2 pages: "
        "From: / To: blocks side by side, Purchase Order (New) 4500187326, Amount, Version, Routing "
        "Status, Payment Terms / Ship To / Bill To / Deliver To blocks, Line Items as blocks (a main "
        "row Line # 10/20/30 | No. Schedule Lines | Part # (ours) | Customer Part # | Type Material | "
        "Qty (Unit) 500 (EA) | Need By 15 Jan 2027 | Unit Price €2.64 EUR | Subtotal, the description "
        "under it, grey sub-lines Manufacturer Part ID, Ship To, Requested Delivery Date, Customer "
        "Location), 16 lines, running head and column heads on page 2, Sub-total / Tax / Total, Order "
        "submitted on",
        "seen",
        "saxon_ariba",
    ),
    Layout(
        "dongguan-yifei",
        yifei_zh,
        "zh, a Dongguan electronics-hardware maker's 鼎捷易飞 采购单 text-report print, 2 pages: no "
        "grid, 标签：值 head lines (单别 3301, 单号 3301-20261215008, 采购日期 2026/12/15, 厂商编号 / "
        "简称 / 全称, 币别 RMB, 汇率, 税别 应税内含, 营业税率, 付款条件, 交易条件, 采购人员, 部门, "
        "送货地址), a double rule, column heads with dashes under each column (序号 0001 | 品号 | 品名 "
        "with 规格 on the line under it | 单位 | 采购数量 5,000.000 | 单价 0.8500 | 金额 | 预交货日 | "
        "备注), 15 lines a page, 26 lines, page head repeated, 本页小计 per page, 合计 采购金额 / 税额 "
        "/ 金额合计, 大写, 核准 / 审核 / 采购",
        "seen",
        "dongguan_yifei",
    ),
    Layout(
        "kobayashi-jp-xlsx",
        chumonsho_jp_xlsx,
        "ja workbook, a Nagano machine builder's own Excel 注文書 in JPY: our name with 御中, 注文番号, "
        "注文日 typed as era text (令和8年12月15日), ご注文金額（税込） formula, 納期 a date cell shown "
        "2027年1月20日, 納入場所, 支払条件 月末締め翌月末払い, seal box 印 and 承認 / 検印 / 担当 stamp "
        "boxes, merged cells, table 品番 | 品名 | 規格 | 数量 | 単位 (個, 本, 式, 箱, kg) | 単価 (8.5, "
        "96.5) | 金額 formulas with cached values, empty form rows, 小計 / 消費税(10%) ROUNDDOWN / "
        "合計金額, a second sheet 注意事項",
        "seen",
        "kobayashi_jp_xlsx",
    ),
    Layout(
        "wisla-comarch",
        comarch_pl,
        "pl, a Kraków machine builder's Comarch ERP Optima Zamówienie nr ZD/412/2026 in EUR: "
        "Miejsce / Data wystawienia top right (ISO dates), Sprzedawca / Nabywca side by side with NIP, "
        "Termin dostawy, Forma płatności przelew 60 dni, Miejsce dostawy, ruled table Lp. | Kod | "
        "Nazwa (wrapped) | Ilość | J.m. (szt., kpl., m, kg) | Cena netto | Wartość netto, Polish numbers "
        "(1 250,00; 37,5), Razem, Do zapłaty ... EUR, Słownie in Polish words, Wystawił(a) / Odebrał(a)",
        "seen",
        "wisla_comarch",
    ),
    Layout(
        "sumber-accurate",
        accurate_id,
        "id/en, a Surabaya distributor's Accurate Online Pesanan Pembelian in USD, 2 pages: "
        "No. Pesanan / Tgl Pesanan box (15 Des 2026, Indonesian months), Pemasok and Kirim Ke boxes "
        "side by side, Syarat Pembayaran | FOB | Tgl Kirim | Mata Uang | Pengiriman strip, ruled grid "
        "Kode Barang | Nama Barang | Kts | Satuan | @Harga | Diskon (5%) | Total Harga after the "
        "discount, 28 lines, running head and column heads on page 2, Sub Total / Diskon / PPN / "
        "Biaya Lain / Total, Keterangan, Dibuat Oleh / Disetujui Oleh boxes",
        "seen",
        "sumber_accurate",
    ),
    Layout(
        "yiwu-1688-xlsx",
        alibaba_1688_xlsx,
        "zh workbook, a Yiwu trader's 阿里巴巴 1688 订单导出: bold header row, frozen pane, one row "
        "per 货品 with the order's fields repeated (19-digit 订单编号 as text, 买家公司名, 卖家公司名 "
        "us, order-level 货品总价/运费/涨价或折扣/实付款, 订单状态 等待卖家发货, 下单时间 text with the "
        "time, 收货人, 收货地址, 联系手机), long 货品标题, 单品货号, SKU属性 (颜色:黑色;尺寸:M8×30), "
        "单价(元), 数量, 单位, no line amount, one 退款成功 row, 买家留言",
        "seen",
        "yiwu_1688_xlsx",
    ),
    Layout(
        "pinecrest-coupa",
        coupa_po_en,
        "en (US), a Grand Rapids automation builder's Coupa purchase order print in USD, 2 pages: "
        "Purchase Order #PO-104872, Order Date 12/14/2026 / Revision 0 / Requester box, Supplier / Ship To / "
        "Bill To blocks, Payment Terms Net 45 | Shipping Terms FOB Origin strip, Line | Item | Qty | UOM | "
        "Price | Total | Need By with the item name wrapped in bold over grey Supplier Part Num and "
        "Commodity lines, 2.64 USD amounts, Need By per line, Total USD, terms and conditions, Page 1 of 2",
        "seen",
        "pinecrest_coupa",
    ),
    Layout(
        "wangjia-wdt",
        wdt_zh,
        "zh, a Hangzhou e-commerce trader's 旺店通 ERP 采购单 print, 2 pages: unruled 标签：值 head "
        "(采购单号 CG202612150023, 供应商, 采购员, 仓库, 预计到货时间, 制单时间 with the time, 物流方式, "
        "收货地址), ruled grid 序号 | 商家编码 | 货品名称 | 规格名称 (颜色分类:黑色;尺码:M8×30) | 采购数量 | "
        "单位 | 采购价 (4 decimals) | 折扣 (a rate, 0.95) | 采购金额 | 备注, names and specs wrapped in "
        "their cells, 15 rows a page, 24 lines, 合计, 其他费用 运费 and 采购总金额, 制单人 / 审核人",
        "seen",
        "wangjia_wdt",
    ),
    Layout(
        "hsinchu-roc-xlsx",
        roc_order_tw_xlsx,
        "zh-Hant workbook, a Hsinchu equipment maker's own Excel 訂購單 in NT$: merged title, label | "
        "merged value cells (廠商名稱 us in Traditional characters, 付款條件 月結60天, 交貨地點 | 訂購單號, "
        "訂購日期 typed as 115年12月15日, 交貨日期 a real date shown 116/01/20), 項次 | 料號 | 品名規格 | "
        "數量 | 單位 | 單價 | 金額 formulas with cached values, a hidden 內部成本 column, "
        "未稅合計 / 營業稅 5% / 總計, 核准 / 審核 / 承辦 stamp row",
        "seen",
        "hsinchu_roc_xlsx",
    ),
    Layout(
        "rheinfeld-sap-de",
        sap_bestellung_de,
        "de, a Mannheim pump maker's SAP S/4HANA Bestellung (SAP's standard German form) in EUR, 2 pages: "
        "DIN 5008 window with the return-address line over us, info block Bestellnummer/Datum 4500293817 / "
        "15.12.2026, Ansprechpartner, Telefon, E-Mail, Kunden- and Lieferantennummer; Lieferadresse, "
        "Lieferbedingung FCA (Incoterms 2020), Zahlungsbedingung 30 Tage 2% Skonto, 60 Tage netto; Pos. | "
        "Material | Bezeichnung | Menge | ME | Preis pro Einheit (pro 100 ST on three lines) | Nettowert, "
        "Liefertermin and Ihre Materialnummer lines under each item, German numbers, units ST / M / KG / "
        "SAT, 14 items, Übertrag at the foot of page 1 and head of page 2, Gesamtnettowert ohne Mwst EUR, "
        "bank / Handelsregister / USt-IdNr. footer, Seite 1 von 2",
        "seen",
        "rheinfeld_sap_de",
    ),
    Layout(
        "jiangnan-u9",
        u9_zh,
        "zh, a Wuxi machine-tool maker's 用友 U9 Cloud 标准采购订单 print, 1 landscape page: ruled "
        "label | value head grid (单号 PO20261215-0031, 业务日期, 供应商, 币种 人民币, 税组合 "
        "增值税13%, 付款条件 月结90天, 采购部门, 业务员, 收货组织, 收货地址), ruled table 行号 "
        "10/20/30 | 料品编码 | 料品名称 | 规格 | 采购数量 | 采购单位 | 计价数量 | 计价单位 "
        "(castings and bar priced per 千克 while ordered in 件 / 根) | 最终价 (4 decimals) | "
        "价税合计 | 要求交货日期, 18 lines, 合计, 合计金额（大写）, 制单 / 审核 / 供应商确认",
        "seen",
        "jiangnan_u9",
    ),
    Layout(
        "melbourne-myob-xlsx",
        myob_au_xlsx,
        "en (AU) workbook, a Dandenong South pump distributor's MYOB AccountRight Purchase Order exported to "
        "Excel in AUD: company block with ABN, PURCHASE ORDER, Purchase No. 00001482 as text, Date and "
        "Promised Date real dates shown dd/mm/yyyy, Supplier and Ship To blocks, Terms Net 30th after EOM, "
        "Item Number | Description | Ordered | Received | Backorder | Price | Disc% | Total | Tax "
        "(GST / FRE), three descriptions wrapped onto a second row with no item number, 12 items, "
        "Subtotal / Freight / GST / Total Amount, a second sheet Notes",
        "seen",
        "melbourne_myob_xlsx",
    ),
    Layout(
        "hengyue-ebs",
        oracle_ebs_zh,
        "zh/en, a Changsha construction-machinery maker's Oracle EBS R12 标准采购订单 / Standard Purchase "
        "Order (Chinese NLS, bilingual prompts), 2 pages: ruled box top right on both pages (订单 Order "
        "2610458, 0 with the revision after the comma, 修订日期 Revision Date empty, 创建日期 Creation "
        "Date 16-12月-2026, 采购员 Buyer, 页 Page 1 of 2); 供应商 Supplier / 收货方 Ship To / 收单方 Bill "
        "To blocks; ruled strip of bilingual heads over values (客户帐号, 供应商编号, 付款条件 Payment "
        "Terms 票到60天付款, 运费条款, FOB, 承运人, 币种 Currency CNY); two-row heads 行 Line | "
        "物料编号/说明 Part Number/Description | 交货日期 Need-By Date | 数量 | 单位 | 单价 Unit Price "
        "(CNY) | 税 | 金额 Amount (CNY); eleven-digit item numbers with the description on the row under "
        "them (two wrapped by character), grey 供应商物料 Supplier Item lines, unformatted quantities and "
        "prices as entered (1860.5, 3.265, 245), two lines split into 发运 Shipment rows with their own "
        "dates and quantities, 16 lines, 总计 Total (CNY) without VAT, POXPRPOP print footer, 第 n 页 共 "
        "2 页",
        "seen",
        "hengyue_ebs",
    ),
    Layout(
        "hydrotech-pohoda-cz",
        pohoda_cz,
        "cs, a Vysočina hydraulic-cylinder maker's Stormware POHODA Objednávka in CZK, 2 pages: DejaVu "
        "font (ř, ě, ů, Ž), OBJEDNÁVKA č. 26OV00412 in one bold run, framed Odběratel (the buyer, IČ/DIČ, "
        "Obchodní rejstřík, bank) and Dodavatel (us) boxes, Datum vystavení 16.12.2026 / Termín dodání / "
        "Platební podmínky / Způsob dopravy / Dodací podmínky beside Místo určení (three lines), "
        "Vyřizuje, Na základě Vaší nabídky ... u Vás objednáváme:, table Kód | Označení dodávky (wrapped) "
        "| Počet m.j. (quantity and unit in one cell: 1 000 ks, 37,5 kg, 120 kpl) | Cena za m.j. | Sleva "
        "(5 %) | Celkem after the discount, Czech numbers with no-break spaces (144 918,00), a grey "
        "drawing note under one item, 18 items, – pokračování head on page 2, Celkem bez DPH / DPH 0,00 / "
        "Celkem k úhradě ... Kč, Vystavil / Razítko a podpis, POHODA footer, Strana 1/2",
        "seen",
        "hydrotech_pohoda_cz",
    ),
    Layout(
        "daesung-ecount-xlsx",
        ecount_kr_xlsx,
        "ko workbook, a Hwaseong hydraulic-cylinder maker's ECOUNT ERP 발주서 downloaded as Excel in USD: "
        "발 주 서 merged title, the slip's 일자-No. 2026/12/16-3 as the order number, 거래처 us with "
        "귀하, 납기일자 as text (2027/01/22), 납품장소, 결제조건, 외화종류 USD beside 환율 1,452.30, the "
        "buyer's box with 발주자 down a merged label column (등록번호, 상호 대성유압(주), 대표자, 주소, "
        "업태/종목, 전화/팩스, 담당자), 합계금액 in USD and 원화환산 in ₩, table No. | 품목코드 | 품목명 "
        "| 규격 | 단위 | 수량 | 외화단가 | 외화금액 | 원화금액 | 납기일자 | 적요 (two amounts a line, "
        "prices to 4 decimals, text dates), 14 lines, 합계 row over mixed units, 특이사항 in one wrapped "
        "merged cell, values only",
        "seen",
        "daesung_ecount_xlsx",
    ),
    Layout(
        "kaida-eas",
        eas_zh,
        "zh, a Hefei automation-equipment maker's 金蝶 EAS Cloud 采购订单 套打 print, 2 landscape pages: "
        "company over 采 购 订 单 with a double rule, 第1页 / 共2页; unruled 标签：值 head three a row "
        "repeated on page 2 (单据编号 CGDD-2612-000087, 业务日期, 采购组织 the buyer, 供应商 with EAS's "
        "supplier code before our name, 币别 人民币, 汇率 1.0000, 采购部门, 采购员, 业务类型, 结算方式 "
        "电汇 beside 付款条件 货到票到60天付款, 是否含税 是, 收货地址, 摘要); ruled 15-column grid 行号 | "
        "物料编码 (dotted level codes 01.01.002.0031) | 物料名称 | 规格型号 (wrapped by character) | "
        "计量单位 | 数量 at the unit's precision (1,200.00 米, 865.500 千克) | 单价 6 decimals tax "
        "excluded | 含税单价 4 decimals | 税率(%) 13.00 / 6.00 | 金额 | 税额 | 价税合计 | 交货日期 | "
        "是否赠品 (one 赠品 line at 0) | 备注; 20 lines, 14 on page 1; 合计 over mixed units, "
        "价税合计(大写) / (小写)¥, 制单人 / 审核人 / 供应商确认, 打印时间 and 第 n 页 共 2 页 foot",
        "seen",
        "kaida_eas",
    ),
    Layout(
        "kempen-exact-nl",
        exact_nl,
        "nl, a Brabant farm-machinery maker's Exact Online Inkooporder in EUR, 2 pages: letterhead and "
        "Inkooporder title, our address in the window (Aan:), label | value info block (Ordernummer "
        "26000418, Orderdatum 17-12-2026, Ontvangstdatum, Leveranciercode, Uw referentie, Inkoper, Pagina "
        "1 van 2), Afleveradres (four lines) beside Leveringsvoorwaarde / Verzendwijze / "
        "Betalingscondities 60 dagen na factuurdatum / Valuta EUR, Omschrijving; grey band Artikelcode | "
        "Omschrijving (wrapped) | Ontvangstdatum per line | Aantal with two decimals (1.500,00) | Eenheid "
        "(st, rol, m, kg) | Prijs (0,385) | Korting 0,00% / 5,00% / 3,00% | Bedrag after it, grey Art.nr. "
        "leverancier lines, 15 lines, (vervolg) head on page 2, Totaal excl. btw / Btw 0% / Totaal incl. "
        "btw EUR, KvK / Btw / IBAN foot, Pagina n van 2",
        "seen",
        "kempen_exact_nl",
    ),
    Layout(
        "levante-gsheets-xlsx",
        gsheets_es_xlsx,
        "es workbook, a Valencian hydraulics distributor's Google Sheets PEDIDO DE COMPRA downloaded as "
        "xlsx, EUR: Arial, no gridlines, company with CIF on rows 1-3, shaded label | merged value pairs "
        "in two columns (Nº pedido PC-26/0412, Proveedor us from a drop-down, Dirección, País, Contacto | "
        "Fecha and Fecha de entrega real dates dd/mm/yyyy, Forma de pago, Moneda EUR, Incoterm FOB "
        "Shanghái), Dirección de entrega merged across, Ref. | Descripción | Cantidad | Ud. (ud., m, kg, "
        "jgo.) | Precio unit. in a '#,##0.00## \"€\"' format | Dto. a real percentage (5%) | Importe "
        "=ROUND(C*E*(1-F),2) with cached values | Notas, 12 lines, Base imponible / Portes / IVA 0 % / "
        "TOTAL PEDIDO formulas, Observaciones merged, frozen head, a hidden sheet Listas with units and "
        "other suppliers' names",
        "seen",
        "levante_gsheets_xlsx",
    ),
    Layout(
        "yunjiang-jst",
        jst_zh,
        "zh, a Hangzhou e-commerce tool brand's 聚水潭 (Jushuitan) ERP 采购单 printed through its print "
        "component, 2 pages: the company over 采购单, a Code 128 barcode of the 采购单号 top right; a "
        "ruled head grid of shaded label cells beside values, two pairs a row (采购单号 20481, digits "
        "only; 采购日期 with the time 2026-12-18 10:42:15; 供应商 us / 供应商编码; 采购员 / 仓库; "
        "交货日期 / 结算方式 月结30天; 收货地址 across; 收货人 with a mobile number / 外部单号 empty; "
        "状态 已确认 / 税率 13% 含税：是; 备注); ruled grid 序号 | 图片 (a product thumbnail in every "
        "row) | 款式编码 (the style, repeated on each of its SKUs) | 商品编码 (the SKU: the part number) "
        "| 商品名称 | 颜色及规格 (properties joined with semicolons, M8×30;发黑;12.9级) | 单位 (包, 个, "
        "套, 把) | 数量 | 单价 as entered (0.185) | 金额 with no thousands separators (22680.00) | 备注 "
        "(100只/包); rows as tall as the thumbnails; 22 lines, 14 on page 1, the table head again on "
        "page 2; 合计 row, 总金额：¥222085.00 元 with 大写, 制单 / 审核 / 供应商签字（盖章）, 打印时间 / "
        "打印人 / 第1页/共2页 foot",
        "seen",
        "yunjiang_jst",
    ),
    Layout(
        "kisalfold-kulcs-hu",
        kulcs_hu,
        "hu, a Győr drive-technology maker's Kulcs-Ügyvitel Megrendelés (order to a supplier) in EUR, 2 "
        "pages: DejaVu font (ő, ű), company block with Adószám / EU adószám / Bankszámlaszám, "
        "MEGRENDELÉS and Sorszám: MSZ-2026-00318 top right, framed Megrendelő (the buyer) | Szállító "
        "(us, Kína) boxes, a strip of ruled label-over-value boxes (Kelt 2026.12.18. with the trailing "
        "dot, Szállítási határidő 2027.01.29., Fizetési feltétel Átutalás, számla kelte + 60 nap, "
        "Pénznem EUR, Paritás FCA Shanghai), Szállítási cím in one line after the warehouse's name, "
        "Tisztelt Partnerünk!; ruled table Ssz. | Cikkszám | Megnevezés (wrapped) | Mennyiség (1 000, "
        "37,5) | Me. (db, tek., l, kg) | Egységár (0,385) | Kedv. % (5,00 / 3,00 on two lines) | Nettó "
        "érték | ÁFA AHK (outside Hungarian VAT) | Bruttó érték, Hungarian numbers with space thousands "
        "and a decimal comma, 16 lines, 13 on page 1 closed by an Átvitel row, page 2 a – folytatás head "
        "and an Áthozat row; Nettó összesen / ÁFA összesen (AHK) 0,00 / Bruttó összesen ... EUR, Azaz: "
        "the total in Hungarian words, Megjegyzés, Győr, 2026. december 18. and a signature line, "
        "Kulcs-Ügyvitel foot with Oldal: n/2",
        "seen",
        "kisalfold_kulcs_hu",
    ),
    Layout(
        "brondum-indkob-dk-xlsx",
        indkob_dk_xlsx,
        "da workbook, a Vejen barn-equipment maker's own Excel INDKØBSORDRE in DKK: Calibri, company "
        "with CVR-nr. on rows 1-3, label | value cells on the right (Ordrenr. IO-26-1187 as text, "
        'Ordredato and Ønsket levering real dates shown dd-mm-yyyy, ="uge "&ISOWEEKNUM() beside the '
        "delivery date giving uge 4, Vores ref., Deres ref., Betalingsbetingelser Løbende måned + 30 "
        "dage, Leveringsbetingelser FOB Ningbo, Valuta DKK, Forsendelse), Leverandør and "
        "Leveringsadresse as blocks of single lines; Pos. | Varenr. | Beskrivelse | Antal | Enhed | "
        "Stk.pris | Rabat | Beløb over 20 prepared rows where only Varenr., Antal and Rabat are typed: "
        "Pos. =ROW()-17, Beskrivelse / Enhed / Stk.pris VLOOKUPs into the item list and Beløb "
        '=ROUND(D*F*(1-G),2), all IF(B="","",..) with cached values, seven unused rows caching empty '
        "text; Rabat a real percentage on two lines, Danish letters in names and units (sæt, rl), 13 "
        "lines; Subtotal / Moms 0 % (import) / I alt DKK formulas, Bemærkninger merged, Godkendt af; a "
        "second sheet Vareliste (the buyer's item list, other suppliers' items too) under an autofilter",
        "seen",
        "brondum_indkob_dk_xlsx",
    ),
    Layout(
        "fuchuan-suda",
        suda_zh,
        "zh, a Taizhou pump maker's 速达 5000 采购订单 print, 2 pages: the company over 采 购 订 单 with "
        "第n页 共2页 on its line; an unruled head of 标签：值 runs three a row (供货单位 us / 日期 / 单号 "
        "CGD-2612-0037; 联系人 with a phone / 交货日期 / 结算方式 月结60天; 交货地址 across; 部门 / 业务员 / "
        "仓库; 订金 10,000.00 (a deposit, no part of the total) / 币种 人民币 / 价格含税 是; 摘要), only its "
        "first row repeated on page 2; ruled grid 行号 | 货品编号 (dotted 01.02.0031) | 货品名称 | 规格型号 "
        "(one wrapped by character) | 单位 (个, 套, 只, 根, 千克, 千只, 条, 张) | 数量 with two decimals "
        "(5,000.00; 850.50) | 单价 with four (0.1850, tax included) | 折扣(%) as the share paid (100.00, "
        "95.00, 98.00) | 金额 after it | 税率(%) 13.00 | 税额 included; 17 lines, 11 on page 1 (a fixed "
        "rows-per-page setting), 本页合计 on each page, 合计 and 金额合计(大写) / ¥ on the last, 制单 / 审核 "
        "/ 经手人 / 供应商确认（签章）, 打印日期 and 速达5000工业版 foot",
        "seen",
        "fuchuan_suda",
    ),
    Layout(
        "kauri-coast-xero-nz",
        xero_nz,
        "en (New Zealand), a Whangārei irrigation firm's Xero purchase order in NZD, 2 pages: DejaVu font "
        "(ā), logo top right, PURCHASE ORDER with the supplier contact under it (us, no label), bold labels "
        "over values in a middle column (Date 19 Dec 2026, Delivery Date 29 Jan 2027, Purchase Order Number "
        "PO-0418, Reference, GST Number), the organisation's address on the right; rules under the head and "
        "between items only, Item | Description (typed over two or three lines, a Your code line on some) "
        "| Quantity with two decimals (20,000.00) | Unit Price as entered (0.0385) | Disc. (5.00, no % "
        "sign) | GST No GST | Amount NZD after the discount, no unit column; 16 items, 13 on page 1, the "
        "head again on page 2, no page numbers; Subtotal / TOTAL NO GST 0.00 / TOTAL NZD, DELIVERY DETAILS "
        "(Delivery Address on four lines, Attention, Telephone, Delivery Instructions) under the totals, no "
        "payment terms, a grey NZBN / GST foot",
        "seen",
        "kauri_coast_xero_nz",
    ),
    Layout(
        "sahyadri-table-in-xlsx",
        po_table_in_xlsx,
        "en (India) workbook, a Pune valve maker's own Excel import PURCHASE ORDER in USD: no gridlines, "
        "company with GSTIN / CIN / IEC on rows 1-3, To, over our name and address, label | merged value "
        "cells on the right (PO No. SFC/PUR/26-27/0418 with the financial year, PO Date a real date shown "
        "dd-mmm-yyyy, Quotation Ref. with a text date, Currency USD, Delivery Terms, Payment Terms, "
        "Delivery Schedule typed as text: On or before 05-Feb-2027), Ship To / Consignee lines; the items "
        "an Excel Table tblPO with a totals row: S.No. | Item Code | Description (two typed over two lines "
        "in the cell) | HSN Code (eight-digit numbers) | Qty | UOM (Nos, Pair, Set, Kg, Mtr) | Rate (USD) | "
        "Disc. % a real percentage | Amount (USD), calculated columns with structured references "
        "(tblPO[[#This Row],[Qty]]) and cached values, 15 lines, SUBTOTAL(109,...) totals over mixed units; "
        "Freight / IGST text rows, Total PO Value (USD) =tblPO[[#Totals],[Amount (USD)]], amount in words "
        "typed, an Approx. INR value formula in a lakh number format (₹ 22,54,920.12), Terms & Conditions, "
        "Authorised Signatory",
        "seen",
        "sahyadri_table_in_xlsx",
    ),
    Layout(
        "mingde-e10",
        e10_zh,
        "zh, a Kunshan machine-tool maker's 鼎捷 E10 采购单 print, CNY, 2 pages: company, English name and "
        "address over 采 购 单 (double rule), 页次：1/2; the head on both pages as unruled 标签： / value "
        "runs three a row in Digiwin's words (采购单号 PO01-202612080007 / 采购日期 2026/12/08 / 单据类型; "
        "厂商代号 S0318 / 厂商全称 us; 联系人 / 电话 / 传真; 币种 RMB 人民币 / 汇率 / 税种 VAT13 "
        "增值税13%(价内税); 付款条件 月结60天 / 交易条件 送货到厂 / 采购人员; 送货地址; 备注); ruled grid "
        "with a grey head 项次 | 品号 (10301-0012) | 品名 | 规格 (names and specs wrapped by character) | "
        "单位 (PCS, SET, KG, M, BOX) | 采购数量 at the unit's precision (20,000; 865.500; 600.00) | 赠备品量 "
        "(free spares, no part of the amount) | 含税单价 (4 decimals) | 含税金额 | 预交货日 per line, no "
        "head date | 备注; 20 lines, 13 on page 1; 合计, 未税金额 / 税额 / 含税金额, 大写金额, 采购条款 1-4, "
        "核准 / 审核 / 采购 / 厂商确认回签, 打印人 / "
        "打印时间 foot",
        "seen",
        "mingde_e10",
    ),
    Layout(
        "lakeus-lemonsoft-fi",
        lemonsoft_fi,
        "fi, a Seinäjoki machine-parts maker's Lemonsoft OSTOTILAUS in EUR, 2 pages, SFS 2487 letter: "
        "company top left, OSTOTILAUS and the page as 1 (2) top right over label / value rows (Tilausnumero "
        "41872, Päivämäärä 8.12.2026 without leading zeros, Toimittajanumero, Viitteenne, Viitteemme), the "
        "supplier (us, KIINA) in the window, Toimitusosoite on three lines, Toimitusaika 5.2.2027 (vko 5), "
        "Toimitusehto, Toimitustapa, Maksuehto 60 pv netto, Valuutta EUR; rules under the head and the last "
        "line only: Rivi | Tuotenumero | Nimike (wrapped by word) | Määrä (2 000; 37,5) | Yks (kpl, m, kg, "
        "pkt, sarja) | À-hinta as entered (0,385) | Ale % (5,0 / 3,0 on three lines) | Yhteensä after it, a "
        "grey Toimittajan tuotenumero: QH-... line under some items, no-break-space thousands and decimal "
        "commas; 21 lines, 17 on page 1 ending jatkuu ...; page 2's short head; Veroton yhteensä / ALV 0 % "
        "(maahantuonti) / Yhteensä EUR, Lisätiedot, Ystävällisin terveisin, Y-tunnus / IBAN foot",
        "seen",
        "lakeus_lemonsoft_fi",
    ),
    Layout(
        "vougabike-encomenda-pt-xlsx",
        encomenda_pt_xlsx,
        "pt (Portugal) workbook, an Águeda bicycle-parts maker's own Excel NOTA DE ENCOMENDA in EUR: "
        "Calibri, company with NIF on rows 1-4, label | value cells top right (N.º Encomenda NE 2026/418 as "
        "text, Data a real date shown dd/mm/yyyy, V/ Ref.ª our proforma, N/ Ref.ª), Fornecedor (us) and "
        "Local de Entrega blocks of single lines side by side, conditions as label | merged value rows "
        "(Condições de Pagamento, Data de Entrega a real date, Incoterm FOB Xangai, Moeda EUR, Transporte); "
        "Ref.ª | Ref.ª Fornecedor (our code beside the buyer's) | Descrição (decimal commas inside: 2,0 mm) "
        "| Qtd. | Un. (un, cj, par, m, kg) | Preço Unit. in '#,##0.0000 [$€-816]' | Desc. % a real "
        "percentage on two lines | Total =ROUND(D*F*(1-G),2) with cached values; 16 lines; Total Ilíquido "
        "(=SUMPRODUCT, before the discounts) / Descontos / Total Líquido / IVA 0 % (importação) / TOTAL "
        "(EUR), Observações merged and "
        "wrapped, O Responsável de Compras",
        "seen",
        "vougabike_encomenda_pt_xlsx",
    ),
    Layout(
        "kele-b1",
        sap_b1_zh,
        "zh, a Taicang machine-parts maker's SAP Business One 中文版 采购订单 (Crystal layout), 2 pages: "
        "the company in Chinese and English top left, 采购订单 / PURCHASE ORDER over a label | value box "
        "(单据编号 26000418, 过账日期 / 交货日期 / 单据日期 as 2026/12/21, 页码 1 / 2) repeated on page 2; "
        "供应商 box (card code V20318 before our name) beside 运达至; a strip 采购员 / 付款条款 月结60天 / "
        "运输方式 / 币种 RMB / 供应商参考号; grey head band, no vertical rules, hairlines between rows: # "
        "| 物料编号 | 物料描述 (wrapped at a space) | 供应商目录号 (our QH- number) | 数量 (3,000.00; "
        "850.50) | 单位 | 单价 net of tax with four decimals | 折扣 % (3.00, 5.00) | 税码 J1 | 行总计 net "
        "after the discount | 交货日期 per line; 24 lines, 19 on page 1 (the page footer section kept "
        "free); 备注 基于 采购申请 1087。 and 折扣前总计 / 折扣 / 运费 / 税额 / 总计 RMB (tax included) in "
        "the last page's footer section, sign-off, 第 n 页 / 共 2 页",
        "seen",
        "kele_b1",
    ),
    Layout(
        "grand-river-acumatica-ca",
        acumatica_ca,
        "en (Canada), an Ontario hydraulics distributor's Acumatica purchase order (PO641000) in CAD on US "
        "Letter, 2 pages, en-US dates (12/21/2026): company with GST/HST No. top left, PURCHASE ORDER over "
        "Order Nbr. PO001852 / Order Date; Vendor (us) and Ship To boxes; a ruled strip of labels over "
        "values (Vendor ID, Vendor Ref., Terms Net 60, Ship Via, FOB Point, Promised On 02/05/2027, Buyer, "
        "Currency CAD); grey head, hairlines between rows: Line (Line Nbr. 8 deleted: 7 then 9) | "
        "Inventory ID (CYL-ROD-2010) | Description wrapped at words | UOM (EA, KIT, ROLL, BOX, CAN) | "
        "Order Qty. (1,000.00) | Unit Cost with four decimals | Disc. % (5.00, 3.00) | Amount after it | "
        "Promised per line; 18 lines, 15 on page 1, page 2 headed by the company and order; Line Total / "
        "Tax Total 0.00 / Order Total CAD, Comments, Approved by, Printed ... by and Page n of 2",
        "seen",
        "grand_river_acumatica_ca",
    ),
    Layout(
        "hidromont-narudzbenica-hr-xlsx",
        narudzbenica_hr_xlsx,
        "hr workbook, a Varaždin hydraulic-cylinder maker's own Excel NARUDŽBENICA in EUR: sheet "
        "Narudžbenica without gridlines, the company with OIB / PDV ID / IBAN on rows 1-4; Dobavljač: over "
        "our name and address (Kina); label | merged value cells on the right (Broj narudžbenice 418/2026 "
        "as text, Datum narudžbe and Rok isporuke real dates shown dd.mm.yyyy. with a trailing dot, "
        "Paritet, Način plaćanja, Valuta EUR, Vaša ponuda, Referent nabave); Mjesto isporuke: over the "
        "warehouse's name, street and town; ruled table R.br. (1. by a number format) | Šifra | Naziv "
        "artikla (č, ž, Ø, °, ³) | Jed. mj. (kom, kpl, m, kg) | Količina (850,5) | Cijena (EUR) | Rabat % "
        "typed on two lines | Iznos (EUR) =ROUND(E*F*(1-G/100),2) cached | Napomena; 15 lines; Ukupno bez "
        "PDV-a, PDV 0 % (uvoz) and SVEUKUPNO EUR as formulas, Napomene, Narudžbu izradila / Odobrio / M.P.",
        "seen",
        "hidromont_narudzbenica_hr_xlsx",
    ),
    Layout(
        "ruide-xingchen",
        xingchen_zh,
        "zh, a Changzhou machinery maker's 金蝶云·星辰 采购订单 print, 2 pages: company and 采购订单 "
        "centred, borderless 标签：值 header three a row (单据编号 CGDD20261221003, 单据日期 / 交货日期 "
        "2026-12-21, 供应商, 联系人, 采购员, 部门, 结算方式 月结60天), 收货地址 and 备注 across, repeated on "
        "page 2; ruled grid 序号 | 商品编码 (01.02.0031) | 商品名称 | 规格型号 (wrapped by character in "
        "their cells) | 单位 | 数量 (3,000.00; 86.50) | 含税单价 with four decimals | 税率(%) 13 | 税额 | "
        "价税合计 | 备注; 22 lines, 14 on page 1; 合计 row, 价税合计（大写）/（小写）¥, 制单人 / 审核人, "
        "打印日期, 第 n 页 共 2 页; no currency printed",
        "seen",
        "ruide_xingchen",
    ),
    Layout(
        "nordfjord-tripletex-no",
        tripletex_no,
        "no, an Ålesund hydraulics maker's Tripletex INNKJØPSORDRE in NOK, 1 page: company with Org.nr. ... "
        "MVA top left, label / value block top right (Ordrenummer 10418, Ordredato 21.12.2026, Leveringsdato "
        "05.02.2027, Vår / Deres referanse, Leveringsbetingelse, Betalingsbetingelse 60 dager netto, Valuta "
        "NOK); Leverandør (us, Kina) beside Leveringsadresse (Norge); rules under the head and the last line "
        "only: Varenr. | Varenavn | Antall (1 000; 42,5 with no-break-space thousands) | Enhet (stk, sett, "
        "rull, kg, pk) | Pris (0,8750) | Rabatt % (5, 10 on two lines) | Sum after it; 16 lines; Sum eks. "
        "mva / Mva 0 % (import) / Totalt NOK; Merknad; foot with Bankkonto and Side 1 av 1",
        "seen",
        "nordfjord_tripletex_no",
    ),
    Layout(
        "hydrostroj-objednavka-sk-xlsx",
        objednavka_sk_xlsx,
        "sk workbook, a Martin hydraulics maker's own Excel OBJEDNÁVKA in EUR: sheet Objednávka in Arial "
        "without gridlines, the company with IČO / DIČ / IČ DPH on rows 1-4; OBJEDNÁVKA č. 2026/0418 merged "
        "across; Dodávateľ: over our name (Čína); label | value cells on the right (Číslo objednávky as "
        "text, Dátum objednávky and Termín dodania real dates shown d.m.yyyy, Dodacie podmienky, Spôsob "
        "úhrady, Mena EUR, Vybavuje); Miesto dodania: over the warehouse's name, street and town; ruled "
        "table P.č. | Kód tovaru (HM-10231) | Názov tovaru (ľ, ô, ú, Ø, °, ³) | MJ (ks, sada, m, kg, "
        "bal) | Množstvo (612,5) | Jedn. cena (EUR) | Zľava % a real percentage on two lines | Cena "
        "spolu (EUR) =ROUND(E*F*(1-G),2) cached; 15 lines; Spolu bez DPH, DPH 0 % (dovoz) and Celkom "
        "k úhrade (EUR) as formulas, Poznámky, Vystavil / Schválil, pečiatka a podpis",
        "seen",
        "hydrostroj_objednavka_sk_xlsx",
    ),
    Layout(
        "youju-guanyi",
        guanyi_zh,
        "zh, a Hangzhou home-goods e-commerce seller's 管易云 采购订单 print, 2 pages: company and "
        "采购订单 centred, a Code 128 barcode of the 采购单号 top right; borderless 标签：值 head two a "
        "row (采购单号 CG20261222015, 创建时间 2026-12-22 09:41:07 a time stamp, 供应商, 供应商代码, "
        "采购员, 入库仓库, 预计到货日期, 结算方式 月结60天), 收货地址 on a line of its own, 收货人 / "
        "联系电话, 备注; ruled grid 序号 | 商品代码 (YJ-HG-1001) | 商品名称 | 规格名称 (wrapped by "
        "character in their cells) | 条码 (13-digit EAN) | 单位 | 数量 (integers, 12.5) | 单价 as "
        "entered (1.85; 0.115) | 金额 | 备注, no thousands separators; 26 lines, 17 on page 1; page 2 "
        "under a short head (采购订单（续）); 合计 row, 总金额（元） and 大写, 制单人 / 审核人, 打印时间, "
        "第 n 页 共 2 页; the currency only as 元",
        "seen",
        "youju_guanyi",
    ),
    Layout(
        "carpatia-winmentor-ro",
        winmentor_ro,
        "ro, a Cluj-Napoca farm-machinery maker's WinMENTOR ENTERPRISE COMANDĂ FURNIZOR in EUR, 2 pages, "
        "DejaVu Sans for ă, â, î, ș, ț: the company with Nr. Reg. Com. J12/..., CUI RO..., Sediul, Cont "
        "top left, Furnizor (us) top right; a ruled strip of labels over values (Nr. comandă CF-1874, Data "
        "comenzii 21.12.2026, Termen de livrare 15.02.2027, Moneda EUR, Pagina 1 din 2); label: value rows "
        "(Condiții de plată, Condiții de livrare, Locul de livrare, Adresa de livrare, Persoană de "
        "contact, Referința dvs.); ruled grid with a grey head Nr. crt. | Cod articol (AG-10231) | "
        "Denumire articol (wrapped at words) | U.M. (buc, set, m, kg, cutie) | Cantitate (3.000,00; "
        "412,50) | Preț unitar (EUR) with four decimals | Disc. % (2,00; 5,00) | Valoare (EUR) after it | "
        "Termen livrare per line; 20 lines, 13 on page 1; page 2 under a short head (... - continuare); "
        "Total fără TVA / TVA 0% (import) / TOTAL COMANDĂ (EUR); Observații; Întocmit / Aprobat, Semnătura "
        "și ștampila; foot with CUI, WinMENTOR ENTERPRISE and Pagina n din 2",
        "seen",
        "carpatia_winmentor_ro",
    ),
    Layout(
        "savateh-narocilnica-si-xlsx",
        narocilnica_si_xlsx,
        "sl workbook, a Kranj electric-motor maker's own Excel NAROČILNICA in EUR: sheet Naročilnica in "
        "Calibri without gridlines, the company with ID za DDV / Matična št. / TRR on rows 1-4; NAROČILNICA "
        "merged across; Dobavitelj: over our name (Kitajska); label | value cells on the right (Številka "
        "naročilnice NAR-26-0418 as text, Datum naročila and Rok dobave real dates shown d. m. yyyy, "
        "Paritet, Plačilni pogoji 60 dni od datuma računa, Valuta EUR, Referent); Naslov dostave: over the "
        "warehouse's name, street and town; ruled table Zap. št. (=A22+1 formulas) | Šifra artikla "
        "(100-2041) | Naziv artikla (č, š, ž, Ø, °) | EM (kos, kg, m) | Količina (37,5) | Cena/EM (EUR) "
        "(0,009) | Popust (%) typed 3 and 5 | Vrednost (EUR) =ROUND(E*F*(1-G/100),2) cached | Vaša šifra "
        "(our QH- code after the amount); 14 lines; Skupaj brez DDV, DDV 0 % (uvoz) and SKUPAJ ZA PLAČILO "
        "(EUR) as formulas, Opombe, Naročilo pripravila / Odobril, Žig in podpis",
        "seen",
        "savateh_narocilnica_si_xlsx",
    ),
    Layout(
        "hefeng-odoo-zh",
        odoo_zh,
        "zh, a Hangzhou automation-equipment maker's Odoo 17 purchase order printed in Odoo's zh_CN "
        "translation (the vendor's language), CNY, 2 pages: external-layout header (logo mark, tagline, "
        "company address) and footer (电话 / 邮箱 / 网站, 页码： n / 2) on both pages; 送货地址 on "
        "the left, the vendor (us, 税号) on the right; 采购订单 #P01862; label-over-value cells "
        "采购代表 / 您的订单参考 / 订单日期 2026年12月21日; rules between rows, no vertical rules: 描述 "
        "([HF-YY-0201] 液压缸 HOB63×150 over the purchase description) | 税 进项税13% | 需求日期 per "
        "line (2027年01月18日, 01月25日) | 数量 with the unit in the cell (120.00 个) | 单价 | 金额 "
        "(¥ 20,160.00); 19 lines in three Odoo sections (grey section rows, an italic note row, 小计 "
        "rows), page 2 opening with a 小计; 未含税金额 / 增值税 13% / 总计; terms under the totals "
        "(付款条件：月结60天)",
        "seen",
        "hefeng_odoo_zh",
    ),
    Layout(
        "nemuno-rivile-lt",
        rivile_lt,
        "lt, a Kaunas furniture-fittings maker's Rivilė GAMA PIRKIMO UŽSAKYMAS in EUR, 1 page: the company "
        "with Įmonės kodas / PVM mokėtojo kodas top left; PIRKIMO UŽSAKYMAS, Serija PU Nr. 2026-0418 and "
        "2026-12-21 centred; Tiekėjas (us, Kinija) beside Pirkėjas; label / value block (Užsakymo data and "
        "Pristatymo data year first, Pristatymo sąlygos, Apmokėjimo sąlygos, Valiuta EUR, Jūsų pasiūlymas, "
        "Atsakingas asmuo); Pristatymo adresas on one line; ruled grid with a shaded two-line head: Eil. "
        "Nr. | Prekės kodas (NF-10211) | Prekės pavadinimas (ą, č, ė, į, š, ų, ū, ž, wrapped at words) | "
        "Mato vnt. (vnt., kompl., pak., kg) | Kiekis (1 200,00; 612,50) | Kaina, EUR (0,0680) | "
        "Nuolaida, % (5, 3) | Suma, EUR after it; 15 lines; Suma be PVM / PVM 0 % (importas) / Iš viso "
        "EUR; Suma žodžiais; Pastabos; Užsakymą parengė / Patvirtino, A.V.; Rivilė GAMA foot, Puslapis 1 "
        "iš 1",
        "seen",
        "nemuno_rivile_lt",
    ),
    Layout(
        "dniprohidromash-zamovlennia-ua-xlsx",
        zamovlennia_ua_xlsx,
        "uk workbook, a Dnipro hydraulics maker's Замовлення постачальнику laid out as BAS prints it, in USD "
        "(an import from China): sheet Замовлення in Arial without gridlines; the title Замовлення "
        "постачальнику № ДГ00-000418 від 21 грудня 2026 р. over a thick rule; label | merged value cells "
        "down the left (Покупець with ЄДРПОУ / ІПН, address and phone rows; Постачальник us, Китай; Номер "
        "замовлення as text; Дата замовлення and Бажана дата надходження real dates shown dd.mm.yyyy; "
        "Договір, Валюта USD, Умови поставки FOB Шанхай, Умови оплати, Адреса доставки over two rows, "
        "Відповідальний); ruled table with a shaded head № | Артикул (DG-10231) | Товар (і, ї, є, ґ, the "
        "apostrophe) | Од. (шт, компл, уп, м, кг) | Кількість shown with three decimals | Ціна, USD | "
        "Знижка, % typed 5 and 3 | Сума, USD =ROUND(E*F*(1-G/100),2) cached | Примітка; 15 lines; Разом, "
        "Сума ПДВ 0 (імпорт) and Всього до сплати as formulas; Всього найменувань 15, на суму ...; the sum "
        "in words; notes; Виписав(ла) / Керівник, М.П.",
        "seen",
        "dniprohidromash_zamovlennia_ua_xlsx",
    ),
    Layout(
        "jinchao-jiandaoyun",
        jiandaoyun_zh,
        "zh, a Wuxi environmental-equipment maker's 采购订单 kept as a 简道云 (Jiandaoyun no-code) form and "
        "printed with the form's default print layout, CNY, 2 pages: the app name 采购管理 over 采购订单, a "
        "QR code top right; the main form as a ruled grid of shaded label cells beside values, two pairs a "
        "row (采购单号 CG-20261223-0015 a 流水号, 下单日期 2026-12-23, 采购员 / 所属部门, 供应商 us / "
        "供应商联系人, 联系电话 / 要求到货日期, 付款方式 月结60天 / 币种 人民币), 收货地址, 收货人 and 备注 "
        "across; the 子表单 采购明细 under its caption: 序号 | 物料编码 (JC-3105-018) | 物料名称 | 规格型号 "
        "(wrapped by character in their cells) | 单位 | 采购数量 as typed (5000; 86.5) | 含税单价 with four "
        "decimals | 金额 | 交货日期 per line | 备注; 22 lines, 13 on page 1, the sub-table head repeated on "
        "page 2; 合计金额 and 金额大写 as form fields, the 流程日志 approval table, 提交人 / 提交时间 / "
        "更新时间; 打印人, 打印时间 and 第 n 页 / 共 2 页 in each foot",
        "seen",
        "jinchao_jiandaoyun",
    ),
    Layout(
        "saare-directo-ee",
        directo_ee,
        "et, a Kuressaare boatyard's Directo OSTUTELLIMUS in EUR, 2 pages, Helvetica (õ, ä, ö, ü): the "
        "company with Reg. kood / KMKR nr top left; OSTUTELLIMUS Nr 260418 top right over a label / value "
        "block (Kuupäev 22.12.2026, Tarneaeg 12.02.2027, Tarnetingimus, Maksetingimus 60 päeva arve "
        "kuupäevast, Valuuta EUR, Meie viide, Teie viide, Lehekülg 1 / 2); Hankija (us, Hiina) over "
        "Tarneaadress (the warehouse's name, street, postcode town, Eesti); a grey head band and hairlines, "
        "no vertical rules: Nr | Artikkel (PT-11025) | Nimetus (wrapped at words) | Kogus (1 500; 37,5) | "
        "Ühik (tk, kmpl, m, kg, pk) | Hind (0,0850) | Ale % (5, 10, 3) | Summa after it; italic line "
        "comments under two names; 24 lines, 15 on page 1; page 2 under a short head (OSTUTELLIMUS Nr "
        "260418 (järg)); Summa km-ta / Käibemaks 0% / Kokku EUR; Märkused; Koostas / Kinnitas (allkiri); "
        "foot with Reg. kood, KMKR nr, IBAN, Directo and Lehekülg n / 2",
        "seen",
        "saare_directo_ee",
    ),
    Layout(
        "pyldin-poruchka-bg-xlsx",
        poruchka_bg_xlsx,
        "bg workbook, a Plovdiv farm-machinery maker's own Excel ПОРЪЧКА in EUR: sheet Поръчка in Times New "
        "Roman without gridlines; ПОРЪЧКА with № 0000418 / 21.12.2026 г. under it; ВЪЗЛОЖИТЕЛ (the company: "
        "Фирма, ЕИК, ИН по ЗДДС BG..., Адрес, МОЛ, Тел.) beside ДОСТАВЧИК (us, Китай) as label | merged "
        "value cells; Номер на поръчката 0000418 as text, Дата на поръчката and Срок на доставка real dates "
        'shown dd.mm.yyyy "г.", Условия на доставка FCA Шанхай, Начин на плащане, Валута EUR, Място на '
        "доставка over two rows, Лице за контакт; ruled table with a shaded head № | Код (ПА-20418) | "
        "Наименование на стоката | Мярка (бр., к-т, кг, оп.) | Количество (612,5) | Ед. цена без ДДС, "
        "EUR (0,065) | Отстъпка, % typed 5 and 8 | Стойност без ДДС, EUR =ROUND(E*F*(1-G/100),2) cached | "
        "Забележка; 16 lines; Данъчна основа, ДДС 0 % (внос) and Сума за плащане, EUR as formulas; Словом: "
        "the sum in words; Забележки; Съставил / Одобрил, М.П.",
        "seen",
        "pyldin_poruchka_bg_xlsx",
    ),
    Layout(
        "hairui-cosmic-zh",
        cosmic_zh,
        "zh, a Qingdao machine-tool maker's 金蝶云·苍穹 采购订单 printed through a contract-style "
        "template, 2 pages: company and 采购订单 centred on both pages; a ruled label | value grid three "
        "pairs a row with shaded labels (单据编号 CGDD-20261222-0047, 订单日期 2026-12-22, 单据类型, "
        "采购组织, 采购部门, 采购员, 供应商, 供应商联系人, 结算币别 人民币, 付款条件 货到票到月结60天, "
        "合同编号 HR-HT-2026-1187 beside the order number, 税率 13%（单价含税）), 收货地址 and 收货人; a "
        "short head on page 2; ruled grid 序号 | 物料编码 (1.03.01.0015) | 物料名称 | 规格型号 (wrapped by "
        "character in their cells) | 计量单位 | 数量 (1,200.00; 612.50) | 含税单价 with six decimals "
        "(0.035000) | 价税合计 | 交货日期 per line (2027-01-15, 2027-01-29) | 备注; 18 lines, 16 on page "
        "1; 合计 row, 价税合计（大写）/（小写）¥; 合同条款 一 to 八; 需方（甲方） / 供方（乙方） signature "
        "blocks with （盖章）; 打印人 / 打印时间 and 第 n 页/共 2 页",
        "seen",
        "hairui_cosmic",
    ),
    Layout(
        "vidzeme-jumis-lv",
        jumis_lv,
        "lv, a Valmiera trailer maker's Tildes Jumis PASŪTĪJUMS PIEGĀDĀTĀJAM in EUR, 2 pages: the company "
        "with Reģ. Nr., PVN reģ. Nr. LV..., Juridiskā adrese, Banka / konts top left; PASŪTĪJUMS "
        "PIEGĀDĀTĀJAM Nr. PP26-0418 over Valmierā, 2026. gada 21. decembrī; Piegādātājs (us, Ķīna) beside "
        "Pasūtītājs; label / value block with day-first dates closed by a dot (Pasūtījuma datums "
        "21.12.2026., Piegādes termiņš 15.02.2027.), Piegādes noteikumi, Apmaksas noteikumi, Valūta EUR, "
        "Jūsu piedāvājums, Kontaktpersona; Piegādes adrese on one line; ruled grid with a shaded head: Nr. "
        "p.k. (1.) | Preces kods (VM-10112) | Preces nosaukums (ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū, ž, wrapped "
        "at words) | Mērv. (gab., kompl., pāris, m, iep., kg, rull.) | Daudzums with three decimals, no "
        "thousands separator (1500,000) | Cena, EUR (2,2150) | Atl., % (5, 3) | Summa, EUR (5 500,50); 22 "
        "lines, 16 on page 1; page 2 under a short head (... (turpinājums)); Summa bez PVN / PVN 0 % "
        "(preču imports) / Kopā apmaksai, EUR; Summa vārdiem; Piezīmes; Sagatavoja / Apstiprināja, Z. v.; "
        "Tildes Jumis foot, Lapa n no 2",
        "seen",
        "vidzeme_jumis_lv",
    ),
    Layout(
        "thermotechniki-paraggelia-gr-xlsx",
        paraggelia_gr_xlsx,
        "el workbook, a Thessaloniki boiler maker's own Excel ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ in EUR: sheet Παραγγελία in "
        "Calibri without gridlines, the company with ΑΦΜ / ΔΟΥ / Αρ. ΓΕΜΗ on rows 1-5; ΠΑΡΑΓΓΕΛΙΑ ΑΓΟΡΑΣ "
        "merged across; two label | value blocks side by side (Προμηθευτής us, Διεύθυνση Κίνα, ΑΦΜ / VAT, "
        "Υπόψη; Αριθμός Παραγγελίας ΠΑ-2026-0418 as text, Ημερομηνία and Ημ/νία Παράδοσης real dates shown "
        "dd/mm/yyyy, Νόμισμα EUR); Τρόπος Πληρωμής, Όροι Παράδοσης, Τόπος Παράδοσης over two rows, Υπεύθυνος "
        "Αγορών; ruled table with a shaded head Α/Α | Κωδικός (ΘΜ-1021) | Περιγραφή Είδους | Μ.Μ. (ΤΕΜ, "
        "ΣΕΤ, ΖΕΥΓ, ΜΕΤ, ΡΟΛ, ΚΙΛ, ΚΙΒ) | Ποσότητα (2450.5) | Τιμή Μονάδας (€) (0.0125) | Έκπτωση % a real "
        "percentage on two lines | Καθαρή Αξία (€) =ROUND(E*F*(1-G),2) cached | Παρατηρήσεις; 16 lines; "
        "Σύνολο Καθαρής Αξίας, Φ.Π.Α. 0% (εισαγωγή) and ΓΕΝΙΚΟ ΣΥΝΟΛΟ (€) as formulas; Παρατηρήσεις; Ο "
        "Συντάξας / Ο Εγκρίνων, Σφραγίδα – Υπογραφή; print footer Σελίδα &P από &N",
        "seen",
        "thermotechniki_paraggelia_gr_xlsx",
    ),
    Layout(
        "hongtai-multiable-zh",
        multiable_zh,
        "zh, a Dongguan hardware factory's 采购单 printed by 万达宝 ERP (Multiable M18), CNY, 1 page, "
        "bilingual in the Hong Kong way: the company centred with 电话 / 传真, 采 购 单 over PURCHASE ORDER; "
        "two label：value columns without rules (供应商 us, 供应商编号, 联系人, 电话; 单据编号 PO2612-0031, "
        "单据日期 2026/12/16 and 交货日期 2027/01/20 with slashes, 币种 RMB 人民币, 汇率 1.0000, 付款条款 "
        "月结90天, 采购员); 送货地址 with 收货人 on one line; ruled grid with a shaded head 行 | 物料编号 "
        "(HT-B0218) | 物料名称及规格 (one cell, wrapped by character) | 单位 (PCS, SET, KG, M, ROLL) | 数量 "
        "(20,000; 612.5) | 单价 with four decimals (0.0350) | 折扣% (3, 5) | 金额 after it | 交货日期 per "
        "line (two later); 16 lines; 合计 row, 总金额（含税13%）RMB and 大写; 备注 1-3; 制单 / 审核 / 批准, "
        "供应商确认回签（盖章）; Multiable M18, 打印时间 and 第 1 页 / 共 1 页 in the foot",
        "seen",
        "hongtai_multiable",
    ),
    Layout(
        "djurdjevic-pantheon-rs",
        pantheon_rs,
        "sr, a Kragujevac hydraulics maker's Pantheon PORUDŽBENICA in EUR, 1 page, Latin script in DejaVu "
        "Sans (č, ć, đ, š, ž): the company with PIB / MB, šifra delatnosti and tekući račun top left; "
        "PORUDŽBENICA over Broj: 26-0130-000418 top right; Dobavljač (us, Narodna Republika Kina) in a "
        "ruled box beside a label / value block (Datum 18.12.2026., Rok isporuke 15.02.2027. with the "
        "closing dot, Paritet FCA Šangaj, Način plaćanja, Valuta EUR, Vaša ponuda, Referent); Mesto "
        "isporuke over two lines (the warehouse's name, the street and town); ruled grid with a grey head: "
        "R.br. (1.) | Šifra (DH-30412) | Naziv artikla (wrapped at words) | JM (kom, kompl, m, kg, pak) | "
        "Količina (1.500; 312,5) | Cena (0,0450) | Rabat % (5; 2,5) | Vrednost after it; 16 lines; Ukupno "
        "bez rabata / Rabat / Osnovica / PDV 0% / Ukupno za plaćanje (EUR); the no-PDV note; Napomena; "
        "Porudžbinu sastavio / Odgovorno lice, M.P.; PANTHEON foot with Strana 1 od 1",
        "seen",
        "djurdjevic_pantheon_rs",
    ),
    Layout(
        "valles-comanda-ca-xlsx",
        comanda_ca_xlsx,
        "ca workbook, a Granollers ceramics maker's own Excel COMANDA DE COMPRA in EUR: sheet Comanda in "
        "Arial without gridlines, the company with NIF on rows 1-3; COMANDA DE COMPRA merged across; two "
        "label | value blocks side by side (Proveïdor us, Adreça Xina, NIF / VAT, A l'atenció de; Núm. "
        "comanda CV-26/0418 as text, Data and Data de lliurament real dates shown dd/mm/yyyy, Moneda EUR); "
        "Forma de pagament, Condicions de lliurament, Adreça de lliurament over two rows, Persona de "
        "contacte; ruled table with a shaded head Núm. | Codi (CV-4102) | Descripció (à, è, ï, ò, ç, l·l) | "
        "Unitat (u., joc, m, kg, caixa) | Quantitat (1250.5) | Preu unitari (€) (0.0210) | Dte. % typed 5 "
        "and 3 | Import (€) =ROUND(E*F*(1-G/100),2) cached | Observacions; 15 lines; Base imposable, IVA 0% "
        "(importació) and TOTAL (€) as formulas; Observacions; Sol·licitat per / Aprovat per, Signatura i "
        "segell; print footer Pàgina &P de &N",
        "seen",
        "valles_comanda_ca_xlsx",
    ),
    Layout(
        "hongtai-haoshengyi-zh",
        haoshengyi_zh,
        "zh, a Wenzhou valve maker's 采购订单 printed by 畅捷通好生意 (Chanjet's cloud 进销存) "
        "with its default print template, CNY, 2 pages: company and 采购订单 centred on both pages; "
        "the head as label：value pairs three a row with no rules (单据编号 CGDD-2026-12-0037, "
        "单据日期 2026-12-23, 交货日期 2027-01-20, 供应商 us, 联系人, 联系电话, 采购员, 部门, "
        "结算方式 月结45天, 币种 人民币, 仓库), 收货地址 with the 收货人 in brackets after it and "
        "备注 across; a short head on page 2; ruled grid with a tinted head 序号 | 商品编码 "
        "(HT-07-0112) | 商品名称 | 规格型号 (wrapped by character in their cells) | 单位 | 数量 "
        "(1,500.00; 86.50) | 含税单价 (0.0850) | 含税金额 | 税率 13% | 行备注; 17 lines, 12 on "
        "page 1; 合计 row, 合计金额（大写）/（小写）¥; 整单备注; 制单人 / 审核人 / "
        "供应商确认（签字盖章）; 畅捷通好生意, 打印时间 and 第 n 页 共 2 页 in each foot",
        "seen",
        "hongtai_haoshengyi",
    ),
    Layout(
        "iliria-financa5-al",
        financa5_al,
        "sq, a Durrës pump distributor's Financa 5 URDHËR BLERJE in EUR, 1 page, Helvetica (ë, ç): "
        "the company with NIPT top left; URDHËR BLERJE Nr. UB-2026/0418 top right over a label : "
        "value block (Data 22.12.2026, Afati i dorëzimit 19.02.2027, Monedha EUR, Kushtet e pagesës "
        "30 ditë nga data e faturës, Kushtet e dorëzimit, Oferta juaj); Furnitori (us, Kinë, "
        "NIPT/NUIS) beside Vendi i dorëzimit (the warehouse's name, street, postcode town, "
        "Shqipëri); a fully ruled table with a grey head: Nr. | Kodi (IH-3105) | Përshkrimi "
        "(wrapped at words) | Njësia (copë, palë, kg, m, kuti, set) | Sasia (1.200; 62,5) | Çmimi "
        "(0,0650) | Zbritje % (5, 3) | Vlera pa TVSH after it; 15 lines; Vlera pa TVSH / TVSH 0% "
        "(import) / Totali për pagesë (EUR); Shënime; Përgatiti / Miratoi with (emri, mbiemri, "
        "nënshkrimi) and V.V.; foot with NIPT, Financa 5 and Faqe 1 nga 1",
        "seen",
        "iliria_financa5_al",
    ),
    Layout(
        "pelagonija-narachka-mk-xlsx",
        narachka_mk_xlsx,
        "mk workbook, a Bitola food-machinery maker's own Excel НАРАЧКА in EUR: sheet Нарачка in Arial "
        "without gridlines, the company with ЕДБ MK4002019512873 / ЕМБС 6481237 / Жиро сметка on rows 1-4; "
        "НАРАЧКА merged across with Број: НР-0418/26 under it; label | merged value rows (Добавувач us, "
        "Адреса на добавувачот Кина, Број на нарачка as text, Датум на нарачка and Рок на испорака real "
        "dates shown dd.mm.yyyy, Валута EUR, Начин на плаќање, Паритет FCA Шангај, Место на испорака over "
        "two rows, Лице за контакт); ruled table with a shaded head Р.бр. | Шифра (ПМ-20418) | Назив на "
        "производот (ѓ, ќ, ѕ, љ, њ, џ) | Ед. мера (парче, м, сет, кг, кутија) | Количина (1250.5) | "
        "Единечна цена (EUR) (0.045) | Рабат % typed 5 and 3 | Износ (EUR) =ROUND(E*F*(1-G/100),2) cached "
        "| Забелешка; 16 lines; Вкупно без ДДВ, ДДВ 0 % (увоз) and ВКУПНО ЗА ПЛАЌАЊЕ (EUR) as formulas; "
        "Забелешки; Подготвил / Одобрил, М.П.; print footer Страна &P од &N",
        "seen",
        "pelagonija_narachka_mk_xlsx",
    ),
    Layout(
        "jingwei-seeyon-zh",
        seeyon_zh,
        "zh, a Shaoxing rapier-loom maker's 采购订单 as a 致远 A8+ (Seeyon) 协同 form printed from "
        "Chrome to PDF, CNY, 2 pages: Chrome's date and title at the top of each page, the 协同's URL and "
        "n/2 at the foot; the 协同's subject 采购订单(王晓燕 2026-12-21 09:36) with 发起人 / 发起时间 / "
        "流程状态 over a rule; the company and 采购订单 centred, 单号 CGDD-202612-0087 at the right over a "
        "ruled grid of shaded label cells beside value cells three pairs a row (下单日期 | 申请部门 | "
        "采购员, 供应商名称 across | 供应商编码, 联系人 | 联系电话 | 币种 人民币, 付款方式 across | "
        "要求到货日期, 交货地址 across | 收货人 with a mobile number, 税率 13% | 发票类型 | 运输方式, "
        "备注 across); the 重复表 采购明细: 序号 | 物料编码 (JW-11-0203) | 物料名称 | 规格型号 (wrapped "
        "as a browser wraps, at a space or beside a Chinese character) | 单位 | 数量 with two decimals "
        "and no thousands (20000.00; 86.50) | 含税单价 with four (68.5000; 0.0320) | 含税金额 | 交货日期 "
        "per line | 备注; 16 lines; 合计 row, 合计金额（大写）/（小写）¥ as form cells; on page 2 the "
        "opinions bound into the form (部门经理意见, 财务审核意见, 总经理意见 with name and time) and 附件",
        "seen",
        "jingwei_seeyon",
    ),
    Layout(
        "eman-monitor-se",
        monitor_se,
        "sv, a Hultsfred forestry-machine maker's Monitor ERP INKÖPSORDER in USD, 2 pages, Helvetica (å, ä, "
        "ö, À): the company top left; INKÖPSORDER over a box of label-over-value cells (Ordernr 31874, "
        "Orderdatum 2026-12-18, Sida 1 (2)); Leveransadress (the company, Godsmottagning, port 3, street, "
        "postcode and town, Sverige) beside the supplier under Leverantör (us, KINA); label / value rows in "
        "two columns (Vår referens, Leverantörsnr; Er referens, Leveransvillkor FCA Shanghai, Leveranssätt, "
        "Betalningsvillkor 60 dagar netto, Valuta USD, Godsmärkning); rules over and under the column heads "
        "only: Pos | Artikelnr (310-2215) | Benämning (wrapped at words) | Lev.datum per line | Antal (2 000 "
        "with a no-break space, 250,00 and 62,50 in the unit's decimals) | Enh (st, m, kg, förp, set) | "
        "À-pris (0,0850) | Rab % (5,00) | Belopp; an Er art.nr: line (our code) in small grey type under "
        "every line and a Ritn.nr line under two; 18 lines, 16 on page 1, Forts. på nästa sida; page 2 "
        "under the same head with Leverantör on one line; Ordervärde exkl. moms / Moms 0 % / Totalt USD; "
        "conditions, Med vänlig hälsning; the footer with Postadress Box 114, Besöksadress, Org.nr, "
        "Momsreg.nr, Bankgiro, Godkänd för F-skatt on every page",
        "seen",
        "eman_monitor_se",
    ),
    Layout(
        "fjardataekni-pontun-is-xlsx",
        pontun_is_xlsx,
        "is workbook, a Hafnarfjörður fish-processing-equipment maker's own Excel INNKAUPAPÖNTUN in EUR: "
        "sheet Pöntun in Calibri without gridlines; the company top left (address, Kt. 540298-2369 / "
        "VSK-nr., phone and e-mail); INNKAUPAPÖNTUN top right over a label | value block (Pöntun nr. "
        "IP-26-0418 as text, Dagsetning and Afhendingardagur real dates shown d.m.yyyy, Gjaldmiðill EUR, "
        "Tilboð ykkar nr.); Birgir (us, Kína) and Afhendingarstaður (the goods reception, street, postcode "
        "and town, Ísland) side by side; label | merged value rows Greiðsluskilmálar, Afhendingarskilmálar, "
        "Flutningsmáti, Tengiliður okkar; ruled table with a shaded head Nr. | Vörunr. (FT-31020) | "
        "Vörunr. birgja (our code) | Lýsing (ð, þ, æ, ö; Ø, ×, ½) | Eining (stk., rúlla, m, kg, pk.) | Magn "
        "(1250.5) | Einingarverð (EUR) (0.0215) | Afsl. % typed 5 and 3 | Upphæð (EUR) "
        "=ROUND(F*G*(1-H/100),2) cached | Athugasemd; 16 lines; Samtals án VSK, VSK 0% (innflutningur) "
        "and SAMTALS TIL GREIÐSLU (EUR) as formulas; Athugasemdir; Pantað af / Samþykkt; print footer Síða "
        "&P af &N",
        "seen",
        "fjardataekni_pontun_is_xlsx",
    ),
    Layout(
        "corsent-jde-zh",
        jde_e1_zh,
        "zh, a Wuxi hydraulics plant's JD Edwards EnterpriseOne 采购订单 (R43500 through its BI Publisher "
        "template, the profile in Simplified Chinese), CNY, 2 pages, mailed as the batch job's "
        "R43500_CSN0001_4418203_PDF.pdf: the company in Chinese over its English name and address top "
        "left; 采购订单 over label | value rows top right, printed on both pages (订单号 1004187, 订单类型 "
        "OP, 订单公司 00100, 订单日期 2026/12/18, 页码 n / 2); 供应商 (address-book number 20418, us) "
        "beside 送货地址 (地址号 4100, the plant, its street, postcode and receiving desk) as shaded-head "
        "boxes; a strip of label-over-value boxes (采购员 王丽 (WANGLI), 请求日期 2027/01/15, 付款条件 "
        "月结60天, 运输方式, 交货条件, 币种 CNY); shaded column head, a hairline under each line, no "
        "vertical rules: 行号 1.000 | 项目号 (301-20045) | 说明 (Description 1 over Description 2) | "
        "请求日期 per line (2027/01/29 on three) | 数量 (2,400.00; 240.50) | 单位 as UOM codes (EA, BX, M, "
        "KG, ST, DR) | 单位成本 with four decimals (0.0850) | 延伸金额; 19 lines, 16 on page 1, *** 续下页 "
        "***; 不含税金额合计, 税额 (13%) and 订单总额（含税） CNY 155,824.18 (with the tax); 订单说明 1-3; "
        "采购员 / 采购经理 / 供应商确认（签字盖章）; foot R43500 / CSN0001, 打印日期, 用户 WANGLI",
        "seen",
        "corsent_jde",
    ),
    Layout(
        "kutaisi-fina-ge",
        fina_ge,
        "ka, a Kutaisi farm-machinery maker's FINA შესყიდვის შეკვეთა in USD, 2 pages, Georgian script in "
        "DejaVu Sans: the company with ს/კ 412731956, legal address, bank and IBAN (GE47BG...) top left; "
        "შესყიდვის შეკვეთა № 000418 centred over ქ. ქუთაისი, 21.12.2026; a ruled two-column table of the "
        "parties, მომწოდებელი (us, ჩინეთი) beside მყიდველი; a label: value block (შეკვეთის თარიღი, "
        "მიწოდების ვადა 15.02.2027, მიწოდების პირობები FOB შანხაი, გადახდის პირობები, ვალუტა USD, თქვენი "
        "წინადადება, საკონტაქტო პირი) and მიწოდების მისამართი over two lines (the warehouse, then street "
        "and town, საქართველო); a ruled grid with a grey head of two-line captions: № | კოდი (KAM-1021) | "
        "დასახელება (wrapped at words) | ზომის ერთ. (ცალი, კომპლ., რულონი, შეკვრა, კგ) | რაოდენობა (5 "
        "000,00 with a no-break space; 612,50) | ფასი, USD (0,0180) | ფასდ., % (5, 3) | თანხა, USD after "
        "it; 19 lines, 16 on page 1; page 2 under a short head (... (გაგრძელება)); ჯამი / დღგ 0% (იმპორტი) "
        "/ სულ გადასახდელი, USD; the sum in words; შენიშვნები; შეადგინა / დაამტკიცა (ხელმოწერა), ბ.ა.; "
        "FINA foot, გვერდი n / 2",
        "seen",
        "kutaisi_fina_ge",
    ),
    Layout(
        "andijon-buyurtma-uz-xlsx",
        buyurtma_uz_xlsx,
        "uz workbook, an Asaka car-parts maker's own Excel XARID BUYURTMASI in USD, Uzbek Latin (o‘, g‘, "
        "’): sheet Buyurtma in Times New Roman without gridlines, the company with STIR / OKED / H/r / MFO "
        "on rows 1-4 over a rule; XARID BUYURTMASI № XB-26-0418 merged across, Asaka sh. and 2026-yil "
        "17-dekabr (text) under it; label | merged value rows (Yetkazib beruvchi us, Manzili Xitoy, "
        "Buyurtma raqami as text, Buyurtma sanasi and Yetkazib berish muddati real dates shown dd.mm.yyyy, "
        "Valyuta USD, To‘lov shartlari, Yetkazib berish shartlari DAP Asaka, Yetkazib berish manzili over "
        "two rows, Mas’ul shaxs); ruled table with a shaded head T/r | Artikul (ADT-21045) | Mahsulot nomi "
        "| O‘lchov birligi (dona, kg, komplekt, o‘ram) | Miqdori (2450.5) | Narxi, USD (0.0115) | Summasi, "
        "USD =E*F cached | Izoh, and a row of column numbers 1-8 under the head; 17 lines; Jami =SUM, QQS "
        "0 % (import) and Jami to‘lovga, USD as formulas; the sum in words; Izohlar; BUYURTMACHI / "
        "YETKAZIB BERUVCHI requisites side by side; Tuzdi / Tasdiqlayman, M.O‘.; print footer Sahifa &P / "
        "&N",
        "seen",
        "andijon_buyurtma_uz_xlsx",
    ),
    Layout(
        "luwei-zhibang-zh",
        zhibang_zh,
        "zh, a Xiamen automation-equipment maker's 采购订单 printed by 智邦国际 ERP (a web ERP for small and "
        "mid-sized firms) through its print template, CNY, A4 landscape, 2 pages, saved as 采购订单打印.pdf: "
        "the company centred over 采购订单 with 单号：CG20261218003 at the right; the head as a ruled grid "
        "of shaded label cells beside values, four pairs a row (主题 across; 采购单号, 采购日期 2026-12-18, "
        "交货日期 2027-01-12, 采购人员; 供应商 us, 联系人, 联系电话, 所属部门; 结算方式 月结60天, 付款方式 "
        "银行转账, 币种 人民币, 发票类型; 交货地址 across three pairs, 收货人); a ruled product grid with a "
        "shaded head repeated on page 2 (the form's head is not): 序号 | 产品名称 before 产品编号 (dotted "
        "category codes 03.01.0125) | 型号规格 (wrapped as a browser wraps) | 单位 | 数量 as entered (10000; "
        "86.5) | 单价 with four decimals (0.0180) | 折扣 as a factor (1.00; 0.95, 0.98, 0.90) | 折后单价 | "
        "金额 after it | 交货日期 per line (two lines later) | 备注; 18 lines, 16 on page 1; 合计 row, "
        "合计金额（大写）and ¥33,908.20, 备注 1-3, 制单 / 审核 / 批准 / 供应商确认（盖章）; foot with "
        "打印时间, 打印人 and 第 n 页 / 共 2 页",
        "seen",
        "luwei_zhibang",
    ),
    Layout(
        "breerivier-pastel-za",
        pastel_za,
        "af, a Worcester (Western Cape) irrigation firm's AANKOOPBESTELLING from Sage Pastel Partner run in "
        "Afrikaans, in USD, A4 portrait, 2 pages, mailed as AB000418.pdf: on every page the company with "
        "Posbus, street, Tel / Faks, E-pos, BTW-nr. and Reg.nr. top left; AANKOOPBESTELLING over a box "
        "Dokumentnr. AB000418 / Datum 16/12/2026 / Bladsy n; Verskaffer (us) beside Aflewer aan (five "
        "lines: the company, Pakhuis 3, Nywerheidstraat 27, Worcester, 6850) in boxes; a strip of "
        "label-over-value boxes (Rekening QIH001, U verwysing, Koper, Afleweringsdatum 26/02/2027, "
        "Betaalterme 60 dae vanaf faktuurdatum, Valuta USD); a frame with a shaded head whose column rules "
        "run down through the empty rows, no rule between lines: Kode (KLEP-BAL-050) | Beskrywing (40 "
        "characters) | Hoeveelheid (20 000.00; 412.50) | Eenheid (stuk, rol, doos, kg) | Eenheidsprys with "
        "three decimals (0.085) | Afsl. % (0.00; 5.00, 2.50) | BTW % 0.00 | Totaal Uitsl.; numbers grouped "
        "by a space with a decimal point; two Pastel comment lines among the items; 19 lines, 17 on page 1; "
        "Boodskap beside the totals box (Vervolg... on page 1; Totaal Uitsl. / BTW / Totaal USD 16 772.10); "
        "Gemagtig deur / Datum; purchase conditions in small print",
        "seen",
        "breerivier_pastel_za",
    ),
    Layout(
        "nile-amr-shira-eg-xlsx",
        amr_shira_eg_xlsx,
        "ar workbook, a Tenth of Ramadan City pump maker's own Excel أمر شراء to us in USD, right to left: "
        "sheet أمر شراء laid out from the right (column A at the right edge) in Arial without gridlines; "
        "the company with سجل تجاري / بطاقة ضريبية on rows 1-4, أمر شراء and PURCHASE ORDER beside it; "
        "label | merged value pairs two a row (رقم أمر الشراء 2026/418 as text beside تاريخ أمر الشراء; "
        "اسم المورد us beside تاريخ التسليم المطلوب, real dates shown dd/mm/yyyy; عنوان المورد beside "
        "العملة دولار أمريكي (USD); عرض السعر beside شروط التسليم FOB شنغهاي), شروط الدفع (a documentary "
        "credit) and عنوان التسليم across, ميناء الوصول beside المسؤول; the letter's opening; ruled table "
        "with a shaded head م | كود الصنف (NE-BR-6205) | اسم الصنف والمواصفات (Egyptian workshop Arabic "
        "with Latin specifications: رولمان بلي 6205-2RS C3) | الوحدة (قطعة, علبة, كجم, بكرة, متر) | الكمية "
        "(612.5) | سعر الوحدة (دولار) (0.0650) | الخصم % typed 5 and 3 | الإجمالي (دولار) "
        "=ROUND(E*F*(1-G/100),2) cached | ملاحظات; 17 lines; الإجمالي, ضريبة القيمة المضافة (not charged) "
        "and الإجمالي المستحق as formulas; the sum in words (فقط … لا غير); ملاحظات وشروط عامة 1-4 (ACID); "
        "three signatures; print footer صفحة &P من &N",
        "seen",
        "nile_amr_shira_eg_xlsx",
    ),
    Layout(
        "kaifan-futong-zh",
        futong_trade_zh,
        "zh, a Ningbo export trading company's 采购订单 to the factory (us) printed by its 外贸 ERP "
        "(富通天下外贸ERP), CNY, 2 pages, mailed as 采购订单CG26120047（启航精工）.pdf: the company in "
        "Chinese over its English name and address, a double rule, 采购订单 centred; a ruled head of shaded "
        "label cells beside values, two pairs a row (供方 us / 需方, both addresses, 联系人 / 跟单员, "
        "采购单号 CG26120047 / 外销合同号 26KFE1187 (the export contract's number), 订单日期 / 交货日期 "
        "2027-01-25, 币种 人民币（RMB） / 付款方式, 交货地点 across (the forwarder's warehouse at Beilun), "
        "收货仓库 / 收货人); a ruled grid, head repeated on page 2: 序号 | 图片 (a product photo on every "
        "line, tall rows) | 货号 (KF-HF1021) | 工厂货号 (ours, QH-2031-06) | 品名 / 规格 (the name over its "
        "specification) | 单位 (只, 条, 米, 千克, 套) | 数量 (2,000; 86.5) | 含税单价 as keyed (2.35; "
        "0.3150) | 金额 | 装箱要求 (100只/盒 20盒/箱 wrapped); 18 lines, 11 on page 1; page 2 under a short "
        "head (采购订单（续）, 采购单号); 合计 row, 合计人民币（大写） with （小写）¥114,431.90; 条款 一-七 "
        "(EN / RoHS, neutral packing, AQL 2.5, a 13% 增值税专用发票 for the tax rebate); 正唛 / 侧唛 "
        "shipping marks in a box; 需方 / 供方（盖章）; foot 打印时间, 第 n 页 共 2 页",
        "seen",
        "kaifan_futong",
    ),
    Layout(
        "armhydromash-armsoft-am",
        armsoft_am,
        "hy, a Yerevan pump maker's ԳՆՄԱՆ ՊԱՏՎԵՐ printed by ArmSoft's ՀԾ-Ձեռնարկություն in USD, 1 page, "
        "Armenian script in DejaVu Sans: the company top left with ՀՎՀՀ 02573418, address, bank account and "
        "SWIFT, the labels ending in ՝; Մատակարար՝ (us, Չինաստան) and Ի գիտություն՝ top right; ԳՆՄԱՆ ՊԱՏՎԵՐ "
        "№ 0418 centred over a strip of label-over-value boxes (Պատվերի ամսաթիվ 21.12.2026, Մատակարարման "
        "ժամկետ 12.02.2027, Արժույթ USD, Մատակարարման պայմաններ CPT Երևան, Ձեր առաջարկը); label՝ value lines "
        "(Վճարման պայմաններ, Առաքման հասցե, Ստացող, Պատասխանատու); a ruled grid with a grey head of two-line "
        "captions: Հ/Հ | Կոդ (AH-01021) | Անվանում (wrapped at words) | Չափի միավոր (հատ, մ, կգ, տուփ) | "
        "Քանակ with three decimals (2,000.000; 612.500) | Գին, USD (0.4250) | Զեղչ, % (5, 3) | Գումար, USD "
        "after it; 18 lines; Ընդամենը առանց ԱԱՀ / ԱԱՀ 0% / Վճարման ենթակա, USD 21,469.76; the exchange rate "
        "and the value in drams (8,296,988.75 դրամ) under it; the sum in Armenian words; Նշումներ; Տնօրեն / "
        "Գլխավոր հաշվապահ / Կազմեց, Կ.Տ.; foot with the print time, Էջ 1 / 1",
        "seen",
        "armhydromash_armsoft",
    ),
    Layout(
        "ertis-tapsyrys-kz-xlsx",
        tapsyrys_kz_xlsx,
        "kk workbook, a Pavlodar hydraulics maker's own Excel ЖЕТКІЗУШІГЕ ТАПСЫРЫС in CNY, Kazakh Cyrillic "
        "(ә, ғ, қ, ң, ө, ұ, ү, і): sheet Тапсырыс in Arial without gridlines, the company with БСН / ЖСК / "
        "БСК / Кбе on rows 1-4 over a rule; ЖЕТКІЗУШІГЕ ТАПСЫРЫС № ЕГ-0418/26 merged across, Павлодар қ. and "
        "2026 жылғы 22 желтоқсан (text) under it; label | merged value rows (Жеткізуші us, Мекенжайы Қытай, "
        "Тапсырыс нөмірі as text, Тапсырыс күні and Жеткізу мерзімі real dates shown dd.mm.yyyy, Валюта CNY, "
        "Төлем шарттары, Жеткізу шарттары DAP Павлодар via Khorgos, Жеткізу мекенжайы, Жүк алушы, Жауапты "
        "тұлға); ruled table with a shaded head № | Артикул (ЕГ-10215, Cyrillic) | Тауардың атауы | ЕАЭО СЭҚ "
        "ТН коды (ten-digit customs code as text) | Өлш. бірл. (дана, кг, орам, жинақ) | Саны (612.5) | "
        "Бағасы, CNY (0.315) | Сомасы, CNY =ROUND(F*G,2) cached | Ескертпе; 17 lines; Барлығы =SUM, ҚҚС 0 % "
        "(импорт) and Төлеуге барлығы, CNY as formulas; the sum in Kazakh words; Ескертулер; Директор / Бас "
        "бухгалтер, Орындаған, М.О.; landscape, print footer Бет &P / &N",
        "seen",
        "ertis_tapsyrys_kz_xlsx",
    ),
    Layout(
        "dingfeng-chone-zh",
        chone_zh,
        "zh, a Kunshan (Taiwanese-invested) moulding plant's 采购单 printed by 正航 ERP (Chone, the "
        "Taiwanese package of many Taiwanese-invested plants) through its Crystal report, CNY, A4 portrait, "
        "2 pages, mailed as 采购单PO2612190015.pdf: the company over its English name and address, a double "
        "rule, 采  购  单 spaced, 页次：n/2 and 打印日期 at the right; the page header on both pages: "
        "borderless 标签：值 rows three a row, two-character labels padded with ideographic spaces "
        "(币　　别, 税　　别): 厂商编号 / 厂商简称 启航精工 / 采购单号 PO2612190015, 厂商名称 (us) / "
        "采购日期 2026/12/19, 联 系 人 / 电话 / 预交日期 2027/01/15, 付款条件 月结60天 / 币别 RMB / 汇率 "
        "1.0000, 税别 应税外加 / 税率 13% / 采购人员, 交货地点 across / 部门; the detail between a double "
        "rule and a single rule under the captions, no vertical rules: 项次 | 品号 (M02-0101-006) | 品名 | "
        "规格 (wrapped in its cell: 含石 | 墨) | 单位 (PCS, SET, KG, 瓶) | 数量 (20,000; 186.50 KG) | 单价 "
        "with four decimals (0.0420) | 金额 | 预交日期 per line | 备注; 12 lines on page 1 closed by "
        "（接下页）, 6 on page 2; 未税金额 / 税　　额 / 含税总额 36,885.80 (the total with the 13 % tax), "
        "含税总额（大写）, 合计项数; 注意事项 1-3; 核准 / 审核 / 采购 / 厂商确认回签（盖章）",
        "seen",
        "dingfeng_chone",
    ),
    Layout(
        "usora-wings-ba",
        wings_ba,
        "bs, a Tešanj (Bosnia and Herzegovina) farm-trailer maker's NARUDŽBENICA printed by Wings (Wings "
        "Soft's business package) in Bosnian, EUR, A4 portrait, 1 page, DejaVu Sans (č, ć, đ, š, ž), mailed "
        "as Narudzbenica NB-418-26.pdf: the company top left with ID broj, PDV broj, phone, fax, e-mail and "
        "transakcijski račun; a Dobavljač: box top right (us, Kina); NARUDŽBENICA br. NB-418/26 centred; "
        "label: value rows two a row (Datum narudžbe 17.12.2026 / Rok isporuke 26.02.2027, Vaša ponuda / "
        "Valuta EUR, Paritet FOB Šangaj / Način otpreme morem do luke Ploče), Uslovi plaćanja, Mjesto "
        "isporuke and Kontakt osoba across; a ruled grid with a shaded head R.br. | Šifra (12-1102) | Naziv "
        "artikla (wrapped at words) | JM (kom, kg, kompl.) | Količina (5.000,00; 612,50) | Cijena with four "
        "decimals (0,0850) | Rabat % (5,00 / 3,00 on four lines) | Iznos after it; dot thousands, decimal "
        "comma; 18 lines; Vrijednost robe / Rabat / Osnovica / PDV 0 % (uvoz) / UKUPNO ZA PLAĆANJE (EUR) "
        "25.569,08; Slovima in joined words with 08/100; Napomena 1-3; Narudžbu sastavila / M.P. / Odobrio; "
        "foot Wings, Štampano, Korisnik, Strana 1 od 1",
        "seen",
        "usora_wings_ba",
    ),
    Layout(
        "ziwa-oda-tz-xlsx",
        oda_tz_xlsx,
        "sw workbook, a Mwanza (Tanzania) engineering firm's own Excel ODA YA MANUNUZI (LPO) in Swahili, "
        "USD, mailed as LPO 418 Suzhou Qihang.xlsx: sheet LPO in Calibri without gridlines; the company on "
        "rows 1-4 (Kiwanja Na., S.L.P., Simu, Barua pepe, TIN and VRN) with ODA YA MANUNUZI / (LPO) at the "
        "right, over a rule; MSAMBAZAJI (us) at the left beside label | merged value rows at the right "
        "(Namba ya Oda ZEH/LPO/2026/418 as text, Tarehe ya Oda and Tarehe ya Kufikisha real dates shown "
        "dd/mm/yyyy, Sarafu USD, Nukuu Yenu); Masharti ya Malipo, Masharti ya Usafirishaji (CIF Dar es "
        "Salaam, then by rail), Mahali pa Kufikisha and Mhusika across; the request sentence; ruled table "
        "with a shaded head Na. | Namba ya Bidhaa (ZE-BR-6205) | Maelezo ya Bidhaa (Beringi, Mkanda wa V, "
        "Sili ya pampu (mechanical seal)) | Kipimo (kipande, seti, roli, boksi, kg, pea) | Idadi (612.5) | "
        "Bei ya Kipimo (USD) (0.065) | Punguzo % typed 5 and 3 | Jumla (USD) =ROUND(E*F*(1-G/100),2) "
        "cached; 17 lines; Jumla Ndogo, VAT 0% and JUMLA KUU (USD) as formulas; Kwa maneno (Dola za "
        "Kimarekani …); MAELEZO 1-3 (PVoC CoC); Imeandaliwa na / Imeidhinishwa na / Sahihi na Muhuri wa "
        "Msambazaji; print footer Ukurasa &P kati ya &N",
        "seen",
        "ziwa_oda_tz_xlsx",
    ),
    Layout(
        "derui-landray-zh",
        landray_ekp_zh,
        "zh, a Foshan die-casting-machine maker's 采购订单 as a 蓝凌 EKP (Landray OA) approval flow, "
        "printed from its print view with Chrome and saved under the flow's subject "
        "(采购订单-苏州启航精工-CG202612100007.pdf), CNY, A4 portrait, 2 pages: Chrome's header (date, "
        "title) and foot (the km_review print URL, 1/2); 采购订单 centred; 基本信息 (主题, 申请人, "
        "所属部门, 申请时间, 流程状态 已通过, 文档编号, 紧急程度) and 表单内容 as ruled grids of shaded "
        "label cells beside value cells, two pairs a row (订单编号 CG202612100007, 订单日期 2026-12-10; "
        "采购方, 采购员; 供应商名称 us, 供应商编码; 联系人, 联系电话; 采购类型, 币种 人民币; 要求到货日期 "
        "2027-01-15, 付款条件 货到票到月结90天; 税率 13%, 发票类型; 收货地址 across; 收货人 across); "
        "采购明细 as a ruled table whose head Chrome repeats on page 2: 序号 | 物料编码 (ten digits) | "
        "物料名称 | 规格型号 (wrapped as a browser wraps) | 单位 (台, 个, 套, 根, 米, 只, 千克) | 数量 with "
        "two decimals, no thousands (480.50) | 含税单价 with four (4850.0000) | 含税金额 (38,800.00) | "
        "需求日期 per line | 备注; 17 lines, 12 on page 1; 合计 row, 合计金额（大写）and "
        "合计金额（小写）¥151,927.55; 备注说明 1-3; 审批记录 (节点 | 处理人 | 操作 | 处理意见 | 处理时间, "
        "four steps)",
        "seen",
        "derui_landray",
    ),
    Layout(
        "tenger-acolous-mn",
        acolous_mn,
        "mn, an Ulaanbaatar mining-hydraulics firm's ХУДАЛДАН АВАХ ЗАХИАЛГА printed by Acolous (the "
        "Mongolian accounting package) to us in CNY, A4 portrait, 2 pages, Mongolian Cyrillic (ө, ү) in "
        "DejaVu Sans, saved as Захиалга ХАЗ-000418.pdf: the company with Регистрийн дугаар, address, phone, "
        "e-mail, Khan Bank yuan account and SWIFT; ХУДАЛДАН АВАХ ЗАХИАЛГА № ХАЗ-000418 centred over 2026 "
        "оны 12 дугаар сарын 09 and Улаанбаатар хот; Захиалагч beside Нийлүүлэгч (us, Хятад Улс) in boxes "
        "with shaded captions; label: value lines (Захиалгын огноо 2026.12.09, Нийлүүлэх хугацаа "
        "2027.01.29, Валют CNY (юань), Нийлүүлэх нөхцөл DAP Замын-Үүд, Төлбөрийн нөхцөл, Хүргэх хаяг, "
        "Хүлээн авагч, Үнийн санал); ruled grid with a grey head № | Барааны код (ТГ-01021) | Барааны нэр, "
        "үзүүлэлт (wrapped at words) | Хэмжих нэгж (ш, м, кг, хайрцаг, ороомог) | Тоо хэмжээ (5,000.00; "
        "1,250.50) | Нэгжийн үнэ as keyed (0.8650; 1,260.00) | Хөнг. % (5, 3) | Нийт дүн after it; 19 "
        "lines, 17 on page 1, Үргэлжлэл дараагийн хуудсанд; page 2 under a short head (үргэлжлэл); Дүн / "
        "НӨАТ 0% / Нийт төлөх дүн, CNY 112,267.30; Мөнгөн дүн үсгээр; Тайлбар 1-3; Захиалга өгсөн / Хянасан "
        "/ Баталсан with /Б.Гантулга/ names and Т.Т.; foot with Acolous, the print time and Хуудас n / 2",
        "seen",
        "tenger_acolous_mn",
    ),
    Layout(
        "aryapump-sefaresh-ir-xlsx",
        sefaresh_ir_xlsx,
        "fa workbook, a Tabriz pump maker's own Excel سفارش خرید to us in CNY, right to left: sheet سفارش "
        "خرید laid out from the right in B Nazanin without gridlines; باسمه تعالی on row 1; the company "
        "with شناسه ملی / کد اقتصادی / شماره ثبت, address and phone in Persian digits; the letterhead's "
        "شماره AP-1405-0418 / تاریخ ۱۴۰۵/۰۹/۲۳ (Jalali, text) / پیوست ندارد box; label | merged value pairs "
        "two a row (فروشنده us beside تاریخ سفارش (میلادی); نشانی فروشنده beside تاریخ تحویل (میلادی), real "
        "dates shown yyyy/mm/dd; شماره پیش‌فاکتور beside ارز یوان چین (CNY); شرایط تحویل CFR بندرعباس "
        "beside شماره ثبت سفارش), شرایط پرداخت and محل تحویل across, مسئول پیگیری beside حمل; احتراماً "
        "opening; ruled table with a shaded head ردیف | کد کالا (31020145) | شرح کالا | واحد (عدد, متر, "
        "بسته, کیلوگرم, دستگاه, قرقره) | مقدار (350.5) | فی (یوان) (0.4250) | تخفیف ٪ typed 5 and 3 | مبلغ "
        "کل (یوان) =ROUND(E*F*(1-G/100),2) cached | توضیحات; 18 lines; جمع کل, ارزش افزوده (paid at "
        "customs) and مبلغ قابل پرداخت (یوان) as formulas; مبلغ به حروف; توضیحات 1-4; three signatures with "
        "مهر و امضا; print footer صفحه &P از &N",
        "seen",
        "aryapump_sefaresh_ir_xlsx",
    ),
    Layout(
        "oulong-tongda-zh",
        tongda_oa_zh,
        "zh, a Wenzhou valve maker's 采购订单 as a 通达OA workflow form printed from its 打印 view with "
        "Chrome (headers and footers off) and saved under the work's name, the flow and its creation time "
        "with the colons as underscores (采购订单(2026-12-15 09_32_11).pdf), CNY, A4 portrait, 1 page: "
        "流水号 and 工作名称/文号 over the form; 采购订单 centred; the designer's ruled table of shaded "
        "label cells beside value cells two pairs a row (订单编号 OL-CG2612-0418 / 下单日期 2026-12-15, "
        "采购方 / 采购员, 供应商 us / 供应商联系人, 所属部门 / 联系电话, 要求交货日期 2027-01-20 / 付款方式 "
        "月结60天，6个月银行承兑汇票, 币别 人民币 / 发票要求, 送货地址 and 收货人 across); 采购明细 as the "
        "form's list control: 序号 | 物料编号 (OL-FJ-0215) | 物料名称 | 规格型号 | 单位 (根, 只, 套, 台, "
        "千克, 片) | 数量 as typed (1500; 62.5) | 单价 as typed (0.365) | 金额 computed, two decimals, no "
        "thousands | 备注; the control's 合计 row (数量 and 金额); 合计金额（大写） beside "
        "合计金额（小写）：¥86755.10; 备注 1-3; 会签意见 of 采购经理 / 财务 / 总经理 with the signer and "
        "time; 16 lines",
        "unseen",
        "oulong_tongda",
    ),
    Layout(
        "teguhjaya-autocount-my",
        autocount_my,
        "ms, a Pasir Gudang (Johor) fabricator's PESANAN PEMBELIAN printed by AutoCount Accounting (the "
        "package most Malaysian SMEs keep their books in) in Malay to us in USD, A4 portrait, 1 page, "
        "exported as PO-2612-0418.pdf: the company with No. Syarikat 201501014418 (1141418-K) (SSM's new "
        "and old numbers), address, Tel / Faks / E-mel and its SST number; Kepada: (us, U.P. the contact) "
        "beside Hantar Ke: (the yard); PESANAN PEMBELIAN over a ruled box (No. P/O, Tarikh 16/12/2026, "
        "Terma T/T 30 hari dari tarikh B/L, Mata Wang USD, Kadar Tukaran, Ruj. Anda, Halaman 1 / 1); a "
        "strip of Tarikh Penghantaran 05/02/2027, Syarat Penghantaran FOB Shanghai, Pembeli; an unruled "
        "body in a column frame under a grey head Bil. | Kod Item (TJ-BR-6208) | Perihal (wrapped at words) "
        "| Kuantiti (1,500.00; 62.50) | UOM (PCS, SET, UNIT, BOX, MTR, KG) | Harga Unit as keyed (0.3650) | "
        "Diskaun (5% on three lines) | Jumlah (USD) after it; 18 lines; Jumlah Kecil, Cukai (0%), Jumlah "
        "Besar USD; the sum in Malay words (DOLAR AMERIKA SYARIKAT: … SAHAJA); Catatan 1-4; Disediakan / "
        "Disemak / Diluluskan Oleh and (Cop Syarikat); a foot with Dicetak pada and Dokumen ini dijana oleh "
        "komputer.",
        "unseen",
        "teguhjaya_autocount_my",
    ),
    Layout(
        "galron-hazmana-il-xlsx",
        hazmana_il_xlsx,
        "he workbook, an Emek Hefer irrigation-equipment maker's own Excel הזמנת רכש to us in USD, right "
        "to left, mailed as הזמנת רכש PO-26-0418.xlsx: sheet הזמנת רכש laid out from the right in Arial "
        "without gridlines; the company with ת.ד., מיקוד, טל' / פקס / דוא\"ל and ח.פ. 514184182 beside "
        "הזמנת רכש; a rule; label | merged value pairs two a row (לכבוד us beside הזמנה מס' PO-26-0418; "
        "כתובת beside תאריך 17/12/2026 and איש קשר beside תאריך אספקה 25/02/2027, real dates shown "
        'dd/mm/yyyy; הצעת מחיר beside מטבע דולר ארה"ב (USD); תנאי תשלום שוטף + 60 beside תנאי אספקה FOB '
        "Ningbo); כתובת למשלוח across; מזמין beside טלפון; ruled table with a shaded head מס' | מק\"ט "
        "(40-21-0185) | תיאור הפריט | יח' מידה (יח', מטר, קרטון, סט, ק\"ג) | כמות (62.5; 350.5) | מחיר "
        "ליח' ($) (0.0950) | הנחה % typed 5 and 3 | סה\"כ ($) =ROUND(E*F*(1-G/100),2) cached | הערות; 17 "
        'lines; סה"כ לפני מע"מ, מע"מ 0% (paid at customs) and סה"כ לתשלום ($) as formulas; הערות 1-4; '
        "three signatures with חתימה וחותמת; print footer עמוד &P מתוך &N",
        "unseen",
        "galron_hazmana_il_xlsx",
    ),
    Layout(
        "jiamei-h3yun-zh",
        h3yun_zh,
        "zh, a Foshan furniture-hardware maker's 采购订单 printed from 氚云 (H3 Yun, the low-code cloud "
        "app small Guangdong firms build their own forms and approval flows in) through its 打印模板, "
        "CNY, 1 page, saved as 采购订单-CGDD20261207003.pdf: the company and 采购订单 centred, a QR "
        "code's box at the right; a ruled head of shaded label cells beside value cells two pairs a row "
        "(供应商 us / 单据号, 联系人 / 联系电话, 下单日期 2026-12-07 / 要求交期 2027-01-10, 付款方式 / "
        "币种 人民币), 收货地址 and 备注 across; 采购明细: ruled 子表 序号 | 物料编码 (JM-HG-3510) | "
        "物料名称 | 规格型号 (wrapped) | 单位 (个, 套, 千克, 米, 卷) | 数量 in two decimals (20000.00; "
        "86.50) | 含税单价 as keyed (0.1850) | 折扣(%) as the price paid (100, 95, 98) | 金额 without "
        "thousands; 15 lines; 合计 row with the quantities' and amounts' sums, 金额合计（大写）; "
        "审批记录 (发起 / 采购主管审批 / 总经理审批 with 同意 and times); 供应商确认（盖章）; foot "
        "打印人 / 打印时间 / 第1页 共1页",
        "seen",
        "jiamei_h3yun",
    ),
    Layout(
        "nioman-galaktika-by",
        galaktika_by,
        "be, a Grodno hydraulics plant's ЗАМОВА ПАСТАЎШЧЫКУ printed by Галактыка ERP in Belarusian, to "
        "us in CNY, A4 portrait, 1 page, saved as Замова 418-26.pdf: the company top left (УНП, IBAN "
        "BY.., Беларусбанк, phone, e-mail), a Пастаўшчык: box top right (us, Кітай); ЗАМОВА ПАСТАЎШЧЫКУ "
        "№ 418/26-З centred; label: value rows two a row (Дата замовы 16.12.2026 / Тэрмін пастаўкі "
        "20.02.2027, Ваша прапанова / Валюта CNY, Умовы пастаўкі FCA Шанхай / Транспарт by rail), Умовы "
        "аплаты, Месца пастаўкі and Адказная асоба across; a ruled grid with a shaded head of two-line "
        "captions № п/п | Код (28.12.0418) | Найменне тавару (wrapped at words) | Адз. вым. (шт., кг, "
        "м, кампл.) | Колькасць with three decimals (5 000,000; 612,500) | Цана, CNY as keyed (0,4250; "
        "842,00) | Скідка, % (5 and 3 on five lines) | Сума, CNY after it; space thousands, decimal "
        "comma; 17 lines; Усяго без ПДВ / ПДВ 0 % (імпарт) / Усяго да аплаты, CNY 145 885,19; Сума "
        "прапісам; Заўвагі 1-3; Дырэктар / Галоўны бухгалтар / Выканаўца with lines and М.П.; foot "
        "Галактыка ERP, Надрукавана, Старонка 1 з 1",
        "seen",
        "nioman_galaktika_by",
    ),
    Layout(
        "abay-tizaz-et-xlsx",
        tizaz_et_xlsx,
        "am workbook, an Addis Ababa metal-works importer's own Excel የግዢ ትዕዛዝ (PURCHASE ORDER) in "
        "Amharic (Ethiopic script), USD, mailed as PO 0418 Qihang.xlsx: sheet የግዢ ትዕዛዝ without "
        "gridlines; the company in Amharic over its English name, address, ስልክ, ኢሜይል, TIN over a rule; "
        "አቅራቢ: (us) at the left beside label | merged value rows (የትዕዛዝ ቁጥር ABM/PO/0418/26 as text, "
        "የትዕዛዝ ቀን (እ.ኤ.አ) and የሚረከብበት ቀን (እ.ኤ.አ) real dates shown dd/mm/yyyy, ገንዘብ USD, የፕሮፎርማ ቁጥር); "
        "የክፍያ ሁኔታ (L/C at sight), የማጓጓዣ ሁኔታ (CFR Djibouti, then by rail to Modjo dry port), የማስረከቢያ ቦታ "
        "and ተጠሪ across; the request sentence ending in ።; ruled table with a shaded head ተ.ቁ | የዕቃ ኮድ "
        "(ABM-HG-102) | የዕቃው ዝርዝር | መለኪያ (ቁጥር, ኪ.ግ, ሜትር, ጥቅል, ስብስብ, ጥንድ) | ብዛት (612.5) | የአንዱ ዋጋ (USD) "
        "(0.145; 0.625) | ቅናሽ % typed 5 and 3 | ጠቅላላ ዋጋ (USD) =ROUND(E*F*(1-G/100),2) cached; 16 lines; "
        "ድምር =SUM, ቫት 0% and ጠቅላላ ድምር (USD) as formulas; ማሳሰቢያ 1-3; ያዘጋጀው / ያጸደቀው / የአቅራቢው ፊርማና ማህተም; "
        "print footer ገጽ &P ከ &N",
        "seen",
        "abay_tizaz_et_xlsx",
    ),
    Layout(
        "mingdao-hap-zh",
        mingdao_hap_zh,
        "zh, a Ningbo mould maker's 采购订单 kept in an app built on 明道云 (Mingdao HAP, the no-code "
        "platform) and printed through the worksheet's Word 打印模板 to PDF under the template's name and "
        "the record's number (采购订单_MH-PO-2612-018.pdf), CNY, A4 portrait, 1 page: the Word page "
        "header (company left, 采购订单 right, a rule); the company and 采购订单 centred; a Word table of "
        "label cells beside value cells two pairs a row (订单编号 MH-PO-2612-018 / 下单日期 2026-12-16, "
        "供应商 us / 供应商联系人, 采购员 / 联系电话, 要求到货日期 2027-01-25 / 结算币种 人民币), "
        "付款条件 货到票到后月结30天，电汇 and 收货地址 across; 采购明细: the 子表 as a ruled Word table "
        "with two-line captions 序号 | 物料编码 (MH-MJ-1102) | 物料名称 | 规格型号 (wrapped at spaces and "
        "between Chinese characters) | 单位 (支, 件, 个, 千克, 箱) | 数量 in two decimals with thousands "
        "(1,500.00; 862.50) | 单价 over (含税) in four fixed decimals (18.6000; 0.1250) | 金额 over "
        "(含税) | 备注 (wrapped); 17 lines; the 合计 row; 不含税金额 / 税额（13%） / 价税合计：¥54,714.80 "
        "in one row; 价税合计（大写）; 订单说明 1-4; 制单 / 审核 / 批准 / 供应商确认（签字盖章）; Word "
        "footer 打印时间 and 第 1 页 共 1 页",
        "seen",
        "mingdao_hap_zh",
    ),
    Layout(
        "bayanihan-pagbili-ph",
        pagbili_ph,
        "fil, a Valenzuela City (Metro Manila) hardware and industrial-supply distributor's ORDER NG "
        "PAGBILI from its BIR-registered computerized accounting system with the forms set in Filipino, to "
        "us in USD, A4 portrait, 1 page, exported as PO-BHI-26-00418.pdf: the company centred with its "
        "address, VAT Reg. TIN and phone; ORDER NG PAGBILI; boxes Tagapagtustos: (us) and Ipadala sa: (the "
        "warehouse over three lines) beside label : value pairs (Blg. ng P.O., Petsa 12/16/2026 month first, "
        "Petsa ng Paghahatid 02/05/2027, Pera USD, Paraan ng Pagpapadala FOB Xiamen, Inihanda ni); Mga "
        "Tuntunin ng Pagbabayad T/T 30% paunang bayad, 70% bago ang pagpapadala; a ruled table with a grey "
        "head of two-line captions Blg. | Kodigo ng Item (HT-DR-13V) | Paglalarawan (English and Tagalog, "
        "wrapped at words) | Dami (1,500; 312.50) | Yunit (set, pcs, kahon, rolyo, kg, metro) | Presyo "
        "bawat Yunit as keyed (0.4250) | Diskwento (%) (5.00 on four lines) | Halaga after it; 16 lines; "
        "Kabuuan (Gross), Diskwento (441.42) and Kabuuang Halaga (USD); Halaga sa Salita in English words "
        "(US DOLLARS: … AND 58/100 ONLY); Mga Tala 1-4; Inihanda / Sinuri / Inaprubahan ni; the BIR CAS "
        "foot (Acknowledgment Certificate No., Date Issued, HINDI ITO OPISYAL NA RESIBO), Pahina 1 ng 1",
        "seen",
        "bayanihan_pagbili_ph",
    ),
    Layout(
        "xezer-sifaris-az-xlsx",
        sifaris_az_xlsx,
        "az workbook, a Baku steel-structure builder's own Excel ALIŞ SİFARİŞİ in Azerbaijani (Latin "
        "script), USD, mailed as Sifariş XMK-2026-418.xlsx: sheet Sifariş in Arial without gridlines; the "
        'company ("Xəzər Metal Konstruksiya" MMC) with its Lökbatan address, VÖEN, Tel / e-poçt and bank '
        "account beside ALIŞ SİFARİŞİ; a rule; label | merged value pairs two a row (Təchizatçı us / "
        "Sifariş № XMK-2026-418 as text, Ünvan / Tarix 18.12.2026, Əlaqədar şəxs / Çatdırılma tarixi "
        "01.03.2027, real dates shown dd.mm.yyyy, Kommersiya təklifi / Valyuta ABŞ dolları (USD), Ödəniş "
        "şərtləri Konosament tarixindən 60 gün sonra / Çatdırılma şərtləri CFR Poti); Çatdırılma ünvanı "
        "across; Məsul şəxs / Telefon; ruled table with a shaded head whose captions break inside their "
        "cells (Ölçü vahidi, Qiymət (USD), Endirim (%), Məbləğ (USD)): № | Məhsul kodu (XM-FL-0418) | "
        "Məhsulun adı | Ölçü vahidi (ədəd, kq, dəst, qutu, metr, rulon, cüt) | Miqdar (1250; 62.5) | Qiymət "
        "(0.385; 0.425) | Endirim typed 5, 10 and 3 | Məbləğ =ROUND(E*F*(1-G/100),2) cached | Qeyd; a "
        "note row merged across the table after line 9; 18 lines; Cəmi (USD) =SUM, ƏDV 0% (idxal) and "
        "Yekun məbləğ (USD) as formulas; Məbləğ sözlə in Azerbaijani words; Qeydlər 1-4; Hazırladı / "
        "Təchizat şöbəsinin rəisi / Direktor with İmza and M.Y.; print footer Səhifə &P / &N",
        "seen",
        "xezer_sifaris_az_xlsx",
    ),
    Layout(
        "jackyun-zh",
        jackyun_zh,
        "zh, a Hangzhou home-goods e-commerce brand's 采购单 printed from 吉客云 (Jackyun ERP) through its "
        "default 打印模板 and saved under the bill number (采购单_CG20261217000418.pdf), CNY, A4 portrait, 1 "
        "page: 打印时间 at the top right; the company centred over 采购单; an unruled head of label：value "
        "three a row (采购单号 CG20261217000418 | 采购日期 2026-12-17 | 预计到货 2027-01-15; 供应商 us | "
        "联系人 | 联系电话; 采购员 | 收货仓库 | 结算方式 月结45天; 币种 人民币 | 税率 13% | 物流方式), "
        "收货地址 and 单据备注 across; a ruled table 序号 | 货品编号 (SG-WJ-20318) | 货品名称 (wrapped as a "
        "browser wraps a cell: 三节静音抽屉滑轨（冷轧钢镀 / 锌）) | 规格 | 单位 (个, 套, 件, 千克, 米, 卷) | "
        "数量 as keyed (2400; 62.5) | 含税单价 with four decimals (0.3250) | 折扣 as the rate paid (95% on "
        "four lines, 100% elsewhere) | 含税金额 after it, with thousands (9,576.00) | 备注; the 合计 row; "
        "合计金额（大写） beside 合计金额：¥86,487.00; 制单人 / 审核人 / 供应商确认（签字盖章）; "
        "第1页 共1页; 16 lines",
        "seen",
        "shiguang_jackyun",
    ),
    Layout(
        "kwanza-phc-ao",
        phc_ao,
        "pt-AO, a Luanda hardware importer's Encomenda a Fornecedor printed by PHC CS (Compras) in Angolan "
        "Portuguese (Director, Recepção, factura) to us in USD, A4 portrait, 1 page, saved as Encomenda a "
        "Fornecedor n.º 418.pdf: the company with Contribuinte n.º, Rua, Telef. / Telemóvel / E-mail; "
        "Exmo.(s) Sr.(s) over a box with us; Encomenda a Fornecedor n.º 418 and Original; a ruled strip of "
        "captions over values (Data 18.12.2026 | V/ Referência | Moeda USD | Câmbio 912,4500 | Requisitante "
        "| Pág. 1/1); Data de Entrega Prevista 26.02.2027, Condições de Pagamento 30% antecipado, 70% "
        "contra cópia do B/L, Local de Descarga (Viana, Luanda) and Expedição CIF Luanda; an unruled body "
        "in a column frame under a grey head Referência (KF-BB-0418) | Designação (wrapped at words) | Qtd. "
        "(1.500,00; 62,50) | Un. (UN, MT, CX, JG, RL, KG) | Preço Unit. (0,3650) | Desc. % (5,00 and 10,00 "
        "on five lines) | Total after it; 17 lines; Total Ilíquido, Total Desconto, Total Líquido, IVA 0,00 "
        "and Total (USD) 24.782,23; São: the sum in Portuguese words (dólares americanos … cêntimos); "
        "Observações 1-3; three signatures; a foot Processado por computador | PHC CS and Pág. 1/1",
        "seen",
        "kwanza_phc_ao",
    ),
    Layout(
        "pamir-farmoish-tj-xlsx",
        farmoish_tj_xlsx,
        "tg workbook, a Dushanbe road builder's own Excel Фармоиши харид in Tajik (Cyrillic with ӣ, ӯ, қ, ғ, "
        "ҳ, ҷ) to us in USD, mailed as Фармоиши харид ФХ-0418-26.xlsx: sheet Фармоиш in Times New Roman "
        "without gridlines; ҶДММ «Помир Транс Сохтмон» with РМА, Тел. and почтаи электронӣ beside ФАРМОИШИ "
        "ХАРИД; a rule; label | merged value pairs two a row (Ба us beside Рақами фармоиш ФХ-0418/26; Суроға "
        "beside Сана 21.12.2026 and Шахси масъул beside Мӯҳлати расонидан 15.03.2027, real dates shown "
        "dd.mm.yyyy; Пешниҳоди нарх beside Асъор доллари ИМА (USD); Шартҳои пардохт 50% пешпардохт, … beside "
        "Шартҳои расонидан DAP Душанбе); Суроғаи расонидан across (the Khorog depot); Фармоишгар beside "
        "Телефон; a ruled two-row head (№ | Рамзи мол | Номгӯи мол | Воҳиди ченак | Миқдор merged down, Нарх "
        "ва маблағ, USD over Нархи воҳид | Тахфиф, % | Маблағ, Эзоҳ); Рамзи мол in Cyrillic (ПТС-ПД-6310), "
        "names wrapped in their cells, units дона, м, кг, қуттӣ, ҷуфт, маҷмӯа, 62.5 and 350.5 as quantities, "
        "Тахфиф typed 5 and 3 on six lines, Маблағ =ROUND(E*F*(1-G/100),2) cached; 18 lines; Ҳамагӣ, "
        "ААИ 0% and Ҳамагӣ барои пардохт, USD as formulas; Бо ҳарф: the sum in Tajik words; Эзоҳ 1-3; "
        "Директор / Сармуҳосиб / Мутахассиси таъминот and Ҷ.М.; print footer Саҳифаи &P аз &N",
        "seen",
        "pamir_farmoish_tj_xlsx",
    ),
    Layout(
        "wanliniu-zh",
        wanliniu_zh,
        "zh, a Hangzhou tool distributor's 采购单 (it sells on Tmall and JD) printed from 万里牛 "
        "(Hupun's e-commerce ERP) with the default 打印模板 and saved from Chrome as "
        "采购单_CG202612140018.pdf, CNY, A4 portrait, 1 page: the company centred over 采购单, a Code "
        "128 barcode of the number top right; an unruled head of label：value pairs three a row "
        "(采购单号 CG202612140018 / 采购日期 2026-12-14 / 预计到货 2026-12-28, 供应商 us / 联系人 / "
        "联系电话, 收货仓库 / 采购员 / 结算方式 月结30天（票到）, 收货地址 and 单据备注 across); a "
        "ruled table 序号 | 商品编码 (DC-ZC-6202) | 商品名称 wrapped at any character | 规格 | 单位 "
        "(个, 根, 套, 盒, 米, 台, 千克) | 数量 as keyed (5000; 62.5) | 单价 as keyed (0.365) | 折扣 "
        "as the rate paid (95% on three lines, 100% on the rest) | 金额 after it (11,580.00) | 备注; "
        "the 合计 row (数量 and 金额); 合计金额(大写) beside 合计金额：¥79,879.35; 采购须知 1-3; "
        "制单人 / 审核人 / 供应商确认(签章); 打印时间 and 第1页 共1页 at the foot; 18 lines",
        "unseen",
        "dingchuang_wanliniu",
    ),
    Layout(
        "pampa-tango-ar",
        tango_ar,
        "es, a Rafaela (Santa Fe) agricultural-machinery maker's ORDEN DE COMPRA printed by Tango "
        "Gestión (Axoft) in Argentine Spanish to us in USD, A4 portrait, 1 page, exported as ORDEN DE "
        "COMPRA 0001-00004182.pdf: the company with IVA Responsable Inscripto; ORDEN DE COMPRA, N° "
        "0001-00004182 (point of sale and number), Fecha 15/12/2026, C.U.I.T., Ing. Brutos and Inicio "
        "de Actividades top right; a ruled box for the Proveedor (code - us, Domicilio, Localidad, "
        "País, Id. fiscal) beside one of Cond. de compra 30% anticipado, saldo a 60 días fecha B/L, "
        "Moneda U$S - Dólar estadounidense, Cotización 1.045,50, Fecha de entrega 22/02/2027, "
        "Comprador; Lugar de entrega across; an unruled body in a column frame under a grey head "
        "Artículo (RD-6205-2RS) | Descripción (wrapped at words) | Cantidad (1.500,00; 1.250,50) | "
        "U.M. (UN, JGO, CJ, MT, KG) | Precio Unit. as keyed (0,3650; 0,185) | % Bonif. (5,00 on four "
        "lines, 0,00 on the rest) | Importe (1.825,43); 17 lines; Subtotal, Bonif. general 0,00 %, "
        "I.V.A. (se abona en despacho) 0,00, TOTAL U$S 25.794,54; Son dólares estadounidenses: … con "
        "54/100; Observaciones 1-3; Confeccionó / Autorizó / Recibí conforme; the Tango user and Hoja "
        "1 de 1 at the foot",
        "unseen",
        "pampa_tango_ar",
    ),
    Layout(
        "malta-ordni-mt-xlsx",
        ordni_mt_xlsx,
        "mt workbook, a Ħal Far engineering firm's own Excel Ordni tax-Xiri in Maltese (ċ, ġ, ħ, ż, "
        "għ) to us in EUR, mailed as Ordni tax-Xiri HF-PO-26-0418.xlsx: sheet Ordni in Calibri "
        "without gridlines; the company with Numru tal-VAT MT 1418 4182 beside ORDNI TAX-XIRI; label "
        "| merged value pairs two a row (Fornitur us beside Numru tal-Ordni HF-PO-26-0418; Indirizz "
        "beside Data 18/12/2026 and Persuna ta' Kuntatt beside Data tal-Kunsinna 05/03/2027, real "
        "dates shown dd/mm/yyyy; Kwotazzjoni beside Munita EUR (€); Kundizzjonijiet tal-Ħlas 60 jum "
        "mid-data tal-fattura beside Kunsinna CIF Marsaxlokk); Indirizz tal-Kunsinna across; a ruled "
        "table whose shaded captions wrap over two lines (Nru. | Kodiċi tal-Oġġett (HF-BR-6206) | "
        "Deskrizzjoni wrapped in its cell | Unità (biċċa, sett, kaxxa, metru, kg) | Kwantità (62.5; "
        "185.5) | Prezz tal-Unità (€) (0.3650) | Skont % typed 5 and 10 | Ammont (€) "
        "=ROUND(E*F*(1-G/100),2) cached); two Nota: rows under their lines, unnumbered; 16 lines; "
        "Subtotal, VAT 0% (importazzjoni – titħallas fid-dwana) and Total Dovut (€) as formulas; Noti "
        "1-3; Ippreparat minn / Approvat minn with Firma; print footer Paġna &P minn &N",
        "unseen",
        "malta_ordni_mt_xlsx",
    ),
    Layout(
        "haoyecai-zh",
        haoyecai_zh,
        "zh, a Ningbo trading company's 采购订单 printed from 用友好业财 (Yonyou Haoyecai, the cloud "
        "accounting and stock app for small firms) with its system print template, saved by the browser as "
        "采购订单-CD-20261215-0006.pdf, CNY, A4 portrait, 1 page: the company centred over 采购订单; the "
        "head unruled, three label：value pairs a row (单据编号 CD-20261215-0006 / 单据日期 2026-12-15 / "
        "交货日期 2027-01-18; 供应商 us / 联系人 / 联系电话; 采购员 / 部门 / 结算方式 月结45天，电汇; 币种 "
        "人民币 / 汇率 / 项目); 收货地址 and 备注 across; a ruled table with a shaded head of captions over "
        "two lines: 序号 | 商品编码 (YF-BJ-2050) | 商品名称 (wrapped at any character) | 规格型号 | 单位 "
        "(个, 套, 台, 米, 千克, 盒) | 数量 with two decimals (5,000.00; 62.50) | 含税 单价 four decimals "
        "(0.3650) | 折扣率 (%) as the rate paid (100.00; 95.00 on three lines) | 税率 13% | 税额 | 价税 合计 "
        "after the discount; the 合计 row (数量, 税额, 价税合计); 价税合计（大写） beside "
        "（小写）¥117,678.10; 制单人 / 审核人 / 供应商签字盖章; 打印人, 打印时间 and 第1页/共1页; 17 lines",
        "seen",
        "yongfeng_haoyecai",
    ),
    Layout(
        "tulpar-buyruk-kg",
        buyruk_kg,
        "ky, a Bishkek farm-equipment dealer's ЖЕТКИРҮҮЧҮГӨ БУЙРУТМА printed by its 1C-style accounting "
        "package in Kyrgyz (Cyrillic with ң, ө, ү) to us in USD, A4 portrait, 1 page, saved as Буйрутма "
        "ТА-000418.pdf: the number and date only in the title (№ ТА-000418, 2026-жылдын 16-декабры) over a "
        "thick rule; the 1C head of label | value rows (Жеткирүүчү: us on one line; Сатып алуучу: the "
        "company with ИСН, address and bank over two; Негиз: our quotation); Жеткирүү мөөнөтү 22.02.2027, "
        "Валюта АКШ доллары (USD), Төлөө шарттары, Жеткирүү шарты and Жеткирүү дареги a row each; a ruled "
        "grid with two-line captions № | Артикул (TA-PM-0418) | Товар (wrapped at words) | Саны with three "
        "decimals (1 500,000; 62,500) | Өлч. бир. (даана, компл., кг, м, куту) | Баасы, USD as keyed "
        "(0,3650) | Арзандатуу, % (5 and 3 on four lines) | Суммасы, USD after it; space thousands and a "
        "decimal comma; 18 lines; Жыйынтыгы / КНС (0 %) / Бардыгы төлөөгө at the right; Бардыгы 18 аталыш, … "
        "USD суммасына and the sum in Kyrgyz words; Эскертүүлөр 1-3; Жетекчи / Башкы бухгалтер / Жооптуу "
        "адам and М.О.; a foot with Басылып чыккан and Барак 1 / 1",
        "seen",
        "tulpar_buyruk_kg",
    ),
    Layout(
        "indus-order-pk-xlsx",
        urdu_order_pk_xlsx,
        "ur workbook, a Lahore pump importer's own Excel خریداری آرڈر in Urdu to us in USD, right to left, "
        "mailed as Purchase Order IND-PO-26-418.xlsx: sheet خریداری آرڈر laid out from the right in Calibri "
        "without gridlines; the company with فون / ای میل, این ٹی این and ایس ٹی آر این beside خریداری آرڈر "
        "(Purchase Order under it); label | merged value pairs two a row (بنام us beside آرڈر نمبر "
        "IND-PO-26-418; پتہ beside تاریخ 18-Dec-2026 and رابطہ beside ترسیل کی تاریخ 10-Mar-2027, real dates "
        "shown dd-mmm-yyyy; کوٹیشن نمبر beside کرنسی امریکی ڈالر (USD); ادائیگی کی شرائط 100% ایل سی ایٹ "
        "سائٹ (L/C at sight) beside ترسیل کی شرط CFR Karachi); ترسیل کا پتہ across; ruled table with a "
        "shaded head whose captions wrap in their cells نمبر شمار | آئٹم کوڈ (IND-VP-0418) | تفصیل (Urdu "
        "with Latin specifications, wrapped) | یونٹ (عدد, سیٹ, میٹر, کلو, ڈبہ) | مقدار (62.5; 250.5) | فی "
        "یونٹ قیمت ($) (0.3650) | رعایت % typed 5 and 2.5 | رقم ($) =ROUND(E*F*(1-G/100),2) cached | "
        "ریمارکس; a نوٹ: row across the table after line 9; 16 lines; میزان, سیلز ٹیکس 0% and کل واجب الادا "
        "رقم ($) as formulas; رقم الفاظ میں in English words; ہدایات 1-3; two signatures with دستخط; print "
        "footer صفحہ &P از &N",
        "seen",
        "indus_order_pk_xlsx",
    ),
    Layout(
        "qinsi-zh",
        qinsi_zh,
        "zh, a Guangzhou garment-accessories wholesaler's 采购单 printed from 秦丝进销存 (Qinsi, the "
        "stock app small wholesalers run on phone and PC) with its A4 模板 and saved as PDF under the "
        "app's name (秦丝进销存_采购单_CGD2612140018.pdf), CNY, A4 portrait, 1 page: the shop centred "
        "over 采购单 and its 地址 / 电话 line; an unruled head two label：value pairs a row (单号 "
        "CGD2612140018 / 开单时间 2026-12-14 10:32, 供应商 us / 供应商电话, 仓库 / 经手人, 交货日期 "
        "2026-12-28 / 付款方式 货到30天付清（对公转账）, 收货地址 across with the receiver in "
        "brackets); a ruled table 序号 | 货号 (JY-KZ-1702) | 商品名称 wrapped at any character | 颜色 "
        "(古铜, 枪黑) | 单位 (套, 千粒, 个, 条, 米, 包, 千克) | 数量 (20000; 62.5) | 单价 as keyed "
        "(0.085) | 折扣 9.5折 on three lines | 金额 after it, no thousands | 备注; the 合计 row (数量 "
        "and 金额); 合计金额大写 beside 本单金额 / 已付定金 5000.00 / 本单欠款; 备注 1-3; 制单人 / "
        "审核 / 供应商签字; a foot of 打印时间, 秦丝进销存 www.qinsi.com and 第1页/共1页; 18 lines",
        "seen",
        "jinyi_qinsi",
    ),
    Layout(
        "ashgabat-sargyt-tm",
        sargyt_tm,
        "tk, an Ashgabat textile-machinery service firm's Üpjün edijä sargyt printed from 1C:Kärhana in "
        "Turkmen (Latin script with ä, ç, ň, ş, ý, ž: DejaVu Sans embedded) to us in USD, A4 portrait, 1 "
        "page, saved as Sargyt KT-000418.pdf: the title Üpjün edijä sargyt № KT-000418, 16-njy dekabr "
        "2026 ý. over a heavy rule; Üpjün ediji: (us, address, bank) and Sargyt ediji: («Köpetdag Tehniki "
        "Hyzmat» HJ, SHB, address) wrapped at words; label | value rows (Sargyt senesi 16.12.2026, "
        "Getirmeli möhleti 25.02.2027, Walýuta ABŞ dollary (USD), Töleg şertleri 30% öňünden, ..., "
        "Eltip bermeli salgysy, Eltip bermek şerti CPT Aşgabat); a ruled table with two-line captions № | "
        "Haryt kody (KT-PD-6205, KT-ŞL-0012) | Harydyň ady wrapped at words | Ölçeg birligi (sany, toplum, "
        "gutu, kg, metr) | Mukdary (1 500; 1 250,5) | Bahasy, USD (0,3650) | Arzanladyş, % (5 on five "
        "lines) | Jemi, USD after it (22 817,33: space thousands, decimal comma); 17 lines; Jemi:, Şol "
        "sanda GBS (0%):, Jemi tölemeli:; Jemi 17 at, ... USD möçberinde and the sum in Turkmen words "
        "(... ABŞ dollary 33 sent); Bellik 1-3; Ýolbaşçy / Baş hasapçy / Jogapkär; Sahypa 1 / 1",
        "seen",
        "ashgabat_sargyt_tm",
    ),
    Layout(
        "himal-kharid-np-xlsx",
        kharid_np_xlsx,
        "ne workbook, a Kathmandu pump and hydropower-spares importer's own Excel खरिद आदेश in Nepali "
        "(Devanagari) to us in USD, mailed as खरिद आदेश HET-PO-083-418.xlsx: sheet खरिद आदेश without "
        "gridlines; the company with स्थायी लेखा नं. (PAN) ६०१४१८४१८ in Devanagari digits beside खरिद आदेश / "
        "PURCHASE ORDER; label | merged value pairs two a row (आपूर्तिकर्ता us beside खरिद आदेश नं. "
        "HET-PO-083-418; ठेगाना beside मिति (वि.सं.) २०८३/०९/०१ typed as text; सम्पर्क व्यक्ति beside मिति "
        "(ई.सं.) 16/12/2026 and कोटेशन नं. beside आपूर्ति मिति 10/03/2027, real dates shown dd/mm/yyyy; "
        "भुक्तानी सर्त ३०% अग्रिम TT, ... beside मुद्रा अमेरिकी डलर (USD); ढुवानी सर्त CIF Birgunj ICD beside "
        "एल.सी. बैंक); सामान पठाउने ठेगाना across; a ruled table whose shaded captions wrap over two lines "
        "(क्र.सं. | सामानको कोड (HE-BR-6205) | सामानको विवरण wrapped in its cell | इकाई (थान, सेट, मिटर, "
        "बट्टा, के.जी.) | परिमाण (312.5; 185.5) | दर (USD) (0.3650) | छुट % typed 5 and 10 | रकम (USD) "
        "=ROUND(E*F*(1-G/100),2) cached); two द्रष्टव्य: rows under their lines, unnumbered; 16 lines; "
        "जम्मा, मू.अ.कर ०% (भन्सारमा तिरिने) and कुल जम्मा (USD) as formulas; अक्षरेपी: US Dollars ... Only; "
        "कैफियत १-३; तयार गर्ने / स्वीकृत गर्ने with सही / छाप; print footer पृष्ठ &P मध्ये &N",
        "seen",
        "himal_kharid_np_xlsx",
    ),
    Layout(
        "eoffice-zh",
        eoffice_zh,
        "zh, a Changzhou gearbox and conveyor maker's 采购订单 as a 泛微 e-office workflow form printed "
        "from its 打印 view and saved from the browser under the flow's name "
        "(采购订单-周敏-2026-12-18.pdf), CNY, A4 portrait, 1 page: 采购订单 centred; 流水号 and 流程名称 "
        "left, 创建人 / 创建时间 right; the form's ruled table of label cells beside value cells two pairs "
        "a row (订单编号 HLD-PO-261218-03 / 订单日期 2026年12月18日, 采购单位 / 采购部门, 供应商名称 us / "
        "供应商编码, 联系人 / 联系电话, 交货日期 2027年01月25日 / 结算方式 货到票到后60天电汇, 币种 人民币 "
        "/ 税率 13%, 交货地址 and 收货人 across); 采购明细 as the 明细表 with captions over two lines "
        "(含税单价 / (元), 折扣率 / (%), 含税金额 / (元)): 序号 | 物料编码 (HLD-ZC-6312) | 物料名称 | "
        "规格型号 wrapped as a browser wraps | 单位 (个, 套, 台, 盒, 件, 米, 千克, 根, 块) | 数量 as typed "
        "(2000; 1860.5) | 含税单价 as typed (0.385; 2860.00) | 折扣率 5 (per cent off) on three lines | "
        "含税金额 with thousands (32,604.00) | 备注; the 合计 row; 订单总金额（大写） beside "
        "（小写）：¥142,239.08; 备注 1-4; 签办反馈 (步骤 | 办理人 | 签办意见 | 办理时间); "
        "打印人 / 打印时间 and 第 1 页 共 1 页 at the foot; 15 lines",
        "unseen",
        "henglida_eoffice",
    ),
    Layout(
        "savanna-lpo-ke",
        lpo_ke,
        "en, a Nairobi (Industrial Area) hardware distributor's LOCAL PURCHASE ORDER printed by QuickBooks "
        "Desktop on a customised template in Kenyan English to us in USD, A4 portrait, 1 page, saved as "
        "Purchase Order_LPO-26-4182.pdf: the company with P.O. Box 46218-00100, Tel and KRA PIN; LOCAL "
        "PURCHASE ORDER over the Date (18/12/2026) / L.P.O. No. (LPO-26-4182) box, captions over values; "
        "the Vendor box (us) beside the Ship To box (a go-down off Mombasa Road, three lines); a strip of "
        "Expected Date 26/02/2027 | Terms 30% deposit, balance against copy of B/L | Ship Via | FOB | Quote "
        "Ref.; an unruled body in a column frame under a grey head Item (SH-BRG-6205) | Description "
        "(wrapped at words) | Qty with thousands (1,500; 62.5) | U/M (pcs, set, box, mtr, roll, kg, pair) | "
        "Rate as keyed (0.365; 0.2850; 0.0950) | Amount; two description-only note rows between the lines; "
        "18 lines; Total USD 11,341.50; the template's footer text, Authorised Signature / Date / Company "
        "Stamp and Page 1 of 1",
        "unseen",
        "savanna_lpo_ke",
    ),
    Layout(
        "mekong-banhchea-kh-xlsx",
        banhchea_kh_xlsx,
        "km workbook, a Phnom Penh (Russey Keo) pump and motor dealer's own Excel ប័ណ្ណបញ្ជាទិញ in Khmer "
        "(complex shaping: a workbook, never drawn) to us in USD, mailed as ប័ណ្ណបញ្ជាទិញ MK-PO-2612-041.xlsx: "
        "sheet ប័ណ្ណបញ្ជាទិញ in Khmer OS Battambang without gridlines; the company in Khmer over its English "
        "name with its VATTIN beside ប័ណ្ណបញ្ជាទិញ over PURCHASE ORDER; label | merged value pairs two a row "
        "(អ្នកផ្គត់ផ្គង់ us beside លេខប័ណ្ណបញ្ជាទិញ MK-PO-2612-041; អាសយដ្ឋាន beside កាលបរិច្ឆេទ 19/12/2026 "
        "and អ្នកទំនាក់ទំនង beside កាលបរិច្ឆេទប្រគល់ទំនិញ 10/03/2027, real dates shown dd/mm/yyyy; "
        "សម្រង់តម្លៃ beside រូបិយប័ណ្ណ ដុល្លារអាមេរិក (USD); លក្ខខណ្ឌទូទាត់ T/T 30% បង់មុន ... beside "
        "លក្ខខណ្ឌដឹកជញ្ជូន CIF); អាសយដ្ឋានដឹកជញ្ជូន across; a ruled table whose shaded captions are Khmer "
        "over English in one cell (ល.រ / No. | លេខកូដទំនិញ / Item Code (MK-PM-0750) | បរិយាយ / Description "
        "in Khmer with models, wrapped | ឯកតា / Unit (គ្រឿង, ដុំ, ឈុត, ប្រអប់, ម៉ែត្រ, គីឡូក្រាម, ធុង) | "
        "បរិមាណ / Qty (62.5; 185.5) | តម្លៃឯកតា / Unit Price (USD) (0.3850) | បញ្ចុះតម្លៃ / Disc. % typed 5 "
        "and 8 | ទឹកប្រាក់ / Amount (USD) =ROUND(E*F*(1-G/100),2) cached); a កំណត់សម្គាល់ row under a line, "
        "unnumbered; 17 lines; សរុប / Sub-total, VAT 0% and សរុបរួម / Grand Total (USD) as formulas; "
        "កំណត់សម្គាល់ 1-3; រៀបចំដោយ / ពិនិត្យដោយ / អនុម័តដោយ; print footer ទំព័រ &P នៃ &N",
        "unseen",
        "mekong_banhchea_kh_xlsx",
    ),
    Layout(
        "jiyin-lingxing-zh",
        lingxing_zh,
        "zh, a Shenzhen Amazon seller's (3D-printer parts, FBA) 采购单 printed from 领星ERP (LingXing, the "
        "cross-border e-commerce ERP) with its A4 landscape 打印模板 and saved by the browser as "
        "采购单_PO261219006.pdf, CNY, 2 pages: the company and 采购单 centred, a Code 128 barcode of the "
        "采购单号 top right; a ruled head of shaded label cells beside value cells four pairs a row "
        "(采购单号 PO261219006 / 采购日期 2026-12-19 / 采购员 / 单据状态 待到货; 供应商 us / 供应商联系人 / "
        "联系电话 / 采购主体 the company; 结算方式 月结30天（对账后开票付款） / 支付方式 / 结算币种 "
        "人民币(CNY) / 预计到货日期 2027-01-08; 收货仓库 / 收货人), 收货地址 and 采购备注 across; a ruled "
        "grid whose rows are as tall as the product picture in them, the text centred: 序号 | 图片 | SKU "
        "(JY-LB-LM8UU) | 品名 | 规格 wrapped by character, once inside a number (XH2.5 | 4端子) | FNSKU "
        "(X004H7Q2KD, or —: Amazon's label code, another code) | 单位 (个, 套, 台, 卷, 根, 包, 盒, 米) | "
        "采购量 as keyed (2000; 1250.5) | 含税单价 in four decimals (0.3650) | 税率 13% | 价税合计 with "
        "thousands | 备注; the head repeated on page 2 under 采购单号 and 采购单（续）; 20 lines, 11 on page "
        "1; the 合计 row, 金额大写 beside 运费 / 其他费用 0.00 and 应付总额 ¥50,042.48; 备注 1-4; 制单人 / "
        "审核人 / 审核时间 / 供应商确认（签字盖章）; 打印人 / 打印时间 and 第n页/共2页 at the foot",
        "unseen",
        "jiyin_lingxing",
    ),
    Layout(
        "donghai-bravo-vn",
        bravo_vn,
        "vi, a Hai Phong crane and conveyor repair firm's ĐƠN ĐẶT HÀNG printed by BRAVO 8 (the Hanoi-made "
        "ERP) in Vietnamese to us in USD, A4 portrait, 2 pages, DejaVu Serif Condensed embedded, saved "
        "without diacritics as DON DAT HANG DDH-2612-0418.pdf: the company (CÔNG TY CỔ PHẦN CƠ KHÍ ĐÔNG HẢI) "
        "with Địa chỉ, MST, ĐT and Email beside the national motto (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc "
        "lập - Tự do - Hạnh phúc); Hải Phòng, ngày 21 tháng 12 năm 2026, the order's only date; ĐƠN ĐẶT HÀNG "
        "over Số: DDH-2612-0418; Kính gửi: us, Địa chỉ, Người liên hệ / Điện thoại / Email and the sentence "
        "citing our quotation; a ruled grid under a shaded head of two-line captions STT | Mã hàng "
        "(DH-VB-22216) | Tên hàng hóa, quy cách (wrapped at words) | ĐVT (Bộ, Cái, Sợi, Hộp, Cuộn, Kg, Viên, "
        "Đôi, Xô) | Số lượng as keyed (1.200; 2.450,5) | Đơn giá (USD) as keyed (86,50; 0,865; 1.265,00) | "
        "CK (%) (5 and 3 on six lines) | Thành tiền (USD) after it, and the form's row of column letters A B "
        "C D 1 2 3 4 under the head; a dot between thousands and a comma before decimals, inside "
        "descriptions too (dài 1.000 mm, i=24,9); 23 lines, 22 on page 1, the head repeated on page 2 over "
        "the last; Cộng tiền hàng / Thuế suất GTGT 0% / Tổng cộng tiền thanh toán 28.868,10 in ruled rows; "
        "Số tiền viết bằng chữ (… đô la Mỹ và mười xu./.); ĐIỀU KHOẢN ĐẶT HÀNG 1-7 (Thời gian giao hàng: "
        "trước ngày 26/02/2027, Địa điểm giao hàng, Điều kiện giao hàng CIF, Phương thức thanh toán, Đồng "
        "tiền thanh toán USD, Chứng từ, Yêu cầu khác); XÁC NHẬN CỦA NHÀ CUNG CẤP / NGƯỜI LẬP / KẾ TOÁN "
        "TRƯỞNG / GIÁM ĐỐC with (Ký, họ tên) and names; a foot with the BRAVO 8 print line and Trang n/2",
        "unseen",
        "donghai_bravo_vn",
    ),
    Layout(
        "padma-kroy-bd-xlsx",
        kroy_bd_xlsx,
        "bn workbook, a Dhaka (Nawabpur Road) machinery importer's own Excel ক্রয় আদেশ in Bengali to us in "
        "USD against an L/C, mailed as Purchase Order PML-IMP-2026-418.xlsx: sheet ক্রয় আদেশ in Nikosh "
        "without gridlines; the company in Bengali over its English name, address and phone in Bengali "
        "digits, বিআইএন / ই-টিআইএন / আইআরসি নং beside ক্রয় আদেশ over PURCHASE ORDER; label | merged value "
        "pairs two a row (সরবরাহকারী us beside ক্রয় আদেশ নং PML/IMP/2026/418; ঠিকানা beside তারিখ "
        "20-12-2026 and প্রোফর্মা ইনভয়েস নং beside সরবরাহের তারিখ 28-02-2027, real dates shown dd-mm-yyyy; "
        "যোগাযোগ beside বঙ্গাব্দ ৫ পৌষ ১৪৩৩ as text; পরিশোধের শর্ত ১০০% অপরিবর্তনীয় এলসি অ্যাট সাইট … "
        "beside মুদ্রা মার্কিন ডলার (USD); ডেলিভারির শর্ত CFR চট্টগ্রাম বন্দর beside এলসি ব্যাংক); মালামাল "
        "পৌঁছানোর ঠিকানা across; a ruled table with a shaded head (ক্রমিক নং | পণ্যের কোড (PML-BR-6205) | "
        "পণ্যের বিবরণ in Bengali with Latin models, wrapped | এইচএস কোড (8482.10.00, text: another code) | "
        "একক (পিস, সেট, বক্স, মিটার, রোল, কেজি, জোড়া) | পরিমাণ (312.5; 2000) | একক মূল্য (USD) (0.365) | "
        "ছাড় (%) typed 5 and 3 | মোট মূল্য (USD) =ROUND(F*G*(1-H/100),2) cached in a lakh-grouping format), "
        "line numbers typed in Bengali digits (১ … ১৭); a বিঃদ্রঃ row under line 3, unnumbered; 17 lines; "
        "উপমোট, ভ্যাট (০%) and সর্বমোট (USD) as formulas, then the taka equivalent at ১২২.৫০ (2164601.95 "
        "shown 21,64,601.95: another total, BDT); কথায়: the sum in Bengali words; শর্তাবলি ১-৪; "
        "প্রস্তুতকারী / যাচাইকারী / অনুমোদনকারী; print footer পৃষ্ঠা &P এর &N",
        "unseen",
        "padma_kroy_bd_xlsx",
    ),
    Layout(
        "hengan-i8-zh",
        newgrand_i8_zh,
        "zh, a Hangzhou M&E installation contractor's 材料采购订单 for a sewage-plant project printed by "
        "新中大 i8 (Newgrand's project ERP) to us in CNY, A4 landscape, 2 pages, saved as "
        "材料采购订单_CGDD-HA-2612-0058.pdf: the company and 材料采购订单 (double-underlined) centred, "
        "单据编号 and 第 n 页 / 共 2 页 on the title's line of every page; on page 1 a ruled header grid of "
        "shaded label cells beside value cells three pairs a row (单据编号, 单据日期 2026-12-21, 项目名称; "
        "供应商 us, 采购合同号, 币种 人民币; 交货日期 2027-01-20, 付款方式 wrapped in its cell, 税率 13%; "
        "交货地点 across; 收货人, 采购员, 编制部门); a ruled grid 行号 | 物资编码 (ten digits, 0301020015) "
        "| 物资名称 | 规格型号 (wrapped by character, once inside a number: 工作压力2 | 1MPa) | 计量单位 "
        "(个, 套, 片, 台, 根, 米, 桶) | 数量 with two decimals (2000.00; 186.50) | 含税单价 with four "
        "(0.3850) | 税率(%) 13 | 税额 | 含税金额 with thousands | 计划到货日期 per line (2027-01-20; "
        "2027-02-28) | 备注; 20 lines, 12 a page (page 2's last four rows ruled and empty); 本页小计 on "
        "each page and 合计 on the last; 人民币（大写） beside （小写）：¥271,753.60; 采购说明 1-4; 编制人 "
        "/ 审核人 / 项目经理 / 供应商确认（盖章）; 打印人 / 打印时间 and "
        "第 n 页 共 2 页 at the foot",
        "unseen",
        "hengan_i8_zh",
    ),
    Layout(
        "easterngulf-daftra-sa",
        daftra_sa,
        "ar/en, a Dammam (2nd Industrial City) industrial supplier's bilingual أمر شراء / PURCHASE ORDER "
        "printed by Daftra (دفترة, the Arabic cloud ERP) to us in USD, A4 portrait, 2 pages, saved as "
        "PurchaseOrder-PO-26-00731.pdf; Arabic shaped by the PHP engine into presentation forms "
        "(U+FE70-FEFC, lam-alef ligatures) and written in visual order, right to left (DejaVu Sans "
        "embedded): the letterhead Arabic at the right (name, address, س.ت, الرقم الضريبي 15 digits, هاتف) "
        "and English at the left, a drawn logo between; أمر شراء over PURCHASE ORDER; the Supplier المورد "
        "box (us, in English) at the left beside ruled rows English label | value | Arabic label at the "
        "right (P.O. No. PO-26-00731 رقم أمر الشراء, Date 20/12/2026, Hijri Date 10/07/1448 هـ, Delivery "
        "Date 28/02/2027, Currency USD, Quotation Ref.); full-width rows Ship To عنوان التسليم, Payment "
        "Terms شروط الدفع, Delivery Terms شروط التسليم; a ruled item table running right to left, captions "
        "Arabic over English (م # at the right edge | رمز الصنف Item Code (EG-BRG-6310) | الوصف Description "
        "in English, right-aligned and wrapped at words | الوحدة Unit in Arabic (حبة, طقم, علبة, متر, "
        "كرتون, سطل, لفة, زوج) | الكمية Qty with thousands (1,200; 62.5) | سعر الوحدة Unit Price as keyed "
        "(1.265; 0.185) | الخصم % Disc. % (5, 10) | الإجمالي Total after it, at the left edge); an "
        "unnumbered ملاحظة note row in Arabic with brand names under line 3; 22 lines, 19 on page 1, the "
        "head repeated on page 2; Subtotal المجموع الفرعي, VAT 0% and Total الإجمالي USD 34,340.70 at the "
        "left; المبلغ كتابةً: فقط ... لا غير (the amount in Arabic words); الشروط والأحكام "
        "1-4; أعده / اعتمده / ختم الشركة; تاريخ الطباعة and صفحة n من 2 at the foot",
        "unseen",
        "easterngulf_daftra_sa",
    ),
    Layout(
        "vientiane-baisangsue-la-xlsx",
        baisangsue_la_xlsx,
        "lo workbook, a Vientiane (Sisattanak) pump, motor and hardware dealer's own Excel ໃບສັ່ງຊື້ສິນຄ້າ in Lao "
        "(complex shaping: a workbook, never drawn) to us in CNY (by the Laos-China railway), mailed as "
        "ໃບສັ່ງຊື້ PO-VTE-2612-027.xlsx: sheet ໃບສັ່ງຊື້ in Phetsarath OT without gridlines; the state heading "
        "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ over the motto and a ooo0ooo rule; the company in Lao over its "
        "English name, address, phone and ເລກປະຈຳຕົວຜູ້ເສຍອາກອນ at the left, ເລກທີ: PO-VTE-2612-027 and ວັນທີ: "
        "21/12/2026 (a real date shown dd/mm/yyyy) at the right; ໃບສັ່ງຊື້ສິນຄ້າ over PURCHASE ORDER; label | "
        "merged value pairs (ຜູ້ສະໜອງ us, ທີ່ຢູ່, ຜູ້ຕິດຕໍ່; ສະກຸນເງິນ ຢວນຈີນ (CNY), ວັນທີສົ່ງສິນຄ້າ typed as text 15/02/2027, "
        "ການຂົນສົ່ງ); ເງື່ອນໄຂການຊຳລະ and ສະຖານທີ່ສົ່ງສິນຄ້າ across; captions on two rows, Lao over English (ລ/ດ No. | "
        "ລະຫັດສິນຄ້າ Item Code (VIE-BR-6206) | ລາຍການສິນຄ້າ Description in Lao with models, wrapped | ຫົວໜ່ວຍ Unit "
        "(ໜ່ວຍ, ຊຸດ, ອັນ, ແມັດ, ເສັ້ນ, ກັບ, ກິໂລ, ຖັງ, ຄູ່, ມ້ວນ) | ຈຳນວນ Qty (252.5) | ລາຄາ/ຫົວໜ່ວຍ Unit Price (CNY) | "
        "ສ່ວນຫຼຸດ Disc. a fraction shown 5% and 3% | ເປັນເງິນ Amount (CNY) =ROUND(E*F*(1-G),2) cached); the "
        "lines in three groups under heading rows ກ / ຂ / ຄ (the group's name merged across), numbered on "
        "through them; 17 lines; ລວມເປັນເງິນ (=SUM), ອາກອນມູນຄ່າເພີ່ມ 0% and ລວມທັງໝົດ (CNY) as formulas; the total "
        "in Lao words (...ຢວນຖ້ວນ); ໝາຍເຫດ 1-3; ຜູ້ສະເໜີ / ຜູ້ກວດກາ / "
        "ຜູ້ອຳນວຍການ; print footer ໜ້າ &P / &N",
        "unseen",
        "vientiane_baisangsue_la_xlsx",
    ),
]
QUICK = ("hdprecision", "acme", "pacific-harbor", "global-parts")
SEED = 21  # degradation seed of every scan (one realistic office scan per layout and dpi)


@dataclass(frozen=True)
class Item:
    path: Path
    fmt: str  # one of FORMATS
    layout: Layout
    expected: PurchaseOrder
    dpi: int | None = None  # scans: the resolution the page images were made at


def scan_pages(pdf: bytes, dpi: int, seed: int = SEED) -> list[Image.Image]:
    """The PDF as a scanner at ``dpi`` would give it: skew, grey paper, noise, speckle, blur, JPEG."""
    how = scans.Degradation.realistic(seed)
    return [scans.degrade(page, how, seed + i) for i, page in enumerate(scans.rasterise(pdf, dpi))]


def build(out_dir: Path, layouts: list[Layout] | None = None, scans_too: bool = True) -> list[Item]:
    """Write the corpus into ``out_dir`` (created if missing); returns its items in a fixed order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    items: list[Item] = []
    for layout in layouts or LAYOUTS:
        data, expected = layout.module.render(), layout.module.expected()
        path = out_dir / layout.module.FILENAME
        path.write_bytes(data)
        items.append(Item(path, XLSX if layout.is_workbook else TEXT, layout, expected))
        if layout.is_workbook or not scans_too:
            continue
        for dpi in SCAN_DPIS:
            scan = out_dir / f"{path.stem}-scan-{dpi}dpi.pdf"
            scan.write_bytes(scans.image_pdf(scan_pages(data, dpi)))
            items.append(Item(scan, f"scan-{dpi}", layout, expected, dpi))
    return items


def layouts_named(names: list[str] | tuple[str, ...]) -> list[Layout]:
    known = {layout.name: layout for layout in LAYOUTS}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise LookupError(f"unknown layout(s) {', '.join(unknown)} (known: {', '.join(known)})")
    return [known[name] for name in names]
