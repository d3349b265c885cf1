#include "CaseStore.h"

#include "Database.h"
#include "SearchQuery.h"
#include "TrackingIdPattern.h"
#include "core/Analyst.h"
#include "core/Clock.h"
#include "core/TextSanitizer.h"
#include "storage/StoredText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

using StoredText::dec;
using StoredText::enc;
using StoredText::sqlError;

const QString kTrackingPatternKey = QStringLiteral("tracking_id_pattern");

QDateTime fromMs(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::UTC);
}

// The stored form of a field value, and its text for the audit log.
QVariant storedValue(CaseField field, const QVariant &value)
{
    switch (field) {
    case CaseField::ConsentCredit:
    case CaseField::ConsentShareIdentity:
        return value.toBool() ? 1 : 0;
    case CaseField::ReceivedAt:
        return value.toDateTime().toMSecsSinceEpoch();
    case CaseField::EmbargoAt:
        return value.toDateTime().isValid() ? QVariant(value.toDateTime().toMSecsSinceEpoch())
                                            : QVariant(QMetaType::fromType<qint64>());
    case CaseField::CvssScore:
        return value.isNull() || !value.isValid() ? QVariant(QMetaType::fromType<double>())
                                                  : QVariant(value.toDouble());
    case CaseField::DuplicateOf:
        return value.toLongLong() > 0 ? QVariant(value.toLongLong())
                                      : QVariant(QMetaType::fromType<qint64>());
    case CaseField::Channel:
        return IntakeChannels::id(IntakeChannels::fromId(value.toString()));
    default:
        return enc(value.toString());
    }
}

QString auditText(CaseField field, const QVariant &value)
{
    switch (field) {
    case CaseField::ConsentCredit:
    case CaseField::ConsentShareIdentity:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case CaseField::ReceivedAt:
    case CaseField::EmbargoAt:
        return value.toDateTime().isValid() ? value.toDateTime().toUTC().toString(Qt::ISODateWithMs)
                                            : QString();
    case CaseField::CvssScore:
        return value.isValid() && !value.isNull() ? QString::number(value.toDouble(), 'f', 1) : QString();
    default:
        return value.toString();
    }
}

const char *kCaseColumns
    = "id, tracking_id, title, product, product_version, reporter_name, reporter_email,"
      " reporter_org, consent_credit, consent_share_identity, channel, received_at,"
      " description, steps, status, paused_from, duplicate_of, owner, cvss_vector,"
      " cvss_score, severity, acknowledged_at, created_at, updated_at, row_version, ssvc_vector,"
      " embargo_at, embargo_reason, sla_policy, priority";

Case caseFromQuery(const QSqlQuery &q)
{
    Case c;
    c.id = q.value(0).toLongLong();
    c.trackingId = dec(q.value(1));
    c.title = dec(q.value(2));
    c.product = dec(q.value(3));
    c.productVersion = dec(q.value(4));
    c.reporterName = dec(q.value(5));
    c.reporterEmail = dec(q.value(6));
    c.reporterOrganisation = dec(q.value(7));
    c.consentCredit = q.value(8).toInt() != 0;
    c.consentShareIdentity = q.value(9).toInt() != 0;
    c.channel = IntakeChannels::fromId(q.value(10).toString());
    c.receivedAt = fromMs(q.value(11));
    c.description = dec(q.value(12));
    c.stepsToReproduce = dec(q.value(13));
    CaseStatuses::fromId(q.value(14).toString(), &c.status);
    if (CaseStatus paused; !q.value(15).isNull() && CaseStatuses::fromId(q.value(15).toString(), &paused))
        c.pausedFrom = paused;
    c.duplicateOf = q.value(16).toLongLong();
    c.owner = dec(q.value(17));
    c.cvssVector = dec(q.value(18));
    if (!q.value(19).isNull())
        c.cvssScore = q.value(19).toDouble();
    c.severity = dec(q.value(20));
    c.acknowledgedAt = fromMs(q.value(21));
    c.createdAt = fromMs(q.value(22));
    c.updatedAt = fromMs(q.value(23));
    c.rowVersion = q.value(24).toInt();
    c.ssvcVector = dec(q.value(25));
    c.embargoAt = fromMs(q.value(26));
    c.embargoReason = dec(q.value(27));
    c.slaPolicy = dec(q.value(28));
    c.priority = dec(q.value(29));
    return c;
}

} // namespace

CaseStore::CaseStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(std::make_unique<AuditLog>(db))
{
    // The log announces every committed change, this client's and others'; the store is
    // where models listen.
    connect(m_audit.get(), &AuditLog::caseCreated, this, &CaseStore::caseCreated);
    connect(m_audit.get(), &AuditLog::caseChanged, this, &CaseStore::caseChanged);
    connect(m_audit.get(), &AuditLog::casesImported, this, &CaseStore::casesImported);
}

CaseStore::~CaseStore() = default;

