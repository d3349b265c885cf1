#include "DemoCaseWriter.h"

#include "advisory/AdvisoryTemplate.h"
#include "advisory/CweCatalog.h"
#include "correspondence/ReplyTemplates.h"
#include "cvss/CvssVector.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace Demo {

namespace {

// Demo scores come from the real engine, so they agree with the Scoring tab.
std::optional<double> demoScore(const QString &vector)
{
    CvssVector parsed;
    if (!parsed.parse(QStringView(vector)).ok())
        return std::nullopt;
    return parsed.score() / 10.0;
}

QString demoSeverity(double score)
{
    const auto severity = CvssRating::severity(CvssVersion::V3_1, int(std::lround(score * 10)));
    const std::string_view name = CvssRating::englishName(severity);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

QString vectorFor(QRandomGenerator &rng, int vclass)
{
    QStringList metrics = u8(kClasses[vclass].vector).split(u'/');
    // One metric in three cases differs from the class's typical vector: the same flaw is
    // worse or milder depending on where it sits.
    if (rng.generateDouble() < 0.35) {
        const int which = int(rng.bounded(int(metrics.size())));
        QString &m = metrics[which];
        const QString key = m.section(u':', 0, 0);
        static const QHash<QString, QStringList> values {
            {QStringLiteral("AV"), {QStringLiteral("N"), QStringLiteral("A"), QStringLiteral("L")}},
            {QStringLiteral("AC"), {QStringLiteral("L"), QStringLiteral("H")}},
            {QStringLiteral("PR"), {QStringLiteral("N"), QStringLiteral("L"), QStringLiteral("H")}},
            {QStringLiteral("UI"), {QStringLiteral("N"), QStringLiteral("R")}},
            {QStringLiteral("S"), {QStringLiteral("U"), QStringLiteral("C")}},
            {QStringLiteral("C"), {QStringLiteral("H"), QStringLiteral("L")}},
            {QStringLiteral("I"), {QStringLiteral("H"), QStringLiteral("L"), QStringLiteral("N")}},
            {QStringLiteral("A"), {QStringLiteral("H"), QStringLiteral("L"), QStringLiteral("N")}},
        };
        const QStringList options = values.value(key);
        if (!options.isEmpty())
            m = key + u':' + options.at(int(rng.bounded(int(options.size()))));
    }
    return QStringLiteral("CVSS:3.1/") + metrics.join(u'/');
}

// Not QString::arg(): the templates hold URL escapes such as %22 that arg() would take
// for placeholders.
QString fill(const char *text, const QString &product, const QString &version, const QString &component,
    const QString &endpoint)
{
    QString out = u8(text);
    out.replace(QStringLiteral("{product}"), product);
    out.replace(QStringLiteral("{version}"), version);
    out.replace(QStringLiteral("{component}"), component);
    out.replace(QStringLiteral("{endpoint}"), endpoint);
    return out;
}

} // namespace

DemoCaseWriter::DemoCaseWriter(
    const Tables &tables, const QList<Plan> &plans, const TrackingIdPattern &pattern, quint32 seed)
    : m_tables(tables)
    , m_plans(plans)
    , m_pattern(pattern)
    , m_rng(seed ^ 0x5bd1e995u)
    , m_mailRng(seed ^ 0x27d4eb2fu)
{ }

void DemoCaseWriter::write(int index, Case *c, QList<AuditEntry> *trail)
{
    const Plan &p = m_plans.at(index);
    c->id = index + 1;
    c->receivedAt = utc(p.received);
    c->channel = p.channel;
    writeProduct(p, c);
    writeReporter(p, c);
    writeText(p, c);
    writeHistory(p, c, trail);
}

void DemoCaseWriter::writeProduct(const Plan &p, Case *c)
{
    // Intake requires a product and version; what spam and vague reports get is what
    // an analyst would type.
    if (p.outcome == Outcome::SpamEarly) {
        c->product = QStringLiteral("(not stated)");
        c->productVersion = QStringLiteral("(not stated)");
        return;
    }
    if (p.product >= 0) {
        c->product = m_tables.products.at(p.product).name;
        c->productVersion = u8(kProducts[p.product].versions.at(size_t(p.version)));
    } else {
        c->product = u8(kUnknownProducts[-1 - p.product]);
        c->productVersion
            = m_rng.generateDouble() < 0.5 ? QStringLiteral("(not stated)") : QStringLiteral("latest");
    }
}

void DemoCaseWriter::writeReporter(const Plan &p, Case *c)
{
    const Person *person = nullptr;
    if (p.channel == IntakeChannel::Partner) {
        person = &kPartners[m_rng.bounded(countOf(kPartners))];
    } else if (p.channel == IntakeChannel::Internal) {
        person = &kInternal[m_rng.bounded(countOf(kInternal))];
    } else if (p.outcome == Outcome::SpamEarly) {
        c->reporterEmail = QStringLiteral("bounty.hunter%1@mail.example").arg(m_rng.bounded(9000) + 1000);
        return;
    } else {
        // A few prolific reporters send most reports.
        const double u = m_rng.generateDouble();
        person = &kReporters[int(u * u * countOf(kReporters))];
    }
    c->reporterName = u8(person->name);
    c->reporterEmail = u8(person->email);
    c->reporterOrganisation = u8(person->organisation);
    const bool anonymous = c->reporterName.isEmpty();
    c->consentCredit = !anonymous && m_rng.generateDouble() < 0.65;
    c->consentShareIdentity = !anonymous && m_rng.generateDouble() < 0.3;
}

void DemoCaseWriter::writeText(const Plan &p, Case *c)
{
    if (p.outcome == Outcome::SpamEarly) {
        c->title = u8(kSpamTitles[m_rng.bounded(countOf(kSpamTitles))]);
        c->description = QStringLiteral(
            "Dear Security Team,\n\nI found a critical vulnerability on your website. Tell me the bounty "
            "amount before I share details.\n\nRegards");
        return;
    }
    const VulnClass &vc = kClasses[p.vclass];
    const QString component = p.product >= 0 && kProducts[p.product].component
        ? u8(kProducts[p.product].component)
        : u8(kComponents[p.component].name);
    const QString endpoint = u8(kComponents[p.component].endpoint);
    const QString cls = u8(vc.name);
    const QString productAndVersion = QString(c->product + u' ' + c->productVersion).trimmed();
    switch (m_rng.bounded(4)) {
    case 0:
        c->title = QStringLiteral("%1 in the %2 of %3").arg(cls, component, c->product);
        break;
    case 1:
        c->title = QStringLiteral("%1: %2 in %3").arg(productAndVersion, cls.toLower(), component);
        break;
    case 2:
        c->title = QStringLiteral("%1 (%2) – %3 %4").arg(cls, u8(vc.cwe), c->product, component);
        break;
    default:
        // Policy 001 asks for this subject prefix on e-mailed reports.
        c->title = QStringLiteral("PSIRT Case: %1 – %2").arg(productAndVersion, cls.toLower());
        break;
    }
    QString description
        = QStringLiteral("%1 (%2) in the %3 of %4.\n\n").arg(cls, u8(vc.cwe), component, productAndVersion);
    description += fill(vc.impact, c->product, c->productVersion, component, endpoint);
    description += u'\n' + u8(kContexts[m_rng.bounded(countOf(kContexts))]);
    if (m_rng.generateDouble() < 0.5)
        description += u'\n'
            + fill(kClosings[m_rng.bounded(countOf(kClosings))], c->product, c->productVersion, component,
                endpoint);
    if (m_rng.generateDouble() < 0.04)
        description += QStringLiteral("\n\n") + u8(kForeign[m_rng.bounded(countOf(kForeign))]);
    c->description = description;
    c->stepsToReproduce = fill(vc.steps, c->product, c->productVersion, component, endpoint);
}

QByteArray DemoCaseWriter::nextMessageId(MailThread &thread, const char *domain)
{
    return "demo-" + QByteArray::number(thread.caseId) + '-' + QByteArray::number(++thread.count) + '@'
        + domain;
}

void DemoCaseWriter::record(CorrespondenceMessage m, const QString &analyst, QList<AuditEntry> *trail)
{
    add(trail, ms(m.recordedAt), analyst, QStringLiteral("correspondence"), {},
        CorrespondenceStore::auditText(m));
    m.recordedBy = analyst;
    m_mail.append(std::move(m));
}

void DemoCaseWriter::incoming(MailThread &thread, const Case &c, qint64 sent, qint64 recorded,
    const QString &analyst, const QString &subject, const QString &body, QList<AuditEntry> *trail)
{
    CorrespondenceMessage m;
    m.caseId = c.id;
    m.direction = MessageDirection::Incoming;
    m.date = utc(sent);
    m.from = c.reporterName.isEmpty() ? c.reporterEmail
                                      : QStringLiteral("%1 <%2>").arg(c.reporterName, c.reporterEmail);
    m.to = QStringLiteral("PSIRT <psirt@example.com>");
    m.subject = subject;
    m.messageId = nextMessageId(thread, "researcher.example");
    if (thread.firstId.isEmpty()) {
        thread.firstId = m.messageId;
    } else {
        m.inReplyTo = thread.firstId;
        m.references = {thread.firstId};
    }
    m.body = body;
    if (thread.encrypted) {
        m.encryption = MessageEncryption::Encrypted;
        m.signature = m_mailRng.generateDouble() < 0.8 ? SignatureState::Valid : SignatureState::UnknownKey;
    }
    m.recordedAt = utc(recorded);
    record(std::move(m), analyst, trail);
}

void DemoCaseWriter::outgoing(MailThread &thread, const Case &c, const QString &templateId, qint64 at,
    const QString &analyst, QList<AuditEntry> *trail)
{
    ReplyContext context;
    context.c = c;
    context.teamName = QStringLiteral("Product Security Team");
    if (templateId == u"acknowledgement") {
        // Policy 000's promise: an initial assessment within 15 business days and at
        // least 90 days of embargo from the report (holidays left out of demo mail).
        QDate assess = utc(at).date();
        for (int days = 0; days < 15;) {
            assess = assess.addDays(1);
            days += assess.dayOfWeek() < 6 ? 1 : 0;
        }
        context.deadlines = {{QStringLiteral("assess"), QStringLiteral("Initial assessment"),
                                 QDateTime(assess, QTime(23, 59), QTimeZone::UTC)},
            {QStringLiteral("embargo"), QStringLiteral("Embargo ends"), c.receivedAt.addDays(90)}};
    }
    const ReplyTemplate reply = ReplyTemplates::defaultTemplate(templateId);
    CorrespondenceMessage m;
    m.caseId = c.id;
    m.direction = MessageDirection::Outgoing;
    m.date = utc(at);
    m.from = QStringLiteral("PSIRT <psirt@example.com>");
    m.to = c.reporterEmail;
    m.subject = ReplyTemplates::fillSubject(reply.subject, context);
    m.messageId = nextMessageId(thread, "psirt.example.com");
    m.inReplyTo = thread.firstId;
    m.references = {thread.firstId};
    m.body = ReplyTemplates::fill(reply.body, context);
    m.encryption = thread.encrypted ? MessageEncryption::Encrypted : MessageEncryption::None;
    m.signature = SignatureState::Valid;
    m.templateName = templateId;
    m.sentAt = utc(at);
    m.recordedAt = utc(at);
    record(std::move(m), analyst, trail);
}

void DemoCaseWriter::add(QList<AuditEntry> *trail, qint64 at, const QString &actor, const QString &field,
    const QString &oldValue, const QString &newValue)
{
    AuditEntry e;
    e.at = utc(at);
    e.actor = actor;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    trail->append(std::move(e));
}

void DemoCaseWriter::writeHistory(const Plan &p, Case *c, QList<AuditEntry> *trail)
{
    trail->clear();
    const qint64 created = p.received + between(m_rng, 1 * kMinute, 5 * kMinute);
    c->createdAt = utc(created);
    const QString creator = anyAnalyst();
    add(trail, created, creator, QStringLiteral("created"), {}, c->title);
    // Reports that came by e-mail have their thread: the report itself, the replies the
    // policy promises, and the reporter's answers.
    const bool byMail = (p.channel == IntakeChannel::Email || p.channel == IntakeChannel::EncryptedEmail)
        && p.outcome != Outcome::SpamEarly && !c->reporterEmail.isEmpty();
    MailThread thread {c->id, p.channel == IntakeChannel::EncryptedEmail, 0, {}};
    if (byMail)
        incoming(thread, *c, p.received, created, creator, c->title, c->description, trail);
    QString owner = p.owner >= 0 ? analyst(p.owner) : QString();
    QList<qint64> touches; // one row-version bump per transaction
    CaseStatus status = CaseStatus::New;
    bool scored = false;
    const auto actor = [&]() { return owner.isEmpty() ? anyAnalyst() : owner; };
    const auto score = [&]() {
        if (scored || p.scoredAt == 0)
            return;
        scored = true;
        QString vector = vectorFor(m_rng, p.vclass);
        double value = demoScore(vector).value_or(0.0);
        if (value <= 0.0) {
            // The variation removed every impact; a report without impact is no case.
            vector = QStringLiteral("CVSS:3.1/") + u8(kClasses[p.vclass].vector);
            value = demoScore(vector).value_or(5.0);
        }
        // Some teams record only a score, e.g. for cases scored before they used vectors; not
        // for a vulnerability that is published, whose advisory carries the vector.
        const bool published = p.outcome == Outcome::DisclosedAndClosed
            || p.outcome == Outcome::StaysDisclosed || p.outcome == Outcome::StaysResolved;
        if (m_rng.generateDouble() >= 0.12 || published)
            c->cvssVector = vector;
        c->cvssScore = value;
        c->severity = demoSeverity(value);
        const QString who = actor();
        if (!c->cvssVector.isEmpty())
            add(trail, p.scoredAt, who, QStringLiteral("cvss_vector"), {}, c->cvssVector);
        add(trail, p.scoredAt, who, QStringLiteral("cvss_score"), {}, QString::number(value, 'f', 1));
        add(trail, p.scoredAt, who, QStringLiteral("severity"), {}, c->severity);
        touches.append(p.scoredAt);
    };
    const auto reassign = [&]() {
        if (p.reassignedTo < 0 || owner == analyst(p.reassignedTo))
            return;
        add(trail, p.reassignedAt, owner, QStringLiteral("owner"), owner, analyst(p.reassignedTo));
        owner = analyst(p.reassignedTo);
        touches.append(p.reassignedAt);
    };
    for (const Step &s : p.steps) {
        // Scoring and a change of owner between two status changes, in time order.
        if (p.reassignedAt <= s.at && p.reassignedAt < p.scoredAt)
            reassign();
        if (p.scoredAt && p.scoredAt <= s.at)
            score();
        if (p.reassignedAt <= s.at)
            reassign();
        const QString who = s.to == CaseStatus::Acknowledged && owner.isEmpty() ? anyAnalyst() : actor();
        if (byMail && status == CaseStatus::NeedsMoreInfo)
            incoming(thread, *c, s.at - between(m_mailRng, kMinute, 6 * kHour), s.at, who,
                QStringLiteral("Re: PSIRT Case %1").arg(c->trackingId), QString::fromUtf8(kMoreInfo), trail);
        add(trail, s.at, who, QStringLiteral("status"), CaseStatuses::id(status), CaseStatuses::id(s.to));
        if (s.to == CaseStatus::NeedsMoreInfo)
            add(trail, s.at, who, QStringLiteral("reason"), {},
                u8(kNeedsInfoReasons[m_rng.bounded(countOf(kNeedsInfoReasons))]));
        if (s.to == CaseStatus::Acknowledged && c->trackingId.isEmpty()) {
            const QDateTime ack = utc(s.at);
            c->trackingId = m_pattern.format(ack.date(), p.trackingNumber);
            c->acknowledgedAt = ack;
            add(trail, s.at, who, QStringLiteral("tracking_id"), {}, c->trackingId);
        }
        if (s.to == CaseStatus::Duplicate) {
            c->duplicateOf = p.duplicateOf;
            add(trail, s.at, who, QStringLiteral("duplicate_of"), {}, QString::number(p.duplicateOf));
        }
        if (byMail && s.to == CaseStatus::Acknowledged && !c->trackingId.isEmpty()
            && status == CaseStatus::New)
            outgoing(thread, *c, QStringLiteral("acknowledgement"), s.at, who, trail);
        else if (byMail && s.to == CaseStatus::NeedsMoreInfo && !c->trackingId.isEmpty())
            outgoing(thread, *c, QStringLiteral("request-info"), s.at, who, trail);
        else if (byMail && s.to == CaseStatus::Disclosed && !c->trackingId.isEmpty())
            outgoing(thread, *c, QStringLiteral("advisory-published"), s.at, who, trail);
        touches.append(s.at);
        if (p.ownerAt == s.at && p.owner >= 0)
            add(trail, s.at, who, QStringLiteral("owner"), {}, analyst(p.owner));
        status = s.to;
    }
    // Whatever happened after the last status change, in time order.
    if (p.reassignedTo >= 0 && p.reassignedAt < p.scoredAt)
        reassign();
    score();
    reassign();
    // A few open critical and high cases are known to be exploited in the wild, as a PSIRT hears it
    // (a customer's incident, a threat-intel report): the queue's top band and the expedited
    // bulletin clock. Chosen by case number, so the generator's random sequence stays the same.
    if (CaseStatuses::isOpen(status) && (c->severity == u"Critical" || c->severity == u"High")
        && ((quint64(c->id) * 2654435761u) >> 16) % 100 < 12) {
        static const char *const sources[] = {
            "Customer incident report: exploitation attempts in the appliance's web logs",
            "Threat-intelligence feed: mass scanning for this endpoint since last week",
            "CERT notification: observed in a botnet's propagation module",
        };
        const qint64 at = p.scoredAt; // noted as it was scored: never after the demo's now
        c->exploitedAt = utc(at);
        c->exploitedSource = QString::fromUtf8(sources[c->id % 3]);
        const QString who = actor();
        // Decided now, dated at the scoring: into the trail where that instant belongs.
        const qsizetype before = trail->size();
        add(trail, at, who, QStringLiteral("exploited_at"), {}, c->exploitedAt.toString(Qt::ISODateWithMs));
        add(trail, at, who, QStringLiteral("exploited_source"), {}, c->exploitedSource);
        const auto later = std::upper_bound(trail->begin(), trail->begin() + before, c->exploitedAt,
            [](const QDateTime &t, const AuditEntry &e) { return t < e.at; });
        std::rotate(later, trail->begin() + before, trail->end());
        touches.append(at);
    }
    c->status = status;
    c->pausedFrom = status == CaseStatus::NeedsMoreInfo ? p.pausedFrom : std::nullopt;
    c->owner = owner;
    c->rowVersion = 1 + int(touches.size());
    c->updatedAt = utc(
        std::max(created, touches.isEmpty() ? created : *std::max_element(touches.cbegin(), touches.cend())));
    writeAdvisory(p, *c, actor(), trail);
}

// Confirmed cases get their advisory data as an analyst would have entered it: the CWE,
// the affected version, and once fixed the CVE id, the fix and the advisory's first
// revision. Recorded at the case's last change, so the trail stays in time order.
void DemoCaseWriter::writeAdvisory(
    const Plan &p, const Case &c, const QString &analyst, QList<AuditEntry> *trail)
{
    const QList<CaseStatus> withAdvisory {CaseStatus::Confirmed, CaseStatus::Remediation,
        CaseStatus::Resolved, CaseStatus::Disclosed, CaseStatus::Closed};
    if (!withAdvisory.contains(c.status) || c.trackingId.isEmpty())
        return;
    const bool fixed = c.status == CaseStatus::Resolved || c.status == CaseStatus::Disclosed
        || c.status == CaseStatus::Closed;
    Vulnerability v;
    int cwe = 0;
    if (CweCatalog::parse(u8(kClasses[p.vclass].cwe), &cwe) && CweCatalog::contains(cwe))
        v.cwes = {cwe};
    // A report that states no usable version ("(not stated)") gets the release the team
    // found it in during triage.
    const QString found
        = AdvisoryData::isVersion(c.productVersion) ? c.productVersion : QStringLiteral("1.0");
    const QString fix = found + QStringLiteral(".%1").arg(1 + int(m_mailRng.bounded(4)));
    if (fixed) {
        v.cve = QStringLiteral("CVE-%1-%2").arg(c.acknowledgedAt.date().year()).arg(20000 + c.id);
        v.products = {{c.product, QString(), fix, ProductStatus::KnownAffected},
            {c.product, fix, QString(), ProductStatus::Fixed}};
        // Every third advisory also clears a sibling of the same product line, as a VEX
        // statement: same family, but the vulnerable code is not in its firmware.
        const int sibling = p.product + 1;
        if (c.id % 3 == 0 && p.product >= 0 && !kProducts[p.product].thirdParty
            && sibling < int(std::size(kProducts))
            && qstrcmp(kProducts[sibling].line, kProducts[p.product].line) == 0
            && AdvisoryData::isVersion(u8(kProducts[sibling].versions.back()))) {
            const QString name = u8(kProducts[sibling].name);
            v.products.append(AffectedProduct {
                name, u8(kProducts[sibling].versions.back()), QString(), ProductStatus::KnownNotAffected}
                    .notAffectedBecause(NotAffectedJustification::VulnerableCodeNotPresent,
                        QStringLiteral("%1 does not include the affected code.").arg(name)));
        }
        v.remediations = {
            {RemediationCategory::VendorFix, QStringLiteral("Update %1 to %2 or later.").arg(c.product, fix),
                fix, QStringLiteral("https://security.calix.example/downloads")}};
    } else {
        v.products = {{c.product, found, QString(), ProductStatus::KnownAffected}};
        if (c.status == CaseStatus::Remediation)
            v.remediations = {{RemediationCategory::Workaround,
                QStringLiteral("Allow access to the management interface from trusted networks only."),
                QString(), QString()}};
    }
    // The public text as the Advisory tab's template writes it: from the product, CWE and
    // score, never from the report.
    const QList<CaseScore> scores {CaseScore {QStringLiteral("3.1"), c.cvssVector, c.cvssScore.value_or(0),
        c.severity, true, c.updatedAt, analyst}};
    AdvisoryData a;
    a.vulnerabilities
        = {AdvisoryTemplate::prefilled(v, c, c.cvssVector.isEmpty() ? QList<CaseScore> {} : scores)};
    if (c.consentCredit)
        a.creditName = c.reporterName;
    // Published: disclosed, or closed after disclosure (not a fix shipped without advisory);
    // only for a product of the catalogue, as a team publishes (a report's "GigaSpire,
    // unspecified" has no CPE or purl to identify it by, CSAF test 6.2.16).
    if (p.product >= 0
        && (c.status == CaseStatus::Disclosed
            || (c.status == CaseStatus::Closed && p.outcome != Outcome::ClosedWithoutAdvisory)))
        a.revisions = {{QStringLiteral("1"), c.updatedAt, QStringLiteral("Initial release.")}};
    add(trail, ms(c.updatedAt), analyst, QStringLiteral("advisory"), {}, a.summary());
    m_advisories.append({c.id, a, c.updatedAt, analyst});
}

} // namespace Demo
