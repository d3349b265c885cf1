#pragma once

#include "core/Case.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <array>
#include <optional>

class QSqlQuery;
class QSqlRecord;

/// The columns of the cases table (search_vector, PostgreSQL's generated full-text index,
/// is not one a case holds).
enum class CaseColumn {
    Id,
    TrackingId,
    Title,
    Product,
    ProductVersion,
    ReporterName,
    ReporterEmail,
    ReporterOrganisation,
    ConsentCredit,
    ConsentShareIdentity,
    Channel,
    ReceivedAt,
    Description,
    StepsToReproduce,
    Status,
    PausedFrom,
    DuplicateOf,
    Owner,
    CvssVector,
    CvssScore,
    Severity,
    AcknowledgedAt,
    CreatedAt,
    UpdatedAt,
    RowVersion,
    SsvcVector,
    EmbargoAt,
    EmbargoReason,
    SlaPolicy,
    Priority,
    ExploitedAt,
    ExploitedSource,
};

/// The one column map of the cases table: each column's name, the CaseField it holds (if
/// any), how a Case member is stored in it and how it is read back. Every statement of the
/// cases table takes its column lists from here, and every read finds its columns by name
/// (Index), never by position, so a column added to the table is added here once and
/// reaches the reads, the edits and the bulk import alike.
namespace CaseColumns {

inline constexpr int count = static_cast<int>(CaseColumn::ExploitedSource) + 1;

/// Every column, in CaseColumn order.
QList<CaseColumn> all();
QString name(CaseColumn column);
/// "a, b, c": the names of the given columns, for a SELECT or INSERT list.
QString list(const QList<CaseColumn> &columns);

/// The column that holds a field; nothing for the fields that are not columns of the case
/// (read state, scores, evidence, advisory, correspondence).
std::optional<CaseColumn> forField(CaseField field);

/// How a field value (as Case::value() gives it, or as an edit brings it) is stored.
QVariant storedValue(CaseField field, const QVariant &value);
/// The text of a field value in the audit log.
QString auditText(CaseField field, const QVariant &value);
/// What column of the case is stored as.
QVariant stored(CaseColumn column, const Case &c);
/// Sets the member column holds from its stored value.
void load(CaseColumn column, const QVariant &value, Case *c);

/// Where each column sits in a query's result, resolved once per query from its record.
class Index final
{
public:
    explicit Index(const QSqlRecord &record);
    /// The column's position, or -1 when the query did not select it.
    int operator[](CaseColumn column) const { return m_positions[static_cast<size_t>(column)]; }
    /// A case from the query's current row: every selected column.
    Case read(const QSqlQuery &query) const;

private:
    std::array<int, count> m_positions {};
};

/// "SELECT a, b FROM cases" of the given columns; the caller adds its WHERE.
QString select(const QList<CaseColumn> &columns);
/// "UPDATE cases SET a = ?, b = ? WHERE id = ?": bind the stored values, then the id.
QString updateStatement(const QList<CaseColumn> &columns);

/// "INSERT INTO cases (…every column…) VALUES (?, …)"; without the id column (and then
/// RETURNING id) when the database is to number the case.
QString insertStatement(bool withId);
/// Binds every column of c, in the order of insertStatement(withId).
void bindInsert(QSqlQuery &query, const Case &c, bool withId);

} // namespace CaseColumns
