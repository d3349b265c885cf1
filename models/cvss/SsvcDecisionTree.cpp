#include "SsvcDecisionTree.h"

#include "SsvcDeployerCsv.h"
#include "SsvcSupplierCsv.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

// The decision points of each tree in the order of the CSV columns. The CSV gives their
// values by name (the untranslated strings below must match it); the letters are the
// vector-string keys documented in the header.
QList<SsvcDecisionTree::DecisionPoint> supplierPoints()
{
    return {
        {QT_TRANSLATE_NOOP("SsvcDecisionTree", "Exploitation"), "E",
            {QT_TRANSLATE_NOOP("SsvcDecisionTree", "none"),
                QT_TRANSLATE_NOOP("SsvcDecisionTree", "public poc"),
                QT_TRANSLATE_NOOP("SsvcDecisionTree", "active")},
            "NPA"},
        {QT_TRANSLATE_NOOP("SsvcDecisionTree", "Utility"), "U",
            {QT_TRANSLATE_NOOP("SsvcDecisionTree", "laborious"),
                QT_TRANSLATE_NOOP("SsvcDecisionTree", "efficient"),
                QT_TRANSLATE_NOOP("SsvcDecisionTree", "super effective")},
            "LES"},
        {QT_TRANSLATE_NOOP("SsvcDecisionTree", "Technical Impact"), "T",
            {QT_TRANSLATE_NOOP("SsvcDecisionTree", "partial"),
                QT_TRANSLATE_NOOP("SsvcDecisionTree", "total")},
            "PT"},
        {QT_TRANSLATE_NOOP("SsvcDecisionTree", "Public Safety Impact"), "P",
            {QT_TRANSLATE_NOOP("SsvcDecisionTree", "minimal"),
                QT_TRANSLATE_NOOP("SsvcDecisionTree", "significant")},
            "MS"},
    };
}

QList<SsvcDecisionTree::DecisionPoint> deployerPoints()
{
    return {
        {QT_TRANSLATE_NOOP("SsvcDecisionTree", "Exploitation"), "E",
            {QT_TRANSLATE_NOOP("SsvcDecisionTree", "none"),
                QT_TRANSLATE_NOOP("SsvcDecisionTree", "public poc"),
                QT_TRANSLATE_NOOP("SsvcDecisionTree", "active")},
            "NPA"},
        {QT_TRANSLATE_NOOP("SsvcDecisionTree", "System Exposure"), "X",
            {QT_TRANSLATE_NOOP("SsvcDecisionTree", "small"),
                QT_TRANSLATE_NOOP("SsvcDecisionTree", "controlled"),
                QT_TRANSLATE_NOOP("SsvcDecisionTree", "open")},
            "SCO"},
        {QT_TRANSLATE_NOOP("SsvcDecisionTree", "Automatable"), "A",
            {QT_TRANSLATE_NOOP("SsvcDecisionTree", "no"), QT_TRANSLATE_NOOP("SsvcDecisionTree", "yes")},
            "NY"},
        {QT_TRANSLATE_NOOP("SsvcDecisionTree", "Human Impact"), "H",
            {QT_TRANSLATE_NOOP("SsvcDecisionTree", "low"), QT_TRANSLATE_NOOP("SsvcDecisionTree", "medium"),
                QT_TRANSLATE_NOOP("SsvcDecisionTree", "high"),
                QT_TRANSLATE_NOOP("SsvcDecisionTree", "very high")},
            "LMHV"},
    };
}

// A CSV line split at commas outside double quotes (the header quotes its last column).
QStringList splitCsv(const QString &line)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u',' && !quoted) {
            fields.append(current.trimmed());
            current.clear();
        } else
            current.append(c);
    }
    fields.append(current.trimmed());
    return fields;
}

} // namespace

SsvcDecisionTree::SsvcDecisionTree(Kind kind, std::string_view csv)
    : m_kind(kind)
    , m_points(kind == Kind::Supplier ? supplierPoints() : deployerPoints())
{
    qsizetype size = 1;
    for (const DecisionPoint &p : std::as_const(m_points))
        size *= p.valueNames.size();
    m_table = QList<Outcome>(size, Outcome::Defer);
    QList<bool> seen(size, false);
    const QStringList rows
        = QString::fromUtf8(csv.data(), qsizetype(csv.size())).split(u'\n', Qt::SkipEmptyParts);
    const QStringList outcomes {QStringLiteral("defer"), QStringLiteral("scheduled"),
        QStringLiteral("out-of-cycle"), QStringLiteral("immediate")};
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList fields = splitCsv(rows.at(r));
        if (fields.size() != m_points.size() + 2)
            qFatal("SSVC table: malformed row %lld", qlonglong(r));
        qsizetype index = 0;
        for (qsizetype p = 0; p < m_points.size(); ++p) {
            qsizetype value = -1;
            for (qsizetype v = 0; v < m_points.at(p).valueNames.size(); ++v) {
                if (fields.at(p + 1) == QLatin1StringView(m_points.at(p).valueNames.at(v)))
                    value = v;
            }
            if (value < 0)
                qFatal("SSVC table: unknown value in row %lld", qlonglong(r));
            index = index * m_points.at(p).valueNames.size() + value;
        }
        const qsizetype outcome = outcomes.indexOf(fields.back());
        if (outcome < 0)
            qFatal("SSVC table: unknown outcome in row %lld", qlonglong(r));
        m_table[index] = Outcome(outcome);
        seen[index] = true;
    }
    // The tables are complete decision trees; a gap would mean the data changed shape.
    if (seen.contains(false))
        qFatal("SSVC table: a combination of values has no outcome");
}

