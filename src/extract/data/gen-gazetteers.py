#!/usr/bin/env python3
"""Writes places.tsv (countries, regions and cities with their name variants) and
common_words.txt (lower-case English words) into the folder of this script.

Run from the repository root:  python3 src/extract/data/gen-gazetteers.py

Inputs (Debian packages; standard library only):
  iso-codes           /usr/share/iso-codes/json/iso_3166-{1,2,3}.json
  libgeonames0        the GeoNames city table compiled into libgeonames.so.0 as a
                      GResource (a GVariant of type a(sssssssudd)); read with ctypes
  libgeonames-common  /usr/share/locale/*/LC_MESSAGES/geonames.mo: names of those cities,
                      of first-level regions ("CC.code") and of countries ("CC") per language
  wamerican           /usr/share/dict/american-english

places.tsv has one row per name variant:
  name  canonical  kind  country_code  region  lat  lon
kind is country, region or city. See README.md beside this script.
"""
import ctypes
import json
import os
import re
import struct
import sys
import unicodedata

ISO_DIR = "/usr/share/iso-codes/json"
LOCALE_DIR = "/usr/share/locale"
DICT_FILE = "/usr/share/dict/american-english"
GEONAMES_LIB = "libgeonames.so.0"
GEONAMES_RESOURCES = (b"/com/lomiri/geonames/cities.compiled",
                      b"/com/ubuntu/geonames/cities.compiled")
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

# Countries (ISO alpha-2) of the former Soviet Union outside the Baltics: English news
# writes their cities in Russian-derived spellings (Zhezkazgan, Kharkov, Uralsk) as well
# as in the national ones, so the transliterated Russian name is added as a variant.
RU_TRANSLIT_COUNTRIES = {"RU", "UA", "BY", "KZ", "UZ", "KG", "TJ", "TM", "AZ", "AM", "GE", "MD"}
# National-language city names added as variants: Cyrillic ones transliterated, Latin
# ones as they are.
LOCAL_LANGS = {"KZ": "kk", "KG": "ky", "TJ": "tg", "UA": "uk", "UZ": "uz", "TM": "tk", "AZ": "az"}
MIN_LEN = 3
# A city whose name is a lower-case English word (Nice, Reading, Bath, Split, Mobile) is
# left out, except from this population up (Shanghai, Phoenix, Cologne, Muscat), where the
# city is the usual sense. None leaves out every such city.
COMMON_WORD_KEEP_POP = 500000
# A geonames region that matches no iso-codes subdivision (Bavaria for Bayern, Tuscany for
# Toscana) is added as a region of its own when its cities add up to this population.
EXTRA_REGION_MIN_POP = 100000

# ---------------------------------------------------------------- generic text helpers

FOLD_SPECIAL = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                "Đ": "D", "ħ": "h", "Ħ": "H", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe",
                "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ə": "a", "Ə": "A",
                "ǝ": "a", "Ǝ": "A", "ŋ": "ng", "ŉ": "'n",
                "\u2019": "'", "\u02bc": "'", "\u00b4": "'", "`": "'", "\u2032": "'",
                "\u2018": "'", "\u02bb": "'", "\u02b9": "'", "\u2010": "-", "\u2011": "-",
                "\u2013": "-"}


def fold(s):
    """Latin letters with diacritics to ASCII; None if something non-ASCII remains."""
    s = "".join(FOLD_SPECIAL.get(c, c) for c in s)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s if s.isascii() else None


def tidy(s):
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"\s+", " ", s).strip(" ,;†*")
    return s.strip()


def skeleton(s):
    """A lossy comparison key that makes transliteration variants meet:
    Habarovsk/Khabarovsk, Qostanay/Kostanaj, Zhezqazghan/Zhezkazgan."""
    f = fold(s) or s
    s = re.sub(r"[^a-z]", "", f.lower())
    for a, b in (("shch", "s"), ("sch", "s"), ("dzh", "j"), ("sh", "s"), ("ch", "c"),
                 ("zh", "z"), ("kh", "k"), ("gh", "g"), ("ts", "c"), ("tz", "c"),
                 ("dz", "z"), ("j", "y"), ("q", "k"), ("h", "k"), ("w", "v"), ("x", "ks"),
                 ("yy", "i"), ("iy", "i"), ("ya", "a"), ("yu", "u"), ("yo", "o"),
                 ("ye", "e"), ("ia", "a"), ("y", "i")):
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


def saint_forms(name):
    out = []
    m = re.match(r"^(Saint|St\.?|Sainte|Ste\.?) (.*)$", name)
    if m:
        rest = m.group(2)
        if m.group(1) == "Saint" or m.group(1).startswith("St"):
            out += ["Saint " + rest, "St. " + rest, "St " + rest]
    return out


# ---------------------------------------------------------------- Cyrillic to Latin

RU_TABLE = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
            "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
            "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
            "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
            "я": "ya",
            # Kazakh, Kyrgyz, Tajik, Ukrainian and Belarusian letters, press style
            "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
            "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u", "ӣ": "i", "ӯ": "u", "ҳ": "h",
            "ҷ": "j", "'": "", "\u2019": "", "\u02bc": ""}