Result<qint64> CaseStore::createCase(const NewReport &report)
{
    const auto problems = report.validate();
    if (!problems.isEmpty())
        return Result<qint64>::failure(problems.constFirst().message);
    const QDateTime nowDt = Clock::nowUtc();
    const qint64 now = nowDt.toMSecsSinceEpoch();
    const QDateTime received = report.receivedAt.isValid() ? report.receivedAt.toUTC() : nowDt;
    qint64 id = 0;
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery &q = prepared(QStringLiteral(
            "INSERT INTO cases (title, product, product_version, reporter_name, reporter_email, reporter_org,"
            " consent_credit, consent_share_identity, channel, received_at, description, steps, status, "
            "owner,"
            " created_at, updated_at, row_version)"
            " VALUES (:title, :product, :version, :rname, :remail, :rorg, :credit, :share, :channel, "
            ":received,"
            " :description, :steps, 'new', :owner, :now, :now2, 1) RETURNING id"));
        q.bindValue(QStringLiteral(":title"), enc(report.title.trimmed()));
        q.bindValue(QStringLiteral(":product"), enc(report.product.trimmed()));
        q.bindValue(QStringLiteral(":version"), enc(report.productVersion.trimmed()));
        q.bindValue(QStringLiteral(":rname"), enc(report.reporterName.trimmed()));
        q.bindValue(QStringLiteral(":remail"), enc(report.reporterEmail.trimmed()));
        q.bindValue(QStringLiteral(":rorg"), enc(report.reporterOrganisation.trimmed()));
        q.bindValue(QStringLiteral(":credit"), report.consentCredit ? 1 : 0);
        q.bindValue(QStringLiteral(":share"), report.consentShareIdentity ? 1 : 0);
        q.bindValue(QStringLiteral(":channel"), IntakeChannels::id(report.channel));
        q.bindValue(QStringLiteral(":received"), received.toMSecsSinceEpoch());
        q.bindValue(QStringLiteral(":description"), enc(report.description));
        q.bindValue(QStringLiteral(":steps"), enc(report.stepsToReproduce));
        q.bindValue(QStringLiteral(":owner"), enc(report.owner.trimmed()));
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":now2"), now);
        if (!q.exec() || !q.next())
            return Status::failure(sqlError(q));
        id = q.value(0).toLongLong();
        q.finish();
        return m_audit->recordCreated(id, report.title.trimmed(), nowDt);
    });
    if (!s)
        return Result<qint64>::failure(s.error());
    return id;
}

namespace {

QVariant nullableMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QString importProblem(const Case &c)
{
    if (c.title.trimmed().isEmpty())
        return QCoreApplication::translate("CaseStore", "An imported case has no title.");
    if (!c.receivedAt.isValid())
        return QCoreApplication::translate("CaseStore", "The imported case “%1” has no time of receipt.")
            .arg(c.title.left(100));
    const CaseField textFields[] = {CaseField::Title, CaseField::Product, CaseField::ProductVersion,
        CaseField::ReporterName, CaseField::ReporterEmail, CaseField::ReporterOrganisation,
        CaseField::Description, CaseField::StepsToReproduce, CaseField::Owner, CaseField::CvssVector,
        CaseField::Severity, CaseField::TrackingId};
    for (CaseField f : textFields) {
        if (c.value(f).toString().size() > CaseFieldInfo::maxLength(f))
            return QCoreApplication::translate("CaseStore", "%1 of the imported case “%2” is too long.")
                .arg(CaseFieldInfo::displayName(f), c.title.left(100));
    }
    return {};
}

} // namespace

Status CaseStore::importCases(const QList<Case> &cases, const QList<QList<AuditEntry>> &trails)
{
    qsizetype i = 0;
    return importCases([&](Case *c, QList<AuditEntry> *trail) {
        if (i >= cases.size())
            return false;
        *c = cases.at(i);
        *trail = trails.value(i);
        ++i;
        return true;
    });
}

