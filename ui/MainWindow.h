#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QTableView;

namespace abonent {

class CustomerListModel;

// The main window: the customer list and the menus around it. It shows what
// the application object gives it and asks the application, through signals,
// for anything that touches files or the database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void setCustomerModel(CustomerListModel* model, const QString& databasePath);
    QTableView* customerView() const { return m_customerView; }
    // A passing note in the status bar.
    void showMessage(const QString& message);
    // Whether "Fill with Demo Data…" may be offered (an empty database, no fill running).
    void setDemoDataAvailable(bool available);
    // Which entry of Settings → Language is ticked: "system" or a language code.
    void setLanguageChoice(const QString& code);

signals:
    void openDatabaseRequested();
    void newDatabaseRequested();
    void demoDataRequested();
    void languageChosen(const QString& code);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateStatus();
    void restoreLayout();
    void saveLayout() const;

    CustomerListModel* m_model = nullptr;
    QTableView* m_customerView = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QAction* m_demoAction = nullptr;
    QList<QPair<QString, QAction*>> m_languageActions;
};

} // namespace abonent
