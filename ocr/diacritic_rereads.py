"""Latin words on a German, Turkish, Spanish, Italian, Portuguese, French, Polish, Czech, Hungarian,
Finnish, Romanian, Lithuanian, Norwegian, Albanian, Swedish, Latvian, Estonian or Croatian (Bosnian,
Serbian Latin) page read again by that language's model, for the letters ``eng`` cannot read; Cyrillic
words on a Mongolian, Kyrgyz or Belarusian page likewise, for the letters ``rus`` cannot read.

The page models (``chi_sim+eng``) have no ä, ö, ü or ß, nor Turkish ç, ğ, ı, ş or İ, nor á, ñ, è, ã:
``vergütet`` comes out as ``vergutet``, ``Distanzhülse`` as ``Distanzhilse``, ``Bilyalı`` as ``Bilyali``,
``CUÑA`` as ``CUNA`` (and an address or description is then wrong). Reading every page with ``deu``, ``tur``,
``spa`` ... as well would cost a second pass on every Chinese order, so only a page that reads as one of
``LANGUAGES`` (at least ``MIN_COMMON`` different ones of its words are that language's common words of
purchase orders, the most of any language) has its words of that script cut out onto one collage and
read by that model alone. A word takes the model's reading only when that differs from it by the
language's letters and nothing else (each of them read as one of what the page model makes of it, as
another character or as nothing: ``hilse`` -> ``hülse``, ``StraBe`` -> ``Straße``, ``imbus`` -> ``İmbus``;
a letter dropped or added elsewhere refuses it), read at least ``SURE`` surely: this path adds
diacritics, it never rewrites a word. Without the model installed, pages are left as read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import numpy as np

from ocr.layout import Word
from ocr.loaded_tesseract import tessdata_dir
from ocr.scaled_reads import pixel_box, read_scaled

SURE = 0.8  # the language model's certainty, at least
MIN_COMMON = 3  # different common words of a language on the page before it counts as that language


@dataclass(frozen=True)
class Diacritics:
    """A language whose letters ``eng`` reads without their marks."""

    model: str  # tesseract's model for it
    common_words: frozenset[str]  # of purchase orders, lower-cased, as the English model reads them
    read_as: dict[str, tuple[str, ...]]  # each letter of the language -> what ``eng`` reads instead
    spelled: dict[str, str] = field(default_factory=dict)  # the model's letter -> the one printed today
    script: str = "latin"  # the words read again: "latin" (``eng`` read them) or "cyrillic" (``rus`` did)

    def marks(self, text: str) -> int:
        return sum(ch in self.read_as for ch in text)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


GERMAN = Diacritics(
    "deu",
    _words(
        "und der die das mit fur für bei nach von vom zur zum ihre ihr bitte innerhalb tage tagen nicht "
        "bestellung bestellnummer bestelldatum lieferung lieferadresse lieferanschrift lieferant "
        "liefertermin lieferdatum lieferbedingungen zahlungsbedingungen zahlung menge einheit stuck stück "
        "stk preis einzelpreis gesamtpreis gesamt summe netto brutto mwst ust bezeichnung artikel pos "
        "datum anzahlung"
    ),
    {
        **{ch: (ch.translate(str.maketrans("äöüÄÖÜ", "aouAOU")),) for ch in "äöüÄÖÜ"},
        "ß": ("ss", "B", "b"),
    },
)
TURKISH = Diacritics(
    "tur",
    _words(
        "ve ile için icin siparis siparisi sipariş siparişi tarihi teslim teslimat miktar birim fiyat "
        "fiyati fiyatı tutar tutari tutarı toplam genel kdv odeme ödeme sekli şekli malzeme kodu "
        "aciklama aciklamasi açıklaması adet doviz döviz kuru vergi dairesi hesap cari unvani unvanı "
        "yeri yalniz yalnız karsiligi karşılığı isk hazirlayan hazırlayan onaylayan"
    ),
    {
        "ç": ("c",), "Ç": ("C",), "ğ": ("g",), "Ğ": ("G",), "ı": ("i", "1", "l"), "İ": ("I", "i", "1"),
        "ö": ("o",), "Ö": ("O",), "ş": ("s",), "Ş": ("S",), "ü": ("u",), "Ü": ("U",),
    },
)  # fmt: skip


def _folds(pairs: str) -> dict[str, tuple[str, ...]]:
    """``"áa ée"`` -> each letter (and its capital) read as the bare letter."""
    folds: dict[str, tuple[str, ...]] = {}
    for pair in pairs.split():
        letter, bare = pair[0], pair[1]
        folds[letter], folds[letter.upper()] = (bare,), (bare.upper(),)
    return folds


SPANISH = Diacritics(
    "spa",
    _words(
        "orden compra proveedor cantidad unidad precio importe descripcion descripción entrega condiciones "
        "moneda fecha pago envio envío direccion dirección los las del por folio clave partida unitario "
        "cotizacion cotización requisicion requisición elaboracion elaboración"
    ),
    _folds("áa ée íi óo úu ñn üu"),
)
ITALIAN = Diacritics(
    "ita",
    _words(
        "ordine fornitore quantita quantità prezzo importo consegna pagamento descrizione codice articolo "
        "totale della delle per sconto sconti imponibile spett resa porto vettore"
    ),
    _folds("àa èe ée ìi òo ùu"),
)
PORTUGUESE = Diacritics(
    "por",
    _words(
        "pedido compras fornecedor quantidade unidade preco preço valor pagamento condicao condição "
        "descricao descrição emissao emissão produto codigo código dos das geral entrega"
    ),
    _folds("áa àa âa ãa ée êe íi óo ôo õo úu çc"),
)
FRENCH = Diacritics(
    "fra",
    _words(
        "commande fournisseur quantite quantité prix montant livraison paiement designation désignation "
        "unitaire les des pour avec reference référence règlement reglement"
    ),
    _folds("àa âa ée èe êe ëe îi ïi ôo ùu ûu çc"),
)
POLISH = Diacritics(
    "pol",
    _words(
        "zamowienie zamówienie dostawca dostawy dostawa nabywca sprzedawca ilosc ilość cena netto brutto "
        "wartosc wartość razem zaplaty zapłaty platnosci płatności termin nazwa kod szt kpl uwagi slownie "
        "słownie przelew dni miejsce warunki forma waluta strona"
    ),
    {
        "ą": ("a",), "Ą": ("A",), "ć": ("c",), "Ć": ("C",), "ę": ("e",), "Ę": ("E",),
        "ł": ("l", "t", "1"), "Ł": ("L", "t", "l"), "ń": ("n",), "Ń": ("N",), "ó": ("o", "6"), "Ó": ("O",),
        "ś": ("s",), "Ś": ("S",), "ź": ("z",), "Ź": ("Z",), "ż": ("z",), "Ż": ("Z",),
    },
)  # fmt: skip
CZECH = Diacritics(
    "ces",
    _words(
        "objednavka objednávka odberatel odběratel dodavatel datum vystaveni vystavení termin termín "
        "dodani dodání platebni platební podminky podmínky misto místo urceni určení celkem uhrade úhradě "
        "cena pocet počet kod kód oznaceni označení dodavky dodávky sleva bez dph strana prosim prosím "
        "zbozi zboží mnozstvi množství"
    ),
    {
        **_folds("áa ée íi óo úu ýy"),
        "č": ("c", "e", "é"), "Č": ("C", "E", "É"), "ď": ("d",), "Ď": ("D",), "ě": ("e", "é"),
        "Ě": ("E", "É"), "ň": ("n",), "Ň": ("N",), "ř": ("r", "f"), "Ř": ("R",), "š": ("s", "ś"),
        "Š": ("S", "Ś"), "ť": ("t",), "Ť": ("T",), "ů": ("u",), "Ů": ("U",), "ž": ("z", "ż"), "Ž": ("Z", "Ż"),
    },
)  # fmt: skip
HUNGARIAN = Diacritics(
    "hun",
    _words(
        "megrendelés megrendeles megrendelő megrendelo szállító szallito mennyiség mennyiseg megnevezés "
        "megnevezes egységár egysegar nettó netto bruttó brutto érték ertek összesen osszesen fizetési "
        "fizetesi feltétel feltetel szállítási szallitasi határidő hatarido pénznem penznem cikkszám "
        "cikkszam sorszám sorszam kelt oldal adószám adoszam"
    ),
    {
        **_folds("áa ée íi úu"),
        "ó": ("o", "6", "d", "é"), "Ó": ("O", "0"), "ö": ("o", "0", "é"), "Ö": ("O", "0"),
        "ő": ("o", "6", "é", "ö"), "Ő": ("O", "0"), "ü": ("u", "t"), "Ü": ("U",), "ű": ("u", "t", "ü"),
        "Ű": ("U",), "í": ("i", "{", "f"), "ú": ("u", "t"),
    },
)  # fmt: skip
FINNISH = Diacritics(
    "fin",
    _words(
        "ostotilaus tilausnumero päivämäärä paivamaara toimittaja toimitusosoite toimitusaika toimitusehto "
        "toimitustapa maksuehto valuutta rivi tuotenumero nimike määrä maara yks hinta ale yhteensä "
        "yhteensa veroton alv jatkuu lisätiedot lisatiedot sivu"
    ),
    {"ä": ("a",), "Ä": ("A",), "ö": ("o", "6"), "Ö": ("O", "0"), "å": ("a",), "Å": ("A",)},
)
ROMANIAN = Diacritics(
    "ron",
    _words(
        "comanda comandă furnizor comenzii termen livrare moneda pagina condiții conditii plată plata "
        "adresa cod articol denumire cantitate preț pret unitar valoare total fără fara tva buc crt "
        "livrării livrarii județ judet strada str"
    ),
    {
        **_folds("ăa âa țt ţt"), "î": ("i", "1"), "Î": ("I", "1"), "ș": ("s", "g"), "Ș": ("S",),
        "ş": ("s", "g"), "Ş": ("S",),
    },
    {"ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț"},  # the model's cedillas: Romanian prints commas below since 2003
)  # fmt: skip
LITHUANIAN = Diacritics(
    "lit",
    _words(
        "užsakymas uzsakymas užsakymo uzsakymo pirkimo tiekėjas tiekejas pirkėjas pirkejas pristatymo "
        "adresas sąlygos salygos apmokėjimo apmokejimo valiuta prekės prekes kodas pavadinimas mato vnt "
        "kiekis kaina nuolaida suma viso pvm puslapis pastabos"
    ),
    {
        **_folds("ąa ęe įi ųu ūu"), "č": ("c", "e"), "Č": ("C", "E"), "ė": ("e", "é"), "Ė": ("E", "É"),
        "š": ("s",), "Š": ("S",), "ž": ("z",), "Ž": ("Z",),
    },
)  # fmt: skip
NORWEGIAN = Diacritics(
    "nor",
    _words(
        "innkjøpsordre innkjopsordre ordrenummer ordredato leveringsdato leverandør leverandor "
        "leveringsadresse betalingsbetingelse valuta varenr varenavn antall enhet pris rabatt sum eks mva "
        "totalt merknad side netto dager"
    ),
    {"æ": ("a", "e"), "Æ": ("A", "E"), "ø": ("o", "@", "g"), "Ø": ("O", "0"), "å": ("a",), "Å": ("A",)},
)
ALBANIAN = Diacritics(
    "sqi",
    _words(
        "urdhër urdher blerje afati dorëzimit dorezimit monedha kushtet pagesës pageses furnitori vendi "
        "kodi përshkrimi pershkrimi njësia njesia sasia çmimi cmimi zbritje vlera tvsh totali pagesë "
        "pagese ditë dite copë cope"  # (not data, për: Italian, Romanian and Portuguese words too)
    ),
    {"ë": ("e", "é"), "Ë": ("E", "É"), "ç": ("c", "g"), "Ç": ("C",)},
)
SWEDISH = Diacritics(
    "swe",
    _words(
        "inköpsorder inkopsorder ordernr orderdatum leverantör leverantor leveransadress leveransvillkor "
        "leveranssätt leveranssatt betalningsvillkor artikelnr benämning benamning antal enh belopp moms "
        "ordervärde ordervarde totalt dagar sida godsmärkning godsmarkning"
    ),
    {"å": ("a",), "Å": ("A",), "ä": ("a",), "Ä": ("A",), "ö": ("o",), "Ö": ("O",), "À": ("A",)},
)
LATVIAN = Diacritics(
    "lav",
    _words(
        "pasūtījums pasutijums pasūtījuma pasutijuma piegādātājs piegadatajs piegādātājam piegadatajam "
        "pircējs pircejs piegādes piegades adrese datums termiņš termins apmaksas nosacījumi nosacijumi "
        "valūta valuta kods nosaukums mērvienība mervieniba daudzums cena summa kopā kopa pvn bez gab "
        "lappuse piezīmes piezimes"
    ),
    {
        **_folds("āa ēe īi ūu ķk ļl ņn ģg"), "ē": ("e", "é"), "Ē": ("E", "É"), "ū": ("u", "U"),
        "č": ("c", "é"), "Č": ("C",), "š": ("s", "S"), "Š": ("S",), "ž": ("z", "Z"), "Ž": ("Z",),
    },
)  # fmt: skip
ESTONIAN = Diacritics(
    "est",
    _words(
        "tellimus ostutellimus tellimuse tarnija ostja kuupäev kuupaev tarneaeg tarneaadress tarnetingimused "
        "maksetingimused valuuta kood nimetus kogus ühik uhik hind summa kokku käibemaks kaibemaks km tk "
        "lehekülg lehekulg märkused markused"
    ),
    {
        "õ": ("o", "6"), "Õ": ("O", "6"), "ä": ("a",), "Ä": ("A",), "ö": ("o", "6"), "Ö": ("O",),
        "ü": ("u", "ii"), "Ü": ("U",), "š": ("s",), "Š": ("S",), "ž": ("z",), "Ž": ("Z",),
    },
)  # fmt: skip
CROATIAN = Diacritics(  # and Bosnian, and Serbian in Latin letters: one alphabet, read by ``hrv``
    "hrv",
    _words(
        "narudžbenica narudzbenica porudžbenica porudzbenica narudžba narudzba dobavljač dobavljac kupac "
        "datum isporuke isporuka rok plaćanja placanja plaćanje placanje valuta šifra sifra naziv jedinica "
        "mjere mere količina kolicina cijena cena iznos ukupno pdv kom napomena stranica"
    ),
    {
        "č": ("c", "é", "e"), "Č": ("C", "E", "É"), "ć": ("c", "é", "e"), "Ć": ("C", "E", "É"),
        "đ": ("d",), "Đ": ("D",), "š": ("s", "S"), "Š": ("S",), "ž": ("z", "Z"), "Ž": ("Z",),
    },
)  # fmt: skip
# Cyrillic pages are read by ``rus`` (``ocr.page_script``), which has no ө, ү, ң, ў or і: Mongolian
# ``Бөмбөлөгт`` comes out as ``Бембелегт``, Kyrgyz ``түтүк`` as ``тутук``, Belarusian ``даўжыня`` as
# ``даужыня``. The common words are given as printed and as ``rus`` reads them.
MONGOLIAN = Diacritics(
    "mon",
    _words(
        "захиалга захиалгын нийлүүлэгч нийлуулэгч худалдан авагч огноо хугацаа дугаар барааны нэр "
        "хэмжих нэгж тоо ширхэг үнэ унэ дүн дун нийт бүгд бугд төлбөр телбер нөхцөл нехцел хүргэх "
        "хургэх хаяг татвар нөат неат"
    ),
    {"ө": ("е", "о", "θ"), "Ө": ("Е", "О", "@"), "ү": ("у", "y"), "Ү": ("У", "Y")},
    script="cyrillic",
)
KYRGYZ = Diacritics(
    "kir",
    _words(
        "буйрутма буйрутманын жеткирүүчү жеткируучу жеткирүүчүгө жеткируучуге сатып алуучу күнү куну "
        "мөөнөтү мееноту баасы суммасы бирдиги өлчөө елчее бардыгы жалпы төлөө телее шарттары дареги "
        "аталышы товардын саны"
    ),
    {"ө": ("е", "о"), "Ө": ("Е", "О"), "ү": ("у", "y"), "Ү": ("У", "Y"), "ң": ("н",), "Ң": ("Н",)},
    script="cyrillic",
)
BELARUSIAN = Diacritics(
    "bel",
    _words(
        "замова замовы пастаўшчык пастаушчык пастаўшчыку пастаушчыку пакупнік пакупник колькасць цана "
        "кошт усяго тэрмін тэрмин пастаўкі пастауки адзінка адзинка вымярэння найменне тавару аплаты "
        "умовы адрас дастаўкі дастауки"
    ),
    {"ў": ("у", "й"), "Ў": ("У",), "і": ("и", "i", "1", "l"), "І": ("И", "I", "1")},
    script="cyrillic",
)
LANGUAGES = (
    GERMAN, TURKISH, SPANISH, ITALIAN, PORTUGUESE, FRENCH, POLISH, CZECH, HUNGARIAN, FINNISH, ROMANIAN,
    LITHUANIAN, NORWEGIAN, ALBANIAN, SWEDISH, LATVIAN, ESTONIAN, CROATIAN, MONGOLIAN, KYRGYZ, BELARUSIAN,
)  # fmt: skip
_LETTERS = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f]")  # (é. alone is a word too)


def reread_diacritics(words: list[Word], image: np.ndarray, page: int, dpi: int) -> list[Word]:
    """The words, on a German or Turkish page, with the letters that language's model reads in them."""
    language = page_language(words)
    if language is None or tessdata_dir(language.model) is None:
        return words
    in_script = _is_cyrillic_word if language.script == "cyrillic" else _is_latin_word
    chosen = [i for i, word in enumerate(words) if word.confidence is not None and in_script(word.text)]
    if not chosen:
        return words
    boxes = [pixel_box(words[i], dpi, image.shape) for i in chosen]
    readings = read_scaled(image, boxes, page, dpi, (1.0,), language.model)
    out = list(words)
    for i, box in zip(chosen, boxes, strict=True):
        reading = readings[box][0]
        if len(reading) != 1:
            continue  # nothing read there, or two words: no letter to add
        marked = reading[0].text.strip().translate(str.maketrans(language.spelled))
        if (reading[0].confidence or 0.0) >= SURE and only_diacritics_added(words[i].text, marked, language):
            out[i] = replace(words[i], text=marked)
    return out


