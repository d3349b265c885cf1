#pragma once

#include <QList>
#include <QString>

/// The CWE weaknesses PSIRT Desk knows by name. CSAF requires a CWE's name next to its id,
/// and it must be MITRE's: the names here are MITRE's CWE List (version 4.15, 2024), for the
/// 2024 CWE Top 25 Most Dangerous Software Weaknesses and the weaknesses embedded products
/// are most often reported with. A CWE not listed cannot be set on a case.
namespace CweCatalog {

struct Entry
{
    int id;
    const char *name;
};

QList<Entry> entries(); // by id
bool contains(int id);
/// MITRE's name, or empty.
QString name(int id);
/// Whether MITRE marks the entry's vulnerability mapping DISCOURAGED (CWE-20, CWE-400, …):
/// exports still carry it, but the analyst is warned.
bool isDiscouraged(int id);
/// The translated warning for a discouraged CWE, or empty.
QString mappingWarning(int id);
/// "CWE-79".
QString label(int id);
/// Parses "CWE-79" or "79".
bool parse(const QString &text, int *id);

} // namespace CweCatalog
