#include "CvssCalculatorPane.h"

#include "cvss/CvssMetricCatalog.h"
#include "cvss/CvssVector.h"
#include "cvss/SsvcDecisionTree.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

// Severity band colours (background, text), readable on light and dark palettes alike.
QPair<QString, QString> bandColours(CvssSeverity severity)
{
    switch (severity) {
    case CvssSeverity::None:
        return {QStringLiteral("#8a8a8a"), QStringLiteral("#ffffff")};
    case CvssSeverity::Low:
        return {QStringLiteral("#f2c300"), QStringLiteral("#1f1f1f")};
    case CvssSeverity::Medium:
        return {QStringLiteral("#ef8a00"), QStringLiteral("#1f1f1f")};
    case CvssSeverity::High:
        return {QStringLiteral("#d9480f"), QStringLiteral("#ffffff")};
    case CvssSeverity::Critical:
        return {QStringLiteral("#a4001d"), QStringLiteral("#ffffff")};
    }
    return {};
}

QString outcomeColour(SsvcDecisionTree::Outcome outcome)
{
    switch (outcome) {
    case SsvcDecisionTree::Outcome::Defer:
        return QStringLiteral("#8a8a8a");
    case SsvcDecisionTree::Outcome::Scheduled:
        return QStringLiteral("#2f7d32");
    case SsvcDecisionTree::Outcome::OutOfCycle:
        return QStringLiteral("#d9480f");
    case SsvcDecisionTree::Outcome::Immediate:
        return QStringLiteral("#a4001d");
    }
    return {};
}

const SsvcDecisionTree &ssvcTree(int index)
{
    return index == 0 ? SsvcDecisionTree::supplier() : SsvcDecisionTree::deployer();
}

// A header button that shows or hides the widget below it.
QToolButton *collapsibleHeader(const QString &title, QWidget *content, bool expanded, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(title);
    button->setCheckable(true);
    button->setChecked(expanded);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    button->setAutoRaise(true);
    QFont font = button->font();
    font.setBold(true);
    button->setFont(font);
    content->setVisible(expanded);
    QObject::connect(button, &QToolButton::toggled, content, [button, content](bool on) {
        button->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        content->setVisible(on);
    });
    return button;
}

} // namespace

