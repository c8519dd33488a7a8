"""Prints what openpyxl reads from a workbook as JSON, in the shape of ../exceljs/read.js: every sheet's name, and for
one sheet its tables and its non-empty rows (row number, then per cell the zero-based column and its text or number;
dates as Excel serials).

Usage: python3 read.py <file.xlsx> <sheet name>
"""
import datetime
import json
import sys

import openpyxl

EPOCH = datetime.datetime(1899, 12, 30)


def cell_value(cell):
    value = cell.value
    if value is None:
        return None
    if cell.data_type == "f":
        return {"f": str(value)}
    if isinstance(value, bool):
        return {"b": value}
    if isinstance(value, datetime.datetime):
        return {"n": (value - EPOCH).total_seconds() / 86400}
    if isinstance(value, datetime.date):
        return {"n": (datetime.datetime(value.year, value.month, value.day) - EPOCH).total_seconds() / 86400}
    if isinstance(value, (int, float)):
        return {"n": value}
    text = str(value)
    return {"s": text} if text else None


def main():
    path, sheet_name = sys.argv[1], sys.argv[2]
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[sheet_name]
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            value = cell_value(cell)
            if value is not None:
                value["c"] = cell.column - 1
                cells.append(value)
        if cells:
            rows.append({"r": row[0].row, "cells": cells})
    tables = [{"name": table.name, "ref": table.ref} for table in sheet.tables.values()]
    # Bytes, not text: the console's encoding may not be UTF-8 (a CI machine in the C locale).
    sys.stdout.buffer.write(json.dumps({"sheets": workbook.sheetnames, "tables": tables, "rows": rows}, ensure_ascii=False).encode("utf-8"))


if __name__ == "__main__":
    main()
