#!/usr/bin/python3
"""Reads back the workbook LibreOffice Calc made of a CSV file, for tst_csvexport; prints JSON.

    spreadsheet_cells.py FILE.xlsx

{"rows": [[{"type": T, "value": V}, ...], ...], "formulas": N} for the first sheet, where T is
"formula", "number", "text", "date", "bool", "error" or "empty" (openpyxl's reading of the cell),
and N counts the <f> elements in every sheet's XML: a second look at formulas that does not
depend on openpyxl's reading.
"""

import datetime
import json
import re
import sys
import zipfile

import openpyxl

TYPES = {"f": "formula", "n": "number", "s": "text", "d": "date", "b": "bool", "e": "error",
         "inlineStr": "text", "str": "text"}


def main(path):
    sheet = openpyxl.load_workbook(path, data_only=False).worksheets[0]
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            value = cell.value
            if value is None:
                cells.append({"type": "empty", "value": None})
                continue
            if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
                value = value.isoformat()
            cells.append({"type": TYPES.get(cell.data_type, cell.data_type), "value": value})
        rows.append(cells)
    formulas = 0
    with zipfile.ZipFile(path) as z:
        for entry in z.namelist():
            if re.match(r"xl/worksheets/sheet\d+\.xml$", entry):
                formulas += len(re.findall(rb"<f[ >/]", z.read(entry)))
    json.dump({"rows": rows, "formulas": formulas}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
