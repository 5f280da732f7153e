#pragma once

#include "AbonentDatabase.h"
#include "DemoGenerator.h"
#include "DeskSettings.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "PortfolioView.h"
#include "SqlSupport.h"
#include "TestSupport.h"

#include <QDate>
#include <QSettings>
#include <QTabWidget>

// The Economics page's tests: a demo base and the page opened as a manager does.
namespace abonent::test {

// A demo base of `customers` as of today at `path`, with its first manager
// (or the owner) at this desk, as the Economics page asks for.
[[nodiscard]] inline bool writeManagerDemo(const QString& path, int customers)
{
    auto database = openDatabase(path);
    if (!database) {
        return false;
    }
    DemoOptions options;
    options.customers = customers;
    options.asOf = QDate::currentDate();
    if (!DemoGenerator(database->connection()).generate(options).ok()) {
        return false;
    }
    const auto manager = sql::scalar(
        database->connection(), QStringLiteral("SELECT min(id) FROM operators WHERE role IN ('manager', 'owner')"));
    if (!manager.ok()) {
        return false;
    }
    QSettings().setValue(DeskSettings::deskOperatorKey(path), manager.value());
    return true;
}

// Opens the Economics page with Ctrl+Shift+E, as the menu says, and waits
// until its figures are read and shown; nullptr if it did not open.
[[nodiscard]] inline PortfolioView* openEconomics(MainWindow* window)
{
    QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    PortfolioView* page = window->portfolio();
    if (window->tabs()->currentWidget() != page
        || !QTest::qWaitFor([page] { return !page->isReading() && !page->report().portfolio.customers.isEmpty(); },
                            kWindowPatienceMs)) {
        return nullptr;
    }
    QApplication::processEvents(); // the figures reach the charts
    return page;
}

} // namespace abonent::test
