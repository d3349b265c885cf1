#include "CaseColumns.h"

#include "storage/StoredText.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace {

using StoredText::dec;
using StoredText::enc;

struct ColumnInfo
{
    CaseColumn column;
    const char *name;
    std::optional<CaseField> field; // nothing: a column no edit names (id, times, versions)
};

// In CaseColumn order: CaseColumn indexes it.
constexpr std::array<ColumnInfo, CaseColumns::count> kColumns {{
    {CaseColumn::Id, "id", std::nullopt},
    {CaseColumn::TrackingId, "tracking_id", CaseField::TrackingId},
    {CaseColumn::Title, "title", CaseField::Title},
    {CaseColumn::Product, "product", CaseField::Product},
    {CaseColumn::ProductVersion, "product_version", CaseField::ProductVersion},
    {CaseColumn::ReporterName, "reporter_name", CaseField::ReporterName},
    {CaseColumn::ReporterEmail, "reporter_email", CaseField::ReporterEmail},
    {CaseColumn::ReporterOrganisation, "reporter_org", CaseField::ReporterOrganisation},
    {CaseColumn::ConsentCredit, "consent_credit", CaseField::ConsentCredit},
    {CaseColumn::ConsentShareIdentity, "consent_share_identity", CaseField::ConsentShareIdentity},
    {CaseColumn::Channel, "channel", CaseField::Channel},
    {CaseColumn::ReceivedAt, "received_at", CaseField::ReceivedAt},
    {CaseColumn::Description, "description", CaseField::Description},
    {CaseColumn::StepsToReproduce, "steps", CaseField::StepsToReproduce},
    {CaseColumn::Status, "status", CaseField::Status},
    {CaseColumn::PausedFrom, "paused_from", std::nullopt},
    {CaseColumn::DuplicateOf, "duplicate_of", CaseField::DuplicateOf},
    {CaseColumn::Owner, "owner", CaseField::Owner},
    {CaseColumn::CvssVector, "cvss_vector", CaseField::CvssVector},
    {CaseColumn::CvssScore, "cvss_score", CaseField::CvssScore},
    {CaseColumn::Severity, "severity", CaseField::Severity},
    {CaseColumn::AcknowledgedAt, "acknowledged_at", std::nullopt},
    {CaseColumn::CreatedAt, "created_at", std::nullopt},
    {CaseColumn::UpdatedAt, "updated_at", std::nullopt},
    {CaseColumn::RowVersion, "row_version", std::nullopt},
    {CaseColumn::SsvcVector, "ssvc_vector", CaseField::SsvcVector},
    {CaseColumn::EmbargoAt, "embargo_at", CaseField::EmbargoAt},
    {CaseColumn::EmbargoReason, "embargo_reason", CaseField::EmbargoReason},
    {CaseColumn::SlaPolicy, "sla_policy", CaseField::SlaPolicy},
    {CaseColumn::Priority, "priority", CaseField::Priority},
    {CaseColumn::ExploitedAt, "exploited_at", CaseField::ExploitedAt},
    {CaseColumn::ExploitedSource, "exploited_source", CaseField::ExploitedSource},
}};

constexpr bool inTableOrder()
{
    for (size_t i = 0; i < kColumns.size(); ++i) {
        if (static_cast<size_t>(kColumns[i].column) != i)
            return false;
    }
    return true;
}
static_assert(inTableOrder(), "kColumns must list every CaseColumn in enum order");

const ColumnInfo &info(CaseColumn column)
{
    return kColumns[static_cast<size_t>(column)];
}

QVariant nullableMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::UTC);
}

} // namespace

