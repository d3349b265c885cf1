#include "DisclosureCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <algorithm>

namespace {

/// The matched words on one line, without invisible characters, and short: the message
/// shows what was found, not the text around it.
QString shown(QStringView matched)
{
    constexpr qsizetype maxShown = 60;
    QString out;
    for (const QChar c : matched) {
        if (c.category() == QChar::Other_Format || c.category() == QChar::Other_Control) {
            if (c.isSpace() && !out.endsWith(u' '))
                out.append(u' ');
            continue;
        }
        out.append(c.isSpace() ? QChar(u' ') : c);
    }
    out = out.simplified();
    if (out.size() > maxShown)
        out = out.left(maxShown - 1) + u'…';
    return out;
}

void walk(const QJsonValue &value, const QString &path, QList<DisclosureCheck::Field> *out)
{
    switch (value.type()) {
    case QJsonValue::String:
        out->append({path, value.toString()});
        break;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            walk(it.value(), path.isEmpty() ? it.key() : path + u'/' + it.key(), out);
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            walk(array.at(i), path + u'[' + QString::number(i) + u']', out);
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Bool:
    case QJsonValue::Double:
    case QJsonValue::Undefined:
        break;
    }
}

} // namespace

QList<DisclosureCheck::Finding> DisclosureCheck::findings(
    const QList<Field> &fields, const ReporterIdentity &who, const QStringList &allowed)
{
    QList<Finding> out;
    if (who.isEmpty())
        return out;
    for (const Field &field : fields) {
        const QList<IdentityScan::Match> matches = IdentityScan::find(field.text, who);
        if (matches.isEmpty())
            continue;
        QList<IdentityScan::Match> allowedSpans;
        for (const QString &text : allowed)
            allowedSpans.append(IdentityScan::findPhrase(field.text, text));
        for (const IdentityScan::Match &m : matches) {
            const bool isAllowed
                = std::any_of(allowedSpans.cbegin(), allowedSpans.cend(), [&m](const IdentityScan::Match &a) {
                      return a.position <= m.position && m.position + m.length <= a.position + a.length;
                  });
            if (!isAllowed)
                out.append({field.name, shown(QStringView(field.text).sliced(m.position, m.length)), m.what,
                    m.position, m.length});
        }
    }
    return out;
}

Status DisclosureCheck::check(
    const QList<Field> &fields, const ReporterIdentity &who, const QStringList &allowed)
{
    const QList<Finding> found = findings(fields, who, allowed);
    if (found.isEmpty())
        return {};
    // One sentence part per field, kind and word: a name repeated in a text is named once.
    constexpr qsizetype maxListed = 5;
    QStringList parts;
    QSet<QString> seen;
    qsizetype more = 0;
    for (const Finding &f : found) {
        const QString key = f.field + u'\n' + f.what + u'\n' + f.found.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (parts.size() == maxListed) {
            ++more;
            continue;
        }
        parts.append(QCoreApplication::translate("DisclosureCheck", "%1 contains %2 (“%3”)")
                .arg(f.field, f.what, f.found));
    }
    if (more > 0)
        parts.append(
            QCoreApplication::translate("DisclosureCheck", "%n more finding(s)", nullptr, int(more)));
    return Status::failure(QCoreApplication::translate(
        "DisclosureCheck", "%1; edit the text or record the reporter's consent to be credited.")
            .arg(parts.join(QCoreApplication::translate("DisclosureCheck", "; "))));
}

QList<DisclosureCheck::Field> DisclosureCheck::jsonFields(const QJsonDocument &doc)
{
    QList<Field> out;
    if (doc.isObject())
        walk(doc.object(), QString(), &out);
    else if (doc.isArray())
        walk(doc.array(), QString(), &out);
    return out;
}
