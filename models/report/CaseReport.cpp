#include "CaseReport.h"

#include "advisory/AdvisoryStore.h"
#include "advisory/CweCatalog.h"
#include "core/CaseStatus.h"
#include "core/ReporterIdentity.h"
#include "core/TextSanitizer.h"
#include "cvss/CvssMetricCatalog.h"
#include "cvss/CvssVector.h"
#include "evidence/EvidenceStore.h"
#include "highlight/SyntaxRepository.h"
#include "report/ReportDocument.h"
#include "sla/CaseEvents.h"

#include <QCoreApplication>
#include <QHash>
#include <QImageReader>
#include <QLocale>
#include <QMap>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <algorithm>

namespace {

/// Case fields that identify the reporter: their values leave the report with the identity.
bool isIdentityField(const QString &column)
{
    return column == CaseFieldInfo::column(CaseField::ReporterName)
        || column == CaseFieldInfo::column(CaseField::ReporterEmail)
        || column == CaseFieldInfo::column(CaseField::ReporterOrganisation);
}

/// Removes a withheld identity from free text, however the text writes it (IdentityScan:
/// any letter case, accents, line breaks, a hyphenated name, a signature with the first
/// name only, derived handles, addresses). Values the reporter fields held earlier, as the
/// audit trail records them (a corrected address), are looked for too.
class Redactor final
{
public:
    explicit Redactor(const CaseReportData &data)
    {
        const Case &c = data.caseData;
        if (c.consentShareIdentity)
            return;
        m_who = ReporterIdentity::of(c);
        for (const AuditEntry &entry : data.audit) {
            if (!isIdentityField(entry.field))
                continue;
            for (const QString &value : {entry.oldValue, entry.newValue}) {
                if (entry.field == CaseFieldInfo::column(CaseField::ReporterEmail)) {
                    Case earlier;
                    earlier.reporterEmail = value;
                    for (const QString &email : ReporterIdentity::of(earlier).emails) {
                        if (!m_who.emails.contains(email, Qt::CaseInsensitive))
                            m_who.emails.append(email);
                    }
                } else if (!value.trimmed().isEmpty() && !m_who.aliases.contains(value.trimmed())) {
                    m_who.aliases.append(value.trimmed());
                }
            }
        }
    }

    QString operator()(const QString &text) const
    {
        return IdentityScan::redact(text, m_who, CaseReport::redactedMarker());
    }

