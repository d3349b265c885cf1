#include "DashboardPane.h"

#include "core/AtomicFile.h"
#include "core/Clock.h"
#include "export/CsvWriter.h"
#include "export/ExportService.h"
#include "jobs/Job.h"
#include "queue/QueueModel.h"
#include "sla/SlaTracker.h"
#include "sla/TimelineModel.h"
#include "storage/CaseStore.h"
#include "storage/Database.h"
#include "storage/ProductCatalogue.h"
#include "widgets/SaveFileDialog.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace {

enum FigureIndex { BySeverity, ByStatus, Compliance, TimeTo, Intake, FigureCount };

// Severity colours of the inbox's delegate, so a band looks the same everywhere.
QColor bandColour(int band)
{
    static const QColor colours[]
        = {QColor(0x8e, 0x24, 0xaa), QColor(0xd3, 0x2f, 0x2f), QColor(0xf5, 0x7c, 0x00),
            QColor(0xfb, 0xc0, 0x2d), QColor(0x90, 0xa4, 0xae), QColor(0xbd, 0xbd, 0xbd)};
    return colours[std::clamp(band, 0, 5)];
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void attachAxes(QChart *chart, QAbstractSeries *series, const QStringList &categories)
{
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

DashboardPane::DashboardPane(CaseStore &store, const SlaTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_tracker(tracker)
    , m_period(new QComboBox)
    , m_line(new QComboBox)
    , m_clock(new QComboBox)
    , m_liveRefresh(new QTimer(this))
{
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 12 months"), 365);
    m_period->addItem(tr("Last 2 years"), 730);
    m_period->addItem(tr("All time"), 0);
    m_period->setCurrentIndex(2);
    m_line->setObjectName(QStringLiteral("dashboardLine"));
    m_clock->setObjectName(QStringLiteral("dashboardClock"));
    m_clock->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *refreshButton = new QPushButton(tr("&Refresh"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:")));
    bar->addWidget(m_period);
    bar->addWidget(new QLabel(tr("Product line:")));
    bar->addWidget(m_line, 1);
    bar->addWidget(new QLabel(tr("Compliance of:")));
    bar->addWidget(m_clock);
    bar->addStretch(1);
    bar->addWidget(refreshButton);

    auto *grid = new QGridLayout;
    for (int i = 0; i < FigureCount; ++i)
        grid->addWidget(makeFigure(i), i / 2, i % 2, 1, i == Intake ? 2 : 1);
    auto *content = new QWidget;
    content->setLayout(grid);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPane::recompute);
    connect(m_line, &QComboBox::currentIndexChanged, this, &DashboardPane::recompute);
    connect(m_clock, &QComboBox::currentIndexChanged, this, &DashboardPane::rebuildFigures);
    connect(refreshButton, &QPushButton::clicked, this, [this] { refresh(true); });

    // Any change to a case makes the figures stale; while they are on screen they follow a
    // second after the last change, so a burst (an import) is read once.
    m_liveRefresh->setSingleShot(true);
    m_liveRefresh->setInterval(1000);
    connect(m_liveRefresh, &QTimer::timeout, this, [this] { refresh(); });
    const auto stale = [this] {
        m_stale = true;
        if (isVisible())
            m_liveRefresh->start();
    };
    connect(&m_store, &CaseStore::caseCreated, this, stale);
    connect(&m_store, &CaseStore::caseChanged, this, stale);
    connect(&m_store, &CaseStore::casesImported, this, stale);
}

void DashboardPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

DashboardPane::~DashboardPane() = default;

QWidget *DashboardPane::makeFigure(int i)
{
    auto *chartView = new QChartView(newChart(QString()));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(260);
    auto *table = new QTableView;
    table->setModel(new QStandardItemModel(table));
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    auto *stack = new QStackedWidget;
    stack->addWidget(chartView);
    stack->addWidget(table);
    m_stacks.append(stack);
    m_charts.append(chartView->chart());

    auto *asTable = new QToolButton;
    asTable->setText(tr("Table"));
    asTable->setCheckable(true);
    asTable->setObjectName(QStringLiteral("asTable%1").arg(i));
    auto *png = new QToolButton;
    png->setText(tr("PNG…"));
    png->setToolTip(tr("Export the chart as a PNG image"));
    auto *csv = new QToolButton;
    csv->setText(tr("CSV…"));
    csv->setToolTip(tr("Export the figure's table as CSV"));
    auto *tools = new QHBoxLayout;
    tools->addStretch(1);
    tools->addWidget(asTable);
    tools->addWidget(png);
    tools->addWidget(csv);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(stack, 1);

    connect(asTable, &QToolButton::toggled, this, [this, i](bool on) { showTable(i, on); });
    connect(png, &QToolButton::clicked, this, [this, i] {
        chooseFile(tr("Export Chart"), tr("PNG images (*.png)"), QStringLiteral("png"),
            [this, i](const QString &path) { return exportPng(i, path); });
    });
    connect(csv, &QToolButton::clicked, this, [this, i] {
        chooseFile(tr("Export Table"), tr("CSV files (*.csv)"), QStringLiteral("csv"),
            [this, i](const QString &path) { return exportCsv(i, path); });
    });
    return box;
}

void DashboardPane::showTable(int figure, bool table)
{
    if (figure >= 0 && figure < m_stacks.size())
        m_stacks.at(figure)->setCurrentIndex(table ? 1 : 0);
}

struct DashboardPane::Loaded
{
    QList<DashboardCase> cases;
    DashboardFigures figures;
    DashboardFilter filter; // the one the figures were computed for
    QString error;
};

bool DashboardPane::refresh(bool force)
{
    if (m_loading) {
        m_loadAgain = m_loadAgain || force || m_stale;
        return true;
    }
    if (!m_stale && !force)
        return true;
    m_loading = true;
    m_stale = false;
    // The worker opens its own connection: the GUI thread's stays free, and SQLite's WAL
    // and PostgreSQL both give it a consistent snapshot.
    const Database::Location location = m_store.database().location();
    const SlaEngine engine = currentEngine();
    const DashboardFilter filter = currentFilter();
    const QDateTime now = Clock::nowUtc();
    auto *job = new Job<Loaded>(
        [location, engine, filter, now](JobControl &) -> Result<Loaded> {
            Database db;
            if (const Status s = db.openExisting(location); !s)
                return Result<Loaded>::failure(s.error());
            CaseStore store(db);
            auto cases = DashboardFigures::load(store, ProductCatalogue(db));
            if (!cases)
                return Result<Loaded>::failure(cases.error());
            Loaded loaded;
            loaded.cases = std::move(*cases);
            loaded.figures = DashboardFigures::compute(loaded.cases, engine, filter, now);
            loaded.filter = filter;
            return loaded;
        },
        this);
    connect(job, &BackgroundJob::succeeded, this, [this, job] { applyLoaded(job->takeResult()); });
    connect(job, &BackgroundJob::failed, this, [this](const QString &message) {
        Loaded failure;
        failure.error = message;
        applyLoaded(failure);
    });
    connect(job, &BackgroundJob::ended, job, &QObject::deleteLater);
    job->start();
    return true;
}

void DashboardPane::applyLoaded(const Loaded &loaded)
{
    m_loading = false;
    if (!loaded.error.isEmpty()) {
        m_error = loaded.error;
        m_stale = true; // try again next time
        Q_EMIT failed(m_error);
    } else {
        m_error.clear();
        m_cases = loaded.cases;
        fillLines();
        // The filter may have changed while the worker ran: recompute then, else take its figures.
        if (currentFilter() == loaded.filter) {
            m_figures = loaded.figures;
            fillClocks();
            rebuildFigures();
        } else {
            recompute();
        }
    }
    if (m_loadAgain) {
        m_loadAgain = false;
        refresh(true);
    }
}

void DashboardPane::fillLines()
{
    QSet<QString> lines;
    for (const DashboardCase &c : std::as_const(m_cases)) {
        if (!c.productLine.isEmpty())
            lines.insert(c.productLine);
    }
    QStringList sorted(lines.cbegin(), lines.cend());
    sorted.sort(Qt::CaseInsensitive);
    const QString current = m_line->currentData().toString();
    const QSignalBlocker block(m_line);
    m_line->clear();
    m_line->addItem(tr("All"), QString());
    for (const QString &line : sorted)
        m_line->addItem(line.left(80), line);
    m_line->setCurrentIndex(std::max(0, m_line->findData(current)));
}

DashboardFilter DashboardPane::currentFilter() const
{
    DashboardFilter filter;
    const int days = m_period->currentData().toInt();
    if (days > 0)
        filter.from = Clock::nowUtc().date().addDays(-days + 1);
    filter.productLine = m_line->currentData().toString();
    return filter;
}

SlaEngine DashboardPane::currentEngine() const
{
    return m_tracker
        ? m_tracker->model()->engine()
        : SlaEngine(DisclosurePolicy::iso29147(), BusinessCalendar::unitedStates(), QTimeZone::UTC);
}

void DashboardPane::recompute()
{
    m_figures = DashboardFigures::compute(m_cases, currentEngine(), currentFilter(), Clock::nowUtc());
    fillClocks();
    rebuildFigures();
}

void DashboardPane::fillClocks()
{
    const int clock = std::max(0, m_clock->currentIndex());
    const QSignalBlocker block(m_clock);
    m_clock->clear();
    m_clock->addItems(m_figures.clockNames);
    m_clock->setCurrentIndex(std::min(clock, int(m_clock->count()) - 1));
}

void DashboardPane::rebuildFigures()
{
    const QList<DashboardFigures::Table> tables = m_figures.tables();
    for (int i = 0; i < FigureCount && i < tables.size(); ++i) {
        auto *model = qobject_cast<QStandardItemModel *>(
            qobject_cast<QTableView *>(m_stacks.at(i)->widget(1))->model());
        model->clear();
        model->setHorizontalHeaderLabels(tables.at(i).headers);
        for (const QList<QVariant> &row : tables.at(i).rows) {
            QList<QStandardItem *> items;
            for (const QVariant &v : row) {
                auto *item = new QStandardItem;
                item->setData(v, Qt::DisplayRole);
                item->setEditable(false);
                items.append(item);
            }
            model->appendRow(items);
        }
        QChart *chart = m_charts.at(i);
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        chart->setTitle(tables.at(i).title);
    }

    // Open cases by severity: one bar per band, in the band's colour.
    {
        auto *series = new QBarSeries;
        QStringList bands;
        auto *set = new QBarSet(tr("Open cases"));
        for (int b = 0; b < QueueModel::bandCount; ++b) {
            bands.append(QueueModel::bandName(QueueModel::Band(b)));
            *set << m_figures.openBySeverity.value(b);
        }
        set->setColor(bandColour(1));
        series->append(set);
        m_charts.at(BySeverity)->addSeries(series);
        attachAxes(m_charts.at(BySeverity), series, bands);
        m_charts.at(BySeverity)->legend()->hide();
    }
    {
        auto *series = new QBarSeries;
        auto *set = new QBarSet(tr("Open cases"));
        QStringList statuses;
        for (auto it = m_figures.openByStatus.cbegin(); it != m_figures.openByStatus.cend(); ++it) {
            statuses.append(CaseStatuses::displayName(it.key()));
            *set << it.value();
        }
        set->setColor(QColor(0x19, 0x76, 0xd2));
        series->append(set);
        m_charts.at(ByStatus)->addSeries(series);
        attachAxes(m_charts.at(ByStatus), series, statuses);
        m_charts.at(ByStatus)->legend()->hide();
    }
    // Compliance of the chosen clock: met on time and late per month, stacked.
    {
        const int clock = m_clock->currentIndex();
        auto *series = new QStackedBarSeries;
        auto *onTime = new QBarSet(tr("Met on time"));
        auto *late = new QBarSet(tr("Late"));
        onTime->setColor(QColor(0x43, 0xa0, 0x47));
        late->setColor(QColor(0xe5, 0x39, 0x35));
        QStringList months;
        if (clock >= 0 && clock < m_figures.compliance.size()) {
            const auto &perMonth = m_figures.compliance.at(clock);
            for (auto it = perMonth.cbegin(); it != perMonth.cend(); ++it) {
                months.append(it.key());
                *onTime << it->onTime;
                *late << it->late;
            }
            m_charts.at(Compliance)
                ->setTitle(tr("SLA compliance per month: %1").arg(m_figures.clockNames.value(clock)));
        }
        series->append(onTime);
        series->append(late);
        m_charts.at(Compliance)->addSeries(series);
        attachAxes(m_charts.at(Compliance), series, months);
    }
    {
        auto *series = new QBarSeries;
        auto *median = new QBarSet(tr("Median (days)"));
        auto *p90 = new QBarSet(tr("90th percentile (days)"));
        median->setColor(QColor(0x19, 0x76, 0xd2));
        p90->setColor(QColor(0x90, 0xca, 0xf9));
        QStringList milestones;
        for (int m = 0; m < DashboardFigures::MilestoneCount; ++m) {
            milestones.append(DashboardFigures::milestoneName(DashboardFigures::Milestone(m)));
            *median << m_figures.timeTo[m].medianDays;
            *p90 << m_figures.timeTo[m].p90Days;
        }
        series->append(median);
        series->append(p90);
        m_charts.at(TimeTo)->addSeries(series);
        attachAxes(m_charts.at(TimeTo), series, milestones);
        if (auto *y = qobject_cast<QValueAxis *>(m_charts.at(TimeTo)->axes(Qt::Vertical).value(0)))
            y->setLabelFormat(QStringLiteral("%.0f"));
    }
    // Intake: the five products with most reports, the rest together.
    {
        auto *series = new QStackedBarSeries;
        const QStringList top = m_figures.products.mid(0, 5);
        QList<QBarSet *> sets;
        for (const QString &p : top)
            sets.append(new QBarSet(p.left(40)));
        auto *other = new QBarSet(tr("Other products"));
        for (const QString &month : m_figures.months) {
            const QMap<QString, int> &byProduct = m_figures.intake.value(month);
            int rest = 0;
            for (auto it = byProduct.cbegin(); it != byProduct.cend(); ++it) {
                if (!top.contains(it.key()))
                    rest += it.value();
            }
            for (qsizetype k = 0; k < top.size(); ++k)
                *sets[k] << byProduct.value(top.at(k));
            *other << rest;
        }
        for (QBarSet *set : sets)
            series->append(set);
        if (m_figures.products.size() > top.size())
            series->append(other);
        else
            delete other;
        m_charts.at(Intake)->addSeries(series);
        attachAxes(m_charts.at(Intake), series, m_figures.months);
    }
}

Status DashboardPane::exportPng(int figure, const QString &path) const
{
    if (figure < 0 || figure >= m_stacks.size())
        return Status::failure(tr("The dashboard has no chart %1.").arg(figure));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!m_stacks.at(figure)->widget(0)->grab().save(&buffer, "PNG"))
        return Status::failure(tr("The chart cannot be drawn as PNG."));
    return AtomicFile::write(path, png);
}

Status DashboardPane::exportCsv(int figure, const QString &path) const
{
    const Result<QByteArray> table = ExportService::dashboardCsv(m_figures, figure, {});
    return table ? AtomicFile::write(path, *table) : Status::failure(table.error());
}

void DashboardPane::chooseFile(const QString &title, const QString &filter, const QString &suffix,
    const std::function<Status(const QString &)> &write)
{
    SaveFileDialog::ask(this, title, filter, suffix, [this, write](const QString &path) {
        if (const Status s = write(path); !s)
            Q_EMIT failed(s.error());
    });
}
