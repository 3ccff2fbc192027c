#!/usr/bin/env python3
"""Derive Lexicons/roots/hunspell-id.tsv from Debian's hunspell-id dictionary.

Usage: apt-get install -y hunspell-id
       python3 Lexicons/tools/build-roots.py [/usr/share/hunspell/id_ID] > Lexicons/roots/hunspell-id.tsv

Derivation (reproducible, no judgement involved):
- every entry of id_ID.dic is read (ISO-8859-1, as the .aff says);
- entries with a capital letter (proper names: Abraham, April, Allah) are dropped;
  entries with characters other than a-z and '-' are dropped; entries are lowercased and trimmed;
- the hunspell affix flags of an entry are translated into "licences": the affix combinations
  hunspell generates from that root, written as the prefixes joined with '+' and the suffix after
  '-' (`meN-kan`, `di-i`, `ke+ber-an`, `ber`, `-an`). Clitic flags (-lah, -kah, -nya, -ku, -mu)
  are not recorded. A cross-product prefix flag combines with every standalone -an/-i/-kan flag,
  as hunspell does.
- a third column lists the other stems hunspell itself gives for the entry (`hunspell -s`, from the
  package `hunspell`): `perangkat` is listed as an entry but hunspell also derives it from `angkat`.
  The stemmer treats such entries as possibly derived words rather than certain roots.
"""
import re
import subprocess
import sys

base = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/hunspell/id_ID"

# Prefix flag -> prefix sequence (Warta's names: meN, peN, ber, di, ke, per, se, ter, ku).
PREFIX = {
    "B0": "ber", "B1": "ber", "BE": "ber", "B3": "ber", "BK": "ber+ke", "B4": "ber+ke",
    "BP": "ber+peN", "B5": "ber+peN", "BS": "ber+se", "B6": "ber+se",
    "D0": "di", "D1": "di", "DK": "di+ke", "DR": "di+per", "D3": "di+per", "DS": "di+se",
    "K0": "ke", "K1": "ke", "KB": "ke+ber", "KM": "ke+meN", "KP": "ke+peN", "KS": "ke+se", "KT": "ke+ter",
    "M0": "meN", "M1": "meN", "MB": "meN+ber", "MG": "meN", "M3": "meN", "MM": "meN", "M5": "meN",
    "MP": "meN+peN", "M4": "meN+peN", "MR": "meN+per", "M6": "meN+per", "MS": "meN", "M7": "meN",
    "O0": "ku", "O1": "ku",
    "P0": "peN", "P1": "peN", "PB": "peN+ber", "PE": "peN", "P3": "peN", "PG": "peN", "P4": "peN",
    "PK": "peN", "P5": "peN", "PM": "peN", "P6": "peN", "PN": "peN", "P7": "peN", "PR": "peN+per",
    "P8": "peN+per", "PS": "peN", "P9": "peN",
    "R0": "per", "R1": "per", "RP": "per+peN", "RS": "per+se", "R4": "per+se",
    "S0": "se", "S1": "se", "SB": "se+ber", "S3": "se+ber", "SK": "se+ke", "S4": "se+ke",
    "SP": "se+peN", "S5": "se+peN", "SR": "se+per", "S6": "se+per", "ST": "se+ter",
    "T0": "ter", "T1": "ter", "TB": "ter+ber", "TE": "ter", "T3": "ter", "TK": "ter+ke", "TR": "ter+per",
}
STANDALONE = {"a0": "an", "i0": "i", "k0": "kan"}


def read_aff(path):
    """Suffix flag -> (suffix, prefix flags named in its continuation classes)."""
    suffixes = {}
    for line in open(path, encoding="latin-1"):
        parts = line.split()
        if len(parts) >= 5 and parts[0] == "SFX":
            flag, affix = parts[1], parts[3]
            text, _, cont = affix.partition("/")
            conts = [cont[i:i + 2] for i in range(0, len(cont), 2)]
            if flag not in suffixes and text in ("an", "i", "kan"):
                suffixes[flag] = (text, [c for c in conts if c in PREFIX])
    return suffixes


def licences(flags, suffixes):
    flags = [flags[i:i + 2] for i in range(0, len(flags), 2)]
    prefixes = sorted({PREFIX[f] for f in flags if f in PREFIX})
    out = set(prefixes)
    standalone = sorted({STANDALONE[f] for f in flags if f in STANDALONE})
    for s in standalone:
        out.add("-" + s)
        for p in prefixes:
            out.add(p + "-" + s)
    for f in flags:
        if f in suffixes and f not in STANDALONE:
            text, pflags = suffixes[f]
            for pf in pflags:
                out.add(PREFIX[pf] + "-" + text)
    return sorted(out)


def main():
    suffixes = read_aff(base + ".aff")
    roots = {}
    with open(base + ".dic", encoding="latin-1") as dic:
        next(dic)  # entry count
        for line in dic:
            word, _, flags = line.strip().partition("/")
            word = word.strip()
            if not word or word != word.lower() or not re.fullmatch(r"[a-z]+(-[a-z]+)*", word):
                continue
            codes = licences(flags.strip(), suffixes)
            roots.setdefault(word, set()).update(codes)
    words = sorted(roots)
    output = subprocess.run(["hunspell", "-d", base, "-s"], input="\n".join(words) + "\n",
                            capture_output=True, text=True, encoding="latin-1", check=True).stdout
    stems = {}
    for line in output.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] != parts[1] and parts[1] in roots:
            stems.setdefault(parts[0], []).append(parts[1])
    print("# Indonesian root words with the affix combinations hunspell-id licenses for each.")
    print("# source: Debian package hunspell-id 1:7.5.0-1 (libreoffice-dictionaries, dictionaries/id/id_ID.dic and id_ID.aff,")
    print("#   Copyright (C) 2017 Ali Ahmadi; affix file by Benitius Brevoort), derived by Lexicons/tools/build-roots.py:")
    print("#   proper names and non-alphabetic entries dropped, affix flags translated into licences")
    print("# licence: LGPL-3.0 (as stated for dictionaries/id/id_ID.* in Debian's copyright file)")
    print("# format: root<TAB>licences (space-separated prefix sequence '+'-joined, then '-suffix'; empty = no affix flags)<TAB>other stems hunspell gives for the entry")
    for word in words:
        line = word + "\t" + " ".join(sorted(roots[word]))
        if word in stems:
            line += "\t" + " ".join(sorted(set(stems[word])))
        print(line)


main()
