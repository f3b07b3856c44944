"""Purchase-order labels in the European languages Chinese suppliers' customers print in, beside English.

German, Italian, Spanish, French, Portuguese, Dutch, Polish, Czech and Turkish buyers send their own
ERPs' prints (Bestellung, Ordine a fornitore, Pedido de compra, Bon de commande, Pedido de Compra,
Inkooporder, Zamówienie, Objednávka, Satınalma Siparişi). ``ocr.label_dictionary`` adds these to its
Chinese and English labels field by field; the matching rules are the same (longest label wins, case does
not matter, and an accented letter also matches its bare letter, because OCR without the language's model
drops accents: Quantita, Descripcion).

Bare words that are labels only in a box of their own (``Numero`` over ``418/OF``) are in
``NEEDS_COLON`` of the dictionary, so ``Numero di telefono 051 ...`` is no order number.
"""

from __future__ import annotations

# fmt: off
HEADER_LABELS: dict[str, tuple[str, ...]] = {
    "po_number": (
        # de
        "Bestell-Nr.", "Bestellnummer", "Bestell-Nummer", "Bestellung Nr.",
        "Bestellnummer/Datum", "Bestell-Nr./Datum", "Bestellnr./Datum",  # SAP: 4500293817 / 15.12.2026
        # it
        "Numero ordine", "N. ordine", "Nr. ordine", "N° ordine", "Ordine n.", "Ordine nr.", "Ordine N°",
        "Numero", "Numero documento", "N. documento",
        # es
        "Número de pedido", "Nº pedido", "N.º pedido", "Nº de pedido", "Núm. pedido", "Pedido nº",
        "Pedido N°", "No. de pedido", "Número de orden", "Orden de compra", "Orden de compra No.",
        "No. de orden", "Número", "Folio", "No. de folio",
        # fr
        "N° de commande", "Numéro de commande", "N° commande", "Commande n°", "Bon de commande n°",
        "Réf. commande", "Numéro",
        # pt
        "Nº do pedido", "Número do pedido", "Pedido de compra nº", "Pedido nº", "Nº pedido",
        # nl
        "Ordernummer", "Inkoopordernummer", "Bestelnummer", "Inkooporder nr.", "Order nr.",
        # pl
        "Numer zamówienia", "Nr zamówienia", "Zamówienie nr", "Numer",
        # cs
        "Objednávka č.", "Číslo objednávky", "Objednávka číslo", "Číslo dokladu", "Doklad č.",
        # tr
        "Sipariş No", "Sipariş Numarası", "Sipariş No.", "Belge No",
    ),
    "order_date": (
        "Datum", "Bestelldatum", "Belegdatum",
        "Data", "Data ordine", "Data documento", "Data emissione",
        "Fecha", "Fecha de pedido", "Fecha pedido", "Fecha de emisión", "Fecha emisión",
        "Fecha de elaboración", "Fecha documento", "Fecha del documento",
        "Date de commande", "Date commande", "Date d'émission",
        "Data do pedido", "Data de emissão",
        "Orderdatum", "Besteldatum", "Datum order",
        "Data zamówienia", "Data wystawienia",
        "Datum vystavení", "Datum objednávky", "Vystaveno dne",
        "Sipariş Tarihi", "Tarih", "Belge Tarihi",
    ),
    "requested_delivery_date": (
        "Liefertermin", "Lieferdatum", "Wunschtermin",
        "Consegna richiesta", "Data consegna", "Data di consegna", "Termine di consegna", "Data cons.",
        "Consegna",
        "Fecha de entrega", "Fecha entrega", "Plazo de entrega", "Entrega",
        "Date de livraison", "Livraison souhaitée", "Délai de livraison", "Livraison",
        "Data de entrega", "Prazo de entrega", "Entrega prevista",
        "Leverdatum", "Gewenste leverdatum", "Leveringsdatum",
        "Termin dostawy", "Data dostawy", "Termin realizacji",
        "Termín dodání", "Datum dodání", "Požadovaný termín dodání", "Požadované datum dodání",
        "Teslim Tarihi", "Termin Tarihi", "Termin",
    ),
    "currency": (
        "Währung",
        "Valuta", "Divisa", "Moneda", "Devise", "Moeda", "Waluta",
        "Döviz Türü", "Döviz", "Para Birimi",
        "Měna",
    ),
    "buyer_name": (
        "Cliente", "Committente", "Acquirente", "Fatturare a", "Intestatario fattura",
        "Facturar a",
        "Client", "Acheteur", "Facturer à", "Donneur d'ordre", "Adresse de facturation",
        "Klant", "Opdrachtgever", "Factuuradres",
        "Zamawiający", "Nabywca",
        "Odběratel", "Objednatel", "Kupující",
        "Alıcı", "Müşteri",
    ),
    "supplier_name": (
        "Lieferant",
        "Fornitore", "Spett.le", "Spettabile",
        "Proveedor",
        "Fournisseur",
        "Fornecedor",
        "Leverancier",
        "Dostawca", "Sprzedawca",
        "Dodavatel", "Prodávající",
        "Tedarikçi", "Satıcı", "Unvanı", "Unvan",
    ),
    "ship_to_address": (
        "Lieferanschrift", "Lieferadresse", "Anlieferadresse",
        "Destinazione merce", "Luogo di consegna", "Indirizzo di consegna", "Destinazione",
        "Dirección de entrega", "Lugar de entrega", "Entregar en", "Enviar a",
        "Adresse de livraison", "Lieu de livraison", "Livrer à",
        "Local de entrega", "Endereço de entrega",
        "Afleveradres", "Leveradres",
        "Adres dostawy", "Miejsce dostawy",
        "Místo určení", "Místo dodání", "Dodací adresa", "Adresa dodání",
        "Teslim Yeri", "Teslimat Adresi", "Sevk Adresi",
    ),
    "contact": (
        "Ansprechpartner",
        "Referente", "Ns. referente", "Persona di contatto",
        "Contacto", "Persona de contacto", "Atención",
        "Interlocuteur",
        "Contato",
        "Contactpersoon",
        "Osoba kontaktowa",
        "Vyřizuje", "Kontaktní osoba",
        "Yetkili", "İlgili Kişi",
    ),
    "phone": (
        "Telefon",
        "Telefono", "Teléfono", "Téléphone", "Tél.", "Telefone", "Telefoon",
    ),
    "payment_terms": (
        "Zahlungsbedingungen", "Zahlungsbedingung", "Zahlungsziel",
        "Pagamento", "Condizioni di pagamento", "Modalità di pagamento",
        "Forma de pago", "Condiciones de pago", "Forma pago",
        "Conditions de paiement", "Règlement", "Mode de règlement", "Conditions de règlement",
        "Condição de pagamento", "Condições de pagamento", "Forma de pagamento", "Condição de pagto",
        "Cond. pagto", "Cond. pagamento",
        "Betalingsvoorwaarden", "Betalingstermijn", "Betalingscondities", "Betalingsconditie",
        "Warunki płatności", "Termin płatności", "Forma płatności",
        "Platební podmínky", "Forma úhrady", "Způsob platby", "Způsob úhrady",
        "Ödeme Şekli", "Ödeme Koşulları", "Vade",
    ),
    "total": (
        "Gesamtbetrag", "Gesamtsumme", "Endbetrag",
        "Totale", "Totale ordine", "Totale documento", "Totale generale", "Importo totale",
        "Total pedido", "Importe total", "Total a pagar",
        "Total TTC", "Montant total", "Net à payer",
        "Valor total", "Total do pedido", "Total geral", "Total com impostos",
        "Totaal", "Totaal incl. BTW", "Te betalen",
        "Razem", "Do zapłaty", "Wartość brutto", "Suma",
        "Celkem k úhradě", "K úhradě", "Celkem s DPH",
        "Genel Toplam", "Toplam Tutar", "Ödenecek Tutar",
    ),
    "subtotal": (
        "Nettobetrag", "Warenwert", "Warenwert netto", "Zwischensumme", "Summe netto",
        "Imponibile", "Totale imponibile", "Totale merce", "Subtotale",
        "Base imponible", "Total neto", "Total antes del descuento", "Total antes de descuento",
        "Total HT", "Montant HT", "Sous-total",
        "Valor dos produtos", "Total dos produtos", "Total das mercadorias",
        "Subtotaal", "Totaal excl. BTW",
        "Razem netto", "Wartość netto",
        "Celkem bez DPH", "Základ DPH",
        "Ara Toplam", "Toplam", "Mal Hizmet Toplamı",
    ),
    "other": (
        "Lieferanten-Nr.", "Lieferantennummer", "Versandart", "Lieferbedingungen", "Verpackung", "USt.",
        "MwSt.", "Ihr Angebot", "Ihr Zeichen", "Unser Zeichen", "Seite", "Kostenstelle", "Fracht",
        "Cod. fornitore", "Codice fornitore", "Pagina", "Resa", "Porto", "Trasporto", "Vs. offerta",
        "Vs. riferimento", "Tipo documento", "Banca", "IBAN", "P.IVA", "Partita IVA", "C.F.",
        "Codice fiscale", "Codice SDI", "IVA", "Aliquota", "Imballo", "Spedizione", "Vettore", "Annotazioni",
        "Observaciones", "Notas", "Página", "Portes", "Transportista", "CIF", "NIF", "RFC", "Clave",
        "Fecha de impresión", "Recibe", "Requisición", "Su cotización", "Tipo de cambio",
        "Remarques", "Observations", "TVA", "SIRET", "Transporteur",
        "Observações", "Frete", "Transportadora", "CNPJ", "ICMS", "IPI", "Comprador", "Emissão",
        "Local de cobrança", "Loja", "Município", "Estado", "País", "Reajuste", "Despesas", "Seguro",
        "Opmerkingen", "BTW", "KvK", "Pagina's", "Leveringsvoorwaarde", "Leveringsvoorwaarden",
        "Verzendwijze", "Inkoper", "Uw referentie", "Onze referentie", "Leveranciercode",
        "Leveranciersnummer",
        "Uwagi", "Strona", "NIP", "VAT UE", "Warunki dostawy", "Wystawił(a)", "Odebrał(a)", "Słownie",
        "Miejsce wystawienia",
        "IČ", "IČO", "DIČ", "DPH", "Způsob dopravy", "Dodací podmínky", "Bankovní spojení", "Číslo účtu",
        "Poznámka", "Vystavil", "Razítko a podpis", "Strana", "Zapsáno v OR",
        "Döviz Kuru", "Teklif No", "Sayfa", "Vergi Dairesi", "Vergi No", "Mersis No", "Cari Hesap Kodu",
        "Adres", "KDV", "İskonto", "Teslim Şekli", "Nakliye", "Notlar", "Hazırlayan", "Kontrol Eden",
        "Onaylayan", "Faks", "TL Karşılığı", "Yalnız",
    ),
}

