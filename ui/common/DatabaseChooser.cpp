#include "DatabaseChooser.h"

#include "DatabaseLocation.h"

#include <QDir>
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
    // A file that is not there yet, or a database that holds nothing yet (an
    // empty file, or one an administrator made on the server with createdb),
    // may become this office's database.
    const bool missing = refusal.code == Error::Code::NotFound;
    const bool empty = refusal.code == Error::Code::Empty;
    QMessageBox box(missing || empty ? QMessageBox::Question : QMessageBox::Critical,
                    tr("Cannot Open Database"),
                    missing     ? tr("The database does not exist.")
                        : empty ? tr("The database is empty.")
                                : tr("The database could not be opened."),
                    QMessageBox::NoButton,
                    parent);
    box.setInformativeText(refusal.message);
    QPushButton* createHere = missing ? box.addButton(tr("Create It"), QMessageBox::YesRole)
        : empty                       ? box.addButton(tr("Set It Up"), QMessageBox::YesRole)
                                      : nullptr;
    QPushButton* other = box.addButton(tr("Open Another…"), QMessageBox::AcceptRole);
    QPushButton* create = box.addButton(tr("Create New…"), QMessageBox::ActionRole);
    box.addButton(hasCurrent ? tr("Keep Current") : tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(createHere ? createHere : other);
    box.exec();
    if (createHere && box.clickedButton() == createHere) {
        return Choice {path, true};
    }
    if (box.clickedButton() == other || box.clickedButton() == create) {
        // A server's database names no folder to start in.
        const QString folder = DatabaseLocation::namesServer(path) ? QDir::homePath() : QFileInfo(path).absolutePath();
        return chooseFile(parent, folder, box.clickedButton() == create);
    }
    return std::nullopt;
}

} // namespace abonent
