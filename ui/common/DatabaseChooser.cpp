#include "DatabaseChooser.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace abonent {

std::optional<DatabaseChooser::Choice>
DatabaseChooser::chooseFile(QWidget* parent, const QString& folder, bool createNew)
{
    const QString filter = tr("Abonent databases (*.sqlite *.db);;All files (*)");
    const QString path = createNew ? QFileDialog::getSaveFileName(parent, tr("New Database"), folder, filter)
                                   : QFileDialog::getOpenFileName(parent, tr("Open Database"), folder, filter);
    if (path.isEmpty()) {
        return std::nullopt;
    }
    return Choice {path, createNew};
}

std::optional<DatabaseChooser::Choice>
DatabaseChooser::afterRefusal(QWidget* parent, const QString& path, const Error& refusal, bool hasCurrent)
{
    const bool missing = refusal.code == Error::Code::NotFound;
    QMessageBox box(missing ? QMessageBox::Question : QMessageBox::Critical,
                    tr("Cannot Open Database"),
                    missing ? tr("The database does not exist.") : tr("The database could not be opened."),
                    QMessageBox::NoButton,
                    parent);
    box.setInformativeText(refusal.message);
    QPushButton* createHere = missing ? box.addButton(tr("Create It"), QMessageBox::YesRole) : nullptr;
    QPushButton* other = box.addButton(tr("Open Another…"), QMessageBox::AcceptRole);
    QPushButton* create = box.addButton(tr("Create New…"), QMessageBox::ActionRole);
    box.addButton(hasCurrent ? tr("Keep Current") : tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(createHere ? createHere : other);
    box.exec();
    if (createHere && box.clickedButton() == createHere) {
        return Choice {path, true};
    }
    if (box.clickedButton() == other || box.clickedButton() == create) {
        return chooseFile(parent, QFileInfo(path).absolutePath(), box.clickedButton() == create);
    }
    return std::nullopt;
}

} // namespace abonent