COLUMN_LABELS: dict[str, tuple[str, ...]] = {
    "line_no": (
        "Riga", "Línea", "Lín.", "Ligne", "Regel", "Lp.", "N° ligne", "N° de ligne",
        "Sıra", "Sıra No",
    ),
    "part_no": (
        "Artikel-Nr.", "Artikelnummer", "Art.-Nr.", "Materialnummer", "Sachnummer", "Teilenummer",
        "Codice articolo", "Cod. articolo", "Codice", "Cod.",
        "Código", "Código artículo", "Cód. artículo", "Referencia", "Ref.",
        "Référence", "Réf.", "Code article",
        "Código do produto",
        "Art.nr.", "Artikelcode",
        "Indeks", "Kod", "Kod towaru",
        "Kód", "Kód zboží", "Katalog",
        "Malzeme Kodu", "Stok Kodu", "Ürün Kodu",
    ),
    "description": (
        "Bezeichnung", "Artikelbezeichnung", "Beschreibung", "Benennung",
        "Descrizione", "Descrizione articolo",
        "Descripción", "Concepto", "Denominación",
        "Désignation", "Libellé",
        "Descrição", "Descrição do produto",
        "Omschrijving",
        "Nazwa", "Nazwa towaru", "Opis",
        "Označení dodávky", "Označení", "Název", "Název zboží", "Popis",
        "Malzeme Açıklaması", "Açıklama", "Malzeme Adı", "Stok Adı", "Ürün Adı",
    ),
    "quantity": (
        "Menge", "Bestellmenge",
        "Quantità", "Q.tà", "Qtà", "Quantità ordinata",
        "Cantidad", "Cant.", "Unidades", "Quant.", "Quant",
        "Quantité", "Qté", "Qté commandée",
        "Quantidade", "Qtde", "Qtd.",
        "Aantal",
        "Ilość",
        "Počet m.j.", "Počet", "Množství", "Mn.",
        "Miktar",
    ),
    "unit": (
        "ME", "Einheit", "Mengeneinheit",
        "Unità di misura", "Unità",
        "Unidad", "Ud.",
        "Unité",
        "Unid.", "Un.",
        "Eenheid",
        "J.m.", "Jedn.",
        "m.j.", "MJ", "Jednotka",
        "Birim",
    ),
    "unit_price": (
        "Einzelpreis", "Preis", "Stückpreis", "E-Preis", "Preis pro Einheit", "Nettopreis",
        "Prezzo", "Prezzo unit.", "Prezzo unitario", "Prezzo netto",
        "Precio", "Precio unitario", "Precio unit.", "P. unitario", "P.U.",
        "Prix unitaire", "Prix unit.", "PU HT", "Prix unit. HT", "Prix", "Prix net", "PU net",
        "Valor unitário", "Vlr. unit.", "Preço unitário", "Preço",
        "Prijs", "Stukprijs", "Eenheidsprijs",
        "Cena", "Cena jedn.", "Cena netto",
        "Cena za m.j.", "Cena za MJ", "Cena/MJ", "Jedn. cena",
        "Birim Fiyat", "Birim Fiyatı", "Fiyat",
    ),
    "amount": (
        "Gesamtpreis", "Gesamt", "Betrag", "G-Preis", "Nettowert", "Positionswert",
        "Importo", "Importo netto", "Valore",
        "Importe", "Importe neto",
        "Montant", "Montant HT", "Total HT", "Total ligne",
        "Valor total", "Vlr. total",
        "Bedrag", "Totaal",
        "Wartość", "Wartość netto",
        "Celkem", "Cena celkem", "Částka",
        "Tutar", "Tutarı",
    ),
    "delivery_date": (
        "Liefertermin", "Lieferdatum",
        "Data cons.", "Data consegna", "Consegna",
        "Fecha entrega", "Fecha de entrega", "Entrega", "F. entrega",
        "Date de livraison", "Délai", "Livraison",
        "Data de entrega", "Prazo",
        "Leverdatum",
        "Termin", "Data dostawy",
    ),
    "line_status": (
        "Estado", "Estado línea", "Statut", "Stato", "Positionsstatus",
    ),
    "discount": (
        "Rabatt", "Remise",
        "Sconto", "Sconti", "Sconto %", "Sconti %", "Sc. %",
        "Dto.", "Dto. %", "% Dto.", "Descuento", "% Desc.", "Desc.",
        "Remise %", "Rem. %", "Rem.",
        "Desconto", "Desc. %",
        "Korting",
        "Rabat",
        "Sleva", "Sleva %",
        "İsk. %", "İskonto %", "İsk %", "İskonto",
    ),
    "other": (
        "IVA", "Aliquota IVA", "Cod. IVA", "TVA", "BTW", "VAT %", "Note", "Notas",
        "Prix brut", "PU brut",
        "GTİP No", "GTİP", "KDV %",
    ),
}
# fmt: on
