"""Messages that are English text and can still be said in another language.

A `Message` is a `str` (the English the checker and the tests read) that keeps its template
and named values, so `translate` can say it again from the gettext catalogs. Values that are
themselves messages ("a headline", "a list") are translated too; a trainer's own words and
numbers are kept as written.
"""

from __future__ import annotations

from typing import Protocol


class Catalog(Protocol):
    """What a message needs of a gettext catalog."""

    def gettext(self, message: str) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int) -> str: ...


class Message(str):
    """English text that remembers the template and values it was made from."""

    template: str
    values: dict

    def __new__(cls, template: str, **values) -> "Message":
        if type(template) is cls and not values:
            return template
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = str(template)
        self.values = values
        return self

    def __getnewargs__(self):
        return (str(self),)

    def _said(self, catalog: Catalog) -> str:
        return catalog.gettext(self.template)

    def translate(self, catalog: Catalog) -> str:
        """The message in the catalog's language; English where the catalog has no entry."""
        said = self._said(catalog)
        if not self.values:
            return said
        values = {name: value.translate(catalog) if isinstance(value, Message) else value
                  for name, value in self.values.items()}
        try:
            return said.format(**values)
        except (KeyError, IndexError, ValueError):  # a catalog entry that lost a placeholder
            return str(self)


class Plural(Message):
    """A message whose words depend on a number, `{count}` in both forms."""

    plural: str

    def __new__(cls, singular: str, plural: str, count: int, **values) -> "Plural":
        self = super().__new__(cls, singular if count == 1 else plural, count=count, **values)
        self.template, self.plural = singular, plural
        return self

    def __getnewargs__(self):
        return (self.template, self.plural, self.values["count"])

    def _said(self, catalog: Catalog) -> str:
        return catalog.ngettext(self.template, self.plural, self.values["count"])


def translated(text: str, catalog: Catalog | None) -> str:
    """`text` in the catalog's language when it is a Message, else as it is."""
    if catalog is None or not isinstance(text, Message):
        return str(text)
    return text.translate(catalog)
