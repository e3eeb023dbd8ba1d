"""UI languages: gettext catalogs compiled from locales/ at load, locale choice, CLDR formatting.

Strings are translated when shown (`_()` at draw or layout time), so switching the language
changes every screen at once. Module-level labels are marked with `N_()` and translated later.
"""

from __future__ import annotations

import gettext
import io
import math
import locale as system_locale
import os
import warnings
from datetime import date, datetime, timedelta

from quest.resources import LOCALES

# Babel's date, number and catalog modules are imported when first needed: the game's first
# frame needs none of them, and they cost a noticeable part of the start-up time.

LOCALES_DIR = LOCALES
DOMAIN = "quest"
DEFAULT_LANGUAGE = "en"
# How each language names itself on the title screen, where the everyday name reads better
# than CLDR's ("қазақ тілі"); languages not listed use CLDR's own name.
NATIVE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
# System locales that mean one of our languages (a Kazakh speaker's machine may say kk_KZ,
# kaz, or Kazakh_Kazakhstan on Windows).
SYSTEM_ALIASES = {"kaz": "kk", "kazakh": "kk", "rus": "ru", "russian": "ru", "eng": "en",
                  "english": "en"}

_catalogs: dict[str, gettext.NullTranslations] = {}
_language = DEFAULT_LANGUAGE
_listeners: list = []


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a plural pair for extraction; translate it later with ngettext(*pair, count)."""
    return singular, plural


def available_languages() -> list[str]:
    """The languages installed under locales/ (a folder with LC_MESSAGES/quest.po), English first."""
    found = set()
    if LOCALES_DIR.is_dir():
        for folder in LOCALES_DIR.iterdir():
            if (folder / "LC_MESSAGES" / f"{DOMAIN}.po").is_file():
                found.add(folder.name)
    found.add(DEFAULT_LANGUAGE)
    preferred = [lang for lang in ("kk", "ru", "en") if lang in found]
    return preferred + sorted(found - set(preferred))


def native_name(lang: str) -> str:
    """The language's name in itself."""
    if lang in NATIVE_NAMES:
        return NATIVE_NAMES[lang]
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(lang).get_display_name(lang) or lang
    except (ValueError, UnknownLocaleError):
        return lang
    return name[:1].upper() + name[1:]


def load_catalog(lang: str) -> gettext.NullTranslations:
    """The compiled catalog of a language: its .mo (kept current by the test suite), else
    its .po compiled now."""
    if lang in _catalogs:
        return _catalogs[lang]
    po_path = LOCALES_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    mo_path = po_path.with_suffix(".mo")
    translations: gettext.NullTranslations = gettext.NullTranslations()
    if mo_path.is_file():
        try:
            with mo_path.open("rb") as handle:
                translations = gettext.GNUTranslations(handle)
            _catalogs[lang] = translations
            return translations
        except Exception:  # a damaged or half-written .mo (struct.error, ...): use the .po
            pass
    if po_path.is_file():
        try:
            from babel.messages.mofile import write_mo
            from babel.messages.pofile import read_po

            with po_path.open("rb") as handle:
                catalog = read_po(handle, locale=lang)
            buffer = io.BytesIO()
            write_mo(buffer, catalog)
            buffer.seek(0)
            translations = gettext.GNUTranslations(buffer)
        except Exception as exc:  # a broken catalog must not stop the game: show English
            import sys

            sys.stderr.write(f"warning: {po_path}: cannot read the catalog ({exc}); "
                             "showing English\n")
    _catalogs[lang] = translations
    return translations


def set_language(lang: str) -> None:
    """Switch the UI language; listeners (the screens) relayout."""
    global _language
    _language = lang
    load_catalog(lang)
    for listener in list(_listeners):
        listener(lang)


def language() -> str:
    """The current UI language."""
    return _language


def on_change(listener) -> None:
    """Call `listener(lang)` whenever the language changes (one listener: the running game)."""
    _listeners[:] = [listener] if listener is not None else []


def _(message: str) -> str:
    """Translate a UI string into the current language."""
    return load_catalog(_language).gettext(message)


def ngettext(singular: str, plural: str, count: int | float) -> str:
    """Translate a string that depends on a count, with the language's plural forms.

    Counts may be fractional (1.5): Russian has a form of its own for them, chosen by the
    catalog's plural rule; gettext only warns that it was written for whole numbers.
    """
    catalog = load_catalog(_language)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return catalog.ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """Translate a string whose meaning depends on a context."""
    return load_catalog(_language).pgettext(context, message)


def choose_language(cli: str | None, saved: str | None, env: dict | None = None) -> str:
    """The command line's language, else the saved one, else the system's, else English."""
    installed = available_languages()
    for candidate in (cli, saved):
        if candidate and candidate in installed:
            return candidate
    system = system_language(env if env is not None else os.environ)
    if system in installed:
        return system
    return DEFAULT_LANGUAGE


def system_language(env) -> str | None:
    """The language of the system locale, mapped to a two-letter code (kk_KZ.UTF-8 -> kk)."""
    values = [env.get(name) for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG")]
    if not any(values):
        try:
            values.append(system_locale.getlocale()[0])
        except ValueError:
            pass
    for value in values:
        if not value or value in ("C", "POSIX"):
            continue
        first = value.split(":")[0]
        code = first.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
        return SYSTEM_ALIASES.get(code, code)
    return None


def _babel_locale() -> str:
    return _language if _language else DEFAULT_LANGUAGE


def format_number(value: int | float) -> str:
    """A number written the way the current language writes it (12 400 / 12,400)."""
    from babel import numbers as babel_numbers

    return babel_numbers.format_decimal(value, locale=_babel_locale())


def shown_count(value: int) -> int:
    """The number a compact count stands for once rounded (12 400 -> 12 400, 1 001 -> 1 000):
    the plural form must agree with what the player reads."""
    if value < 1000:
        return value
    magnitude = 1000 ** int(math.log(value, 1000))
    return round(round(value / magnitude, 1) * magnitude)


def format_count(value: int) -> str:
    """A compact count for post cards (12,4 мың / 12,4 тыс. / 12.4K)."""
    if value < 1000:
        return format_number(value)
    # CLDR's short Kazakh forms mix "мың" and "м." (412 м.); its long forms read consistently.
    kind = "long" if _babel_locale() == "kk" else "short"
    from babel import numbers as babel_numbers

    return babel_numbers.format_compact_decimal(value, locale=_babel_locale(),
                                                format_type=kind, fraction_digits=1)


def format_date(value: date | datetime) -> str:
    """A date in the current language's medium form."""
    from babel import dates as babel_dates

    return babel_dates.format_date(value, format="long", locale=_babel_locale())


def format_datetime(value: datetime) -> str:
    """A date and time in the current language, in the moment's own time zone."""
    from babel import dates as babel_dates

    day = babel_dates.format_date(value, format="medium", locale=_babel_locale())
    return f"{day}, {format_time(value)}"


def format_time(value: datetime) -> str:
    """A time of day in the current language."""
    from babel import dates as babel_dates

    return babel_dates.format_time(value, format="short", tzinfo=value.tzinfo,
                                   locale=_babel_locale())


def format_ago(delta: timedelta) -> str:
    """How long ago, in words ("3 hours ago", "3 сағат бұрын")."""
    from babel import dates as babel_dates

    return babel_dates.format_timedelta(-delta, add_direction=True, threshold=1.0,
                                        locale=_babel_locale())
