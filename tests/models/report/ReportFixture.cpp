#include "ReportFixture.h"

#include <QProcess>
#include <QSet>
#include <QTimeZone>

namespace {

QDateTime utc(int year, int month, int day, int hour = 10)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::UTC);
}

QString run(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        if (error)
            *error = program + QStringLiteral(": ") + QString::fromUtf8(process.readAllStandardError())
                + process.errorString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

namespace ReportFixture {

Case sampleCase(bool consent)
{
    Case c;
    c.title = QStringLiteral("Heap overflow in the HTTP management API");
    c.product = QStringLiteral("GigaSpire u6");
    c.productVersion = QStringLiteral("23.4.1");
    c.reporterName = QStringLiteral("Ada Quinton-Researcher");
    c.reporterEmail = QStringLiteral("ada.q@lab.example");
    c.reporterOrganisation = QStringLiteral("Quintessence Labs");
    c.consentCredit = true;
    c.consentShareIdentity = consent;
    c.receivedAt = utc(2026, 6, 1);
    // Reporters sign their texts; a withheld identity must go from there too.
    c.description = QStringLiteral(
        "A long Host header overflows a heap buffer in the management API; the service restarts.\n"
        "Regards, Ada Quinton-Researcher (ada.q@lab.example)");
    c.stepsToReproduce = QStringLiteral(
        "#!/bin/sh\n# send an oversized Host header\ncurl -k -H \"Host: $(printf 'A%.0s' $(seq 1 70000))\" "
        "https://192.0.2.1/api/v1/status\necho \"exit: $?\"\n");
    c.status = CaseStatus::Confirmed;
    c.owner = QStringLiteral("Mei Chen");
    c.trackingId = QStringLiteral("PSIRT-2026-0042");
    c.acknowledgedAt = utc(2026, 6, 2);
    c.createdAt = c.receivedAt;
    c.updatedAt = utc(2026, 6, 10);
    return c;
}

QList<AuditEntry> sampleTrail(const Case &c)
{
    const auto entry = [](const QDateTime &at, const QString &field, const QString &from, const QString &to) {
        AuditEntry e;
        e.at = at;
        e.actor = QStringLiteral("Mei Chen");
        e.field = field;
        e.oldValue = from;
        e.newValue = to;
        return e;
    };
    return {entry(utc(2026, 6, 1), QStringLiteral("created"), {}, c.title),
        entry(utc(2026, 6, 2), QStringLiteral("status"), QStringLiteral("new"), QStringLiteral("triage")),
        entry(utc(2026, 6, 2), QStringLiteral("tracking_id"), {}, c.trackingId),
        entry(utc(2026, 6, 3), QStringLiteral("reporter_email"), QStringLiteral("ada@old.example"),
            c.reporterEmail),
        entry(utc(2026, 6, 9), QStringLiteral("status"), QStringLiteral("triage"),
            QStringLiteral("confirmed"))};
}

Case longCase(int pages, QList<AuditEntry> *trail)
{
    Case c = sampleCase(false);
    c.title = QStringLiteral("Authentication bypass in the firmware update service (long report)");
    QString description;
    // About a third of the pages of text, a third of steps, a third of audit trail.
    const int paragraphs = pages * 4;
    for (int i = 0; i < paragraphs; ++i)
        description += QStringLiteral(
            "Paragraph %1. The update service accepts a signed manifest but checks the signature "
            "over the header only, so a crafted body with a valid header installs unsigned "
            "firmware. The reporter attached traces showing the request and the device log.\n\n")
                           .arg(i + 1);
    c.description = description;
    QString steps = QStringLiteral("#!/bin/bash\nset -euo pipefail\n");
    for (int i = 0; i < pages * 14; ++i)
        steps += QStringLiteral(
            "curl -sk -X POST https://192.0.2.%1/fw/update -H 'X-Step: %2' --data-binary @body.bin\n")
                     .arg(i % 250 + 1)
                     .arg(i);
    c.stepsToReproduce = steps;
    *trail = sampleTrail(c);
    for (int i = 0; i < pages * 14; ++i) {
        AuditEntry e;
        e.at = utc(2026, 6, 10).addSecs(qint64(i) * 3600);
        e.actor = i % 3 == 0 ? QStringLiteral("Mei Chen") : QStringLiteral("Jonas Weber");
        e.field = QStringLiteral("owner");
        e.oldValue = i % 2 ? QStringLiteral("Mei Chen") : QStringLiteral("Jonas Weber");
        e.newValue = i % 2 ? QStringLiteral("Jonas Weber") : QStringLiteral("Mei Chen");
        trail->append(e);
    }
    return c;
}

qint64 store(CaseStore &store, const Case &c, const QList<AuditEntry> &trail)
{
    const Result<int> before = store.caseCount();
    if (!before || !store.importCases({c}, {trail}))
        return 0;
    const Result<qint64> id = store.idForTrackingId(c.trackingId);
    if (!id)
        return 0;
    CaseScore score;
    score.version = QStringLiteral("3.1");
    score.vector = QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    score.score = 9.8;
    score.severity = QStringLiteral("Critical");
    score.primary = true;
    score.scoredAt = utc(2026, 6, 5);
    score.scoredBy = QStringLiteral("Mei Chen");
    return store.setScore(*id, score) ? *id : 0;
}

QStringList pageTexts(const QString &pdfPath, int pages, QString *error)
{
    QStringList texts;
    for (int page = 1; page <= pages; ++page) {
        const QString n = QString::number(page);
        const QString text = run(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), n, QStringLiteral("-l"), n, pdfPath, QStringLiteral("-")}, error);
        if (text.isEmpty())
            return {};
        texts.append(text);
    }
    return texts;
}

QStringList pageLayoutTexts(const QString &pdfPath, int pages, QString *error)
{
    QStringList texts;
    for (int page = 1; page <= pages; ++page) {
        const QString n = QString::number(page);
        const QString text = run(QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), QStringLiteral("-f"), n, QStringLiteral("-l"), n, pdfPath,
                QStringLiteral("-")},
            error);
        if (text.isEmpty())
            return {};
        texts.append(text);
    }
    return texts;
}

QString pageSvg(const QString &pdfPath, int page, QString *error)
{
    const QString n = QString::number(page);
    return run(QStringLiteral("pdftocairo"),
        {QStringLiteral("-svg"), QStringLiteral("-f"), n, QStringLiteral("-l"), n, pdfPath,
            QStringLiteral("-")},
        error);
}

int imageCount(const QString &pdfPath)
{
    QString error;
    const QString text = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdfPath}, &error);
    if (text.isEmpty())
        return -1;
    // Two header lines, then a line per use of an image or of a soft mask (alpha) on a page;
    // an image drawn where two pages meet is listed on both, with one object number.
    QSet<QString> images;
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts).mid(2)) {
        const QString fields = line.simplified();
        if (fields.section(u' ', 2, 2) == u"image")
            images.insert(fields.section(u' ', 10, 10));
    }
    return int(images.size());
}

QMap<QString, QString> pdfInfo(const QString &pdfPath)
{
    QMap<QString, QString> info;
    const QString text = run(QStringLiteral("pdfinfo"), {pdfPath}, nullptr);
    for (const QString &line : text.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            info.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return info;
}

} // namespace ReportFixture
