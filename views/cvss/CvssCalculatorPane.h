#pragma once

#include "cvss/Cvss2Vector.h"
#include "cvss/Cvss3Vector.h"
#include "cvss/Cvss4Vector.h"
#include "cvss/CvssSeverity.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

/// The CVSS calculator: a version selector, one row of toggle buttons per metric (grouped as
/// in FIRST's calculators, optional groups collapsible), the live score with its severity
/// band, the vector string (type or paste one to fill the buttons; errors show inline and
/// point at the bad part), an explanation of CVSS v4.0 scores, and the SSVC supplier and
/// deployer decision trees. It owns no case: "Apply to case" only emits the vector.
class CvssCalculatorPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CvssCalculatorPane)

public:
    explicit CvssCalculatorPane(QWidget *parent = nullptr);
    ~CvssCalculatorPane() override;

    /// The current vector in canonical form.
    QString vector() const;
    /// Loads a vector as if pasted; returns false (and shows why) if it is invalid.
    bool setVector(const QString &vector);
    CvssVersion version() const { return m_version; }
    void setVersion(CvssVersion version);
    QString ssvcVector() const;

Q_SIGNALS:
    void applyRequested(const QString &vector);
    void ssvcApplyRequested(const QString &ssvcVector);

private:
    void buildMetricRows();
    void metricClicked(int metric, int value);
    void vectorEdited(const QString &text);
    void refresh();
    void showError(const QString &text);
    void reset();
    void updateSsvc();
    void rebuildSsvcInputs();
    int metricValue(int metric) const;
    void setMetricValue(int metric, int value);

    CvssVersion m_version = CvssVersion::V4_0;
    Cvss2Vector m_v2;
    Cvss3Vector m_v3;
    Cvss4Vector m_v4;

    QComboBox *m_versionCombo = nullptr;
    QLabel *m_scoreLabel = nullptr;
    QLabel *m_severityLabel = nullptr;
    QLabel *m_nomenclatureLabel = nullptr;
    QLineEdit *m_vectorEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
    QWidget *m_metricsHost = nullptr;
    QVBoxLayout *m_metricsLayout = nullptr;
    QWidget *m_metricsWidget = nullptr;
    QList<QButtonGroup *> m_buttonGroups; // index = metric
    QToolButton *m_explainButton = nullptr;
    QPlainTextEdit *m_explanation = nullptr;

    QComboBox *m_ssvcTreeCombo = nullptr;
    QWidget *m_ssvcInputs = nullptr;
    QList<QComboBox *> m_ssvcCombos;
    QCheckBox *m_deriveUtility = nullptr;
    QComboBox *m_automatableCombo = nullptr;
    QComboBox *m_valueDensityCombo = nullptr;
    QLabel *m_ssvcDecision = nullptr;
    QLineEdit *m_ssvcVectorEdit = nullptr;
    bool m_updating = false;
};
