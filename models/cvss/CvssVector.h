#pragma once

#include "Cvss2Vector.h"
#include "Cvss3Vector.h"
#include "Cvss4Vector.h"
#include "CvssError.h"
#include "CvssSeverity.h"

#include <QString>
#include <QStringView>

#include <string_view>

/// A CVSS vector of any supported version: detects the version from the string, validates
/// it and gives the score it stands for. Holds the typed vector by value (no heap), so
/// parsing and scoring millions of vectors never allocates.
class CvssVector final
{
public:
    /// Longest vector accepted; the longest valid v4.0 vector is about 190 characters.
    static constexpr int kMaxLength = 512;

    CvssVector() = default;

    /// Parses text (ASCII). Returns the error; on success *this holds the vector.
    CvssError parse(std::string_view text);
    /// The same for text from a widget; non-ASCII characters are reported by position.
    CvssError parse(QStringView text);

    CvssVersion version() const { return m_version; }
    const Cvss2Vector &v2() const { return m_v2; }
    const Cvss3Vector &v3() const { return m_v3; }
    const Cvss4Vector &v4() const { return m_v4; }

    /// The score the vector stands for, in tenths: v4.0 its one score; v3.x and v2.0 the
    /// environmental score if an environmental metric is defined, else the temporal score
    /// if a temporal metric is defined, else the base score.
    int score() const;
    CvssSeverity severity() const { return CvssRating::severity(m_version, score()); }

    /// Canonical vector string (specification order, defined metrics only).
    std::size_t write(char *buffer, std::size_t capacity) const;
    QString toString() const;

    /// A score in tenths as "9.8".
    static QString formatScore(int tenths);

private:
    CvssVersion m_version = CvssVersion::V3_1;
    Cvss2Vector m_v2;
    Cvss3Vector m_v3;
    Cvss4Vector m_v4;
};
