#include "SbomDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// Reads fields with their types checked; the first problem is kept with its path.
class Reader
{
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }
    void fail(const QString &where, const QString &what)
    {
        if (error.isEmpty())
            error = where + u": " + what;
    }
    QString text(const QJsonObject &o, QLatin1StringView key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(where + u'.' + key, QCoreApplication::translate("SbomDocument", "not a string"));
            return {};
        }
        const QString s = v.toString();
        if (s.size() > SbomDocument::maxText) {
            fail(where + u'.' + key,
                QCoreApplication::translate("SbomDocument", "longer than %1 characters")
                    .arg(SbomDocument::maxText));
            return {};
        }
        return s;
    }
    QJsonArray array(const QJsonObject &o, QLatin1StringView key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(where + u'.' + key, QCoreApplication::translate("SbomDocument", "not a list"));
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v, const QString &where)
    {
        if (!v.isObject())
            fail(where, QCoreApplication::translate("SbomDocument", "not an object"));
        return v.toObject();
    }
};

QString position(const QByteArray &data, int offset)
{
    const QByteArray before = data.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QCoreApplication::translate("SbomDocument", "line %1, column %2").arg(line).arg(column);
}

// ---- CycloneDX ----

struct CycloneDx
{
    Reader &in;
    SbomDocument &doc;
    int generated = 0;

    SbomComponent component(const QJsonObject &o, const QString &where)
    {
        SbomComponent c;
        c.ref = in.text(o, "bom-ref"_L1, where);
        c.name = in.text(o, "name"_L1, where);
        const QString group = in.text(o, "group"_L1, where);
        if (!group.isEmpty() && !c.name.isEmpty())
            c.name = group + u'/' + c.name;
        c.version = in.text(o, "version"_L1, where);
        c.purl = in.text(o, "purl"_L1, where);
        c.cpe = in.text(o, "cpe"_L1, where);
        c.type = in.text(o, "type"_L1, where);
        const QJsonValue supplier = o.value("supplier"_L1);
        if (supplier.isObject())
            c.supplier = in.text(supplier.toObject(), "name"_L1, where + u".supplier");
        else if (!supplier.isUndefined() && !supplier.isNull())
            in.fail(where + u".supplier", QCoreApplication::translate("SbomDocument", "not an object"));
        if (c.supplier.isEmpty())
            c.supplier = in.text(o, "publisher"_L1, where);
        if (c.ref.isEmpty())
            c.ref = QStringLiteral("component-%1").arg(++generated);
        return c;
    }

    void components(const QJsonArray &list, const QString &where, int depth)
    {
        if (depth > SbomDocument::maxNesting) {
            in.fail(where,
                QCoreApplication::translate("SbomDocument", "components nested more than %1 deep")
                    .arg(SbomDocument::maxNesting));
            return;
        }
        for (qsizetype i = 0; i < list.size() && !in.failed(); ++i) {
            const QString at = where + QStringLiteral("[%1]").arg(i);
            const QJsonObject o = in.object(list.at(i), at);
            if (in.failed())
                return;
            if (doc.components.size() >= SbomDocument::maxComponents) {
                in.fail(at,
                    QCoreApplication::translate("SbomDocument", "more than %1 components")
                        .arg(SbomDocument::maxComponents));
                return;
            }
            doc.components.append(component(o, at));
            components(in.array(o, "components"_L1, at), at + u".components", depth + 1);
        }
    }

    void read(const QJsonObject &root)
    {
        doc.format = SbomDocument::Format::CycloneDx;
        doc.specVersion = in.text(root, "specVersion"_L1, QStringLiteral("$"));
        doc.serial = in.text(root, "serialNumber"_L1, QStringLiteral("$"));
        const QJsonValue metadata = root.value("metadata"_L1);
        if (metadata.isObject()) {
            const QJsonObject m = metadata.toObject();
            doc.created
                = QDateTime::fromString(in.text(m, "timestamp"_L1, QStringLiteral("metadata")), Qt::ISODate);
            const QJsonValue subject = m.value("component"_L1);
            if (subject.isObject()) {
                const SbomComponent s = component(subject.toObject(), QStringLiteral("metadata.component"));
                doc.subjectName = s.name;
                doc.subjectVersion = s.version;
                doc.subjectRef = s.ref;
                // Parts of the subject listed under it are components too.
                components(
                    in.array(subject.toObject(), "components"_L1, QStringLiteral("metadata.component")),
                    QStringLiteral("metadata.component.components"), 1);
            }
        }
        components(in.array(root, "components"_L1, QStringLiteral("$")), QStringLiteral("components"), 0);
        const QJsonArray deps = in.array(root, "dependencies"_L1, QStringLiteral("$"));
        for (qsizetype i = 0; i < deps.size() && !in.failed(); ++i) {
            const QString at = QStringLiteral("dependencies[%1]").arg(i);
            const QJsonObject d = in.object(deps.at(i), at);
            const QString from = in.text(d, "ref"_L1, at);
            const QJsonArray to = in.array(d, "dependsOn"_L1, at);
            for (qsizetype j = 0; j < to.size() && !in.failed(); ++j) {
                if (!to.at(j).isString()) {
                    in.fail(at + QStringLiteral(".dependsOn[%1]").arg(j),
                        QCoreApplication::translate("SbomDocument", "not a string"));
                    break;
                }
                if (doc.dependencies.size() >= SbomDocument::maxDependencies) {
                    in.fail(at,
                        QCoreApplication::translate("SbomDocument", "more than %1 dependencies")
                            .arg(SbomDocument::maxDependencies));
                    break;
                }
                doc.dependencies.append({from, to.at(j).toString().left(SbomDocument::maxText)});
            }
        }
    }
};