Status CaseStore::importCases(const ImportSource &next)
{
    const auto pattern = TrackingIdPattern::parse(trackingIdPattern());
    if (!pattern)
        return Status::failure(pattern.error());
    const bool pg = m_db.backend() == Database::Backend::PostgreSQL;
    int imported = 0;
    return m_db.transaction([&]() -> Status {
        const QString columns = QStringLiteral(
            "tracking_id, title, product, product_version, reporter_name, reporter_email, reporter_org,"
            " consent_credit, consent_share_identity, channel, received_at, description, steps, status,"
            " paused_from, duplicate_of, owner, cvss_vector, cvss_score, severity, acknowledged_at,"
            " created_at, updated_at, row_version");
        const QString marks
            = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
        // Positional binds on statements prepared once: the import's hot loop.
        QSqlQuery withId(m_db.connection());
        QSqlQuery withoutId(m_db.connection());
        if (!withId.prepare(QStringLiteral("INSERT INTO cases (id, %1) VALUES (?, %2)").arg(columns, marks)))
            return Status::failure(sqlError(withId));
        if (!withoutId.prepare(
                QStringLiteral("INSERT INTO cases (%1) VALUES (%2) RETURNING id").arg(columns, marks)))
            return Status::failure(sqlError(withoutId));
        // Audit rows outnumber cases about ten to one: the log writes them in batches.
        AuditLog::Batch auditBatch(*m_audit);
        // A scored case brings its vector as its primary score, as if set in the calculator:
        // the Scoring tab, exports and reports read case_scores.
        QSqlQuery scoreInsert(m_db.connection());
        if (!scoreInsert.prepare(QStringLiteral(
                "INSERT INTO case_scores (case_id, version, vector, score, severity, is_primary, scored_at,"
                " scored_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?)")))
            return Status::failure(sqlError(scoreInsert));
        const QVariant nullText(QMetaType::fromType<QString>());
        QHash<QString, qint64> highest; // tracking counter scope → highest imported number
        bool explicitIds = false;
        Case c;
        QList<AuditEntry> trail;
        while (next(&c, &trail)) {
            if (const QString problem = importProblem(c); !problem.isEmpty())
                return Status::failure(problem);
            QSqlQuery &q = c.id > 0 ? withId : withoutId;
            int col = 0;
            if (c.id > 0) {
                q.bindValue(col++, c.id);
                explicitIds = true;
            }
            const QString tracking = c.trackingId.trimmed();
            q.bindValue(col++, tracking.isEmpty() ? nullText : QVariant(enc(tracking)));
            q.bindValue(col++, enc(c.title.trimmed()));
            q.bindValue(col++, enc(c.product.trimmed()));
            q.bindValue(col++, enc(c.productVersion.trimmed()));
            q.bindValue(col++, enc(c.reporterName.trimmed()));
            q.bindValue(col++, enc(c.reporterEmail.trimmed()));
            q.bindValue(col++, enc(c.reporterOrganisation.trimmed()));
            q.bindValue(col++, c.consentCredit ? 1 : 0);
            q.bindValue(col++, c.consentShareIdentity ? 1 : 0);
            q.bindValue(col++, IntakeChannels::id(c.channel));
            q.bindValue(col++, c.receivedAt.toMSecsSinceEpoch());
            q.bindValue(col++, enc(c.description));
            q.bindValue(col++, enc(c.stepsToReproduce));
            q.bindValue(col++, CaseStatuses::id(c.status));
            q.bindValue(col++, c.pausedFrom ? QVariant(CaseStatuses::id(*c.pausedFrom)) : nullText);
            q.bindValue(
                col++, c.duplicateOf > 0 ? QVariant(c.duplicateOf) : QVariant(QMetaType::fromType<qint64>()));
            q.bindValue(col++, enc(c.owner.trimmed()));
            q.bindValue(col++, enc(c.cvssVector.trimmed()));
            q.bindValue(
                col++, c.cvssScore ? QVariant(*c.cvssScore) : QVariant(QMetaType::fromType<double>()));
            q.bindValue(col++, enc(c.severity.trimmed()));
            q.bindValue(col++, nullableMs(c.acknowledgedAt));
            const QDateTime created = c.createdAt.isValid() ? c.createdAt : c.receivedAt;
            q.bindValue(col++, created.toMSecsSinceEpoch());
            q.bindValue(col++, (c.updatedAt.isValid() ? c.updatedAt : created).toMSecsSinceEpoch());
            q.bindValue(col++, qMax(1, c.rowVersion));
            if (!q.exec())
                return Status::failure(sqlError(q));
            qint64 id = c.id;
            if (id <= 0) {
                if (!q.next())
                    return Status::failure(sqlError(q));
                id = q.value(0).toLongLong();
                q.finish();
            }
            for (const AuditEntry &e : std::as_const(trail)) {
                if (Status a = auditBatch.add(id, e, created); !a)
                    return a;
            }
            if (const QString vector = c.cvssVector.trimmed(); !vector.isEmpty() && c.cvssScore) {
                const QString version = vector.startsWith(u"CVSS:4.0/") ? QStringLiteral("4.0")
                    : vector.startsWith(u"CVSS:3.1/")                   ? QStringLiteral("3.1")
                    : vector.startsWith(u"CVSS:3.0/")                   ? QStringLiteral("3.0")
                                                                        : QStringLiteral("2.0");
                scoreInsert.bindValue(0, id);
                scoreInsert.bindValue(1, version);
                scoreInsert.bindValue(2, enc(vector));
                scoreInsert.bindValue(3, *c.cvssScore);
                scoreInsert.bindValue(4, enc(c.severity.trimmed()));
                scoreInsert.bindValue(5, (c.updatedAt.isValid() ? c.updatedAt : created).toMSecsSinceEpoch());
                scoreInsert.bindValue(6, enc(c.owner.trimmed()));
                if (!scoreInsert.exec())
                    return Status::failure(sqlError(scoreInsert));
            }
            QString scope;
            qint64 number = 0;
            if (!tracking.isEmpty() && pattern->parseId(tracking, &scope, &number))
                highest[scope] = qMax(highest.value(scope), number);
            ++imported;
            c = Case();
            trail.clear();
        }
        if (Status f = auditBatch.finish(); !f)
            return f;
        QSqlQuery q(m_db.connection());
        // Explicit ids bypass PostgreSQL's identity sequence; move it past them.
        if (pg && explicitIds
            && !q.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('cases', 'id'),"
                                      " (SELECT COALESCE(MAX(id), 1) FROM cases))")))
            return Status::failure(sqlError(q));
        q.prepare(QStringLiteral("INSERT INTO tracking_counters (scope, next_value) VALUES (?, ?)"
                                 " ON CONFLICT (scope) DO UPDATE SET next_value = CASE"
                                 " WHEN excluded.next_value > tracking_counters.next_value"
                                 " THEN excluded.next_value ELSE tracking_counters.next_value END"));
        for (auto it = highest.cbegin(); it != highest.cend(); ++it) {
            q.bindValue(0, it.key());
            q.bindValue(1, it.value() + 1);
            if (!q.exec())
                return Status::failure(sqlError(q));
        }
        return m_audit->recordImport(imported); // views here and other analysts' reload
    });
}