def page_language(words: list[Word]) -> Diacritics | None:
    """The language of ``LANGUAGES`` the page's words are most of, if they are enough of one."""
    seen = {w.text.strip(".,:;()/#").lower() for w in words}
    counted = [(len(seen & language.common_words), language) for language in LANGUAGES]
    count, language = max(counted, key=lambda pair: pair[0])
    return language if count >= MIN_COMMON else None


def _is_cyrillic_word(text: str) -> bool:
    """Cyrillic letters (with digits and marks between them: ``М20х1,5``), at least one."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all("\u0400" <= ch <= "\u04ff" for ch in letters)


def _is_latin_word(text: str) -> bool:
    """Latin letters, with or without marks (``eng`` puts é or ś where Czech prints ě or š)."""
    latin = all(ch.isascii() or "\u00c0" <= ch <= "\u017f" for ch in text)
    return latin and _LETTERS.search(text) is not None


def only_diacritics_added(first: str, marked: str, language: Diacritics = GERMAN) -> bool:
    """Whether ``marked`` is ``first`` with ``language``'s letters where ``first`` had other characters:
    each of them explains one changed character at most, and nothing else changed."""
    if not language.marks(marked):
        return False
    return _as_english_may_read(marked, language).fullmatch(first) is not None


def _as_english_may_read(marked: str, language: Diacritics) -> re.Pattern[str]:
    """What ``eng`` may have read for ``marked``: each of the language's letters as one of its readings,
    alone or with its mark read as a character beside it (ó as 6é), as any one character or as nothing
    (ü lost); every other character as it is (a letter dropped or added elsewhere, ``Kuglični`` read by
    the language's model as ``Kugličn``, is no diacritic)."""
    parts = []
    for ch in marked:
        if ch in language.read_as:
            readings = sorted(language.read_as[ch], key=len, reverse=True)
            listed = "(?:" + "|".join(map(re.escape, readings)) + ")"
            parts.append(f"(?:{listed}.?|.{listed}|.)?")
        else:
            parts.append(re.escape(ch))
    return re.compile("".join(parts), re.DOTALL)
