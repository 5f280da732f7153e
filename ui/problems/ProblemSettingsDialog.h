#pragma once

#include "DeskContext.h"

#include <QDialog>
#include <QSet>

class QLineEdit;
class QListView;
class QSpinBox;
class QStandardItemModel;

namespace abonent {

class FieldMessage;

// Where the pattern indicators see a pattern, what a notice of termination
// starts from (clause, notice period, follow-up of case steps), and how the
// phone system routes a caller before a phone rings: which tags send them to
// the calm operators or mark them important, and who those operators are.
class ProblemSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProblemSettingsDialog(const DeskContext& desk, QWidget* parent = nullptr);

public slots:
    void accept() override;

private:
    QSpinBox* spin(int minimum, int maximum, const QString& suffix);
    // A list of check boxes, one per row of `model`.
    QListView* checkList(QStandardItemModel* model, const QString& name);
    void loadRouting();
    static QSet<qint64> checkedIds(const QStandardItemModel* model);

    DeskContext m_desk;
    QSpinBox* m_incidents30 = nullptr;
    QSpinBox* m_incidents90 = nullptr;
    QSpinBox* m_peak = nullptr;
    QSpinBox* m_contacts30 = nullptr;
    QSpinBox* m_allowance = nullptr;
    QSpinBox* m_cost = nullptr;
    QLineEdit* m_clause = nullptr;
    QSpinBox* m_noticeMonths = nullptr;
    QSpinBox* m_followUp = nullptr;
    QStandardItemModel* m_difficultTags = nullptr;
    QStandardItemModel* m_vipTags = nullptr;
    QStandardItemModel* m_calmOperators = nullptr;
    bool m_routingLoaded = false;
    bool m_routingChanged = false;
    QSet<qint64> m_unlistedDifficult;
    QSet<qint64> m_unlistedVip;
    FieldMessage* m_message = nullptr;
};

} // namespace abonent
