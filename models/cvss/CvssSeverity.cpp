#include "CvssSeverity.h"

#include <QCoreApplication>

namespace CvssRating {

std::string_view englishName(CvssSeverity severity)
{
    switch (severity) {
    case CvssSeverity::None:
        return "None";
    case CvssSeverity::Low:
        return "Low";
    case CvssSeverity::Medium:
        return "Medium";
    case CvssSeverity::High:
        return "High";
    case CvssSeverity::Critical:
        return "Critical";
    }
    return "None";
}

QString displayName(CvssSeverity severity)
{
    switch (severity) {
    case CvssSeverity::None:
        return QCoreApplication::translate("CvssSeverity", "None");
    case CvssSeverity::Low:
        return QCoreApplication::translate("CvssSeverity", "Low");
    case CvssSeverity::Medium:
        return QCoreApplication::translate("CvssSeverity", "Medium");
    case CvssSeverity::High:
        return QCoreApplication::translate("CvssSeverity", "High");
    case CvssSeverity::Critical:
        return QCoreApplication::translate("CvssSeverity", "Critical");
    }
    return {};
}

std::string_view versionLabel(CvssVersion version)
{
    switch (version) {
    case CvssVersion::V2_0:
        return "CVSS:2.0";
    case CvssVersion::V3_0:
        return "CVSS:3.0";
    case CvssVersion::V3_1:
        return "CVSS:3.1";
    case CvssVersion::V4_0:
        return "CVSS:4.0";
    }
    return {};
}

} // namespace CvssRating