Result<Case> CaseStore::loadCase(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM cases WHERE id = ?").arg(QLatin1StringView(kCaseColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Result<Case>::failure(sqlError(q));
    if (!q.next())
        return Result<Case>::failure(
            QCoreApplication::translate("CaseStore", "There is no case %1.").arg(id));
    return caseFromQuery(q);
}

Result<Case> CaseStore::caseById(qint64 id) const
{
    return loadCase(id);
}

Result<qint64> CaseStore::idForTrackingId(const QString &trackingId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE tracking_id = ?"));
    q.addBindValue(enc(trackingId.trimmed()));
    if (!q.exec())
        return Result<qint64>::failure(sqlError(q));
    if (!q.next())
        return Result<qint64>::failure(
            QCoreApplication::translate("CaseStore", "There is no case with tracking id “%1”.")
                .arg(trackingId.left(100)));
    return q.value(0).toLongLong();
}

Result<int> CaseStore::caseCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) || !q.next())
        return Result<int>::failure(sqlError(q));
    return q.value(0).toInt();
}

Result<QHash<qint64, QString>> CaseStore::descriptions(const QSet<qint64> &ids, qsizetype maxChars) const
{
    QHash<qint64, QString> texts;
    if (ids.isEmpty())
        return texts;
    // One scan rather than a query per id: the open cases are usually most of the table.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, description FROM cases")))
        return Result<QHash<qint64, QString>>::failure(sqlError(q));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (ids.contains(id))
            texts.insert(id, dec(q.value(1)).left(maxChars));
    }
    return texts;
}

namespace {

// Reads the inbox rows of one id range (or of the given ids) on one connection.
Result<QList<InboxRow>> readInboxRows(const QSqlDatabase &connection, const QHash<qint64, int> &seen,
    const QList<qint64> &ids, qint64 from, qint64 to)
{
    QString sql = QStringLiteral("SELECT id, tracking_id, received_at, title, product,"
                                 " CASE WHEN reporter_name = '' THEN reporter_email ELSE reporter_name END,"
                                 " status, cvss_score, severity, owner, updated_at, row_version, embargo_at,"
                                 " embargo_reason, sla_policy, priority FROM cases");
    if (!ids.isEmpty()) {
        // Ids are integers we hold, never user text; still bound one by one.
        QStringList marks;
        for (qsizetype i = 0; i < ids.size(); ++i)
            marks.append(QStringLiteral(":id%1").arg(i));
        sql += QStringLiteral(" WHERE id IN (%1)").arg(marks.join(u','));
    } else {
        sql += QStringLiteral(" WHERE id BETWEEN :from AND :to");
    }
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (ids.isEmpty()) {
        q.bindValue(QStringLiteral(":from"), from);
        q.bindValue(QStringLiteral(":to"), to);
    }
    for (qsizetype i = 0; i < ids.size(); ++i)
        q.bindValue(QStringLiteral(":id%1").arg(i), ids.at(i));
    if (!q.exec())
        return Result<QList<InboxRow>>::failure(sqlError(q));
    QHash<QString, QString> shared;
    const auto intern = [&shared](const QString &text) {
        const auto it = shared.constFind(text);
        if (it != shared.cend())
            return *it;
        shared.insert(text, text);
        return text;
    };
    QList<InboxRow> rows;
    while (q.next()) {
        InboxRow r;
        r.id = q.value(0).toLongLong();
        r.trackingId = dec(q.value(1));
        r.receivedAtMs = q.value(2).toLongLong();
        r.title = dec(q.value(3));
        r.product = intern(dec(q.value(4)));
        r.reporter = dec(q.value(5));
        r.status = CaseStatuses::fromStoredId(q.value(6).toString());
        const QVariant score = q.value(7);
        r.cvssScore = score.isNull() ? -1.0 : score.toDouble();
        r.severity = intern(dec(q.value(8)));
        r.owner = intern(dec(q.value(9)));
        r.updatedAtMs = q.value(10).toLongLong();
        const auto mark = seen.constFind(r.id);
        r.unread = mark == seen.cend() || *mark < q.value(11).toInt();
        if (!q.value(12).isNull()) {
            r.embargoAtMs = q.value(12).toLongLong();
            r.embargoReason = dec(q.value(13));
        }
        r.slaPolicy = intern(dec(q.value(14)));
        r.priority = intern(dec(q.value(15)));
        rows.append(std::move(r));
    }
    return rows;
}

} // namespace

