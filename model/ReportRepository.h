#pragma once

#include <QCoreApplication>

#include "ReportDocument.h"
#include "Result.h"

#include <QVariantList>

namespace annalist {

class Ledger;

// The annual report of each fiscal year: its tree of sections, the pictures they show and who
// signs it. Every write is one transaction and announces LedgerNotifier::Table::Report.
class ReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(annalist::ReportRepository)

public:
    explicit ReportRepository(const Ledger &ledger) : m_ledger(ledger) {}

    // The year's report: numbered outline and signatories; an empty outline when it has none.
    Result<ReportDocument> document(int year) const;
    // The year's sections in reading order (depth-first, siblings by position).
    Result<QList<ReportSection>> sections(int year) const;
    Result<std::optional<ReportSection>> section(qint64 id) const;
    // Whether the year has a report (at least one section).
    Result<bool> hasReport(int year) const;

    // Inserts the section at `s.position` among the siblings under `s.parentId` (a position past
    // the end appends); the siblings from there on move one down. Gives the new id.
    Result<qint64> addSection(const ReportSection &s) const;
    // Changes kind, title, body and options; the place in the tree changes only through moveSection().
    Status updateSection(const ReportSection &s) const;
    // Removes the section with its subsections; the siblings after it close up.
    Status removeSection(qint64 id) const;
    // The section and its subsections in reading order, as removeSection() would remove them.
    Result<QList<ReportSection>> subtree(qint64 id) const;
    // Puts back what subtree() gave, under the same ids and positions (undo of removeSection()).
    Status restoreSubtree(const QList<ReportSection> &sections) const;
    // Moves the section (with its subsections) under `newParent` (none: makes it a chapter) at
    // `newPosition` among its new siblings. Refuses a move under itself or its own subsections.
    Status moveSection(qint64 id, std::optional<qint64> newParent, int newPosition) const;

    Result<qint64> addPicture(const ReportPicture &picture) const;
    // Puts back a picture removed before, under its id (undo of removePicture()); refuses when a
    // picture has that id.
    Status restorePicture(const ReportPicture &picture) const;
    Status removePicture(qint64 id) const;
    Result<std::optional<ReportPicture>> picture(qint64 id) const;
    // Every picture, with its data, by id.
    Result<QList<ReportPicture>> pictures() const;
    Status setPictureAltText(qint64 id, const QString &altText) const;
    // The pictures that no section of any year shows (in its text or as an interview's portrait), by id.
    Result<QList<qint64>> unusedPictures() const;
    // Removes those, in one transaction; gives their ids.
    Result<QList<qint64>> removeUnusedPictures() const;

    // The year's signatories in signing order.
    Result<QList<Signatory>> signatories(int year) const;
    // Replaces the year's signatories; their order in the list is the signing order (positions
    // and ids are given anew).
    Status setSignatories(int year, const QList<Signatory> &signatories) const;

    // Copies the report of `fromYear` (sections, text, signatories without dates) into `toYear`;
    // pictures are shared, not copied. Refuses when `toYear` has a report already.
    Status copyReport(int fromYear, int toYear) const;
    // Removes the year's sections and signatories (pictures stay).
    Status removeReport(int year) const;

private:
    Status checkYear(int year) const;
    Status checkContent(const ReportSection &s) const;
    Status checkParent(const ReportSection &s) const;
    // Refuses a section that would show a picture the ledger does not hold (removed meanwhile).
    Status checkPictures(const ReportSection &s, const QList<qint64> &shownAlready) const;
    Result<int> siblingCount(int year, std::optional<qint64> parent, qint64 except) const;
    Status shiftSiblings(int year, std::optional<qint64> parent, int from, int by, qint64 except) const;
    Result<qint64> insertSection(const ReportSection &s, bool withId) const;
    Result<QList<ReportSection>> selectSections(const QString &where, const QVariantList &values) const;
    void notify() const;

    const Ledger &m_ledger;
};

} // namespace annalist
