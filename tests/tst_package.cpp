#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The Debian package as an administrator meets it: built with CPack from this build, its name,
// declared dependencies and files, apt's verdict on installing it here, and the program run from
// the unpacked files alone, with no build tree and a clean environment.
class tst_Package : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nameVersionAndArchitecture();
    void dependsOnTheRuntimePackages();
    void holdsExactlyTheInstalledFiles();
    void aptCanInstallIt();
    void runsFromTheUnpackedFilesOnly();
    void desktopEntryAndAppStreamAreValid();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run run(const QString &program, const QStringList &arguments, const QStringList &environment = {});
    Run annalist(const QStringList &arguments, const QString &language = QStringLiteral("C.UTF-8")) const;
    QString field(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_architecture; // amd64 on the machines Annalist is built for
    QString m_root;
    const QString m_version = QStringLiteral(ANNALIST_VERSION_STRING);
    const QString m_appId = QStringLiteral(ANNALIST_APP_ID);
};

tst_Package::Run tst_Package::run(const QString &program, const QStringList &arguments, const QStringList &environment)
{
    QProcess process;
    if (!environment.isEmpty()) {
        QProcessEnvironment env;
        for (const QString &pair : environment)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
    }
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(240000))
        return result;
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void tst_Package::initTestCase()
{
    const QString out = m_dir.filePath(QStringLiteral("out"));
    const Run cpack = run(QStringLiteral("cpack"),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out,
                           QStringLiteral("--config"), QStringLiteral(ANNALIST_BUILD_DIR "/CPackConfig.cmake")});
    QVERIFY2(cpack.code == 0, qPrintable(cpack.out + cpack.err));
    m_architecture = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}).out.trimmed();
    m_deb = QDir(out).filePath(QStringLiteral("annalist_%1_%2.deb").arg(m_version, m_architecture));
    QVERIFY2(QFileInfo::exists(m_deb), qPrintable(QDir(out).entryList().join(QLatin1Char(' '))));
    qInfo("%s: %lld bytes", qPrintable(QFileInfo(m_deb).fileName()), QFileInfo(m_deb).size());
    m_root = m_dir.filePath(QStringLiteral("root"));
    const Run unpack = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(unpack.code == 0, qPrintable(unpack.err));
}

QString tst_Package::field(const QString &name) const
{
    return run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, name}).out.trimmed();
}

void tst_Package::nameVersionAndArchitecture()
{
    QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("annalist"));
    QCOMPARE(field(QStringLiteral("Version")), m_version);
    QCOMPARE(field(QStringLiteral("Architecture")), m_architecture);
    QVERIFY(!field(QStringLiteral("Description")).isEmpty());
}

void tst_Package::dependsOnTheRuntimePackages()
{
    const QString depends = field(QStringLiteral("Depends"));
    qInfo("Depends: %s", qPrintable(depends));
    QStringList names;
    for (const QString &d : depends.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names << d.trimmed().section(QLatin1Char(' '), 0, 0);
    // The libraries the program links (found by dpkg-shlibdeps) and the plug-ins it loads.
    for (const char *needed :
         {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6sql6", "libqt6charts6", "libqt6printsupport6",
          "libqt6svg6", "libxlsxwriter4", "libsqlite3-0", "libqt6sql6-sqlite", "qt6-qpa-plugins"})
        QVERIFY2(names.contains(QLatin1String(needed)), needed);
    // Nothing needed only to build or test.
    for (const QString &name : std::as_const(names))
        QVERIFY2(!name.endsWith(QLatin1String("-dev")) && name != QLatin1String("poppler-utils"), qPrintable(name));
}

void tst_Package::holdsExactlyTheInstalledFiles()
{
    QStringList expected{QStringLiteral("usr/bin/annalist"),
                         QStringLiteral("usr/share/annalist/translations/annalist_da.qm"),
                         QStringLiteral("usr/share/doc/annalist/copyright"),
                         QStringLiteral("usr/share/applications/%1.desktop").arg(m_appId),
                         QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(m_appId),
                         QStringLiteral("usr/share/mime/packages/%1.xml").arg(m_appId),
                         QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(m_appId)};
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        expected << QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(m_appId);
    for (const QString &guide :
         QDir(QStringLiteral(ANNALIST_SOURCE_DIR "/docs/guide")).entryList({QStringLiteral("*.md")}, QDir::Files))
        expected << QStringLiteral("usr/share/doc/annalist/guide/") + guide;
    QStringList actual;
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        actual << QDir(m_root).relativeFilePath(it.next());
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);
}