CvssCalculatorPane::CvssCalculatorPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cvssCalculatorPane"));
    auto *layout = new QVBoxLayout(this);

    // Version and score.
    auto *header = new QHBoxLayout;
    auto *versionLabel = new QLabel(tr("&Version:"), this);
    m_versionCombo = new QComboBox(this);
    m_versionCombo->setObjectName(QStringLiteral("versionCombo"));
    m_versionCombo->addItem(tr("CVSS 4.0"), int(CvssVersion::V4_0));
    m_versionCombo->addItem(tr("CVSS 3.1"), int(CvssVersion::V3_1));
    m_versionCombo->addItem(tr("CVSS 3.0"), int(CvssVersion::V3_0));
    m_versionCombo->addItem(tr("CVSS 2.0"), int(CvssVersion::V2_0));
    versionLabel->setBuddy(m_versionCombo);
    header->addWidget(versionLabel);
    header->addWidget(m_versionCombo);
    header->addStretch();
    m_nomenclatureLabel = new QLabel(this);
    m_nomenclatureLabel->setObjectName(QStringLiteral("nomenclatureLabel"));
    header->addWidget(m_nomenclatureLabel);
    m_scoreLabel = new QLabel(this);
    m_scoreLabel->setObjectName(QStringLiteral("scoreLabel"));
    QFont big = m_scoreLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_scoreLabel->setFont(big);
    header->addWidget(m_scoreLabel);
    m_severityLabel = new QLabel(this);
    m_severityLabel->setObjectName(QStringLiteral("severityLabel"));
    m_severityLabel->setAlignment(Qt::AlignCenter);
    m_severityLabel->setMinimumWidth(110);
    header->addWidget(m_severityLabel);
    layout->addLayout(header);

    // Vector string and actions.
    auto *vectorRow = new QHBoxLayout;
    m_vectorEdit = new QLineEdit(this);
    m_vectorEdit->setObjectName(QStringLiteral("vectorEdit"));
    m_vectorEdit->setPlaceholderText(tr("Paste a CVSS vector, e.g. CVSS:4.0/AV:N/AC:L/…"));
    m_vectorEdit->setToolTip(tr("The vector string. Paste or type one to set the metrics."));
    m_vectorEdit->setMaxLength(CvssVector::kMaxLength);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_vectorEdit->setFont(mono);
    vectorRow->addWidget(m_vectorEdit, 1);
    auto *copyButton = new QPushButton(tr("&Copy"), this);
    copyButton->setObjectName(QStringLiteral("copyButton"));
    copyButton->setToolTip(tr("Copy the vector string to the clipboard"));
    auto *resetButton = new QPushButton(tr("&Reset"), this);
    resetButton->setObjectName(QStringLiteral("resetButton"));
    resetButton->setToolTip(tr("Clear every optional metric and restore the default base metrics"));
    auto *applyButton = new QPushButton(tr("&Apply to Case"), this);
    applyButton->setObjectName(QStringLiteral("applyButton"));
    applyButton->setToolTip(tr("Store this vector with the current case"));
    vectorRow->addWidget(copyButton);
    vectorRow->addWidget(resetButton);
    vectorRow->addWidget(applyButton);
    layout->addLayout(vectorRow);

    // Inline error bar in the manner of KMessageWidget: shown only while the typed vector
    // is invalid, saying what and where.
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("vectorMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setStyleSheet(QStringLiteral("QLabel { background: #fbe9e7; color: #5d1a0e; border: 1px "
                                                 "solid #d9480f; border-radius: 4px; padding: 6px; }"));
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    // Metrics, explanation and SSVC scroll together.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_metricsHost = new QWidget(scroll);
    m_metricsLayout = new QVBoxLayout(m_metricsHost);
    m_metricsLayout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_metricsHost);
    layout->addWidget(scroll, 1);

    m_explanation = new QPlainTextEdit(m_metricsHost);
    m_explanation->setObjectName(QStringLiteral("explanationText"));
    m_explanation->setReadOnly(true);
    m_explanation->setFont(mono);
    m_explanation->setMinimumHeight(150);
    m_explainButton = collapsibleHeader(
        tr("How this score was computed (CVSS 4.0)"), m_explanation, false, m_metricsHost);
    m_explainButton->setObjectName(QStringLiteral("explainButton"));

    // SSVC.
    auto *ssvcBox = new QWidget(m_metricsHost);
    auto *ssvcLayout = new QVBoxLayout(ssvcBox);
    auto *treeRow = new QHBoxLayout;
    m_ssvcTreeCombo = new QComboBox(ssvcBox);
    m_ssvcTreeCombo->setObjectName(QStringLiteral("ssvcTreeCombo"));
    m_ssvcTreeCombo->addItem(tr("Supplier: patch development priority"));
    m_ssvcTreeCombo->addItem(tr("Deployer: patch application priority"));
    auto *treeLabel = new QLabel(tr("Decision &tree:"), ssvcBox);
    treeLabel->setBuddy(m_ssvcTreeCombo);
    treeRow->addWidget(treeLabel);
    treeRow->addWidget(m_ssvcTreeCombo, 1);
    ssvcLayout->addLayout(treeRow);
    m_ssvcInputs = new QWidget(ssvcBox);
    ssvcLayout->addWidget(m_ssvcInputs);
    auto *decisionRow = new QHBoxLayout;
    m_ssvcDecision = new QLabel(ssvcBox);
    m_ssvcDecision->setObjectName(QStringLiteral("ssvcDecision"));
    m_ssvcDecision->setAlignment(Qt::AlignCenter);
    m_ssvcDecision->setMinimumWidth(130);
    m_ssvcVectorEdit = new QLineEdit(ssvcBox);
    m_ssvcVectorEdit->setObjectName(QStringLiteral("ssvcVectorEdit"));
    m_ssvcVectorEdit->setReadOnly(true);
    m_ssvcVectorEdit->setFont(mono);
    auto *ssvcApply = new QPushButton(tr("Apply &SSVC to Case"), ssvcBox);
    ssvcApply->setObjectName(QStringLiteral("ssvcApplyButton"));
    decisionRow->addWidget(new QLabel(tr("Decision:"), ssvcBox));
    decisionRow->addWidget(m_ssvcDecision);
    decisionRow->addWidget(m_ssvcVectorEdit, 1);
    decisionRow->addWidget(ssvcApply);
    ssvcLayout->addLayout(decisionRow);
    QToolButton *ssvcHeader = collapsibleHeader(tr("SSVC decision"), ssvcBox, true, m_metricsHost);
    ssvcHeader->setObjectName(QStringLiteral("ssvcToggle"));

    m_metricsLayout->addWidget(m_explainButton);
    m_metricsLayout->addWidget(m_explanation);
    m_metricsLayout->addWidget(ssvcHeader);
    m_metricsLayout->addWidget(ssvcBox);
    m_metricsLayout->addStretch();

    connect(m_versionCombo, &QComboBox::currentIndexChanged, this,
        [this](int index) { setVersion(CvssVersion(m_versionCombo->itemData(index).toInt())); });
    connect(m_vectorEdit, &QLineEdit::textEdited, this, &CvssCalculatorPane::vectorEdited);
    connect(
        copyButton, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(vector()); });
    connect(resetButton, &QPushButton::clicked, this, &CvssCalculatorPane::reset);
    connect(applyButton, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(vector()); });
    connect(m_ssvcTreeCombo, &QComboBox::currentIndexChanged, this, &CvssCalculatorPane::rebuildSsvcInputs);
    connect(ssvcApply, &QPushButton::clicked, this, [this] { Q_EMIT ssvcApplyRequested(ssvcVector()); });

    reset();
    buildMetricRows();
    rebuildSsvcInputs();
    refresh();
}

