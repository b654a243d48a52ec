#pragma once

namespace annalist {

class CommandContext;

// The commands that move a year's postings or report in or out of the ledger: import, export-csv,
// export-pdf, export-html and export-xlsx.
class TransferCommands
{
public:
    static int importPostings(CommandContext &c);
    static int exportCsv(CommandContext &c);
    static int exportPdf(CommandContext &c);
    static int exportHtml(CommandContext &c);
    static int exportXlsx(CommandContext &c);
};

} // namespace annalist
