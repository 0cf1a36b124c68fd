#!/usr/bin/env python3
"""Upsert UI strings into Resources/SharedResource.{vi,en}.resx.

Reads lines "Key<TAB>Vietnamese<TAB>English" from stdin (blank lines and lines starting with # are skipped)
and writes both files sorted by key, so the two languages always hold the same keys.
"""
import sys, os
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

ROOT = os.path.join(os.path.dirname(__file__), "..", "src", "PhoiHop.Web", "Resources")
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def load(path):
    if not os.path.exists(path):
        return {}
    return {d.get("name"): (d.findtext("value") or "") for d in ET.parse(path).getroot().findall("data")}

def save(path, data):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        for k in sorted(data):
            f.write(f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(data[k])}</value></data>\n')
        f.write("</root>\n")

vi_path, en_path = (os.path.join(ROOT, f"SharedResource.{c}.resx") for c in ("vi", "en"))
vi, en = load(vi_path), load(en_path)
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    parts = line.split("\t")
    if len(parts) != 3:
        sys.exit(f"expected Key<TAB>vi<TAB>en: {line!r}")
    key, v, e = parts
    vi[key], en[key] = v, e
save(vi_path, vi)
save(en_path, en)
print(f"{len(vi)} keys")
