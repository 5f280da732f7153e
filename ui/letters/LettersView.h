#pragma once

#include "DeskContext.h"
#include "Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace abonent {

class LetterRegisterModel;
struct IssuedLetter;

// The letters page: the register of every letter issued, searchable; a
// letter prints, previews or saves as its registered PDF, and can be voided
// (with a reason) and reissued. New letters start here too, one or a batch,
// and the templates and the letterhead are kept from here.
class LettersView : public QWidget
{
    Q_OBJECT

public:
    explicit LettersView(QWidget* parent = nullptr);

    void setDesk(const DeskContext& desk);
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    LetterRegisterModel* model() const { return m_model; }

public slots:
    void reload();
    void newLetter();
    void remindOverAllowance();
    void printLetter();
    void previewLetter();
    void saveLetter();
    void voidLetter();
    void voidAndReissue();
    void editTemplates();
    void editLetterhead();

signals:
    void openCardRequested(qint64 customerId);
    void message(const QString& text);

private:
    const IssuedLetter* currentLetter() const;
    void updateButtons();
    void report(const Status& status);

    DeskContext m_desk;
    LetterRegisterModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_details = nullptr;
    QList<QPushButton*> m_letterButtons; // need a letter selected
    QList<QPushButton*> m_writingButtons; // disabled on a read-only database
    QPushButton* m_voidButton = nullptr;
    QPushButton* m_reissueButton = nullptr;
};

} // namespace abonent
