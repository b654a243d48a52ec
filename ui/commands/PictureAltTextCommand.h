#pragma once

#include "LedgerCommand.h"

#include <QCoreApplication>

namespace annalist {

// Changes the alternative text of a report picture, what readers who cannot see it are told.
class PictureAltTextCommand : public LedgerCommand
{
    Q_DECLARE_TR_FUNCTIONS(annalist::PictureAltTextCommand)

public:
    PictureAltTextCommand(LedgerSession *session, qint64 pictureId, const QString &name, const QString &before,
                          const QString &after);

    Status apply() override;
    Status revert() override;

private:
    qint64 m_pictureId;
    QString m_before;
    QString m_after;
};

} // namespace annalist