CvssCalculatorPane::~CvssCalculatorPane() = default;

void CvssCalculatorPane::setVersion(CvssVersion version)
{
    const int index = m_versionCombo->findData(int(version));
    if (m_versionCombo->currentIndex() != index) {
        m_versionCombo->setCurrentIndex(index); // re-enters through currentIndexChanged
        return;
    }
    if (version == m_version && m_metricsWidget)
        return;
    m_version = version;
    if (version == CvssVersion::V3_0 || version == CvssVersion::V3_1)
        m_v3.setVersion(version);
    buildMetricRows();
    m_messageLabel->hide();
    refresh();
}

int CvssCalculatorPane::metricValue(int metric) const
{
    switch (m_version) {
    case CvssVersion::V2_0:
        return m_v2.value(Cvss2Vector::Metric(metric));
    case CvssVersion::V3_0:
    case CvssVersion::V3_1:
        return m_v3.value(Cvss3Vector::Metric(metric));
    case CvssVersion::V4_0:
        return m_v4.value(Cvss4Vector::Metric(metric));
    }
    return 0;
}

void CvssCalculatorPane::setMetricValue(int metric, int value)
{
    switch (m_version) {
    case CvssVersion::V2_0:
        m_v2.setValue(Cvss2Vector::Metric(metric), value);
        break;
    case CvssVersion::V3_0:
    case CvssVersion::V3_1:
        m_v3.setValue(Cvss3Vector::Metric(metric), value);
        break;
    case CvssVersion::V4_0:
        m_v4.setValue(Cvss4Vector::Metric(metric), value);
        break;
    }
}

