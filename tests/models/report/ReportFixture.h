#pragma once

#include "core/Case.h"
#include "storage/CaseStore.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// Cases for the report tests and bench-reports, and the poppler tools that read the PDFs
/// back as a reader would (pdftotext, pdfinfo, pdftoppm).
namespace ReportFixture {

/// A scored, acknowledged case with a reporter, steps in a shell script and a short history;
/// the reporter consents to sharing their identity when consent is set. Imported as is.
Case sampleCase(bool consent);
/// A case long enough for a report of about pages pages: long description and steps, and
/// a long audit trail (in *trail).
Case longCase(int pages, QList<AuditEntry> *trail);
/// A short audit trail for sampleCase(): created, acknowledged, an e-mail correction.
QList<AuditEntry> sampleTrail(const Case &c);

/// Imports c with its trail and adds a primary CVSS 3.1 score; returns the new case's id or 0.
qint64 store(CaseStore &store, const Case &c, const QList<AuditEntry> &trail);

/// The text of each page (pdftotext per page), or an empty list and *error.
QStringList pageTexts(const QString &pdfPath, int pages, QString *error);
/// The text of each page with its layout kept (pdftotext -layout): a table row is a line.
QStringList pageLayoutTexts(const QString &pdfPath, int pages, QString *error);
/// One page as SVG (pdftocairo -svg): vector paths stay <path> elements, images <image>.
QString pageSvg(const QString &pdfPath, int page, QString *error);
/// The number of images in the PDF (pdfimages -list), or -1.
int imageCount(const QString &pdfPath);
/// pdfinfo's fields ("Title", "Pages", …).
QMap<QString, QString> pdfInfo(const QString &pdfPath);

} // namespace ReportFixture
