#!/usr/bin/env python3
"""Writes a CSV file of postings as the ERP exports them, for measuring and trying the import.

    scripts/make-import-csv.py ROWS FILE [--year 2020] [--seed 1] [--encoding utf-8|windows-1252]
                               [--delimiter ';'] [--plain] [--shuffled]

The rows use the demo ledger's accounts (annalist init --demo), so that
"annalist --db demo.annalist import FILE --year 2020" accepts them. Danish dialect by default
(Dato;Bilag;Konto;Projekt;Tekst;Beløb, 31-03-2020, 1.541.130,23); --plain writes ISO dates and
amounts with a decimal point. Rows come in date order, as ERP exports list them; --shuffled
leaves them in random order. The same seed gives the same file.
"""

import argparse
import random
import sys

ACCOUNTS = [
    ("1010", ""), ("2010", ""), ("2020", ""), ("2030", ""), ("2040", ""), ("2050", ""),
    ("3010", "Fælles ressourcer"), ("3020", "Monopolbrud"), ("3030", "Nye analyser"), ("3040", "ESDH"),
    ("3050", "ERP"), ("3060", "AULA"), ("3070", "GDPR - Informationssikkerhed"), ("3080", "DUBU"),
    ("3090", "Bruger- og rettighedsstyring"), ("3100", "Social, sundhed og omsorg"), ("3110", "Robotics"),
]
WORDS = ["Faktura", "Løn", "Husleje", "Konsulent", "Licens", "Kursus", "Møde", "Rejse", "Frikøb", "Indkøb",
         "Udbud", "Drift", "Support", "Analyse", "Workshop", "Hardware", "Porto", "Forplejning"]
DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def danish(ore):
    sign = "-" if ore < 0 else ""
    whole, cents = divmod(abs(ore), 100)
    return f"{sign}{whole:,}".replace(",", ".") + f",{cents:02d}"


def plain(ore):
    sign = "-" if ore < 0 else ""
    whole, cents = divmod(abs(ore), 100)
    return f"{sign}{whole}.{cents:02d}"


def quote(field, delimiter):
    if delimiter in field or '"' in field or "\n" in field or "\r" in field:
        return '"' + field.replace('"', '""') + '"'
    return field


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rows", type=int)
    parser.add_argument("file")
    parser.add_argument("--year", type=int, default=2020)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--encoding", default="utf-8")
    parser.add_argument("--delimiter", default=";")
    parser.add_argument("--plain", action="store_true")
    parser.add_argument("--shuffled", action="store_true")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    leap = args.year % 4 == 0 and (args.year % 100 != 0 or args.year % 400 == 0)
    days = list(DAYS)
    days[1] = 29 if leap else 28
    d = args.delimiter
    with open(args.file, "w", encoding=args.encoding, newline="") as out:
        out.write(d.join(["Dato", "Bilag", "Konto", "Projekt", "Tekst", "Beløb"]) + "\r\n")
        rows = []
        for i in range(args.rows):
            month = rng.randrange(12)
            day = rng.randrange(days[month]) + 1
            number, project = ACCOUNTS[rng.randrange(len(ACCOUNTS))]
            ore = rng.randrange(-500000, 5000000)
            text = f"{rng.choice(WORDS)} {number} {rng.randrange(100000)}"
            rows.append((month, day, number, project, text, ore))
        if not args.shuffled:
            rows.sort(key=lambda r: (r[0], r[1]))
        lines = []
        for i, (month, day, number, project, text, ore) in enumerate(rows):
            if args.plain:
                date = f"{args.year}-{month + 1:02d}-{day:02d}"
                amount = plain(ore)
            else:
                date = f"{day:02d}-{month + 1:02d}-{args.year}"
                amount = danish(ore)
            fields = [date, str(1000 + i), number, project, text, amount]
            lines.append(d.join(quote(f, d) for f in fields))
            if len(lines) == 10000:
                out.write("\r\n".join(lines) + "\r\n")
                lines = []
        if lines:
            out.write("\r\n".join(lines) + "\r\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
