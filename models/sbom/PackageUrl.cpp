#include "PackageUrl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace {

enum class Namespace { Optional, Required, Prohibited };

/// What the registered type definitions (purl-spec types/*-definition.json) say about
/// namespace, name and version: whether a namespace is required or forbidden, and which
/// components are case-insensitive (canonical in lower case).
struct TypeRule
{
    const char16_t *type;
    Namespace nameSpace;
    bool lowerNamespace;
    bool lowerName;
    bool lowerVersion;
};

constexpr TypeRule kTypeRules[] = {
    {u"alpm", Namespace::Required, true, true, false},
    {u"apk", Namespace::Required, true, true, false},
    {u"bazel", Namespace::Prohibited, false, false, false},
    {u"bitbucket", Namespace::Required, true, true, false},
    {u"bitnami", Namespace::Prohibited, false, true, false},
    {u"brew", Namespace::Optional, true, true, false},
    {u"cargo", Namespace::Prohibited, false, false, false},
    {u"chrome-extension", Namespace::Prohibited, false, true, false},
    {u"cocoapods", Namespace::Prohibited, false, false, false},
    {u"composer", Namespace::Required, true, true, false},
    {u"conan", Namespace::Optional, false, false, false},
    {u"conda", Namespace::Prohibited, false, false, false},
    {u"cpan", Namespace::Optional, false, false, false},
    {u"cran", Namespace::Prohibited, false, false, false},
    {u"deb", Namespace::Required, true, true, false},
    {u"docker", Namespace::Optional, false, false, false},
    {u"gem", Namespace::Prohibited, false, false, false},
    {u"generic", Namespace::Optional, false, false, false},
    {u"git", Namespace::Required, false, false, false},
    {u"github", Namespace::Required, true, true, false},
    {u"golang", Namespace::Required, false, false, false},
    {u"hackage", Namespace::Prohibited, false, false, false},
    {u"hex", Namespace::Optional, true, true, false},
    {u"huggingface", Namespace::Required, false, false, true},
    {u"julia", Namespace::Prohibited, false, false, false},
    {u"luarocks", Namespace::Optional, true, true, false},
    {u"maven", Namespace::Required, false, false, false},
    {u"mlflow", Namespace::Prohibited, false, false, false},
    {u"npm", Namespace::Optional, false, false, false},
    {u"nuget", Namespace::Prohibited, false, false, false},
    {u"oci", Namespace::Prohibited, false, true, true},
    {u"opam", Namespace::Prohibited, false, false, false},
    {u"otp", Namespace::Prohibited, false, true, false},
    {u"pub", Namespace::Prohibited, false, true, false},
    {u"pypi", Namespace::Prohibited, false, true, true},
    {u"qpkg", Namespace::Required, true, false, false},
    {u"rpm", Namespace::Required, true, false, false},
    {u"swid", Namespace::Optional, false, false, false},
    {u"swift", Namespace::Required, false, false, false},
    {u"vcpkg", Namespace::Prohibited, false, false, false},
    {u"vscode-extension", Namespace::Required, true, true, true},
    {u"yocto", Namespace::Optional, true, false, false},
};

/// Qualifiers a type definition marks as required.
struct RequiredQualifier
{
    const char16_t *type;
    const char16_t *key;
};

constexpr RequiredQualifier kRequiredQualifiers[] = {
    {u"julia", u"uuid"},
    {u"swid", u"tag_id"},
};

const TypeRule *ruleFor(const QString &type)
{
    const auto *it = std::find_if(std::begin(kTypeRules), std::end(kTypeRules),
        [&type](const TypeRule &r) { return type == QStringView(r.type); });
    return it == std::end(kTypeRules) ? nullptr : it;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("PackageUrl", text);
}

QString excerpt(QStringView text)
{
    return text.left(60).toString() + (text.size() > 60 ? QStringLiteral("…") : QString());
}

bool isUnreserved(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
        || c == u'-' || c == u'_' || c == u'~';
}

/// Percent-encodes all but the unreserved characters and ':' (never encoded in a purl).
QString encode(const QString &text)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QString out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size());
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        if (c < 0x80 && (isUnreserved(c) || c == ':')) {
            out.append(QChar(char16_t(c)));
        } else {
            out.append(u'%');
            out.append(QLatin1Char(hex[c >> 4]));
            out.append(QLatin1Char(hex[c & 0xF]));
        }
    }
    return out;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