UK_TABLE = dict(RU_TABLE, **{"г": "h", "и": "y", "е": "e", "є": "ie", "ї": "i", "й": "i",
                             "ю": "iu", "я": "ia", "'": "", "\u2019": "", "\u02bc": ""})
UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
VOWELS_CYR = set("аеёиоуыэюяіїєәөұүӣӯ")


def translit(s, lang):
    if not re.search(r"[\u0400-\u04ff]", s):
        return None
    out = []
    prev = " "
    for i, ch in enumerate(s):
        low = ch.lower()
        word_start = not prev.isalpha()
        if lang == "uk":
            if low in UK_INITIAL and word_start:
                t = UK_INITIAL[low]
            elif low == "г" and prev.lower() == "з":
                t = "gh"
            else:
                t = UK_TABLE.get(low, low)
        else:
            if low == "е" and word_start:
                t = "ye"
            else:
                t = RU_TABLE.get(low, low)
        if ch != low and t:
            nxt = s[i + 1] if i + 1 < len(s) else ""
            t = t.upper() if (nxt.isupper() and len(t) > 1) else t[0].upper() + t[1:]
        out.append(t)
        prev = ch
    r = tidy("".join(out))
    return r if r.isascii() and re.search(r"[A-Za-z]", r) else None


def latin_name(name, lang):
    """A name from a language's catalogue in Latin letters: Cyrillic transliterated,
    Latin kept (without soft-sign apostrophes), anything else dropped."""
    if not name:
        return None
    t = translit(name, lang)
    if t:
        return drop_soft_sign(t)
    return drop_soft_sign(tidy(name)) if fold(name) else None


# ---------------------------------------------------------------- readers

