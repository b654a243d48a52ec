#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace annalist {

QString Translations::folder()
{
    // Installed as PREFIX/bin/annalist and PREFIX/share/annalist/translations, whatever the prefix.
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/annalist/translations"));
}

QString Translations::install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() != QLocale::Danish)
        return QStringLiteral("en"); // the source strings are English
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral("annalist_da.qm"), folder()) || own->load(QStringLiteral(":/i18n/annalist_da.qm")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(QLocale::Danish), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    return QStringLiteral("da");
}

} // namespace annalist