/// Percent-decodes one component; a '%' not followed by two hex digits, or bytes that are
/// not UTF-8, are errors rather than guesses.
Result<QString> decode(QStringView text, const char *component)
{
    if (!text.contains(u'%'))
        return text.toString();
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'%') {
            // A whole unencoded run at once, so a surrogate pair stays one character.
            qsizetype end = text.indexOf(u'%', i);
            if (end < 0)
                end = text.size();
            bytes.append(text.mid(i, end - i).toUtf8());
            i = end - 1;
            continue;
        }
        const int hi = i + 1 < text.size() ? hexValue(text.at(i + 1)) : -1;
        const int lo = i + 2 < text.size() ? hexValue(text.at(i + 2)) : -1;
        if (hi < 0 || lo < 0)
            return Result<QString>::failure(
                QCoreApplication::translate("PackageUrl", "The %1 “%2” has a bad percent-encoding at “%3”.")
                    .arg(tr(component), excerpt(text), excerpt(text.mid(i))));
        bytes.append(char(hi * 16 + lo));
        i += 2;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString out = utf8.decode(bytes);
    if (utf8.hasError())
        return Result<QString>::failure(
            QCoreApplication::translate("PackageUrl", "The %1 “%2” does not decode to UTF-8 text.")
                .arg(tr(component), excerpt(text)));
    return out;
}

bool isValidType(QStringView type)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9.-]*$"));
    return pattern.matchView(type).hasMatch();
}

bool isValidKey(QStringView key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]*$"));
    return pattern.matchView(key).hasMatch();
}

/// Segments of a namespace or subpath: split on '/', empty ones dropped (leading, trailing
/// and doubled slashes are not significant).
QStringList segments(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

QString joinEncoded(const QStringList &parts)
{
    QStringList encoded;
    encoded.reserve(parts.size());
    for (const QString &p : parts)
        encoded.append(encode(p));
    return encoded.join(u'/');
}

Result<PackageUrl> fail(const QString &message)
{
    return Result<PackageUrl>::failure(message);
}

/// The type-independent and type-specific rules, on decoded components.
Result<PackageUrl> normalise(PackageUrl p)
{
    if (p.type.isEmpty())
        return fail(tr("A package URL needs a type (such as npm or maven)."));
    if (!isValidType(p.type))
        return fail(QCoreApplication::translate("PackageUrl",
            "The package type “%1” may hold only letters, digits, '.' and '-', and must start with "
            "a letter.")
                .arg(excerpt(p.type)));
    p.type = p.type.toLower();

    // Namespace and subpath: segments that hold no '/', and no "." or ".." in a subpath.
    QStringList ns = segments(p.nameSpace);
    QStringList sub;
    for (const QString &s : segments(p.subpath)) {
        if (s != u"." && s != u"..")
            sub.append(s);
    }
    while (p.name.startsWith(u'/'))
        p.name.remove(0, 1);
    while (p.name.endsWith(u'/'))
        p.name.chop(1);
    if (p.name.isEmpty())
        return fail(tr("A package URL needs a name."));

    QMap<QString, QString> qualifiers;
    for (auto it = p.qualifiers.cbegin(); it != p.qualifiers.cend(); ++it) {
        const QString key = it.key().toLower();
        if (!isValidKey(key))
            return fail(QCoreApplication::translate("PackageUrl",
                "The qualifier key “%1” may hold only letters, digits, '.', '-' and '_', and must "
                "start with a letter.")
                    .arg(excerpt(it.key())));
        if (qualifiers.contains(key))
            return fail(
                QCoreApplication::translate("PackageUrl", "The qualifier “%1” is given twice.").arg(key));
        if (!it.value().isEmpty())
            qualifiers.insert(key, it.value());
    }

    if (const TypeRule *rule = ruleFor(p.type)) {
        if (rule->nameSpace == Namespace::Required && ns.isEmpty())
            return fail(QCoreApplication::translate("PackageUrl", "A “%1” package URL needs a namespace.")
                    .arg(p.type));
        if (rule->nameSpace == Namespace::Prohibited && !ns.isEmpty())
            return fail(QCoreApplication::translate("PackageUrl", "A “%1” package URL has no namespace.")
                    .arg(p.type));
        if (rule->lowerNamespace) {
            for (QString &s : ns)
                s = s.toLower();
        }
        if (rule->lowerName)
            p.name = p.name.toLower();
        if (rule->lowerVersion)
            p.version = p.version.toLower();
    }
    if (p.type == u"git") {
        // The namespace is the host, the name the path on it ("forgejo/forgejo").
        QStringList path = ns + segments(p.name);
        if (path.size() < 2)
            return fail(tr("A git package URL needs a host and a repository path."));
        ns = {path.takeFirst()};
        p.name = path.join(u'/');
    }
    if (p.type == u"mlflow"
        && p.qualifiers.value(QStringLiteral("repository_url")).contains(u"databricks", Qt::CaseInsensitive))
        p.name = p.name.toLower(); // Databricks model names are case-insensitive, Azure ML ones are not
    if (p.type == u"pypi")
        p.name.replace(u'_', u'-'); // PEP 503 names: "Django_Rest" is "django-rest"
    if (p.type == u"cpan" && p.name.contains(QStringLiteral("::")))
        return fail(tr("A CPAN package URL names a distribution (“URI-PackageURL”), not a module "
                       "(“URI::PackageURL”)."));
    if (p.type == u"chrome-extension") {
        static const QRegularExpression id(QStringLiteral("^[a-p]{32}$"));
        static const QRegularExpression version(QStringLiteral("^[0-9]+(\\.[0-9]+){0,3}$"));
        if (!id.match(p.name).hasMatch())
            return fail(tr("A Chrome extension is named by its 32-letter id (letters a to p)."));
        if (!p.version.isEmpty() && !version.match(p.version).hasMatch())
            return fail(tr("A Chrome extension version is one to four numbers separated by dots."));
    }
    for (const RequiredQualifier &r : kRequiredQualifiers) {
        if (p.type == QStringView(r.type) && !qualifiers.contains(QString::fromUtf16(r.key)))
            return fail(
                QCoreApplication::translate("PackageUrl", "A “%1” package URL needs the qualifier “%2”.")
                    .arg(p.type, QString::fromUtf16(r.key)));
    }

    p.nameSpace = ns.join(u'/');
    p.subpath = sub.join(u'/');
    p.qualifiers = qualifiers;
    return p;
}

} // namespace