// ---- SPDX 2.3 ----

QString spdxSupplier(const QString &value)
{
    // "Organization: ExampleCo (contact@example.com)", "Person: Jane", "NOASSERTION"
    QString s = value;
    if (s == u"NOASSERTION")
        return {};
    if (const qsizetype colon = s.indexOf(u':'); colon >= 0)
        s = s.mid(colon + 1);
    if (const qsizetype paren = s.indexOf(u'('); paren > 0)
        s.truncate(paren);
    return s.trimmed();
}

struct Spdx
{
    Reader &in;
    SbomDocument &doc;

    void read(const QJsonObject &root)
    {
        doc.format = SbomDocument::Format::Spdx;
        doc.specVersion = in.text(root, "spdxVersion"_L1, QStringLiteral("$"));
        doc.serial = in.text(root, "documentNamespace"_L1, QStringLiteral("$"));
        const QJsonValue info = root.value("creationInfo"_L1);
        if (info.isObject())
            doc.created = QDateTime::fromString(
                in.text(info.toObject(), "created"_L1, QStringLiteral("creationInfo")), Qt::ISODate);
        const QString documentId = in.text(root, "SPDXID"_L1, QStringLiteral("$"));

        // The subject: documentDescribes, or the target of a DESCRIBES relationship.
        const QJsonArray describes = in.array(root, "documentDescribes"_L1, QStringLiteral("$"));
        if (!describes.isEmpty() && describes.first().isString())
            doc.subjectRef = describes.first().toString().left(SbomDocument::maxText);
        const QJsonArray relationships = in.array(root, "relationships"_L1, QStringLiteral("$"));
        for (qsizetype i = 0; i < relationships.size() && doc.subjectRef.isEmpty() && !in.failed(); ++i) {
            const QString at = QStringLiteral("relationships[%1]").arg(i);
            const QJsonObject r = in.object(relationships.at(i), at);
            if (in.text(r, "relationshipType"_L1, at) == u"DESCRIBES"
                && in.text(r, "spdxElementId"_L1, at) == documentId)
                doc.subjectRef = in.text(r, "relatedSpdxElement"_L1, at);
        }

        const QJsonArray packages = in.array(root, "packages"_L1, QStringLiteral("$"));
        if (packages.size() > SbomDocument::maxComponents + 1) {
            in.fail(QStringLiteral("packages"),
                QCoreApplication::translate("SbomDocument", "more than %1 packages")
                    .arg(SbomDocument::maxComponents));
            return;
        }
        for (qsizetype i = 0; i < packages.size() && !in.failed(); ++i) {
            const QString at = QStringLiteral("packages[%1]").arg(i);
            const QJsonObject p = in.object(packages.at(i), at);
            SbomComponent c;
            c.ref = in.text(p, "SPDXID"_L1, at);
            c.name = in.text(p, "name"_L1, at);
            c.version = in.text(p, "versionInfo"_L1, at);
            c.supplier = spdxSupplier(in.text(p, "supplier"_L1, at));
            const QString purpose = in.text(p, "primaryPackagePurpose"_L1, at);
            c.type = purpose.isEmpty() ? QStringLiteral("library") : purpose.toLower().replace(u'_', u'-');
            const QJsonArray refs = in.array(p, "externalRefs"_L1, at);
            for (qsizetype j = 0; j < refs.size() && !in.failed(); ++j) {
                const QString rat = at + QStringLiteral(".externalRefs[%1]").arg(j);
                const QJsonObject r = in.object(refs.at(j), rat);
                const QString type = in.text(r, "referenceType"_L1, rat);
                const QString locator = in.text(r, "referenceLocator"_L1, rat);
                if (type == u"purl" && c.purl.isEmpty())
                    c.purl = locator;
                else if ((type == u"cpe23Type" || (type == u"cpe22Type" && c.cpe.isEmpty()))
                    && !c.cpe.startsWith(u"cpe:2.3:"))
                    c.cpe = locator;
            }
            if (c.ref.isEmpty())
                c.ref = QStringLiteral("package-%1").arg(i + 1);
            if (!doc.subjectRef.isEmpty() && c.ref == doc.subjectRef) {
                doc.subjectName = c.name;
                doc.subjectVersion = c.version;
                continue;
            }
            doc.components.append(c);
        }
        for (qsizetype i = 0; i < relationships.size() && !in.failed(); ++i) {
            const QString at = QStringLiteral("relationships[%1]").arg(i);
            const QJsonObject r = in.object(relationships.at(i), at);
            const QString type = in.text(r, "relationshipType"_L1, at);
            const QString a = in.text(r, "spdxElementId"_L1, at);
            const QString b = in.text(r, "relatedSpdxElement"_L1, at);
            if (doc.dependencies.size() >= SbomDocument::maxDependencies) {
                in.fail(at,
                    QCoreApplication::translate("SbomDocument", "more than %1 relationships")
                        .arg(SbomDocument::maxDependencies));
                break;
            }
            if (type == u"DEPENDS_ON" || type == u"CONTAINS" || type == u"STATIC_LINK"
                || type == u"DYNAMIC_LINK")
                doc.dependencies.append({a, b});
            else if (type == u"DEPENDENCY_OF" || type == u"CONTAINED_BY")
                doc.dependencies.append({b, a});
        }
    }
};

} // namespace

