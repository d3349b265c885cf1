#pragma once

#include "CvssMetricDefinition.h"
#include "CvssSeverity.h"

#include <QList>
#include <QString>

/// Human-readable names and short descriptions of the CVSS metrics and their values, for
/// the calculator's labels and tooltips (paraphrased from the specifications; translated
/// in context "CvssMetricCatalog"). Also lists each version's metrics and groups, so a view
/// can lay them out without knowing the versions' enums.
class CvssMetricCatalog final
{
public:
    struct Group
    {
        int id; // the version's group enum value
        QString name;
        bool optional; // threat / temporal / environmental / supplemental
    };

    static QList<Group> groups(CvssVersion version);
    /// Definitions of the version's metrics (index = the version's Metric enum value).
    static QList<CvssMetricDefinition> definitions(CvssVersion version);

    static QString metricName(CvssVersion version, std::string_view key);
    static QString metricDescription(CvssVersion version, std::string_view key);
    static QString valueName(CvssVersion version, std::string_view key, std::string_view value);
    static QString valueDescription(CvssVersion version, std::string_view key, std::string_view value);
};