const SsvcDecisionTree &SsvcDecisionTree::supplier()
{
    // Source: CERT/CC SSVC, data/csv/supplier_patch_development_priority_1_0_0.csv.
    static const SsvcDecisionTree tree(Kind::Supplier, kSsvcSupplierCsv);
    return tree;
}

const SsvcDecisionTree &SsvcDecisionTree::deployer()
{
    // Source: CERT/CC SSVC, data/csv/deployer_patch_application_priority_1_0_0.csv.
    static const SsvcDecisionTree tree(Kind::Deployer, kSsvcDeployerCsv);
    return tree;
}

SsvcDecisionTree::Outcome SsvcDecisionTree::decide(const QList<int> &values) const
{
    Q_ASSERT(values.size() == m_points.size());
    qsizetype index = 0;
    for (qsizetype p = 0; p < m_points.size(); ++p)
        index = index * m_points.at(p).valueNames.size()
            + qBound(0, values.value(p), int(m_points.at(p).valueNames.size()) - 1);
    return m_table.at(index);
}

QString SsvcDecisionTree::vectorString(const QList<int> &values, const QDateTime &when) const
{
    QString text = QStringLiteral("SSVCv2/");
    for (qsizetype p = 0; p < m_points.size(); ++p) {
        const DecisionPoint &point = m_points.at(p);
        text += QLatin1StringView(point.key.data(), qsizetype(point.key.size())) + u':'
            + QChar::fromLatin1(point.valueKeys[std::size_t(values.value(p))]) + u'/';
    }
    text += QStringLiteral("D:") + QChar::fromLatin1(outcomeKey(decide(values))) + u'/';
    return text + when.toUTC().toString(Qt::ISODate) + u'/';
}

Result<QPair<QList<int>, QDateTime>> SsvcDecisionTree::parseVector(const QString &vector) const
{
    using R = Result<QPair<QList<int>, QDateTime>>;
    auto fail
        = [](const char *text) { return R::failure(QCoreApplication::translate("SsvcDecisionTree", text)); };
    if (!vector.startsWith(u"SSVCv2/"))
        return fail(QT_TRANSLATE_NOOP("SsvcDecisionTree", "An SSVC vector starts with “SSVCv2/”."));
    if (!vector.endsWith(u'/'))
        return fail(QT_TRANSLATE_NOOP("SsvcDecisionTree", "An SSVC vector ends with “/”."));
    const QStringList parts = vector.mid(7).chopped(1).split(u'/');
    if (parts.size() != m_points.size() + 2)
        return fail(
            QT_TRANSLATE_NOOP("SsvcDecisionTree", "The SSVC vector does not match this decision tree."));
    QList<int> values;
    for (qsizetype p = 0; p < m_points.size(); ++p) {
        const DecisionPoint &point = m_points.at(p);
        const QString expected = QLatin1StringView(point.key.data(), qsizetype(point.key.size())) + u':';
        const QString &part = parts.at(p);
        if (!part.startsWith(expected) || part.size() != expected.size() + 1)
            return fail(
                QT_TRANSLATE_NOOP("SsvcDecisionTree", "The SSVC vector does not match this decision tree."));
        const auto value = point.valueKeys.find(char(part.back().toLatin1()));
        if (value == std::string_view::npos)
            return fail(QT_TRANSLATE_NOOP("SsvcDecisionTree", "The SSVC vector has an unknown value."));
        values.append(int(value));
    }
    if (parts.at(m_points.size()) != QStringLiteral("D:") + QChar::fromLatin1(outcomeKey(decide(values))))
        return fail(QT_TRANSLATE_NOOP(
            "SsvcDecisionTree", "The SSVC vector's decision does not follow from its values."));
    const QDateTime when = QDateTime::fromString(parts.back(), Qt::ISODate);
    if (!when.isValid())
        return fail(QT_TRANSLATE_NOOP("SsvcDecisionTree", "The SSVC vector's timestamp is not ISO 8601."));
    return R(qMakePair(values, when));
}

QString SsvcDecisionTree::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Defer:
        return QCoreApplication::translate("SsvcDecisionTree", "Defer");
    case Outcome::Scheduled:
        return QCoreApplication::translate("SsvcDecisionTree", "Scheduled");
    case Outcome::OutOfCycle:
        return QCoreApplication::translate("SsvcDecisionTree", "Out-of-Cycle");
    case Outcome::Immediate:
        return QCoreApplication::translate("SsvcDecisionTree", "Immediate");
    }
    return {};
}

char SsvcDecisionTree::outcomeKey(Outcome outcome)
{
    return "DSOI"[int(outcome)];
}

int SsvcDecisionTree::utilityFrom(int automatable, int valueDensity)
{
    // SSVC: laborious = no + diffuse; efficient = one of yes / concentrated; super effective = both.
    return (automatable ? 1 : 0) + (valueDensity ? 1 : 0);
}
