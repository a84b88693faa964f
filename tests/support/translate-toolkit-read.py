# Reads TMX or XLIFF files back with Debian's translate-toolkit (what translators' pipelines use)
# and prints what it found as JSON, for tests/export: `python3 translate-toolkit-read.py FILE…`.
# With `--xml-texts FILE`, prints the text and attribute `a` of every <s> of FILE as lxml reads them.
import json
import sys

from lxml import etree
from translate.storage import tmx, xliff

XLIFF_NS = "{urn:oasis:names:tc:xliff:document:1.2}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tmx_units(path):
    store = tmx.tmxfile.parsefile(path)
    header = store.document.getroot().find("header")
    units = []
    for u in store.units:
        tuvs = u.xmlelement.findall("tuv")
        units.append(
            {
                "id": u.getid(),
                "source": u.source,
                "target": u.target,
                "sourceLang": tuvs[0].get(XML_LANG),
                "targetLang": tuvs[1].get(XML_LANG),
                "srclang": u.xmlelement.get("srclang"),
                "changeid": u.xmlelement.get("changeid"),
                "props": {p.get("type"): p.text for p in u.xmlelement.findall("prop")},
                "sourceProps": {p.get("type"): p.text for p in tuvs[0].findall("prop")},
                "targetProps": {p.get("type"): p.text for p in tuvs[1].findall("prop")},
            }
        )
    return {"header": dict(header.attrib), "units": units}


def xliff_units(path):
    store = xliff.xlifffile.parsefile(path)
    files = []
    for f in store.document.getroot().iter(XLIFF_NS + "file"):
        files.append({**dict(f.attrib), "notes": [n.text for n in f.find(XLIFF_NS + "header").iter(XLIFF_NS + "note")]})
    units = []
    for u in store.units:
        target = u.xmlelement.find(XLIFF_NS + "target")
        units.append(
            {
                "id": u.getid(),
                "source": u.source,
                "target": u.target,
                "sourceLang": u.xmlelement.find(XLIFF_NS + "source").get(XML_LANG),
                "targetLang": target.get(XML_LANG),
                "state": target.get("state"),
                "fuzzy": u.isfuzzy(),
                "notes": [[n.get("annotates"), n.text] for n in u.xmlelement.iter(XLIFF_NS + "note")],
            }
        )
    return {"files": files, "units": units}


def xml_texts(path):
    return [[s.text or "", s.get("a")] for s in etree.parse(path).getroot().iter("s")]


if __name__ == "__main__":
    if sys.argv[1] == "--xml-texts":
        print(json.dumps(xml_texts(sys.argv[2])))
    else:
        print(json.dumps([tmx_units(p) if p.endswith(".tmx") else xliff_units(p) for p in sys.argv[1:]]))
