// Prints what exceljs reads from a workbook as JSON: every sheet's name, and for one sheet its tables and its
// non-empty rows (row number, then per cell the zero-based column and its text or number; dates as Excel serials).
// Usage: node read.js <file.xlsx> <sheet name>
'use strict';
const ExcelJS = require('exceljs');

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function cellValue(value) {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { n: (value.getTime() - EXCEL_EPOCH_MS) / 86400000 };
  if (typeof value === 'number') return { n: value };
  if (typeof value === 'boolean') return { b: value };
  if (typeof value === 'string') return value.length === 0 ? null : { s: value };
  if (value.richText) return { s: value.richText.map(run => run.text).join('') };
  if (value.formula !== undefined || value.sharedFormula !== undefined) return { f: value.formula || value.sharedFormula, result: cellValue(value.result) };
  if (value.error) return { e: value.error };
  return { other: JSON.stringify(value) };
}

async function main() {
  const [file, sheetName] = process.argv.slice(2);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet '${sheetName}'`);
  const rows = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = [];
    row.eachCell({ includeEmpty: false }, cell => {
      const value = cellValue(cell.value);
      if (value !== null) cells.push(Object.assign({ c: cell.col - 1 }, value));
    });
    if (cells.length > 0) rows.push({ r: number, cells });
  });
  const tables = Object.values(sheet.tables || {}).map(t => ({ name: t.table.name, ref: t.table.tableRef || t.table.ref }));
  process.stdout.write(JSON.stringify({ sheets: workbook.worksheets.map(w => w.name), tables, rows }));
}

main().catch(error => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});