void CvssCalculatorPane::buildMetricRows()
{
    delete m_metricsWidget;
    m_buttonGroups.clear();
    m_metricsWidget = new QWidget(m_metricsHost);
    // The chosen value must stand out at a glance, which the native style's "pressed"
    // look does not do; the palette keeps it right in dark themes.
    m_metricsWidget->setStyleSheet(
        QStringLiteral("QToolButton[cvssValue=\"true\"] { border: 1px solid palette(mid); border-radius: "
                       "3px; padding: 3px 6px; "
                       "background: palette(button); }"
                       "QToolButton[cvssValue=\"true\"]:hover { border-color: palette(highlight); }"
                       "QToolButton[cvssValue=\"true\"]:checked { background: palette(highlight); color: "
                       "palette(highlighted-text); "
                       "border-color: palette(highlight); font-weight: bold; }"));
    auto *outer = new QVBoxLayout(m_metricsWidget);
    outer->setContentsMargins(0, 0, 0, 0);
    const QList<CvssMetricDefinition> defs = CvssMetricCatalog::definitions(m_version);
    m_buttonGroups.resize(defs.size());
    for (const CvssMetricCatalog::Group &group : CvssMetricCatalog::groups(m_version)) {
        auto *content = new QWidget(m_metricsWidget);
        auto *grid = new QGridLayout(content);
        grid->setContentsMargins(12, 0, 0, 6);
        grid->setHorizontalSpacing(3);
        grid->setVerticalSpacing(4);
        int row = 0;
        for (qsizetype m = 0; m < defs.size(); ++m) {
            const CvssMetricDefinition &def = defs.at(m);
            if (def.group != group.id)
                continue;
            auto *label = new QLabel(
                CvssMetricCatalog::metricName(m_version, def.key) + u" (" + latin1(def.key) + u')', content);
            label->setToolTip(CvssMetricCatalog::metricDescription(m_version, def.key));
            grid->addWidget(label, row, 0);
            auto *buttonGroup = new QButtonGroup(content);
            buttonGroup->setExclusive(true);
            for (int v = 0; v < def.valueCount; ++v) {
                const std::string_view value = def.values[std::size_t(v)];
                auto *button = new QToolButton(content);
                button->setObjectName(u"metric_" + latin1(def.key) + u'_' + latin1(value));
                button->setText(
                    CvssMetricCatalog::valueName(m_version, def.key, value) + u" (" + latin1(value) + u')');
                button->setToolTip(CvssMetricCatalog::valueDescription(m_version, def.key, value));
                button->setCheckable(true);
                button->setProperty("cvssValue", true);
                button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
                buttonGroup->addButton(button, v);
                // One grid column per value position, so the buttons of a group line up
                // in columns as on FIRST's calculators.
                grid->addWidget(button, row, 1 + v);
            }
            const int metric = int(m);
            connect(buttonGroup, &QButtonGroup::idClicked, this,
                [this, metric](int id) { metricClicked(metric, id); });
            m_buttonGroups[m] = buttonGroup;
            ++row;
        }
        grid->setColumnStretch(7, 1); // spare room goes to the right of the widest row
        QToolButton *headerButton = collapsibleHeader(group.name, content, !group.optional, m_metricsWidget);
        headerButton->setObjectName(u"groupToggle_" + QString::number(group.id));
        outer->addWidget(headerButton);
        outer->addWidget(content);
    }
    m_metricsLayout->insertWidget(0, m_metricsWidget);
    // Widgets created after their parent was shown stay hidden until shown explicitly.
    m_metricsWidget->show();
    m_explainButton->setVisible(m_version == CvssVersion::V4_0);
    m_explanation->setVisible(m_version == CvssVersion::V4_0 && m_explainButton->isChecked());
}

void CvssCalculatorPane::metricClicked(int metric, int value)
{
    setMetricValue(metric, value);
    m_messageLabel->hide();
    refresh();
}

QString CvssCalculatorPane::vector() const
{
    switch (m_version) {
    case CvssVersion::V2_0:
        return m_v2.toString();
    case CvssVersion::V3_0:
    case CvssVersion::V3_1:
        return m_v3.toString();
    case CvssVersion::V4_0:
        return m_v4.toString();
    }
    return {};
}

bool CvssCalculatorPane::setVector(const QString &text)
{
    m_vectorEdit->setText(text);
    vectorEdited(text);
    return m_messageLabel->isHidden();
}

void CvssCalculatorPane::vectorEdited(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        m_messageLabel->hide();
        return;
    }
    CvssVector parsed;
    const CvssError error = parsed.parse(QStringView(trimmed));
    if (!error.ok()) {
        // Point at the offending part: the text around the position, with the part marked.
        const int position = qBound(0, error.position, int(trimmed.size()));
        const int length = qMax(1, error.length);
        const QString excerpt = trimmed.mid(qMax(0, position - 12), qMin(position, 12)) + u"▶"
            + trimmed.mid(position, length) + u"◀" + trimmed.mid(position + length, 12);
        showError(tr("Invalid vector: %1\n%2").arg(error.message(), excerpt));
        // An invalid vector has no score; the buttons keep the last valid one meanwhile.
        m_scoreLabel->setText(QStringLiteral("–"));
        m_severityLabel->setText(tr("Invalid"));
        m_severityLabel->setStyleSheet(
            QStringLiteral("QLabel { background: palette(mid); color: palette(button-text); border-radius: "
                           "4px; padding: 6px 10px; }"));
        return;
    }
    m_messageLabel->hide();
    switch (parsed.version()) {
    case CvssVersion::V2_0:
        m_v2 = parsed.v2();
        break;
    case CvssVersion::V3_0:
    case CvssVersion::V3_1:
        m_v3 = parsed.v3();
        break;
    case CvssVersion::V4_0:
        m_v4 = parsed.v4();
        break;
    }
    // Keep the user's text while they edit; refresh() rewrites it only on button changes.
    m_updating = true;
    setVersion(parsed.version());
    refresh();
    m_updating = false;
}

