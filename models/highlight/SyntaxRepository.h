#pragma once

#include <QString>

class QPalette;

namespace KSyntaxHighlighting {
class Definition;
class Repository;
class Theme;
} // namespace KSyntaxHighlighting

/// The one KSyntaxHighlighting::Repository of the application, shared by the evidence
/// viewers and the PDF report: loading the definitions takes tens of milliseconds and
/// several megabytes, so it is done once, on first use, in the thread that first asks
/// (the GUI thread). Not thread-safe; worker threads get their own Repository.
namespace SyntaxRepository {

KSyntaxHighlighting::Repository &instance();

/// The definition for a file, by its name and (when the name says nothing) its content:
/// a report's attachment is often named "poc" or "request.txt". An invalid definition
/// (KSyntaxHighlighting's plain text) when neither is recognised.
KSyntaxHighlighting::Definition definitionFor(const QString &fileName, const QByteArray &head);

/// The default light or dark theme, whichever suits the palette's base colour.
KSyntaxHighlighting::Theme themeFor(const QPalette &palette);

} // namespace SyntaxRepository