void tst_Package::aptCanInstallIt()
{
    // A simulation: apt resolves every dependency from Debian 12's packages and would install it.
    const Run apt = run(QStringLiteral("apt-get"), {QStringLiteral("install"), QStringLiteral("-s"), m_deb});
    QVERIFY2(apt.code == 0, qPrintable(apt.out + apt.err));
    QVERIFY2(
        apt.out.contains(QRegularExpression(QStringLiteral("^Inst annalist "), QRegularExpression::MultilineOption)),
        qPrintable(apt.out));
}

tst_Package::Run tst_Package::annalist(const QStringList &arguments, const QString &language) const
{
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    return run(
        QDir(m_root).filePath(QStringLiteral("usr/bin/annalist")), arguments,
        {QStringLiteral("HOME=") + home, QStringLiteral("PATH=/usr/bin:/bin"), QStringLiteral("LANG=") + language});
}

void tst_Package::runsFromTheUnpackedFilesOnly()
{
    const QString program = QDir(m_root).filePath(QStringLiteral("usr/bin/annalist"));
    const Run elf = run(QStringLiteral("readelf"), {QStringLiteral("-d"), program});
    QCOMPARE(elf.code, 0);
    QVERIFY2(!elf.out.contains(QLatin1String("RPATH")) && !elf.out.contains(QLatin1String("RUNPATH")),
             qPrintable(elf.out));
    const Run names = run(QStringLiteral("grep"), {QStringLiteral("-rlF"), QStringLiteral(ANNALIST_BUILD_DIR), m_root});
    QVERIFY2(names.out.isEmpty(), qPrintable(QStringLiteral("files naming the build tree: ") + names.out));

    const Run version = annalist({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QCOMPARE(version.out, QStringLiteral("annalist %1\n").arg(m_version));
    const QString ledger = m_dir.filePath(QStringLiteral("home/demo.annalist"));
    const Run init = annalist({QStringLiteral("--db"), ledger, QStringLiteral("init"), QStringLiteral("--demo")});
    QVERIFY2(init.code == 0, qPrintable(init.err));
    const Run statement = annalist({QStringLiteral("--db"), ledger, QStringLiteral("statement"),
                                    QStringLiteral("--year"), QStringLiteral("2019")});
    QCOMPARE(statement.code, 0);
    QVERIFY2(statement.out.contains(QLatin1String("-322.748,08")), qPrintable(statement.out));
    // Danish on a Danish system (the installed .qm is read first; the copy in the program is the fallback).
    const Run danish = annalist({QStringLiteral("--help")}, QStringLiteral("da_DK.UTF-8"));
    QVERIFY2(danish.out.startsWith(QLatin1String("Brug: annalist")), qPrintable(danish.out));
}

void tst_Package::desktopEntryAndAppStreamAreValid()
{
    const QString desktop = QDir(m_root).filePath(QStringLiteral("usr/share/applications/%1.desktop").arg(m_appId));
    const Run entry = run(QStringLiteral("desktop-file-validate"), {desktop});
    QVERIFY2(entry.code == 0 && entry.out.isEmpty(), qPrintable(entry.out + entry.err));
    const QString metainfo = QDir(m_root).filePath(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(m_appId));
    const Run appstream = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                               QStringLiteral("--pedantic"), metainfo});
    QVERIFY2(appstream.code == 0, qPrintable(appstream.out + appstream.err));
    QFile file(metainfo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(file.readAll());
    QVERIFY(xml.contains(QStringLiteral("<release version=\"%1\"").arg(m_version)));
    QVERIFY(xml.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(m_appId)));
}

QTEST_GUILESS_MAIN(tst_Package)
#include "tst_package.moc"
