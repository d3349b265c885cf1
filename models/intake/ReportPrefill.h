#pragma once

#include "MailMessage.h"
#include "core/Case.h"

#include <QString>
#include <QStringList>

/// Turns a report e-mail into a pre-filled new report. The subject patterns (several, team
/// settings: TeamSettings::Key::IntakeSubjectPatterns) decide which messages are reports; the form's fields
/// come from headings a researcher is likely to use ("Product:", "Software version:", "Description", "Steps
/// to reproduce", …), a heading either followed by its value on the same line or by a paragraph. The analyst
/// confirms what is found.
namespace ReportPrefill {

/// The pattern the subject carries (case-insensitive, anywhere after Re:/Fwd:), or empty.
QString matchingPattern(const QString &subject, const QStringList &patterns);

/// The report the message proposes. Product and version that the text does not state stay
/// empty; the analyst (or, from the command line, a placeholder) supplies them.
NewReport fromMessage(const MailMessage &message, const QString &pattern);

/// What the command line stores for a required field the e-mail did not state.
QString notStatedText();

} // namespace ReportPrefill
