#pragma once

class QCommandLineOption;
class QString;

namespace annalist {

class CommandContext;

// The commands that keep the books sound: close-year, reopen-year, backup, verify and audit.
class BooksCommands
{
public:
    static int closeYear(CommandContext &c);
    static int reopenYear(CommandContext &c);
    static int backup(CommandContext &c);
    static int verify(CommandContext &c);
    static int audit(CommandContext &c);

private:
    // close-year and reopen-year: the required --year and the command's own option, the ledger opened for writing.
    static bool openYearToChange(CommandContext &c, const QString &description, const QCommandLineOption &option);
};

} // namespace annalist