Result<PackageUrl> PackageUrl::parse(QStringView text)
{
    if (text.size() > MaxLength)
        return fail(QCoreApplication::translate("PackageUrl", "A package URL is at most %1 characters long.")
                .arg(MaxLength));
    text = text.trimmed();
    PackageUrl p;
    QStringView rest = text;

    // Right to left, as the specification parses: subpath, qualifiers, then the path.
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0) {
        QStringList parts;
        for (QStringView s : rest.mid(hash + 1).split(u'/', Qt::SkipEmptyParts)) {
            auto segment = decode(s, QT_TRANSLATE_NOOP("PackageUrl", "subpath"));
            if (!segment)
                return fail(segment.error());
            if (segment->contains(u'/'))
                return fail(QCoreApplication::translate("PackageUrl", "A subpath segment “%1” holds a '/'.")
                        .arg(excerpt(*segment)));
            parts.append(*segment);
        }
        p.subpath = parts.join(u'/');
        rest = rest.left(hash);
    }
    if (const qsizetype question = rest.indexOf(u'?'); question >= 0) {
        for (QStringView pair : rest.mid(question + 1).split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals <= 0)
                return fail(QCoreApplication::translate("PackageUrl", "The qualifier “%1” is not key=value.")
                        .arg(excerpt(pair)));
            const QString key = pair.left(equals).toString().toLower();
            if (!isValidKey(key))
                return fail(QCoreApplication::translate("PackageUrl",
                    "The qualifier key “%1” may hold only letters, digits, '.', '-' and '_', and must "
                    "start with a letter.")
                        .arg(excerpt(pair.left(equals))));
            if (p.qualifiers.contains(key))
                return fail(
                    QCoreApplication::translate("PackageUrl", "The qualifier “%1” is given twice.").arg(key));
            auto value = decode(pair.mid(equals + 1), QT_TRANSLATE_NOOP("PackageUrl", "qualifier"));
            if (!value)
                return fail(value.error());
            p.qualifiers.insert(key, *value);
        }
        rest = rest.left(question);
    }

    const qsizetype colon = rest.indexOf(u':');
    if (colon < 0 || rest.left(colon).compare(u"pkg", Qt::CaseInsensitive) != 0)
        return fail(
            QCoreApplication::translate("PackageUrl", "“%1” is not a package URL: it must start with “pkg:”.")
                .arg(excerpt(text)));
    rest = rest.mid(colon + 1);
    while (rest.startsWith(u'/'))
        rest = rest.mid(1); // "pkg://npm/…" is read as "pkg:npm/…"

    const qsizetype slash = rest.indexOf(u'/');
    p.type = (slash < 0 ? rest : rest.left(slash)).toString();
    if (!isValidType(p.type))
        return fail(QCoreApplication::translate("PackageUrl",
            "The package type “%1” may hold only letters, digits, '.' and '-', and must start with "
            "a letter.")
                .arg(excerpt(p.type)));
    rest = slash < 0 ? QStringView() : rest.mid(slash + 1);

    // An '@' before the last '/' is part of the path ("pkg:npm/@babel/core"), not a version.
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0 && at > rest.lastIndexOf(u'/')) {
        auto version = decode(rest.mid(at + 1), QT_TRANSLATE_NOOP("PackageUrl", "version"));
        if (!version)
            return fail(version.error());
        p.version = *version;
        rest = rest.left(at);
        if (rest.endsWith(u'/')) // "pkg:swift/github.com/Alamofire/@5.4.3" names nothing
            return fail(tr("A package URL needs a name."));
    }
    while (rest.endsWith(u'/'))
        rest.chop(1);
    const qsizetype nameStart = rest.lastIndexOf(u'/');
    auto name = decode(rest.mid(nameStart + 1), QT_TRANSLATE_NOOP("PackageUrl", "name"));
    if (!name)
        return fail(name.error());
    p.name = *name;
    if (p.name.contains(u'/'))
        return fail(
            QCoreApplication::translate("PackageUrl", "The name “%1” holds a '/'.").arg(excerpt(p.name)));
    QStringList ns;
    if (nameStart > 0) {
        for (QStringView s : rest.left(nameStart).split(u'/', Qt::SkipEmptyParts)) {
            auto segment = decode(s, QT_TRANSLATE_NOOP("PackageUrl", "namespace"));
            if (!segment)
                return fail(segment.error());
            if (segment->contains(u'/'))
                return fail(QCoreApplication::translate("PackageUrl", "A namespace segment “%1” holds a '/'.")
                        .arg(excerpt(*segment)));
            ns.append(*segment);
        }
    }
    p.nameSpace = ns.join(u'/');
    return normalise(std::move(p));
}