void CvssCalculatorPane::showError(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageLabel->show();
}

void CvssCalculatorPane::reset()
{
    m_v2 = Cvss2Vector();
    m_v3 = Cvss3Vector();
    m_v3.setVersion(m_version == CvssVersion::V3_0 ? CvssVersion::V3_0 : CvssVersion::V3_1);
    m_v4 = Cvss4Vector();
    if (m_messageLabel)
        m_messageLabel->hide();
    if (m_metricsWidget)
        refresh();
}

void CvssCalculatorPane::refresh()
{
    for (qsizetype m = 0; m < m_buttonGroups.size(); ++m) {
        if (QAbstractButton *button = m_buttonGroups.at(m)->button(metricValue(int(m))))
            button->setChecked(true);
    }
    if (!m_updating)
        m_vectorEdit->setText(vector());

    int score = 0;
    QString nomenclature;
    QString explanation;
    switch (m_version) {
    case CvssVersion::V2_0:
        score = m_v2.overallScore();
        nomenclature = m_v2.hasEnvironmental() ? tr("Environmental score")
            : m_v2.hasTemporal()               ? tr("Temporal score")
                                               : tr("Base score");
        break;
    case CvssVersion::V3_0:
    case CvssVersion::V3_1:
        score = m_v3.overallScore();
        nomenclature = m_v3.hasEnvironmental() ? tr("Environmental score")
            : m_v3.hasTemporal()               ? tr("Temporal score")
                                               : tr("Base score");
        break;
    case CvssVersion::V4_0: {
        const Cvss4Scores s = m_v4.scores();
        score = s.score;
        nomenclature = latin1(s.nomenclatureName());
        const QStringList eqNames {tr("EQ1 (AV/PR/UI)"), tr("EQ2 (AC/AT)"),
            tr("EQ3+EQ6 (VC/VI/VA, CR/IR/AR)"), tr("EQ4 (SC/SI/SA)"), tr("EQ5 (E)")};
        explanation = tr("MacroVector %1 (EQ1..EQ6 levels), its score %2.\n")
                          .arg(QString::fromLatin1(s.macroVector().data(), 6),
                              CvssVector::formatScore(s.macroVectorScore));
        for (int k = 0; k < 5; ++k) {
            const QString lower = s.lowerScore[std::size_t(k)] < 0
                ? tr("no lower MacroVector")
                : tr("next lower MacroVector scores %1")
                      .arg(CvssVector::formatScore(s.lowerScore[std::size_t(k)]));
            const QString distance = k < 4 ? tr(", severity distance %1 of at most %2")
                                                 .arg(s.severityDistance[std::size_t(k)])
                                                 .arg(s.maxSeverityDistance[std::size_t(k)])
                                           : QString();
            explanation += eqNames.at(k) + u": " + lower + distance + u'\n';
        }
        explanation
            += tr("Mean proportional distance %1; score %2 − %1, rounded half up: %3.")
                   .arg(QString::number(double(s.meanNumerator) / double(s.meanDenominator) / 10.0, 'f', 4),
                       CvssVector::formatScore(s.macroVectorScore), CvssVector::formatScore(s.score));
        break;
    }
    }
    const CvssSeverity severity = CvssRating::severity(m_version, score);
    m_scoreLabel->setText(CvssVector::formatScore(score));
    m_severityLabel->setText(CvssRating::displayName(severity));
    const auto [background, foreground] = bandColours(severity);
    m_severityLabel->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; "
                                                  "padding: 6px 10px; font-weight: bold; }")
            .arg(background, foreground));
    m_nomenclatureLabel->setText(nomenclature);
    m_explanation->setPlainText(explanation);
}