    /// Redacts lines as the one text they form, so a name broken across two lines goes too:
    /// the marker stands where a match begins, the rest of it leaves the following lines.
    void redactLines(QList<HighlightedText::Line> *lines) const
    {
        if (m_who.isEmpty() || lines->isEmpty())
            return;
        QString joined;
        QList<qsizetype> starts;
        starts.reserve(lines->size());
        for (const HighlightedText::Line &line : std::as_const(*lines)) {
            starts.append(joined.size());
            joined += line.text;
            joined += u'\n';
        }
        const QList<IdentityScan::Match> matches = IdentityScan::find(joined, m_who);
        qsizetype first = 0;
        for (qsizetype i = 0; i < lines->size() && first < matches.size(); ++i) {
            const qsizetype start = starts.at(i);
            const qsizetype end = start + (*lines)[i].text.size();
            while (first < matches.size() && matches.at(first).position + matches.at(first).length <= start)
                ++first;
            if (first == matches.size() || matches.at(first).position >= end)
                continue; // nothing of this line matched
            QString text;
            qsizetype done = start;
            for (qsizetype m = first; m < matches.size() && matches.at(m).position < end; ++m) {
                const IdentityScan::Match &match = matches.at(m);
                const qsizetype from = std::max(match.position, start);
                text += QStringView(joined).sliced(done, from - done);
                if (match.position >= start)
                    text += CaseReport::redactedMarker();
                done = std::min(match.position + match.length, end);
            }
            text += QStringView(joined).sliced(done, end - done);
            // Redaction changes the length; the line loses its colours, not its secrecy.
            (*lines)[i].text = text;
            (*lines)[i].runs.clear();
        }
    }

private:
    ReporterIdentity m_who;
};

QString instantText(const QDateTime &at, const QTimeZone &zone)
{
    if (!at.isValid())
        return QStringLiteral("—");
    return Embargo {at, Embargo::Source::None, {}}.displayText(zone);
}

QColor stateColor(ClockState state)
{
    switch (state) {
    case ClockState::Breached:
    case ClockState::MetLate:
        return QColor(0xe5, 0x73, 0x73);
    case ClockState::DueSoon:
        return QColor(0xff, 0xb7, 0x4d);
    case ClockState::Paused:
        return QColor(0x90, 0xa4, 0xae);
    case ClockState::Met:
        return QColor(0x81, 0xc7, 0x84);
    case ClockState::OnTrack:
        return QColor(0x64, 0xb5, 0xf6);
    case ClockState::NotStarted:
        break;
    }
    return QColor(0xe0, 0xe0, 0xe0);
}

QString marginText(qint64 marginMs)
{
    const qint64 hours = std::abs(marginMs) / (3600 * 1000);
    const QString amount = hours >= 48 ? QCoreApplication::translate("CaseReport", "%1 days").arg(hours / 24)
                                       : QCoreApplication::translate("CaseReport", "%1 hours").arg(hours);
    return marginMs >= 0 ? QCoreApplication::translate("CaseReport", "%1 early").arg(amount)
                         : QCoreApplication::translate("CaseReport", "%1 late").arg(amount);
}

void addCover(ReportDocument &doc, const CaseReportData &data, TlpLevel tlp, const Redactor &redact)
{
    const Case &c = data.caseData;
    const QString id = c.trackingId.isEmpty()
        ? QCoreApplication::translate("CaseReport", "Case #%1").arg(c.id)
        : c.trackingId;
    doc.addCover(QCoreApplication::translate("CaseReport", "Case report · %1").arg(id), redact(c.title), tlp);
    QString severity
        = c.severity.isEmpty() ? QCoreApplication::translate("CaseReport", "not scored") : c.severity;
    if (c.cvssScore)
        severity = QCoreApplication::translate("CaseReport", "%1 (%2)")
                       .arg(severity, QString::number(*c.cvssScore, 'f', 1));
    QList<QPair<QString, QString>> fields {
        {QCoreApplication::translate("CaseReport", "Tracking id"),
            c.trackingId.isEmpty() ? QCoreApplication::translate("CaseReport", "not yet issued")
                                   : c.trackingId},
        {QCoreApplication::translate("CaseReport", "Status"), CaseStatuses::displayName(c.status)},
        {QCoreApplication::translate("CaseReport", "Product"),
            c.productVersion.isEmpty()
                ? c.product
                : QCoreApplication::translate("CaseReport", "%1 %2").arg(c.product, c.productVersion)},
        {QCoreApplication::translate("CaseReport", "Severity"), severity},
        {QCoreApplication::translate("CaseReport", "Owner"),
            c.owner.isEmpty() ? QCoreApplication::translate("CaseReport", "unassigned") : c.owner},
        {QCoreApplication::translate("CaseReport", "Received"), instantText(c.receivedAt, data.zone)},
        {QCoreApplication::translate("CaseReport", "Planned disclosure"),
            data.embargo.displayText(data.zone)},
        {QCoreApplication::translate("CaseReport", "Report date"), instantText(data.now, data.zone)},
    };
    // Right under the severity: it outranks it (policy 001 expedites the bulletin).
    if (c.exploitedAt.isValid())
        fields.insert(4,
            {QCoreApplication::translate("CaseReport", "Actively exploited"),
                QCoreApplication::translate("CaseReport", "since %1 — %2")
                    .arg(instantText(c.exploitedAt, data.zone), c.exploitedSource)});
    doc.addFields(fields);
}

void addScores(ReportDocument &doc, const CaseReportData &data)
{
    doc.addHeading(QCoreApplication::translate("CaseReport", "Severity and CVSS"), 1, true);
    if (data.scores.isEmpty()) {
        doc.addNote(QCoreApplication::translate("CaseReport", "The case has not been scored yet."));
        return;
    }
    for (const CaseScore &score : data.scores) {
        doc.addHeading(score.primary
                ? QCoreApplication::translate("CaseReport", "CVSS %1 (primary)").arg(score.version)
                : QCoreApplication::translate("CaseReport", "CVSS %1").arg(score.version),
            2);
        doc.addFields({{QCoreApplication::translate("CaseReport", "Vector"), score.vector},
            {QCoreApplication::translate("CaseReport", "Score"),
                QCoreApplication::translate("CaseReport", "%1 %2")
                    .arg(QString::number(score.score, 'f', 1), score.severity)},
            {QCoreApplication::translate("CaseReport", "Scored"),
                QCoreApplication::translate("CaseReport", "%1 by %2")
                    .arg(instantText(score.scoredAt, data.zone), score.scoredBy)}});
        CvssVector vector;
        if (!vector.parse(QStringView(score.vector)).ok()) {
            doc.addNote(
                QCoreApplication::translate("CaseReport", "The stored vector does not parse; no breakdown."));
            continue;
        }
        const CvssVersion version = vector.version();
        const QList<CvssMetricDefinition> definitions = CvssMetricCatalog::definitions(version);
        QHash<int, QString> groupNames;
        for (const CvssMetricCatalog::Group &group : CvssMetricCatalog::groups(version))
            groupNames.insert(group.id, group.name);
        QList<QStringList> rows;
        for (const QString &part : vector.toString().split(u'/')) {
            const QString key = part.section(u':', 0, 0);
            const QString value = part.section(u':', 1);
            if (key == u"CVSS")
                continue;
            const QByteArray keyLatin = key.toLatin1();
            const QByteArray valueLatin = value.toLatin1();
            const std::string_view keyView(keyLatin.constData(), std::size_t(keyLatin.size()));
            const std::string_view valueView(valueLatin.constData(), std::size_t(valueLatin.size()));
            const auto definition = std::find_if(definitions.cbegin(), definitions.cend(),
                [&](const CvssMetricDefinition &d) { return d.key == keyView; });
            const QString group
                = definition == definitions.cend() ? QString() : groupNames.value(definition->group);
            rows.append({group, CvssMetricCatalog::metricName(version, keyView), part,
                CvssMetricCatalog::valueName(version, keyView, valueView)});
        }
        doc.addTable({QCoreApplication::translate("CaseReport", "Group"),
                         QCoreApplication::translate("CaseReport", "Metric"),
                         QCoreApplication::translate("CaseReport", "Vector"),
                         QCoreApplication::translate("CaseReport", "Value")},
            rows);
    }
}

void addProductsAndReporter(ReportDocument &doc, const CaseReportData &data)
{
    const Case &c = data.caseData;
    const AdvisoryData &a = data.advisory;
    if (!a.cves().isEmpty() || !a.cwes().isEmpty()) {
        doc.addHeading(QCoreApplication::translate("CaseReport", "Identifiers"), 1);
        QList<QPair<QString, QString>> ids;
        if (!a.cves().isEmpty())
            ids.append(
                {QCoreApplication::translate("CaseReport", "CVE"), a.cves().join(QStringLiteral(", "))});
        for (int cwe : a.cwes())
            ids.append({CweCatalog::label(cwe), CweCatalog::name(cwe)});
        doc.addFields(ids);
    }
    doc.addHeading(QCoreApplication::translate("CaseReport", "Affected products"), 1);
    QList<QStringList> products;
    for (const Vulnerability &v : a.vulnerabilities) {
        for (const AffectedProduct &p : v.products) {
            const QStringList row {p.product, p.versionText(), ProductStatuses::displayName(p.status)};
            if (!products.contains(row))
                products.append(row);
        }
    }
    if (products.isEmpty()) // the report's own product until the advisory data is entered
        products.append(
            {c.product, c.productVersion, ProductStatuses::displayName(ProductStatus::KnownAffected)});
    doc.addTable({QCoreApplication::translate("CaseReport", "Product"),
                     QCoreApplication::translate("CaseReport", "Version"),
                     QCoreApplication::translate("CaseReport", "Status")},
        products);

    doc.addHeading(QCoreApplication::translate("CaseReport", "Reporter"), 1);
    if (c.consentShareIdentity) {
        doc.addFields({{QCoreApplication::translate("CaseReport", "Name"), c.reporterName},
            {QCoreApplication::translate("CaseReport", "E-mail"), c.reporterEmail},
            {QCoreApplication::translate("CaseReport", "Organisation"), c.reporterOrganisation},
            {QCoreApplication::translate("CaseReport", "Credit"),
                c.consentCredit
                    ? QCoreApplication::translate("CaseReport", "wishes to be credited")
                    : QCoreApplication::translate("CaseReport", "does not wish to be credited")}});
        doc.addNote(QCoreApplication::translate("CaseReport",
            "The reporter consented to sharing their identity with the recipients of this report."));
    } else {
        doc.addNote(QCoreApplication::translate("CaseReport",
            "The reporter's identity (name, e-mail address, organisation) is redacted: the "
            "reporter did not consent to sharing it, and the disclosure policy shares "
            "identifying information with third parties only with consent. It is not "
            "contained in this document."));
    }
}

void addTexts(ReportDocument &doc, const CaseReportData &data, const Redactor &redact)
{
    doc.addHeading(QCoreApplication::translate("CaseReport", "Description"), 1, true);
    if (data.caseData.description.trimmed().isEmpty())
        doc.addNote(QCoreApplication::translate("CaseReport", "No description."));
    else
        doc.addParagraph(redact(data.caseData.description));

    doc.addHeading(QCoreApplication::translate("CaseReport", "Steps to reproduce"), 1);
    if (data.caseData.stepsToReproduce.trimmed().isEmpty()) {
        doc.addNote(QCoreApplication::translate("CaseReport", "No steps to reproduce."));
        return;
    }
    HighlightedText steps = data.steps;
    redact.redactLines(&steps.lines);
    if (!steps.definitionName.isEmpty())
        doc.addNote(
            QCoreApplication::translate("CaseReport", "Highlighted as %1.").arg(steps.definitionName));
    doc.addCode(steps);
}

void addEvidence(ReportDocument &doc, const CaseReportData &data, const Redactor &redact)
{
    doc.addHeading(QCoreApplication::translate("CaseReport", "Evidence"), 1);
    if (data.evidence.isEmpty()) {
        doc.addNote(QCoreApplication::translate("CaseReport", "No evidence is attached to the case."));
        return;
    }
    doc.addParagraph(QCoreApplication::translate("CaseReport",
        "The files are kept encrypted in the case database; the SHA-256 identifies each one "
        "(sha256sum of the exported file)."));
    QList<QStringList> rows;
    const QLocale locale;
    for (const CaseReportData::EvidenceItem &item : data.evidence) {
        const Attachment &a = item.attachment;
        rows.append({redact(a.fileName), a.mimeType, locale.formattedDataSize(a.size), a.sha256,
            instantText(a.addedAt, data.zone)});
    }
    doc.addTable(
        {QCoreApplication::translate("CaseReport", "File"), QCoreApplication::translate("CaseReport", "Type"),
            QCoreApplication::translate("CaseReport", "Size"),
            QCoreApplication::translate("CaseReport", "SHA-256"),
            QCoreApplication::translate("CaseReport", "Added")},
        rows);
    if (data.evidenceLocked) {
        doc.addNote(QCoreApplication::translate("CaseReport",
            "Image previews are left out: the evidence store was locked when the report was made."));
        return;
    }
    for (const CaseReportData::EvidenceItem &item : data.evidence) {
        if (!item.thumbnail.isNull())
            doc.addImage(item.thumbnail, 220, 160, redact(item.attachment.fileName));
    }
}

void addDeadlines(ReportDocument &doc, const CaseReportData &data)
{
    doc.addHeading(QCoreApplication::translate("CaseReport", "Deadlines"), 1, true);
    doc.addParagraph(QCoreApplication::translate(
        "CaseReport", "Disclosure policy: %1. Times in %2, with UTC in parentheses.")
            .arg(data.policyName, QString::fromUtf8(data.zone.id())));
    QList<QStringList> rows;
    QList<QColor> colors;
    ReportChart chart;
    chart.kind = ReportChart::Kind::Timeline;
    chart.now = data.now;
    for (const CaseReportData::Clock &clock : data.clocks) {
        const ClockStatus &s = clock.status;
        rows.append({clock.name, ClockStates::displayName(s.state), instantText(s.deadline, data.zone),
            instantText(s.stoppedAt, data.zone),
            s.state == ClockState::NotStarted ? QString() : marginText(s.marginMs)});
        colors.append(stateColor(s.state));
        chart.items.append(
            {clock.name, 0, s.start, s.deadline, stateColor(s.state), ClockStates::displayName(s.state)});
    }
    // The policy's disclosure clock already shows its own embargo; a negotiated date differs.
    const bool embargoShown = std::any_of(data.clocks.cbegin(), data.clocks.cend(),
        [&](const CaseReportData::Clock &clock) { return clock.status.deadline == data.embargo.at; });
    if (data.embargo.isSet() && !embargoShown) {
        rows.append({QCoreApplication::translate("CaseReport", "Disclosure (embargo ends)"), QString(),
            instantText(data.embargo.at, data.zone), QString(), data.embargo.reason});
        colors.append(QColor());
        chart.items.append({QCoreApplication::translate("CaseReport", "Disclosure"), 0,
            data.caseData.receivedAt, data.embargo.at, QColor(0x37, 0x47, 0x4f),
            QCoreApplication::translate("CaseReport", "embargo ends")});
    }
    doc.addTable({QCoreApplication::translate("CaseReport", "Clock"),
                     QCoreApplication::translate("CaseReport", "State"),
                     QCoreApplication::translate("CaseReport", "Deadline"),
                     QCoreApplication::translate("CaseReport", "Stopped"),
                     QCoreApplication::translate("CaseReport", "Margin")},
        rows, colors);
    if (!chart.items.isEmpty())
        doc.addChart(chart, 18.0 * qreal(chart.items.size()) + 20);
}

void addRemediation(ReportDocument &doc, const CaseReportData &data)
{
    doc.addHeading(QCoreApplication::translate("CaseReport", "Remediation plan"), 1);
    const Case &c = data.caseData;
    QString state;
    switch (c.status) {
    case CaseStatus::Resolved:
    case CaseStatus::Disclosed:
    case CaseStatus::Closed:
        state = QCoreApplication::translate("CaseReport", "A fix is available (case status: %1).")
                    .arg(CaseStatuses::displayName(c.status));
        break;
    default:
        state = QCoreApplication::translate("CaseReport", "No fix yet (case status: %1).")
                    .arg(CaseStatuses::displayName(c.status));
        break;
    }
    doc.addParagraph(state);
    QList<QStringList> rows;
    for (const Vulnerability &v : data.advisory.vulnerabilities) {
        for (const Remediation &r : v.remediations) {
            const QStringList row {
                RemediationCategories::displayName(r.category), r.details, r.fixedVersion, r.url};
            if (!rows.contains(row))
                rows.append(row);
        }
    }
    if (rows.isEmpty())
        return;
    doc.addTable({QCoreApplication::translate("CaseReport", "Kind"),
                     QCoreApplication::translate("CaseReport", "What to do"),
                     QCoreApplication::translate("CaseReport", "Fixed in"),
                     QCoreApplication::translate("CaseReport", "Where")},
        rows);
}

void addAudit(ReportDocument &doc, const CaseReportData &data, const Redactor &redact)
{
    doc.addHeading(QCoreApplication::translate("CaseReport", "Audit summary"), 1, true);
    if (data.audit.isEmpty()) {
        doc.addNote(QCoreApplication::translate("CaseReport", "No audit entries."));
        return;
    }
    QMap<QString, int> byActor;
    for (const AuditEntry &entry : data.audit)
        ++byActor[entry.actor];
    QStringList actors;
    for (auto it = byActor.cbegin(); it != byActor.cend(); ++it)
        actors.append(QCoreApplication::translate("CaseReport", "%1 (%2)").arg(it.key()).arg(it.value()));
    doc.addFields({{QCoreApplication::translate("CaseReport", "Entries"), QString::number(data.audit.size())},
        {QCoreApplication::translate("CaseReport", "First"),
            instantText(data.audit.constFirst().at, data.zone)},
        {QCoreApplication::translate("CaseReport", "Last"),
            instantText(data.audit.constLast().at, data.zone)},
        {QCoreApplication::translate("CaseReport", "By"), actors.join(QStringLiteral(", "))}});
    QList<QStringList> rows;
    rows.reserve(data.audit.size());
    constexpr int maxValue = 300; // the audit trail is a summary; the case holds the full text
    const auto shown = [&](const QString &value) {
        const QString one = TextSanitizer::singleLine(redact(value));
        return one.size() > maxValue ? one.left(maxValue) + u'…' : one;
    };
    for (const AuditEntry &entry : data.audit) {
        CaseField field;
        const QString name = CaseFieldInfo::fromColumn(entry.field, &field)
            ? CaseFieldInfo::displayName(field)
            : entry.field;
        QString change;
        if (isIdentityField(entry.field) && !data.caseData.consentShareIdentity)
            change = QCoreApplication::translate("CaseReport", "(redacted)");
        else if (entry.oldValue.isEmpty())
            change = shown(entry.newValue);
        else
            change = QCoreApplication::translate("CaseReport", "%1 → %2")
                         .arg(shown(entry.oldValue), shown(entry.newValue));
        rows.append(
            {entry.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), entry.actor, name, change});
    }
    doc.addTable({QCoreApplication::translate("CaseReport", "Time (UTC)"),
                     QCoreApplication::translate("CaseReport", "By"),
                     QCoreApplication::translate("CaseReport", "Field"),
                     QCoreApplication::translate("CaseReport", "Change")},
        rows);
}

} // namespace