Result<PackageUrl> PackageUrl::fromComponents(const PackageUrl &components)
{
    const qsizetype size = components.type.size() + components.nameSpace.size() + components.name.size()
        + components.version.size() + components.subpath.size();
    if (size > MaxLength)
        return fail(QCoreApplication::translate("PackageUrl", "A package URL is at most %1 characters long.")
                .arg(MaxLength));
    for (const QString &s : segments(components.nameSpace)) {
        if (s == u"." || s == u"..")
            return fail(tr("A namespace segment may not be “.” or “..”."));
    }
    return normalise(components);
}

QString PackageUrl::withoutVersion() const
{
    QString out = u"pkg:" + type + u'/';
    if (!nameSpace.isEmpty())
        out += joinEncoded(segments(nameSpace)) + u'/';
    // Only git names are paths ("pkg:git/codeberg.org/forgejo/forgejo").
    return out + (type == u"git" ? joinEncoded(segments(name)) : encode(name));
}

QString PackageUrl::toString() const
{
    QString out = withoutVersion();
    if (!version.isEmpty())
        out += u'@' + encode(version);
    QStringList pairs;
    for (auto it = qualifiers.cbegin(); it != qualifiers.cend(); ++it) {
        if (!it.value().isEmpty())
            pairs.append(it.key() + u'=' + encode(it.value()));
    }
    if (!pairs.isEmpty())
        out += u'?' + pairs.join(u'&'); // QMap keeps the keys sorted
    if (!subpath.isEmpty())
        out += u'#' + joinEncoded(segments(subpath));
    return out;
}