void CvssCalculatorPane::rebuildSsvcInputs()
{
    // A fresh container per tree; the old one goes with its combo boxes.
    auto *inputs = new QWidget(m_ssvcInputs->parentWidget());
    if (QLayout *parentLayout = m_ssvcInputs->parentWidget()->layout())
        delete parentLayout->replaceWidget(m_ssvcInputs, inputs);
    delete m_ssvcInputs;
    m_ssvcInputs = inputs;
    m_ssvcInputs->show();
    m_ssvcCombos.clear();
    m_deriveUtility = nullptr;
    m_automatableCombo = nullptr;
    m_valueDensityCombo = nullptr;
    auto *form = new QFormLayout(m_ssvcInputs);
    const SsvcDecisionTree &tree = ssvcTree(m_ssvcTreeCombo->currentIndex());
    for (const SsvcDecisionTree::DecisionPoint &point : tree.decisionPoints()) {
        auto *combo = new QComboBox(m_ssvcInputs);
        combo->setObjectName(u"ssvc_" + latin1(point.key));
        for (const char *name : point.valueNames)
            combo->addItem(QCoreApplication::translate("SsvcDecisionTree", name));
        connect(combo, &QComboBox::currentIndexChanged, this, &CvssCalculatorPane::updateSsvc);
        form->addRow(QCoreApplication::translate("SsvcDecisionTree", point.name) + u':', combo);
        m_ssvcCombos.append(combo);
        if (tree.kind() == SsvcDecisionTree::Kind::Supplier && point.key == "U") {
            // SSVC defines Utility from Automatable and Value Density; offer both routes.
            m_deriveUtility
                = new QCheckBox(tr("Derive Utility from Automatable and Value Density"), m_ssvcInputs);
            m_deriveUtility->setObjectName(QStringLiteral("ssvcDeriveUtility"));
            m_automatableCombo = new QComboBox(m_ssvcInputs);
            m_automatableCombo->setObjectName(QStringLiteral("ssvcAutomatable"));
            m_automatableCombo->addItems({tr("no"), tr("yes")});
            m_valueDensityCombo = new QComboBox(m_ssvcInputs);
            m_valueDensityCombo->setObjectName(QStringLiteral("ssvcValueDensity"));
            m_valueDensityCombo->addItems({tr("diffuse"), tr("concentrated")});
            m_automatableCombo->setEnabled(false);
            m_valueDensityCombo->setEnabled(false);
            form->addRow(QString(), m_deriveUtility);
            form->addRow(tr("Automatable:"), m_automatableCombo);
            form->addRow(tr("Value Density:"), m_valueDensityCombo);
            connect(m_deriveUtility, &QCheckBox::toggled, this, [this, combo](bool on) {
                combo->setEnabled(!on);
                m_automatableCombo->setEnabled(on);
                m_valueDensityCombo->setEnabled(on);
                updateSsvc();
            });
            connect(
                m_automatableCombo, &QComboBox::currentIndexChanged, this, &CvssCalculatorPane::updateSsvc);
            connect(
                m_valueDensityCombo, &QComboBox::currentIndexChanged, this, &CvssCalculatorPane::updateSsvc);
        }
    }
    updateSsvc();
}

void CvssCalculatorPane::updateSsvc()
{
    if (m_deriveUtility && m_deriveUtility->isChecked()) {
        const int utility = SsvcDecisionTree::utilityFrom(
            m_automatableCombo->currentIndex(), m_valueDensityCombo->currentIndex());
        for (QComboBox *combo : std::as_const(m_ssvcCombos)) {
            if (combo->objectName() == u"ssvc_U") {
                const QSignalBlocker blocker(combo);
                combo->setCurrentIndex(utility);
            }
        }
    }
    QList<int> values;
    for (const QComboBox *combo : std::as_const(m_ssvcCombos))
        values.append(combo->currentIndex());
    const SsvcDecisionTree &tree = ssvcTree(m_ssvcTreeCombo->currentIndex());
    const SsvcDecisionTree::Outcome outcome = tree.decide(values);
    m_ssvcDecision->setText(SsvcDecisionTree::outcomeName(outcome));
    m_ssvcDecision->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: #ffffff; border-radius: 4px; padding: 4px 8px; "
                       "font-weight: bold; }")
            .arg(outcomeColour(outcome)));
    m_ssvcVectorEdit->setText(ssvcVector());
}

QString CvssCalculatorPane::ssvcVector() const
{
    QList<int> values;
    for (const QComboBox *combo : m_ssvcCombos)
        values.append(combo->currentIndex());
    // Seconds are enough for a decision's timestamp, and keep the string short.
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    return ssvcTree(m_ssvcTreeCombo->currentIndex()).vectorString(values, now);
}
