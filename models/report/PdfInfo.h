#pragma once

#include <QByteArray>
#include <QString>

/// QPdfWriter (Qt 6.8) writes only Title and Creator into a PDF's document information;
/// product teams file reports by author and subject too. This appends a standard
/// incremental update (ISO 32000-1, 7.5.6) with a complete information dictionary, which
/// every reader prefers over the original one. The original bytes stay untouched.
namespace PdfInfo {

/// The PDF with the new information dictionary, or the PDF unchanged when its trailer is not
/// the classic kind QPdfWriter writes.
QByteArray withDocumentInfo(const QByteArray &pdf, const QString &title, const QString &author,
    const QString &subject, const QString &creator);

} // namespace PdfInfo