Result<QList<InboxRow>> CaseStore::inboxRows(const QList<qint64> &ids) const
{
    // This is the inbox's whole load: keep it lean. Read marks come in a query of their
    // own (a hash lookup beats a join per row), repeated values (product, owner, severity)
    // share one string, and a large table is read in id ranges on parallel connections.
    QHash<qint64, int> seen;
    {
        QSqlQuery reads(m_db.connection());
        reads.setForwardOnly(true);
        reads.prepare(QStringLiteral("SELECT case_id, seen_version FROM case_reads WHERE analyst = ?"));
        reads.addBindValue(Analyst::current());
        if (!reads.exec())
            return Result<QList<InboxRow>>::failure(sqlError(reads));
        while (reads.next())
            seen.insert(reads.value(0).toLongLong(), reads.value(1).toInt());
    }
    if (!ids.isEmpty())
        return readInboxRows(m_db.connection(), seen, ids, 0, 0);

    QSqlQuery range(m_db.connection());
    if (!range.exec(QStringLiteral("SELECT MIN(id), MAX(id), COUNT(*) FROM cases")) || !range.next())
        return Result<QList<InboxRow>>::failure(sqlError(range));
    const qint64 first = range.value(0).toLongLong();
    const qint64 last = range.value(1).toLongLong();
    const qint64 count = range.value(2).toLongLong();
    range.finish();
    const int workers = count < 20000 ? 1 : std::clamp(QThread::idealThreadCount(), 1, 4);
    if (workers == 1)
        return readInboxRows(m_db.connection(), seen, {}, first, last);

    // The first range is read here; the others on their own connections in threads.
    const qint64 span = (last - first) / workers + 1;
    QList<Result<QList<InboxRow>>> parts(workers, Result<QList<InboxRow>>(QList<InboxRow> {}));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int w = 1; w < workers; ++w) {
        const qint64 from = first + w * span;
        const qint64 to = w == workers - 1 ? last : from + span - 1;
        threads.emplace_back(QThread::create([this, &parts, &seen, w, from, to] {
            Database sibling;
            if (const Status s = sibling.openSibling(m_db); !s) {
                parts[w] = Result<QList<InboxRow>>::failure(s.error());
                return;
            }
            parts[w] = readInboxRows(sibling.connection(), seen, {}, from, to);
        }));
        threads.back()->start();
    }
    parts[0] = readInboxRows(m_db.connection(), seen, {}, first, first + span - 1);
    for (auto &t : threads)
        t->wait();
    QList<InboxRow> rows;
    rows.reserve(count);
    for (auto &part : parts) {
        if (!part)
            return part;
        rows.append(std::move(part.value()));
    }
    return rows;
}

QSqlQuery &CaseStore::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db.connection());
        query->prepare(sql); // a failure shows when the statement runs
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

Status CaseStore::markRead(qint64 id, bool read)
{
    // The analyst's own mark: not a change of the case, so neither audited nor announced
    // to others.
    const Status s = m_audit->setSeen(id, read);
    if (s)
        Q_EMIT caseChanged(id, CaseField::ReadState);
    return s;
}

Status CaseStore::setField(qint64 id, CaseField field, const QVariant &value, int expectedRowVersion)
{
    return setFields(id, {{field, value}}, expectedRowVersion);
}

Status CaseStore::setFields(
    qint64 id, const FieldValues &values, int expectedRowVersion, int *rowVersionAfter)
{
    for (const auto &[field, value] : values) {
        if (field == CaseField::Status || field == CaseField::TrackingId || field == CaseField::ReadState
            || field == CaseField::Scores || field == CaseField::Evidence || field == CaseField::Advisory
            || field == CaseField::Correspondence)
            return Status::failure(
                QCoreApplication::translate("CaseStore", "%1 changes only through the workflow.")
                    .arg(CaseFieldInfo::displayName(field)));
        const QString problem = validateCaseField(field, value);
        if (!problem.isEmpty())
            return Status::failure(problem);
    }
    // A negotiated disclosure date overrides the policy; the audit log must say why.
    const auto given = [&values](CaseField f) -> std::optional<QVariant> {
        for (const auto &[field, value] : values) {
            if (field == f)
                return value;
        }
        return std::nullopt;
    };
    if (const auto at = given(CaseField::EmbargoAt); at && at->toDateTime().isValid()) {
        const auto reason = given(CaseField::EmbargoReason);
        if (!reason || reason->toString().trimmed().isEmpty())
            return Status::failure(
                QCoreApplication::translate("CaseStore", "A negotiated disclosure date needs a reason."));
    }
    CaseFields changed;
    const QDateTime now = Clock::nowUtc();
    return m_db.transaction([&]() -> Status {
        const auto current = loadCase(id);
        if (!current)
            return Status::failure(current.error());
        QList<AuditLog::Entry> entries;
        for (const auto &[field, value] : values) {
            const QVariant old = current->value(field);
            QVariant normalised = value;
            if (field == CaseField::ReceivedAt || field == CaseField::EmbargoAt)
                normalised = value.toDateTime().isValid() ? QVariant(value.toDateTime().toUTC())
                                                          : QVariant(QDateTime());
            else if (field != CaseField::ConsentCredit && field != CaseField::ConsentShareIdentity
                && field != CaseField::CvssScore && field != CaseField::DuplicateOf)
                normalised = value.toString();
            if (auditText(field, old) == auditText(field, normalised))
                continue;
            QSqlQuery q(m_db.connection());
            // The column name comes from our own field table, never from input.
            q.prepare(
                QStringLiteral("UPDATE cases SET %1 = ? WHERE id = ?").arg(CaseFieldInfo::column(field)));
            q.addBindValue(storedValue(field, normalised));
            q.addBindValue(id);
            if (!q.exec())
                return Status::failure(sqlError(q));
            entries.append(
                {CaseFieldInfo::column(field), auditText(field, old), auditText(field, normalised)});
            changed |= field;
        }
        const auto readVersion = [&]() -> Status {
            if (!rowVersionAfter)
                return {};
            QSqlQuery v(m_db.connection());
            v.prepare(QStringLiteral("SELECT row_version FROM cases WHERE id = ?"));
            v.addBindValue(id);
            if (!v.exec() || !v.next())
                return Status::failure(sqlError(v));
            *rowVersionAfter = v.value(0).toInt();
            return {};
        };
        if (!changed) {
            // Nothing to write, but a stale expectation is still a conflict to report.
            if (expectedRowVersion >= 0 && current->rowVersion != expectedRowVersion)
                return Status::failure(QCoreApplication::translate("CaseStore",
                    "The case was changed by someone else in the meantime; "
                    "it has been reloaded, please apply your change again."));
            return readVersion();
        }
        const auto recorded = m_audit->record({id, changed, entries, expectedRowVersion, now});
        if (!recorded)
            return Status::failure(recorded.error());
        if (rowVersionAfter)
            *rowVersionAfter = *recorded;
        return {};
    });
}

