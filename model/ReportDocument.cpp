#include "ReportDocument.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace annalist {
namespace {

struct KindKey
{
    SectionKind kind;
    const char *key;
};

constexpr KindKey kindKeys[] = {
    {SectionKind::Text, "text"},           {SectionKind::Statement, "statement"}, {SectionKind::Chart, "chart"},
    {SectionKind::Portfolio, "portfolio"}, {SectionKind::Interview, "interview"}, {SectionKind::Members, "members"},
    {SectionKind::PageBreak, "pagebreak"},
};

void appendChildren(const QHash<qint64, QList<ReportSection>> &children, qint64 parent, const QString &prefix,
                    int depth, QList<OutlineEntry> *outline)
{
    int counter = 0;
    for (const ReportSection &s : children.value(parent)) {
        QString number;
        if (s.kind != SectionKind::PageBreak)
            number =
                prefix.isEmpty() ? QString::number(++counter) : prefix + QLatin1Char('.') + QString::number(++counter);
        outline->append({s, number, depth});
        appendChildren(children, s.id, number, depth + 1, outline);
    }
}

} // namespace

QString sectionKindKey(SectionKind kind)
{
    for (const KindKey &k : kindKeys)
        if (k.kind == kind)
            return QLatin1String(k.key);
    return {};
}

std::optional<SectionKind> sectionKindFromKey(const QString &key)
{
    for (const KindKey &k : kindKeys)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QList<qint64> ReportSection::pictureIds() const
{
    static const QRegularExpression img(QStringLiteral(R"(<img\b[^>]*\bsrc\s*=\s*["']picture:(\d+)["'])"),
                                        QRegularExpression::CaseInsensitiveOption);
    QList<qint64> ids;
    for (auto it = img.globalMatch(body); it.hasNext();) {
        const qint64 picture = it.next().captured(1).toLongLong();
        if (!ids.contains(picture))
            ids.append(picture);
    }
    if (kind == SectionKind::Interview && interview.portraitId && !ids.contains(*interview.portraitId))
        ids.append(*interview.portraitId);
    return ids;
}

const OutlineEntry *ReportDocument::entry(qint64 sectionId) const
{
    for (const OutlineEntry &e : outline)
        if (e.section.id == sectionId)
            return &e;
    return nullptr;
}

QList<OutlineEntry> numberedOutline(const QList<ReportSection> &sections)
{
    // Chapters sit under the id 0, which no row has.
    QHash<qint64, QList<ReportSection>> children;
    for (const ReportSection &s : sections)
        children[s.parentId.value_or(0)].append(s);
    for (QList<ReportSection> &siblings : children)
        std::stable_sort(siblings.begin(), siblings.end(), [](const ReportSection &a, const ReportSection &b) {
            return a.position != b.position ? a.position < b.position : a.id < b.id;
        });
    QList<OutlineEntry> outline;
    appendChildren(children, 0, QString(), 0, &outline);
    return outline;
}

QStringList reportChartKeys()
{
    return {QStringLiteral("spending"), QStringLiteral("projects"), QStringLiteral("portfolio"),
            QStringLiteral("members"), QStringLiteral("years")};
}

QString publishedLayout()
{
    return QStringLiteral("published");
}

QString budgetLayout()
{
    return QStringLiteral("budget");
}

QString sectionOptionsJson(const ReportSection &s)
{
    QJsonObject o;
    switch (s.kind) {
    case SectionKind::Chart:
        o.insert(QLatin1String("chart"), s.chartKey);
        break;
    case SectionKind::Statement:
        o.insert(QLatin1String("layout"), s.statementLayout.isEmpty() ? publishedLayout() : s.statementLayout);
        break;
    case SectionKind::Interview: {
        QJsonObject i;
        i.insert(QLatin1String("name"), s.interview.name);
        i.insert(QLatin1String("title"), s.interview.title);
        i.insert(QLatin1String("municipality"), s.interview.municipality);
        if (s.interview.portraitId)
            i.insert(QLatin1String("portrait"), double(*s.interview.portraitId));
        QJsonArray answers;
        for (const InterviewAnswer &a : s.interview.answers)
            answers.append(QJsonObject{{QLatin1String("question"), a.question}, {QLatin1String("answer"), a.answer}});
        i.insert(QLatin1String("answers"), answers);
        o.insert(QLatin1String("interview"), i);
        break;
    }
    default:
        break;
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void readSectionOptions(const QString &json, ReportSection *s)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    s->chartKey = o.value(QLatin1String("chart")).toString();
    s->statementLayout = o.value(QLatin1String("layout")).toString();
    if (s->kind == SectionKind::Statement && s->statementLayout.isEmpty())
        s->statementLayout = publishedLayout();
    const QJsonObject i = o.value(QLatin1String("interview")).toObject();
    s->interview = Interview();
    s->interview.name = i.value(QLatin1String("name")).toString();
    s->interview.title = i.value(QLatin1String("title")).toString();
    s->interview.municipality = i.value(QLatin1String("municipality")).toString();
    if (i.contains(QLatin1String("portrait")))
        s->interview.portraitId = qint64(i.value(QLatin1String("portrait")).toDouble());
    for (const QJsonValue v : i.value(QLatin1String("answers")).toArray()) {
        const QJsonObject a = v.toObject();
        s->interview.answers.append(
            {a.value(QLatin1String("question")).toString(), a.value(QLatin1String("answer")).toString()});
    }
}

} // namespace annalist
