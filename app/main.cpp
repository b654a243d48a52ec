#include "CommandLine.h"
#include "DefaultLedger.h"
#include "Ledger.h"
#include "StatementWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

#include <clocale>
#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("annalist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANNALIST_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

int runWindow(int argc, char **argv, const QString &ledgerPath)
{
    QApplication app(argc, argv);
    describeApplication();
    // libxlsxwriter and other C code must write numbers with a decimal point, whatever the locale.
    std::setlocale(LC_NUMERIC, "C");
    QApplication::setApplicationDisplayName(QStringLiteral("Annalist"));

    auto ledger = ledgerPath.isEmpty() ? annalist::DefaultLedger::open() : annalist::Ledger::open(ledgerPath);
    if (!ledger) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Annalist"), ledger.error().message);
        return annalist::CommandLine::exitCodeFor(ledger.error());
    }
    annalist::StatementWindow window(**ledger);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    // Parse before any application object exists: commands never need a display.
    QCoreApplication::setApplicationName(QStringLiteral("annalist"));
    annalist::CommandLine commandLine(argumentsOf(argc, argv));
    if (commandLine.wantsWindow())
        return runWindow(argc, argv, commandLine.ledgerPath());

    QCoreApplication app(argc, argv);
    describeApplication();
    std::setlocale(LC_NUMERIC, "C");
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = commandLine.run(out, err);
    out.flush();
    err.flush();
    return code;
}
