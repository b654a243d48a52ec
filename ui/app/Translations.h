#pragma once

#include <QString>

class QCoreApplication;

namespace annalist {

// Loads Annalist's and Qt's own translations for the chosen language.
class Translations
{
public:
    // `language`: "da", "en", or empty to follow the system. Returns the language in use.
    static QString install(QCoreApplication *app, const QString &language);
    // Where an installed Annalist keeps its .qm files; read before the copy built into the program.
    static QString folder();
    // The language install() put in place last: "da" or "en" (English until it has run).
    static QString current();
};

} // namespace annalist
