"""Umlauts and Turkish letters the page models cannot read, added by the German or Turkish model on
German or Turkish pages only."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr import diacritic_rereads
from ocr.diacritic_rereads import (
    ALBANIAN,
    BELARUSIAN,
    CROATIAN,
    CZECH,
    ESTONIAN,
    FINNISH,
    GERMAN,
    ITALIAN,
    KYRGYZ,
    LATVIAN,
    LITHUANIAN,
    MONGOLIAN,
    NORWEGIAN,
    POLISH,
    PORTUGUESE,
    ROMANIAN,
    SPANISH,
    TURKISH,
    only_diacritics_added,
    page_language,
    reread_diacritics,
)
from ocr.layout import Word

DPI = 300
PT = 72 / DPI
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SIZE = 40
GERMAN_ROW = ["Bestellung", "Menge", "Einzelpreis", "und"]  # words the English model reads as they are


def page_and_words(printed: list[str], read: list[str]) -> tuple[np.ndarray, list[Word]]:
    """A page strip with ``printed`` words in a row, and the page reading's words with ``read`` texts
    in their boxes (as ``chi_sim+eng`` would have them: umlauts lost)."""
    image = Image.new("L", (2600, 120), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, SIZE)
    words, x = [], 20
    for shown, text in zip(printed, read, strict=True):
        x0, top, x1, bottom = draw.textbbox((x, 30), shown, font=font)
        draw.text((x, 30), shown, font=font, fill=0)
        words.append(Word(text, 1, x0 * PT, top * PT, x1 * PT, bottom * PT, 0.9))
        x = x1 + SIZE
    return np.asarray(image), words


def test_on_a_german_page_the_umlauts_the_english_model_lost_are_read_back() -> None:
    printed = [*GERMAN_ROW, "Distanzhülse", "vergütet", "gesägt"]
    image, words = page_and_words(printed, [*GERMAN_ROW, "Distanzhilse", "vergutet", "gesagt"])
    assert [w.text for w in reread_diacritics(words, image, 1, DPI)] == printed


def test_a_page_that_is_not_german_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diacritic_rereads, "read_scaled", lambda *args: pytest.fail("not a German page"))
    image, words = page_and_words(["Purchase", "Order", "die", "cast"], ["Purchase", "Order", "die", "cast"])
    assert reread_diacritics(words, image, 1, DPI) == words


def test_without_the_german_model_the_page_stays_as_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diacritic_rereads, "tessdata_dir", lambda languages: None)
    monkeypatch.setattr(diacritic_rereads, "read_scaled", lambda *args: pytest.fail("no model to read with"))
    image, words = page_and_words([*GERMAN_ROW, "vergütet"], [*GERMAN_ROW, "vergutet"])
    assert reread_diacritics(words, image, 1, DPI) == words


def test_a_german_reading_that_is_not_sure_enough_is_not_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    def read_scaled(image, boxes, page, dpi, scales, languages):
        assert languages == "deu"
        return {box: [[Word("vergütet", page, 0, 0, 1, 1, diacritic_rereads.SURE - 0.1)]] for box in boxes}

    monkeypatch.setattr(diacritic_rereads, "read_scaled", read_scaled)
    image, words = page_and_words([*GERMAN_ROW, "vergütet"], [*GERMAN_ROW, "vergutet"])
    assert reread_diacritics(words, image, 1, DPI)[-1].text == "vergutet"


@pytest.mark.parametrize(
    ("first", "german", "taken"),
    [
        ("Distanzhilse", "Distanzhülse", True),  # ü read as i
        ("Grubacker", "Grubäcker", True),
        ("GewerbestraBe", "Gewerbestraße", True),  # ß read as B
        ("Gruen", "Grüßen", True),  # ü lost, ß lost
        ("Art.-Nr.:", "Art.-Nr", False),  # no umlaut: the German model's reading is not this path's
        ("thre", "Ihre", False),
        ("Muller", "Müller", True),
        ("Mutter", "Müller", False),  # more changed than the umlaut explains
        ("beifiigen.", "beifügen.", False),  # ü as ii: two changes for one umlaut, left alone
    ],
)
def test_only_a_reading_that_adds_diacritics_and_changes_nothing_else_is_taken(
    first: str, german: str, taken: bool
) -> None:
    assert only_diacritics_added(first, german) is taken


def test_a_page_is_german_with_three_different_common_german_words() -> None:
    def words(*texts: str) -> list[Word]:
        return [Word(text, 1, 0, 0, 1, 1, 0.9) for text in texts]

    assert page_language(words("Bestellung", "Menge:", "fur", "M8")) is GERMAN
    dutch = words("Van", "der", "Berg", "Pompen", "B.V.", "Pos.")  # one German-like word
    assert page_language(dutch) is None
    assert page_language(words("die", "die", "die")) is None  # the same word thrice is one


def test_a_page_is_turkish_with_three_different_common_turkish_words_as_english_reads_them() -> None:
    def words(*texts: str) -> list[Word]:
        return [Word(text, 1, 0, 0, 1, 1, 0.9) for text in texts]

    assert page_language(words("Siparis", "No:", "Teslim", "Tarihi", "Miktar")) is TURKISH
    assert page_language(words("Bestellung", "Menge", "und", "Miktar")) is GERMAN  # the most common words win


TURKISH_ROW = ["Malzeme", "Miktar", "Birim", "Teslim"]  # words the English model reads as they are


def test_on_a_turkish_page_the_letters_the_english_model_lost_are_read_back() -> None:
    printed = [*TURKISH_ROW, "Bilyalı", "Başakşehir", "Dişli"]
    image, words = page_and_words(printed, [*TURKISH_ROW, "Bilyali", "Basaksehir", "Disli"])
    assert [w.text for w in reread_diacritics(words, image, 1, DPI)] == printed


@pytest.mark.parametrize(
    ("first", "turkish", "taken"),
    [
        ("Bilyali", "Bilyalı", True),  # dotless ı read as i
        ("imbus", "İmbus", True),  # capital dotted İ read as i
        ("ISTANBUL", "İSTANBUL", True),
        ("Basaksehir", "Başakşehir", True),
        ("Agir", "Ağır", True),
        ("Civata", "Civata", False),  # nothing added: not this path's
        ("Kecesi", "Keçe", False),  # more changed than the ç explains
    ],
)
def test_a_turkish_reading_is_taken_only_when_it_adds_turkish_letters_and_nothing_else(
    first: str, turkish: str, taken: bool
) -> None:
    assert only_diacritics_added(first, turkish, TURKISH) is taken


@pytest.mark.parametrize(
    ("read", "language"),
    [
        (("Orden", "de", "compra", "Folio:", "Cantidad", "Unidad"), SPANISH),
        (("Ordine", "fornitore", "Quantita", "Prezzo", "della"), ITALIAN),
        (("Pedido", "de", "Compras", "Fornecedor", "Quantidade", "Emissao"), PORTUGUESE),
    ],
)
def test_a_page_is_in_the_language_most_of_its_common_words_are(read: tuple[str, ...], language) -> None:
    assert page_language([Word(text, 1, 0, 0, 1, 1, 0.9) for text in read]) is language


@pytest.mark.parametrize(
    ("first", "marked", "language", "taken"),
    [
        ("CUNA", "CUÑA", SPANISH, True),
        ("DIAMETRO", "DIÁMETRO", SPANISH, True),
        ("Ledn", "León", SPANISH, True),  # ó read as d: the one changed letter is the accented one
        ("Quantita", "Quantità", ITALIAN, True),
        ("Emissao", "Emissão", PORTUGUESE, True),
        ("Condicao", "Condição", PORTUGUESE, True),  # two marks, two changed letters
        ("Lean", "León", SPANISH, True),
        ("Leones", "León", SPANISH, False),  # more changed than the accent explains
    ],
)
def test_a_reading_is_taken_only_when_it_adds_the_language_s_accents(
    first: str, marked: str, language, taken: bool
) -> None:
    assert only_diacritics_added(first, marked, language) is taken


POLISH_ROW = ["Zamowienie", "Dostawca", "Nazwa", "Ilosc"]  # as the English model reads them


def test_on_a_polish_page_the_letters_the_english_model_lost_are_read_back() -> None:
    printed = [*POLISH_ROW, "Łożysko", "uszczelniający", "Złączka"]
    image, words = page_and_words(printed, [*POLISH_ROW, "tozysko", "uszczelniajacy", "Ztaczka"])
    assert [w.text for w in reread_diacritics(words, image, 1, DPI)][4:] == printed[4:]


@pytest.mark.parametrize(
    ("first", "polish", "taken"),
    [
        ("tozysko", "Łożysko", True),  # Ł read as t, ż as z
        ("sitownika", "siłownika", True),
        ("Pierscien", "Pierścień", True),
        ("Lozysko", "Łożysko", True),
        ("Tuleja", "Tuleja", False),  # nothing added
        ("zebata", "zęby", False),  # more changed than the ę explains
    ],
)
def test_a_polish_reading_is_taken_only_when_it_adds_polish_letters_and_nothing_else(
    first: str, polish: str, taken: bool
) -> None:
    assert only_diacritics_added(first, polish, POLISH) is taken


CZECH_ROW = ["Objednavka", "Dodavatel", "Cena", "Celkem"]  # as the English model reads them


def test_a_page_of_common_czech_words_is_czech_and_not_polish() -> None:
    read = ("Objednavka", "Odbératel", "Dodavatel", "Platebni", "podminky", "Cena", "dni")
    assert page_language([Word(text, 1, 0, 0, 1, 1, 0.9) for text in read]) is CZECH


def test_on_a_czech_page_the_letters_the_english_model_lost_or_misread_are_read_back() -> None:
    printed = [*CZECH_ROW, "Odběratel", "Těsnění", "Průmyslová", "č."]
    image, words = page_and_words(printed, [*CZECH_ROW, "Odbératel", "Tesnenf", "Primyslova", "é."])
    assert [w.text for w in reread_diacritics(words, image, 1, DPI)] == printed


@pytest.mark.parametrize(
    ("first", "marked", "taken"),
    [
        ("Odbératel", "Odběratel", True),  # ě read as é: a word with a mark of its own is read again too
        ("Zdar", "Žďár", True),
        ("é.", "č.", True),
        ("Sroub", "Šroub", True),
        ("kroużek", "kroužek", True),  # the Polish ż a Polish-looking reading left
        ("Cena", "Ceník", False),  # more changed than the í explains
    ],
)
def test_a_czech_reading_is_taken_only_when_it_puts_czech_letters_for_what_english_read(
    first: str, marked: str, taken: bool
) -> None:
    assert only_diacritics_added(first, marked, CZECH) is taken


FINNISH_ROW = ["Tilausnumero", "Toimittaja", "Nimike", "Maksuehto"]  # as the English model reads them


def test_on_a_finnish_page_the_letters_the_english_model_lost_are_read_back() -> None:
    printed = [*FINNISH_ROW, "Laippalaakeriyksikkö", "Ketjupyörä", "käsitelty"]
    image, words = page_and_words(printed, [*FINNISH_ROW, "Laippalaakeriyksikk6", "Ketjupyora", "kasitelty"])
    assert page_language(words) is FINNISH
    assert [w.text for w in reread_diacritics(words, image, 1, DPI)][4:] == printed[4:]


@pytest.mark.parametrize(
    ("first", "finnish", "taken"),
    [
        ("Hammaspy6ra", "Hammaspyörä", True),  # ö read as 6, ä as a
        ("Paivamaara", "Päivämäärä", True),
        ("Ketjupyora", "Ketjupyörä", True),
        ("Nimike", "Nimike", False),  # nothing added
        ("Kettua", "Kettö", False),  # more changed than the ö explains
    ],
)
def test_a_finnish_reading_is_taken_only_when_it_adds_finnish_letters_and_nothing_else(
    first: str, finnish: str, taken: bool
) -> None:
    assert only_diacritics_added(first, finnish, FINNISH) is taken


@pytest.mark.parametrize(
    ("row", "printed", "english"),
    [
        (
            ["Furnizor", "Cantitate", "Valoare", "Denumire"],
            ["Lagăr", "Lanț", "fontă", "călit"],
            ["Lagar", "Lant", "fonta", "calit"],
        ),
        (
            ["Kiekis", "Kaina", "Nuolaida", "Pavadinimas"],
            ["Stalčiaus", "bėgelis", "išstūmimo", "Rankenėlė"],
            ["Stalciaus", "begelis", "isstumimo", "Rankenele"],
        ),
        (
            ["Ordrenummer", "Varenavn", "Antall", "Enhet"],
            ["Stålplate", "Sylinderrør", "høytrykk", "Tetningssett"],
            ["Stalplate", "Sylinderror", "hoytrykk", "Tetningssett"],
        ),
        (
            ["Furnitori", "Sasia", "Kodi", "Njesia"],
            ["Pompë", "zhytëse", "ujëra", "çelik"],
            ["Pompe", "zhytese", "ujera", "celik"],
        ),
    ],
)
def test_romanian_lithuanian_norwegian_and_albanian_pages_get_their_letters_back(
    row: list[str], printed: list[str], english: list[str]
) -> None:
    image, words = page_and_words([*row, *printed], [*row, *english])
    assert page_language(words) in (ROMANIAN, LITHUANIAN, NORWEGIAN, ALBANIAN)
    assert [w.text for w in reread_diacritics(words, image, 1, DPI)][4:] == printed


@pytest.mark.parametrize(
    ("row", "printed", "english", "language"),
    [
        (
            ["Piegadatajs", "Daudzums", "Cena", "Summa"],
            ["Lodīšu", "aizmugurējais", "Sešstūra", "ūdensizturīga"],
            ["Lodisu", "aizmuguréjais", "Sesstura", "Udensizturiga"],
            LATVIAN,
        ),
        (
            ["Tarnija", "Kogus", "Hind", "Kokku"],
            ["kõrgus", "vinüülist", "Käsipuu", "nailonrõngaga"],
            ["k6rgus", "vinuulist", "Kasipuu", "nailonr6ngaga"],
            ESTONIAN,
        ),
        (
            ["Dobavljac", "Kolicina", "Cijena", "Iznos"],
            ["ležaj", "pocinčana", "Lančanik", "muška", "Žica"],
            ["lezaj", "pocinéana", "Lanéanik", "muSka", "Zica"],
            CROATIAN,
        ),
        # Cyrillic pages, read by ``rus``: the letters of Mongolian, Kyrgyz and Belarusian it lacks
        (
            ["Захиалга", "Огноо", "Хаяг", "Нийт"],
            ["Бөмбөлөгт", "шүүлтүүр", "зэвэрдэггүй"],
            ["Бембелегт", "шуултуур", "зэвэрдэггуй"],
            MONGOLIAN,
        ),
        (
            ["Буйрутма", "Саны", "Баасы", "Суммасы"],
            ["түтүк", "фланецтүү", "өлчөм"],
            ["тутук", "фланецтуу", "елчем"],
            KYRGYZ,
        ),
        (
            ["Замова", "Колькасць", "Цана", "Усяго"],
            ["даўжыня", "таўшчыня", "Ліст"],
            ["даужыня", "таушчыня", "Лист"],
            BELARUSIAN,
        ),
    ],
)
def test_latvian_estonian_croatian_and_cyrillic_pages_get_their_letters_back(
    row: list[str], printed: list[str], english: list[str], language
) -> None:
    image, words = page_and_words([*row, *printed], [*row, *english])
    assert page_language(words) is language
    assert [w.text for w in reread_diacritics(words, image, 1, DPI)][4:] == printed


@pytest.mark.parametrize(
    ("first", "marked", "language", "taken"),
    [
        ("nailonr6ngaga", "nailonrõngaga", "ESTONIAN", True),  # õ read as 6
        ("poliimeer", "polümeer", "ESTONIAN", True),  # ü read as ii
        ("Lanéanik", "Lančanik", "CROATIAN", True),
        ("Kugliéni", "Kugličn", "CROATIAN", False),  # the model dropped a letter: no diacritic
        ("sitownik6éw", "siłowników", "POLISH", True),  # ó read as two characters
        ("Lezaj", "Ležaji", "CROATIAN", False),  # a letter added besides
        ("Sesstura", "Sešstūra", "LATVIAN", True),
    ],
)
def test_a_baltic_or_croatian_reading_is_taken_only_when_it_adds_that_language_s_letters(
    first: str, marked: str, language: str, taken: bool
) -> None:
    assert only_diacritics_added(first, marked, getattr(diacritic_rereads, language)) is taken


def test_on_a_cyrillic_page_latin_words_are_not_read_by_its_model(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[list] = []

    def read_scaled(image, boxes, page, dpi, scales, languages):
        asked.append(boxes)
        return {box: [[]] for box in boxes}

    monkeypatch.setattr(diacritic_rereads, "read_scaled", read_scaled)
    row = ["Замова", "Колькасць", "Цана", "Усяго"]
    image, words = page_and_words([*row, "DIN", "Лист"], [*row, "DIN", "Лист"])
    reread_diacritics(words, image, 1, DPI)
    assert len(asked[0]) == 5  # the Cyrillic words only
