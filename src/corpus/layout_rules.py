"""Rules of page shapes, as data: header keys, date, byline, credit, footer patterns.

:mod:`corpus.layouts` applies these; edit them here to teach the reader a new
page shape. Outlet names live in ``data/outlets.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.dates import MONTHS
from corpus.paths import package_data

_DIGIT = re.compile(r"\d")

# Header keys (lower case, numbers stripped: "Category 1" -> "category") -> field.
# None: a known key whose value is not kept. "body": the body starts here.
HEADER_KEYS: dict[str, str | None] = {
    "title": "title",
    "headline": "title",
    "published time": "published",
    "published": "published",
    "publication date": "published",
    "published at": "published",
    "date": "published",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "url source": "url",
    "url": "url",
    "source url": "url",
    "link": "url",
    "outlet": "outlet",
    "publisher": "outlet",
    "site name": "outlet",
    "source": "outlet",
    "author description": "author_description",
    "author title": None,
    "category": None,
    "section": None,
    "tags": None,
    "keywords": None,
    "description": None,
    "language": None,
    "text": "body",
    "markdown content": "body",
    "content": "body",
    "body": "body",
}
HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z ]{0,29}?)(?:\s+\d+)?:\s?(?P<value>.{0,2000})$")

# Lines printing the publication date.
DATE_LINES = (
    re.compile(
        r"^(?:published|updated|last updated?|posted|last modified|first published|issued"
        # ("Publication date 16 March 2024 | 10:25 ICT", "Aired Tuesday 26/3/2024, 8:00 pm")
        r"|publication date|date|dated|aired|broadcast"
        r"|publicerat|publié le|publicado(?: em| el)?|veröffentlicht(?: am)?|pubblicato(?: il)?"
        r"|gepubliceerd(?: op)?|diterbitkan|yayınlanma tarihi|opublikowano"
        r"|última actualización|ultima actualizacion|actualizado(?: el)?|atualizado(?: em)?"
        r"|mis à jour le|aktualisiert(?: am)?)"
        r"(?:\s+date)?(?: on| at)?\s*:?\s*(?P<date>.{6,60})$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<outlet>[A-Z][\w&.'’ -]{1,60}?)\s+(?:Updated|Published|Posted)\s+on\s+(?P<date>.{6,40})$"
    ),
    # the places of a wire story before the stamp: "Cairo/Gaza/New Delhi, Updated At : ..."
    re.compile(
        r"^[A-Z][\w'’ .-]{1,20}(?:/[A-Z][\w'’ .-]{1,20}){0,4},\s+(?:Updated|Published|Posted)"
        r"(?:\s+(?i:at|on))?\s*:?\s*(?P<date>.{6,60})$"
    ),
)
# What may surround a date on a date-only line: weekday, clock time, time zone.
# Month names of date lines printed in another language (French, Spanish, Portuguese, German,
# Italian, Dutch, Swedish, Indonesian/Malay, Turkish, Polish, Welsh, Māori, Icelandic, Irish,
# Romanian, Hungarian, Czech, Slovak, Finnish, Maltese, Greek) ("Publicerat måndag 20 januari
# 2025 kl 17.32", "20 de enero de 2025"), read only on a line that prints a year.
# (with Hebrew's "in" prefix: "18 באוגוסט 2024"; Ukrainian and Armenian genitives)
FOREIGN_MONTHS = {
    1: ("ιανουαρίου", "jannar", "tammikuuta", "ianuarie", "január", "ledna", "januára", "eanáir", "janúar", "kohitātea", "ionawr", "janvier", "janv", "ene", "enero", "janeiro", "januar", "gennaio", "januari", "ocak", "stycznia", "yanvar", "января", "كانون الثاني", "يناير", "tháng một", "tháng giêng", "בינואר", "січня", "հունվարի"),
    2: ("φεβρουαρίου", "frar", "helmikuuta", "februarie", "február", "února", "februára", "feabhra", "febrúar", "huitanguru", "chwefror", "février", "févr", "fev", "fevrier", "febrero", "fevereiro", "februar", "febbraio", "februari",
        "şubat", "lutego", "fevral", "февраля", "شباط", "فبراير", "tháng hai", "בפברואר", "лютого", "փետրվարի"),
    3: ("μαρτίου", "marzu", "maaliskuuta", "martie", "március", "března", "márta", "poutūterangi", "mawrth", "mars", "mrt", "mär", "marzo", "março", "märz", "maart", "maret", "mac", "mart", "marca", "марта", "آذار", "مارس", "tháng ba", "במרץ", "березня", "մարտի"),
    4: ("απριλίου", "huhtikuuta", "aprilie", "április", "dubna", "aibreán", "apríl", "paengawhāwhā", "ebrill", "avril", "avr", "abr", "abril", "aprile", "nisan", "kwietnia", "aprel", "апреля", "نيسان", "أبريل", "ابريل", "tháng tư", "באפריל", "квітня", "ապրիլի"),
    5: ("μαΐου", "mejju", "toukokuuta", "május", "května", "mája", "bealtaine", "maí", "haratua", "mai", "mayo", "maio", "maggio", "mei", "maj", "mayıs", "maja", "мая", "أيار", "مايو", "tháng năm", "במאי", "травня", "մայիսի"),
    6: ("ιουνίου", "ġunju", "kesäkuuta", "iunie", "június", "června", "júna", "meitheamh", "júní", "pipiri", "mehefin", "juin", "junio", "junho", "juni", "giugno", "haziran", "czerwca", "iyun", "июня", "حزيران", "يونيو", "tháng sáu", "ביוני", "червня", "հունիսի"),
    7: ("ιουλίου", "lulju", "heinäkuuta", "iulie", "július", "července", "júla", "iúil", "júlí", "julai", "hōngongoi", "gorffennaf", "juillet", "juil", "julio", "julho", "juli", "luglio", "temmuz", "lipca", "iyul", "июля", "تموز", "يوليو", "tháng bảy", "ביולי", "липня", "հուլիսի"),
    8: ("αυγούστου", "awwissu", "elokuuta", "augusztus", "srpna", "augusta", "lúnasa", "ágúst", "hereturikōkā", "awst", "août", "ago", "aout", "agosto", "augustus", "augusti", "agustus", "ogos", "ağustos",
        "sierpnia", "avqust", "avgust", "августа", "آب", "أغسطس", "tháng tám", "באוגוסט", "серпня", "օգոստոսի"),
    9: ("σεπτεμβρίου", "settembru", "syyskuuta", "septembrie", "szeptember", "září", "septembra", "mahuru", "medi", "septembre", "set", "septiembre", "setembro", "settembre", "eylül", "września", "sentyabr", "сентября", "أيلول", "سبتمبر", "tháng chín", "בספטמבר", "вересня", "սեպտեմբերի"),
    10: ("οκτωβρίου", "ottubru", "lokakuuta", "octombrie", "října", "októbra", "október", "whiringa-ā-nuku", "hydref", "octobre", "out", "okt", "octubre", "outubro", "oktober", "ottobre", "ekim", "października", "oktyabr", "октября", "تشرين الأول", "أكتوبر", "tháng mười", "באוקטובר", "жовтня", "հոկտեմբերի"),
    11: ("νοεμβρίου", "novembru", "marraskuuta", "noiembrie", "listopadu", "novembra", "samhain", "nóvember", "whiringa-ā-rangi", "tachwedd", "novembre", "noviembre", "novembro", "kasım", "listopada", "noyabr", "ноября", "تشرين الثاني", "نوفمبر", "tháng mười một", "בנובמבר", "листопада", "նոյեմբերի"),
    12: ("δεκεμβρίου", "diċembru", "joulukuuta", "decembrie", "prosince", "decembra", "nollaig", "hakihea", "rhagfyr", "décembre", "déc", "dic", "dez", "decembre", "diciembre", "dezembro", "dezember", "dicembre",
         "desember", "disember", "aralık", "grudnia", "dekabr", "декабря", "كانون الأول", "ديسمبر", "tháng mười hai", "tháng chạp", "בדצמבר", "грудня", "դեկտեմբերի"),
}  # fmt: skip
# Thai month names and their dotted short forms ("12 ต.ค. 2566": Thai pages count the years
# of the Buddhist Era, 543 ahead)
_THAI_MONTHS = (
    ("มกราคม", "ม.ค."), ("กุมภาพันธ์", "ก.พ."), ("มีนาคม", "มี.ค."), ("เมษายน", "เม.ย."),
    ("พฤษภาคม", "พ.ค."), ("มิถุนายน", "มิ.ย."), ("กรกฎาคม", "ก.ค."), ("สิงหาคม", "ส.ค."),
    ("กันยายน", "ก.ย."), ("ตุลาคม", "ต.ค."), ("พฤศจิกายน", "พ.ย."), ("ธันวาคม", "ธ.ค."),
)  # fmt: skip
FOREIGN_MONTHS = {m: names + _THAI_MONTHS[m - 1] for m, names in FOREIGN_MONTHS.items()}

# The stamp words of date lines in other languages, read as English ("Publicerad 13 oktober
# 2025 kl 22.47 · Uppdaterad ...", "تاريخ النشر: 23/03/2025 - 19:14"), and the words they put
# before a clock ("kl.", "às", "um"), dropped.
FOREIGN_STAMP_WORDS = {
    "Published": ("publicerad", "publicerat", "publiceret", "publisert", "julkaistu", "publicado",
                  "publicada", "publié", "publié le", "veröffentlicht", "veröffentlicht am",
                  "opublikowano", "gepubliceerd", "pubblicato", "birt", "تاريخ النشر", "نشر في",
                  "опубликовано", "yayınlanma", "yayınlanma tarihi", "ippubblikat",
                  "publish date", "date published", "submitted on", "입력", "등록"),
    "Updated": ("uppdaterad", "uppdaterat", "opdateret", "oppdatert", "päivitetty", "atualizado",
                "atualizada", "actualizado", "actualizada", "mis à jour", "mis à jour le",
                "aktualisiert", "aktualisiert am", "zaktualizowano", "bijgewerkt", "aggiornato",
                "uppfært", "آخر تحديث", "обновлено", "son güncelleme", "güncelleme", "aġġornat",
                "수정"),
}  # fmt: skip
FOREIGN_CLOCK_WORDS = ("kl.", "kl", "klo", "às", "um", "alle", "à", "a las", "om", "godz.")
# Weekdays of other languages that open a date line ("Mikudagur 23. apríl 2025", "السبت 8
# شباط 2025")
FOREIGN_WEEKDAYS = (
    # Hungarian ("2025. október 13., hétfő 14:05")
    "hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap",
    "mánudagur", "þriðjudagur", "miðvikudagur", "mikudagur", "fimmtudagur", "föstudagur",
    "laugardagur", "sunnudagur", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag",
    "söndag", "mandag", "tirsdag", "lørdag", "søndag", "maanantai", "tiistai", "keskiviikko",
    "torstai", "perjantai", "lauantai", "sunnuntai", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes",
    "sábado", "domingo", "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
    "sexta-feira", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
    "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar", "it-tnejn",
    "it-tlieta", "l-erbgħa", "il-ħamis", "il-ġimgħa", "is-sibt", "il-ħadd", "понедельник",
    "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье", "δευτέρα", "τρίτη",
    "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή", "thứ hai", "thứ ba", "thứ tư",
    "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật",
)  # fmt: skip

# The months of the Hijri calendar as English-language pages spell them, for the dates they
# print beside ours ("16 Rabi' al-Thani 1445 AH - 31 October 2023", "Ramadan 23, 1445",
# "Ramadaan 1446" in a menu).
HIJRI_MONTH = (
    r"(?:Muharram|Safar|Rabi[’' ]?\s?(?:al|ul)-?\s?(?:Awwal|Thani|Akhir)|"
    r"Jumada(?:\s?(?:al|ul)?-?\s?(?:Ula|Awwal|Akhirah|Thani|Akhir))?|Rajab|Sha[’']?ban|"
    r"Rama[dz]h?aa?n|Ramzan|Shawwal|Dhu\s?al-?\s?(?:Qi[’']?dah|Hijjah))"
)
# The months of the Solar Hijri calendar, for Iranian and Afghan pages' own dates ("Monday,
# 22 Mordad 1403 - 13:40", "Dey 22, 1402")
SOLAR_HIJRI_MONTH = r"(?:Farvardin|Ordibehesht|Khordad|Tir|Amordad|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand)"
DATE_ONLY_REST = re.compile(
    r"(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?-i:[A-Z]{2,4})?\s*,)?"  # "10:32 AM EST, Fri Nov 24"
    r"[\s,|:.–—•·-]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?)?[\s,|:.–—•·-]*(?:at\s+)?"
    r"(?:(?-i:[A-Z]{2,4})\s+(?=\d))?"  # a time zone before the clock: "30 Jul 2024, MVT 21:58"
    # a clock, also an hour alone before AM/PM ("Nov. 18, 2025 3 AM PT")
    r"(?:\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)?"
    # (the zone may be in brackets: "23:40 (UTC+04:00)")
    r"[\s,(]*(?:(?:gmt|utc)\s*[+-]?[\d:]*|[a-z]{2,4}(?![a-z]))?[\s,|.)(–—-]*",  # ("14:26 - 31/07/2024")
    re.IGNORECASE,
)
# What may follow the date and its time on a date line: an update stamp ("Updated 2 hours
# ago", "- Update : 10.01.2024", "Modified: ...") or a short section label ("Peace and
# Security").
DATE_LINE_TAIL = re.compile(
    r"[-–—|·•\s\[(]*(?:(?i:(?:last\s+)?(?:updated?|modified)\b.*)"
    r"|(?i:\d{1,2}\s+(?:min(?:ute)?s?|h(?:ou)?rs?|days?)\s+ago)"  # "· 3 hours ago"
    r"|(?i:\d{1,3}\s+min(?:ute)?s?\s+read)"  # "· 3 min read"
    # (a label may be the outlet in brackets: "July 4, 2024 (Mainichi Japan)")
    # ("May, 07, 2024 - 11:32 World news": a section in sentence case)
    r"|[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|&|news|desk|section|edition|release|"
    r"statement)){0,3}"
    r"(?:\s+\d[\d,.]*k?\s+(?i:comments?))?\)?)"
)
# " date 2023-10-26 GAZA: ..." - a date stamp, the rest of the line is title, byline or body.
DATE_STAMP = re.compile(r"^date\s+(?P<date>\d{4}-\d\d-\d\d)\b[ \t]*(?P<rest>.*)$", re.IGNORECASE)
# Live pages: "05:19 2024-06-12" before each entry.
TIMESTAMP = re.compile(r"^\d{1,2}:\d\d\s+(?P<date>\d{4}-\d\d-\d\d)$")
# Dates in a Chinese preface line: 2025年8月20日.
CJK_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")

# Section banners: "WORLD / MID-EAST", "Edited News | UNICEF , WHO , WFP", "World › Gaza".
BANNER = re.compile(r"^[A-Z][\w&'’ ,.-]{0,40}(?:\s[/|>»›]\s?[\w&'’ ,.-]{1,40}){1,4}$")

# "By A, B and C", "- By Zhang Han", "By Jane Doe | Reuters"
BYLINE = re.compile(
    r"^[-–—•*]?\s*[Bb]y\s+(?P<author>[A-Z][\w.'’-]*(?:[ ,]+(?:(?:and|in)\s+)?[A-Z][\w.'’-]*){0,15})"
    r"(?:\s*[|•·–—]\s*(?P<outlet>[A-Z][\w&.'’ -]{1,40}))?\s*$"
)
# "Lazar Berman is The Times of Israel's diplomatic reporter"
AUTHOR_BIO = re.compile(
    r"^(?P<author>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) is (?:an? |the )?(?P<outlet>[A-Z][^\n]{1,60}?)['’]s?"
    r" (?:[\w-]+ ){0,3}(?:reporter|correspondent|editor|writer|columnist|journalist)\b.{0,80}$"
)
# "Global Times reporter tracking ..." in an author description.
AUTHOR_OF_OUTLET = re.compile(
    r"^(?:An? )?(?P<outlet>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4}) (?:senior |staff |chief )?"
    r"(?:reporter|correspondent|editor|writer|columnist|journalist)\b"
)

# Whole lines that only credit an image.
CREDIT_LINES = (
    re.compile(r"^©"),
    re.compile(
        r"^\(?(?:photos?|images?|pictures?|photograph|credit)(?: by)?\s*[:/]", re.IGNORECASE
    ),
    re.compile(r"^\[photo[^\]]{0,80}\]$", re.IGNORECASE),
    re.compile(r"^(?:getty images|epa|afp|reuters|ap|xinhua)(?:\s*/.{0,80})?$", re.IGNORECASE),
)
# Wire datelines opening the body: "GAZA, Nov. 2 (Xinhua) --", "(CNN) —".
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DATELINE = re.compile(
    r"^(?:(?P<place>[A-Z][^\n()]{0,60}?),?\s+)?"
    # ("Addis Ababa, January 16/2025 (ENA)": the year after a slash)
    rf"(?P<date>(?:(?:{_MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH}))(?:(?:,?\s+|/)(?:19|20)\d\d\b)?)?"
    r"(?:\s+\d{1,2}:\d\d)?\s*"  # ("Beirut, 03 Jan 2024 09:14 (Agenzia Nova) -")
    # (after a date the dash may be missing: "Addis Ababa, January 16/2025 (ENA) The ...")
    r"\((?P<outlet>[A-Z][\w .&-]{0,30})\)\s*(?:--|\.-|[-–—:]|(?(date)(?=[A-Z])|(?!)))",
    re.IGNORECASE,
)
# ... or a place in capitals or an outlet's name before a dash, opening a paragraph:
# "TEHRAN- The head of ...", "Kaieteur News – At the summit, ..."
BARE_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’/]+(?: [A-Z][A-Z.'’/]+){0,2}|(?:[A-Z][\w.'’&]*\s+){0,3}(?:News|Times|Post|"
    r"Agency|Daily|Herald|Tribune|Online))\s*(?:--|[-–—])\s+(?=[A-Z])"
)
# a fact list's row, a label and its count: "Hostages still in captivity: 62, of whom Israel
# has declared 35 to be dead", "Israeli soldiers believed to be alive : 6" (no headline)
LABEL_VALUE_ROW = re.compile(
    r"[A-Z][^:.!?]{1,80}(?<!\bID)(?<!\bNo)\s?:\s*(?:(?:about|some|over|more\s+than|at\s+least)\s+)?"
    # (the count ends the row or a part follows: not "Gaza: more than 14,800 dead", a headline)
    r"\d[\d,.]*(?:\s*$|,\s+(?:of\s+whom|including)\b|\s+\((?!\d))"
)
# what every dateline above holds near a paragraph's start (a quick first test)
DATELINE_HINT = re.compile(r"\(|- |– |— ")
# ... or the outlet first, the date and clock in its brackets: "Law360 (May 20, 2024, 8:14 PM
# EDT) -- The chief prosecutor ..."
OUTLET_DATELINE = re.compile(
    r"^(?P<outlet>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+"
    rf"\((?P<date>(?:{_MONTH})\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d)"
    r"(?:,?\s+\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\)\s*(?:--|[-–—])",
    re.IGNORECASE,
)
# Datelines without an outlet: "Geneva, 14 November 2023 -", "GAZA CITY, Gaza Strip, Jan. 5 —",
# or the date alone ("14 November 2023 – The UN ..."; a year is required then), also as a
# line of its own ("Geneva, 14 November 2023"). The place is
# capitalised words, not a weekday or a preposition ("On Monday, May 13 — ..." is a sentence).
_DATE_DAY = (
    rf"(?i:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?)"
)
_PLACE_WORD = r"[A-Z][A-Za-z.'’-]*"
PLACE_DATELINE = re.compile(
    r"^(?:(?P<place>(?!(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|on|in|at|by|as|the|since|"
    rf"until|from|after|before)\b){_PLACE_WORD}(?:(?:\s+|\s*/\s*){_PLACE_WORD}){{0,3}}"
    # ("WASHINGTON, D.C. / AMMAN, August 26, 2025 —": a second place after a slash)
    rf"(?:,\s*{_PLACE_WORD}(?:(?:\s+|\s*/\s*){_PLACE_WORD}){{0,3}}){{0,2}}),\s+)?"
    # ("Friday, February 2, 2024 - President William Ruto ...": the day's name first)
    r"(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+)?"
    rf"(?P<date>{_DATE_DAY}(?P<year>,?\s+(?:19|20)\d\d\b)?"
    # ("Bonn/Berlin, 12.04.2024. Welthungerhilfe welcomes ...": a numeric date, then a stop)
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\.(?=\s))"
    # ("Jerusalem, 19 May 2025, 16:00 EEST – World Vision is calling ...")
    r"(?:,?\s+\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?"
    r"(?:\s*(?:(?:--|[–—-])\s|$)|(?<=\d\.)\s)"
)
# Site furniture, removed wherever it stands (lines under 300 characters).
CHROME_ANYWHERE = (
    re.compile(r"\bcookies?\b.{0,80}\b(?:policy|settings|browse|consent)", re.IGNORECASE),
    re.compile(r"\breport hotline\b", re.IGNORECASE),
    # an address line with the telephone: "Rua Dr. João Couto, 27-A, 1500-236 Lisboa | Tel: +351"
    # ("DR Byen, Emil Holms Kanal 20, 0999 København C | Telefon 35 20 30 40")
    re.compile(
        r"\|\s*(?:Tel(?:efon|efone|éfono)?|Tél(?:éphone)?|Phone|Fax|Tlf|Puh)\.?\s*:?\s*\+?\(?\d"
        # ("Georgetown, Guyana. Tel: 225-8465, 225-8491. Fax: 225-8473": after a stop, a colon)
        r"|(?:^|[.;,]\s+)(?:Tel(?:efon|efone|éfono)?|Tél(?:éphone)?|Phone|Fax)\.?\s*:\s*\+?\(?\d",
        re.IGNORECASE,
    ),
)
# Words one of which every CHROME_ANYWHERE line contains (lower case): a cheap test first.
CHROME_HINTS = ("cookie", "hotline", "tel", "phone", "fax", "tlf", "puh")
CHROME_LINES = re.compile(
    r"(?:choose your language|skip to (?:main )?content|advertisement|sign in|subscribe|"
    r"scroll to continue(?: with content)?|story continues below(?: advertisement)?|"
    r"(?:sign up|subscribe) (?:for|to) (?:our|the) [\w ]{0,30}newsletters?\.?)\s*$|"
    # share bars, comment counters, audio players, ad slots, newsletter boxes
    r"(?:(?:share|tweet|email|print|copy link|copy url|whatsapp|facebook|twitter|x|linkedin|"
    r"telegram|reddit|pinterest|flipboard|save|bookmark|gift(?: this)? article|resize|"
    r"share via|listen(?: \(\d+ min\))?)"
    r"(?: (?:this|the) (?:article|story|page))?(?:\s*[|·•/]\s*|\s+)?)+$|"
    r"\d[\d,.]*k?\s+comments?$|comments?\s*[-:–]?\s*\(?\d*\)?$|view comments?\b|"
    # a newsletter's counters: "1,842 Likes∙207 Restacks", "612 likes · 41 comments"
    r"(?:\d[\d,.]*k?\s*(?:likes?|restacks?|reposts?|shares?|comments?)\s*[∙·•|]?\s*){1,4}$|"
    # a debate's clock mark on a line of its own: "(1405)"
    r"\([012]\d[0-5]\d\)$|"
    # a printed story's jump: "Continued on A6", "From Page 1", "See GAZA, A6", "Turn to page 6"
    r"(?:continued|cont['’]d)\s+(?:on|from)\s+(?:page\s+)?[a-z]?\d{1,3}\b.{0,30}$|"
    r"from\s+(?:page\s+)?[a-z]?\d{1,3}$|see\s+[\w ]{1,30},\s+(?:page\s+)?[a-z]?\d{1,3}$|"
    r"turn\s+to\s+page\s+[a-z]?\d{1,3}$|"
    r"listen to (?:this )?(?:article|story)\b.{0,30}$|skip (?:advertisement|ad)$|"
    r"(?:sign up|subscribe)\b.{0,100}\bnewsletters?\b.{0,80}$|(?:menu|search|close|home)$|"
    r"skip to\b.{0,60}$|subscribe\b.{0,40}$|(?:log|sign) ?in$|share (?:full )?(?:article|story)$|"
    r"(?:views?(?:\(s\))?|reads?|font size|text size|reading time|read time|short link)\s*:.{0,40}$|"
    # a view counter in other languages ("Visitas: 4.312", "Lectures : 1 204")
    r"(?:visitas|vistas|visualizações|visualizacoes|leituras|lecturas|lectures|vues|aufrufe)\s*:.{0,40}$|"
    # a printed record's volume and page: "VOLUME 151 NUMBER 233", "Page: 37", "Parl No.: 47"
    r"vol(?:ume|\.)?\s*:?\s*\d+(?:[,;]?\s+(?:number|no\.?|issue)\s*:?\s*\d+)?$|"
    r"(?:page|pages|parl(?:iament)?\.? no\.?)\s*:\s*\d+(?:\s*[-–]\s*\d+)?$|"
    r"(?:updated|published|posted)\s+(?:about\s+)?(?:an?|\d+)\s+(?:min(?:ute)?s?|h(?:ou)?rs?|days?)\s+ago$|"
    r"listen in \w+$|home\s*[/›>»|]|this is a rush transcript\b.{0,60}$|(?:order reprints|today['’]s paper)\b|"
    # "3 MIN READ", "Staff Writers", an update stamp with a clock only ("Updated 11:26 AM PT")
    r"\d+\s*-?min(?:ute)?s?\.?\s+read$|\d+\s+minutes?$|staff (?:writers?|reporters?)$|newsletters?$|"
    r"\(?attn:.{0,200}\)?$|"  # a wire desk's note: "(ATTN: ADDS comments ...; RECASTS headline)"
    r"get (?:the|our)\b.{0,80}\bnewsletter\b.{0,80}$|enter (?:your )?email(?: address)?\b.{0,40}$|"
    # relative stamps, players, links, follow buttons, source and topic lines
    r"\d+\s*[hm] ago$|(?:duration|watch video)\s*\d{1,2}:\d\d$|https?://\S+$|"
    r"follow(?: us)?(?: [\w' ]{1,40} on [\w ]{1,30})?$|source\s*:.{0,60}\bagencies$|text by\s*:.{0,40}$|"
    r"(?:daily|weekly) newsletter$|newsletter sign-?up$|link copied$|sponsored$|show comments$|"
    r"join (?:the conversation|our commenting forum)$|read later\b.{0,40}$|"
    # an author card's line under the name: "I cover Bucks County and the suburbs."
    r"i (?:cover|write about|report on) [^,;\"“”]{3,80}$|"
    # a share bar's icons with their alt texts: "Email icon An envelope. It indicates the
    # ability to send an email.", "Twitter icon A stylized bird with an open mouth, tweeting."
    r"(?:share|facebook|email|twitter|x|linkedin|link|save|copy|print|whatsapp)\s+icon\b.{0,90}$|"
    r"(?:filed under|hashtags|related topics|topics|categories)\s*:.{0,160}$|categories$|"
    r"support (?:provided by|pbs news)\s*:.{0,40}$|lire en français$|"
    r"(?:media )?contacts?\s*:\s*\S+@\S+$|news id\s*:\s*\d+$|"
    # a Persian calendar date under the Gregorian one ("Dey 22, 1402")
    r"(?:farvardin|ordibehesht|khordad|tir|mordad|shahrivar|mehr|aban|azar|dey|bahman|esfand)"
    r"\s+\d{1,2},?\s+1[34]\d\d$|"
    r"(?:updated|published|posted)\s*:?\s*\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?$",
    re.IGNORECASE,
)
# The first words of the CHROME_LINES patterns (lower case; keep the two lists together):
# a line starting with none of them is not tried.
CHROME_FIRST_WORDS = frozenset({
    "choose", "skip", "advertisement", "sign", "subscribe", "scroll", "story", "share",
    "tweet", "email", "print", "copy", "whatsapp", "facebook", "twitter", "x", "linkedin",
    "telegram", "reddit", "pinterest", "flipboard", "save", "bookmark", "gift", "comment",
    "comments", "view", "views", "listen", "menu", "search", "close", "home", "log", "login",
    "signin", "read", "reads", "font", "text", "reading", "short", "updated", "published",
    "posted", "this", "order", "today's", "today’s", "staff", "newsletter", "newsletters",
    "get", "enter", "duration", "watch", "https", "http", "follow", "source", "daily",
    "weekly", "link", "sponsored", "show", "join", "filed", "hashtags", "related", "topics",
    "categories", "support", "lire", "media", "contact", "news", "attn", "farvardin",
    "ordibehesht", "khordad", "tir", "mordad", "shahrivar", "mehr", "aban", "azar", "dey",
    "bahman", "esfand", "visitas", "vistas", "visualizações", "visualizacoes", "leituras",
    "lecturas", "lectures", "vues", "aufrufe", "volume", "vol", "page", "pages", "parl",
    "parliament", "continued", "cont", "from", "see", "turn", "i",
})  # fmt: skip
# Honorifics a parliament's record prints before a member's name ("Hon. Mélanie Joly",
# "Senator WONG", "Deputy Mary Lou McDonald"): corpus.debates reads the turns under them,
# and the page reader keeps such a name alone on a line (a turn's label, not a heading).
MEMBER_HONORIFIC = (
    r"(?:(?:Rt\.?|Right)\s+Hon\.?|Hon\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Sir|Dame|Senator|"
    r"Deputy|Lord|Baroness|Lady|Prof\.?)"
)
# A counter alone on a line: shares, comments ("1.2k", "38").
COUNTER_LINE = re.compile(r"\d[\d.,]*[kKmM]?")
# A menu: three or more short items between bars ("News | Business | Opinion"), or
# two when one is a button ("L'Orient-Le Jour | Subscribe").
MENU_SPLIT = re.compile(r"\s+[|·•]\s+|\s*\|\s*")
# The New York Times' print line, a footer of any length: it quotes the printed headline.
PRINT_LINE = "a version of this article appears in print"
# Footers: a line that starts one cuts it and everything below (unless article prose
# follows it: then it is a link box inside the article, and only the line goes).
FOOTER_MARKERS = re.compile(
    r"^(?:related(?: pages| articles| stories| news| coverage| content)?\s*:?$|related:|tags?:|"
    r"read (?:more|also|next)\b|also read\b|see also\b|more on this\b|you may also like\b|"
    r"most (?:read|popular|viewed|shared)\b|trending(?: now)?$|more from\b|recommended(?: for you)?$|"
    r"latest (?:news|stories)$|top stories$|more stories$|editor'?s picks$|media contacts?$|"
    rf"{PRINT_LINE}\b|published in [A-Z][\w.]+,|next story\b|"
    r"the original content of this program is licensed\b|"
    r"newspapers in english$|newspapers from\b|share this\b|follow us\b|copyright\b|© ?\d{4}|"
    r"\(c\) ?\d{4}|"
    r"all rights reserved\b|what to read next\b|more to read\b|up next$|newsletters?$|"
    r"appeared in the\b.{0,60}\bprint edition\b|catch all the latest\b|"
    r"explore more on these topics\b|reuse this content\b|send us your feedback\b|more about$|"
    r"related articles$|why you can trust\b|have a confidential tip\b)",
    re.IGNORECASE,
)
# Link lines inside an article ("Read more: How the ministry counts the dead").
LINK_LINE = re.compile(
    r"^(?:related(?: articles| stories| news| coverage| content)?|read (?:more|also|next)|also read|"
    r"see also|more on this(?: story)?|watch|listen|recommended|must read|previous|next)\s*[:|›»-]",
    re.IGNORECASE,
)
# A trailing tag line: a few capitalised names, no final punctuation.
TAG_LINE = re.compile(r"^[A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*){1,9}$")

# Tense around a weekday ("told reporters on Sunday" vs "will meet on Sunday").
PAST_VERB = re.compile(
    r"\b(?:\w+ed|said|told|met|took|made|gave|held|quit|rose|spoke|wrote|sent|left|began|came|"
    r"went|saw|fell|struck|hit|led|fled|brought|sought|fought|kept|stood)\b",
    re.IGNORECASE,
)
FUTURE_MARKERS = re.compile(
    r"\b(?:will|would|shall|expected to|set to|due to|plans? to|next|tomorrow)\b", re.IGNORECASE
)


@lru_cache(maxsize=1)
def wire_dateline(head: str) -> re.Match[str] | None:
    """The wire dateline that opens ``head`` (DATELINE or OUTLET_DATELINE with an outlet in
    brackets, else PLACE_DATELINE with a day number), or None. A dateline without an outlet
    needs a place or a year ("May 5 - 7" is a range)."""
    m = (DATELINE.match(head) or OUTLET_DATELINE.match(head)) if "(" in head else None
    if m is None and _DIGIT.search(head, 0, 60):
        m = PLACE_DATELINE.match(head)
        if m is not None and m.group("place") is None and m.group("year") is None:
            m = None
    return m


def known_outlets() -> dict[str, str]:
    """Outlet names from ``data/outlets.txt``: lower case -> as written."""
    lines = package_data("outlets.txt").read_text(encoding="utf-8").splitlines()
    names = [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    return {n.lower(): n for n in names}


@lru_cache(maxsize=1)
def trailing_credit() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(known_outlets().values(), key=len, reverse=True))
    return re.compile(rf"(?:^|\s+)[-–—]\s?(?P<outlet>{names})\.?$", re.IGNORECASE)


# Outlets that print numeric dates month first, US style ("11-04-2025 10:17" is 4 November):
# an ambiguous stamp of theirs takes that reading (others are read day first)
MONTH_FIRST_OUTLETS = frozenset({"Israel Hayom"})
