"""Generate English event triggers from the CAMEO verb dictionary (PETRARCH2, MIT licence).

Source: ../shared/eval/petrarch2_phoenix/CAMEO.2.0.txt (Open Event Data Alliance, MIT;
"CAMEO VERB PATTERN DICTIONARY", last update 30 April 2015). Each verb block there has a
CAMEO code (``--- WARN [130] ---``) and verb lines, some with their irregular forms
(``MEET {MEETS MET MEETING}``) or their own code (``DONATE [070]``). This script keeps the
verbs of the blocks listed in SELECT (CAMEO code -> khabar ontology type, with the verbs that
mean that type and not something broader: "come" is not ARRIVE, "charge" is not ACCUSE),
inflects them the way PETRARCH does (irregular forms from the file, else regular -s/-ed/-ing)
and writes ``src/khabar/lang/en/triggers_cameo.yaml``, which ``lang/en/triggers.yaml``
includes. Run: python scripts/cameo_triggers.py [path/to/CAMEO.2.0.txt]
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval" / "petrarch2_phoenix" / "CAMEO.2.0.txt"
OUT = ROOT / "src" / "khabar" / "lang" / "en" / "triggers_cameo.yaml"

# (CAMEO block name, code) -> (ontology type, the block's verbs kept; None = all)
SELECT: dict[tuple[str, str], tuple[str, set[str] | None]] = {
    # (ARRIVE, 040: lang/en/triggers.yaml writes "arrive" with what it is not: "arrived at a consensus")
    ("VISIT", "042:043"): ("VISIT", None),
    ("HOST", "043:042"): ("WELCOME", None),
    ("MEET_PEOPLE", "040"): ("MEET", {"MEET", "+MEET_WITH"}),
    # (not "confer": "conferred the order on Modi" is an honour; "conferred with" is rare in news)
    ("CONFER", "010"): ("TALKS", {"CONSULT", "CONVERSE", "DISCUSS"}),
    ("INVITE", "040"): ("INVITE", {"INVITE", "REINVITE"}),
    ("AGREE", "050"): ("AGREE", None),
    ("SUPPORT", "050"): ("SUPPORT", {"BACK", "ENDORSE", "SUPPORT"}),
    ("ACCLAIM", "051"): ("SUPPORT", {"ACCLAIM", "APPLAUD", "COMMEND", "COMPLIMENT", "CONGRATULATE", "EXTOL",
                                     "HAIL", "PRAISE"}),
    ("LAUD", "051"): ("SUPPORT", {"LAUD"}),
    ("APPRECIATE", "051"): ("SUPPORT", None),
    ("ENCOURAGE", "051"): ("SUPPORT", {"ENCOURAGE", "REASSURE"}),
    ("FAVOR", "051"): ("SUPPORT", {"FAVOR", "FAVOUR"}),
    ("THANK", "051"): ("THANK", None),
    ("GRANT", "060"): ("AID", {"DONATE", "CONTRIBUTE"}),
    ("AID", "060"): ("AID", {"AID", "ASSIST", "HELP"}),
    ("REFUTE", "016"): ("DENY", None),
    ("ALLEGE", "110"): ("ACCUSE", {"ALLEGE"}),
    ("DENOUNCE", "111"): ("ACCUSE", {"CRITICISE", "CRITICIZE", "DENOUNCE", "CENSURE", "REBUKE", "REPRIMAND",
                                     "CASTIGATE", "CHASTISE", "LAMBASTE"}),
    ("DEPLORE", "111"): ("ACCUSE", {"DEPLORE"}),
    ("BLAME", "112"): ("ACCUSE", {"ACCUSE", "BLAME", "FAULT", "IMPLICATE", "CONDEMN"}),
    ("THREATEN", "130"): ("WARN", None),
    ("WARN", "130"): ("WARN", None),
}

# verbs whose base/-s forms are mostly nouns in news ("back in 2010", "a host of", "aid"):
# only their -ed/-ing forms are kept
NOUN_HOMOGRAPHS = {"BACK", "HOST", "FAULT", "HAIL", "FAVOR", "FAVOUR", "CONVERSE", "COMPLIMENT", "HELP", "AID"}

# verbs whose base/-s forms are also the noun of the event ("opposed the visit", "Modi's visit",
# "a four-day state visit": up to three words between):
# those forms only where no determiner or possessor comes just before (lang/en/triggers.yaml
# reads the noun with its own frame); @DET is a macro of lang/en/triggers.yaml
NOUN_AFTER_DETERMINER = {"VISIT"}
# (still a verb when a capitalised name follows: "the president visits Moscow")
NOT_AFTER_DET = r"(?:(?<!@DET\s+(?:[\w-]+\s+){{0,3}}){0}|{0}(?=\s+(?:the\s+)?(?-i:\p{{Lu}})))"
# verbs whose base/-s forms are the noun after a possessive ("China's support for the project", "thanked
# Putin for his support": whose support, no verb; lang/en/triggers.yaml reads "support for" with its frame)
NOUN_AFTER_POSSESSIVE = {"SUPPORT"}
# (nor support asked for, which nobody has given yet: "asked for US support", "sought the United States' military
# support"; lang/en/triggers.yaml reads the asking as an APPEAL)
NOT_AFTER_POSS = (r"(?<!(?:['’]s|s['’]|\b(?:its|their|his|her|our|my|your|of|for))\s+(?:[\w-]+\s+)?)"
                  r"(?<!\b(?:asked|asks|ask|asking|appealed|appeals|appeal|called|calls|call|pleaded)\s+for\s+(?:[\w'’.-]+\s+){{0,4}})"
                  r"(?<!\b(?:sought|seeks|seek|seeking|requested|requests|request|requesting)\s+(?:[\w'’.-]+\s+){{0,4}}){0}")
# verbs whose passive is an idiom of no event: "would be met with a crushing response" (received,
# nobody met); @BE is a macro of lang/en/triggers.yaml
NOT_AFTER_BE = {"MEET": r"met", "MEET_WITH": r"met\s+with"}  # verb -> its participle form (as to_pattern writes it)
# participles that are adjectives after a determiner or a preposition: "the alleged attack", "his alleged role",
# "under investigation for alleged antitrust violations" charge nobody
ADJECTIVE_AFTER_DET = {"ALLEGE": r"alleged", "AGREE": r"agreed"}  # (and "an agreed line" agrees nothing)
ADJECTIVE_GUARD = r"(?<!(?:@DET|\b(?:for|of|over|on|in|with|about|against|into|from|by|after|amid|under))\s+)"
# verbs whose -ing form is also the noun of the event: after a determiner it names one told before
# ("will host the meeting", "a heated Oval Office meeting"), unless its participants follow ("the meeting with Xi")
ING_NOUNS = {"MEET": "meeting"}
ING_NOUN = r"(?:(?<!@DET\s+(?:[\w-]+\s+){{0,3}}){0}|{0}(?=\s+(?:with|between)\b))"
# verbs whose object decides: "hosted the talks" welcomes nobody (@GATHERING: lang/en/triggers.yaml)
NOT_BEFORE = {"HOST": "(?!\\s+@GATHERING)",
              # nor help in a deed told as a charge: "accused of helping Moscow evade restrictions"
              "HELP": "(?!\\s+(?:[\\w'’.-]+\\s+){0,3}?(?:to\\s+)?(?:evade|avoid|escape|circumvent|dodge|bypass|skirt|"
                      "launder|smuggle|hide|finance|fund|plan|organi[sz]e|carry\\s+out|stage|commit)\\b)"
                      # nor help in a fight, its object the enemy: "soldiers who helped drive Ukrainian forces out"
                      "(?!\\s+(?:to\\s+)?(?:drive|push|repel|expel|defeat|fight|kill|capture|recapture|retake|liberate|"
                      "attack|strike|destroy|oust|topple|overthrow)\\b)"
                      # nor help in a deed of its own verb: "Qatar and Turkey, who helped mediate the deal" (the mediation)
                      "(?!\\s+(?:to\\s+)?(?:mediate|broker|negotiate|facilitate|arrange|secure)\\b)",
              # shots fired as a warning are a show of force, no threat told (CAMEO 15, not 13): "warning shots"
              "WARN": "(?!\\s+(?:shots?|fire|flares?)\\b)",
              # backed by arms is accompanied, not supported: "Israeli troops, backed by tanks, entered Rafah"
              # (nor backed by money: "a loan backed by the interest earned on frozen Russian assets")
              "BACK": "(?!\\s+by\\s+(?:[\\w-]+\\s+){0,2}?(?:tanks|artillery|air\\s+power|air\\s+cover|air\\s*strikes|drones|"
                      "helicopters|gunships|jets|warplanes|armou?r|armou?red\\s+vehicles|bulldozers|fire|"
                      "interest|assets|revenues?|proceeds|profits|funds|guarantees?|collateral|reserves|evidence|data|"
                      "research|stud(?:y|ies))\\b)",
              # to contribute is to give only with what or to whom: "can contribute and help guide the
              # sport" gives nothing
              "CONTRIBUTE": "(?=\\s+(?:(?:\\$|€|£|[\\d,.]+|\\w+\\s+(?:million|billion)|troops|soldiers|funds?|money|aid)\\b))"}
# verbs whose subject decides, told after it: "talks in Malaysia hosted by Anwar" (a gathering hosted welcomes nobody)
NOT_AFTER = {"HOST": "(?<!@GATHERING\\s+(?:[\\w,'’-]+\\s+){0,5}?)"}
# -ing forms that describe the noun after them after a verb of receiving or a preposition ("for visiting
# leaders", "met visiting Premier Li"): lang/en/triggers.yaml reads them with its attributive frame
# (but "looked forward to visiting Tianjin" is one's own visit)
ATTRIBUTIVE_ING = {"VISIT": ("visiting", r"(?<!\b(?:told|tells|met|meets|meeting|received|receives|welcomed|welcomes|"
                                         r"hosted|hosts|greeted|greets|with|the|for|by|and)\s+)"
                                         r"(?<!(?<!\b(?:forward|committed|opposed|used|close)\s+)\bto\s+)")}
BLOCK_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
VERB_RE = re.compile(r"^(\+?[A-Z_'-]+)\s*(?:\{([^}]*)\})?")


def regular_forms(verb: str) -> list[str]:
    """base, -s, -ed, -ing of a regular English verb (PETRARCH's rules, simplified)."""
    v = verb.lower()
    if v.endswith("ee"):
        return [v, v + "s", v + "d", v + "ing"]
    if v.endswith("e"):
        return [v, v + "s", v + "d", v[:-1] + "ing"]
    if re.search(r"[^aeiou]y$", v):
        return [v, v[:-1] + "ies", v[:-1] + "ied", v + "ing"]
    if re.search(r"(?:s|sh|ch|x|z)$", v):
        return [v, v + "es", v + "ed", v + "ing"]
    return [v, v + "s", v + "ed", v + "ing"]


def forms_of(verb: str, irregular: str | None) -> list[str]:
    words = verb.lstrip("+").split("_")
    if irregular:
        extra = [f.lstrip("+").lower().split("_") for f in irregular.split()]
        out = [" ".join(w.lower() for w in words)] + [" ".join(e) for e in extra]
    else:  # multi-word: inflect the first word ("meet with" -> "met with" comes from {...})
        base = regular_forms(words[0])
        if verb in NOUN_HOMOGRAPHS:
            base = base[2:]
        out = [" ".join([f] + [w.lower() for w in words[1:]]) for f in base]
    return sorted(set(out), key=lambda s: (-len(s), s))


def parse(path: Path) -> list[tuple[str, str, list[tuple[str, str | None]]]]:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    blocks: list[tuple[str, str, list[tuple[str, str | None]]]] = []
    for line in lines[start + 1 :]:
        m = BLOCK_RE.match(line)
        if m:
            blocks.append((m.group(1), m.group(2), []))
            continue
        if not blocks or not line.strip() or line[0] in "#-":
            continue
        v = VERB_RE.match(line.split("#")[0].strip())
        if v:
            blocks[-1][2].append((v.group(1), v.group(2)))
    return blocks


def to_pattern(form: str) -> str:
    return r"\s+".join(re.escape(w) for w in form.split())


def main(path: Path = DEFAULT) -> None:
    out = [
        "# GENERATED by scripts/cameo_triggers.py -- do not edit by hand; edit SELECT there and re-run.",
        "# Source: CAMEO.2.0.txt, the PETRARCH2 CAMEO verb pattern dictionary (Open Event Data Alliance,",
        "# MIT licence, last update 30 April 2015), verbs of selected CAMEO blocks mapped to khabar types.",
        "# Included by lang/en/triggers.yaml; provenance of a hit: en/triggers_cameo.yaml:<verb> [CAMEO code].",
        "triggers:",
    ]
    n = 0
    for name, code, verbs in parse(path):
        sel = SELECT.get((name, code))
        if sel is None:
            continue
        type_, keep = sel
        for verb, irregular in verbs:
            if keep is not None and verb not in keep:
                continue
            pats = [to_pattern(f) for f in forms_of(verb, irregular)]
            if verb in NOUN_AFTER_DETERMINER:
                pats = [p if p.endswith(("ed", "ing")) else NOT_AFTER_DET.format(p) for p in pats]
            if verb.lstrip("+") in NOUN_AFTER_POSSESSIVE:
                pats = [p if p.endswith(("ed", "ing")) else NOT_AFTER_POSS.format(p) for p in pats]
            if verb.lstrip("+") in ING_NOUNS:
                pats = [ING_NOUN.format(p) if p == ING_NOUNS[verb.lstrip("+")] else p for p in pats]
            if verb.lstrip("+") in NOT_BEFORE:
                pats = ["(?:" + "|".join(pats) + ")" + NOT_BEFORE[verb.lstrip("+")]]
            if verb.lstrip("+") in NOT_AFTER:
                pats = [NOT_AFTER[verb.lstrip("+")] + "(?:" + "|".join(pats) + ")"]
            if verb.lstrip("+") in ADJECTIVE_AFTER_DET:
                pats = [ADJECTIVE_GUARD + p if p == ADJECTIVE_AFTER_DET[verb.lstrip("+")] else p for p in pats]
            if verb.lstrip("+") in ATTRIBUTIVE_ING:
                ing, guard = ATTRIBUTIVE_ING[verb.lstrip("+")]
                pats = [guard + p if p == ing else p for p in pats]
            if verb.lstrip("+") in NOT_AFTER_BE:  # ("are meeting" stays: only the participle is guarded)
                pats = [r"(?<!\b(?:@BE)\s+)" + p if p == NOT_AFTER_BE[verb.lstrip("+")] else p for p in pats]
            lemma = verb.lstrip("+").replace("_", " ").lower()
            out.append(f"  - {{type: {type_}, lemma: {json.dumps(f'{lemma} [CAMEO {code}]')}, "
                       f"forms: [{json.dumps('|'.join(pats))}]}}")
            n += 1
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{n} verbs -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
