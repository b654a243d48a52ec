#!/usr/bin/python3
"""Reads an XLSX file as a spreadsheet user's tools do, for tst_xlsxwriter; prints JSON.

    xlsx_read.py dump FILE        every sheet but the postings: each cell's stored value (openpyxl's
                                  data_only: the formula results as written into the file), its
                                  formula, bold and number format; freeze panes, page set-up,
                                  header, autofilter, document properties, and the charts' XML
    xlsx_read.py postings FILE    the postings sheets, streamed: rows, their sum in øre, the total row
    xlsx_read.py zero FILE OUT    a copy of FILE with every stored formula result set to 0, so that
                                  only a reader that recalculates gets the figures right
    xlsx_read.py values FILE      every sheet's stored values only (to compare two files)
    xlsx_read.py csv FILE         the rows of a CSV file (LibreOffice's), each a list of strings
"""

import csv
import datetime
import json
import re
import sys
import zipfile

import openpyxl


def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return {"date": value.strftime("%Y-%m-%d")}
    return value


def is_postings(name):
    return name.startswith("Posteringer")


def dump(path):
    values = openpyxl.load_workbook(path, data_only=True)
    formulas = openpyxl.load_workbook(path, data_only=False)
    out = {"sheets": values.sheetnames, "cells": {}, "layout": {}}
    props = values.properties
    out["properties"] = {"title": props.title, "subject": props.subject, "creator": props.creator,
                         "description": props.description}
    for name in values.sheetnames:
        ws, wf = values[name], formulas[name]
        layout = {
            "freeze": ws.freeze_panes,
            "paper": ws.page_setup.paperSize,
            "orientation": ws.page_setup.orientation,
            "fitToWidth": ws.page_setup.fitToWidth,
            "fitToHeight": ws.page_setup.fitToHeight,
            "fitToPage": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
            "header": (ws.oddHeader.left.text or "") + "|" + (ws.oddHeader.right.text or ""),
            "autofilter": ws.auto_filter.ref,
            "widths": {k: v.width for k, v in ws.column_dimensions.items()},
            "printTitles": ws.print_title_rows,
        }
        out["layout"][name] = layout
        if is_postings(name):
            continue
        rows = []
        for row_v, row_f in zip(ws.iter_rows(), wf.iter_rows()):
            cells = []
            for cv, cf in zip(row_v, row_f):
                formula = cf.value if isinstance(cf.value, str) and cf.value.startswith("=") else None
                cells.append({"v": plain(cv.value), "f": formula, "bold": bool(cv.font and cv.font.b),
                              "fmt": cv.number_format})
            rows.append(cells)
        out["cells"][name] = rows
    charts = []
    with zipfile.ZipFile(path) as z:
        for entry in sorted(z.namelist()):
            if re.match(r"xl/charts/chart\d+\.xml$", entry):
                xml = z.read(entry).decode("utf-8")
                charts.append({
                    "type": "pie" if "<c:pieChart>" in xml else "bar" if "<c:barChart>" in xml else "other",
                    "refs": re.findall(r"<c:f>([^<]*)</c:f>", xml),
                    "cached": "<c:numCache>" in xml,
                    "title": "".join(re.findall(r"<a:t>([^<]*)</a:t>", xml)),
                })
        out["charts"] = charts
        out["drawingOn"] = [e for e in z.namelist() if re.match(r"xl/drawings/drawing\d+\.xml$", e)]
    return out


def postings(path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    out = {"sheets": []}
    for name in wb.sheetnames:
        if not is_postings(name):
            continue
        ws = wb[name]
        count, ore, dates, first, total = 0, 0, 0, None, None
        header = None
        for row in ws.iter_rows(values_only=True):
            if header is None:
                header = list(row)
                continue
            if row[5] == "I alt":
                total = row[6]
                continue
            count += 1
            ore += round(row[6] * 100)
            if isinstance(row[0], datetime.datetime):
                dates += 1
            if first is None:
                first = [plain(v) for v in row]
        out["sheets"].append({"name": name, "header": header, "count": count, "ore": ore, "dates": dates,
                              "first": first, "total": total})
    return out


def zero(path, target):
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if re.match(r"xl/worksheets/sheet\d+\.xml$", item.filename):
                data = re.sub(rb"(</f>)<v>[^<]*</v>", rb"\1<v>0</v>", data)
            dst.writestr(item, data)
    return {"written": target}


def values(path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    return {name: [[plain(v) for v in row] for row in wb[name].iter_rows(values_only=True)]
            for name in wb.sheetnames}


def csv_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return {"rows": list(csv.reader(f))}


def main():
    mode, path = sys.argv[1], sys.argv[2]
    if mode == "dump":
        result = dump(path)
    elif mode == "postings":
        result = postings(path)
    elif mode == "zero":
        result = zero(path, sys.argv[3])
    elif mode == "csv":
        result = csv_rows(path)
    elif mode == "values":
        result = values(path)
    else:
        raise SystemExit(f"unknown mode {mode}")
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
