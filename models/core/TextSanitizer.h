#pragma once

#include <QString>

/// Report text is hostile. Stored text must round-trip unchanged on both backends, but
/// PostgreSQL's text type cannot hold U+0000; and a display must never let control or bidi
/// characters hide or reorder what the analyst reads. These helpers do both jobs.
namespace TextSanitizer {

/// Reversible escaping for storage with the private-use escape E = U+E000: U+0000 becomes
/// E '0', U+FFFE E '1', U+FFFF E '2', and E itself E E.
/// Applied identically on SQLite and PostgreSQL, so both store the same bytes.
QString encodeForStorage(const QString &text);
QString decodeFromStorage(const QString &stored);

/// For one-line display (table cells, titles): C0/C1 controls and line breaks become visible
/// control pictures, bidi embedding/override/isolate controls become visible markers.
QString singleLine(const QString &text);

/// For multi-line plain-text display: keeps tab and line feed, makes every other control
/// and bidi formatting character visible.
QString multiLine(const QString &text);

/// For documents that leave the team (CSAF, CVE records): the one rule every exporter applies
/// to every text. Line breaks become LF (CR LF and lone CR included) and stay real line
/// breaks, as does TAB; every other C0 and C1 control, DEL and U+0000 is removed (JSON could
/// escape them, but no reader of an advisory means them). Everything else, bidi formatting
/// characters of right-to-left text included, is kept as written: the JSON writer escapes
/// what JSON requires.
QString forDocument(const QString &text);
/// forDocument() for one-line fields (titles, names, versions): line breaks and tabs become
/// single spaces, and the ends are trimmed.
QString forDocumentLine(const QString &text);

/// True if the text holds characters that singleLine() would make visible.
bool hasInvisibleControls(const QString &text);

} // namespace TextSanitizer