namespace CaseColumns {

QList<CaseColumn> all()
{
    QList<CaseColumn> columns;
    columns.reserve(count);
    for (const auto &c : kColumns)
        columns.append(c.column);
    return columns;
}

QString name(CaseColumn column)
{
    return QString::fromLatin1(info(column).name);
}

QString list(const QList<CaseColumn> &columns)
{
    QStringList names;
    names.reserve(columns.size());
    for (const CaseColumn c : columns)
        names.append(name(c));
    return names.join(QStringLiteral(", "));
}

std::optional<CaseColumn> forField(CaseField field)
{
    for (const auto &c : kColumns) {
        if (c.field == field)
            return c.column;
    }
    return std::nullopt;
}

QVariant storedValue(CaseField field, const QVariant &value)
{
    switch (field) {
    case CaseField::ConsentCredit:
    case CaseField::ConsentShareIdentity:
        return value.toBool() ? 1 : 0;
    case CaseField::ReceivedAt:
        return value.toDateTime().toMSecsSinceEpoch();
    case CaseField::EmbargoAt:
    case CaseField::ExploitedAt:
        return nullableMs(value.toDateTime());
    case CaseField::CvssScore:
        return value.isNull() || !value.isValid() ? QVariant(QMetaType::fromType<double>())
                                                  : QVariant(value.toDouble());
    case CaseField::DuplicateOf:
        return value.toLongLong() > 0 ? QVariant(value.toLongLong())
                                      : QVariant(QMetaType::fromType<qint64>());
    case CaseField::Channel:
        return IntakeChannels::id(IntakeChannels::fromId(value.toString()));
    case CaseField::Status:
        return value.toString(); // a CaseStatuses id, ours
    case CaseField::TrackingId:
        // Unique where issued: a case without one stores NULL, not "".
        return value.toString().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(enc(value.toString()));
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
    case CaseField::ExploitedAt:
        return value.toDateTime().isValid() ? value.toDateTime().toUTC().toString(Qt::ISODateWithMs)
                                            : QString();
    case CaseField::CvssScore:
        return value.isValid() && !value.isNull() ? QString::number(value.toDouble(), 'f', 1) : QString();
    default:
        return value.toString();
    }
}

QVariant stored(CaseColumn column, const Case &c)
{
    if (const auto field = info(column).field)
        return storedValue(*field, c.value(*field));
    switch (column) {
    case CaseColumn::Id:
        return c.id;
    case CaseColumn::PausedFrom:
        return c.pausedFrom ? QVariant(CaseStatuses::id(*c.pausedFrom))
                            : QVariant(QMetaType::fromType<QString>());
    case CaseColumn::AcknowledgedAt:
        return nullableMs(c.acknowledgedAt);
    case CaseColumn::CreatedAt:
        return c.createdAt.toMSecsSinceEpoch();
    case CaseColumn::UpdatedAt:
        return c.updatedAt.toMSecsSinceEpoch();
    case CaseColumn::RowVersion:
        return c.rowVersion;
    default:
        Q_UNREACHABLE_RETURN(QVariant());
    }
}

void load(CaseColumn column, const QVariant &v, Case *c)
{
    switch (column) {
    case CaseColumn::Id:
        c->id = v.toLongLong();
        break;
    case CaseColumn::TrackingId:
        c->trackingId = dec(v);
        break;
    case CaseColumn::Title:
        c->title = dec(v);
        break;
    case CaseColumn::Product:
        c->product = dec(v);
        break;
    case CaseColumn::ProductVersion:
        c->productVersion = dec(v);
        break;
    case CaseColumn::ReporterName:
        c->reporterName = dec(v);
        break;
    case CaseColumn::ReporterEmail:
        c->reporterEmail = dec(v);
        break;
    case CaseColumn::ReporterOrganisation:
        c->reporterOrganisation = dec(v);
        break;
    case CaseColumn::ConsentCredit:
        c->consentCredit = v.toInt() != 0;
        break;
    case CaseColumn::ConsentShareIdentity:
        c->consentShareIdentity = v.toInt() != 0;
        break;
    case CaseColumn::Channel:
        c->channel = IntakeChannels::fromId(v.toString());
        break;
    case CaseColumn::ReceivedAt:
        c->receivedAt = fromMs(v);
        break;
    case CaseColumn::Description:
        c->description = dec(v);
        break;
    case CaseColumn::StepsToReproduce:
        c->stepsToReproduce = dec(v);
        break;
    case CaseColumn::Status:
        CaseStatuses::fromId(v.toString(), &c->status);
        break;
    case CaseColumn::PausedFrom:
        c->pausedFrom.reset();
        if (CaseStatus paused; !v.isNull() && CaseStatuses::fromId(v.toString(), &paused))
            c->pausedFrom = paused;
        break;
    case CaseColumn::DuplicateOf:
        c->duplicateOf = v.toLongLong();
        break;
    case CaseColumn::Owner:
        c->owner = dec(v);
        break;
    case CaseColumn::CvssVector:
        c->cvssVector = dec(v);
        break;
    case CaseColumn::CvssScore:
        c->cvssScore = v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
        break;
    case CaseColumn::Severity:
        c->severity = dec(v);
        break;
    case CaseColumn::AcknowledgedAt:
        c->acknowledgedAt = fromMs(v);
        break;
    case CaseColumn::CreatedAt:
        c->createdAt = fromMs(v);
        break;
    case CaseColumn::UpdatedAt:
        c->updatedAt = fromMs(v);
        break;
    case CaseColumn::RowVersion:
        c->rowVersion = v.toInt();
        break;
    case CaseColumn::SsvcVector:
        c->ssvcVector = dec(v);
        break;
    case CaseColumn::EmbargoAt:
        c->embargoAt = fromMs(v);
        break;
    case CaseColumn::EmbargoReason:
        c->embargoReason = dec(v);
        break;
    case CaseColumn::SlaPolicy:
        c->slaPolicy = dec(v);
        break;
    case CaseColumn::Priority:
        c->priority = dec(v);
        break;
    case CaseColumn::ExploitedAt:
        c->exploitedAt = fromMs(v);
        break;
    case CaseColumn::ExploitedSource:
        c->exploitedSource = dec(v);
        break;
    }
}

Index::Index(const QSqlRecord &record)
{
    for (const auto &c : kColumns)
        m_positions[static_cast<size_t>(c.column)] = record.indexOf(QLatin1StringView(c.name));
}

Case Index::read(const QSqlQuery &query) const
{
    Case c;
    for (const auto &column : kColumns) {
        if (const int at = (*this)[column.column]; at >= 0)
            load(column.column, query.value(at), &c);
    }
    return c;
}

namespace {

QList<CaseColumn> insertColumns(bool withId)
{
    QList<CaseColumn> columns = all();
    if (!withId)
        columns.removeFirst(); // CaseColumn::Id
    return columns;
}

} // namespace

QString select(const QList<CaseColumn> &columns)
{
    return QStringLiteral("SELECT %1 FROM cases").arg(list(columns));
}

QString updateStatement(const QList<CaseColumn> &columns)
{
    QStringList assignments;
    assignments.reserve(columns.size());
    for (const CaseColumn c : columns)
        assignments.append(name(c) + QStringLiteral(" = ?"));
    return QStringLiteral("UPDATE cases SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", ")));
}

QString insertStatement(bool withId)
{
    const QList<CaseColumn> columns = insertColumns(withId);
    QStringList marks(columns.size(), QStringLiteral("?"));
    return QStringLiteral("INSERT INTO cases (%1) VALUES (%2)%3")
        .arg(list(columns), marks.join(QStringLiteral(", ")),
            withId ? QString() : QStringLiteral(" RETURNING id"));
}

void bindInsert(QSqlQuery &query, const Case &c, bool withId)
{
    int position = 0;
    for (const auto &column : kColumns) {
        if (column.column == CaseColumn::Id && !withId)
            continue;
        query.bindValue(position++, stored(column.column, c));
    }
}

} // namespace CaseColumns
