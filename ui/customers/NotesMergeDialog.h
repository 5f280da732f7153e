#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace abonent {

// Shown when notes were saved at another desk while this one wrote its own:
// theirs on the left as saved, this desk's on the right, still editable, so
// the person can take a line over before saving. Save Yours saves the right
// side over theirs; Use Theirs drops this desk's text; Cancel keeps writing.
class NotesMergeDialog : public QDialog
{
    Q_OBJECT

public:
    enum Outcome { KeepWriting = QDialog::Rejected, SaveYours = QDialog::Accepted, UseTheirs };

    NotesMergeDialog(const QString& theirs, const QString& savedBy, const QString& mine, QWidget* parent = nullptr);

    QString yours() const;

private:
    QPlainTextEdit* m_theirs = nullptr;
    QPlainTextEdit* m_mine = nullptr;
};

} // namespace abonent