QString CaseReport::redactedMarker()
{
    return QCoreApplication::translate("CaseReport", "[redacted]");
}

namespace {

// A small image of the evidence, decoded defensively: the file is the reporter's.
QImage thumbnail(const EvidenceStore &store, const Attachment &a)
{
    if (!a.mimeType.startsWith(u"image/") || a.size > CaseReportData::maxThumbnailSourceBytes)
        return {};
    auto device = store.open(a.id);
    if (!device)
        return {};
    QImageReader reader(device->get());
    reader.setAllocationLimit(256); // MB: a decompression bomb fails instead of eating memory
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > 20000 || size.height() > 20000)
        return {};
    reader.setScaledSize(
        size.scaled(CaseReportData::thumbnailPixels, CaseReportData::thumbnailPixels, Qt::KeepAspectRatio)
            .boundedTo(size));
    return reader.read();
}

} // namespace

Result<CaseReportData> CaseReportData::load(const CaseStore &store, qint64 caseId, const SlaEngine &engine,
    const QDateTime &now, const EvidenceStore &evidence)
{
    const Result<Case> c = store.caseById(caseId);
    if (!c)
        return Result<CaseReportData>::failure(c.error());
    CaseReportData data;
    data.caseData = *c;
    data.now = now;
    data.zone = engine.timeZone();
    if (const auto scores = store.scores(caseId))
        data.scores = *scores;
    else
        return Result<CaseReportData>::failure(scores.error());
    if (const auto audit = store.auditLog(caseId))
        data.audit = *audit;
    else
        return Result<CaseReportData>::failure(audit.error());

    const auto history = store.statusHistory({caseId});
    if (!history)
        return Result<CaseReportData>::failure(history.error());
    const CaseEvents events = CaseEvents::of(data.caseData, history->value(caseId));
    data.policyName = engine.policy().displayName();
    const QList<ClockRule> rules = engine.policy().clocks();
    const QList<ClockStatus> statuses = engine.evaluate(events, now);
    for (const ClockStatus &status : statuses) {
        const auto rule = std::find_if(
            rules.cbegin(), rules.cend(), [&](const ClockRule &r) { return r.id == status.clockId; });
        if (rule != rules.cend() && !SlaEngine::isMilestone(*rule, status))
            continue;
        data.clocks.append({rule == rules.cend() ? status.clockId : rule->displayName(), status});
    }
    data.embargo = engine.embargo(events, now);

    if (const auto advisory = AdvisoryStore::read(store.database(), caseId))
        data.advisory = advisory->data;
    else
        return Result<CaseReportData>::failure(advisory.error());
    const auto attachments = evidence.attachments(caseId);
    if (!attachments)
        return Result<CaseReportData>::failure(attachments.error());
    data.evidenceLocked = !evidence.isUnlocked();
    for (const Attachment &a : *attachments)
        data.evidence.append({a, data.evidenceLocked ? QImage() : thumbnail(evidence, a)});
    // Reports are printed: always the light theme, whatever the analyst's desktop uses.
    const QString &steps = data.caseData.stepsToReproduce;
    data.steps = HighlightedText::highlight(steps,
        SyntaxRepository::definitionFor(QString(), steps.left(4096).toUtf8()),
        SyntaxRepository::instance().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    return data;
}

Result<CaseReport::Output> CaseReport::render(const CaseReportData &data, TlpLevel tlp, const QString &author)
{
    const Redactor redact(data);
    ReportDocument doc;
    addCover(doc, data, tlp, redact);
    doc.markTableOfContents();
    addScores(doc, data);
    addProductsAndReporter(doc, data);
    addTexts(doc, data, redact);
    addEvidence(doc, data, redact);
    addDeadlines(doc, data);
    addRemediation(doc, data);
    addAudit(doc, data, redact);

    const Case &c = data.caseData;
    const QString id = c.trackingId.isEmpty()
        ? QCoreApplication::translate("CaseReport", "Case #%1").arg(c.id)
        : c.trackingId;
    ReportProperties properties;
    properties.title = QCoreApplication::translate("CaseReport", "%1: %2")
                           .arg(id, TextSanitizer::singleLine(redact(c.title)));
    properties.author = author;
    properties.subject = QCoreApplication::translate("CaseReport", "Vulnerability case report, %1")
                             .arg(TlpLevels::label(tlp));
    properties.creator = QStringLiteral("PSIRT Desk " PSIRTDESK_VERSION);
    properties.headerText = QCoreApplication::translate("CaseReport", "%1 · case report").arg(id);
    properties.tlp = tlp;
    const Result<QByteArray> pdf = doc.render(properties);
    if (!pdf)
        return Result<Output>::failure(pdf.error());
    return Output {*pdf, doc.pageCount()};
}