Result<QString> CaseStore::issueTrackingId(const QDate &day)
{
    const auto pattern = TrackingIdPattern::parse(trackingIdPattern());
    if (!pattern)
        return Result<QString>::failure(pattern.error());
    // One atomic upsert: concurrent acknowledgements on PostgreSQL queue on the counter
    // row, so no two get the same number. The UNIQUE constraint on tracking_id backs it.
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO tracking_counters (scope, next_value) VALUES (?, 2)"
                       " ON CONFLICT (scope) DO UPDATE SET next_value = tracking_counters.next_value + 1"
                       " RETURNING next_value - 1"));
    q.addBindValue(pattern->scope(day));
    if (!q.exec() || !q.next())
        return Result<QString>::failure(sqlError(q));
    return pattern->format(day, q.value(0).toLongLong());
}

Status CaseStore::transition(qint64 id, const Workflow::TransitionRequest &request)
{
    const QDateTime nowDt = Clock::nowUtc();
    const qint64 now = nowDt.toMSecsSinceEpoch();
    return m_db.transaction([&]() -> Status {
        CaseFields changed;
        QList<AuditLog::Entry> entries;
        const auto current = loadCase(id);
        if (!current)
            return Status::failure(current.error());
        if (Status legal = Workflow::check(*current, request); !legal)
            return legal;
        const Case &c = *current;
        QSqlQuery q(m_db.connection());
        if (request.to == CaseStatus::Duplicate) {
            q.prepare(QStringLiteral("SELECT duplicate_of FROM cases WHERE id = ?"));
            q.addBindValue(request.duplicateOf);
            if (!q.exec())
                return Status::failure(sqlError(q));
            if (!q.next())
                return Status::failure(
                    QCoreApplication::translate("CaseStore", "There is no case %1 to be a duplicate of.")
                        .arg(request.duplicateOf));
            if (q.value(0).toLongLong() == id)
                return Status::failure(
                    QCoreApplication::translate("CaseStore", "Case %1 is already a duplicate of this case.")
                        .arg(request.duplicateOf));
            q.finish();
        }
        QVariant pausedFrom(QMetaType::fromType<QString>());
        if (request.to == CaseStatus::NeedsMoreInfo)
            pausedFrom = CaseStatuses::id(c.status);
        q.prepare(QStringLiteral("UPDATE cases SET status = ?, paused_from = ? WHERE id = ?"));
        q.addBindValue(CaseStatuses::id(request.to));
        q.addBindValue(pausedFrom);
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(sqlError(q));
        entries.append({QStringLiteral("status"), CaseStatuses::id(c.status), CaseStatuses::id(request.to)});
        changed |= CaseField::Status;
        if (!request.reason.trimmed().isEmpty())
            entries.append({QStringLiteral("reason"), {}, request.reason.trimmed().left(2000)});
        if (request.to == CaseStatus::Acknowledged && c.trackingId.isEmpty()) {
            const auto tracking = issueTrackingId(nowDt.date());
            if (!tracking)
                return Status::failure(tracking.error());
            q.prepare(QStringLiteral("UPDATE cases SET tracking_id = ?, acknowledged_at = ? WHERE id = ?"));
            q.addBindValue(*tracking);
            q.addBindValue(now);
            q.addBindValue(id);
            if (!q.exec())
                return Status::failure(sqlError(q));
            entries.append({QStringLiteral("tracking_id"), {}, *tracking});
            changed |= CaseField::TrackingId;
        }
        if (request.to == CaseStatus::Duplicate || c.duplicateOf != 0) {
            const qint64 target = request.to == CaseStatus::Duplicate ? request.duplicateOf : 0;
            if (target != c.duplicateOf) {
                q.prepare(QStringLiteral("UPDATE cases SET duplicate_of = ? WHERE id = ?"));
                q.addBindValue(target ? QVariant(target) : QVariant(QMetaType::fromType<qint64>()));
                q.addBindValue(id);
                if (!q.exec())
                    return Status::failure(sqlError(q));
                entries.append({QStringLiteral("duplicate_of"),
                    c.duplicateOf ? QString::number(c.duplicateOf) : QString(),
                    target ? QString::number(target) : QString()});
                changed |= CaseField::DuplicateOf;
            }
        }
        const auto recorded = m_audit->record({id, changed, entries, -1, nowDt});
        return recorded ? Status() : Status::failure(recorded.error());
    });
}

