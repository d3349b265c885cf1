#pragma once

#include <QString>

#include <optional>

/// The CVSS v3.1 base score of a base vector ("CVSS:3.1/AV:N/AC:L/…"), per the
/// specification's formulas and Roundup; nullopt when the vector is not a complete v3.x
/// base vector. Enough for the demo data to carry scores that agree with their vectors;
/// the full calculator (v2 to v4, all metric groups) lives elsewhere.
namespace CvssBaseScore {

std::optional<double> v31(const QString &vector);
/// The qualitative rating of a score: None, Low, Medium, High or Critical.
QString severity(double score);

} // namespace CvssBaseScore
