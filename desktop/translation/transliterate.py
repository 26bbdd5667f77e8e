"""Serbian Cyrillic <-> Latin transliteration.

Serbian is stored once, in the script it was written in, and shown or exported in either script.

Cyrillic -> Latin is mechanical; the only choice is the case of Љ Њ Џ: ``LJ NJ DŽ`` inside all-caps words
(every letter upper case, at least two letters), ``Lj Nj Dž`` otherwise (title case, lone letter).

Latin -> Cyrillic needs rules, applied word by word (a "word" is a run of letters; hyphenated compounds
such as ``Wi-Fi`` or ``UNDP-a`` are judged as a whole):

* ``lj nj dž`` are one letter (љ њ џ) except in the listed words where the two letters meet across a
  prefix or a foreign root (``injekcija`` -> инјекција, ``nadživeti`` -> надживети); see ``_DIGRAPH_SPLITS``.
  ``dj`` is always д + ј: the app stores proper ``đ``, and ``dj`` is a real letter pair in ``podjela``.
* Kept verbatim: URLs, e-mail addresses, domain and file names (``plan.pdf``), format placeholders
  (``{n}``, ``%s``, ``%1``), XML/HTML tags and entities, and foreign words, which are recognised by
  letters Serbian Latin lacks (q w x y ä ë ç ...), by English letter clusters (``th``, ``ch``, doubled
  consonants), by a capital inside a word (``PowerPoint``), by English endings (``'s``) or by a short list.
  A Serbian case ending hyphenated to a kept word is still transliterated: ``Wi-Fi-ja`` -> ``Wi-Fi-ја``.
* All-caps tokens: known foreign acronyms stay (``UNDP``, ``OSCE``), known Serbian ones are transliterated
  (``OEBS`` -> ОЕБС, ``EU`` -> ЕУ). An unknown all-caps word is transliterated when it is evidently
  Serbian (has č ć š ž đ, LJ or NJ, six or more letters, is a common short Serbian word) or stands in an
  all-caps stretch (a heading) that contains such a word; otherwise, up to five letters, it is taken for
  an acronym and kept. ``UNDP-a`` -> ``UNDP-а``: the acronym stays, the Serbian ending is transliterated.
* Numbers are untouched; codes (one to three capitals touching a digit: ``A-12``, ``B2``, ``CO2``) and
  Roman numerals stay Latin, as in Serbian Cyrillic typography. ``II``, ``IV``, ``XII`` always; a lone
  ``I`` or ``V`` only next to ``Poglavlje``/``faza``/``razred``..., as ``I.`` at the start of a line, or
  (``I`` only) right after a capitalised word (``Petra I``); elsewhere it is the conjunction or an initial.

* Names of organisations and programmes stay whole in Latin ("Save the Children", "Terre des hommes"):
  a run of capitalised words joined by spaces (and by foreign function words such as "the", "des", "of")
  stays Latin when it holds a foreign word; Serbian-looking words at its edges ("Organizacija", "Fondacijom")
  are not part of the name. The names listed in the glossary ("keep as written", see ``set_kept_names``)
  stay Latin wherever they occur as whole words, case as written, the longest first.

Non-letters are never changed, so punctuation, whitespace and newlines survive exactly. The one
normalisation is NFC on Latin input, so that decomposed ``z`` + caron is recognised as ``ž``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Final

from desktop.core.richtext import map_words, to_plain

__all__ = [
    "CYRILLIC",
    "LATIN",
    "NO_SCRIPT",
    "convert",
    "detect_script",
    "kept_names",
    "set_kept_names",
    "to_cyrillic",
    "to_latin",
    "when_kept_names_change",
]

LATIN: Final = "latn"
CYRILLIC: Final = "cyrl"
NO_SCRIPT: Final = "none"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---------------------------------------------------------------------------------------------------
# Alphabets (Azbuka order). Only these 30 letters are converted; other Cyrillic (я, ы, ѓ, ѝ ...) and
# other Latin letters pass through unchanged.

_CYR = "абвгдђежзијклљмнњопрстћуфхцчџш"
_LAT = ("a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r",
        "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š")  # fmt: skip

_CYR2LAT: Final = {ord(c): lat for c, lat in zip(_CYR, _LAT, strict=True)}
_CYR2LAT |= {ord(c.upper()): lat[0].upper() + lat[1:] for c, lat in zip(_CYR, _LAT, strict=True)}
_CYR_CAPS_DIGRAPHS: Final = str.maketrans({"Љ": "LJ", "Њ": "NJ", "Џ": "DŽ"})

_LAT2CYR: Final = {ord(lat): c for c, lat in zip(_CYR, _LAT, strict=True) if len(lat) == 1}
_LAT2CYR |= {ord(lat.upper()): c.upper() for c, lat in zip(_CYR, _LAT, strict=True) if len(lat) == 1}
# Unicode digraph ligatures (from old encodings and some PDFs) and Eth, often typed for Đ.
_LAT2CYR |= {ord(k): v for k, v in zip("ǄǅǆǇǈǉǊǋǌÐ", "ЏЏџЉЉљЊЊњЂ", strict=True)}
# Applied before the single-letter table; "lJ", "nJ", "dŽ" are not digraphs (no word is spelt so).
_DIGRAPHS: Final = (("lj", "љ"), ("Lj", "Љ"), ("LJ", "Љ"), ("nj", "њ"), ("Nj", "Њ"), ("NJ", "Њ"),
                    ("dž", "џ"), ("Dž", "Џ"), ("DŽ", "Џ"))  # fmt: skip

_SR_CYR_LETTER_RE: Final = re.compile("[" + _CYR + _CYR.upper() + "]")
_SR_LAT_LETTER_RE: Final = re.compile("[a-pr-vzA-PR-VZčćšžđČĆŠŽĐ]")

_L: Final = r"[^\W\d_]"  # one letter (any script)
_LATIN_RE: Final = re.compile("[A-Za-z\u00c0-\u024f]")
_CYR_DIGRAPH_WORD_RE: Final = re.compile(rf"(?<!{_L}){_L}*?[ЉЊЏ]{_L}*")

# ---------------------------------------------------------------------------------------------------
# Latin digraphs that are two letters.
#
# Pravopis srpskoga jezika (Matica srpska, § on the Latin alphabet) names the cases: d + ž and n + j
# (rarely l + j) meeting at the seam of a prefix and a root, and foreign roots with in-/kon-/pan- + j.
# No rule can find them (odžak, Odžaci, nadžak, konj, kanjon, tanjir are one letter), so they are listed
# as stems matched at the start of a word, optionally after the negation "ne" (neodžaljen), which
# covers every inflected and derived form (injekcijom, nadživela, podžupana, konjugacijama).
# "|" marks where the pair splits. Scope: the prefix words listed in the Pravopis dictionary and
# general dictionaries (nad-, od-, pod-, pred-), the Latin in-/kon- loanwords, pan-/van- + jug-/jez-,
# and names met in public documents (Tanjug, Benjamin). No native word has a split l + j, so there
# is none. "pod|ž" and "pred|ž" are whole-prefix rules: no Serbian word begins with podž-/predž- + џ.
_DIGRAPH_SPLITS: Final = (
    # n + j
    "in|jekc",  # injekcija, injekcioni
    "in|jekt",  # injektirati, injektor
    "in|jicir",  # injicirati
    "in|junkc",  # injunkcija
    "in|jurij",  # injurija (legal: insult), injurijski
    "kon|jug",  # konjugacija, konjugovati, konjugalni (but konj, konjica, Konjic: њ)
    "kon|junk",  # konjunkcija, konjunktiv, konjunktivitis, konjunktura
    "kon|jektur",  # konjektura
    "van|jezič",  # vanjezički (but vanjski: њ)
    "van|jugoslov",  # vanjugoslovenski
    "pan|jugoslov",  # panjugoslovenski
    "tan|jug",  # Tanjug, Tanjuga (news agency; but tanjir, tanjur: њ)
    "an|jon",  # anjon, anjonski (but kanjon: the stem is matched at the word start only)
    "ben|jamin",  # Benjamin, Benjaminov
    # d + ž
    "nad|živ",  # nadživeti, nadživjeti, nadživljavati
    "nad|žnj",  # nadžnjeti
    "nad|žanj",  # nadžanjem
    "nad|žet",  # nadžeti
    "nad|žel",  # nadželudačni
    "nad|žup",  # nadžupan, nadžupnik
    "nad|ždrel",  # nadždrelni
    "nad|žrec",  # nadžrec  (but nadžak: џ)
    "od|žal",  # odžaliti, neodžaljen  (but odžak, odžačar, Odžaci: џ)
    "od|živ",  # odživeti, odživljavati
    "od|žubor",  # odžuboriti
    "od|žvak",  # odžvakati
    "od|žvać",  # odžvaćen
    "od|žari",  # odžariti
    "pod|ž",  # podžupan, podželudačni, podžanr, podžigati, podžeći, podžnjeti
    "pred|ž",  # predživot, predželudac, predžetveni
    "feld|žandarm",  # feldžandarm, feldžandarmerija
)
_SPLIT_AT: Final = {s.replace("|", ""): s.index("|") for s in _DIGRAPH_SPLITS}

_SPLIT_RE: Final = re.compile(r"(?i:ne)?(?P<stem>(?i:" + "|".join(sorted(_SPLIT_AT, key=len, reverse=True)) + "))")

# ---------------------------------------------------------------------------------------------------
# Foreign words.

# Letters outside Serbian Latin mark a foreign (or Albanian) word: q w x y, ë ç ä ö ü é ß, Greek ...
# Cyrillic, the digraph ligatures and Eth are not foreign here.
_FOREIGN_LETTER_RE: Final = re.compile(r"[^\W\d_a-pr-vzA-PR-VZčćšžđČĆŠŽĐ\u0400-\u04ff\u01c4-\u01ccÐ]")
# English clusters that native Serbian spelling never has (doubled consonants are simplified in
# Serbian); the few Serbian compounds that do have them are exempt.
_CLUSTER_RE: Final = re.compile(r"ch|th|bb|cc|ff|gg|hh|kk|ll|mm|pp|rr|ss|tt")
_CLUSTER_SERBIAN: Final = ("postt", "posth", "transs")  # posttraumatski, posthumno, transsibirski
# A capital after a small letter (PowerPoint, iPhone, McDonald) is not Serbian, except these
# Serbian mixed-case abbreviations.
_INNER_CAP_RE: Final = re.compile(r"[a-zčćšžđ][A-ZČĆŠŽĐ]")
_MIXED_CASE_SERBIAN: Final = frozenset({"BiH", "KiM"})  # БиХ, КиМ
# Foreign words with no marker above that occur in donor-funded municipal documents (lower case, whole
# word). Not exhaustive: foreign words written only with Serbian letters cannot be told by rule.
_FOREIGN_WORDS: Final = _words(
    """online email mail gmail facebook google viber zoom skype microsoft outlook windows iphone
    smartphone software hardware download upload login logout password username feedback workshop
    webinar hotline helpline team teams meeting cloud share home page homepage open source smart
    green deal handicap international foundation fund project management development social
    services partners partnership trust hub center centre government"""
)
# English "'s", "n't", "'ll" ...: the apostrophe would otherwise split the word.
_ENGLISH_APOSTROPHE: Final = rf"(?<!{_L}){_L}+['’](?:s|t|ll|re|ve|d|m)(?!{_L})"
# Serbian case endings that may be hyphenated to a kept foreign word or acronym (Wi-Fi-ja, e-mail-om).
_ENDING_RE: Final = re.compile(
    r"j?(?:a|e|i|u|o|om|em|ima|ama|og|oj)|[oe]v(?:a|e|i|u|o|om|ih|im|ima|og|oj|ac|ca|ci|cu|cem)?"
    r"|(?:ov|ev)?sk(?:i|a|o|e|u|og|om|oj|ih|im|ima)"
)

# ---------------------------------------------------------------------------------------------------
# All-caps tokens.

# Acronyms of foreign names: Serbian documents write them in Latin letters in either script.
_FOREIGN_ACRONYMS: Final = _words(
    """UNDP UNICEF USAID OSCE UNMIK KFOR EULEX UNHCR UNFPA UNOPS UNESCO UNIDO UNEP UNV ILO IOM OHCHR
    OECD IMF EBRD EIB IFC GIZ SDC SIDA DFID JICA KOICA TIKA FAO NDI IRI NATO NGO CSO IPA IPARD CEFTA
    SDG SDGS ICT IT GDP GDPR HTML PDF URL ISO IBAN SWIFT EUR USD RSD CHF GBP ALL VAT ID PIN SMS GPS USB
    CD DVD CV OK CEO HR PR QR LGBT LGBTI LGBTIQ AIDS COVID SARS ECTS PISA OSBE MAPL KEK KOSTT ASK"""
)
# Serbian acronyms (from Serbian words): Cyrillic documents write them in Cyrillic. Scope: general
# ones (EU, UN, SAD ...) and the institutions of local government, health and social protection.
_SERBIAN_ACRONYMS: Final = _words(
    """OEBS EU UN SAD MUP PDV BDP JLS SO MZ CSR DZ NVO OCD SKGO RS AP APV RZS NSZ PIO RFZO JKP JP DOO
    AD SRJ SFRJ SCG TV HIV SPC RTS RTK KZ ZUP ZZJZ PU MSP LER LAP OSI RB BR STR GOD DIN"""
)
# Common Serbian words of up to five letters without č ć š ž đ lj nj, which alone could pass for an
# acronym: one-word headings (UVOD, PLAN) and the short words of all-caps titles.
_SERBIAN_CAPS_WORDS: Final = _words(
    """DA NE NI NO ILI ALI PA TE JE SU SE SI SAM SMO STE BI ZA NA OD DO IZ SA UZ KA PO PRI
    KOD BEZ NAD POD PRED KROZ OKO KAO KAD GDE GDJE KO TO TA TAJ OVAJ OVO OVA ONI SVI SVE
    UVOD PLAN MERE MERA DEO DIO GLAVA OPIS ROK BROJ IZVOR NAZIV DATUM MESTO SVRHA ZAKON CENA TEMA ANEKS
    PRAVO STAV AKT AKTI OBLIK FAZA NIVO GRAD SELO IME TIP VRSTA OBIM IZNOS SVEGA ZONA MAPA AUTOR RIZIK
    ISHOD OCENA OBUKA DECA DETE MLADI OSOBE ROMI RAD RADA RADNI ODBOR"""
)
_SERBIAN_MARK_RE: Final = re.compile(r"[ČĆŠŽĐ]|LJ|NJ")

# Roman numerals (canonical form). MI, VI, LI, DIV are also Serbian words: read as words in an
# all-caps Serbian stretch ("MI SMO"), as numerals otherwise.
_ROMAN_RE: Final = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_WORDS: Final = frozenset({"MI", "VI", "LI", "DIV"})
_ROMAN_LOWER: Final = frozenset({"ii", "iii", "iv", "vii", "viii"})  # (ii), (iv): not Serbian words
# Words (stems, lower case) before or after which a lone I / V / L ... is a numeral: "Poglavlje I",
# "faza II", "V razred".
_NUMBERED: Final = (
    "poglavlj", "glav", "deo", "dela", "delu", "dio", "dijel", "član", "odeljak", "odeljk", "odjeljak",
    "odjeljk", "tačk", "stav", "aneks", "prilog", "faz", "etap", "kvartal", "tromesečj", "tromjesečj",
    "polugodišt", "semest", "razred", "vek", "vijek", "stepen", "kategorij", "nivo", "prioritet",
    "komponent", "modul", "sekcij", "odsek", "odsjek", "knjig",
)  # fmt: skip
_NEXT_WORD_RE: Final = re.compile(rf"[ \t]*({_L}+)")
_INITIAL_RE: Final = re.compile(r"\.[ \t]+[A-ZČĆŠŽĐ]")

# ---------------------------------------------------------------------------------------------------
# Foreign names of several words ("Save the Children", "World Vision", "Terre des hommes").
#
# Judged word by word, such a name mixes kept and converted words ("Саве the Children"). A run of
# capitalised words separated by spaces only, possibly joined by a foreign function word (and followed
# by a lower-case foreign word after one: "des hommes"), is one name; it stays whole in Latin when it
# holds a foreign word or a joining word. Words that look Serbian are not part of a name ("Organizacija
# Save the Children", "sa Fondacijom World Vision"), so they are cut from its edges.

# English, French, German, Italian and Spanish function words of organisation names; none is a Serbian
# word, so each is evidence of a foreign name when it stands between capitalised words.
_NAME_JOINERS: Final = _words(
    """the of and for des de du la le les et pour sans und für der die das von zu del della degli
    dei el los las y"""
)
_UPPER: Final = "".join(re.escape(chr(c)) for c in range(0x250) if chr(c).isupper())
_JOINER = "(?i:" + "|".join(sorted(_NAME_JOINERS, key=len, reverse=True)) + rf")(?!{_L})"
# A whole word, not part of a compound (Wi-Fi) or an address; a hyphenated Serbian ending may follow
# ("World Vision-a": the ending is converted).
_WORD_END = rf"(?!{_L}|-(?!(?:{_ENDING_RE.pattern})(?![\w-])){_L}|[.@/]\w)"
# "des hommes": a lower-case word may follow a joiner.
_NAME_WORD = rf"(?:[{_UPPER}]{_L}*{_WORD_END}|{_JOINER}(?:[ \u00a0]+{_L}+{_WORD_END})?)"
_NAME_RUN_RE: Final = re.compile(rf"(?<![\w\-'’@./]){_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD})+")
_RUN_WORD_RE: Final = re.compile(rf"{_L}+")
# Endings and words that mark a capitalised word as Serbian: it is not part of a foreign name beside it.
_SERBIAN_ENDINGS: Final = (
    "ija", "ije", "iji", "iju", "ijom", "ijama", "ost", "osti", "ošću", "stvo", "stva", "stvu", "stvom",
    "nje", "nja", "nju", "njem", "ski", "ska", "sko", "ske", "skog", "skom", "skoj", "skih", "ški", "ška",
    "čki", "čka", "ama", "ima", "om", "em", "ovi", "ova", "ove", "og", "oj", "ština", "ak", "at",
)  # fmt: skip
_SERBIAN_NAME_WORDS: Final = frozenset(w.lower() for w in _SERBIAN_CAPS_WORDS) | _words(
    """kosovo kosova srbija srbije beograd priština prištine opština opštine grad grada centar centra
    fondacija organizacija udruženje program projekat projekta partner partneri podrška saradnja ministarstvo"""
)

# ---------------------------------------------------------------------------------------------------
# Tokens. Every word (a run of letters, or a hyphenated compound: Wi-Fi, UNDP-a) is one token; so is
# every span kept verbatim. Matching whole words first means the regex never restarts inside a word,
# which keeps 1 MB well under a second; a word glued to "@", ".x", "'s" or "://" is tried as a kept
# span first and taken as a plain word only if none fits.

_END = r"[^\s<>\"'.,;:!?)\]}»”]"  # a URL does not end with sentence punctuation
_EXTENSIONS = (
    "com|org|net|edu|gov|int|info|eu|rs|srb|me|ba|hr|mk|al|si|de|at|ch|uk|io|"
    "pdf|docx?|xlsx?|pptx?|od[tsp]|csv|txt|rtf|zip|png|jpe?g|gif|svg|xml|json|html?|xliff|xlf|tmx|tbx|po"
)
_COMPOUND = rf"(?>{_L}+(?:-{_L}+)*)"
_TOKEN_RE: Final = re.compile(
    rf"""
    (?P<word>{_COMPOUND})(?![\w@'’+]|\.\w|://)
  | (?P<keep>
        (?<![\w/])(?i:(?:https?|ftp)://|www\.)[^\s<>"]*{_END}
      | (?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+
      | (?<![\w.@/-])[\w-]+(?:\.[\w-]+)*\.(?i:{_EXTENSIONS})(?![\w-])(?:/[^\s<>"]*{_END})?
      | \{{[^{{}}\s]*\}}
      | %(?:\(\w+\))?[-+\#0]*\d*(?:\.\d+)?[sdifgeExXcrn](?!{_L}) | %L?\d+ | %%
      | </?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?> | &(?:[A-Za-z]+|\#\d+|\#x[0-9A-Fa-f]+);
      | {_ENGLISH_APOSTROPHE}
    )
  | (?P<glued>{_COMPOUND})
    """,
    re.VERBOSE,
)

# Conversions of context-free words (no all-caps part), shared between calls; cleared when large.
_CACHE: dict[str, str] = {}
_CACHE_LIMIT: Final = 200_000


# ---------------------------------------------------------------------------------------------------
# Cyrillic -> Latin


def to_latin(text: str) -> str:
    """Serbian Cyrillic to Latin; Љ Њ Џ give LJ NJ DŽ in all-caps words, Lj Nj Dž otherwise."""
    if "Љ" in text or "Њ" in text or "Џ" in text:
        text = _CYR_DIGRAPH_WORD_RE.sub(_caps_digraphs, text)
    return text.translate(_CYR2LAT)


def _caps_digraphs(match: re.Match[str]) -> str:
    word = match.group()
    return word.translate(_CYR_CAPS_DIGRAPHS) if len(word) >= 2 and word.isupper() else word


# ---------------------------------------------------------------------------------------------------
# Latin -> Cyrillic


def to_cyrillic(text: str) -> str:
    """Serbian Latin to Cyrillic, keeping foreign words, acronyms, URLs, codes and Roman numerals."""
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    caps = _CapsContext(text)
    cache = _CACHE
    if len(cache) > _CACHE_LIMIT:
        cache.clear()

    def token(match: re.Match[str]) -> str:
        if match.lastgroup == "keep":
            return match.group()
        word = match.group()
        done = cache.get(word)
        if done is None:
            done, context_free = _compound(text, match.start(), match.end(), caps)
            if context_free:
                cache[word] = done
        return done

    kept = _kept_spans(text)
    if not kept:
        return _TOKEN_RE.sub(token, text)
    # Convert the stretches between kept names; the tokens still see the whole text (caps stretches,
    # numerals), and everything between tokens is copied as it is.
    out: list[str] = []
    pos = 0
    for start, end in (*kept, (len(text), len(text))):
        for match in _TOKEN_RE.finditer(text, pos, start):
            out.append(text[pos : match.start()])
            out.append(token(match))
            pos = match.end()
        out.append(text[pos:end])
        pos = end
    return "".join(out)


def _plain(text: str) -> str:
    """Letter-by-letter conversion of text known to hold only ordinary Serbian words."""
    if "j" in text or "J" in text or "ž" in text or "Ž" in text:
        for latin, cyrillic in _DIGRAPHS:
            text = text.replace(latin, cyrillic)
    return text.translate(_LAT2CYR)


def _word(word: str) -> str:
    """An ordinary word, with the listed digraph splits."""
    match = _SPLIT_RE.match(word)
    if match is None:
        return _plain(word)
    cut = match.start("stem") + _SPLIT_AT[match.group("stem").lower()]
    return _plain(word[:cut]) + _plain(word[cut:])


@lru_cache(maxsize=65536)
def _is_foreign(word: str) -> bool:
    if _FOREIGN_LETTER_RE.search(word):
        return True
    lower = word.lower()
    if lower in _FOREIGN_WORDS:
        return True
    if _INNER_CAP_RE.search(word) and word not in _MIXED_CASE_SERBIAN:
        return True
    return _CLUSTER_RE.search(lower) is not None and not lower.startswith(_CLUSTER_SERBIAN)


# ---------------------------------------------------------------------------------------------------
# Names kept in Latin: the glossary's list and foreign names found by rule.

_kept_names: tuple[str, ...] | None = None  # None: read from the user's glossary at first use
_kept_re: re.Pattern[str] | None = None
_on_kept_names_change: list[Callable[[], object]] = []


def when_kept_names_change(callback: Callable[[], object]) -> None:
    """Call `callback` (typically a cache's ``cache_clear``) whenever the list of kept names is set."""
    _on_kept_names_change.append(callback)


def set_kept_names(names: Iterable[str] | None) -> None:
    """Keep these names as written (whole words, case as written, the longest first) in every
    conversion to Cyrillic; None reads the user's glossary again at the next conversion."""
    global _kept_names, _kept_re
    if names is None:
        _kept_names, _kept_re = None, None
    else:
        unique = {" ".join(n.split()) for n in names} - {""}
        _kept_names = tuple(sorted(unique, key=lambda n: (-len(n), n)))
        # Words of a name may be separated by any whitespace (a line break inside a table cell).
        alternatives = [r"\s+".join(map(re.escape, name.split())) for name in _kept_names]
        _kept_re = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)") if alternatives else None
    for callback in _on_kept_names_change:
        callback()


def kept_names() -> tuple[str, ...]:
    """The names kept as written, longest first; the user's glossary (or the built-in one) until set."""
    if _kept_names is None:
        from desktop.translation.glossary_file import load_kept_names  # the data folder, read once

        set_kept_names(load_kept_names())
    return _kept_names or ()


_APOSTROPHE_END_RE: Final = re.compile(rf"['’](?:s|t|ll|re|ve|d|m)(?!{_L})")


def _kept_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds a name that stays in Latin, in text order, without overlaps."""
    kept_names()
    spans = [m.span() for m in _kept_re.finditer(text)] if _kept_re is not None else []
    spans += _name_runs(text)
    if not spans:
        return []
    spans.sort()
    merged = [list(spans[0])]
    for start, end in spans[1:]:
        if start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    result = []
    for start, end in merged:
        ending = _APOSTROPHE_END_RE.match(text, end)  # "Save the Children's": the English ending stays too
        result.append((start, ending.end() if ending else end))
    return result


def _name_runs(text: str) -> list[tuple[int, int]]:
    """Multi-word foreign names: runs of capitalised words that hold a foreign or joining word."""
    spans = []
    for run in _NAME_RUN_RE.finditer(text):
        words: list[tuple[int, int, str]] = []
        after_joiner = False
        for m in _RUN_WORD_RE.finditer(text, run.start(), run.end()):
            word = m.group()
            joiner = word.lower() in _NAME_JOINERS
            if not (word[0].isupper() or joiner or (after_joiner and _is_foreign(word))):
                spans.extend(_name_span(words))  # a Serbian word after a joiner ends the name
                words = []
            else:
                words.append((m.start(), m.end(), word))
            after_joiner = joiner
        spans.extend(_name_span(words))
    return spans


def _name_span(words: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    def joiner(i: int) -> bool:
        return words[i][2].lower() in _NAME_JOINERS

    # Cut Serbian-looking words from the edges, and joiners in lower case ("La Strada" keeps its "La"). The
    # word before a joiner heads the name ("Habitat for Humanity", "Save the Children"): never cut.
    start, end = 0, len(words)
    while start < end and (
        (joiner(start) and words[start][2].islower())
        or (not joiner(start) and _serbian_looking(words[start][2]) and not (start + 1 < end and joiner(start + 1)))
    ):
        start += 1
    while end > start and (joiner(end - 1) or _serbian_looking(words[end - 1][2])):
        end -= 1
    name = words[start:end]
    # An acronym (TMX, XML) is foreign on its own, not evidence that the words beside it are ("Izvezi TMX").
    if len(name) < 2 or not any(w.lower() in _NAME_JOINERS or (_is_foreign(w) and not w.isupper()) for _, _, w in name):
        return []
    return [(name[0][0], name[-1][1])]


@lru_cache(maxsize=8192)
def _serbian_looking(word: str) -> bool:
    """A capitalised word that is evidently Serbian, so not part of a foreign name beside it."""
    if _is_foreign(word):
        return False
    lower = word.lower()
    return (
        len(word) == 1  # the conjunctions and prepositions I, A, U, O, S, K, V
        or lower in _SERBIAN_NAME_WORDS
        or word in _SERBIAN_ACRONYMS
        or _SERBIAN_LETTER_RE.search(lower) is not None
        or (len(lower) > 3 and lower.endswith(_SERBIAN_ENDINGS))
    )


_SERBIAN_LETTER_RE: Final = re.compile(r"[čćšžđ]|lj|nj|dž")


def _compound(text: str, start: int, end: int, caps: _CapsContext) -> tuple[str, bool]:
    """Convert a word or hyphenated compound; also say whether the result holds regardless of context."""
    chunk = text[start:end]
    if not _LATIN_RE.search(chunk):  # Cyrillic or another script: nothing to convert
        return chunk, True
    if "-" not in chunk:
        if not chunk.isupper():
            return (chunk if chunk in _ROMAN_LOWER or _is_foreign(chunk) else _word(chunk)), True
        return _caps(text, start, end, chunk, caps)
    spans, a = [], start
    for part in chunk.split("-"):
        spans.append((a, a + len(part)))
        a += len(part) + 1
    words = [text[a:b] for a, b in spans]
    if any(map(_is_foreign, words)):
        last = words[-1]
        if len(words) > 1 and last.islower() and _ENDING_RE.fullmatch(last) and not _is_foreign(last):
            return text[start : spans[-1][0]] + _plain(last), True
        return chunk, True
    parts = [_compound(text, a, b, caps) for a, b in spans]
    return "-".join(p for p, _ in parts), all(free for _, free in parts)


# How an all-caps word is decided (see the module docstring); the context-free part is cached.
_KEEP, _CONVERT, _LETTER, _NUMERAL_LETTER, _ROMAN_WORD, _SHORT_SERBIAN, _SHORT, _STRETCH = range(8)


@lru_cache(maxsize=65536)
def _caps_class(word: str) -> tuple[int, str]:
    if _is_foreign(word):
        return _KEEP, word
    cyrillic = _word(word)
    if len(word) == 1:
        return (_NUMERAL_LETTER if word in "IV" else _LETTER), cyrillic
    if _ROMAN_RE.fullmatch(word):
        return (_ROMAN_WORD if word in _ROMAN_WORDS else _KEEP), cyrillic
    if word in _SERBIAN_ACRONYMS:
        return _CONVERT, cyrillic
    if word in _FOREIGN_ACRONYMS:
        return _KEEP, word
    if len(word) <= 3:  # may be a code touching a digit (B2, CO2)
        return (_SHORT_SERBIAN if _serbian_caps(word) else _SHORT), cyrillic
    return (_CONVERT if _serbian_caps(word) else _STRETCH), cyrillic


def _caps(text: str, start: int, end: int, word: str, caps: _CapsContext) -> tuple[str, bool]:
    kind, cyrillic = _caps_class(word)
    if kind == _KEEP:
        return word, True
    if kind == _CONVERT:
        return cyrillic, True
    if kind == _STRETCH:
        keep = not caps.serbian_stretch(start, end)
    elif kind == _ROMAN_WORD:
        keep = _numbered(text, start, end) or not caps.serbian_stretch(start, end)
    elif _touches_digit(text, start, end):
        keep = True
    elif kind == _NUMERAL_LETTER:
        keep = _numbered(text, start, end)
    elif kind == _SHORT:
        keep = not caps.serbian_stretch(start, end)
    else:  # _LETTER, _SHORT_SERBIAN
        keep = False
    return (word if keep else cyrillic), False


@lru_cache(maxsize=65536)
def _serbian_stretch_word(word: str) -> bool:
    """Whether an all-caps word makes the stretch it stands in Serbian."""
    return (
        len(word) >= 2
        and word not in _FOREIGN_ACRONYMS
        and not _is_foreign(word)
        and (word in _SERBIAN_ACRONYMS or _serbian_caps(word))
    )


def _serbian_caps(word: str) -> bool:
    """Whether an all-caps word (not a known acronym) is evidently Serbian on its own."""
    return word in _SERBIAN_CAPS_WORDS or len(word) >= 6 or _SERBIAN_MARK_RE.search(word) is not None


def _touches_digit(text: str, start: int, end: int) -> bool:
    """A code such as A-12, 12/B, B2, 3.A."""
    if start and (text[start - 1].isdigit() or (text[start - 1] in "-/" and text[start - 2 : start - 1].isdigit())):
        return True
    after = text[end : end + 1]
    return after.isdigit() or (after in ("-", "/", ".") and text[end + 1 : end + 2].isdigit())


def _numbered(text: str, start: int, end: int) -> bool:
    """Whether a Roman-numeral-shaped token is used as a number here."""
    head = text[max(0, start - 40) : start].rstrip(" \t")
    cut = len(head)
    while cut and head[cut - 1].isalpha():
        cut -= 1
    prev = head[cut:]  # the word right before, if only blanks separate them
    if prev.lower().startswith(_NUMBERED):
        return True
    # A capital I right after a capitalised word is a regnal number ("Kralja Petra I"): the conjunction
    # is capitalised only at the start of a sentence. "Marko I. Petrović" is a middle initial.
    if end - start == 1 and text[start] == "I" and len(prev) > 1 and prev.istitle():
        return _INITIAL_RE.match(text, end) is None
    nxt = _NEXT_WORD_RE.match(text, end)
    if nxt and nxt.group(1).lower().startswith(_NUMBERED):
        return True
    # "I. Uvod", "V. Zaključak" at the start of a line ("I)", "V)" are list letters: A) B) V) G) ...)
    if text[end : end + 1] != ".":
        return False
    before = text[max(0, start - 200) : start]
    newline = before.rfind("\n")
    if newline < 0 and start > 200:
        return False
    return before[newline + 1 :].strip(" \t(-–•*") == ""


class _CapsContext:
    """Whether an all-caps token stands in an all-caps stretch that is evidently Serbian.

    A stretch runs between lower-case letters and newlines, so "AKCIONI PLAN 2025-2027" is one stretch
    and "podrška KFOR-a" isolates KFOR. The last stretch is cached: tokens arrive in text order.
    """

    __slots__ = ("_end", "_serbian", "_start", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._start = self._end = -1
        self._serbian = False

    def serbian_stretch(self, start: int, end: int) -> bool:
        if not (self._start <= start and end <= self._end):
            text = self._text
            floor = max(self._end, 0)  # the previous stretch ended at a break: search no further back
            last_break = _LAST_BREAK_RE.match(text, floor, start)
            self._start = last_break.end() if last_break else floor
            next_break = _BREAK_RE.search(text, end)
            self._end = next_break.start() if next_break else len(text)
            self._serbian = any(map(_serbian_stretch_word, _WORD_RE.findall(text, self._start, self._end)))
        return self._serbian


# A stretch breaks at a newline or a lower-case letter (Latin, Greek, Cyrillic: the scripts met here).
_LOWER: Final = "".join(re.escape(chr(c)) for r in (range(0x530), range(0x1E00, 0x1F00)) for c in r if chr(c).islower())
_BREAK_RE: Final = re.compile(rf"[\n{_LOWER}]")
_LAST_BREAK_RE: Final = re.compile(rf"(?s:.*)[\n{_LOWER}]")
_WORD_RE: Final = re.compile(rf"{_L}+")


# ---------------------------------------------------------------------------------------------------


def detect_script(text: str) -> str:
    """``"cyrl"`` or ``"latn"`` by majority of Serbian letters (a tie goes to Latin); ``"none"`` if there are none."""
    text = to_plain(text)  # a structured text's words, not its markup (whose tags are Latin letters)
    cyrillic = len(_SR_CYR_LETTER_RE.findall(text))
    latin = len(_SR_LAT_LETTER_RE.findall(text))
    if not cyrillic and not latin:
        return NO_SCRIPT
    return CYRILLIC if cyrillic > latin else LATIN


def convert(text: str, script: str) -> str:
    """Show ``text`` in ``script`` ("latn" or "cyrl").

    To Latin always converts (a no-op on Latin text). To Cyrillic leaves text that is already mostly
    Cyrillic as it is: the Latin words in a Cyrillic text are there on purpose (names, acronyms).
    """
    if script == LATIN:
        return map_words(text, to_latin)  # only the words of a structured text, never its markup
    if script == CYRILLIC:
        return text if detect_script(text) == CYRILLIC else map_words(text, to_cyrillic)
    raise ValueError(f"unknown script {script!r}: expected {LATIN!r} or {CYRILLIC!r}")