def read_mo(path):
    """Parses a GNU .mo file into a dict (msgid -> msgstr)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return {}
    magic = struct.unpack_from("<I", data, 0)[0]
    end = "<" if magic == 0x950412DE else ">"
    _, n, orig, trans = struct.unpack_from(end + "4I", data, 4)
    cat = {}
    for i in range(n):
        ol, oo = struct.unpack_from(end + "2I", data, orig + 8 * i)
        tl, to = struct.unpack_from(end + "2I", data, trans + 8 * i)
        k = data[oo:oo + ol].decode("utf-8", "replace")
        if k:
            cat[k] = data[to:to + tl].decode("utf-8", "replace")
    return cat


def read_json(name):
    with open(os.path.join(ISO_DIR, name), encoding="utf-8") as f:
        return json.load(f)


def geonames_mo(lang):
    return read_mo(os.path.join(LOCALE_DIR, lang, "LC_MESSAGES", "geonames.mo"))


def load_geonames_blob():
    try:
        gn = ctypes.CDLL(GEONAMES_LIB)
        gio = ctypes.CDLL("libgio-2.0.so.0")
        glib = ctypes.CDLL("libglib-2.0.so.0")
    except OSError as e:
        sys.exit("gen-gazetteers: cannot load %s (%s); install it with "
                 "'apt-get install -y libgeonames0 libgeonames-common'" % (GEONAMES_LIB, e))
    gn.geonames_get_resource.restype = ctypes.c_void_p
    gio.g_resource_lookup_data.restype = ctypes.c_void_p
    gio.g_resource_lookup_data.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                                           ctypes.c_void_p]
    glib.g_bytes_get_data.restype = ctypes.c_void_p
    glib.g_bytes_get_data.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_size_t)]
    glib.g_bytes_unref.argtypes = [ctypes.c_void_p]
    res = gn.geonames_get_resource()
    for path in GEONAMES_RESOURCES:
        b = gio.g_resource_lookup_data(res, path, 0, None)
        if b:
            size = ctypes.c_size_t()
            p = glib.g_bytes_get_data(b, ctypes.byref(size))
            data = ctypes.string_at(p, size.value)
            glib.g_bytes_unref(b)
            return data
    sys.exit("gen-gazetteers: no cities.compiled resource in %s" % GEONAMES_LIB)


def _offset_size(n):
    return 1 if n <= 0xFF else 2 if n <= 0xFFFF else 4 if n <= 0xFFFFFFFF else 8


def _uint(buf, pos, size):
    return int.from_bytes(buf[pos:pos + size], "little")


def _align(x, a):
    return (x + a - 1) & ~(a - 1)


def parse_cities(buf):
    """Deserialises a GVariant a(sssssssudd): id, English name, admin1 code, admin1 name,
    country code, country name, time zone, population, latitude, longitude."""
    n = len(buf)
    osz = _offset_size(n)
    last = _uint(buf, n - osz, osz)
    count = (n - last) // osz
    out = []
    start = 0
    for i in range(count):
        end = _uint(buf, last + i * osz, osz)
        t = buf[start:end]
        tsz = _offset_size(len(t))
        vals = []
        pos = 0
        for k in range(7):
            e = _uint(t, len(t) - (k + 1) * tsz, tsz)
            vals.append(t[pos:e - 1].decode("utf-8"))
            pos = e
        pos = _align(pos, 4)
        pop = struct.unpack_from("<I", t, pos)[0]
        pos = _align(pos + 4, 8)
        lat, lon = struct.unpack_from("<dd", t, pos)
        out.append({"id": vals[0], "name": vals[1], "admin_code": vals[2], "admin": vals[3],
                    "cc": vals[4], "country": vals[5], "pop": pop, "lat": lat, "lon": lon})
        start = _align(end, 8)
    return out


def load_lower_words():
    words = set()
    with open(DICT_FILE, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            if len(w) >= 2 and w.isascii() and w.isalpha() and w.islower():
                words.add(w)
    return words


# ---------------------------------------------------------------- name parsing

def split_parens(name):
    """Removes (...) and [...] parts; returns (clean, extra names found at the end)."""
    extras = []
    for m in re.finditer(r"[\(\[]([^\)\]]*)[\)\]]\s*$", name):
        inner = tidy(m.group(1))
        words = inner.split()
        if (words and not re.search(r"\d", inner)
                and all(w[0].isupper() for w in words)
                and not any(re.fullmatch(r"[IVXLC]+", w) for w in words)
                and not any(w.lower() in ("region", "province", "district") for w in words)):
            extras.append(inner)
    clean = tidy(re.sub(r"\s*[\(\[][^\)\]]*[\)\]]", "", name))
    return clean, extras


def invert_comma(name):
    """'Korea, Republic of' -> ('Korea', 'Republic of Korea'); a list such as
    'Saint Helena, Ascension and ...' -> ('Saint Helena', None)."""
    if ", " not in name:
        return None, None
    parts = name.split(", ")
    head, last = parts[0], parts[-1]
    lw = last.split()
    inverted = None
    if (re.search(r"\b(of|of the|de|din|del|di)$", last) or
            (len(lw) == 1 and last[0].isupper()) or
            (lw and lw[0].lower() in LOCAL_PREFIX_WORDS)):
        inverted = last + " " + head
    return head, inverted


# ---------------------------------------------------------------- regions

# Local type words at the end of a subdivision name: (words, English type, form of the
# word before it, extra English variant word). "adj": Russian-style adjective
# (Karagandinskaja), "noun": plain noun (Almaty oblysy), "gen_*": a genitive.
SUFFIX_TYPES = [
    ("avtonomnyy okrug", "Autonomous Okrug", "adj", None),
    ("avtonomnyj okrug", "Autonomous Okrug", "adj", None),
    ("avtonomnaya oblast", "Autonomous Oblast", "adj", None),
    ("avtonomnaja oblast", "Autonomous Oblast", "adj", None),
    ("oblast", "Region", "adj", "Oblast"),
    ("voblasts", "Region", "adj", "Oblast"),
    ("voblasc", "Region", "adj", "Oblast"),
    ("kraj", "Krai", "adj", None),
    ("kray", "Krai", "adj", None),
    ("respublika", "Republic", "adj", None),
    ("okrug", "District", "adj", None),
    ("zupanija", "County", "adj", None),
    ("oblysy", "Region", "noun", "Oblast"),
    ("oblys", "Region", "noun", "Oblast"),
    ("viloyati", "Region", "noun", None),
    ("welayaty", "Province", "noun", None),
    ("respublikasi", "Republic", "noun", None),
    ("respublikasy", "Republic", "noun", None),
    ("shaary", "City", "noun", None),
    ("shahri", "City", "noun", None),
    ("qalasy", "City", "noun", None),
    ("sheng", "Province", "noun", None),
    ("zizhiqu", "Autonomous Region", "noun", None),
    ("shi", "Municipality", "noun", None),
    ("lan", "County", "gen_sv", None),
    ("apskritis", "County", "gen_lt", None),
    ("novads", "Municipality", "gen_lv", None),
]
# Local type words at the start: (words, English form placed before the base).
PREFIX_TYPES = [
    ("avtonomna respublika", "Autonomous Republic of"),
    ("wilayah persekutuan", "Federal Territory of"),
    ("ciudad autonoma de", "Autonomous City of"),
    ("principado de", "Principality of"),
    ("respublika", "Republic of"),
    ("gorod", "City of"),
    ("city of", "City of"),
    ("unitatea teritoriala autonoma", "Autonomous Territorial Unit of"),
    ("unitatea teritoriala din", "Territorial Unit of"),
]
LOCAL_PREFIX_WORDS = {p.split()[0] for p, _ in PREFIX_TYPES}
# Words for the four directions at the start of a region name.
DIRECTIONS = [(r"^severo-", "North "), (r"^yuzhno-", "South "), (r"^vostochno-", "East "),
              (r"^zapadno-", "West "), (r"^soltustik ", "North "), (r"^ongtustik ", "South "),
              (r"^shyghys ", "East "), (r"^batys ", "West ")]
# The English type words geonames puts in its region names.
EN_TYPE_WORDS = ["autonomous okrug", "autonomous oblast", "oblast'", "oblast", "oblysy", "region",
                 "krai", "kray", "province", "republic", "city", "voblasc'", "voblasts'",
                 "territory", "governorate", "prefecture", "voivodeship", "division",
                 "district", "department", "county", "state", "municipality", "canton"]
# Formal words that may open an English region name before "of": 'Free State of
# Thuringia', 'Canton of Bern', 'National Capital Territory of Delhi'.
EN_FORMAL_WORDS = {"state", "free", "and", "hanseatic", "city", "canton", "province", "region",
                   "district", "national", "capital", "territory", "republic", "autonomous",
                   "federal", "department", "governorate", "municipality", "county",
                   "prefecture", "estado", "de", "of", "the"}
ADJ_ENDINGS = ["skaya", "skiy", "skij", "skyj", "skyy", "skyi", "skoye", "skoe", "sky", "ska",
               "ski", "acka", "ecka", "cka", "aya", "iy", "yy", "yj", "ij", "a", "y"]
GENITIVE = {
    "gen_sv": [("s", "")],
    "gen_lt": [("aus", "us"), ("ių", "iai"), ("io", "ys"), ("os", "a"), ("ės", "ė"), ("o", "as")],
    "gen_lv": [("as", "a"), ("es", "e"), ("u", "i"), ("a", "s")],
}
RUSSIAN_MARKER = re.compile(r"(oblast'|\bkraj\b|\bokrug\b|Respublika|^Gorod |skaja|skij\b)")


def gost_to_english(s):
    """iso-codes writes Russian names in a GOST-like transliteration (Habarovskij kraj,
    Lipeckaja oblast'); rewrite them in the English press style (Khabarovskiy, Lipetskaya)."""
    s = s.replace("'", "").replace("è", "e").replace("È", "E")
    s = re.sub(r"(?<![ZzCcSsKkGg])h", "kh", s)
    s = re.sub(r"^H|(?<=[\s-])H", "Kh", s)
    s = re.sub(r"c(?!h)", "ts", s)
    s = re.sub(r"(?<=[\s-])C(?!h)|^C(?!h)", "Ts", s)
    for a, b in (("ja", "ya"), ("ju", "yu"), ("jo", "yo"), ("je", "ye"), ("Ja", "Ya"),
                 ("Ju", "Yu"), ("Jo", "Yo"), ("Je", "Ye"), ("j", "y"), ("J", "Y")):
        s = s.replace(a, b)
    return s


def belarusian_to_english(s):
    s = fold(s) or s
    s = re.sub(r"c(?!h)", "ts", s)
    for a, b in (("ja", "ya"), ("ju", "yu"), ("jo", "yo"), ("je", "ye"), ("j", "y")):
        s = s.replace(a, b)
    return s


def direction_english(base):
    low = (fold(base) or base).lower()
    for pat, eng in DIRECTIONS:
        m = re.match(pat, low)
        if m:
            rest = base[m.end():]
            return eng + rest[:1].upper() + rest[1:]
    return None


class PlaceIndex:
    """skeleton -> English display name of known places (cities, geonames regions) in
    one country, to check that a name derived from an adjective is a real place."""

    def __init__(self):
        self.by_cc = {}
        self.alt = {}

    def add(self, cc, name, weight, display=None):
        if not name:
            return
        k = skeleton(name)
        if len(k) < 3:
            return
        d = self.by_cc.setdefault(cc, {})
        if k not in d or d[k][0] < weight:
            d[k] = (weight, drop_soft_sign(display or name))

    def get(self, cc, name):
        v = self.by_cc.get(cc, {}).get(skeleton(name))
        return v[1] if v else None

    def add_alt(self, cc, spelling, display):
        """An exact other spelling (Moskva, Toshkent) of a city called display."""
        if spelling and display:
            self.alt.setdefault((cc, (fold(spelling) or spelling).lower()), display)

    def get_alt(self, cc, name):
        return self.alt.get((cc, (fold(name) or name).lower()))


def drop_soft_sign(s):
    """'Tver’' -> 'Tver': apostrophes that only mark a soft sign at a word end."""
    return re.sub(r"(?<=\w)[’'](?=\s|-|$)", "", s)


def adjective_stems(adj):
    """Noun candidates for a place adjective, best first: Karagandinskaya -> Karaganda,
    Novosibirskaya -> Novosibirsk, Kharkivska -> Kharkiv, Zlinsky -> Zlin."""
    low = (fold(adj) or adj).lower()
    cands = []
    for e in ADJ_ENDINGS:
        if low.endswith(e) and len(low) - len(e) >= 3:
            stem = adj[:len(adj) - len(e)]
            cands.append(stem)
            if "sk" in e:
                cands.append(stem + "sk")
            cands += [stem + x for x in ("a", "ia", "ya", "y", "i", "e", "o", "sa", "ka", "s")]
            if len(stem) > 4 and stem[-2:].lower() in ("in", "ov", "ev", "en", "an", "yn"):
                cands += [stem[:-2] + x for x in ("", "a", "y", "o", "va", "i", "ia", "ya")]
            cands.append(stem[:-1])
            for a, b in (("zh", "g"), ("ch", "k"), ("sh", "kh")):
                if stem.endswith(a):
                    cands += [stem[:-2] + b + x for x in ("", "a", "o", "y")]
            break
    seen = set()
    out = []
    for c in cands:
        if c and c not in seen:
            seen.add(c)
            out.append(c)
    return out


def adjective_fallback(adj, eng_type):
    if eng_type.endswith("Republic"):
        for e in ("skaya", "skiy", "skaja", "skij", "ska"):
            if adj.lower().endswith(e):
                return adj[:-len(e)]
    return None


def region_forms(name, cc, places):
    """Returns (canonical, variants, bases) for an iso-codes subdivision name."""
    variants = []
    clean, extras = split_parens(name)
    variants += [name, clean] + extras
    norm = clean
    if re.search(r"voblas", clean):
        norm = belarusian_to_english(clean)
    elif cc in ("RU", "BY", "KZ", "KG", "TJ") and RUSSIAN_MARKER.search(clean):
        norm = gost_to_english(clean)
    variants.append(norm)
    head, inverted = invert_comma(norm)
    if inverted:
        variants.append(inverted)
        if inverted.startswith("The "):
            variants.append(inverted[4:])
    work = inverted or norm
    work_fold = (fold(work) or work)
    low_words = work_fold.lower().split()
    canonical = None
    is_fallback = False
    bases = []
    eng_type = None
    base = None
    form = None
    extra_word = None
    prefix_eng = None
    for words, eng in PREFIX_TYPES:
        tw = words.split()
        if low_words[:len(tw)] == tw and len(low_words) > len(tw):
            base = " ".join(work.split()[len(tw):])
            prefix_eng = eng
            form = "noun"
            break
    if base is None:
        for words, eng, frm, extra in SUFFIX_TYPES:
            tw = words.split()
            lw = [w.strip("'") for w in low_words]
            if lw[-len(tw):] == tw and len(lw) > len(tw):
                base = " ".join(work.split()[:len(work.split()) - len(tw)])
                eng_type, form, extra_word = eng, frm, extra
                break
    if head and base is None:
        base, form = head, "noun"
    if eng_type == "Krai" and cc != "RU":
        eng_type = "Region"
    if base:
        display = None
        fallback_local = None
        if form == "adj":
            display = adjective_fallback(base, eng_type)
            for cand in ([] if display else adjective_stems(base)):
                for c in filter(None, (direction_english(cand), cand)):
                    display = places.get(cc, c)
                    if display:
                        break
                if display:
                    break
            if display:
                display = direction_english(display) or display
            if not display and extra_word:
                fallback_local = base + " " + extra_word
            elif not display and eng_type in ("Krai", "Autonomous Okrug", "Autonomous Oblast"):
                fallback_local = re.sub(r"(iy|ij|yj|yy)$", "y", base) + " " + eng_type
        elif form and form.startswith("gen_"):
            display = base
            for a, b in GENITIVE[form]:
                if base.endswith(a):
                    cand = base[:len(base) - len(a)] + b
                    display = places.get(cc, cand) or cand
                    break
        else:
            translated = direction_english(base)
            display = (places.get(cc, translated) if translated else None) or translated
            display = display or places.get_alt(cc, base) or base
            variants.append(base)
            bases.append(base)
            if translated:
                variants.append(translated)
                bases.append(translated)
        if display:
            bases.append(display)
            if prefix_eng or (head and not eng_type):
                canonical = display
                variants.append(display)
                if prefix_eng:
                    variants.append(prefix_eng + " " + display)
            else:
                canonical = display + " " + eng_type
                variants.append(canonical)
                if extra_word:
                    variants.append(display + " " + extra_word)
                if form == "noun" and base != display:
                    variants.append(base + " " + eng_type)
        elif fallback_local:
            canonical = fallback_local
            is_fallback = True
            variants.append(fallback_local)
            bases.append(base)
    if base and base not in bases:
        bases.append(base)
    bases += [clean, norm]
    if not canonical:
        canonical = norm if norm != clean and norm.isascii() else clean
        known = places.get_alt(cc, canonical)
        if known and known != canonical and not base:
            variants.append(known)
            canonical = known
        bases.append(canonical)
    return canonical, variants, bases, (eng_type if base else None), is_fallback


# ---------------------------------------------------------------- main

def main():
    lower_words = load_lower_words()

    # --- geonames
    cities = parse_cities(load_geonames_blob())
    en = geonames_mo("en")
    en_alt = {}
    for lang in sorted(os.listdir(LOCALE_DIR)):
        if lang.startswith("en_"):
            for k, v in geonames_mo(lang).items():
                en_alt.setdefault(k, set()).add(v)
    local_mo = {lang: geonames_mo(lang) for lang in set(LOCAL_LANGS.values()) | {"ru"}}

    admin1 = {}  # "CC.code" -> English name
    for k, v in en.items():
        m = re.fullmatch(r"([A-Z]{2})\.(\w+)", k)
        if m:
            admin1[k] = v
    for c in cities:
        admin1.setdefault(c["cc"] + "." + c["admin_code"], c["admin"])

    # --- place index used to check derived region names
    places = PlaceIndex()
    for c in sorted(cities, key=lambda c: -c["pop"]):
        places.add(c["cc"], c["name"], c["pop"])
        ru = latin_name(local_mo["ru"].get(c["id"], ""), "ru")
        places.add(c["cc"], ru, c["pop"] // 2, c["name"])
        if c["pop"] >= 100000:
            places.add_alt(c["cc"], ru, c["name"])
        lang = LOCAL_LANGS.get(c["cc"])
        if lang:
            loc = latin_name(local_mo[lang].get(c["id"], ""), lang)
            places.add(c["cc"], loc, c["pop"] // 2, c["name"])
            if c["pop"] >= 100000:
                places.add_alt(c["cc"], loc, c["name"])
    for key, name in admin1.items():
        cc = key[:2]
        b = strip_en_type(name)
        places.add(cc, b, 0)

    rows = set()

    def add_row(name, canonical, kind, cc, region="", lat="", lon=""):
        rows.add((name, canonical, kind, cc, region, lat, lon))

    # --- countries
    countries = read_json("iso_3166-1.json")["3166-1"]
    former = read_json("iso_3166-3.json")["3166-3"]
    by_numeric = {c.get("numeric"): c["alpha_2"] for c in countries}
    current_codes = {c["alpha_2"] for c in countries}
    country_variants = {}   # code -> list of names
    country_canonical = {}
    country_primary = {}    # code -> names that may stay even if shared
    for c in countries:
        code = c["alpha_2"]
        clean, extras = split_parens(c["name"])
        head, inverted = invert_comma(clean)
        geo = en.get(code)
        v = [c["name"], clean] + extras
        for k in ("common_name", "official_name"):
            if c.get(k):
                v.append(c[k])
        if head:
            v.append(head)
        if inverted:
            v.append(inverted)
        if geo:
            v.append(geo)
        v += sorted(en_alt.get(code, ()))
        if c.get("common_name"):
            canon = c["common_name"]
        elif clean != c["name"] or head:
            canon = geo or (inverted[4:] if inverted and inverted.startswith("The ") else inverted) or clean
        elif geo and len(geo.split()) < len(clean.split()):
            canon = geo
        else:
            canon = clean
        country_canonical[code] = canon
        country_variants[code] = v
        country_primary[code] = {canon, c["name"], clean}
    # countries geonames has and ISO 3166-1 does not (Kosovo, XK)
    for code in sorted({c["cc"] for c in cities} - current_codes):
        name = en.get(code) or next(c["country"] for c in cities if c["cc"] == code)
        country_canonical[code] = name
        country_variants[code] = [name]
        country_primary[code] = {name}
    for c in former:
        clean, extras = split_parens(c["name"])
        head, inverted = invert_comma(clean)
        v = [c["name"], clean] + extras
        if head:
            v.append(head)
            if head.isupper():
                v += c["name"].split(", ")[1:]
        if inverted:
            v.append(inverted)
        successor = by_numeric.get(c.get("numeric"))
        if successor:
            country_variants[successor] += v
            continue
        code = c["alpha_4"]
        canon = head if (head and head not in [x["name"] for x in countries]) else (
            (inverted[4:] if inverted and inverted.startswith("The ") else inverted) or clean)
        country_canonical[code] = canon
        country_variants[code] = v
        country_primary[code] = {canon, c["name"], clean}
    owners = {}
    expanded = {}
    for code, names in country_variants.items():
        out = set()
        for n in names:
            for x in expand(n):
                out.add(x)
                if x.lower().startswith("the "):
                    out.add(x[4:])
        expanded[code] = out
        for x in out:
            owners.setdefault(x, set()).add(code)
    country_names = {}
    for code, names in expanded.items():
        for n in names:
            if not usable(n) or (len(owners[n]) > 1 and n not in country_primary[code]):
                continue
            add_row(n, country_canonical[code], "country", code)
            country_names.setdefault(n, set()).add(code)

    # --- regions
    subs = read_json("iso_3166-2.json")["3166-2"]
    regions = []
    for s in subs:
        cc = s["code"][:2]
        canon, variants, bases, eng_type, is_fallback = region_forms(s["name"], cc, places)
        regions.append({"code": s["code"], "cc": cc, "type": s["type"], "canon": canon,
                        "variants": variants, "bases": bases, "eng_type": eng_type,
                        "fallback": is_fallback})
    # link geonames first-level regions (used by cities) to iso-codes subdivisions
    region_by_key = {}
    for r in regions:
        keys = set()
        for b in r["bases"] + [r["canon"], strip_en_type(r["canon"])]:
            for x in (b, direction_english(b)):
                if x:
                    k = skeleton(x)
                    if len(k) >= 3:
                        keys.add(k)
        r["keys"] = keys
        for k in keys:
            region_by_key.setdefault((r["cc"], k), set()).add(id(r))
    reg_by_id = {id(r): r for r in regions}
    admin_pop = {}
    for c in cities:
        k = c["cc"] + "." + c["admin_code"]
        admin_pop[k] = admin_pop.get(k, 0) + c["pop"]
    admin_link = {}   # "CC.code" -> iso-codes region, or the geonames name when unlinked
    extra_regions = []
    exact_index = {}
    for r in regions:
        for v in r["variants"] + r["bases"] + [r["canon"]]:
            f = (fold(tidy(v)) or tidy(v)).lower()
            exact_index.setdefault((r["cc"], f), set()).add(id(r))
    for key, name in sorted(admin1.items()):
        cc = key[:2]
        gname = normalise_geonames_region(name)
        b = strip_en_type(name)
        cand = set()
        for x in (name, gname, b):
            hit = exact_index.get((cc, (fold(tidy(x)) or tidy(x)).lower()), set())
            if hit:
                cand = set(hit)
                break
        if not cand:
            for x in (b, direction_english(b)):
                if x:
                    cand |= region_by_key.get((cc, skeleton(x)), set())
        if len(cand) > 1:
            # Kyiv City: prefer the subdivision whose type is the word geonames adds
            last = name.split()[-1].lower()
            pick = {i for i in cand if last in (reg_by_id[i]["type"].lower().split()
                                                 + reg_by_id[i]["canon"].lower().split())}
            if len(pick) == 1:
                cand = pick
        if not cand:
            cand = prefix_link(cc, skeleton(b), regions)
        if len(cand) == 1:
            r = reg_by_id[next(iter(cand))]
            r["variants"] += [name, gname]
            r.setdefault("geonames", []).append(gname)
            admin_link[key] = r
        elif cand:
            admin_link[key] = gname
        elif admin_pop.get(key, 0) < EXTRA_REGION_MIN_POP:
            admin_link[key] = gname
        else:
            # a populous region iso-codes names otherwise (Bayern / Bavaria): its English
            # name becomes a region of its own
            short = strip_en_type(name)
            canon = gname if gname != tidy(name) else (
                short if short != tidy(name) and re.search(r"\bof\b|^Canton ", name) else gname)
            r = {"code": key, "cc": cc, "type": "", "canon": drop_soft_sign(canon),
                 "variants": [name, gname, canon], "bases": [], "eng_type": None,
                 "fallback": False, "from_geonames": True}
            extra_regions.append(r)
            admin_link[key] = r
    regions += extra_regions
    # a region left with a transliterated adjective (Zaporizka Oblast) takes the English
    # name of the geonames region linked to it (Zaporizhzhya Region)
    for r in regions:
        g = r.get("geonames", [])
        if (r["fallback"] and len(set(g)) == 1 and not re.search(
                r"(sk|ck)(aya|aja|iy|ij|yy|yj|a)$", strip_en_type(g[0]))):
            new = g[0]
            if r["eng_type"] and strip_en_type(new) == new:
                new = new + " " + r["eng_type"]
            r["canon"] = new
            r["variants"].append(new)
    # same canonical twice in one country (Toshkent city and region): add the type
    seen = {}
    for r in regions:
        seen.setdefault((r["cc"], r["canon"]), []).append(r)
    for group in seen.values():
        if len(group) > 1:
            for r in group:
                t = r["type"].split(" (")[0]
                if not r["canon"].lower().endswith(t.lower()):
                    r["canon"] = r["canon"] + " " + t[:1].upper() + t[1:]
                    r["variants"].append(r["canon"])
    for r in regions:
        folded = ascii_canonical(r["canon"])
        if folded != r["canon"]:
            r["variants"].append(r["canon"])
            r["canon"] = folded
    admin_region = {k: ascii_canonical(v["canon"] if isinstance(v, dict) else v)
                    for k, v in admin_link.items()}
    linked = sum(1 for v in admin_link.values()
                 if isinstance(v, dict) and not v.get("from_geonames"))
    for r in regions:
        out = set()
        for n in r["variants"]:
            out |= expand(n)
        for n in out:
            if usable(n) and not (r.get("from_geonames") and n.lower() in lower_words):
                add_row(n, r["canon"], "region", r["cc"])

    # --- cities
    best = {}   # name -> (population, order, city, canonical)
    for order, c in enumerate(cities):
        names = set()
        canon = ascii_canonical(c["name"])
        base_names = [canon, c["name"]] + sorted(en_alt.get(c["id"], ()))
        no_abbr = re.sub(r",?\s+(?:[A-Z]\.){2,}$", "", canon)
        if no_abbr != canon:
            base_names.append(no_abbr)
        if c["cc"] in RU_TRANSLIT_COUNTRIES:
            base_names.append(latin_name(local_mo["ru"].get(c["id"], ""), "ru"))
        lang = LOCAL_LANGS.get(c["cc"])
        if lang:
            base_names.append(latin_name(local_mo[lang].get(c["id"], ""), lang))
        for n in base_names:
            if n:
                names |= expand(n)
        for n in names:
            if not usable(n):
                continue
            if n.lower() in lower_words and (COMMON_WORD_KEEP_POP is None
                                             or c["pop"] < COMMON_WORD_KEEP_POP):
                continue
            if n in country_names and c["cc"] not in country_names[n]:
                continue
            cur = best.get(n)
            if cur is None or c["pop"] > cur[0]:
                best[n] = (c["pop"], order, c, canon)
    for n, (_, _, c, canon) in best.items():
        region = admin_region.get(c["cc"] + "." + c["admin_code"], "")
        add_row(n, canon, "city", c["cc"], region, fmt_coord(c["lat"]), fmt_coord(c["lon"]))

    # --- write
    out_rows = sorted(rows)
    with open(os.path.join(OUT_DIR, "places.tsv"), "w", encoding="utf-8") as f:
        f.write("# name\tcanonical\tkind\tcountry_code\tregion\tlat\tlon\n")
        for r in out_rows:
            f.write("\t".join(r) + "\n")
    with open(os.path.join(OUT_DIR, "common_words.txt"), "w", encoding="utf-8") as f:
        f.write("# lower-case English words (letters only, length >= 2) from wamerican "
                "(SCOWL); generated by gen-gazetteers.py\n")
        for w in sorted(lower_words):
            f.write(w + "\n")

    counts = {}
    for r in out_rows:
        counts[r[2]] = counts.get(r[2], 0) + 1
    entities = {}
    for r in out_rows:
        entities.setdefault(r[2], set()).add((r[1], r[3]))
    for kind in ("country", "region", "city"):
        print("%-8s %6d rows  %6d distinct canonical names"
              % (kind, counts.get(kind, 0), len(entities.get(kind, ()))))
    print("common words %d" % len(lower_words))
    print("geonames regions: %d linked to iso-codes subdivisions, %d added as regions of "
          "their own, %d left unlinked, of %d" % (linked, len(extra_regions),
                                              len(admin1) - linked - len(extra_regions),
                                              len(admin1)))


def expand(name):
    """A name, its ASCII form, the form without in-word apostrophes (Farg'ona -> Fargona)
    and the Saint / St. / St forms."""
    n = tidy(name)
    out = set()
    for x in [n, fold(n)] + saint_forms(n):
        if not x:
            continue
        x = x.lstrip("'")
        out.add(x)
        f = fold(x)
        if f and re.search(r"[a-z]{2}'(?!s\b)[a-z]", f, re.I):
            out.add(x.replace("'", ""))
    return out


def normalise_geonames_region(name):
    """geonames region names as the iso-codes side writes them: 'Almaty Oblysy',
    'Moscow Oblast' -> 'Almaty Region', 'Moscow Region'."""
    m = re.match(r"^(.*?) (Oblysy|Oblast[’']?|Region|Voblasc[’']?)$", tidy(name))
    return drop_soft_sign(m.group(1)) + " Region" if m else tidy(name)


def ascii_canonical(name):
    """Node labels of cities and regions are ASCII where the name folds to it
    (Zhezqazghan, Sao Paulo, Mangghystau Region), as in English news copy."""
    n = drop_soft_sign(tidy(name))
    return (fold(n) or n).strip("'")


def usable(n):
    return len(n) >= MIN_LEN and not re.fullmatch(r"[\d\s\W]+", n) and re.search(r"[^\W\d_]", n)


def fmt_coord(x):
    return ("%.4f" % x).rstrip("0").rstrip(".")


def strip_en_type(name):
    """'Karaganda Region' -> 'Karaganda', 'Free State of Thuringia' -> 'Thuringia'."""
    n = tidy(re.sub(r"\s*\(.*?\)", "", name))
    low = (fold(n) or n).lower()
    m = re.match(r"^((?:\w+ )+?)(?:of|de) (.+)$", low)
    if m and all(w in EN_FORMAL_WORDS for w in m.group(1).split()):
        return n[len(n) - len(m.group(2)):]
    if low.startswith("canton "):
        return n[7:]
    for t in sorted(EN_TYPE_WORDS, key=len, reverse=True):
        if low.endswith(" " + t) and len(low) > len(t) + 3:
            return n[:len(n) - len(t) - 1]
    return n


def prefix_link(cc, key, regions):
    """Links a geonames region to the one iso-codes subdivision of the same country whose
    key shares the longest prefix with it, if long enough (Zaporizhzhya ~ Zaporizka)."""
    if len(key) < 5:
        return set()
    best = {}
    for r in regions:
        if r["cc"] != cc:
            continue
        for k in r["keys"]:
            p = 0
            while p < min(len(k), len(key)) and k[p] == key[p]:
                p += 1
            if p >= 5 and p >= 0.6 * min(len(k), len(key)):
                best[id(r)] = max(best.get(id(r), 0), p)
    if not best:
        return set()
    top = max(best.values())
    return {i for i, p in best.items() if p == top}


if __name__ == "__main__":
    main()