Status CaseStore::revertStatus(qint64 id, CaseStatus status, std::optional<CaseStatus> pausedFrom)
{
    return m_db.transaction([&]() -> Status {
        const auto current = loadCase(id);
        if (!current)
            return Status::failure(current.error());
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE cases SET status = ?, paused_from = ?,"
                                 " duplicate_of = CASE WHEN ? = 'duplicate' THEN duplicate_of ELSE NULL END"
                                 " WHERE id = ?"));
        q.addBindValue(CaseStatuses::id(status));
        q.addBindValue(
            pausedFrom ? QVariant(CaseStatuses::id(*pausedFrom)) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(CaseStatuses::id(status));
        q.addBindValue(id);
        if (!q.exec())
            return Status::failure(sqlError(q));
        const QList<AuditLog::Entry> entries {
            {QStringLiteral("status"), CaseStatuses::id(current->status), CaseStatuses::id(status)},
            {QStringLiteral("reason"), {}, QCoreApplication::translate("CaseStore", "undo")}};
        const auto recorded = m_audit->record({id, CaseField::Status | CaseField::DuplicateOf, entries});
        return recorded ? Status() : Status::failure(recorded.error());
    });
}

Result<QList<AuditEntry>> CaseStore::auditLog(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, case_id, at, actor, field, old_value, new_value FROM audit_log"
                             " WHERE case_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec())
        return Result<QList<AuditEntry>>::failure(sqlError(q));
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.caseId = q.value(1).toLongLong();
        e.at = fromMs(q.value(2));
        e.actor = dec(q.value(3));
        e.field = q.value(4).toString();
        e.oldValue = dec(q.value(5));
        e.newValue = dec(q.value(6));
        entries.append(e);
    }
    return entries;
}

Result<QHash<qint64, QList<AuditEntry>>> CaseStore::statusHistory(const QList<qint64> &ids) const
{
    using HistoryResult = Result<QHash<qint64, QList<AuditEntry>>>;
    QHash<qint64, QList<AuditEntry>> history;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString select = QStringLiteral("SELECT id, case_id, at, old_value, new_value FROM audit_log"
                                          " WHERE field = ?");
    auto read = [&]() -> bool {
        if (!q.exec())
            return false;
        while (q.next()) {
            AuditEntry e;
            e.id = q.value(0).toLongLong();
            e.caseId = q.value(1).toLongLong();
            e.at = fromMs(q.value(2));
            e.field = QStringLiteral("status");
            e.oldValue = dec(q.value(3));
            e.newValue = dec(q.value(4));
            history[e.caseId].append(e);
        }
        return true;
    };
    if (ids.isEmpty()) {
        q.prepare(select + QStringLiteral(" ORDER BY case_id, id"));
        q.addBindValue(QStringLiteral("status"));
        if (!read())
            return HistoryResult::failure(sqlError(q));
        return history;
    }
    // A few cases at a time (a changed case, a batch of external changes): one statement
    // per case keeps it parameterised without building IN lists.
    q.prepare(select + QStringLiteral(" AND case_id = ? ORDER BY id"));
    for (const qint64 id : ids) {
        q.addBindValue(QStringLiteral("status"));
        q.addBindValue(id);
        if (!read())
            return HistoryResult::failure(sqlError(q));
    }
    return history;
}

Result<QList<CaseScore>> CaseStore::scores(qint64 caseId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT version, vector, score, severity, is_primary, scored_at, scored_by"
                             " FROM case_scores WHERE case_id = ? ORDER BY is_primary DESC, version DESC"));
    q.addBindValue(caseId);
    if (!q.exec())
        return Result<QList<CaseScore>>::failure(sqlError(q));
    QList<CaseScore> list;
    while (q.next()) {
        CaseScore s;
        s.version = q.value(0).toString();
        s.vector = dec(q.value(1));
        s.score = q.value(2).toDouble();
        s.severity = dec(q.value(3));
        s.primary = q.value(4).toInt() != 0;
        s.scoredAt = fromMs(q.value(5));
        s.scoredBy = dec(q.value(6));
        list.append(s);
    }
    return list;
}

