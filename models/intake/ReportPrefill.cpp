#include "ReportPrefill.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace {

enum class Heading { None, Product, Version, Description, Steps, Other };

struct HeadingName
{
    Heading heading;
    const char *text; // lower case
};

// Longest first, so "software version" wins over "version".
constexpr std::array kHeadings {
    HeadingName {Heading::Steps, "steps to reproduce"},
    HeadingName {Heading::Steps, "reproduction steps"},
    HeadingName {Heading::Steps, "how to reproduce"},
    HeadingName {Heading::Steps, "proof of concept"},
    HeadingName {Heading::Steps, "reproduction"},
    HeadingName {Heading::Steps, "poc"},
    HeadingName {Heading::Version, "affected software version"},
    HeadingName {Heading::Version, "software version"},
    HeadingName {Heading::Version, "firmware version"},
    HeadingName {Heading::Version, "affected versions"},
    HeadingName {Heading::Version, "affected version"},
    HeadingName {Heading::Version, "version"},
    HeadingName {Heading::Version, "firmware"},
    HeadingName {Heading::Product, "affected product"},
    HeadingName {Heading::Product, "product model"},
    HeadingName {Heading::Product, "product"},
    HeadingName {Heading::Product, "model"},
    HeadingName {Heading::Product, "device"},
    HeadingName {Heading::Description, "vulnerability description"},
    HeadingName {Heading::Description, "description"},
    HeadingName {Heading::Description, "summary"},
    HeadingName {Heading::Description, "details"},
    HeadingName {Heading::Other, "impact"},
    HeadingName {Heading::Other, "mitigation"},
    HeadingName {Heading::Other, "references"},
    HeadingName {Heading::Other, "credit"},
    HeadingName {Heading::Other, "timeline"},
};

// A heading line: optional Markdown marks ("## ", "**"), the heading, optional marks, and a
// colon or the end of the line; returns the value after a colon.
Heading headingOf(const QString &line, QString *inlineValue)
{
    // Cheap test first: most lines of a report are not headings.
    const auto isMark = [](QChar c) {
        return c.isSpace() || c == u'#' || c == u'*' || c == u'_' || c == u'>' || c == u'-';
    };
    qsizetype start = 0;
    while (start < line.size() && isMark(line.at(start)))
        ++start;
    if (start >= line.size() || line.size() - start > 200)
        return Heading::None;
    const QString text = line.mid(start);
    for (const HeadingName &name : kHeadings) {
        const QLatin1StringView heading(name.text);
        if (!text.startsWith(heading, Qt::CaseInsensitive))
            continue;
        qsizetype at = heading.size();
        while (at < text.size() && (text.at(at) == u'*' || text.at(at) == u'_' || text.at(at).isSpace()))
            ++at;
        if (at == text.size()) {
            inlineValue->clear();
            return name.heading;
        }
        if (text.at(at) == u':') {
            qsizetype from = at + 1;
            while (from < text.size() && (text.at(from) == u'*' || text.at(from) == u'_'))
                ++from;
            *inlineValue = text.mid(from).trimmed();
            return name.heading;
        }
    }
    return Heading::None;
}

QString cleanSubject(QString subject, const QString &pattern)
{
    static const QRegularExpression prefixes(
        QStringLiteral("^\\s*((re|fw|fwd|aw|wg|sv|vs)\\s*(\\[\\d+\\])?\\s*:\\s*)+"),
        QRegularExpression::CaseInsensitiveOption);
    subject.remove(prefixes);
    // A tag in brackets before the subject proper ("[PSIRT-2099-9999]", "[EXT]") names a
    // thread or a mail gateway, not the report.
    static const QRegularExpression tags(QStringLiteral("^(\\s*\\[[^\\]\\[]{1,64}\\])+"));
    subject.remove(tags);
    const qsizetype at = subject.indexOf(pattern, 0, Qt::CaseInsensitive);
    if (at >= 0)
        subject.remove(at, pattern.size());
    static const QRegularExpression separators(QStringLiteral("^[\\s:\\-–—#\\[\\]]+"));
    subject.remove(separators);
    return subject.simplified();
}

} // namespace

namespace ReportPrefill {

QString matchingPattern(const QString &subject, const QStringList &patterns)
{
    for (const QString &pattern : patterns) {
        if (subject.contains(pattern, Qt::CaseInsensitive))
            return pattern;
    }
    return {};
}

QString notStatedText()
{
    return QCoreApplication::translate("ReportPrefill", "(not stated in the e-mail)");
}

NewReport fromMessage(const MailMessage &message, const QString &pattern)
{
    NewReport report;
    report.channel = message.pgp.decrypted ? IntakeChannel::EncryptedEmail : IntakeChannel::Email;
    report.receivedAt = message.date;
    report.reporterName = message.fromName.left(CaseFieldInfo::maxLength(CaseField::ReporterName));
    report.reporterEmail = message.fromAddress.left(CaseFieldInfo::maxLength(CaseField::ReporterEmail));
    if (!validateCaseField(CaseField::ReporterEmail, report.reporterEmail).isEmpty()) {
        if (report.reporterName.isEmpty())
            report.reporterName
                = report.reporterEmail.left(CaseFieldInfo::maxLength(CaseField::ReporterName));
        report.reporterEmail.clear();
    }
    report.title = cleanSubject(message.subject, pattern).left(CaseFieldInfo::maxLength(CaseField::Title));
    if (report.title.isEmpty())
        report.title = QCoreApplication::translate("ReportPrefill", "Report by e-mail");

    QString description;
    QString steps;
    QString *paragraph = nullptr;
    QString other;
    for (const QString &line : message.body.split(u'\n')) {
        QString value;
        const Heading heading = headingOf(line, &value);
        switch (heading) {
        case Heading::Product:
        case Heading::Version: {
            QString &field = heading == Heading::Product ? report.product : report.productVersion;
            if (field.isEmpty() && !value.isEmpty())
                field = value.left(200);
            // A value on the next line is taken as a one-line paragraph.
            paragraph = value.isEmpty() && field.isEmpty() ? &field : nullptr;
            continue;
        }
        case Heading::Description:
            paragraph = &description;
            break;
        case Heading::Steps:
            paragraph = &steps;
            break;
        case Heading::Other:
            paragraph = &other;
            break;
        case Heading::None:
            if (paragraph == &report.product || paragraph == &report.productVersion) {
                if (!line.trimmed().isEmpty()) {
                    *paragraph = line.trimmed().left(200);
                    paragraph = nullptr;
                }
                continue;
            }
            if (paragraph)
                paragraph->append(line + u'\n');
            continue;
        }
        if (!value.isEmpty())
            paragraph->append(value + u'\n');
    }
    report.description = description.trimmed();
    // Without a description heading, the whole text is the description.
    if (report.description.isEmpty())
        report.description = message.body.trimmed();
    if (report.description.isEmpty())
        report.description = report.title;
    report.stepsToReproduce = steps.trimmed();
    report.description.truncate(CaseFieldInfo::maxLength(CaseField::Description));
    report.stepsToReproduce.truncate(CaseFieldInfo::maxLength(CaseField::StepsToReproduce));
    return report;
}

} // namespace ReportPrefill
