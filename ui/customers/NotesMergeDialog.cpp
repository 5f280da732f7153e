#include "NotesMergeDialog.h"

#include "FormSupport.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace abonent {

NotesMergeDialog::NotesMergeDialog(const QString& theirs, const QString& savedBy, const QString& mine, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("NotesMergeDialog"));
    setWindowTitle(tr("Notes Saved Elsewhere"));
    auto* explanation = new QLabel(tr("While you were writing, notes were saved at another desk. Take what you "
                                      "need from theirs into yours, then save yours; Use Theirs drops your text."),
                                   this);
    explanation->setWordWrap(true);
    m_theirs = new QPlainTextEdit(theirs, this);
    m_theirs->setObjectName(QStringLiteral("theirNotes"));
    m_theirs->setReadOnly(true);
    m_mine = new QPlainTextEdit(mine, this);
    m_mine->setObjectName(QStringLiteral("yourNotes"));
    m_mine->setTabChangesFocus(true);
    auto* theirsLabel = new QLabel(savedBy, this);
    theirsLabel->setBuddy(m_theirs);
    auto* mineLabel = new QLabel(tr("&Yours, to be saved:"), this);
    mineLabel->setBuddy(m_mine);

    auto* sides = new QGridLayout;
    sides->addWidget(theirsLabel, 0, 0);
    sides->addWidget(mineLabel, 0, 1);
    sides->addWidget(m_theirs, 1, 0);
    sides->addWidget(m_mine, 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(sides);
    QDialogButtonBox* buttons = addDialogButtons(this, layout, QDialogButtonBox::Save);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save Yours"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Keep Writing"));
    QPushButton* useTheirs = buttons->addButton(tr("Use &Theirs"), QDialogButtonBox::DestructiveRole);
    useTheirs->setObjectName(QStringLiteral("useTheirs"));
    connect(useTheirs, &QPushButton::clicked, this, [this] { done(UseTheirs); });
    m_mine->setFocus();
    resize(760, 380);
}

QString NotesMergeDialog::yours() const
{
    return m_mine->toPlainText();
}

} // namespace abonent