Status CaseStore::setScore(qint64 caseId, const CaseScore &score)
{
    static const QStringList versions
        = {QStringLiteral("2.0"), QStringLiteral("3.0"), QStringLiteral("3.1"), QStringLiteral("4.0")};
    if (!versions.contains(score.version))
        return Status::failure(QCoreApplication::translate("CaseStore", "Unknown CVSS version “%1”.")
                .arg(score.version.left(20)));
    if (score.vector.isEmpty() || score.vector.size() > 400 || score.score < 0 || score.score > 10)
        return Status::failure(QCoreApplication::translate("CaseStore", "Invalid CVSS assessment."));
    const QDateTime nowDt = Clock::nowUtc();
    const qint64 now = nowDt.toMSecsSinceEpoch();
    return m_db.transaction([&]() -> Status {
        CaseFields changed = CaseField::Scores;
        QList<AuditLog::Entry> entries;
        const auto current = loadCase(caseId);
        if (!current)
            return Status::failure(current.error());
        const auto existing = scores(caseId);
        if (!existing)
            return Status::failure(existing.error());
        QString oldVector;
        bool hasPrimary = false;
        for (const CaseScore &e : *existing) {
            if (e.version == score.version)
                oldVector = e.vector;
            hasPrimary = hasPrimary || (e.primary && e.version != score.version);
        }
        const bool primary = score.primary || !hasPrimary;
        QSqlQuery q(m_db.connection());
        if (primary) {
            q.prepare(QStringLiteral("UPDATE case_scores SET is_primary = 0 WHERE case_id = ?"));
            q.addBindValue(caseId);
            if (!q.exec())
                return Status::failure(sqlError(q));
        }
        q.prepare(QStringLiteral(
            "INSERT INTO case_scores (case_id, version, vector, score, severity, is_primary, scored_at, "
            "scored_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, version) DO UPDATE SET vector = "
            "excluded.vector,"
            " score = excluded.score, severity = excluded.severity, is_primary = excluded.is_primary,"
            " scored_at = excluded.scored_at, scored_by = excluded.scored_by"));
        q.addBindValue(caseId);
        q.addBindValue(score.version);
        q.addBindValue(enc(score.vector));
        q.addBindValue(score.score);
        q.addBindValue(enc(score.severity));
        q.addBindValue(primary ? 1 : 0);
        q.addBindValue(now);
        q.addBindValue(enc(Analyst::current()));
        if (!q.exec())
            return Status::failure(sqlError(q));
        entries.append({QStringLiteral("cvss"), oldVector, score.vector});
        if (primary && current->cvssVector != score.vector) {
            q.prepare(QStringLiteral(
                "UPDATE cases SET cvss_vector = ?, cvss_score = ?, severity = ? WHERE id = ?"));
            q.addBindValue(enc(score.vector));
            q.addBindValue(score.score);
            q.addBindValue(enc(score.severity));
            q.addBindValue(caseId);
            if (!q.exec())
                return Status::failure(sqlError(q));
            entries.append({QStringLiteral("cvss_vector"), current->cvssVector, score.vector});
            changed |= CaseField::CvssVector | CaseField::CvssScore | CaseField::Severity;
        }
        const auto recorded = m_audit->record({caseId, changed, entries, -1, nowDt});
        return recorded ? Status() : Status::failure(recorded.error());
    });
}

Status CaseStore::removeScore(qint64 caseId, const QString &version, const QString &restorePrimary)
{
    return m_db.transaction([&]() -> Status {
        const auto current = loadCase(caseId);
        if (!current)
            return Status::failure(current.error());
        const auto existing = scores(caseId);
        if (!existing)
            return Status::failure(existing.error());
        QList<AuditLog::Entry> entries;
        std::optional<CaseScore> removed;
        std::optional<CaseScore> promote;
        for (const CaseScore &e : *existing) {
            if (e.version == version)
                removed = e;
            else if (e.version == restorePrimary)
                promote = e;
        }
        if (!removed)
            return {};
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM case_scores WHERE case_id = ? AND version = ?"));
        q.addBindValue(caseId);
        q.addBindValue(version);
        if (!q.exec())
            return Status::failure(sqlError(q));
        entries.append({QStringLiteral("cvss"), removed->vector, {}});
        if (removed->primary) {
            if (promote) {
                q.prepare(QStringLiteral(
                    "UPDATE case_scores SET is_primary = 1 WHERE case_id = ? AND version = ?"));
                q.addBindValue(caseId);
                q.addBindValue(promote->version);
                if (!q.exec())
                    return Status::failure(sqlError(q));
            }
            q.prepare(QStringLiteral(
                "UPDATE cases SET cvss_vector = ?, cvss_score = ?, severity = ? WHERE id = ?"));
            q.addBindValue(promote ? enc(promote->vector) : QStringLiteral(""));
            q.addBindValue(promote ? QVariant(promote->score) : QVariant(QMetaType::fromType<double>()));
            q.addBindValue(promote ? enc(promote->severity) : QStringLiteral(""));
            q.addBindValue(caseId);
            if (!q.exec())
                return Status::failure(sqlError(q));
            entries.append(
                {QStringLiteral("cvss_vector"), current->cvssVector, promote ? promote->vector : QString()});
        }
        const auto recorded = m_audit->record({caseId,
            CaseField::Scores | CaseField::CvssVector | CaseField::CvssScore | CaseField::Severity, entries});
        return recorded ? Status() : Status::failure(recorded.error());
    });
}

Result<QList<qint64>> CaseStore::search(const QString &userText) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (m_db.backend() == Database::Backend::SQLite) {
        const QString match = SearchQuery::toFts5(userText);
        if (match.isEmpty())
            return QList<qint64> {};
        q.prepare(QStringLiteral("SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?"));
        q.addBindValue(match);
    } else {
        const QString query = SearchQuery::toTsQuery(userText);
        if (query.isEmpty())
            return QList<qint64> {};
        q.prepare(QStringLiteral("SELECT id FROM cases WHERE search_vector @@ to_tsquery('simple', ?)"));
        q.addBindValue(query);
    }
    if (!q.exec())
        return Result<QList<qint64>>::failure(sqlError(q));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QString CaseStore::setting(const QString &key, const QString &fallback) const
{
    return m_db.setting(key, fallback);
}

Status CaseStore::setSetting(const QString &key, const QString &value)
{
    return m_db.setSetting(key, value);
}

QString CaseStore::trackingIdPattern() const
{
    return setting(kTrackingPatternKey, TrackingIdPattern::defaultPattern());
}

Status CaseStore::setTrackingIdPattern(const QString &pattern)
{
    const auto parsed = TrackingIdPattern::parse(pattern);
    if (!parsed)
        return Status::failure(parsed.error());
    return setSetting(kTrackingPatternKey, pattern);
}