QString SbomDocument::formatName(Format format)
{
    return format == Format::Spdx ? QStringLiteral("SPDX") : QStringLiteral("CycloneDX");
}

Result<SbomDocument> SbomDocument::parse(const QByteArray &json)
{
    using R = Result<SbomDocument>;
    if (json.size() > maxBytes)
        return R::failure(
            QCoreApplication::translate("SbomDocument", "The SBOM is %1 MiB; at most %2 MiB are read.")
                .arg(json.size() / (1024 * 1024))
                .arg(maxBytes / (1024 * 1024)));
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(QCoreApplication::translate("SbomDocument", "Not valid JSON at %1: %2")
                .arg(position(json, error.offset), error.errorString()));
    if (!parsed.isObject())
        return R::failure(
            QCoreApplication::translate("SbomDocument", "Not an SBOM: the top level is not a JSON object."));
    const QJsonObject root = parsed.object();
    SbomDocument doc;
    Reader in;
    if (root.value("bomFormat"_L1).toString() == u"CycloneDX") {
        const QString version = root.value("specVersion"_L1).toString();
        if (version != u"1.4" && version != u"1.5" && version != u"1.6")
            return R::failure(QCoreApplication::translate(
                "SbomDocument", "CycloneDX %1 is not read; PSIRT Desk reads CycloneDX 1.4 to 1.6 (JSON).")
                    .arg(version.left(20)));
        CycloneDx {in, doc}.read(root);
    } else if (root.contains("spdxVersion"_L1)) {
        const QString version = root.value("spdxVersion"_L1).toString();
        if (version != u"SPDX-2.3")
            return R::failure(QCoreApplication::translate(
                "SbomDocument", "%1 is not read; PSIRT Desk reads SPDX 2.3 (JSON).")
                    .arg(version.left(20).isEmpty()
                            ? QCoreApplication::translate("SbomDocument", "This SPDX version")
                            : version.left(20)));
        Spdx {in, doc}.read(root);
    } else {
        return R::failure(QCoreApplication::translate("SbomDocument",
            "Not an SBOM PSIRT Desk reads: neither \"bomFormat\": \"CycloneDX\" nor "
            "\"spdxVersion\" at the top level."));
    }
    if (in.failed())
        return R::failure(in.error);

    // Refs are unique: the first of a duplicate is kept. Edges between unknown refs go.
    QSet<QString> refs;
    QList<SbomComponent> unique;
    unique.reserve(doc.components.size());
    for (const SbomComponent &c : std::as_const(doc.components)) {
        if (refs.contains(c.ref) || c.ref == doc.subjectRef) {
            if (doc.warnings.size() < 100)
                doc.warnings.append(QCoreApplication::translate(
                    "SbomDocument", "Component ref “%1” is listed twice; the first is kept.")
                        .arg(c.ref.left(200)));
            continue;
        }
        refs.insert(c.ref);
        unique.append(c);
    }
    doc.components = unique;
    qsizetype dropped = 0;
    doc.dependencies.removeIf([&](const SbomDependency &d) {
        const bool known = (refs.contains(d.from) || (!doc.subjectRef.isEmpty() && d.from == doc.subjectRef))
            && refs.contains(d.to);
        dropped += known ? 0 : 1;
        return !known;
    });
    if (dropped > 0)
        doc.warnings.append(QCoreApplication::translate(
            "SbomDocument", "%1 dependencies name components the SBOM does not list; they were left out.")
                .arg(dropped));
    return doc;
}
