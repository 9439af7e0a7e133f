"""RSS 2.0 / RSS 1.0 (RDF) / Atom reader. Parsed with defusedxml: no entity
expansion, no external entities (billion-laughs and XXE inputs are rejected)."""
from __future__ import annotations

from collections.abc import Iterator
from email.utils import parsedate_to_datetime

from ..model import Document
from . import InputError, ReadError
from .text import check_text


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(el, *names: str) -> str | None:
    for child in el:
        if _local(child.tag) in names:
            if _local(child.tag) == "link" and child.get("href"):
                return child.get("href")
            t = "".join(child.itertext()).strip()
            if t:
                return t
    return None


def html_fragment_text(fragment: str) -> str:
    """Visible text of an HTML fragment (feed descriptions are often HTML)."""
    if "<" not in fragment:
        return fragment
    import lxml.html

    try:
        root = lxml.html.fromstring(fragment)
    except Exception:
        return fragment
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for br in root.xpath("//br|//p|//div|//li"):
        br.tail = "\n" + (br.tail or "")
    return root.text_content().strip()


def normalise_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return value.strip()  # Atom dates are already ISO-8601


def read(data: bytes, source: str) -> Iterator[Document | ReadError]:
    import defusedxml.ElementTree as ET
    from defusedxml import DefusedXmlException

    try:
        root = ET.fromstring(data)
    except DefusedXmlException as e:
        raise InputError(f"unsafe XML rejected ({type(e).__name__})")
    except ET.ParseError as e:
        raise InputError(f"invalid XML: {e}")
    items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    if not items:
        raise InputError("feed has no <item> or <entry>")
    for n, item in enumerate(items, 1):
        where = f"{source}#item{n}"
        body = _child_text(item, "encoded", "content") or _child_text(item, "description", "summary") or ""
        text = html_fragment_text(body)
        title = _child_text(item, "title")
        try:
            check_text(text)
        except InputError as e:
            yield ReadError(where, str(e))
            continue
        doc = Document(raw_text=text, source=where, url=_child_text(item, "link", "guid", "id"), title=title)
        date = _child_text(item, "pubdate", "published", "updated", "date")
        if date:
            doc.published = normalise_date(date)
            doc.published_from = "feed"
        yield doc
