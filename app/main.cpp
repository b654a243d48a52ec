#include "CommandLine.h"
#include "LedgerSession.h"
#include "MainWindow.h"
#include "Platform.h"
#include "Settings.h"
#include "Translations.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
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
    // libxlsxwriter and other C code must write numbers with a decimal point, whatever the locale.
    std::setlocale(LC_NUMERIC, "C");
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

int runWindow(int argc, char **argv, const QString &ledgerPath, bool readOnly)
{
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Annalist"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/annalist.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral(ANNALIST_APP_ID));
    annalist::Translations::install(&app, annalist::Settings::language());

    // Without --db: the ledger open last time, else the default ledger (demo books on first start).
    QString path = ledgerPath;
    if (path.isEmpty() && QFileInfo::exists(annalist::Settings::lastLedger()))
        path = annalist::Settings::lastLedger();
    annalist::LedgerSession session;
    const auto access = readOnly ? annalist::Ledger::Access::ReadOnly : annalist::Ledger::Access::ReadWrite;
    auto opened = session.open(path, access);
    // Another writer has it: the board may still read it.
    if (!opened && opened.error().kind == annalist::ErrorKind::Locked &&
        QMessageBox::question(
            nullptr, QApplication::translate("main", "Annalist"),
            QApplication::translate("main", "%1\n\nOpen it read-only?").arg(opened.error().message)) ==
            QMessageBox::Yes)
        opened = session.open(path, annalist::Ledger::Access::ReadOnly);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Annalist"), opened.error().message);
        return annalist::CommandLine::exitCodeFor(opened.error());
    }
    annalist::MainWindow window(&session);
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
        return runWindow(argc, argv, commandLine.ledgerPath(), commandLine.readOnly());

    // Commands that draw pages need a QApplication (QtCharts, fonts), without a display.
    std::unique_ptr<QCoreApplication> app;
    if (commandLine.drawsPages()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    annalist::Translations::install(app.get(), QString());
    QTextStream out(stdout);
    QTextStream err(stderr);
    int code = commandLine.run(out, err);
    out.flush();
    // Output sent to a file on a full disk fails only here: say so, and do not end with 0.
    const bool flushed = std::fflush(stdout) == 0;
    if (out.status() != QTextStream::Ok || !flushed || std::ferror(stdout)) {
        err << annalist::CommandLine::tr("annalist: the output could not be written: %1")
                   .arg(annalist::Platform::writeFailure(fileno(stdout)))
            << '\n';
        if (code == annalist::CommandLine::Ok)
            code = annalist::CommandLine::IoError;
    }
    err.flush();
    return code;
}
