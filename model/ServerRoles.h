#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace annalist {

class Ledger;

// Who may do what on a server ledger, enforced by the server itself: the schema defines three
// group roles and their rights (resources/sql/postgresql), and a login gets its rights by being a
// member of one.
//   finance  annalist_finance: writes the ledger (postings, budgets, master data, imports)
//   editor   annalist_editor:  writes the report (sections, pictures, notes, signatories), reads the ledger
//   board    annalist_board:   reads everything, closes and reopens years (signs them off)
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ServerRoles)

public:
    static QStringList names()
    {
        return {QStringLiteral("finance"), QStringLiteral("editor"), QStringLiteral("board")};
    }
    // The server's group role of a name above; empty for another name.
    static QString groupRole(const QString &name);

    // Makes `login` a member of the role, creating the login role (LOGIN, with `password` when one
    // is given) when the server has none by that name, and lets it connect to the ledger's database.
    // Run by the ledger's owner or another login allowed to manage roles; the server refuses others.
    struct Granted
    {
        bool created = false; // the login was created
        QString group;
    };
    static Result<Granted> grant(const Ledger &ledger, const QString &role, const QString &login,
                                 const QString &password = QString());
};

} // namespace annalist
