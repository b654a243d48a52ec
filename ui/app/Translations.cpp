#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace annalist {
namespace {

// What install() chose; the help window shows the user guide in the same language.
QString &installed()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

QString Translations::folder()
{
    // Installed as PREFIX/bin/annalist and PREFIX/share/annalist/translations, whatever the prefix.
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/annalist/translations"));
}

QString Translations::install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    installed() = QStringLiteral("en"); // the source strings are English
    if (locale.language() != QLocale::Danish)
        return installed();
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral("annalist_da.qm"), folder()) || own->load(QStringLiteral(":/i18n/annalist_da.qm")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(QLocale::Danish), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    installed() = QStringLiteral("da");
    return installed();
}

QString Translations::current()
{
    return installed();
}

} // namespace annalist
