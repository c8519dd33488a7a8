#!/usr/bin/env bash
# Whole-process benchmark of the two commands the school runs on a big workbook, cold, as a person runs them:
# one 90,000-row workbook (10,000 submissions in its busiest month, October), then
#   doithoai report --month 2022-10   (with the appendix of all 10,000)   goal: <= 2 s wall, <= 150 MB peak RSS
#   doithoai workbook check           (every row)                          goal: <= 1.5 s wall
# each run N times in a fresh process; prints wall time, CPU time (user+sys) and peak RSS per run, from /usr/bin/time.
# On a shared machine the wall time follows the load: compare CPU times, and read the load average printed first.
#
#   bash DoiThoai.Benchmarks/coldstart.sh [--runs N] [--rows N] [--build-only | --published-only] [--libreoffice]
#                                         [--baseline <another checkout>] [--aot]
#
# "built" is the Release build the README's `dotnet run` makes, run as `dotnet .../doithoai.dll` (dotnet run itself adds
# its build check, about a second, to every call); "published" is `dotnet publish -r <rid> -p:PublishReadyToRun=true`.
# --libreoffice measures a copy re-saved by LibreOffice Calc (shared strings, as Excel writes them) instead.
# --aot also measures the Native AOT publish, the README's install (-p:PublishAot=true: no JIT at all; several minutes
# to build, needs gcc or clang).
# --baseline also builds and measures another checkout of the repository (e.g. `git worktree add ../before <commit>`),
# run by turns with this one, so that both see the same load.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=3 rows=90000 modes="built published" libreoffice=0 baseline=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --rows) rows="$2"; shift ;;
    --build-only) modes="built" ;;
    --published-only) modes="published" ;;
    --libreoffice) libreoffice=1 ;;
    --aot) modes="$modes aot" ;;
    --baseline) baseline="$(cd "$2" && pwd)"; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian: apt-get install -y time)" >&2; exit 2; }
work="${TMPDIR:-/tmp}/doithoai-coldstart"
mkdir -p "$work"
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"

echo "== building (Release)"
dotnet build -c Release DoiThoai.Cli -v quiet -nologo >/dev/null
built=(dotnet "DoiThoai.Cli/bin/Release/net10.0/doithoai.dll")
published=("$work/published/doithoai")
if [[ " $modes " == *" published "* ]]; then
  echo "== publishing ReadyToRun for $rid"
  dotnet publish DoiThoai.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/published" -v quiet -nologo >/dev/null
fi

aot=("$work/aot/doithoai")
if [[ " $modes " == *" aot "* ]]; then
  echo "== publishing Native AOT for $rid (several minutes)"
  # The install path (README): DoiThoai.Cli.csproj sets what Native AOT needs (gcc when clang is missing, Ical.Net
  # kept whole). Its own build folder: a native build must not leave its intermediate files where the ReadyToRun
  # publish finds them.
  dotnet publish DoiThoai.Cli -c Release -r "$rid" -p:PublishAot=true --artifacts-path "$work/aot-build" -o "$work/aot" -v quiet -nologo >/dev/null
fi

if [ -n "$baseline" ]; then
  echo "== building the baseline $baseline (Release)"
  (cd "$baseline" && dotnet build -c Release DoiThoai.Cli -v quiet -nologo >/dev/null)
  modes="baseline $modes"
fi

workbook="$work/so-$rows.xlsx"
if [ ! -f "$workbook" ]; then
  echo "== generating $workbook ($rows rows)"
  "${built[@]}" workbook init --rows "$rows" --out "$workbook" --force >/dev/null
fi
if [ "$libreoffice" -eq 1 ]; then
  command -v soffice >/dev/null || { echo "--libreoffice needs LibreOffice Calc (Debian: libreoffice-calc-nogui)" >&2; exit 2; }
  mkdir -p "$work/libreoffice"
  soffice --headless --calc --convert-to xlsx --outdir "$work/libreoffice" "$workbook" >/dev/null 2>&1
  workbook="$work/libreoffice/$(basename "$workbook")"
fi

echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $runs runs each; workbook $(du -h "$workbook" | cut -f1)"
printf '%-10s %-16s %8s %8s %9s %5s\n' mode command wall_s cpu_s peak_MB exit
measure() { # mode name command...
  local mode="$1" name="$2"; shift 2
  for i in $(seq 1 "$runs"); do
    local status=0
    /usr/bin/time -o "$work/time.txt" -f '%e %U %S %M' "$@" >/dev/null 2>"$work/stderr.txt" || status=$?
    # time puts "Command exited with non-zero status N" (or "terminated by signal") before the figures.
    read -r wall user sys rss < <(tail -n 1 "$work/time.txt")
    printf '%-10s %-16s %8s %8.2f %9.0f %5s\n' "$mode" "$name" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc)" "$status"
  done
}
cli_of() {
  case "$1" in
    baseline) cli=(dotnet "$baseline/DoiThoai.Cli/bin/Release/net10.0/doithoai.dll") ;;
    built) cli=("${built[@]}") ;;
    published) cli=("${published[@]}") ;;
    aot) cli=("${aot[@]}") ;;
  esac
}
# By turns: run i of every mode, then run i+1, so a change of load on a shared machine hits them all alike.
all_runs="$runs"; runs=1
for i in $(seq 1 "$all_runs"); do
  for mode in $modes; do
    cli_of "$mode"
    measure "$mode" report "${cli[@]}" report --month 2022-10 --workbook "$workbook" --out "$work/bao-cao.docx" --force
  done
done
for i in $(seq 1 "$all_runs"); do
  for mode in $modes; do
    cli_of "$mode"
    # Exit 1 would mean the rows have errors; the generated ones have warnings only.
    measure "$mode" "workbook check" "${cli[@]}" workbook check --workbook "$workbook"
  done
done
echo "(DOITHOAI_TIMINGS=1 before a command prints where its time goes, phase by phase, on standard error)"
