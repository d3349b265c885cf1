#include "CvssVector.h"

#include "CvssVectorParser.h"

#include <algorithm>

CvssError CvssVector::parse(std::string_view text)
{
    if (text.empty())
        return CvssError::at(CvssError::Code::Empty, 0, 0);
    if (text.size() > std::size_t(kMaxLength))
        return CvssError::at(CvssError::Code::TooLong, kMaxLength, kMaxLength);
    // The prefix is checked by hand: three library string comparisons per vector showed up
    // in the benchmark.
    if (text.size() >= 9 && text[0] == 'C' && text[1] == 'V' && text[2] == 'S' && text[3] == 'S'
        && text[4] == ':' && text[6] == '.' && text[8] == '/') {
        if (text[5] == '4' && text[7] == '0') {
            m_version = CvssVersion::V4_0;
            return Cvss4Vector::parse(text, m_v4);
        }
        if (text[5] == '3' && (text[7] == '1' || text[7] == '0')) {
            m_version = text[7] == '1' ? CvssVersion::V3_1 : CvssVersion::V3_0;
            return Cvss3Vector::parse(text, m_version, m_v3);
        }
    }
    if (text.starts_with("CVSS:")) {
        const std::size_t slash = text.find('/');
        return CvssError::at(CvssError::Code::UnknownPrefix, 0,
            int(slash == std::string_view::npos ? text.size() : slash + 1));
    }
    // CVSS v2.0 has no prefix: a vector that starts with its first base metric is one, and
    // so is one that names only v2 metrics, in whatever order (the guide's table does not
    // order what tools write). Anything else keeps the "unknown prefix" answer.
    const auto onlyV2Metrics = [text] {
        std::size_t start = 0;
        while (start < text.size()) {
            const std::size_t slash = std::min(text.find('/', start), text.size());
            const std::string_view component = text.substr(start, slash - start);
            const std::string_view key = component.substr(0, component.find(':'));
            bool known = false;
            for (const CvssMetricDefinition &d : Cvss2Vector::definitions())
                known = known || CvssVectorParser::same(d.key, key);
            if (!known || key.size() == component.size())
                return false;
            start = slash + 1;
        }
        return true;
    };
    if (text.starts_with("AV:") || text.starts_with("(") || onlyV2Metrics()) {
        m_version = CvssVersion::V2_0;
        return Cvss2Vector::parse(text, m_v2);
    }
    const std::size_t slash = text.find('/');
    return CvssError::at(
        CvssError::Code::UnknownPrefix, 0, int(slash == std::string_view::npos ? text.size() : slash));
}

CvssError CvssVector::parse(QStringView text)
{
    if (text.size() > kMaxLength)
        return CvssError::at(CvssError::Code::TooLong, kMaxLength, kMaxLength);
    char buffer[kMaxLength];
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80 || c < 0x20)
            return CvssError::at(CvssError::Code::NonAscii, int(i), 1);
        buffer[i] = char(c);
    }
    return parse(std::string_view(buffer, std::size_t(text.size())));
}

int CvssVector::score() const
{
    switch (m_version) {
    case CvssVersion::V2_0:
        return m_v2.overallScore();
    case CvssVersion::V3_0:
    case CvssVersion::V3_1:
        return m_v3.overallScore();
    case CvssVersion::V4_0:
        return m_v4.score();
    }
    return 0;
}

std::size_t CvssVector::write(char *buffer, std::size_t capacity) const
{
    switch (m_version) {
    case CvssVersion::V2_0:
        return m_v2.write(buffer, capacity);
    case CvssVersion::V3_0:
    case CvssVersion::V3_1:
        return m_v3.write(buffer, capacity);
    case CvssVersion::V4_0:
        return m_v4.write(buffer, capacity);
    }
    return 0;
}

QString CvssVector::toString() const
{
    char buffer[kMaxLength];
    return QString::fromLatin1(buffer, qsizetype(write(buffer, sizeof(buffer))));
}

QString CvssVector::formatScore(int tenths)
{
    return QString::number(tenths / 10) + u'.' + QString::number(tenths % 10);
}
